// What `mysfits generate` and `package` load: the template builders import names from the app's
// own modules (the click table's columns, the contract's routes, the table's keys), and an import
// that pulls in an AWS service client costs every run its parse and start (the DynamoDB client
// and its document client: ~250 KB of code in the CLI's chunks, found by a CPU profile of
// `package --all-regions`). The builders are loaded in a fresh Node process here and the
// CommonJS modules it loaded are read back.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';

describe('the template builders load no AWS service client', () => {
  it('importing generator/builders (what generate and package build with) loads no @aws-sdk/client-* or lib-*', () => {
    const builders = pathToFileURL(join(ROOT, 'dist', 'generator', 'builders', 'index.js')).href;
    const script = `
      import { createRequire } from 'node:module';
      await import(${JSON.stringify(builders)});
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      process.stdout.write(JSON.stringify(loaded.filter((f) => /@aws-sdk\\/(client|lib)-/.test(f))));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });
});
