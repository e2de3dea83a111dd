// Lambda mode (service.compute: lambda): the service's packaged zip, built as `mysfits package`
// builds it, loaded in a process of its own as Lambda loads it, answering REST API proxy events
// (payload format 1.0) against dynalite and moto. The contract test runs against it as against
// the container, through a loopback stand-in for API Gateway's aws_proxy integration.
import { strict as assert } from 'node:assert';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { OPERATIONS, SERVICE_OPERATION_IDS } from '../../service/src/contract/operations.js';
import {
  SITE,
  contractCredentials,
  httpTarget,
  report,
  runContract,
  swaggerFor,
  type ContractChecker,
} from '../support/contract.js';
import {
  InitError,
  packagedFunction,
  httpApiEvent,
  proxyEvent,
  proxyGateway,
  startInstance,
  type Gateway,
  type LambdaInstance,
  type PackagedFunction,
} from '../support/lambda.js';
import { call, signedInUser, startBackends, TABLE, type Backends } from '../support/service.js';

/** The function's environment as service-function.yml sets it, pointed at the emulators. */
function functionEnv(backends: Backends): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1', // Lambda sets it
    TABLE_NAME: TABLE,
    COGNITO_USER_POOL_ID: backends.pool.poolId,
    COGNITO_CLIENT_ID: backends.pool.clientId,
    CORS_ORIGIN: SITE,
    // The emulators (Lambda reaches AWS's public endpoints instead).
    DYNAMODB_ENDPOINT: backends.db.endpoint,
    COGNITO_ENDPOINT: backends.moto.endpoint,
    COGNITO_JWKS_URL: backends.pool.jwksUrl,
  };
}

