// npm run bench: whole-process wall time and peak memory of `mysfits generate` for the default
// config, median of several runs, printed as ratios against named anchors:
//   - the target (200 ms, 100 MB),
//   - bare `node -e 0`, measured here in the same run,
//   - AWS CDK synth of an equivalent six-stack app on this machine (3.1 s / 441 MiB; 0.67 s /
//     100 MiB with validation off): reference figures from the issue, not re-measured here.
// Results also go to test-results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, CLI, tempDir } from '../helpers.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PROBE = join(ROOT, 'dist', 'test', 'bench', 'rss-probe.js');

interface Sample {
  ms: number;
  rssMiB: number;
}

/**
 * One sample: the wall time of a plain run, and the peak RSS of a second run with the probe
 * preloaded (the probe's own start-up, ~20 ms of ESM loader, stays out of the time).
 */
function measure(args: string[], cwd: string): Sample {
  const start = performance.now();
  const plain = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (plain.status !== 0) throw new Error(`${args.join(' ')} failed: ${plain.stderr}`);
  const rssFile = join(cwd, `rss-${process.hrtime.bigint()}`);
  const probed = spawnSync(process.execPath, ['--import', PROBE, ...args], {
    cwd,
    env: { ...process.env, MYSFITS_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  if (probed.status !== 0) throw new Error(`${args.join(' ')} failed: ${probed.stderr}`);
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile);
  return { ms, rssMiB };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function series(label: string, args: (i: number) => string[], cwd: string): { ms: number; rssMiB: number } {
  measure(args(-1), cwd); // warm the file cache
  const samples = Array.from({ length: RUNS }, (_, i) => measure(args(i), cwd));
  const result = { ms: median(samples.map((s) => s.ms)), rssMiB: median(samples.map((s) => s.rssMiB)) };
  process.stdout.write(
    `  ${label.padEnd(34)} ${result.ms.toFixed(0).padStart(5)} ms  ${result.rssMiB.toFixed(1).padStart(6)} MiB\n`,
  );
  return result;
}

const dir = tempDir('mysfits-bench-');
process.stdout.write(`Median of ${RUNS} runs, whole process (node ${process.version}):\n`);
const node = series('node -e 0 (anchor)', () => ['-e', '0'], dir);
const gen = series(
  'mysfits generate (default config)',
  (i) => [CLI, 'generate', '--quiet', '--out', join(dir, `out-${i}`)],
  dir,
);

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const rows: [string, string, string][] = [
  ['target (200 ms, 100 MB)', ratio(gen.ms, 200), ratio(gen.rssMiB, 100_000_000 / 2 ** 20)],
  ['bare node -e 0 (measured)', ratio(gen.ms, node.ms), ratio(gen.rssMiB, node.rssMiB)],
  ['CDK synth, validation on (3.1 s, 441 MiB; ref.)', ratio(gen.ms, 3100), ratio(gen.rssMiB, 441)],
  ['CDK synth, validation off (0.67 s, 100 MiB; ref.)', ratio(gen.ms, 670), ratio(gen.rssMiB, 100)],
];
process.stdout.write('\ngenerate as a ratio of each anchor (below 1.00x is faster / smaller):\n');
process.stdout.write(`  ${'anchor'.padEnd(50)} ${'time'.padStart(7)} ${'memory'.padStart(8)}\n`);
for (const [name, t, m] of rows) process.stdout.write(`  ${name.padEnd(50)} ${t.padStart(7)} ${m.padStart(8)}\n`);

const withinTarget = gen.ms < 200 && gen.rssMiB * 2 ** 20 < 100_000_000;
process.stdout.write(`\n${withinTarget ? 'within' : 'OVER'} the target of 200 ms and 100 MB\n`);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench.json'),
  JSON.stringify({ runs: RUNS, node, generate: gen, withinTarget }, null, 2) + '\n',
);
rmSync(dir, { recursive: true, force: true });
