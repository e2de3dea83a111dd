// An esbuild plugin that bundles mime-db (through mime-types, which Koa and its helpers use to
// turn `json` into `application/json; charset=utf-8` and to read Accept and Content-Type) as the
// part mime-types can ever read, parsed from a JSON string. Used by every Node bundle: the
// container's server.mjs (scripts/bundle-service.mjs) and each Lambda function (the bundle()
// of generator/package/assets.ts).
//
// mime-types reads three fields of an entry: `extensions` (its two maps, built when it loads),
// `charset` (charset() and contentType()) and `source` (which type an extension maps to when
// several claim it). An entry with neither extensions nor a charset is never found by any of its
// functions: charset() of such a type falls through to the same text/* rule as an unknown type.
// So the bundle keeps the 1,042 entries (of 2,522) that have one, with those three fields: 70 KB
// instead of 160 KB of source, held by V8 for the process's life. And JSON.parse of one string is
// several times faster than V8 parsing the same data as an object literal, which is how esbuild
// writes a .json import: both count in a Lambda cold start (bench:lambda).
// test/package/mime-db-subset.test.ts holds every answer of mime-types over the subset equal to
// its answer over the whole database.
import { readFile } from 'node:fs/promises';

/** The fields of a mime-db entry that mime-types reads. */
export const MIME_TYPES_FIELDS = ['source', 'charset', 'extensions'];

/** The entries of a mime-db database that mime-types can find, with the fields it reads. */
export function mimeTypesSubset(db) {
  const subset = {};
  for (const [type, entry] of Object.entries(db)) {
    if (!entry.extensions && !entry.charset) continue;
    subset[type] = Object.fromEntries(MIME_TYPES_FIELDS.filter((f) => f in entry).map((f) => [f, entry[f]]));
  }
  return subset;
}

/** The esbuild plugin: mime-db's db.json, wherever it resolves, as that subset. */
export const mimeDbSubset = {
  name: 'mime-db-subset',
  setup(build) {
    build.onLoad({ filter: /[\\/]mime-db[\\/]db\.json$/ }, async (args) => {
      const subset = mimeTypesSubset(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(subset))});`, loader: 'js' };
    });
  },
};
