// npm run bench:service: the service as it ships (the bundle, the container's command, its own
// process, list cache off: every answer reads the table) against anchors measured in the same
// run, on the same local DynamoDB (dynalite, its own process), interleaved round by round
// (service, floor, Flask; then floor, Flask, service; ...), so a machine busy with other work
// weighs on all of them alike:
//   - the floor (test/bench/service-floor.ts, bundled the same way, the same Node flags): a bare
//     `node:http` handler making the same DynamoDB calls the same way (readList, readItems);
//   - the workshop's Flask service, when MYSFITS_BENCH_FLASK names a folder holding its
//     mythicalMysfitsService.py and mysfitsTableClient.py (python module 5; Flask, flask-cors and
//     boto3 installed); skipped, saying so, otherwise. It runs under its own server, which closes
//     every connection whatever the client asks.
// Scenarios: GET /mysfits and GET /mysfits/{id}, with one kept-alive connection, 32 kept-alive,
// and 32 with `Connection: close`. Load from wrk (C, one thread: the least CPU taken from the
// servers). For each: requests/s, p50, p99 (median of the rounds), CPU per request (from /proc)
// and RSS after the run, printed as is and as ratios to the floor and to Flask of the same run.
// Targets (issue 33): one connection, list and profile p99 at most Flask's; RSS after 32
// kept-alive connections at most 100 MiB; 32 connections with Connection: close, the list at
// least 12x Flask's requests/s at most 0.2x its p99.
// Before a scenario's rounds, each target runs it unmeasured for BENCH_WARMUP seconds (5): a
// Node server reaches its steady speed only once V8 has compiled its hot code (about 6-9 s of one
// connection's load on this machine class, with the image's --no-maglev), while Flask's CPython
// has no such phase; without it, the first scenario measured the service's warm-up against
// Flask's steady state. A fresh process's first answers are bench:lambda's to measure.
// Settings: BENCH_SECONDS (per target and scenario, split over the rounds; default 8),
// BENCH_WARMUP (5; 0 measures from the first request), BENCH_ROUNDS (3), BENCH_ONLY (scenario names containing this text, e.g. "1 conn"),
// BENCH_NODE_FLAGS (replaces the Dockerfile's Node flags, for both Node targets), BENCH_ENV ("A=1 B=2",
// replaces the Dockerfile's ENV but HOST and PORT, likewise), BENCH_PROFILE=1
// (a V8 CPU profile of the unbundled service under the first scenario). Results also go to
// test-results/bench-service.json.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ROOT, tempDir } from '../helpers.js';
import { runtimeCommand, runtimeEnvironment } from '../support/dockerfile.js';
import { EMULATOR_NODE_FLAGS, startSeededDynamoDBProcess, waitForServer } from '../support/local-processes.js';
import { cpuMs, memoryKiB } from './proc-stats.js';
import { stopChildrenOnSignal } from './same-run.js';
import { freePort } from '../support/moto.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 5));
const ONLY = process.env.BENCH_ONLY ?? '';
const FLASK_DIR = process.env.MYSFITS_BENCH_FLASK;
const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');
/** The same service unbundled (tsc's output over node_modules), for a profile that names packages. */
const UNBUNDLED = join(ROOT, 'dist', 'service', 'src', 'main.js');
const TABLE = 'MysfitsTable'; // the Flask service's own table name, hard-coded there
const MiB = 1024; // /proc reports KiB

const TARGETS = { oneConnP99VsFlask: 1, rssMiB: 100, closeListRpsVsFlask: 12, closeListP99VsFlask: 0.2 };

type TargetName = 'service' | 'floor' | 'flask';
interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly connections: number;
  readonly close: boolean;
}
/** One target's figures in one scenario, over every round. */
interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuMs?: number;
  /** Resident set after the scenario's last round, MiB. */
  readonly rssMiB?: number;
  readonly errors: number;
}

