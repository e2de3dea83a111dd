#!/usr/bin/env node
// Writes the docs' generated parts from their one source: docs/api.md's API reference (the
// operations, error codes and headers of service/src/contract/) between the api-reference markers,
// and docs/review-rules.md's table of the review's exposure and cost rules (generator/review/)
// between the review-rules markers. Run by `npm run docs` after a contract or rule change;
// test/contract/readme.test.ts and test/review/rules.test.ts fail until it is run.
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
const { rulesReference, RULES_START, RULES_END } = await import(join(root, 'dist', 'generator', 'review', 'rules.js'));

/** Replaces the block between `startMarker` and `endMarker` of docs/<name> with `block`. */
async function writeBlock(name, block, startMarker, endMarker) {
  const file = join(root, 'docs', name);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) {
    console.error(`docs: docs/${name} has no ${startMarker} ... ${endMarker} block`);
    process.exit(2);
  }
  const next = text.slice(0, start) + block + text.slice(end + endMarker.length);
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const formatted = await prettier.format(next, options);
  if (formatted === text) console.log(`docs: docs/${name} is up to date`);
  else {
    writeFileSync(file, formatted);
    console.log(`docs: wrote the generated part of docs/${name}`);
  }
}

await writeBlock('api.md', apiReference(), REFERENCE_START, REFERENCE_END);
await writeBlock('review-rules.md', rulesReference(), RULES_START, RULES_END);
