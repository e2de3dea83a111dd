// The list's order: by name, as `a.localeCompare(b, 'en')` orders them (ICU's collation for
// English), without building ICU's collator when every name is plain ASCII letters, digits and
// spaces, as the catalogue's are. The first localeCompare of a process loads the collation data:
// 8-10 ms of a Lambda cold start's first GET /mysfits on a 2-core VM (bench:lambda), for names
// whose order a code-unit comparison already gives.
//
// For such names ICU's order is: first the names' letters compared without case, a space before
// a digit before a letter (the root collation's primary weights, spaces not ignored), a shorter
// name before a longer one it begins; then, for names equal but for case, at the first position
// that differs the lowercase letter first (the tertiary weights). Lowercased ASCII compares the
// same way by code unit (space 0x20 < digits 0x30 < letters 0x61). Any other name (accents,
// punctuation, other scripts) is compared by localeCompare itself, so the order stays ICU's and
// stays consistent within one sort. test/service/by-name.test.ts holds the two equal on
// generated names.
const PLAIN = /^[A-Za-z0-9 ]*$/;

export function byName(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b, 'en');
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    // Equal but for case: a lowercase letter (the greater code unit) sorts first.
    if (a[i] !== b[i]) return a[i]! > b[i]! ? -1 : 1;
  }
  return 0;
}
