#!/usr/bin/env node
// Builds the site (site/) into dist/site/ with Vite: index.html and the public files (images,
// icon) as they are, JS and CSS under assets/ with content hashes in their names (cacheable for
// good). The Cognito library lands in a chunk of its own, loaded only for account actions.
// config.json is not part of the build: the site stack (or the local run) provides it.
// Type checking is `tsc -p site` (npm run build:site runs it first).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  root: join(ROOT, 'site'),
  configFile: false, // everything is here
  base: './', // relative URLs: the site works from any folder of any host
  logLevel: 'warn',
  // amazon-cognito-identity-js pulls the `buffer` package, which reads Node's `global`.
  define: { global: 'globalThis' },
  build: {
    outDir: join(ROOT, 'dist', 'site'),
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the site supports has module preloading; no polyfill in the first chunk.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
