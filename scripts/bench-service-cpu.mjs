// CPU per request of the service against its floor (test/bench/service-floor.ts), by request
// count rather than duration, so a loaded machine changes the time taken, not the work measured:
// both unbundled (tsc's output, run `npx tsc -b` first) with the Dockerfile's Node flags, against
// one seeded local DynamoDB, one kept-alive connection, N requests per round, rounds interleaved.
// CPU is the server process's user + system time from /proc (Linux). PROF=1 adds a V8 CPU profile
// of each and prints their self time by package or module, side by side.
//   node scripts/bench-service-cpu.mjs            N=2000 ROUNDS=3 PATHS=/mysfits,/mysfits/<id> PROF=1 BENCH_NODE_FLAGS=...
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(ROOT, 'dist', p));
const { startSeededDynamoDBProcess, waitForServer } = await dist('test/support/local-processes.js');
const { freePort } = await dist('test/support/moto.js');
const { runtimeCommand } = await dist('test/support/dockerfile.js');
const { CATALOGUE } = await dist('service/src/data/catalogue.js');
const { tempDir } = await dist('test/helpers.js');

const N = Number(process.env.N ?? 2000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PROF = process.env.PROF === '1';
const PATHS = (process.env.PATHS ?? `/mysfits,/mysfits/${CATALOGUE[0].MysfitId}`).split(',');
// BENCH_NODE_FLAGS replaces the Dockerfile's Node flags for both, as in bench:service.
const flags =
  process.env.BENCH_NODE_FLAGS !== undefined
    ? process.env.BENCH_NODE_FLAGS.split(' ').filter((f) => f !== '')
    : runtimeCommand().slice(1, -1);
const work = tempDir('mysfits-bench-cpu-');

const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // USER_HZ 100
};

const db = await startSeededDynamoDBProcess('MysfitsTable');
db.client.destroy();
const env = {
  PATH: process.env.PATH ?? '',
  HOST: '127.0.0.1',
  TABLE_NAME: 'MysfitsTable',
  AWS_REGION: 'us-east-1',
  DYNAMODB_ENDPOINT: db.endpoint,
  COGNITO_USER_POOL_ID: 'us-east-1_BenchPool',
  COGNITO_CLIENT_ID: 'benchclient',
  LIST_CACHE_MS: '0',
};

async function start(name, file) {
  const port = await freePort();
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const prof = PROF ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '200'] : [];
  const child = spawn(process.execPath, [...flags, ...prof, file], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'], // request log lines written, then discarded
  });
  await waitForServer(`http://127.0.0.1:${port}/`, child, name);
  return { name, child, port, dir };
}

/** n requests one after another on one kept-alive connection; their latencies in ms. */
function run(port, path, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies = [];
  return new Promise((resolve, reject) => {
    const one = () => {
      const t = process.hrtime.bigint();
      http
        .get({ host: '127.0.0.1', port, path, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) return reject(new Error(`${path}: ${res.statusCode}`));
            latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
            if (latencies.length < n) one();
            else {
              agent.destroy();
              resolve(latencies.sort((a, b) => a - b));
            }
          });
        })
        .on('error', reject);
    };
    one();
  });
}

/** Self time by package (node_modules) or file, ms. */
function byModule(dir) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map();
  p.samples.forEach((id, i) => {
    const { url, functionName } = nodes.get(id).callFrame;
    const pkg = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(url)?.[1];
    const key =
      pkg ??
      (url ? url.replace(/^file:\/\/.*?\/dist\//, '').replace(/^node:internal.*/, 'node:internal') : functionName);
    out.set(key, (out.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

const targets = [
  await start('service', join(ROOT, 'dist/service/src/main.js')),
  await start('floor', join(ROOT, 'dist/test/bench/service-floor.js')),
];
try {
  for (const t of targets) for (const p of PATHS) await run(t.port, p, 300); // warm-up
  process.stdout.write(
    `CPU per request, ${N} requests x ${ROUNDS} interleaved rounds, one kept-alive connection, node ${flags.join(' ')}\n`,
  );
  for (const path of PATHS) {
    const figures = { service: [], floor: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < targets.length; i++) {
        const t = targets[(i + r) % targets.length];
        const before = cpuMs(t.child.pid);
        const lat = await run(t.port, path, N);
        figures[t.name].push({
          cpu: (cpuMs(t.child.pid) - before) / N,
          p50: lat[Math.floor(N / 2)],
          p99: lat[Math.floor(N * 0.99)],
        });
      }
    }
    const avg = (xs, k) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
    const s = figures.service;
    const f = figures.floor;
    process.stdout.write(
      `${path}\n  CPU ms/req service ${avg(s, 'cpu').toFixed(3)} floor ${avg(f, 'cpu').toFixed(3)} ratio ${(avg(s, 'cpu') / avg(f, 'cpu')).toFixed(2)}x` +
        `  (rounds: service ${s.map((x) => x.cpu.toFixed(2)).join(' ')}; floor ${f.map((x) => x.cpu.toFixed(2)).join(' ')})\n` +
        `  p50 ms ${avg(s, 'p50').toFixed(2)} / ${avg(f, 'p50').toFixed(2)}, p99 ms ${avg(s, 'p99').toFixed(2)} / ${avg(f, 'p99').toFixed(2)} (service / floor)\n`,
    );
  }
} finally {
  for (const t of targets) {
    t.child.kill('SIGTERM');
    if (t.child.exitCode === null) await new Promise((r) => t.child.once('exit', r));
  }
  db.child.kill('SIGTERM');
}
if (PROF) {
  const [s, f] = targets.map((t) => byModule(t.dir));
  process.stdout.write('\nself time by package/module, ms (service, floor, difference), largest differences first:\n');
  const keys = [...new Set([...s.keys(), ...f.keys()])].filter((k) => k !== '(idle)');
  keys.sort((a, b) => Math.abs((s.get(b) ?? 0) - (f.get(b) ?? 0)) - Math.abs((s.get(a) ?? 0) - (f.get(a) ?? 0)));
  for (const k of keys.slice(0, 25)) {
    const a = s.get(k) ?? 0;
    const b = f.get(k) ?? 0;
    process.stdout.write(
      `  ${a.toFixed(0).padStart(6)} ${b.toFixed(0).padStart(6)} ${(a - b).toFixed(0).padStart(6)}  ${k}\n`,
    );
  }
}
rmSync(work, { recursive: true, force: true });
