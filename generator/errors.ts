// The errors the lower layers (aws, package, review, core) throw for bad input, declared below
// the CLI so no lower layer imports it; the CLI maps each kind to its exit code in one place
// (cli/run.ts: 2, with "Nothing was written." for input).

/** Wrong flags or arguments: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Bad input data (a file the user gave): every problem listed, exit code 2, nothing written. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: ${problems.length === 1 ? problems[0] : `\n${problems.map((p) => `  - ${p}`).join('\n')}`}`);
    this.name = 'InputError';
  }
}
