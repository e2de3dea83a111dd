// npm run bench:faults: the service as it ships (the bundle, its own process) against the local
// DynamoDB (its own process) through a fault proxy (test/support/fault-proxy.ts), printing each
// figure as a ratio against its target (below 1x meets a "within"/"under" target):
//   stall     DynamoDB accepts connections and never answers for STALL_SECONDS: every request
//             (profiles, the list, likes; 20 clients) answered within 10 s, as 503 + Retry-After;
//   recovery  profiles answered 200 within 5 s of DynamoDB's return;
//   slow      every DynamoDB call slowed by 2-5 s for SLOW_SECONDS (20 clients: profiles, the list,
//             likes): every answer within the request deadline (REQUEST_DEADLINE_MS) + 2 s, the
//             likes refused as 503 outcome_unknown, and once the table is back, each refused like
//             likeIdCount with its own X-Request-Id: likes rise by exactly the number of like ids;
//   memory    60 s of stall with 200 clients that give up after 1 s and retry: RSS under 150 MB,
//             and the service still alive;
//   lost      30% of DynamoDB's answers dropped after the write: likes rise by exactly the
//             number of likes answered 200 (clients retry a 503 with the same X-Request-Id);
//   burst     500 simultaneous likes on a healthy DynamoDB: 0 refused.
// Results also go to test-results/bench-faults.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { REQUEST_DEADLINE_MS } from '../../service/src/call-limits.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ROOT } from '../helpers.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { runtimeCommand, runtimeEnvironment } from '../support/dockerfile.js';
import { startSeededDynamoDBProcess, waitForServer } from '../support/local-processes.js';
import { memoryKiB } from './proc-stats.js';
import { stopChildrenOnSignal } from './same-run.js';
import { freePort } from '../support/moto.js';

const STALL_SECONDS = Number(process.env.BENCH_STALL_SECONDS ?? 20);
const SLOW_SECONDS = Number(process.env.BENCH_SLOW_SECONDS ?? 20);
/** What a late answer may add to the request deadline (the timer's lag on a loaded machine). */
const DEADLINE_MARGIN_MS = 2000;
const MEMORY_SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 60);
const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');
const TABLE = 'MysfitsTable';
const POOL = 'us-east-1_BenchPool';
const CLIENT = 'benchclient';
const TARGETS = { answerMs: 10_000, recoveryMs: 5_000, rssMiB: 150_000_000 / 2 ** 20, refused: 0 };

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const JWKS = JSON.stringify({
  keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' }],
});

/** An id token the service accepts (signed by the key it was given as COGNITO_JWKS). */
function idToken(sub: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const input = `${part({ kid: 'bench', alg: 'RS256' })}.${part({
    sub,
    aud: CLIENT,
    iss: `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`,
    token_use: 'id',
    email: `${sub}@example.com`,
    iat: now,
    exp: now + 3600,
  })}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`;
}

/** The process's resident set now, in MiB; NaN off Linux. */
const rssMiB = (pid: number): number => (memoryKiB(pid, 'VmRSS') ?? Number.NaN) / 1024;

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly retryAfter: boolean;
  /** The error code of an error answer. */
  readonly code?: string;
}

async function ask(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let code: string | undefined;
    if (res.status >= 400) {
      try {
        code = (JSON.parse(text) as { error?: string }).error;
      } catch {
        // not the service's JSON
      }
    }
    return { status: res.status, ms: performance.now() - started, retryAfter: res.headers.has('retry-after'), code };
  } catch {
    return { status: 0, ms: performance.now() - started, retryAfter: false };
  }
}

