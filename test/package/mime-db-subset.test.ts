// The mime-db subset every Node bundle takes (scripts/lib/mime-db-subset.mjs): mime-types, built
// over it, answers every question as it does over the whole database. Both copies of mime-types
// are bundled by esbuild from node_modules, one with the plugin and one without, and loaded here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../helpers.js';

interface MimeTypes {
  lookup(path: string): string | false;
  extension(type: string): string | false;
  charset(type: string): string | false;
  contentType(type: string): string | false;
  types: Record<string, string>;
  extensions: Record<string, string[]>;
  _extensionConflicts: string[][];
}

interface SubsetPlugin {
  mimeDbSubset: Plugin;
  prebuiltMimeTypes(source: string, file: string): Promise<string>;
}

async function mimeTypes(plugins: Plugin[]): Promise<{ module: MimeTypes; bytes: number; text: string }> {
  const out = await build({
    absWorkingDir: ROOT,
    stdin: { contents: "module.exports = require('mime-types');", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const module = { exports: {} as MimeTypes };
  new Function('module', 'exports', 'require', out.outputFiles[0]!.text)(
    module,
    module.exports,
    createRequire(join(ROOT, 'package.json')),
  );
  return { module: module.exports, bytes: out.outputFiles[0]!.contents.byteLength, text: out.outputFiles[0]!.text };
}

describe('the mime-db subset in every Node bundle', function () {
  this.timeout(60_000);
  let whole: MimeTypes;
  let subset: MimeTypes;
  let bytes: { whole: number; subset: number };
  let plugin: SubsetPlugin;
  let subsetText: string;
  const db = JSON.parse(readFileSync(join(ROOT, 'node_modules/mime-db/db.json'), 'utf8')) as Record<
    string,
    { extensions?: string[]; charset?: string }
  >;

  before(async () => {
    plugin = (await import(pathToFileURL(join(ROOT, 'scripts/lib/mime-db-subset.mjs')).href)) as SubsetPlugin;
    const [a, b] = await Promise.all([mimeTypes([]), mimeTypes([plugin.mimeDbSubset])]);
    whole = a.module;
    subset = b.module;
    subsetText = b.text;
    bytes = { whole: a.bytes, subset: b.bytes };
  });

  it('is smaller: only the entries mime-types can find, with the fields it reads', () => {
    assert.ok(bytes.subset < bytes.whole * 0.6, `${bytes.subset} bytes against ${bytes.whole}`);
  });

  it('gives mime-types the same extension and type maps, in the same order', () => {
    assert.deepEqual(Object.entries(subset.types), Object.entries(whole.types));
    assert.deepEqual(Object.entries(subset.extensions), Object.entries(whole.extensions));
    assert.deepEqual(subset._extensionConflicts, whole._extensionConflicts);
  });

  it('builds the extension -> type map at bundle time: the bundled mime-types does not score extensions when it loads', () => {
    // esbuild names mime-types' `exports` exports2 (or the like) inside its module wrapper.
    assert.doesNotMatch(
      subsetText,
      /\bpopulateMaps\(exports\d*\.extensions/,
      'the bundle still builds its maps at load',
    );
    assert.match(subsetText, /exports\d*\.types\[ext\] = winners\[ext\] \?\? type/);
  });

  it('fails the build, naming the file, if mime-types no longer builds its maps as the plugin expects', async () => {
    const file = join(ROOT, 'node_modules/mime-types/index.js');
    await assert.rejects(
      plugin.prebuiltMimeTypes('exports.types = Object.create(null)\nbuildMaps(exports.types)\n', file),
      /mime-db-subset: .*mime-types.index\.js no longer has `populateMaps\(exports\.extensions, exports\.types\)`/,
    );
  });

  it('answers lookup, extension, charset and contentType alike for every type and extension in mime-db', () => {
    const names = [
      ...Object.keys(db),
      ...Object.values(db).flatMap((e) => e.extensions ?? []),
      'json',
      'html',
      'text/x-unknown',
      'application/x-unknown',
      'nonsense',
    ];
    let asked = 0;
    for (const name of names) {
      for (const ask of [name, `${name}; charset=latin1`, `file.${name}`]) {
        assert.equal(subset.lookup(ask), whole.lookup(ask), `lookup(${ask})`);
        assert.equal(subset.extension(ask), whole.extension(ask), `extension(${ask})`);
        assert.equal(subset.charset(ask), whole.charset(ask), `charset(${ask})`);
        assert.equal(subset.contentType(ask), whole.contentType(ask), `contentType(${ask})`);
        asked++;
      }
    }
    assert.ok(asked > 7000, `${asked} questions`);
  });

  it('leaves out what mime-types can never find: the entries with neither extensions nor a charset', () => {
    const unfindable = Object.entries(db).filter(([, e]) => !e.extensions && !e.charset);
    assert.ok(unfindable.length > 1000, `${unfindable.length}`);
  });
});