const id = CATALOGUE[0].MysfitId;
const SCENARIOS: Scenario[] = [
  { name: 'GET /mysfits, 1 conn', path: '/mysfits', connections: 1, close: false },
  { name: 'GET /mysfits/{id}, 1 conn', path: `/mysfits/${id}`, connections: 1, close: false },
  { name: 'GET /mysfits, 32 conn', path: '/mysfits', connections: 32, close: false },
  { name: 'GET /mysfits/{id}, 32 conn', path: `/mysfits/${id}`, connections: 32, close: false },
  { name: 'GET /mysfits, 32 conn, close', path: '/mysfits', connections: 32, close: true },
  { name: 'GET /mysfits/{id}, 32 conn, close', path: `/mysfits/${id}`, connections: 32, close: true },
].filter((s) => s.name.includes(ONLY));

const work = tempDir('mysfits-bench-service-');
const children: ChildProcess[] = [];
stopChildrenOnSignal(children);

// wrk's summary as one JSON line (latencies in µs).
const REPORT = join(work, 'report.lua');
writeFileSync(
  REPORT,
  `done = function(s, latency, requests)
  local e = s.errors
  io.write(string.format('\\n{"requests":%d,"us":%d,"p50":%d,"p99":%d,"errors":%d,"status":%d}\\n',
    s.requests, s.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
`,
);

interface WrkRun {
  requests: number;
  us: number;
  p50: number;
  p99: number;
  errors: number;
  status: number;
}

/** wrk, one thread, `connections` at a time for `seconds`; latencies in µs. */
function wrk(url: string, connections: number, close: boolean, seconds: number): Promise<WrkRun> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', REPORT];
  if (close) args.push('-H', 'Connection: close');
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', [...args, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"requests"'));
      if (code !== 0 || !line) reject(new Error(`wrk exited ${code}: ${out}`));
      else resolve(JSON.parse(line) as WrkRun);
    });
  });
}

interface Target {
  readonly name: TargetName;
  readonly child: ChildProcess;
  readonly base: string;
  stop(): Promise<void>;
}

