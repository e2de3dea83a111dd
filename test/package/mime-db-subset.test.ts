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
}

async function mimeTypes(plugins: Plugin[]): Promise<{ module: MimeTypes; bytes: number }> {
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
  return { module: module.exports, bytes: out.outputFiles[0]!.contents.byteLength };
}

describe('the mime-db subset in every Node bundle', function () {
  this.timeout(60_000);
  let whole: MimeTypes;
  let subset: MimeTypes;
  let bytes: { whole: number; subset: number };
  const db = JSON.parse(readFileSync(join(ROOT, 'node_modules/mime-db/db.json'), 'utf8')) as Record<
    string,
    { extensions?: string[]; charset?: string }
  >;

  before(async () => {
    const { mimeDbSubset } = (await import(pathToFileURL(join(ROOT, 'scripts/lib/mime-db-subset.mjs')).href)) as {
      mimeDbSubset: Plugin;
    };
    const [a, b] = await Promise.all([mimeTypes([]), mimeTypes([mimeDbSubset])]);
    whole = a.module;
    subset = b.module;
    bytes = { whole: a.bytes, subset: b.bytes };
  });

  it('is smaller: only the entries mime-types can find, with the fields it reads', () => {
    assert.ok(bytes.subset < bytes.whole * 0.6, `${bytes.subset} bytes against ${bytes.whole}`);
  });

  it('gives mime-types the same extension and type maps', () => {
    assert.deepEqual({ ...subset.types }, { ...whole.types });
    assert.deepEqual({ ...subset.extensions }, { ...whole.extensions });
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
