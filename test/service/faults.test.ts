// The service under database faults, through a TCP proxy between it and dynalite
// (support/fault-proxy.ts): a table that accepts connections and never answers, answers lost
// after the write happened, a burst on a healthy table. The service runs with the clients it
// ships with (service/src/clients.ts: its timeouts, retries and connection pool), so what is
// tested is what runs in a task or the Lambda function.
import { strict as assert } from 'node:assert';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CALL_DEADLINE_MS, MAX_PENDING_TABLE_CALLS } from '../../service/src/call-limits.js';
import { serviceClients } from '../../service/src/clients.js';
import { DEFAULT_HOST } from '../../service/src/settings.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import {
  call,
  signedInUser,
  startBackends,
  startService,
  TABLE,
  type Backends,
  type Reply,
  type RunningService,
  type Tokens,
} from '../support/service.js';

/** The answer of a stalled table must come within this (the target). */
const ANSWER_WITHIN_MS = 10_000;

describe('service: database faults (a proxy that stalls, loses answers; the shipped clients)', function () {
  this.timeout(120_000);
  let backends: Backends;
  let proxy: FaultProxy;
  let svc: RunningService;
  let users: Tokens[];
  let destroy: () => void;

  before(async () => {
    backends = await startBackends();
    proxy = await startFaultProxy(backends.db.endpoint);
    const clients = serviceClients({
      port: 0,
      host: DEFAULT_HOST,
      tableName: TABLE,
      region: 'us-east-1',
      dynamodbEndpoint: proxy.endpoint,
      userPoolId: backends.pool.poolId,
      clientId: backends.pool.clientId,
      corsOrigins: [],
      listCacheMs: 0,
      shutdownTimeoutMs: 1000,
    });
    destroy = () => clients.dynamodb.destroy();
    svc = await startService(backends, { dynamodb: clients.dynamodb, listCacheMs: 0 });
    users = [];
    for (let i = 0; i < 4; i++)
      users.push(await signedInUser(backends.cognito, backends.pool, `fault${i}@example.com`));
  });
  afterEach(() => {
    proxy.mode = 'pass';
  });
  after(async () => {
    await svc?.close();
    destroy?.();
    await proxy?.close();
    await backends?.close();
  });

  const likesOf = async (id: string): Promise<number> =>
    Number(
      (
        await backends.db.client.send(
          new GetItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } }, ConsistentRead: true }),
        )
      ).Item?.Likes?.N ?? 0,
    );

  /** A call that gives up (and fails the test) rather than hang for ever. */
  const timed = async (method: string, path: string, token?: string): Promise<{ reply: Reply; ms: number }> => {
    const started = Date.now();
    const reply = await Promise.race([
      call(svc.url, method, path, { token }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${method} ${path}: no answer in 20 s`)), 20_000),
      ),
    ]);
    return { reply, ms: Date.now() - started };
  };

  it(`a table that never answers: every request is answered 503 with Retry-After within ${ANSWER_WITHIN_MS / 1000} s`, async () => {
    assert.ok(CALL_DEADLINE_MS < ANSWER_WITHIN_MS, `one call may take ${CALL_DEADLINE_MS} ms`);
    proxy.mode = 'stall';
    const [a, b] = [CATALOGUE[0].MysfitId, CATALOGUE[1].MysfitId];
    const answers = await Promise.all([
      timed('GET', `/mysfits/${a}`),
      timed('GET', `/mysfits/${b}`),
      timed('GET', '/mysfits'),
      timed('POST', `/mysfits/${a}/like`, users[0].idToken),
      timed('POST', `/mysfits/${b}/adopt`, users[1].idToken),
    ]);
    for (const { reply, ms } of answers) {
      assert.equal(reply.status, 503, JSON.stringify(reply.body));
      assert.equal(reply.body.error, 'unavailable');
      assert.ok(reply.headers.get('retry-after'), 'Retry-After');
      assert.ok(ms < ANSWER_WITHIN_MS, `answered after ${ms} ms: ${answers.map((x) => x.ms).join(', ')}`);
    }
  });

  it(`during a hang, table work beyond ${MAX_PENDING_TABLE_CALLS} waiting calls is refused at once (503), not piled up`, async () => {
    proxy.mode = 'stall';
    const n = MAX_PENDING_TABLE_CALLS + 100;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => timed('GET', `/mysfits/${CATALOGUE[i % CATALOGUE.length].MysfitId}`)),
    );
    const quick = answers.filter((a) => a.reply.status === 503 && a.ms < 2000);
    assert.ok(quick.length >= 100, `${quick.length} of ${n} refused at once`);
    assert.ok(answers.every((a) => a.reply.status === 503 && a.reply.headers.get('retry-after')));
  });

  it('profiles are back within 5 s of the table coming back (no read round left hanging)', async () => {
    proxy.mode = 'stall';
    const stuck = Promise.all(CATALOGUE.slice(0, 4).map((m) => timed('GET', `/mysfits/${m.MysfitId}`)));
    await new Promise((r) => setTimeout(r, 1500));
    proxy.mode = 'pass';
    const back = Date.now();
    for (;;) {
      const { reply } = await timed('GET', `/mysfits/${CATALOGUE[5].MysfitId}`);
      if (reply.status === 200) break;
      assert.ok(Date.now() - back < 5000, `still ${reply.status} ${Date.now() - back} ms after the table came back`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(Date.now() - back < 5000, `back after ${Date.now() - back} ms`);
    await stuck;
  });

  it('30% of answers lost after the write: likes rise by exactly the number of likes answered 200', async () => {
    const id = CATALOGUE[2].MysfitId;
    const before = await likesOf(id);
    proxy.mode = 'lose';
    proxy.loseRate = 0.3;
    const lostBefore = proxy.lost;
    let ok = 0;
    let retried = 0;
    // 100 likes, 10 at a time; a client that gets a 503 sends the same request again (same
    // X-Request-Id), as a client retrying should, until it gets its answer.
    const like = async (i: number): Promise<void> => {
      const requestId = `fault-like-${Date.now()}-${i}`;
      for (let attempt = 1; attempt <= 10; attempt++) {
        const reply = await call(svc.url, 'POST', `/mysfits/${id}/like`, {
          token: users[i % users.length].idToken,
          headers: { 'x-request-id': requestId },
        });
        if (reply.status === 200) return void ok++;
        assert.equal(reply.status, 503, JSON.stringify(reply.body));
        retried++;
      }
      assert.fail(`like ${i}: no 200 in 10 attempts`);
    };
    for (let i = 0; i < 100; i += 10) await Promise.all(Array.from({ length: 10 }, (_, j) => like(i + j)));
    proxy.mode = 'pass';
    assert.ok(
      proxy.lost - lostBefore >= 20,
      `only ${proxy.lost - lostBefore} answers were lost: the fault did not bite`,
    );
    assert.equal(ok, 100);
    assert.equal(await likesOf(id), before + ok, `${retried} client retries; ${proxy.lost - lostBefore} answers lost`);
  });

  it('an adopter whose answer was lost gets their 200 on retry; another user still gets 409', async () => {
    const id = CATALOGUE[3].MysfitId;
    proxy.mode = 'lose';
    proxy.loseRate = 1; // the first attempt's answer is lost; the SDK's retry sees the item adopted
    const first = call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: users[2].idToken });
    await new Promise((r) => setTimeout(r, 200));
    proxy.mode = 'pass';
    const reply = await first;
    if (reply.status === 503) {
      // Every attempt lost while the proxy was losing: the user asks again.
      assert.equal((await call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: users[2].idToken })).status, 200);
    } else assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal((await call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: users[2].idToken })).status, 200);
    const other = await call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: users[3].idToken });
    assert.equal(other.status, 409);
    assert.equal(other.body.error, 'already_adopted');
  });

  // Correctness only: how many of a burst a machine answers in time depends on its spare CPU
  // (another process on a core made 10 of 500 miss the call deadline), so throughput is
  // `npm run bench:faults` (its "burst" line: 0 refused, p50, p99), not a pass/fail here.
  it("500 simultaneous likes on a healthy table: none refused by the service's own limits, every accepted like counted once", async () => {
    assert.ok(500 <= MAX_PENDING_TABLE_CALLS, 'the burst fits under the pending-call limit');
    const id = CATALOGUE[4].MysfitId;
    const before = await likesOf(id);
    const logged = svc.logs.length;
    const replies = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        call(svc.url, 'POST', `/mysfits/${id}/like`, { token: users[i % 4].idToken }),
      ),
    );
    const accepted = replies.filter((r) => r.status === 200).length;
    const refused = replies.filter((r) => r.status !== 200);
    // A refusal may only be the call deadline running out on a busy machine: a 503 to retry,
    // logged as the table's TimeoutError, never the service's own pending-call limit.
    for (const r of refused)
      assert.equal(`${r.status} ${String(r.body.error)}`, '503 unavailable', JSON.stringify(r.body));
    const causes = svc.logs
      .slice(logged)
      .filter((l) => l.msg === 'upstream unavailable')
      .map((l) => (l.err as { name?: string; message?: string } | undefined) ?? {});
    assert.equal(causes.length, refused.length, 'each refusal is logged with its cause');
    for (const cause of causes) assert.equal(cause.name, 'TimeoutError', JSON.stringify(cause));
    // Each answer of 200 counted once; a like that timed out may still have been written, never twice.
    const rise = (await likesOf(id)) - before;
    assert.ok(rise >= accepted && rise <= 500, `likes rose by ${rise} for ${accepted} accepted of 500`);
    if (refused.length === 0) assert.equal(rise, 500);
  });
});
