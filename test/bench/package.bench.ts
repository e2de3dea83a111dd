// npm run bench:package: whole-process wall time of `mysfits package --all-regions` (the ten
// default regions, with a built site), printed as ratios against named anchors:
//   - the target: 2 s, excluding the first build of the functions, service and site;
//   - the first build itself (cold cache), measured in the same run;
//   - bare `node -e 0`, measured in the same run.
// The first run builds every asset (esbuild) into the output's cache; the measured runs reuse it,
// as a maintainer's repeated `package` does, and write all ten region folders each time (into a
// fresh folder, so nothing is skipped as unchanged). Also checks the output is the same every run.
// Also the template bytes: on disk, and distinct (region-free templates: one set for every region).
// Results also go to test-results/bench-package.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI, ROOT, tempDir } from '../helpers.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SITE = join(ROOT, 'test', 'fixtures', 'site');

function time(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = tempDir('mysfits-bench-package-');
const cold = join(dir, 'cold');
const pkg = (out: string) => [CLI, 'package', '--all-regions', '--quiet', '--out', out, '--site-dir', SITE];
const node = median(Array.from({ length: RUNS }, () => time(['-e', '0'])));
const first = time(pkg(cold));
const manifest = readFileSync(join(cold, 'us-east-1', 'manifest.json'), 'utf8');
const warm = Array.from({ length: RUNS }, (_, i) => {
  const out = join(dir, `warm-${i}`);
  mkdirSync(out);
  cpSync(join(cold, '.cache'), join(out, '.cache'), { recursive: true });
  const ms = time(pkg(out));
  if (readFileSync(join(out, 'us-east-1', 'manifest.json'), 'utf8') !== manifest) {
    throw new Error('package output differs between runs');
  }
  return ms;
});
const ms = median(warm);

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

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
process.stdout.write(
  [
    `mysfits package --all-regions (10 regions), whole process, node ${process.version}:`,
    `  first run, every asset built    ${first.toFixed(0).padStart(6)} ms`,
    `  median of ${RUNS}, assets cached     ${ms.toFixed(0).padStart(6)} ms`,
    `  node -e 0 (anchor)              ${node.toFixed(0).padStart(6)} ms`,
    `  templates: ${templates.size} distinct, ${distinct} bytes (${onDisk} bytes over every region folder)`,
    '',
    'package (assets cached) as a ratio of each anchor (below 1.00x is faster):',
    `  target (2 s)                    ${ratio(ms, 2000).padStart(7)}`,
    `  its own first run (cold build)  ${ratio(ms, first).padStart(7)}`,
    `  bare node -e 0 (measured)       ${ratio(ms, node).padStart(7)}`,
    '',
    `${ms < 2000 ? 'within' : 'OVER'} the target of 2 s; output identical across runs`,
    '',
  ].join('\n'),
);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench-package.json'),
  JSON.stringify(
    {
      runs: RUNS,
      firstMs: first,
      cachedMs: ms,
      nodeMs: node,
      withinTarget: ms < 2000,
      distinctTemplates: templates.size,
      distinctTemplateBytes: distinct,
      templateBytesOnDisk: onDisk,
    },
    null,
    2,
  ) + '\n',
);
rmSync(dir, { recursive: true, force: true });
