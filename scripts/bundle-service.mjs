#!/usr/bin/env node
// Bundles the service (from its TypeScript sources) into one file, dist/service/server.mjs, with
// every dependency inside: the container image then needs Node and this file, no node_modules.
// Type checking is `tsc`'s job (npm run build); this only bundles, so the image build needs
// no compiler pass over the rest of the repository.
import { build } from 'esbuild';

await build({
  entryPoints: ['service/src/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile: 'dist/service/server.mjs',
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
});
