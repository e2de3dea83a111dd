// The service's public routes against dynalite (DynamoDB's wire protocol on loopback): the
// tutorial's JSON shapes, filters through the indexes, and every bad input answered with a 4xx
// in the `{ error, message }` shape, never a 500 and never a write.
import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { DeleteItemCommand, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { call, startBackends, startService, TABLE, type Backends, type RunningService } from '../support/service.js';

const SUMMARY_KEYS = ['adopted', 'goodevil', 'lawchaos', 'mysfitId', 'name', 'species', 'thumbImageUri'];
const PROFILE_KEYS = [...SUMMARY_KEYS, 'age', 'description', 'likes', 'profileImageUri'].sort();

function assertError(reply: { status: number; body: unknown }, status: number, code: string): void {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  const body = reply.body as Record<string, unknown>;
  assert.deepEqual(Object.keys(body).sort(), ['error', 'message'], JSON.stringify(body));
  assert.equal(body.error, code);
  assert.equal(typeof body.message, 'string');
  assert.ok((body.message as string).length > 0);
}

async function itemCount(backends: Backends): Promise<number> {
  return (await backends.db.client.send(new ScanCommand({ TableName: TABLE, Select: 'COUNT' }))).Count ?? -1;
}

/** A raw request, for what fetch will not send (chunked bodies, bodies without a length). */
function rawRequest(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  chunks: Buffer[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('service: public routes (dynalite)', function () {
  this.timeout(60_000);
  let backends: Backends;
  let svc: RunningService;

  before(async () => {
    backends = await startBackends();
    svc = await startService(backends);
  });
  after(async () => {
    await svc?.close();
    await backends?.close();
  });

  it('GET / is a health check that does not touch the database', async () => {
    const stopped = await startService(backends, {
      // A table that does not exist: any database call would fail.
      tableName: 'NoSuchTable',
    });
    try {
      const r = await call(stopped.url, 'GET', '/');
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, { status: 'ok', service: 'mysfits' });
    } finally {
      await stopped.close();
    }
  });

  it('GET / turns 503 while the task drains, and connections close after each answer', async () => {
    const lifecycle = { draining: false };
    const draining = await startService(backends, { lifecycle });
    try {
      assert.equal((await call(draining.url, 'GET', '/')).status, 200);
      lifecycle.draining = true;
      const r = await call(draining.url, 'GET', '/');
      assertError(r, 503, 'shutting_down');
      assert.equal(r.headers.get('connection'), 'close');
    } finally {
      await draining.close();
    }
  });

  it('GET /mysfits lists the catalogue in the tutorial shape, sorted by name', async () => {
    const r = await call(svc.url, 'GET', '/mysfits');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(Object.keys(r.body), ['mysfits']);
    assert.equal(r.body.mysfits.length, CATALOGUE.length);
    for (const m of r.body.mysfits) assert.deepEqual(Object.keys(m).sort(), SUMMARY_KEYS);
    const names = r.body.mysfits.map((m: { name: string }) => m.name);
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.localeCompare(b, 'en')),
    );
    const first = CATALOGUE[0];
    assert.deepEqual(
      r.body.mysfits.find((m: { mysfitId: string }) => m.mysfitId === first.MysfitId),
      {
        mysfitId: first.MysfitId,
        name: first.Name,
        species: first.Species,
        goodevil: first.GoodEvil,
        lawchaos: first.LawChaos,
        thumbImageUri: first.ThumbImageUri,
        adopted: false,
      },
    );
  });

  for (const [filter, values] of [
    ['GoodEvil', ['Good', 'Neutral', 'Evil']],
    ['LawChaos', ['Lawful', 'Neutral', 'Chaotic']],
  ] as const) {
    it(`GET /mysfits?filter=${filter}&value=... returns exactly the matching mysfits`, async () => {
      for (const value of values) {
        const r = await call(svc.url, 'GET', `/mysfits?filter=${filter}&value=${value}`);
        assert.equal(r.status, 200);
        const expected = CATALOGUE.filter((m) => m[filter] === value)
          .map((m) => m.MysfitId)
          .sort();
        assert.ok(expected.length > 0);
        assert.deepEqual(r.body.mysfits.map((m: { mysfitId: string }) => m.mysfitId).sort(), expected);
      }
    });
  }

  it('a bad filter, a missing value or a value with no filter is 400, naming what is allowed', async () => {
    const cases: [string, string, RegExp][] = [
      ['/mysfits?filter=Species&value=Troll', 'invalid_filter', /GoodEvil, LawChaos/],
      ['/mysfits?filter=GoodEvil', 'missing_value', /Good, Neutral, Evil/],
      ['/mysfits?filter=GoodEvil&value=', 'missing_value', /Good, Neutral, Evil/],
      ['/mysfits?value=Good', 'missing_filter', /GoodEvil, LawChaos/],
      ['/mysfits?filter=LawChaos&value=good', 'invalid_value', /Lawful, Neutral, Chaotic/],
      ['/mysfits?filter=GoodEvil&filter=LawChaos&value=Good', 'invalid_filter', /once/],
      [`/mysfits?filter=GoodEvil&value=${'x'.repeat(5000)}`, 'invalid_value', /Good/],
    ];
    for (const [path, code, message] of cases) {
      const r = await call(svc.url, 'GET', path);
      assertError(r, 400, code);
      assert.match(r.body.message, message, path);
    }
  });

  it('GET /mysfits/{id} returns the profile with likes and adoption', async () => {
    const m = CATALOGUE[3];
    const r = await call(svc.url, 'GET', `/mysfits/${m.MysfitId}`);
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), PROFILE_KEYS);
    assert.equal(r.body.mysfitId, m.MysfitId);
    assert.equal(r.body.description, m.Description);
    assert.equal(r.body.age, m.Age);
    assert.equal(r.body.profileImageUri, m.ProfileImageUri);
    assert.equal(typeof r.body.likes, 'number');
    assert.equal(typeof r.body.adopted, 'boolean');
    assert.equal(r.headers.get('cache-control'), 'no-cache');
  });

  it('an unknown id is 404, a malformed id 400, and neither reads or writes an item', async () => {
    const before = await itemCount(backends);
    assertError(await call(svc.url, 'GET', '/mysfits/00000000-0000-0000-0000-000000000000'), 404, 'mysfit_not_found');
    assertError(await call(svc.url, 'GET', `/mysfits/${'a'.repeat(2000)}`), 400, 'invalid_id');
    assertError(await call(svc.url, 'GET', '/mysfits/bad%20id%00'), 400, 'invalid_id');
    assert.equal(await itemCount(backends), before);
  });

  it('unknown routes are 404 and wrong methods 405, as JSON', async () => {
    assertError(await call(svc.url, 'GET', '/nope'), 404, 'not_found');
    assertError(await call(svc.url, 'POST', '/mysfits/nope/pet'), 404, 'not_found');
    const r = await call(svc.url, 'DELETE', '/mysfits');
    assertError(r, 405, 'method_not_allowed');
    assert.match(r.headers.get('allow') ?? '', /GET/);
  });

  it('bodies over 16 KB are 413, whether declared or chunked, and the request goes no further', async () => {
    const big = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(17 * 1024) });
    assertError(await call(svc.url, 'POST', '/auth/signin', { body: big }), 413, 'body_too_large');
    // No Content-Length: counted as it arrives.
    const chunked = await rawRequest(
      svc.url,
      'POST',
      `/mysfits/${CATALOGUE[0].MysfitId}/like`,
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      Array.from({ length: 20 }, () => Buffer.alloc(1024, 'a')),
    );
    assert.equal(chunked.status, 413);
    assert.equal(JSON.parse(chunked.body).error, 'body_too_large');
    // 16 KB exactly is fine (and reaches the route, which then wants a token).
    const atLimit = await rawRequest(
      svc.url,
      'POST',
      `/mysfits/${CATALOGUE[0].MysfitId}/like`,
      { 'content-type': 'application/json', 'content-length': String(16 * 1024) },
      [Buffer.alloc(16 * 1024, ' ')],
    );
    assert.equal(atLimit.status, 401);
  });

  it('odd requests are 4xx with the JSON shape, never a 500', async () => {
    const odd: [string, string, Record<string, string>?, string?][] = [
      ['GET', '/mysfits/%'],
      ['GET', '/mysfits/%E0%A4%A'],
      ['GET', '/mysfits/..%2F..%2Fetc%2Fpasswd'],
      ['GET', '/mysfits?filter=__proto__&value=x'],
      ['GET', '/mysfits?filter=constructor&value=Good'],
      ['GET', '/mysfits?filter[]=GoodEvil&value=Good'],
      ['GET', '/mysfits?filter=GoodEvil&value[x]=Good'],
      ['POST', '/mysfits'],
      ['POST', '/mysfits/x/like', { authorization: 'Bearer ' + 'a'.repeat(6000) }],
      ['POST', '/mysfits/x/like', { authorization: 'Bearer a.b.c.d' }],
      ['POST', '/mysfits/x/like', { authorization: 'Bearer \u00e9.\u00e9.\u00e9' }],
      ['POST', '/auth/signin', { 'content-type': 'application/json' }, 'null'],
      ['POST', '/auth/signin', { 'content-type': 'application/json' }, '"a string"'],
      ['POST', '/auth/signin', { 'content-type': 'application/json' }, '{"email":{"$ne":1},"password":"x"}'],
      ['POST', '/auth/signin', { 'content-type': 'application/json' }, '{"__proto__":{"x":1}}'],
      ['POST', '/auth/signin', { 'content-type': 'text/plain' }, '{}'],
      ['PUT', '/auth/me'],
    ];
    for (const [method, path, headers, body] of odd) {
      const r = await call(svc.url, method, path, { headers, body });
      assert.ok(r.status >= 400 && r.status < 500, `${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
      assert.deepEqual(Object.keys(r.body).sort(), ['error', 'message'], `${method} ${path}`);
    }
    assert.equal(
      svc.logs.some((l) => l.level === 'error'),
      false,
      'nothing was logged as an unexpected error',
    );
  });

  it('logs one JSON line per request with request id, status and latency', async () => {
    const r = await call(svc.url, 'GET', '/mysfits?filter=GoodEvil&value=Evil', {
      headers: { 'x-request-id': 'trace-abc.123' },
    });
    assert.equal(r.headers.get('x-request-id'), 'trace-abc.123');
    const line = svc.logs.find((l) => l.msg === 'request' && l.requestId === 'trace-abc.123');
    assert.ok(line, 'request logged');
    assert.equal(line.method, 'GET');
    assert.equal(line.path, '/mysfits');
    assert.equal(line.status, 200);
    assert.equal(typeof line.latencyMs, 'number');
    assert.ok((line.latencyMs as number) > 0);

    // A made-up id is replaced by a fresh one; a 4xx logs its error code.
    const bad = await call(svc.url, 'GET', '/mysfits?filter=x', { headers: { 'x-request-id': 'bad id with spaces' } });
    const id = bad.headers.get('x-request-id') ?? '';
    assert.match(id, /^[0-9a-f-]{36}$/);
    const badLine = svc.logs.find((l) => l.requestId === id);
    assert.equal(badLine?.status, 400);
    assert.equal(badLine?.error, 'invalid_filter');
  });

  it('a database that cannot be reached is 503 with the JSON shape, not a 500', async () => {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const dead = new DynamoDBClient({
      endpoint: 'http://127.0.0.1:9', // discard port: nothing listens
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    const down = await startService(backends, { dynamodb: dead });
    try {
      const r = await call(down.url, 'GET', `/mysfits/${CATALOGUE[0].MysfitId}`);
      assertError(r, 503, 'unavailable');
      assert.equal(r.headers.get('retry-after'), '1');
      assert.ok(down.logs.some((l) => l.level === 'warn' && l.msg === 'upstream unavailable'));
    } finally {
      await down.close();
      dead.destroy();
    }
  });

  it('an item the table holds in a shape it should not still answers (no 500 on missing fields)', async () => {
    const id = 'half-written-item';
    await backends.db.client.send(
      new PutItemCommand({ TableName: TABLE, Item: { MysfitId: { S: id }, Name: { S: 'Half' } } }),
    );
    try {
      const r = await call(svc.url, 'GET', `/mysfits/${id}`);
      assert.equal(r.status, 200);
      assert.equal(r.body.likes, 0);
      assert.equal(r.body.adopted, false);
    } finally {
      await backends.db.client.send(new DeleteItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } } }));
    }
  });

  describe('list cache', () => {
    it('reuses the list briefly (it has no likes or adoption), and sees changes after', async () => {
      const cached = await startService(backends, { listCacheMs: 300 });
      const id = 'zz-late-arrival';
      try {
        const first = await call(cached.url, 'GET', '/mysfits');
        await backends.db.client.send(
          new PutItemCommand({
            TableName: TABLE,
            Item: {
              MysfitId: { S: id },
              Name: { S: 'Late Arrival' },
              Species: { S: 'Test' },
              GoodEvil: { S: 'Good' },
              LawChaos: { S: 'Lawful' },
              ThumbImageUri: { S: 'x' },
            },
          }),
        );
        const second = await call(cached.url, 'GET', '/mysfits');
        assert.deepEqual(second.body, first.body, 'served from the cache');
        await new Promise((r) => setTimeout(r, 350));
        const third = await call(cached.url, 'GET', '/mysfits');
        assert.equal(third.body.mysfits.length, first.body.mysfits.length + 1, 'read again after the cache time');
      } finally {
        await cached.close();
        await backends.db.client.send(new DeleteItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } } }));
      }
    });
  });

  describe('CORS (for the local run; off by default)', () => {
    it('sends no CORS headers unless an origin is configured', async () => {
      const r = await call(svc.url, 'GET', '/mysfits', { headers: { origin: 'http://localhost:5173' } });
      assert.equal(r.headers.get('access-control-allow-origin'), null);
    });

    it('answers the configured origin, preflights without a token, and nothing for others', async () => {
      const site = 'http://localhost:5173';
      const withCors = await startService(backends, { corsOrigins: [site] });
      try {
        const pre = await call(withCors.url, 'OPTIONS', `/mysfits/${CATALOGUE[0].MysfitId}/like`, {
          headers: {
            origin: site,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization',
          },
        });
        assert.equal(pre.status, 204);
        assert.equal(pre.headers.get('access-control-allow-origin'), site);
        assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Authorization/);

        const get = await call(withCors.url, 'GET', '/mysfits', { headers: { origin: site } });
        assert.equal(get.headers.get('access-control-allow-origin'), site);
        assert.match(get.headers.get('vary') ?? '', /Origin/);
        // Errors carry the headers too, so the site can read them.
        const denied = await call(withCors.url, 'POST', `/mysfits/${CATALOGUE[0].MysfitId}/like`, {
          headers: { origin: site },
        });
        assert.equal(denied.status, 401);
        assert.equal(denied.headers.get('access-control-allow-origin'), site);

        const other = await call(withCors.url, 'GET', '/mysfits', { headers: { origin: 'http://evil.example' } });
        assert.equal(other.headers.get('access-control-allow-origin'), null);
      } finally {
        await withCors.close();
      }
    });
  });
});
