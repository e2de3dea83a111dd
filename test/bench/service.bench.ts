// npm run bench:service: the service as it ships (the bundle, its own process) against the local
// DynamoDB (dynalite, its own process) on loopback, 32 connections at a time:
//   - GET / (health: no table call, the floor of any answer), GET /mysfits with the list cache
//     off (LIST_CACHE_MS=0: every answer reads the table) and on (the default 2 s), and
//     GET /mysfits/{id} (never cached), each with kept-alive connections and with
//     `Connection: close`;
//   - for each: requests/s, p50 and p99, and the CPU the service and the table used per request
//     (ms per request = CPU s per 1,000), as ratios against GET / and, for the list, against the
//     cached list measured the same way in the same run;
//   - a CPU profile of the uncached list (the same service unbundled, so each sample names its
//     package): shares by package, and the functions that took most;
//   - serverless mode: the service function's packaged handler in this process, list and profile
//     events one at a time (cold start, events/s, CPU per event).
// Anchors, from the issues (measured on this machine with wrk, not re-measured here): the
// tutorial's Flask service (its own server, which closes every connection; no cache) answered
// GET /mysfits 290-336 req/s (p99 117-144 ms) and GET /mysfits/{id} 435-445 req/s (p99 83-90
// ms); under gunicorn (2 workers) 502-602 and 766-843. Like for like with Flask is the uncached
// list with `Connection: close`.
// Targets: uncached list at most 1 CPU s per 1,000 requests and p99 under 100 ms (keep-alive);
// cached list 5x Flask, profile 3x; p99 under 50 ms on the cached list and the profile; peak RSS
// under 150 MB. Results also go to test-results/bench-service.json.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ROOT, tempDir } from '../helpers.js';
import { runtimeCommand } from '../support/dockerfile.js';
import { packagedFunction, proxyEvent } from '../support/lambda.js';
import { coldStart, loadHandler, warmEvents, type WarmFigures } from '../support/lambda-timing.js';
import { startSeededDynamoDBProcess, waitForServer } from '../support/local-processes.js';
import { freePort } from '../support/moto.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const PROBE = join(ROOT, 'dist', 'test', 'bench', 'rss-probe.js');
const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');
/** The same service unbundled (tsc's output over node_modules), for a profile that names packages. */
const UNBUNDLED = join(ROOT, 'dist', 'service', 'src', 'main.js');
const TABLE = 'MysfitsTable';
const COLD_RUNS = 5;

const FLASK = {
  list: { rps: [290, 336], p99: [117, 144], gunicorn: [502, 602] },
  profile: { rps: [435, 445], p99: [83, 90], gunicorn: [766, 843] },
} as const;
const TARGETS = { uncachedCpuMs: 1, uncachedP99: 100, cachedList: 5, profile: 3, p99: 50, rssMiB: 150e6 / 2 ** 20 };

interface Run {
  readonly name: string;
  readonly close: boolean;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU the service and the table used per request, in ms (from /proc). */
  readonly serviceCpuMs?: number;
  readonly tableCpuMs?: number;
  readonly errors: number;
  readonly non2xx: number;
}
type Measured = Omit<Run, 'name' | 'close' | 'serviceCpuMs' | 'tableCpuMs'>;

/**
 * `Connection: close` load: a new TCP connection per request, `CONNECTIONS` at a time, each a
 * raw socket writing one request and reading to the server's close (cheaper for the client than
 * node:http, so the service gets the CPU). Not autocannon: it reconnects fine but times requests
 * from before the reconnect, so its latencies for closed connections are seconds, not ms.
 */
async function closeLoad(url: string, seconds: number): Promise<Measured> {
  const { hostname, port, pathname } = new URL(url);
  const request = Buffer.from(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const end = performance.now() + seconds * 1000;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const started = performance.now();
      let head = '';
      const socket = connect(Number(port), hostname, () => socket.write(request));
      socket.on('data', (chunk: Buffer) => {
        if (head.length < 12) head += chunk.toString('latin1', 0, 12);
      });
      socket.on('end', () => {
        latencies.push(performance.now() - started);
        if (!/^HTTP\/1\.1 2\d\d/.test(head)) non2xx++;
        resolve();
      });
      socket.on('error', () => {
        errors++;
        socket.destroy();
        resolve();
      });
    });
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((x, y) => x - y);
  const at = (q: number): number =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors, non2xx };
}

