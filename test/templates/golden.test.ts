// The committed templates are the review surface: they must be exactly what the builders make.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../generator/config/load.js';
import { renderAll } from '../../generator/render.js';
import { ROOT } from '../helpers.js';

const TEMPLATES_DIR = join(ROOT, 'templates');
const HOW = 'run `npm run generate` and review the diff of templates/';

describe('golden templates', () => {
  const rendered = renderAll(validateConfig({}, 'defaults'));

  for (const { file, text } of rendered) {
    it(`templates/${file} matches the builders`, () => {
      const path = join(TEMPLATES_DIR, file);
      assert.ok(existsSync(path), `templates/${file} is missing: ${HOW}`);
      const committed = readFileSync(path, 'utf8');
      if (committed !== text) {
        const a = committed.split('\n');
        const b = text.split('\n');
        const line = a.findIndex((l, i) => l !== b[i]);
        assert.fail(
          `templates/${file} differs from what the builders generate (first at line ${line + 1}:\n` +
            `  committed: ${a[line]}\n  generated: ${b[line]}\n): ${HOW}`,
        );
      }
    });
  }

  it('templates/ holds no file the builders do not make', () => {
    const made = new Set(rendered.map((r) => r.file));
    const stray = readdirSync(TEMPLATES_DIR).filter((f) => !made.has(f) && f !== 'README.md');
    assert.deepEqual(stray, [], `stale files in templates/: delete them or ${HOW}`);
  });
});
