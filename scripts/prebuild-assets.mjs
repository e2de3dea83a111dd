#!/usr/bin/env node
// Run by `npm pack` (prepack): builds the assets `mysfits package` would build from this
// checkout's sources (every Lambda function, the service image's build context) into dist/assets/,
// so the installed package, which has neither the sources nor esbuild, packages the same zips.
//
//   node scripts/prebuild-assets.mjs     (needs `npm run build` first: it reads dist/)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { prebuildAssets, PREBUILT_DIR } = await import(join(root, 'dist', 'generator', 'package', 'assets.js'));
const out = join(root, PREBUILT_DIR);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = {};
for (const { id, zip, entries } of await prebuildAssets(root)) {
  writeFileSync(join(out, `${id}.zip`), zip);
  manifest[id] = { entries };
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`prebuild-assets: ${Object.keys(manifest).length} assets in ${PREBUILT_DIR}`);
