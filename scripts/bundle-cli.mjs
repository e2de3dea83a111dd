#!/usr/bin/env node
// Bundles the CLI (tsc output) into dist/cli/ with esbuild:
//  - mysfits.mjs (generator/cli/bin.ts): the executable, with chunks each command loads on demand.
//    Loading one file instead of a few hundred small modules saves ~40 ms of every start.
//  - generate.cjs: `mysfits generate` alone as one CommonJS script, which bin.ts runs with a V8
//    code cache. The cache (generate.cjs.cache) is written here by a warm-up run, so it holds the
//    functions generate actually executes; it saves ~50 ms of a ~230 ms run (`npm run bench`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

rmSync('dist/cli', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  // esbuild (package's bundler) runs its own native binary: it is loaded from node_modules. The
  // CDK and cdk-nag (review's rule packs, dev dependencies) are loaded from there only when used.
  external: ['esbuild', 'aws-cdk-lib', 'aws-cdk-lib/*', 'cdk-nag', 'constructs'],
  logLevel: 'warning',
  legalComments: 'none',
};
await build({
  ...common,
  entryPoints: { mysfits: 'dist/generator/cli/bin.js' },
  splitting: true,
  format: 'esm',
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
await build({
  ...common,
  entryPoints: { generate: 'dist/generator/cli/generate-entry.js' },
  format: 'cjs',
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  // The generator finds its package root from import.meta.url (generator/paths.ts).
  define: { 'import.meta.url': '__mysfitsModuleUrl' },
  banner: { js: "const __mysfitsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Warm-up run: generate into a scratch folder, then write the code cache.
const scratch = mkdtempSync(join(tmpdir(), 'mysfits-warmup-'));
const warm = spawnSync(process.execPath, ['dist/cli/mysfits.mjs', 'generate', '--quiet', '--out', scratch], {
  env: { ...process.env, MYSFITS_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
});
rmSync(scratch, { recursive: true, force: true });
if (warm.status !== 0) {
  // The cache is an optimisation: without it generate still runs, only slower. Say why.
  console.warn(`bundle-cli: no code cache for generate (warm-up run failed: ${warm.stderr.trim()})`);
  rmSync('dist/cli/generate.cjs.cache', { force: true });
}
