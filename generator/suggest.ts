// "Did you mean": the nearest of the allowed words to one that is not allowed (config keys,
// commands, flags).

/** The allowed word nearest to a misspelt one (edit distance at most 2, case ignored), for "did you mean". */
export function closest(key: string, allowed: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(
          row[j] + 1,
          row[j - 1] + 1,
          diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1),
        );
        diagonal = above;
      }
    }
    return row[b.length];
  };
  const ranked = allowed.map((k) => [k, distance(key, k)] as const).sort((a, b) => a[1] - b[1]);
  return ranked.length > 0 && ranked[0][1] <= 2 ? ranked[0][0] : undefined;
}
