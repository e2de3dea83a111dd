// The committed templates are the review surface: they must be exactly what the builders make,
// for the defaults (templates/) and for every config variant (templates/variants/<name>/).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig, type Config } from '../../generator/config/load.js';
import { renderAll } from '../../generator/render.js';
import { ROOT } from '../helpers.js';
import { VARIANT_CONFIG, variants } from '../support/variants.js';

function goldenSuite(dir: string, config: Config, how: string, extra: readonly string[]): void {
  const rendered = renderAll(config);
  for (const { file, text } of rendered) {
    it(`${dir}/${file} matches the builders`, () => {
      const path = join(ROOT, dir, file);
      assert.ok(existsSync(path), `${dir}/${file} is missing: ${how}`);
      const committed = readFileSync(path, 'utf8');
      if (committed !== text) {
        const a = committed.split('\n');
        const b = text.split('\n');
        const line = a.findIndex((l, i) => l !== b[i]);
        assert.fail(
          `${dir}/${file} differs from what the builders generate (first at line ${line + 1}:\n` +
            `  committed: ${a[line]}\n  generated: ${b[line]}\n): ${how}`,
        );
      }
    });
  }
  it(`${dir}/ holds no file the builders do not make`, () => {
    const made = new Set([...rendered.map((r) => r.file), ...extra]);
    const stray = readdirSync(join(ROOT, dir)).filter(
      (f) => !made.has(f) && !statSync(join(ROOT, dir, f)).isDirectory(),
    );
    assert.deepEqual(stray, [], `stale files in ${dir}/: delete them or ${how}`);
  });
}

describe('golden templates', () => {
  goldenSuite('templates', validateConfig({}, 'defaults'), 'run `npm run generate` and review the diff of templates/', ['README.md']);
  for (const v of variants()) {
    describe(`variant ${v.name}`, () => {
      goldenSuite(v.dir, v.config, 'run `npm run generate:variants` and review the diff', [VARIANT_CONFIG]);
    });
  }
  it('covers both compute modes and every NAT mode', () => {
    const all = [validateConfig({}, 'defaults'), ...variants().map((v) => v.config)];
    assert.deepEqual([...new Set(all.map((c) => c.service.compute))].sort(), ['fargate', 'lambda']);
    assert.deepEqual([...new Set(all.map((c) => c.network.natGateways))].sort(), ['none', 'perAz', 'single']);
  });
});
