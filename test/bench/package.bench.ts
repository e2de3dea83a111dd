// npm run bench:package: whole-process wall time of `mysfits package --all-regions` (the ten
// default regions, with a built site), as ratios against anchors measured in the same run,
// interleaved with it (test/bench/same-run.ts), one sample of each in turn:
//   - cached: the assets' cache filled by an earlier run, as a maintainer's repeated `package`
//     has it; all ten region folders written each time (into a fresh folder, so nothing is
//     skipped as unchanged);
//   - cold: an empty cache, every asset built (esbuild);
//   - bare `node -e 0`.
// Also checks the output is the same every run.
// Also the template bytes: on disk, and distinct (region-free templates: one set for every region).
// Results also go to test-results/bench-package.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI, ROOT, tempDir } from '../helpers.js';
import { interleaved, machine, machineLine, median, ratio } from './same-run.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SITE = join(ROOT, 'test', 'fixtures', 'site');

function time(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const dir = tempDir('mysfits-bench-package-');
const cold = join(dir, 'cold');
const pkg = (out: string) => [CLI, 'package', '--all-regions', '--quiet', '--out', out, '--site-dir', SITE];
const m = machine();
const first = time(pkg(cold)); // fills the cache the cached runs copy
const manifest = readFileSync(join(cold, 'us-east-1', 'manifest.json'), 'utf8');
const same = (out: string): void => {
  if (readFileSync(join(out, 'us-east-1', 'manifest.json'), 'utf8') !== manifest) {
    throw new Error('package output differs between runs');
  }
};
const samples = await interleaved(RUNS, {
  node: () => time(['-e', '0']),
  cached: (i) => {
    const out = join(dir, `cached-${i}`);
    mkdirSync(out);
    cpSync(join(cold, '.cache'), join(out, '.cache'), { recursive: true });
    const ms = time(pkg(out));
    same(out);
    return ms;
  },
  cold: (i) => {
    const out = join(dir, `cold-${i}`);
    const ms = time(pkg(out));
    same(out);
    return ms;
  },
});
const node = median(samples.node);
const ms = median(samples.cached);
const coldMs = median(samples.cold);

// Template bytes: on disk (every region folder) and distinct (region-free: one set for all).
const templates = new Map<string, number>();
let onDisk = 0;
for (const region of readdirSync(cold).filter((d) => statSync(join(cold, d)).isDirectory() && d !== '.cache')) {
  const folder = join(cold, region);
  for (const f of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yml'))) {
    const text = readFileSync(join(folder, f));
    onDisk += text.byteLength;
    templates.set(createHash('sha256').update(text).digest('hex'), text.byteLength);
  }
}
const distinct = [...templates.values()].reduce((a, b) => a + b, 0);

process.stdout.write(
  [
    `mysfits package --all-regions (10 regions), whole process, median of ${RUNS} interleaved (${machineLine(m)}):`,
    `  node -e 0 (anchor)              ${node.toFixed(0).padStart(6)} ms`,
    `  assets cached                   ${ms.toFixed(0).padStart(6)} ms  ${ratio(ms, node)} node -e 0`,
    `  cold, every asset built         ${coldMs.toFixed(0).padStart(6)} ms  ${ratio(coldMs, node)} node -e 0`,
    `  cached as a ratio of cold       ${ratio(ms, coldMs).padStart(9)}`,
    `  templates: ${templates.size} distinct, ${distinct} bytes (${onDisk} bytes over every region folder)`,
    'output identical across runs',
    '',
  ].join('\n'),
);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench-package.json'),
  JSON.stringify(
    {
      runs: RUNS,
      machine: m,
      firstMs: first,
      coldMs,
      cachedMs: ms,
      nodeMs: node,
      ratios: { cachedToNode: ms / node, coldToNode: coldMs / node, cachedToCold: ms / coldMs },
      distinctTemplates: templates.size,
      distinctTemplateBytes: distinct,
      templateBytesOnDisk: onDisk,
    },
    null,
    2,
  ) + '\n',
);
rmSync(dir, { recursive: true, force: true });
