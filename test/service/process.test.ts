// The service as it ships: the bundle dist/service/server.mjs (the container's command) run as
// its own process, configured from the environment. Settings, JSON logs, and the graceful stop
// ECS relies on: SIGTERM stops accepting, lets requests in flight finish, then exits 0.
import { strict as assert } from 'node:assert';
import { networkInterfaces } from 'node:os';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { slowProxy, startSeededDynalite, type Dynalite } from '../support/dynalite.js';
import { BUNDLE_ENV, runBundle as run } from '../support/service.js';

describe('service process (the bundle, configured from the environment)', function () {
  this.timeout(60_000);
  let db: Dynalite;

  before(async () => {
    db = await startSeededDynalite(BUNDLE_ENV.TABLE_NAME);
  });
  after(async () => db?.close());

  it('missing or bad settings: a message naming each, exit 2, before listening', async () => {
    const r = await run({ AWS_REGION: 'nowhere', PORT: 'eighty' }, { waitForListening: false });
    assert.equal(await r.exit, 2);
    const err = r.stderr();
    for (const text of [
      /TABLE_NAME is not set/,
      /COGNITO_USER_POOL_ID is not set/,
      /COGNITO_CLIENT_ID is not set/,
      /AWS_REGION="nowhere" is not an AWS region code/,
      /PORT="eighty" is not a whole number/,
    ]) {
      assert.match(err, text);
    }
    const logged = JSON.parse(r.lines()[0]) as { level: string; problems: string[] };
    assert.equal(logged.level, 'error');
    assert.equal(logged.problems.length, 5);
  });

  it('a malformed COGNITO_JWKS: a message naming the rule, exit 2, before listening', async () => {
    for (const [jwks, rule] of [
      ['{"keys": [', /COGNITO_JWKS is not a usable set of signing keys: not JSON/],
      ['{"keys": []}', /COGNITO_JWKS is not a usable set of signing keys: holds no keys/],
      [
        '{"keys": [{"kty": "RSA", "kid": "k1", "n": "AQAB"}]}',
        /key "k1" is not a usable public signing key: Missing exponent/,
      ],
    ] as const) {
      const r = await run({ ...BUNDLE_ENV, COGNITO_JWKS: jwks }, { waitForListening: false });
      assert.equal(await r.exit, 2, jwks);
      assert.match(r.stderr(), rule);
      assert.match(r.stderr(), /COGNITO_JWKS +optional +the pool's signing keys/, 'the settings are listed');
      assert.ok(!r.lines().some((l) => l.includes('"listening"')), 'it listened');
    }
  });

  it('serves from the environment settings and logs JSON lines only', async () => {
    const r = await run({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: db.endpoint });
    try {
      const res = await fetch(`${r.url}/mysfits`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { mysfits: unknown[] }).mysfits.length, CATALOGUE.length);
    } finally {
      r.child.kill('SIGTERM');
      assert.equal(await r.exit, 0);
    }
    const parsed = r.lines().map((l) => JSON.parse(l) as { msg: string; time: string });
    assert.deepEqual(
      parsed.map((l) => l.msg).filter((m) => m !== 'node warning'),
      ['listening', 'request', 'shutting down', 'stopped'],
    );
    for (const l of parsed) assert.match(l.time, /^\d{4}-\d\d-\d\dT/);
    assert.equal(r.stderr(), '', 'Node warnings are logged as JSON too, not printed');
  });

  it('listens on loopback unless HOST says otherwise (the image sets 0.0.0.0)', async () => {
    const listeningOn = async (env: Record<string, string>): Promise<string> => {
      const r = await run({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: db.endpoint, ...env });
      try {
        assert.equal((await fetch(`${r.url}/`)).status, 200, 'answers on 127.0.0.1');
        // A local address that is not loopback, when this machine has one: reached only with 0.0.0.0.
        const other = Object.values(networkInterfaces())
          .flat()
          .find((i) => i?.family === 'IPv4' && !i.internal)?.address;
        if (other) {
          const reached = await fetch(r.url.replace('127.0.0.1', other)).then(
            () => true,
            () => false,
          );
          assert.equal(reached, env.HOST === '0.0.0.0', `reached on ${other}`);
        }
        return (JSON.parse(r.lines().find((l) => l.includes('"listening"'))!) as { host: string }).host;
      } finally {
        r.child.kill('SIGTERM');
        await r.exit;
      }
    };
    assert.equal(await listeningOn({}), '127.0.0.1');
    assert.equal(await listeningOn({ HOST: '0.0.0.0' }), '0.0.0.0');
  });

  it('SIGTERM: refuses new connections, finishes the request in flight, exits 0', async () => {
    const proxy = await slowProxy(db.endpoint, 700);
    const r = await run({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: proxy.endpoint });
    try {
      const id = CATALOGUE[0].MysfitId;
      const inFlight = fetch(`${r.url}/mysfits/${id}`);
      await new Promise((res) => setTimeout(res, 200)); // the request is now waiting on the table
      r.child.kill('SIGTERM');
      await new Promise((res) => setTimeout(res, 100));
      await assert.rejects(fetch(`${r.url}/`), 'a new connection is refused while draining');
      const res = await inFlight;
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('connection'), 'close');
      assert.equal(((await res.json()) as { mysfitId: string }).mysfitId, id);
      assert.equal(await r.exit, 0);
      const stopped = r.lines().map((l) => JSON.parse(l) as { msg: string; drained?: boolean });
      assert.equal(stopped.find((l) => l.msg === 'stopped')?.drained, true);
    } finally {
      r.child.kill('SIGKILL');
      await proxy.close();
    }
  });

  it('SIGTERM with a request slower than SHUTDOWN_TIMEOUT_MS: cuts it and still exits', async () => {
    const proxy = await slowProxy(db.endpoint, 3000);
    const r = await run({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: proxy.endpoint, SHUTDOWN_TIMEOUT_MS: '300' });
    try {
      const inFlight = fetch(`${r.url}/mysfits/${CATALOGUE[0].MysfitId}`).then(
        () => 'answered',
        () => 'cut',
      );
      await new Promise((res) => setTimeout(res, 200));
      const started = Date.now();
      r.child.kill('SIGTERM');
      assert.equal(await r.exit, 0);
      assert.ok(Date.now() - started < 2500, 'did not wait for the slow request');
      assert.equal(await inFlight, 'cut');
      const stopped = r.lines().map((l) => JSON.parse(l) as { msg: string; level: string; drained?: boolean });
      assert.deepEqual(
        stopped.find((l) => l.msg === 'stopped'),
        { ...stopped.find((l) => l.msg === 'stopped'), level: 'warn', drained: false },
      );
    } finally {
      r.child.kill('SIGKILL');
      await proxy.close();
    }
  });
});