describe('lambda mode: the service function from its packaged zip (dynalite + moto)', function () {
  this.timeout(120_000);
  let backends: Backends;
  let fn: PackagedFunction;
  let instance: LambdaInstance;
  let gateway: Gateway;
  // The contract's signed-in user, made once and shared by both payload versions' runs.
  let signedIn: ReturnType<typeof contractCredentials> | undefined;
  const credentials = () => (signedIn ??= contractCredentials(backends));

  before(async () => {
    [backends, fn] = await Promise.all([startBackends(), packagedFunction('service')]);
    instance = await startInstance(fn.dir, functionEnv(backends));
    gateway = await proxyGateway(instance);
  });
  after(async () => {
    await gateway?.close();
    await instance?.stop();
    fn?.remove();
    await backends?.close();
  });

  it('the zip is index.js and the user pool part, at most 1.5 MB, and loads with no node_modules', () => {
    assert.deepEqual(Object.keys(fn.files).sort(), ['index.js', 'user-pool.js']);
    assert.ok(fn.zipBytes <= 1.5 * 1024 * 1024, `${fn.zipBytes} bytes`);
    assert.ok(instance.initMs > 0);
  });

  it('answers a proxy event of the documented shape with a proxy result', async () => {
    const event = proxyEvent('GET', '/', { origin: [SITE], 'x-request-id': ['from-api-gateway'] }, '');
    const r = await instance.invoke<{ statusCode: number; headers: Record<string, string>; body: string }>(event);
    assert.equal(r.statusCode, 200);
    assert.deepEqual(JSON.parse(r.body), { status: 'ok', service: 'mysfits' });
    assert.equal(r.headers['access-control-allow-origin'], SITE);
    assert.equal(r.headers['x-request-id'], 'from-api-gateway');
    // Without an X-Request-Id, API Gateway's own request id is the service's.
    const bare = proxyEvent('GET', '/mysfits', {}, '');
    const listed = await instance.invoke<{ statusCode: number; headers: Record<string, string>; body: string }>(bare);
    assert.equal(listed.statusCode, 200);
    assert.equal(listed.headers['x-request-id'], bare.requestContext.requestId);
    assert.equal((JSON.parse(listed.body) as { mysfits: unknown[] }).mysfits.length, CATALOGUE.length);
  });

  it("a fresh instance answers its first GET /mysfits without loading undici (fetch, WebSocket) or web streams' ReadableStream, which it does not use", async () => {
    // The SDK's request handler imports node:http on its first call; as a real import() that built
    // node:http's ES module facade, which reads every export and so loaded undici: tens of ms of
    // the cold start (NODE_BUNDLE in generator/package/assets.ts turns it into a require). The
    // SDK's body collector asks whether a body is a web ReadableStream, which loads Node's web
    // streams, 2-3 ms of the first answer: the table reads read the Node stream themselves
    // (service/src/data/table-reads.ts). (Node 22 loads two of the web streams' helper modules for
    // itself, util and queuingstrategies; the ReadableStream is the SDK's question.)
    const fresh = await startInstance(fn.dir, functionEnv(backends));
    try {
      const r = await fresh.invoke<{ statusCode: number }>(proxyEvent('GET', '/mysfits', {}, ''));
      assert.equal(r.statusCode, 200);
      const loaded = await fresh.loadedModules();
      assert.ok(loaded.includes('NativeModule http'), 'the list names what the instance loaded');
      assert.deepEqual(
        loaded.filter((m) => m.includes('undici') || m.endsWith('internal/webstreams/readablestream')),
        [],
      );
    } finally {
      await fresh.stop();
    }
  });

  it('a fresh instance answers GET /mysfits without loading the Cognito client (user-pool.js); its first sign-in loads it', async () => {
    // service/src/auth/user-pool.ts, packaged as a file of its own (lazyPartsPlugin in
    // generator/package/assets.ts): a cold start whose first request is the list neither parses
    // nor sets up the Cognito client.
    const fresh = await startInstance(fn.dir, functionEnv(backends));
    try {
      const basenames = async (): Promise<string[]> =>
        (await fresh.loadedFiles()).map((f) => f.slice(fn.dir.length + 1)).sort();
      assert.equal((await fresh.invoke<{ statusCode: number }>(proxyEvent('GET', '/mysfits', {}, ''))).statusCode, 200);
      assert.deepEqual(await basenames(), ['index.js']);
      const body = JSON.stringify({ email: 'nobody-lazy@example.com', password: 'Wrong-password-1' });
      const signIn = await fresh.invoke<{ statusCode: number; body: string }>(
        proxyEvent('POST', '/auth/signin', { 'content-type': ['application/json'] }, body),
      );
      assert.equal(signIn.statusCode, 401, signIn.body);
      assert.deepEqual(await basenames(), ['index.js', 'user-pool.js']);
    } finally {
      await fresh.stop();
    }
  });

  describe('the contract, through the aws_proxy stand-in', () => {
    let result: ContractChecker & { sent: number };
    before(async () => {
      result = await runContract(httpTarget(gateway.url), await credentials(), swaggerFor('lambda'));
    });

    it('every generated request is answered as the lambda Swagger declares', () => {
      assert.ok(result.sent > 500, `only ${result.sent} requests`);
      assert.equal(
        result.violations.length,
        0,
        `${result.violations.length} violations in ${result.sent} requests:\n${report(result)}`,
      );
    });

    it('each operation answered both success and errors, never 500', () => {
      for (const id of SERVICE_OPERATION_IDS) {
        const seen = result.statuses.get(id) ?? new Set();
        assert.ok(!seen.has(500), `${id} answered 500`);
        assert.ok(seen.has(OPERATIONS[id].success.status), `${id} never succeeded: ${[...seen].join(', ')}`);
      }
    });
  });

  it('answers an HTTP API event (payload format 2.0) with a 2.0 result, paths and queries as the contract reads them', async () => {
    const event = httpApiEvent(
      'GET',
      '/mysfits?filter=GoodEvil&value=Evil',
      { origin: [SITE], 'x-request-id': ['from-http-api'] },
      '',
    );
    const r = await instance.invoke<{ statusCode: number; headers: Record<string, string>; body: string }>(event);
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['x-request-id'], 'from-http-api');
    const listed = (JSON.parse(r.body) as { mysfits: { goodevil: string }[] }).mysfits;
    assert.ok(listed.length > 0);
    assert.ok(
      listed.every((m) => m.goodevil === 'Evil'),
      r.body,
    );
    const unknown = await instance.invoke<{ statusCode: number; body: string }>(
      httpApiEvent('GET', '/no-such-path', {}, ''),
    );
    assert.equal(unknown.statusCode, 404);
    assert.equal((JSON.parse(unknown.body) as { error: string }).error, 'not_found');
  });

  describe('the contract, through an HTTP API Lambda proxy stand-in (payload 2.0)', () => {
    let v2: Gateway;
    let result: ContractChecker & { sent: number };
    before(async () => {
      v2 = await proxyGateway(instance, '2.0');
      result = await runContract(httpTarget(v2.url), await credentials(), swaggerFor('lambda'));
    });
    after(async () => {
      await v2?.close();
    });

    it('every generated request is answered as the contract declares', () => {
      assert.ok(result.sent > 500, `only ${result.sent} requests`);
      assert.equal(
        result.violations.length,
        0,
        `${result.violations.length} violations in ${result.sent} requests:\n${report(result)}`,
      );
    });
  });

  it('likes from many requests at once are each counted once (one instance, events in turn)', async () => {
    const user = await signedInUser(backends.cognito, backends.pool, 'lambda-likes@example.com');
    const id = CATALOGUE[5].MysfitId;
    const likes = async (): Promise<number> =>
      Number(
        (await backends.db.client.send(new GetItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } } }))).Item
          ?.Likes?.N ?? 0,
      );
    const before = await likes();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call(gateway.url, 'POST', `/mysfits/${id}/like`, { token: user.idToken })),
    );
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
    assert.equal(await likes(), before + 20);
  });

  it('logs one JSON line per request, and never a token', async () => {
    const user = await signedInUser(backends.cognito, backends.pool, 'lambda-logs@example.com');
    await call(gateway.url, 'POST', `/mysfits/${CATALOGUE[2].MysfitId}/like`, { token: user.idToken });
    const lines = instance.lines().filter((l) => l.startsWith('{'));
    const request = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    assert.ok(request.length > 20, `${request.length} request lines`);
    assert.ok(request.some((l) => l.status === 200 && typeof l.latencyMs === 'number' && typeof l.user === 'string'));
    assert.ok(!instance.lines().join('\n').includes(user.idToken));
  });

  it('a bad setting fails the init with every problem listed (as the container exits 2)', async () => {
    const err = await startInstance(fn.dir, { AWS_REGION: 'us-east-1', TABLE_NAME: 'x' }).then(
      () => assert.fail('started'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof InitError, String(err));
    const line = err.stdout.split('\n').find((l) => l.includes('"invalid configuration"'));
    assert.ok(line, err.stdout);
    const problems = (JSON.parse(line) as { problems: string[] }).problems;
    assert.ok(problems.some((p) => p.startsWith('TABLE_NAME="x"')));
    assert.ok(problems.some((p) => p.startsWith('COGNITO_USER_POOL_ID is not set')));
  });
});
