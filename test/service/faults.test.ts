// The service under database faults, through a TCP proxy between it and dynalite
// (support/fault-proxy.ts): a table that accepts connections and never answers, answers lost
// after the write happened, a burst on a healthy table. The service runs with the clients it
// ships with (service/src/clients.ts: its timeouts, retries and connection pool), so what is
// tested is what runs in a task or the Lambda function.
import { strict as assert } from 'node:assert';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CALL_DEADLINE_MS, MAX_PENDING_TABLE_CALLS, REQUEST_DEADLINE_MS } from '../../service/src/call-limits.js';
import { TABLE_BUSY_MESSAGE } from '../../service/src/mysfits/store.js';
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

/** The answer of a stalled table must come within this (the issue's target). */
const ANSWER_WITHIN_MS = 10_000;
/**
 * What a late answer may add to the request deadline here: the deadline is a timer, so this is the
 * event loop's lag on a loaded machine plus the answer's way back, never a table call (each is
 * 2 s or more in the slow-table tests, so a second call after the deadline would exceed it).
 */
const DEADLINE_MARGIN_MS = 2000;

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
    proxy.delayOf = undefined;
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
  const timed = async (
    method: string,
    path: string,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<{ reply: Reply; ms: number }> => {
    const started = Date.now();
    const reply = await Promise.race([
      call(svc.url, method, path, { token, ...(headers ? { headers } : {}) }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${method} ${path}: no answer in 20 s`)), 20_000),
      ),
    ]);
    return { reply, ms: Date.now() - started };
  };

  it(`a table that never answers: every request is answered 503 with Retry-After within ${ANSWER_WITHIN_MS / 1000} s`, async () => {
    assert.ok(CALL_DEADLINE_MS < ANSWER_WITHIN_MS, `one call may take ${CALL_DEADLINE_MS} ms`);
    assert.ok(REQUEST_DEADLINE_MS < ANSWER_WITHIN_MS, `a request may take ${REQUEST_DEADLINE_MS} ms`);
    proxy.mode = 'stall';
    const [a, b] = [CATALOGUE[0].MysfitId, CATALOGUE[1].MysfitId];
    const answers = await Promise.all([
      timed('GET', `/mysfits/${a}`),
      timed('GET', `/mysfits/${b}`),
      timed('GET', '/mysfits'),
      timed('POST', `/mysfits/${a}/like`, users[0].idToken),
      timed('POST', `/mysfits/${b}/adopt`, users[1].idToken),
    ]);
    for (const [i, { reply, ms }] of answers.entries()) {
      assert.equal(reply.status, 503, JSON.stringify(reply.body));
      // The reads wrote nothing; the like and the adoption were sent, so their outcome is unknown.
      assert.equal(reply.body.error, i < 3 ? 'unavailable' : 'outcome_unknown');
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
    // Refused before anything was sent (by its message, not by how fast it came: the machine's
    // load must not decide this test); the rest waited for their call's deadline.
    const refused = answers.filter((a) => a.reply.status === 503 && a.reply.body.message === TABLE_BUSY_MESSAGE);
    assert.ok(
      refused.length >= 100,
      `${refused.length} of ${n} refused before a call was sent; statuses ${answers
        .map((a) => `${a.reply.status} ${a.reply.body.error}`)
        .filter((v, i, all) => all.indexOf(v) === i)
        .join(', ')}`,
    );
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
        // The write was sent: its outcome is unknown, and the answer says to retry with this id.
        assert.equal(`${reply.status} ${String(reply.body.error)}`, '503 outcome_unknown', JSON.stringify(reply.body));
        assert.ok(reply.headers.get('retry-after'), 'Retry-After');
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

  it('every answer lost after the write: like and adopt answer 503 outcome_unknown; the retry with the same X-Request-Id counts once', async () => {
    const [likeId, adoptId] = [CATALOGUE[6].MysfitId, CATALOGUE[7].MysfitId];
    const before = await likesOf(likeId);
    const headers = { 'x-request-id': `lost-like-${Date.now()}` };
    proxy.mode = 'lose';
    proxy.loseRate = 1; // every attempt of the SDK reaches the table, and no answer comes back
    const lostBefore = proxy.lost;
    const like = await call(svc.url, 'POST', `/mysfits/${likeId}/like`, { token: users[0].idToken, headers });
    const adopt = await call(svc.url, 'POST', `/mysfits/${adoptId}/adopt`, { token: users[1].idToken });
    proxy.mode = 'pass';
    assert.ok(proxy.lost - lostBefore >= 2, `${proxy.lost - lostBefore} answers lost`);
    for (const reply of [like, adopt]) {
      assert.equal(`${reply.status} ${String(reply.body.error)}`, '503 outcome_unknown', JSON.stringify(reply.body));
      assert.match(String(reply.body.message), /same X-Request-Id/);
      assert.ok(Number(reply.headers.get('retry-after')) >= 1, 'Retry-After');
    }
    // The like was written (the SDK's own retries carried the same token): counted once so far.
    assert.equal(await likesOf(likeId), before + 1, 'the lost like counted once');
    // The client's retries with the same id: 200 with the count, and still counted once.
    for (let i = 0; i < 3; i++) {
      const again = await call(svc.url, 'POST', `/mysfits/${likeId}/like`, { token: users[0].idToken, headers });
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.equal(again.body.likes, before + 1);
    }
    assert.equal(await likesOf(likeId), before + 1, 'retries with the same X-Request-Id never count again');
    // Another user's like with the same X-Request-Id is their own like.
    const other = await call(svc.url, 'POST', `/mysfits/${likeId}/like`, { token: users[1].idToken, headers });
    assert.equal(other.body.likes, before + 2);
    // The adopter's retry: theirs; anyone else: 409.
    assert.equal((await call(svc.url, 'POST', `/mysfits/${adoptId}/adopt`, { token: users[1].idToken })).status, 200);
    const late = await call(svc.url, 'POST', `/mysfits/${adoptId}/adopt`, { token: users[2].idToken });
    assert.equal(`${late.status} ${String(late.body.error)}`, '409 already_adopted');
  });

  it(`a slow table (each call delayed): a like is answered within the request deadline (${REQUEST_DEADLINE_MS / 1000} s), not per call`, async () => {
    const id = CATALOGUE[8].MysfitId;
    const before = await likesOf(id);
    // The write's first attempt times out (5 s > the SDK's 2.5 s), its second lands in 2.4 s;
    // every read after takes 5 s. Per call, the like would take ~5 s for the write plus up to
    // CALL_DEADLINE_MS for its read; per request, it is answered at the deadline.
    proxy.mode = 'delay';
    const first = proxy.requests;
    proxy.delayOf = (n) => (n - first === 1 ? 2400 : 5000);
    const requestId = `slow-like-${Date.now()}`;
    const started = Date.now();
    const reply = await call(svc.url, 'POST', `/mysfits/${id}/like`, {
      token: users[3].idToken,
      headers: { 'x-request-id': requestId },
    });
    const ms = Date.now() - started;
    proxy.mode = 'pass';
    assert.equal(`${reply.status} ${String(reply.body.error)}`, '503 outcome_unknown', JSON.stringify(reply.body));
    assert.ok(ms >= REQUEST_DEADLINE_MS - 100, `answered after ${ms} ms: before the deadline?`);
    assert.ok(ms <= REQUEST_DEADLINE_MS + DEADLINE_MARGIN_MS, `answered after ${ms} ms`);
    // It was counted; the retry with its id says so without counting again.
    const again = await call(svc.url, 'POST', `/mysfits/${id}/like`, {
      token: users[3].idToken,
      headers: { 'x-request-id': requestId },
    });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(await likesOf(id), before + 1);
  });

  it('a table slowed by 2-5 s per call: every request answered (200 or 503) by the deadline; retries with the same ids never double count', async () => {
    const id = CATALOGUE[9].MysfitId;
    const before = await likesOf(id);
    proxy.mode = 'delay';
    // Spread over 2-5 s by a fixed sequence (no luck): calls under the SDK's 2.5 s attempt
    // timeout succeed, the others time out and are retried.
    const delays = [2100, 4800, 3300, 2300, 5000, 2700, 4100, 2000];
    proxy.delayOf = (n) => delays[n % delays.length]!;
    const ids = Array.from({ length: 8 }, (_, i) => `slow-${Date.now()}-${i}`);
    const likes = ids.map((requestId, i) =>
      timed('POST', `/mysfits/${id}/like`, users[i % users.length].idToken, { 'x-request-id': requestId }),
    );
    const reads = [
      timed('GET', `/mysfits/${id}`),
      timed('GET', '/mysfits'),
      timed('POST', `/mysfits/${CATALOGUE[10].MysfitId}/adopt`, users[0].idToken),
    ];
    const answers = await Promise.all([...likes, ...reads]);
    proxy.mode = 'pass';
    const summary = answers.map((a) => `${a.reply.status}/${a.ms}`).join(' ');
    for (const [i, { reply, ms }] of answers.entries()) {
      assert.ok(ms <= REQUEST_DEADLINE_MS + DEADLINE_MARGIN_MS, `answered after ${ms} ms: ${summary}`);
      if (reply.status === 200) continue;
      const expected = i < likes.length || i === answers.length - 1 ? 'outcome_unknown' : 'unavailable';
      assert.equal(`${reply.status} ${String(reply.body.error)}`, `503 ${expected}`, JSON.stringify(reply.body));
    }
    // The table back: every like retried with its own id until 200, as a client should (a write
    // of the slow phase may still be on its way, so a retry can meet outcome_unknown again: it
    // waits Retry-After and asks again); each counted exactly once.
    for (const [i, requestId] of ids.entries()) {
      let reply;
      for (let attempt = 1; ; attempt++) {
        reply = await call(svc.url, 'POST', `/mysfits/${id}/like`, {
          token: users[i % users.length].idToken,
          headers: { 'x-request-id': requestId },
        });
        if (reply.status !== 503 || reply.body.error !== 'outcome_unknown' || attempt === 10) break;
        await new Promise((r) => setTimeout(r, Number(reply!.headers.get('retry-after') ?? 1) * 1000));
      }
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
    }
    assert.equal(await likesOf(id), before + ids.length, summary);
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
    // A refusal may only be the call deadline running out on a busy machine: a 503 to retry with
    // the same id (the like was sent), logged with the table's TimeoutError, never the service's
    // own pending-call limit.
    for (const r of refused)
      assert.equal(`${r.status} ${String(r.body.error)}`, '503 outcome_unknown', JSON.stringify(r.body));
    const causes = svc.logs
      .slice(logged)
      .filter((l) => l.msg === 'outcome_unknown')
      .map((l) => (l.err as { name?: string; message?: string } | undefined) ?? {});
    assert.equal(causes.length, refused.length, 'each refusal is logged with its cause');
    for (const cause of causes) assert.equal(cause.name, 'TimeoutError', JSON.stringify(cause));
    // Each answer of 200 counted once; a like that timed out may still have been written, never twice.
    const rise = (await likesOf(id)) - before;
    assert.ok(rise >= accepted && rise <= 500, `likes rose by ${rise} for ${accepted} accepted of 500`);
    if (refused.length === 0) assert.equal(rise, 500);
  });
});
