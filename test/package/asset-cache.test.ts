// The asset cache (`package`'s `.cache`, and the tests' and benchmarks' test-results/asset-cache):
// a cached zip is reused only if it was built from the same files *and* with the same bundling
// settings and plugins. A zip kept from a build whose settings differ (another plugin, another
// option) must be rebuilt even though no source file changed: once, a new plugin file was not
// among the inputs the older entry had recorded, and the stale zip was reused.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionAsset } from '../../generator/package/assets.js';
import { ROOT, tempDir } from '../helpers.js';

describe('the asset cache', function () {
  this.timeout(120_000);
  let cacheDir: string;
  const entryFile = () => join(cacheDir, 'function-seed-table.json');
  const build = () => functionAsset({ root: ROOT, cacheDir }, 'seed-table');

  before(async () => {
    cacheDir = tempDir('mysfits-asset-cache-');
    assert.match((await build()).how, /^built in /);
  });

  it('reuses a zip built from the same files with the same settings', async () => {
    assert.equal((await build()).how, 'unchanged sources, cached');
  });

  it('rebuilds a zip whose entry was written with other bundling settings, though no file changed', async () => {
    const entry = JSON.parse(readFileSync(entryFile(), 'utf8')) as { settings: string };
    assert.equal(typeof entry.settings, 'string', 'the entry records the settings it was built with');
    writeFileSync(
      entryFile(),
      JSON.stringify({ ...entry, settings: entry.settings.replace('"minify":true', '"minify":false') }),
    );
    assert.match((await build()).how, /^built in /);
    assert.equal((await build()).how, 'unchanged sources, cached');
  });

  it('rebuilds a zip whose entry names no settings (written before they were recorded)', async () => {
    const { settings: _settings, ...older } = JSON.parse(readFileSync(entryFile(), 'utf8')) as Record<string, unknown>;
    writeFileSync(entryFile(), JSON.stringify(older));
    assert.match((await build()).how, /^built in /);
  });
});
