// npm run bench:service: the service as it ships (the bundle, its own process) against dynalite
// (its own process) on loopback, loaded by autocannon with 32 connections:
//   GET /mysfits and GET /mysfits/{id}, kept-alive connections and `Connection: close`,
// printing requests/s, p50, p99 and the service's peak RSS, as ratios against the anchors
// measured on this machine the same way (figures from the issue, not re-measured here):
//   the tutorial's Flask service (Flask's own server, which closes every connection):
//     GET /mysfits 290-336 req/s (p99 117-144 ms), GET /mysfits/{id} 435-445 req/s (p99 83-90 ms);
//   the same app under gunicorn, 2 workers: 502-602 and 766-843 req/s.
// Targets: 5x Flask on the list, 3x on the profile (against the top of each range), p99 under
// 50 ms (kept-alive connections), RSS under 150 MB;
// the `Connection: close` runs are reported beside them. Results also go to
// test-results/bench-service.json.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ROOT, tempDir } from '../helpers.js';
import { runtimeCommand } from '../support/dockerfile.js';
import { startSeededDynamoDBProcess, waitForServer } from '../support/local-processes.js';
import { freePort } from '../support/moto.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const PROBE = join(ROOT, 'dist', 'test', 'bench', 'rss-probe.js');
const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');

const ANCHORS = {
  list: { flask: [290, 336], flaskP99: [117, 144], gunicorn: [502, 602], target: 5 },
  profile: { flask: [435, 445], flaskP99: [83, 90], gunicorn: [766, 843], target: 3 },
} as const;

