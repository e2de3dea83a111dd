// Lambda mode, part of `npm run bench`: the service function's packaged zip (built as `mysfits
// package` builds it) against dynalite on loopback, every figure a ratio to anchors measured in
// the same run, interleaved with it (test/bench/same-run.ts):
//   - cold start: a fresh process loads the handler from the unpacked zip and answers one proxy
//     event (GET /mysfits); apart, a fresh process that only loads the handler module; against
//     `node -e 0` (Node's own start), the floor (test/bench/lambda-floor.ts, bundled as every
//     function is: a bare handler making the same table read through the same SDK client, no
//     Koa, no Cognito) answering the same event, and a fresh container process (the service
//     bundle, started with the Dockerfile's command) starting to listen and answering the same
//     request. Time from the process start, median of RUNS, one sample of each in turn; for the
//     function and the floor also where it went, as the process saw it: Node's own start (to the
//     script's first line), loading the handler module, the first answer;
//   - warm: proxy events a second through one instance's handler, one at a time as Lambda sends
//     them, in process, against the container answering one kept-alive connection; list cache
//     off (LIST_CACHE_MS=0), so every answer reads the table;
//   - the zip's size.
// Results in test-results/bench-lambda.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSeededDynalite } from '../support/dynalite.js';
import { packagedFunction, proxyEvent } from '../support/lambda.js';
import { coldStart, loadHandler, warmEvents, type ColdStart } from '../support/lambda-timing.js';
import { freePort } from '../support/moto.js';
import { ROOT } from '../helpers.js';
import { bundleAsFunction } from '../../generator/package/assets.js';
import { interleaved, machine, machineLine, median, ratio, stopChildrenOnSignal } from './same-run.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Issue 33's target: process start to the first answer from the packaged zip. */
const TARGET_COLD_MS = 200;
const WARM_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TABLE = 'MysfitsTable';
const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');

const db = await startSeededDynalite(TABLE);
// The servers this bench starts, stopped if it is interrupted (its own end kills each in turn).
const servers: ChildProcess[] = [];
stopChildrenOnSignal(servers);
const env = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'us-east-1',
  TABLE_NAME: TABLE,
  DYNAMODB_ENDPOINT: db.endpoint,
  COGNITO_USER_POOL_ID: 'us-east-1_BenchPool',
  COGNITO_CLIENT_ID: 'benchclient',
  LIST_CACHE_MS: '0',
};
const fn = await packagedFunction('service');
const event = proxyEvent('GET', '/mysfits', { accept: ['application/json'] }, '');

// The floor, bundled as the function is, in a folder of its own.
const floorDir = mkdtempSync(join(tmpdir(), 'mysfits-lambda-floor-'));
writeFileSync(join(floorDir, 'index.js'), (await bundleAsFunction(ROOT, 'test/bench/lambda-floor.ts')).code);
const floorBytes = statSync(join(floorDir, 'index.js')).size;

// Where each cold start went, kept for the recorded rounds (interleaved's warm-up round is -1).
const phases: Record<'function' | 'floor', ColdStart[]> = { function: [], floor: [] };
const timed = async (name: 'function' | 'floor', dir: string, round: number): Promise<number> => {
  const cold = await coldStart(dir, env, event);
  if (round >= 0) phases[name].push(cold);
  return cold.ms;
};
const coldFunction = (round: number): Promise<number> => timed('function', fn.dir, round);
const coldFloor = (round: number): Promise<number> => timed('floor', floorDir, round);

/** A fresh container process: ms from spawn until it answered GET /mysfits. */
async function coldContainer(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER], {
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  servers.push(child);
  try {
    for (;;) {
      const status = await new Promise<number>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/mysfits' }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', () => resolve(0));
        req.end();
      });
      if (status === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    child.kill();
  }
}

/** ms from spawning `node args` to its exit (spawn, not spawnSync: the table runs in this process). */
async function wholeProcess(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: fn.dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed: ${stderr}`);
  return performance.now() - started;
}
const nodeStart = (): Promise<number> => wholeProcess(['-e', '0']);
/** Loading the handler module alone (Lambda's init phase), no event. */
const loadOnly = (): Promise<number> => wholeProcess(['-e', `require(${JSON.stringify(join(fn.dir, 'index.js'))})`]);

const m = machine();
process.stdout.write(
  `Lambda mode (${machineLine(m)}): the service function's zip, ${(fn.zipBytes / 1024).toFixed(0)} KB\n`,
);
const samples = await interleaved(RUNS, {
  node: nodeStart,
  load: loadOnly,
  function: coldFunction,
  floor: coldFloor,
  container: coldContainer,
});
const cold = {
  function: median(samples.function),
  load: median(samples.load),
  container: median(samples.container),
  node: median(samples.node),
  floor: median(samples.floor),
};
// Where each went: medians of the recorded rounds.
const where = (name: 'function' | 'floor') => ({
  node: median(phases[name].map((p) => p.nodeMs)),
  load: median(phases[name].map((p) => p.loadMs)),
  answer: median(phases[name].map((p) => p.answerMs)),
});
const split = { function: where('function'), floor: where('floor') };

