#!/usr/bin/env node
// Bundles the service (from its TypeScript sources) into one file, dist/service/server.mjs, with
// every dependency inside: the container image then needs Node and this file, no node_modules.
// Type checking is `tsc`'s job (npm run build); this only bundles, so the image build needs
// no compiler pass over the rest of the repository.
//   node scripts/bundle-service.mjs [entry outfile]   another entry bundled the same way (the
//   service benchmark's floor, so it loads its code as the service does)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { eagerImports } from './lib/eager-imports.mjs';
import { mimeDbSubset } from './lib/mime-db-subset.mjs';

// The settings and plugins the Lambda functions are bundled with too (why each: generator/package/assets.ts).
const { mainFields, supported, alias } = JSON.parse(
  readFileSync(new URL('./lib/node-bundle.json', import.meta.url), 'utf8'),
);

const [entry = 'service/src/main.ts', outfile = 'dist/service/server.mjs'] = process.argv.slice(2);

const { outputFiles } = await build({
  entryPoints: [entry],
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile,
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
  mainFields,
  supported,
  alias,
  plugins: [mimeDbSubset, eagerImports],
});

// esbuild writes code, strings and regular expressions as ASCII (its default charset), but keeps
// comments as they are: one non-ASCII character in a dependency's comment (aws-jwt-verify's
// en dashes) makes V8 hold the whole 1.6 MB source as a two-byte string, 5.8 MB of memory for
// the process's life. Comments are all that can hold such characters here, so they become "?".
for (const file of outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text.replace(/[\u0080-\uffff]/g, '?'));
}
