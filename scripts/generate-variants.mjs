#!/usr/bin/env node
// Regenerates every config variant under templates/variants/<name>/ from its mysfits.config.json,
// with the built CLI (`npm run build` first; `npm run generate:variants` does both).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const variants = join(root, 'templates', 'variants');
let failed = 0;
for (const name of readdirSync(variants).sort()) {
  const dir = join(variants, name);
  const config = join(dir, 'mysfits.config.json');
  if (!existsSync(config)) continue;
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli', 'mysfits.mjs'), 'generate', '--config', config, '--out', dir, '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed++;
  else console.log(`generate:variants: templates/variants/${name}`);
}
process.exit(failed ? 1 : 0);
