// The generated folders are only ever written by their scripts: they must match what the
// scripts produce from the pinned specification and the committed schema.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

for (const script of ['gen-spec-types.mjs', 'gen-config.mjs', 'gen-swagger-validators.mjs']) {
  describe(`scripts/${script}`, () => {
    it('committed output is up to date (npm run gen:types)', () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), '--check'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    });
  });
}