// Warm: one instance's handler in this process, events one after another. The table runs in
// this process too, so its CPU is not the handler's alone (bench:service measures that apart).
const handler = loadHandler(fn.dir, env);
await warmEvents(handler, event, WARM_SECONDS); // JIT and connections
const warmFunction = (await warmEvents(handler, event, WARM_SECONDS)).perSecond;

const port = await freePort();
const container = spawn(process.execPath, ['--enable-source-maps', SERVER], {
  env: { ...env, PORT: String(port) },
  stdio: 'ignore',
});
servers.push(container);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const get = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/mysfits', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
for (;;) {
  try {
    if ((await get()) === 200) break;
  } catch {
    await new Promise((r) => setTimeout(r, 20));
  }
}
const warmContainer = async (): Promise<number> => {
  let n = 0;
  const end = performance.now() + WARM_SECONDS * 1000;
  while (performance.now() < end) {
    if ((await get()) !== 200) throw new Error('container answered an error');
    n++;
  }
  return n / WARM_SECONDS;
};
await warmContainer();
const warmContainerRps = await warmContainer();
container.kill();
agent.destroy();

const x = ratio;
const ms = (v: number): string => `${v.toFixed(0).padStart(5)} ms`;
process.stdout.write(
  [
    '',
    `cold start (median of ${RUNS} interleaved; from process start to exit / the first answer of GET /mysfits):`,
    `  node -e 0 (anchor)                                        ${ms(cold.node)}`,
    `  function: load the zip's handler module only              ${ms(cold.load)}  ${x(cold.load, cold.node)} node -e 0`,
    `  function: load it and answer one proxy event              ${ms(cold.function)}  ${x(cold.function, cold.node)} node -e 0; ${x(cold.function, cold.floor)} the floor; ${x(cold.function, cold.container)} the container`,
    `  floor: a bare handler, the same table read, same SDK     ${ms(cold.floor)}  ${x(cold.floor, cold.node)} node -e 0`,
    `  container: start the service, answer one request         ${ms(cold.container)}  ${x(cold.container, cold.node)} node -e 0`,
    `where the time went, as each process saw it (medians; the rest is spawning and exiting, as for node -e 0):`,
    `                       Node's start   load handler   first answer`,
    `  function           ${ms(split.function.node)}       ${ms(split.function.load)}       ${ms(split.function.answer)}`,
    `  floor              ${ms(split.floor.node)}       ${ms(split.floor.load)}       ${ms(split.floor.answer)}`,
    `  function - floor   ${ms(split.function.node - split.floor.node)}       ${ms(split.function.load - split.floor.load)}       ${ms(split.function.answer - split.floor.answer)}`,
    `warm (${WARM_SECONDS} s each, one at a time, list cache off):`,
    `  function: proxy events through the handler, in process   ${warmFunction.toFixed(0).padStart(5)} /s  ${x(warmFunction, warmContainerRps)} the container`,
    `  container: one kept-alive connection                      ${warmContainerRps.toFixed(0).padStart(5)} /s`,
    `zip: ${(fn.zipBytes / 1024).toFixed(0)} KB (index.js ${(fn.files['index.js']! / 1024).toFixed(0)} KB; the floor's index.js ${(floorBytes / 1024).toFixed(0)} KB)`,
    `cold start: ${cold.function <= TARGET_COLD_MS ? 'within' : 'OVER'} ${TARGET_COLD_MS} ms (${cold.function.toFixed(0)} ms; the floor ${cold.floor.toFixed(0)} ms, node -e 0 ${cold.node.toFixed(0)} ms, in this run)`,
    '',
  ].join('\n'),
);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench-lambda.json'),
  JSON.stringify(
    {
      machine: m,
      runs: RUNS,
      targetColdMs: TARGET_COLD_MS,
      cold,
      coldPhases: split,
      coldRatios: {
        functionToNode: cold.function / cold.node,
        functionToFloor: cold.function / cold.floor,
        floorToNode: cold.floor / cold.node,
        loadToNode: cold.load / cold.node,
        functionToContainer: cold.function / cold.container,
      },
      warm: { function: warmFunction, container: warmContainerRps },
      zipBytes: fn.zipBytes,
    },
    null,
    2,
  ) + '\n',
);
fn.remove();
rmSync(floorDir, { recursive: true, force: true });
await db.close();
process.exit(0);
