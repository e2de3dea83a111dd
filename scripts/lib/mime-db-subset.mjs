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
//
// mime-types also builds its extension -> type map when it loads, scoring the claimants of every
// extension (mimeScore), about 9 ms of a Lambda cold start. Which type wins an extension several
// types claim depends only on the database, so the plugin runs mime-types' own code over the
// subset here, at bundle time, and the bundled mime-types fills its maps from the database with
// those winners given: the same maps, in the same order, with no scoring at load. If mime-types no longer
// has the call the plugin replaces, the build fails rather than bundling it unchanged.
// test/package/mime-db-subset.test.ts holds every answer of mime-types over the subset, and its
// maps, equal to mime-types' over the whole database.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

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

const subsets = new Map();
/** The subset of the mime-db database at `file` (a db.json), read and made once per file. */
function subsetOf(file) {
  if (!subsets.has(file))
    subsets.set(
      file,
      readFile(file, 'utf8').then((text) => mimeTypesSubset(JSON.parse(text))),
    );
  return subsets.get(file);
}

/** The statement of mime-types' index.js that builds its two maps when it loads. */
export const POPULATE_MAPS = 'populateMaps(exports.extensions, exports.types)';

/** mime-types' index.js (its source, at `file`) with its maps built now, over the subset. */
export async function prebuiltMimeTypes(source, file) {
  if (!source.includes(POPULATE_MAPS)) {
    throw new Error(
      `mime-db-subset: ${file} no longer has \`${POPULATE_MAPS}\`: update scripts/lib/mime-db-subset.mjs`,
    );
  }
  const require = createRequire(file);
  const subset = await subsetOf(require.resolve('mime-db/db.json'));
  // mime-types itself, run once over the subset, to read the maps it builds.
  const module = { exports: {} };
  new Function('exports', 'require', 'module', '__filename', '__dirname', source)(
    module.exports,
    (id) => (id === 'mime-db' ? subset : require(id)),
    module,
    file,
    dirname(file),
  );
  // Only the extensions several types claim need mime-types' scoring; the winners go into the
  // bundle, and every other extension maps to its one type, filled in the same order as
  // populateMaps fills it.
  const claims = {};
  for (const entry of Object.values(subset))
    for (const ext of entry.extensions ?? []) claims[ext] = (claims[ext] ?? 0) + 1;
  const winners = Object.fromEntries(
    Object.keys(claims)
      .filter((ext) => claims[ext] > 1)
      .map((ext) => [ext, module.exports.types[ext]]),
  );
  const prebuilt = [
    `const winners = JSON.parse(${JSON.stringify(JSON.stringify(winners))})`,
    'for (const type of Object.keys(db)) {',
    '  const exts = db[type].extensions',
    '  if (!exts || !exts.length) continue',
    '  exports.extensions[type] = exts',
    '  for (const ext of exts) exports.types[ext] = winners[ext] ?? type',
    '}',
    `exports._extensionConflicts.push(...JSON.parse(${JSON.stringify(JSON.stringify(module.exports._extensionConflicts))}))`,
  ].join('\n');
  return source.replace(POPULATE_MAPS, prebuilt);
}

/** The esbuild plugin: mime-db's db.json, wherever it resolves, as that subset; mime-types with its maps prebuilt. */
export const mimeDbSubset = {
  name: 'mime-db-subset',
  setup(build) {
    build.onLoad({ filter: /[\\/]mime-db[\\/]db\.json$/ }, async (args) => {
      const subset = await subsetOf(args.path);
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(subset))});`, loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]mime-types[\\/]index\.js$/ }, async (args) => ({
      contents: await prebuiltMimeTypes(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
