#!/usr/bin/env node
// Re-runs every sample session of docs/ (a fenced block starting `$ mysfits ...`) and rewrites
// the ones whose output changed, keeping their `...` elisions; test/docs/samples.test.ts fails
// until this is run after a change to what a command prints. Markers: test/docs/samples.ts.
//
//   npm run docs:samples        (builds first; reads dist/)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allSamples, fits, refreshed, runSample } = await import(join(root, 'dist', 'test', 'docs', 'samples.js'));

const byDoc = new Map();
for (const sample of allSamples()) {
  if (sample.notRun !== undefined) {
    console.log(`  skipped   ${sample.doc}:${sample.line} $ ${sample.command} (${sample.notRun})`);
    continue;
  }
  const run = runSample(sample);
  if (run.code !== sample.exit)
    console.log(`  EXIT ${run.code} ${sample.doc}:${sample.line} (the sample says ${sample.exit}; not changed)`);
  if (fits(sample.expected, run.lines)) {
    console.log(`  current   ${sample.doc}:${sample.line} $ ${sample.command}`);
    continue;
  }
  console.log(`  rewritten ${sample.doc}:${sample.line} $ ${sample.command}`);
  const list = byDoc.get(sample.doc) ?? [];
  list.push({ sample, lines: refreshed(sample.expected, run.lines) });
  byDoc.set(sample.doc, list);
}
for (const [doc, changes] of byDoc) {
  const file = join(root, doc);
  const lines = readFileSync(file, 'utf8').split('\n');
  // From the last block up, so earlier line numbers stay right.
  for (const { sample, lines: output } of changes.reverse())
    lines.splice(sample.outputStart, sample.outputEnd - sample.outputStart, ...output);
  writeFileSync(file, lines.join('\n'));
}
console.log(
  byDoc.size === 0 ? 'docs samples: all current' : `docs samples: rewrote samples in ${[...byDoc.keys()].join(', ')}`,
);
