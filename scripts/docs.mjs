#!/usr/bin/env node
// Writes docs/api.md's generated parts from their one source: the API reference (the operations,
// error codes and headers of service/src/contract/) between the api-reference markers. Run by
// `npm run docs` after a contract change; test/contract/readme.test.ts fails until it is run.
//
//   node scripts/docs.mjs            (needs `npm run build` first: it reads dist/)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { apiReference, REFERENCE_START, REFERENCE_END } = await import(
  join(root, 'dist', 'service', 'src', 'contract', 'reference.js')
);

const file = join(root, 'docs', 'api.md');
const readme = readFileSync(file, 'utf8');
const start = readme.indexOf(REFERENCE_START);
const end = readme.indexOf(REFERENCE_END);
if (start < 0 || end < start) {
  console.error(`docs: docs/api.md has no ${REFERENCE_START} ... ${REFERENCE_END} block`);
  process.exit(2);
}
const next = readme.slice(0, start) + apiReference() + readme.slice(end + REFERENCE_END.length);
const options = { ...(await prettier.resolveConfig(file)), filepath: file };
const formatted = await prettier.format(next, options);
if (formatted === readme) console.log('docs: docs/api.md is up to date');
else {
  writeFileSync(file, formatted);
  console.log('docs: wrote the API reference into docs/api.md');
}
