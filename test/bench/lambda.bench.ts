// Lambda mode, part of `npm run bench`: the service function's packaged zip (built as `mysfits
// package` builds it) against dynalite on loopback, as ratios against the container measured the
// same way in the same run:
//   - cold start: a fresh process loads the handler from the unpacked zip and answers one proxy
//     event (GET /mysfits), against a fresh container process (the service bundle, started with
//     the Dockerfile's command) starting to listen and answering the same request. Time from the
//     process start, median of RUNS; target at most 300 ms for the function;
//   - warm: proxy events a second through one instance's handler, one at a time as Lambda sends
//     them, in process, against the container answering one kept-alive connection; list cache
//     off (LIST_CACHE_MS=0), so every answer reads the table;
//   - the zip's size, target at most 1.5 MB.
// Node's own start (node -e 0) is measured too, and shown apart. Results in test-results/bench-lambda.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSeededDynalite } from '../support/dynalite.js';
import { packagedFunction, proxyEvent } from '../support/lambda.js';
import { coldStart, loadHandler, warmEvents } from '../support/lambda-timing.js';
import { freePort } from '../support/moto.js';
import { ROOT } from '../helpers.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARM_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TABLE = 'MysfitsTable';
const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const db = await startSeededDynalite(TABLE);
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

const coldFunction = (): Promise<number> => coldStart(fn.dir, env, event);

/** A fresh container process: ms from spawn until it answered GET /mysfits. */
async function coldContainer(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER], {
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  });
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

function nodeStart(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
}

process.stdout.write(
  `Lambda mode (node ${process.version}): the service function's zip, ${(fn.zipBytes / 1024).toFixed(0)} KB\n`,
);
await coldFunction();
await coldContainer(); // warm the file cache
const nodeMs = median(Array.from({ length: RUNS }, nodeStart));
const functionCold: number[] = [];
const containerCold: number[] = [];
for (let i = 0; i < RUNS; i++) {
  functionCold.push(await coldFunction());
  containerCold.push(await coldContainer());
}
const cold = { function: median(functionCold), container: median(containerCold), node: nodeMs };

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

const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
process.stdout.write(
  [
    '',
    `cold start (median of ${RUNS}; from process start to the first answer of GET /mysfits):`,
    `  function: load the zip's handler, answer one proxy event  ${cold.function.toFixed(0).padStart(5)} ms  ${x(cold.function, 300)} the 300 ms target; ${x(cold.function, cold.container)} the container`,
    `  container: start the service, answer one request         ${cold.container.toFixed(0).padStart(5)} ms`,
    `  (node -e 0 alone: ${cold.node.toFixed(0)} ms, in both)`,
    `warm (${WARM_SECONDS} s each, one at a time, list cache off):`,
    `  function: proxy events through the handler, in process   ${warmFunction.toFixed(0).padStart(5)} /s  ${x(warmFunction, warmContainerRps)} the container`,
    `  container: one kept-alive connection                      ${warmContainerRps.toFixed(0).padStart(5)} /s`,
    `zip: ${(fn.zipBytes / 1024).toFixed(0)} KB, ${x(fn.zipBytes, 1.5 * 1024 * 1024)} the 1.5 MB target`,
    '',
  ].join('\n'),
);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench-lambda.json'),
  JSON.stringify(
    {
      node: process.version,
      runs: RUNS,
      cold,
      warm: { function: warmFunction, container: warmContainerRps },
      zipBytes: fn.zipBytes,
    },
    null,
    2,
  ) + '\n',
);
fn.remove();
await db.close();
process.exit(0);