/** `200 x12, 503 outcome_unknown x3`: how many answers of each status and code. */
function codesOf(answers: readonly Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.code ? `${a.status} ${a.code}` : String(a.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} x${n}`).join(', ');
}

const children: ChildProcess[] = [];
stopChildrenOnSignal(children);
const results: Record<string, unknown> = {};
const ratio = (value: number, target: number) => `${(value / target).toFixed(2)}x`;
const line = (s: string) => process.stdout.write(`${s}\n`);
try {
  const { child: db, endpoint: dbEndpoint, client } = await startSeededDynamoDBProcess(TABLE);
  children.push(db);
  const proxy = await startFaultProxy(dbEndpoint);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The container's own command and ENV (service/Dockerfile: its heap limits, NODE_ENV), with the
  // bundle here, listening on loopback.
  const nodeFlags = runtimeCommand().slice(1, -1);
  const service = spawn(process.execPath, [...nodeFlags, SERVER], {
    env: {
      ...runtimeEnvironment(),
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      TABLE_NAME: TABLE,
      AWS_REGION: 'us-east-1',
      DYNAMODB_ENDPOINT: proxy.endpoint,
      COGNITO_USER_POOL_ID: POOL,
      COGNITO_CLIENT_ID: CLIENT,
      COGNITO_JWKS: JWKS,
      LIST_CACHE_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(service);
  await waitForServer(`${base}/`, service, 'service');
  line(
    `\`node ${[...nodeFlags, 'server.mjs'].join(' ')}\` and the local DynamoDB as separate processes, a fault proxy between (node ${process.version}):`,
  );
  const tokens = Array.from({ length: 20 }, (_, i) => idToken(`0000000${i}-0000-4000-8000-000000000000`.slice(-36)));
  const likes = async (id: string) =>
    Number(
      (await client.send(new GetItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } }, ConsistentRead: true })))
        .Item?.Likes?.N ?? 0,
    );

  // 1. stall: 20 clients asking in a loop while DynamoDB never answers.
  proxy.mode = 'stall';
  const stallEnd = Date.now() + STALL_SECONDS * 1000;
  const stallAnswers: Answer[] = [];
  await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const m = CATALOGUE[i % CATALOGUE.length];
      while (Date.now() < stallEnd) {
        const path = [`/mysfits/${m.MysfitId}`, '/mysfits', `/mysfits/${m.MysfitId}/like`][i % 3];
        const init: RequestInit =
          i % 3 === 2 ? { method: 'POST', headers: { authorization: tokens[i] } } : { method: 'GET' };
        stallAnswers.push(await ask(`${base}${path}`, init));
      }
    }),
  );
  const slowest = Math.max(...stallAnswers.map((a) => a.ms));
  const not503 = stallAnswers.filter((a) => a.status !== 503 || !a.retryAfter).length;
  const stallCodes = codesOf(stallAnswers);
  line(
    `  stall ${STALL_SECONDS} s: ${stallAnswers.length} requests, slowest answer ${(slowest / 1000).toFixed(1)} s ` +
      `(${ratio(slowest, TARGETS.answerMs)} the 10 s target), ${not503} not 503 with Retry-After (${stallCodes})`,
  );
  results.stall = { requests: stallAnswers.length, slowestMs: Math.round(slowest), not503, codes: stallCodes };

  // 2. recovery: how long after DynamoDB's return a profile is 200 again.
  proxy.mode = 'pass';
  const back = performance.now();
  let recovery = NaN;
  while (performance.now() - back < 60_000) {
    const a = await ask(`${base}/mysfits/${CATALOGUE[7].MysfitId}`);
    if (a.status === 200) {
      recovery = performance.now() - back;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  line(
    `  recovery: profiles 200 again ${(recovery / 1000).toFixed(2)} s after the table came back (${ratio(recovery, TARGETS.recoveryMs)} the 5 s target)`,
  );
  results.recoveryMs = Math.round(recovery);

  // 2b. slow: every call 2-5 s; 20 clients; each like with its own id, likeIdCount once the table is back.
  const slowId = CATALOGUE[3].MysfitId;
  const slowBefore = await likes(slowId);
  proxy.delayOf = () => 2000 + Math.random() * 3000;
  proxy.mode = 'delay';
  const slowEnd = Date.now() + SLOW_SECONDS * 1000;
  const slowAnswers: Answer[] = [];
  const likeIds: { requestId: string; token: string; done: boolean }[] = [];
  await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      for (let n = 0; Date.now() < slowEnd; n++) {
        if (i % 3 === 2) {
          const like = { requestId: `slow-${i}-${n}-${Date.now()}`, token: tokens[i]!, done: false };
          likeIds.push(like);
          const a = await ask(`${base}/mysfits/${slowId}/like`, {
            method: 'POST',
            headers: { authorization: like.token, 'x-request-id': like.requestId },
          });
          like.done = a.status === 200;
          slowAnswers.push(a);
        } else {
          const path = i % 3 === 0 ? `/mysfits/${CATALOGUE[i % CATALOGUE.length].MysfitId}` : '/mysfits';
          slowAnswers.push(await ask(`${base}${path}`));
        }
      }
    }),
  );
  proxy.mode = 'pass';
  proxy.delayOf = undefined;
  await new Promise((r) => setTimeout(r, 6000)); // the calls still under way land
  for (const like of likeIds.filter((l) => !l.done)) {
    for (let attempt = 0; attempt < 10 && !like.done; attempt++) {
      const a = await ask(`${base}/mysfits/${slowId}/like`, {
        method: 'POST',
        headers: { authorization: like.token, 'x-request-id': like.requestId },
      });
      like.done = a.status === 200;
    }
  }
  const slowRise = (await likes(slowId)) - slowBefore;
  const slowSlowest = Math.max(...slowAnswers.map((a) => a.ms));
  const late = slowAnswers.filter((a) => a.ms > REQUEST_DEADLINE_MS + DEADLINE_MARGIN_MS).length;
  const slowCodes = codesOf(slowAnswers);
  const likeIdCount = likeIds.length;
  line(
    `  slow (every call +2-5 s, ${SLOW_SECONDS} s): ${slowAnswers.length} requests (${slowCodes}), slowest ${(slowSlowest / 1000).toFixed(1)} s ` +
      `(${ratio(slowSlowest, REQUEST_DEADLINE_MS + DEADLINE_MARGIN_MS)} the ${REQUEST_DEADLINE_MS / 1000} s deadline + ${DEADLINE_MARGIN_MS / 1000} s), ${late} later; ` +
      `${likeIdCount} like ids, likes rose by ${slowRise} after retries with the same ids (${slowRise === likeIdCount ? 'exactly' : 'NOT'} once each)`,
  );
  results.slow = {
    requests: slowAnswers.length,
    codes: slowCodes,
    slowestMs: Math.round(slowSlowest),
    late,
    likeIds: likeIdCount,
    rise: slowRise,
  };

  // 3. memory: 200 clients that give up after 1 s and ask again, through a long stall.
  proxy.mode = 'stall';
  const memoryEnd = Date.now() + MEMORY_SECONDS * 1000;
  let peak = rssMiB(service.pid!);
  const sampler = setInterval(() => {
    if (service.exitCode === null) peak = Math.max(peak, rssMiB(service.pid!));
  }, 250);
  let sent = 0;
  await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      while (Date.now() < memoryEnd && service.exitCode === null) {
        sent++;
        await ask(`${base}/mysfits/${CATALOGUE[i % CATALOGUE.length].MysfitId}`, {}, 1000);
      }
    }),
  );
  clearInterval(sampler);
  proxy.mode = 'pass';
  const alive = service.exitCode === null;
  line(
    `  memory: ${MEMORY_SECONDS} s of stall, 200 clients giving up after 1 s (${sent} requests): peak RSS ${peak.toFixed(0)} MiB ` +
      `(${ratio(peak, TARGETS.rssMiB)} the 150 MB target), service ${alive ? 'alive' : `DEAD (exit ${service.exitCode})`}`,
  );
  results.memory = { seconds: MEMORY_SECONDS, requests: sent, peakRssMiB: Math.round(peak), alive };
  await new Promise((r) => setTimeout(r, 3000)); // let the last stalled calls time out

  // 4. lost answers: 30% of DynamoDB's answers dropped after the write.
  const lostId = CATALOGUE[2].MysfitId;
  const before = await likes(lostId);
  proxy.mode = 'lose';
  proxy.loseRate = 0.3;
  let ok = 0;
  let clientRetries = 0;
  await Promise.all(
    Array.from({ length: 10 }, async (_, c) => {
      for (let n = 0; n < 20; n++) {
        const requestId = `bench-${c}-${n}-${Date.now()}`;
        for (let attempt = 0; attempt < 20; attempt++) {
          const a = await ask(`${base}/mysfits/${lostId}/like`, {
            method: 'POST',
            headers: { authorization: tokens[c], 'x-request-id': requestId },
          });
          if (a.status === 200) {
            ok++;
            break;
          }
          clientRetries++;
        }
      }
    }),
  );
  proxy.mode = 'pass';
  const rise = (await likes(lostId)) - before;
  line(
    `  lost answers (30%, ${proxy.lost} dropped): ${ok} likes answered 200, likes rose by ${rise} ` +
      `(${rise === ok ? 'exactly' : 'NOT'} once each; ${clientRetries} client retries of a 503)`,
  );
  results.lost = { answered200: ok, rise, droppedAnswers: proxy.lost, clientRetries };

  // 5. burst: 500 likes at once on a healthy table.
  const burstId = CATALOGUE[4].MysfitId;
  const burstBefore = await likes(burstId);
  const burst = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      ask(`${base}/mysfits/${burstId}/like`, { method: 'POST', headers: { authorization: tokens[i % 20] } }),
    ),
  );
  const refused = burst.filter((a) => a.status !== 200).length;
  const sorted = burst.map((a) => a.ms).sort((a, b) => a - b);
  const burstRise = (await likes(burstId)) - burstBefore;
  line(
    `  burst: 500 simultaneous likes, ${refused} refused (target 0), p50 ${sorted[250]!.toFixed(0)} ms, ` +
      `p99 ${sorted[494]!.toFixed(0)} ms, likes rose by ${burstRise} (${codesOf(burst)})`,
  );
  results.burst = { refused, p50Ms: Math.round(sorted[250]!), p99Ms: Math.round(sorted[494]!), rise: burstRise };
  line(`  machine load average (1 min) ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);

  const verdicts = [
    `stall: ${slowest < TARGETS.answerMs && not503 === 0 ? 'meets' : 'MISSES'} every answer within 10 s as 503 + Retry-After`,
    `recovery: ${recovery < TARGETS.recoveryMs ? 'meets' : 'MISSES'} 5 s`,
    `slow: ${late === 0 && slowRise === likeIdCount ? 'meets' : 'MISSES'} every answer by the deadline, each like counted once`,
    `memory: ${alive && peak < TARGETS.rssMiB ? 'meets' : 'MISSES'} RSS under 150 MB, alive`,
    `lost answers: ${rise === ok ? 'meets' : 'MISSES'} likes rise by the number of 200s`,
    `burst: ${refused === 0 && burstRise === 500 ? 'meets' : 'MISSES'} 0 refused, every like counted`,
  ];
  line(`\n${verdicts.map((v) => `  ${v}`).join('\n')}`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-faults.json'),
    JSON.stringify({ node: process.version, results, verdicts }, null, 2) + '\n',
  );
  client.destroy();
  await proxy.close();
} finally {
  for (const c of children) c.kill('SIGTERM');
}