interface Run {
  readonly name: string;
  /** CPU time the service and dynalite used per request, in ms (where /proc tells it). */
  readonly serviceCpuMs?: number;
  readonly dynaliteCpuMs?: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/**
 * `Connection: close` load: a new TCP connection per request, `CONNECTIONS` at a time, each a
 * raw socket writing one request and reading to the server's close (cheaper for the client than
 * node:http, so the service gets the CPU). Not autocannon: it reconnects fine but times requests
 * from before the reconnect, so its latencies for closed connections are seconds, not ms.
 */
async function closeLoad(url: string, seconds: number): Promise<Omit<Run, 'name'>> {
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

/** CPU time (user + system) a process has used so far, in ms; undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

async function load(name: string, url: string, close: boolean, pids: [number, number]): Promise<Run> {
  let measured: Omit<Run, 'name'>;
  const before = pids.map(cpuMs);
  if (close) {
    await closeLoad(url, 2); // warm-up
    before.splice(0, 2, ...pids.map(cpuMs));
    measured = await closeLoad(url, DURATION);
  } else {
    // Warm up (JIT, connections, the list cache), then measure.
    await autocannon({ url, connections: CONNECTIONS, duration: 2 });
    before.splice(0, 2, ...pids.map(cpuMs));
    const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
    measured = {
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    };
  }
  const after = pids.map(cpuMs);
  const requests = measured.rps * DURATION;
  const perRequest = (i: number): number | undefined =>
    after[i] !== undefined && before[i] !== undefined ? (after[i]! - before[i]!) / requests : undefined;
  const run = { name, ...measured, serviceCpuMs: perRequest(0), dynaliteCpuMs: perRequest(1) };
  const cpu =
    run.serviceCpuMs !== undefined
      ? `  cpu/req: service ${run.serviceCpuMs.toFixed(2)} ms, dynalite ${run.dynaliteCpuMs?.toFixed(2)} ms`
      : '';
  process.stdout.write(
    `  ${name.padEnd(38)} ${run.rps.toFixed(0).padStart(6)} req/s  p50 ${String(run.p50).padStart(3)} ms  p99 ${String(run.p99).padStart(3)} ms${cpu}` +
      `${run.errors || run.non2xx ? `  (${run.errors} errors, ${run.non2xx} non-2xx)` : ''}\n`,
  );
  return run;
}

const work = tempDir('mysfits-bench-service-');
const rssFile = join(work, 'rss');
const servicePort = await freePort();
const base = `http://127.0.0.1:${servicePort}`;
const children: ChildProcess[] = [];
try {
  // dynalite with the TransactWriteItems the likes use (local/dynamodb.ts), in its own process.
  const { child: db, endpoint: dbEndpoint, client } = await startSeededDynamoDBProcess('MysfitsTable');
  children.push(db);
  client.destroy();

  // The container's own command (service/Dockerfile), with the bundle where the build put it;
  // BENCH_NODE_FLAGS replaces its Node flags, to compare others.
  const nodeFlags =
    process.env.BENCH_NODE_FLAGS !== undefined
      ? process.env.BENCH_NODE_FLAGS.split(' ').filter((f) => f !== '')
      : runtimeCommand().slice(1, -1);
  const service = spawn(process.execPath, [...nodeFlags, '--import', PROBE, SERVER], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(servicePort),
      TABLE_NAME: 'MysfitsTable',
      AWS_REGION: 'us-east-1',
      DYNAMODB_ENDPOINT: dbEndpoint,
      COGNITO_USER_POOL_ID: 'us-east-1_BenchPool',
      COGNITO_CLIENT_ID: 'benchclient',
      MYSFITS_BENCH_RSS_FILE: rssFile,
    },
    // The request log is part of what is measured; its lines are discarded here.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(service);
  await waitForServer(`${base}/`, service, 'service');

  const id = CATALOGUE[0].MysfitId;
  process.stdout.write(
    `${CONNECTIONS} connections, ${DURATION} s each after a 2 s warm-up; \`node ${[...nodeFlags, 'server.mjs'].join(' ')}\` and dynalite as separate processes (node ${process.version}):\n`,
  );
  const pids: [number, number] = [service.pid!, db.pid!];
  const loadBefore = loadavg()[0];
  const runs = {
    list: await load('GET /mysfits', `${base}/mysfits`, false, pids),
    profile: await load('GET /mysfits/{id}', `${base}/mysfits/${id}`, false, pids),
    listClose: await load('GET /mysfits       (Connection: close)', `${base}/mysfits`, true, pids),
    profileClose: await load('GET /mysfits/{id}  (Connection: close)', `${base}/mysfits/${id}`, true, pids),
  };
  // Other work on the machine takes CPU from all three processes: say how busy it was.
  const machineLoad = [loadBefore, loadavg()[0]];
  process.stdout.write(
    `  machine load average (1 min) ${machineLoad.map((l) => l.toFixed(1)).join(' -> ')} on ${cpus().length} cores\n`,
  );

  service.kill('SIGTERM');
  await new Promise((r) => service.once('exit', r));
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  process.stdout.write(`  service peak RSS ${rssMiB.toFixed(1)} MiB\n`);

  const x = (a: number, b: number): string => `${(a / b).toFixed(1)}x`;
  const range = (a: number, [lo, hi]: readonly number[]): string => `${x(a, hi)}-${x(a, lo)}`;
  process.stdout.write('\nAs ratios of the anchors (requests/s; above 1x is faster):\n');
  const verdicts: string[] = [];
  for (const [route, keep, close] of [
    ['list', runs.list, runs.listClose],
    ['profile', runs.profile, runs.profileClose],
  ] as const) {
    const a = ANCHORS[route];
    process.stdout.write(
      `  ${route.padEnd(8)} keep-alive: ${range(keep.rps, a.flask)} Flask, ${range(keep.rps, a.gunicorn)} gunicorn;` +
        ` Connection: close: ${range(close.rps, a.flask)} Flask, ${range(close.rps, a.gunicorn)} gunicorn;` +
        ` p99 ${keep.p99} ms vs Flask's ${a.flaskP99[0]}-${a.flaskP99[1]} ms\n`,
    );
    const ratio = keep.rps / a.flask[1];
    const closeRatio = close.rps / a.flask[1];
    verdicts.push(
      `${route}: ${ratio >= a.target ? 'meets' : 'MISSES'} ${a.target}x Flask (${ratio.toFixed(1)}x its best; ` +
        `${closeRatio.toFixed(1)}x with Connection: close)`,
    );
  }
  const p99 = Math.max(runs.list.p99, runs.profile.p99);
  const p99Close = Math.max(runs.listClose.p99, runs.profileClose.p99);
  verdicts.push(`p99: ${p99 < 50 ? 'under' : 'OVER'} 50 ms (worst ${p99} ms; ${p99Close} ms with Connection: close)`);
  verdicts.push(`RSS: ${rssMiB < 150_000_000 / 2 ** 20 ? 'under' : 'OVER'} 150 MB (${rssMiB.toFixed(1)} MiB peak)`);
  const failed = Object.values(runs).some((r) => r.errors > 0 || r.non2xx > 0);
  if (failed) verdicts.push('ERRORS during the runs (see above)');
  process.stdout.write(`\n${verdicts.map((v) => `  ${v}`).join('\n')}\n`);

  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-service.json'),
    JSON.stringify(
      { connections: CONNECTIONS, seconds: DURATION, runs, rssMiB, machineLoad, anchors: ANCHORS, verdicts },
      null,
      2,
    ) + '\n',
  );
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