async function keepAliveLoad(url: string, seconds: number, connections = CONNECTIONS): Promise<Measured> {
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** CPU time (user + system) a process has used so far, in ms; undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

const fmt = (n: number | undefined, digits = 2): string => (n === undefined ? '   -' : n.toFixed(digits));

/** Warm-up (JIT, connections, the list cache), then `DURATION` seconds measured. */
async function load(
  name: string,
  url: string,
  close: boolean,
  pids: [number, number],
  connections = CONNECTIONS,
): Promise<Run> {
  const measure = close ? closeLoad : (u: string, seconds: number) => keepAliveLoad(u, seconds, connections);
  await measure(url, 2);
  const before = pids.map(cpuMs);
  const measured = await measure(url, DURATION);
  const after = pids.map(cpuMs);
  const requests = measured.rps * DURATION;
  const perRequest = (i: number): number | undefined =>
    after[i] !== undefined && before[i] !== undefined ? (after[i]! - before[i]!) / requests : undefined;
  const run: Run = { name, close, ...measured, serviceCpuMs: perRequest(0), tableCpuMs: perRequest(1) };
  process.stdout.write(
    `  ${`${name}${close ? ' (close)' : ''}`.padEnd(30)} ${run.rps.toFixed(0).padStart(6)} req/s  p50 ${String(run.p50).padStart(3)} ms  p99 ${String(run.p99).padStart(3)} ms` +
      `  CPU/req service ${fmt(run.serviceCpuMs)} ms, table ${fmt(run.tableCpuMs)} ms` +
      `${run.errors || run.non2xx ? `  (${run.errors} errors, ${run.non2xx} non-2xx)` : ''}\n`,
  );
  return run;
}

const work = tempDir('mysfits-bench-service-');
const children: ChildProcess[] = [];

interface Service {
  readonly child: ChildProcess;
  readonly base: string;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

async function startService(
  args: string[],
  env: Record<string, string>,
  what: string,
  dbEndpoint: string,
): Promise<Service> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      TABLE_NAME: TABLE,
      AWS_REGION: 'us-east-1',
      DYNAMODB_ENDPOINT: dbEndpoint,
      COGNITO_USER_POOL_ID: 'us-east-1_BenchPool',
      COGNITO_CLIENT_ID: 'benchclient',
      ...env,
    },
    // The request log is part of what is measured; its lines are discarded here.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/`, child, what);
  return {
    child,
    base,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

// ---- the CPU profile ----

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
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
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
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

try {
  const { child: db, endpoint: dbEndpoint, client } = await startSeededDynamoDBProcess(TABLE);
  children.push(db);
  client.destroy();

  // The container's own command (service/Dockerfile); BENCH_NODE_FLAGS replaces its Node flags.
  const nodeFlags =
    process.env.BENCH_NODE_FLAGS !== undefined
      ? process.env.BENCH_NODE_FLAGS.split(' ').filter((f) => f !== '')
      : runtimeCommand().slice(1, -1);
  const rssFile = join(work, 'rss');
  const id = CATALOGUE[0].MysfitId;
  process.stdout.write(
    `${CONNECTIONS} connections, ${DURATION} s each after a 2 s warm-up; \`node ${[...nodeFlags, 'server.mjs'].join(' ')}\` and the table as separate processes (node ${process.version}, ${cpus().length} cores):\n`,
  );
  const loadBefore = loadavg()[0];

  // Uncached first (the list reads the table every time), with the peak RSS probe.
  const uncached = await startService(
    [...nodeFlags, '--import', PROBE, SERVER],
    { LIST_CACHE_MS: '0', MYSFITS_BENCH_RSS_FILE: rssFile },
    'service (list cache off)',
    dbEndpoint,
  );
  const pidsOf = (s: Service): [number, number] => [s.child.pid!, db.pid!];
  const runs: Record<string, Run> = {};
  for (const close of [false, true]) {
    const k = close ? 'Close' : '';
    runs[`health${k}`] = await load('GET /', `${uncached.base}/`, close, pidsOf(uncached));
    runs[`uncached${k}`] = await load('GET /mysfits, uncached', `${uncached.base}/mysfits`, close, pidsOf(uncached));
    runs[`profile${k}`] = await load('GET /mysfits/{id}', `${uncached.base}/mysfits/${id}`, close, pidsOf(uncached));
  }
  // One connection: no request ever waits for a read under way, so none is shared: what one scan costs.
  runs.uncachedOne = await load(
    'GET /mysfits, uncached, 1 conn',
    `${uncached.base}/mysfits`,
    false,
    pidsOf(uncached),
    1,
  );
  runs.profileOne = await load(
    'GET /mysfits/{id}, 1 conn',
    `${uncached.base}/mysfits/${id}`,
    false,
    pidsOf(uncached),
    1,
  );
  await uncached.stop();
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;

  const cached = await startService([...nodeFlags, SERVER], {}, 'service (list cache on)', dbEndpoint);
  for (const close of [false, true]) {
    runs[`cached${close ? 'Close' : ''}`] = await load(
      'GET /mysfits, cached 2 s',
      `${cached.base}/mysfits`,
      close,
      pidsOf(cached),
    );
  }
  await cached.stop();
  const machineLoad = [loadBefore, loadavg()[0]];
  process.stdout.write(
    `  machine load average (1 min) ${machineLoad.map((l) => l.toFixed(1)).join(' -> ')}; service peak RSS ${rssMiB.toFixed(1)} MiB\n`,
  );

  // Ratios: against GET / (no table) and, for the list, against the cached list.
  const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  process.stdout.write('\nAs ratios (requests/s, and service CPU per request), same connections:\n');
  for (const close of [false, true]) {
    const k = close ? 'Close' : '';
    const health = runs[`health${k}`]!;
    const mode = close ? 'Connection: close' : 'keep-alive';
    for (const [label, run] of [
      ['GET /mysfits, uncached', runs[`uncached${k}`]!],
      ['GET /mysfits, cached 2 s', runs[`cached${k}`]!],
      ['GET /mysfits/{id}', runs[`profile${k}`]!],
    ] as const) {
      const cpu =
        run.serviceCpuMs !== undefined && health.serviceCpuMs !== undefined
          ? `, CPU ${x(run.serviceCpuMs, health.serviceCpuMs)}`
          : '';
      const vsCached =
        label === 'GET /mysfits, uncached'
          ? `; vs the cached list: ${x(run.rps, runs[`cached${k}`]!.rps)} req/s${run.serviceCpuMs !== undefined ? `, CPU ${x(run.serviceCpuMs, runs[`cached${k}`]!.serviceCpuMs!)}` : ''}`
          : '';
      process.stdout.write(
        `  ${`${label} (${mode})`.padEnd(44)} vs GET /: ${x(run.rps, health.rps)} req/s${cpu}${vsCached}\n`,
      );
    }
  }
  const range = (a: number, [lo, hi]: readonly number[]): string => `${x(a, hi)}-${x(a, lo)}`;
  process.stdout.write(
    [
      '',
      "Against the tutorial's Flask service (requests/s; Flask has no cache and closes every connection):",
      `  like for like, uncached list with Connection: close: ${range(runs.uncachedClose!.rps, FLASK.list.rps)} Flask, ${range(runs.uncachedClose!.rps, FLASK.list.gunicorn)} gunicorn; p99 ${runs.uncachedClose!.p99} ms vs ${FLASK.list.p99.join('-')} ms`,
      `  profile with Connection: close:                      ${range(runs.profileClose!.rps, FLASK.profile.rps)} Flask, ${range(runs.profileClose!.rps, FLASK.profile.gunicorn)} gunicorn; p99 ${runs.profileClose!.p99} ms vs ${FLASK.profile.p99.join('-')} ms`,
      `  uncached list, keep-alive:                           ${range(runs.uncached!.rps, FLASK.list.rps)} Flask`,
      `  cached list, keep-alive (what the README used to quote): ${range(runs.cached!.rps, FLASK.list.rps)} Flask`,
      '',
    ].join('\n'),
  );

  // The profile: the uncached list again, unbundled, under V8's sampling profiler.
  const profDir = join(work, 'profile');
  const profiled = await startService(
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, UNBUNDLED],
    { LIST_CACHE_MS: '0' },
    'service (profiled)',
    dbEndpoint,
  );
  await keepAliveLoad(`${profiled.base}/mysfits`, 2);
  await keepAliveLoad(`${profiled.base}/mysfits`, DURATION);
  await profiled.stop();
  const profileFile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  const profile = profileFile ? summariseProfile(join(profDir, profileFile)) : undefined;
  if (profile) {
    const pct = (s: number): string => `${(s * 100).toFixed(0)}%`.padStart(4);
    process.stdout.write(
      [
        `Where the uncached list's CPU goes (V8 CPU profile of the unbundled service, ${DURATION} s of keep-alive load, ${(profile.totalMs / 1000).toFixed(1)} s of CPU sampled):`,
        ...profile.shares.map(([who, share]) => `  ${pct(share)}  ${who}`),
        '  the functions that took most (self time):',
        ...profile.top.map(([fn, share]) => `  ${pct(share)}  ${fn}`),
        '',
      ].join('\n'),
    );
  }

  // Serverless mode: the packaged handler in this process (the table in its own).
  const fn = await packagedFunction('service');
  const env = {
    PATH: process.env.PATH ?? '',
    AWS_REGION: 'us-east-1',
    TABLE_NAME: TABLE,
    DYNAMODB_ENDPOINT: dbEndpoint,
    COGNITO_USER_POOL_ID: 'us-east-1_BenchPool',
    COGNITO_CLIENT_ID: 'benchclient',
    LIST_CACHE_MS: '0',
  };
  const listEvent = proxyEvent('GET', '/mysfits', { accept: ['application/json'] }, '');
  const profileEvent = proxyEvent('GET', `/mysfits/${id}`, { accept: ['application/json'] }, '');
  await coldStart(fn.dir, env, listEvent); // the file cache
  const colds: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) colds.push(await coldStart(fn.dir, env, listEvent));
  colds.sort((a, b) => a - b);
  const handler = loadHandler(fn.dir, env);
  const serverless: Record<string, WarmFigures> = {};
  for (const [name, event] of [
    ['list', listEvent],
    ['profile', profileEvent],
  ] as const) {
    await warmEvents(handler, event, 2);
    serverless[name] = await warmEvents(handler, event, Math.min(DURATION, 5));
  }
  fn.remove();
  process.stdout.write(
    [
      "Serverless mode: the service function's packaged handler, one event at a time, list cache off:",
      `  cold start (median of ${COLD_RUNS}, process start to the answer of GET /mysfits): ${colds[Math.floor(COLD_RUNS / 2)]!.toFixed(0)} ms`,
      `  warm GET /mysfits       ${serverless.list!.perSecond.toFixed(0).padStart(5)} events/s, CPU ${serverless.list!.cpuMs.toFixed(2)} ms per event (the container, one connection: ${fmt(runs.uncachedOne!.serviceCpuMs)} ms per request)`,
      `  warm GET /mysfits/{id}  ${serverless.profile!.perSecond.toFixed(0).padStart(5)} events/s, CPU ${serverless.profile!.cpuMs.toFixed(2)} ms per event (the container, one connection: ${fmt(runs.profileOne!.serviceCpuMs)} ms per request)`,
      '',
    ].join('\n'),
  );

  // Verdicts against the targets.
  const verdicts: string[] = [];
  const u = runs.uncached!;
  verdicts.push(
    `uncached list CPU: ${u.serviceCpuMs !== undefined && u.serviceCpuMs <= TARGETS.uncachedCpuMs ? 'within' : 'OVER'} ${TARGETS.uncachedCpuMs} s per 1,000 requests (${fmt(u.serviceCpuMs)} s; ${fmt(runs.uncachedClose!.serviceCpuMs)} s with Connection: close)`,
  );
  verdicts.push(
    `uncached list p99: ${u.p99 < TARGETS.uncachedP99 ? 'under' : 'OVER'} ${TARGETS.uncachedP99} ms (${u.p99} ms)`,
  );
  const cachedRatio = runs.cached!.rps / FLASK.list.rps[1];
  const profileRatio = runs.profile!.rps / FLASK.profile.rps[1];
  verdicts.push(
    `cached list: ${cachedRatio >= TARGETS.cachedList ? 'meets' : 'MISSES'} ${TARGETS.cachedList}x Flask (${cachedRatio.toFixed(1)}x its best)`,
  );
  verdicts.push(
    `profile: ${profileRatio >= TARGETS.profile ? 'meets' : 'MISSES'} ${TARGETS.profile}x Flask (${profileRatio.toFixed(1)}x its best); CPU ${fmt(runs.profile!.serviceCpuMs)} s per 1,000`,
  );
  const p99 = Math.max(runs.cached!.p99, runs.profile!.p99);
  verdicts.push(
    `p99 (cached list, profile): ${p99 < TARGETS.p99 ? 'under' : 'OVER'} ${TARGETS.p99} ms (worst ${p99} ms)`,
  );
  verdicts.push(`RSS: ${rssMiB < TARGETS.rssMiB ? 'under' : 'OVER'} 150 MB (${rssMiB.toFixed(1)} MiB peak)`);
  if (Object.values(runs).some((r) => r.errors > 0 || r.non2xx > 0))
    verdicts.push('ERRORS during the runs (see above)');
  process.stdout.write(`${verdicts.map((v) => `  ${v}`).join('\n')}\n`);

  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-service.json'),
    JSON.stringify(
      {
        node: process.version,
        connections: CONNECTIONS,
        seconds: DURATION,
        runs,
        rssMiB,
        machineLoad,
        profile,
        serverless: { coldMs: colds, ...serverless },
        anchors: FLASK,
        targets: TARGETS,
        verdicts,
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
