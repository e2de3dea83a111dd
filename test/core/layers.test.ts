// The generator's layers point one way. From the top: cli > aws > package > review > render >
// builders > swagger > config > core > base. A module may import its own layer and those below it,
// never one above (the layers test of issue 32). Every .ts file under generator/, generated ones
// included, belongs to exactly one layer: a new folder fails here until it is placed in the order.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { ROOT } from '../helpers.js';

/** Top to bottom; each layer's folders (with a slash) and top-level files of generator/. */
export const LAYERS: readonly { readonly name: string; readonly holds: readonly string[] }[] = [
  { name: 'cli', holds: ['cli/'] },
  { name: 'aws', holds: ['aws/'] },
  // package/ builds the artifacts; its region data lives in config/ (config validates regions too).
  { name: 'package', holds: ['package/'] },
  { name: 'review', holds: ['review/'] },
  { name: 'render', holds: ['render.ts'] },
  { name: 'builders', holds: ['builders/'] },
  // swagger/generated/: the Swagger 2.0 and API Gateway extension validators (npm run gen:types).
  { name: 'swagger', holds: ['swagger/'] },
  // config/generated/: the config's types and validator (gen:types) and the region data (gen:regions).
  { name: 'config', holds: ['config/'] },
  // The template model and the CloudFormation resource spec it is typed by (spec/generated/:
  // gen:types): spec's values are written with the model's intrinsics, the model names spec types.
  { name: 'core', holds: ['core/', 'spec/'] },
  // Leaves every layer reads: errors (exit codes), JSON text, paths, "did you mean", atomic writes.
  { name: 'base', holds: ['errors.ts', 'json.ts', 'paths.ts', 'suggest.ts', 'fs/'] },
];

const GENERATOR = join(ROOT, 'generator');

/** The index in LAYERS of a path relative to generator/ (0 is the top), or -1 when unplaced. */
export function layerOf(rel: string): number {
  return LAYERS.findIndex((l) => l.holds.some((h) => (h.endsWith('/') ? rel.startsWith(h) : rel === h)));
}

/** Relative imports (static, re-exports and dynamic) of a module, as paths relative to `from`'s root. */
export function importsOf(text: string, rel: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    out.push(normalize(join(dirname(rel), m[1]!)).replace(/\.js$/, '.ts'));
  }
  return out;
}

/** Every import of a generator module that runs up the order, as "from -> to". */
export function upwardImports(root: string): { placed: string[]; unplaced: string[]; upward: string[] } {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.ts'))
    .map((n) => n.split('\\').join('/'))
    .sort();
  const unplaced = files.filter((f) => layerOf(f) < 0);
  const upward: string[] = [];
  for (const f of files) {
    for (const target of importsOf(readFileSync(join(root, f), 'utf8'), f)) {
      if (target.startsWith('../')) continue; // the app's own modules (service/, functions/): below
      if (layerOf(target) < layerOf(f)) upward.push(`${f} -> ${target}`);
    }
  }
  return { placed: files.filter((f) => layerOf(f) >= 0), unplaced, upward };
}

describe('layers: imports point down the order, over every file in generator/', () => {
  it('every module of generator/ (generated ones too) is placed in a layer', () => {
    const { placed, unplaced } = upwardImports(GENERATOR);
    assert.deepEqual(unplaced, [], 'add the new folder or file to LAYERS in test/core/layers.test.ts');
    for (const folder of ['spec/generated/', 'config/generated/', 'swagger/generated/']) {
      assert.ok(
        placed.some((f) => f.startsWith(folder)),
        `${folder} holds modules`,
      );
    }
  });

  it('no module imports a layer above its own', () => {
    assert.deepEqual(upwardImports(GENERATOR).upward, []);
  });

  it('the check finds an upward import (the two loops issue 32 removed, as they were)', () => {
    // package/run.ts took the stack-name rule from aws/deploy.ts, config/load.ts the region data
    // from package/regions.ts: both are upward imports the test above must catch.
    assert.ok(layerOf('aws/deploy.ts') < layerOf('package/run.ts'));
    assert.ok(layerOf('package/regions.ts') < layerOf('config/load.ts'));
    assert.deepEqual(importsOf("import { checkStackName } from '../aws/deploy.js';", 'package/run.ts'), [
      'aws/deploy.ts',
    ]);
    assert.deepEqual(
      importsOf("import {\n  a,\n} from '../package/regions.js';\nconst m = await import('./x.js');", 'config/load.ts'),
      ['package/regions.ts', 'config/x.ts'],
    );
    assert.equal(layerOf('nowhere/new.ts'), -1);
  });

  it("the app's modules the generator reads do not import the generator back", () => {
    const outside = new Set<string>();
    for (const f of readdirSync(GENERATOR, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
      for (const t of importsOf(readFileSync(join(GENERATOR, f), 'utf8'), f)) {
        if (t.startsWith('../')) outside.add(normalize(join('generator', t)));
      }
    }
    assert.ok(outside.size > 0);
    for (const rel of outside) {
      const text = readFileSync(join(ROOT, rel), 'utf8');
      assert.doesNotMatch(text, /from '(\.\.\/)+generator\//, `${rel} imports the generator`);
    }
  });
});
