// Deterministic zip archives: the same files give the same bytes on any machine, so an asset's
// name (the sha256 of its zip) changes only when its content does, and an unchanged asset never
// makes CloudFormation update a function or rebuild an image. Entries are sorted by path, every
// entry has the same timestamp (1980-01-01 00:00, the zip format's epoch) and mode 0644, and
// compression is fflate's pure-JavaScript deflate, which does not vary with the system zlib.
import { zipSync, type Zippable } from 'fflate';

/** The DOS timestamp every entry gets, in local time (the format has no time zone). */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--, in the high 16 bits of the external attributes (Unix). */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  readonly path: string;
  readonly content: Uint8Array | string;
}

export function deterministicZip(entries: readonly ZipEntry[]): Uint8Array {
  const seen = new Set<string>();
  const files: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!e.path || e.path.startsWith('/') || e.path.split('/').includes('..')) {
      throw new Error(`zip entry "${e.path}" must be a relative path inside the archive`);
    }
    if (seen.has(e.path)) throw new Error(`zip entry "${e.path}" appears twice`);
    seen.add(e.path);
    const data = typeof e.content === 'string' ? new TextEncoder().encode(e.content) : e.content;
    files[e.path] = [data, { mtime: FIXED_TIME, attrs: FILE_ATTRIBUTES, os: 3, level: 9 }];
  }
  return zipSync(files);
}
