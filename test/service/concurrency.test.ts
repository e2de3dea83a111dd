// Correctness under load, through HTTP, against dynalite (not moto's DynamoDB, which loses
// concurrent ADD increments now and then): every like counted, exactly one adopter wins.
import { strict as assert } from 'node:assert';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { slowProxy } from '../support/dynalite.js';
import { countTableCalls } from '../support/table-calls.js';
import {
  call,
  signedInUser,
  startBackends,
  startService,
  TABLE,
  type Backends,
  type RunningService,
  type Tokens,
} from '../support/service.js';

describe('service: concurrent likes and adoptions (dynalite)', function () {
  this.timeout(120_000);
  let backends: Backends;
  let svc: RunningService;
  let users: Tokens[];

  before(async () => {
    backends = await startBackends();
    svc = await startService(backends);
    users = [];
    for (let i = 0; i < 20; i++)
      users.push(await signedInUser(backends.cognito, backends.pool, `adopter${i}@example.com`));
  });
  after(async () => {
    await svc?.close();
    await backends?.close();
  });

  const stored = async (id: string) =>
    (
      await backends.db.client.send(
        new GetItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } }, ConsistentRead: true }),
      )
    ).Item;

  it('200 simultaneous likes are all counted, each answer a count that includes its own like', async () => {
    const id = CATALOGUE[5].MysfitId;
    const before = Number((await stored(id))?.Likes?.N);
    // Each like as a client sends it: its own X-Request-Id, sent again with it while the answer
    // is 503 outcome_unknown (on a saturated machine a like can outlast the request deadline).
    const like = async (i: number) => {
      const options = { token: users[i % users.length].idToken, headers: { 'x-request-id': `conc-${run}-${i}` } };
      for (let attempt = 1; ; attempt++) {
        const reply = await call(svc.url, 'POST', `/mysfits/${id}/like`, options);
        if (reply.status !== 503 || reply.body.error !== 'outcome_unknown' || attempt === 5) return reply;
        await new Promise((r) => setTimeout(r, 1000 * Number(reply.headers.get('retry-after') ?? 1)));
      }
    };
    const run = Date.now();
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => like(i)));
    const statuses = replies.map((r) => r.status);
    assert.deepEqual([...new Set(statuses)], [200], `statuses: ${statuses.join(',')}`);
    assert.equal(Number((await stored(id))?.Likes?.N), before + 200);
    // Each answer is the count read after its own like (a transaction returns none): at least
    // before+1, at most before+200, and the last answers see every like.
    const counts = replies.map((r) => r.body.likes as number);
    assert.ok(
      counts.every((c) => c > before && c <= before + 200),
      `counts: ${counts.join(',')}`,
    );
    assert.equal(Math.max(...counts), before + 200);
    assert.equal((await call(svc.url, 'GET', `/mysfits/${id}`)).body.likes, before + 200);
  });

  it('20 simultaneous adopters of one mysfit: exactly one 200, nineteen 409', async () => {
    const id = CATALOGUE[6].MysfitId;
    assert.equal((await stored(id))?.Adopted?.BOOL, false);
    const replies = await Promise.all(
      users.map((u) => call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: u.idToken })),
    );
    const won = replies.filter((r) => r.status === 200);
    const lost = replies.filter((r) => r.status === 409);
    assert.equal(won.length, 1, `statuses: ${replies.map((r) => r.status).join(',')}`);
    assert.equal(lost.length, 19);
    for (const r of lost) assert.deepEqual(Object.keys(r.body).sort(), ['error', 'message']);
    assert.equal((await stored(id))?.Adopted?.BOOL, true);
  });

  it('profile reads are shared under load, yet every like shows in the next read of its liker', async () => {
    // Count the table reads the service makes, on a client of its own, through a proxy that
    // makes each take 100 ms more: requests pile up as they would under load.
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const proxy = await slowProxy(backends.db.endpoint, 100);
    const counted = new DynamoDBClient({
      endpoint: proxy.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const calls = countTableCalls(counted);
    const shared = await startService(backends, { dynamodb: counted });
    try {
      const id = CATALOGUE[7].MysfitId;
      const gets = await Promise.all(Array.from({ length: 100 }, () => call(shared.url, 'GET', `/mysfits/${id}`)));
      assert.deepEqual([...new Set(gets.map((r) => r.status))], [200]);
      const reads = calls.get('BatchGetItem') ?? 0;
      assert.ok(reads >= 1 && reads <= 10, `100 simultaneous reads of one mysfit cost ${reads} table reads`);

      // Likers read right after their like, among readers of the same mysfit.
      const liker = async (u: Tokens): Promise<void> => {
        for (let i = 0; i < 5; i++) {
          const liked = await call(shared.url, 'POST', `/mysfits/${id}/like`, { token: u.idToken });
          assert.equal(liked.status, 200);
          const seen = await call(shared.url, 'GET', `/mysfits/${id}`);
          assert.ok(
            seen.body.likes >= liked.body.likes,
            `read ${seen.body.likes} likes after liking to ${liked.body.likes}`,
          );
        }
      };
      const reader = async (): Promise<void> => {
        for (let i = 0; i < 10; i++) assert.equal((await call(shared.url, 'GET', `/mysfits/${id}`)).status, 200);
      };
      await Promise.all([...users.slice(0, 10).map(liker), ...Array.from({ length: 30 }, reader)]);
    } finally {
      await shared.close();
      counted.destroy();
      await proxy.close();
    }
  });

  it('200 simultaneous likes of unknown ids create no item', async () => {
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(svc.url, 'POST', `/mysfits/ghost-${i % 10}/like`, { token: users[0].idToken }),
      ),
    );
    assert.deepEqual([...new Set(replies.map((r) => r.status))], [404]);
    for (let i = 0; i < 10; i++) assert.equal(await stored(`ghost-${i}`), undefined);
  });
});
