// npm run bench: whole-process wall time and peak memory of `mysfits generate` for the default
// config, median of several runs, as ratios against bare `node -e 0` measured in the same run,
// interleaved with it (test/bench/same-run.ts). AWS CDK synth of an equivalent app would be the
// other anchor; this repository has no such app, so it is not measured (and no figure from
// another run stands in for it). Results also go to test-results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, CLI, tempDir } from '../helpers.js';
import { interleaved, machine, machineLine, median, ratio } from './same-run.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PROBE = join(ROOT, 'dist', 'test', 'bench', 'rss-probe.js');

interface Sample {
  ms: number;
  rssMiB: number;
  /** generate's fast path: whether V8 took the build's code cache (bin.ts, MYSFITS_DEBUG). */
  codeCache?: string;
}

/**
 * One sample: the wall time of a plain run, and the peak RSS of a second run with the probe
 * preloaded (the probe's own start-up, ~20 ms of ESM loader, stays out of the time).
 */
function measure(args: string[], cwd: string): Sample {
  const start = performance.now();
  const plain = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, MYSFITS_DEBUG: '1' },
    encoding: 'utf8',
  });
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
  return { ms, rssMiB, codeCache: /code cache (\w+)/.exec(plain.stderr)?.[1] };
}

const dir = tempDir('mysfits-bench-');
const m = machine();
const samples = await interleaved(RUNS, {
  node: () => measure(['-e', '0'], dir),
  generate: (i) => measure([CLI, 'generate', '--quiet', '--out', join(dir, `out-${i}`)], dir),
});
const summary = (xs: Sample[]) => ({ ms: median(xs.map((x) => x.ms)), rssMiB: median(xs.map((x) => x.rssMiB)) });
const node = summary(samples.node);
const gen = summary(samples.generate);
const line = (label: string, r: { ms: number; rssMiB: number }) =>
  `  ${label.padEnd(34)} ${r.ms.toFixed(0).padStart(5)} ms  ${r.rssMiB.toFixed(1).padStart(6)} MiB\n`;
process.stdout.write(`Median of ${RUNS} interleaved runs, whole process (${machineLine(m)}):\n`);
process.stdout.write(line('node -e 0 (anchor)', node) + line('mysfits generate (default config)', gen));
process.stdout.write(
  `\ngenerate: ${ratio(gen.ms, node.ms)} the time and ${ratio(gen.rssMiB, node.rssMiB)} the peak memory of node -e 0, same run\n` +
    '(CDK synth: no equivalent CDK app in this repository, not measured)\n',
);
// V8 decides whether to take the cache: a rejected one is compiled as usual (slower, same output).
const cacheStates = samples.generate.map((s) => s.codeCache ?? 'not reported');
const accepted = cacheStates.filter((s) => s === 'accepted').length;
process.stdout.write(
  `code cache of generate's fast path: accepted in ${accepted} of ${RUNS} runs` +
    (accepted < RUNS ? ` (${[...new Set(cacheStates)].join(', ')})` : '') +
    '\n',
);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench.json'),
  JSON.stringify(
    {
      runs: RUNS,
      machine: m,
      node,
      generate: gen,
      codeCacheAccepted: accepted,
      ratio: { time: gen.ms / node.ms, rss: gen.rssMiB / node.rssMiB },
    },
    null,
    2,
  ) + '\n',
);
rmSync(dir, { recursive: true, force: true });