async function start(
  name: TargetName,
  command: string,
  args: (port: number) => string[],
  env: Record<string, string>,
  cwd = ROOT,
): Promise<Target> {
  const port = await freePort();
  const child = spawn(command, args(port), {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', ...env },
    // Request logs are part of what is measured; their lines are discarded here.
    stdio: ['ignore', 'ignore', name === 'flask' ? 'ignore' : 'inherit'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/`, child, name);
  return {
    name,
    child,
    base,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (us: number): number => Math.round(us / 100) / 10;

/** Every target through one scenario, round by round, the order rotating each round. */
async function measure(scenario: Scenario, targets: Target[]): Promise<Record<string, Figures>> {
  const runs = new Map<TargetName, { wrk: WrkRun[]; cpu: number[] }>(
    targets.map((t) => [t.name, { wrk: [], cpu: [] }]),
  );
  const seconds = Math.max(1, Math.round(SECONDS / ROUNDS));
  if (WARMUP > 0) {
    for (const target of targets)
      await wrk(`${target.base}${scenario.path}`, scenario.connections, scenario.close, WARMUP);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(i + round) % targets.length]!;
      const before = cpuMs(target.child.pid);
      const r = await wrk(`${target.base}${scenario.path}`, scenario.connections, scenario.close, seconds);
      const after = cpuMs(target.child.pid);
      const run = runs.get(target.name)!;
      run.wrk.push(r);
      if (before !== undefined && after !== undefined) run.cpu.push(after - before);
    }
  }
  const out: Record<string, Figures> = {};
  for (const target of targets) {
    const { wrk: rs, cpu } = runs.get(target.name)!;
    const requests = rs.reduce((n, r) => n + r.requests, 0);
    const rss = memoryKiB(target.child.pid, 'VmRSS');
    out[target.name] = {
      rps: requests / (rs.reduce((n, r) => n + r.us, 0) / 1e6),
      p50: ms(median(rs.map((r) => r.p50))),
      p99: ms(median(rs.map((r) => r.p99))),
      cpuMs: cpu.length === rs.length ? cpu.reduce((a, b) => a + b, 0) / requests : undefined,
      rssMiB: rss === undefined ? undefined : rss / MiB,
      errors: rs.reduce((n, r) => n + r.errors + r.status, 0),
    };
  }
  return out;
}

// ---- the CPU profile (BENCH_PROFILE=1) ----

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sample's function lives: a package under node_modules, Node itself, V8, or ours. */
function owner(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(program)' || fn === '(root)') return 'V8 and native code';
  if (url.startsWith('node:') || url === '') return 'Node core';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    if (/^@(aws-sdk|smithy|aws-crypto)\//.test(pkg) || pkg === 'fast-xml-parser' || pkg === 'tslib') return 'AWS SDK';
    return pkg;
  }
  if (url.includes('/dist/service/src/')) return 'the service (ours)';
  return 'other';
}

function summariseProfile(file: string): { shares: [string, number][]; top: [string, number][]; totalMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((n, i) => selfUs.set(n, (selfUs.get(n) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [n, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(n)!.callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const who = owner(url, functionName);
    owners.set(who, (owners.get(who) ?? 0) + us);
    const where = url ? `${relative(ROOT, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where ? `${where} ` : ''}[${who}]`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / total] as [string, number]);
  return { shares: sorted(owners), top: sorted(functions).slice(0, 12), totalMs: total / 1000 };
}

const fmt = (n: number | undefined, digits = 1): string => (n === undefined ? '-' : n.toFixed(digits));
const x = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? '   -  ' : `${(a / b).toFixed(2)}x`.padStart(6);

try {
  const { child: db, endpoint, client } = await startSeededDynamoDBProcess(TABLE);
  children.push(db);
  client.destroy();

  // The container's own command (service/Dockerfile); BENCH_NODE_FLAGS replaces its Node flags.
  const nodeFlags =
    process.env.BENCH_NODE_FLAGS !== undefined
      ? process.env.BENCH_NODE_FLAGS.split(' ').filter((f) => f !== '')
      : runtimeCommand().slice(1, -1);
  // The image's ENV (service/Dockerfile) but where to listen; BENCH_ENV ("A=1 B=2") replaces it.
  const {
    HOST: _host,
    PORT: _port,
    ...imageEnv
  } = process.env.BENCH_ENV !== undefined
    ? Object.fromEntries(
        process.env.BENCH_ENV.split(' ')
          .filter((kv) => kv.includes('='))
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      )
    : runtimeEnvironment();
  const serviceEnv = {
    ...imageEnv,
    TABLE_NAME: TABLE,
    AWS_REGION: 'us-east-1',
    DYNAMODB_ENDPOINT: endpoint,
    COGNITO_USER_POOL_ID: 'us-east-1_BenchPool',
    COGNITO_CLIENT_ID: 'benchclient',
    LIST_CACHE_MS: '0',
  };
  const floorFile = join(work, 'floor.mjs');
  const bundled = spawnSync(
    process.execPath,
    ['scripts/bundle-service.mjs', 'test/bench/service-floor.ts', floorFile],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (bundled.status !== 0) throw new Error('bundling the floor failed');

  const targets: Target[] = [
    await start('service', process.execPath, () => [...nodeFlags, SERVER], serviceEnv),
    await start('floor', process.execPath, () => [...nodeFlags, floorFile], serviceEnv),
  ];
  let flaskNote = '';
  if (FLASK_DIR && existsSync(join(FLASK_DIR, 'mythicalMysfitsService.py'))) {
    targets.push(
      await start(
        'flask',
        'python3',
        (port) => [
          '-m',
          'flask',
          '--app',
          'mythicalMysfitsService',
          'run',
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
        ],
        // boto3 reads the endpoint and the region from the environment; dynalite takes any keys.
        {
          AWS_ENDPOINT_URL: endpoint,
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
        },
        FLASK_DIR,
      ),
    );
  } else {
    flaskNote = FLASK_DIR
      ? `Flask skipped: no mythicalMysfitsService.py in MYSFITS_BENCH_FLASK=${FLASK_DIR}`
      : 'Flask skipped: set MYSFITS_BENCH_FLASK to a folder with the workshop service (python module 5: mythicalMysfitsService.py, mysfitsTableClient.py)';
  }

  const loadBefore = loadavg()[0];
  const when = new Date().toISOString();
  process.stdout.write(
    [
      `Service benchmark, ${when}: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average (1 min) ${loadBefore.toFixed(1)}`,
      `  service: ${Object.entries(imageEnv)
        .map(([k, v]) => `${k}=${v} `)
        .join('')}node ${[...nodeFlags, 'server.mjs'].join(' ')} (the Dockerfile's ENV and command), LIST_CACHE_MS=0`,
      `  floor:   the same ENV, node ${[...nodeFlags, 'floor.mjs'].join(' ')} (bare node:http, the same table reads on the same SDK client)`,
      `  table:   dynalite, its own process: node ${[...EMULATOR_NODE_FLAGS, 'dynamodb-cli.js'].join(' ')} (the young generation bounded: test/support/local-processes.ts)`,
      targets.some((t) => t.name === 'flask')
        ? `  flask:   the workshop's Flask service from ${FLASK_DIR} (its own server; closes every connection)`
        : `  ${flaskNote}`,
      `  ${ROUNDS} interleaved rounds of ${Math.max(1, Math.round(SECONDS / ROUNDS))} s per target and scenario, after ${WARMUP} s of it unmeasured; wrk -t1; p50/p99 the median of the rounds`,
      '',
    ].join('\n'),
  );

  // Warm-up: JIT, connection pools, Python's imports.
  for (const t of targets) {
    await wrk(`${t.base}/mysfits`, 8, false, 2);
    await wrk(`${t.base}/mysfits/${id}`, 8, false, 1);
  }

  const results: Record<string, Record<string, Figures>> = {};
  const header = `${'scenario'.padEnd(36)} ${'target'.padEnd(8)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'CPU ms/req'.padStart(10)} ${'RSS MiB'.padStart(8)}`;
  process.stdout.write(`${header}\n`);
  for (const scenario of SCENARIOS) {
    const figures = await measure(scenario, targets);
    results[scenario.name] = figures;
    for (const t of targets) {
      const f = figures[t.name]!;
      process.stdout.write(
        `${(t === targets[0] ? scenario.name + (scenario.close ? '' : ', keep-alive') : '').padEnd(36)} ${t.name.padEnd(8)} ${f.rps.toFixed(0).padStart(7)} ${fmt(f.p50).padStart(7)} ${fmt(f.p99).padStart(7)} ${fmt(f.cpuMs, 2).padStart(10)} ${fmt(f.rssMiB).padStart(8)}${f.errors ? `  (${f.errors} errors or non-2xx)` : ''}\n`,
      );
    }
  }
  const peak = Object.fromEntries(targets.map((t) => [t.name, (memoryKiB(t.child.pid, 'VmHWM') ?? NaN) / MiB]));
  const machineLoad = [loadBefore, loadavg()[0]];

  const hasFlask = targets.some((t) => t.name === 'flask');
  process.stdout.write(
    `\nThe service as ratios to the floor${hasFlask ? ' and to Flask' : ''} of the same run (req/s: higher is better; the rest: lower is better):\n`,
  );
  for (const scenario of SCENARIOS) {
    const f = results[scenario.name]!;
    const s = f.service!;
    const line = (anchor: Figures | undefined, name: string) =>
      `    vs ${name.padEnd(6)} req/s ${x(s.rps, anchor?.rps)}  p50 ${x(s.p50, anchor?.p50)}  p99 ${x(s.p99, anchor?.p99)}  CPU/req ${x(s.cpuMs, anchor?.cpuMs)}  RSS ${x(s.rssMiB, anchor?.rssMiB)}`;
    process.stdout.write(
      `  ${scenario.name}${scenario.close ? '' : ', keep-alive'}\n${line(f.floor, 'floor')}\n${hasFlask ? `${line(f.flask, 'flask')}\n` : ''}`,
    );
  }
  process.stdout.write(
    `  peak RSS (MiB): ${targets.map((t) => `${t.name} ${fmt(peak[t.name])}`).join(', ')}; machine load average (1 min) ${machineLoad.map((l) => l.toFixed(1)).join(' -> ')}\n\n`,
  );

  // Verdicts against the targets.
  const verdicts: string[] = [];
  const get = (name: string) => results[name];
  for (const name of ['GET /mysfits, 1 conn', 'GET /mysfits/{id}, 1 conn']) {
    const f = get(name);
    if (f?.flask)
      verdicts.push(
        `${name}: p99 ${f.service!.p99 <= f.flask.p99 * TARGETS.oneConnP99VsFlask ? 'within' : 'OVER'} Flask's (${f.service!.p99} ms vs ${f.flask.p99} ms)`,
      );
  }
  const kept = get('GET /mysfits, 32 conn');
  if (kept?.service?.rssMiB !== undefined)
    verdicts.push(
      `RSS after ${SECONDS} s of 32 kept-alive connections: ${kept.service.rssMiB <= TARGETS.rssMiB ? 'within' : 'OVER'} ${TARGETS.rssMiB} MiB (${fmt(kept.service.rssMiB)} MiB; the floor ${fmt(kept.floor?.rssMiB)} MiB)`,
    );
  const closed = get('GET /mysfits, 32 conn, close');
  if (closed?.flask) {
    const rps = closed.service!.rps / closed.flask.rps;
    const p99 = closed.service!.p99 / closed.flask.p99;
    verdicts.push(
      `list, 32 conn, close: ${rps >= TARGETS.closeListRpsVsFlask ? 'meets' : 'MISSES'} ${TARGETS.closeListRpsVsFlask}x Flask's req/s (${rps.toFixed(1)}x); p99 ${p99 <= TARGETS.closeListP99VsFlask ? 'within' : 'OVER'} ${TARGETS.closeListP99VsFlask}x Flask's (${p99.toFixed(2)}x)`,
    );
  }
  if (Object.values(results).some((f) => Object.values(f).some((r) => r.errors > 0)))
    verdicts.push('ERRORS during the runs (see above)');
  if (verdicts.length) process.stdout.write(`${verdicts.map((v) => `  ${v}`).join('\n')}\n`);

  let profile: ReturnType<typeof summariseProfile> | undefined;
  if (process.env.BENCH_PROFILE === '1' && SCENARIOS[0]) {
    for (const t of targets) await t.stop();
    const scenario = SCENARIOS[0];
    const profDir = join(work, 'profile');
    const profiled = await start(
      'service',
      process.execPath,
      () => [...nodeFlags, '--cpu-prof', `--cpu-prof-dir=${profDir}`, UNBUNDLED],
      serviceEnv,
    );
    await wrk(`${profiled.base}${scenario.path}`, scenario.connections, scenario.close, 2);
    await wrk(`${profiled.base}${scenario.path}`, scenario.connections, scenario.close, SECONDS);
    await profiled.stop();
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    profile = file ? summariseProfile(join(profDir, file)) : undefined;
    if (profile) {
      const pct = (s: number): string => `${(s * 100).toFixed(0)}%`.padStart(4);
      process.stdout.write(
        [
          `\nWhere the service's CPU goes in "${scenario.name}" (V8 CPU profile of the unbundled service, ${(profile.totalMs / 1000).toFixed(1)} s of CPU sampled):`,
          ...profile.shares.map(([who, share]) => `  ${pct(share)}  ${who}`),
          '  the functions that took most (self time):',
          ...profile.top.map(([fn, share]) => `  ${pct(share)}  ${fn}`),
          '',
        ].join('\n'),
      );
    }
  }

  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-service.json'),
    JSON.stringify(
      {
        when,
        node: process.version,
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        machineLoad,
        nodeFlags,
        seconds: SECONDS,
        rounds: ROUNDS,
        warmupSeconds: WARMUP,
        flask: hasFlask ? FLASK_DIR : null,
        results,
        peakRssMiB: peak,
        targets: TARGETS,
        verdicts,
        profile,
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
