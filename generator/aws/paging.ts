// Paging through list calls and waiting between polls: shared by the AWS commands, with no SDK
// import of its own, so a command that needs only these does not load a client it does not use.

/** Every item of a paginated list call: `page(token)` returns one page's items and the next token. */
export async function allPages<T>(
  page: (token: string | undefined) => Promise<[T[] | undefined, string | undefined]>,
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const [items, next] = await page(token);
    out.push(...(items ?? []));
    token = next;
  } while (token);
  return out;
}

export const sleepMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
