// The service's table reads (service/src/data/table-reads.ts: the DynamoDB client's endpoint,
// signer, credentials, request handler and retry strategy without its middleware stack). Against
// dynalite they must give what the client gives; against a stand-in DynamoDB on 127.0.0.1 that
// answers what the test says (errors in DynamoDB's documented JSON shape), they must fail, retry
// and correct the clock as the client does, and sign every call with fresh credentials.
import { strict as assert } from 'node:assert';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { BatchGetItemCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { HttpResponse, type HttpRequest } from '@smithy/core/protocols';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { KEY } from '../../service/src/data/table.js';
import { tableReads, type TableReadError } from '../../service/src/data/table-reads.js';
import { serviceClients } from '../../service/src/clients.js';
import { loadConfig } from '../../service/src/config.js';
import { CALL_DEADLINE_MS, CALL_LIMITS } from '../../service/src/call-limits.js';
import { isUnavailable } from '../../service/src/errors.js';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';
import { read as readBody, serve } from '../support/proxy.js';

const TABLE = 'TableReads';
const LOCAL = { accessKeyId: 'local', secretAccessKey: 'local' };

interface Seen {
  headers: IncomingHttpHeaders;
  body: string;
}
/** An answer; `hang`: none; `cut`: half a body, then the connection reset; `stall`: half a body, then nothing. */
type Answer = { status: number; body: string; headers?: Record<string, string> } | 'hang' | 'cut' | 'stall';

/** A DynamoDB stand-in: every request is recorded and answered by `answer(n, request)`. */
async function standIn(answer: (n: number, seen: Seen) => Answer) {
  const seen: Seen[] = [];
  const served = await serve(async (req, res) => {
    const request = { headers: req.headers, body: (await readBody(req)).toString('utf8') };
    seen.push(request);
    const a = answer(seen.length, request);
    if (a === 'hang') return;
    if (a === 'cut' || a === 'stall') {
      const body = JSON.stringify({ Items: [], Count: 0, ScannedCount: 0 });
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(body.length) });
      res.write(body.slice(0, 10));
      if (a === 'cut') setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.writeHead(a.status, { 'content-type': 'application/x-amz-json-1.0', ...a.headers });
    res.end(a.body);
  });
  return {
    endpoint: served.endpoint,
    seen,
    close: () => {
      served.server.closeAllConnections(); // a 'hang' leaves its request open
      return served.close();
    },
  };
}

const error = (type: string, message: string) =>
  JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });
const EMPTY_SCAN = JSON.stringify({ Items: [], Count: 0, ScannedCount: 0 });

describe('table reads without the client middleware (service/src/data/table-reads.ts)', () => {
  describe('against dynalite', () => {
    let db: Dynalite;
    before(async () => {
      db = await startSeededDynalite(TABLE);
    });
    after(() => db.close());

    it('a Scan gives the items the client gives, as AttributeValue maps', async () => {
      const input = {
        TableName: TABLE,
        ProjectionExpression: '#n, #a',
        ExpressionAttributeNames: { '#n': 'Name', '#a': 'Adopted' },
      };
      const ours = await tableReads(db.client)('Scan', input);
      const sdk = await db.client.send(new ScanCommand(input));
      assert.equal(ours.Items?.length, CATALOGUE.length);
      assert.deepEqual(ours.Items, sdk.Items);
      assert.equal(ours.Count, sdk.Count);
    });

    it('a BatchGetItem gives the items the client gives, numbers and all', async () => {
      const ids = CATALOGUE.slice(0, 5).map((m) => m.MysfitId);
      const input = {
        RequestItems: { [TABLE]: { Keys: ids.map((id) => ({ [KEY]: { S: id } })), ConsistentRead: true } },
      };
      const byId = (items: Record<string, { S?: string }>[] | undefined) =>
        [...(items ?? [])].sort((a, b) => String(a[KEY]?.S).localeCompare(String(b[KEY]?.S)));
      const ours = await tableReads(db.client)('BatchGetItem', input);
      const sdk = await db.client.send(new BatchGetItemCommand(input));
      assert.equal(ours.Responses?.[TABLE]?.length, 5);
      assert.deepEqual(byId(ours.Responses?.[TABLE]), byId(sdk.Responses?.[TABLE]));
    });

    it('a missing table fails as the client fails: ResourceNotFoundException, a client fault, once', async () => {
      const err = (await tableReads(db.client)('Scan', { TableName: 'NoSuchTable' }).catch(
        (e: unknown) => e,
      )) as TableReadError;
      const sdk = (await db.client
        .send(new ScanCommand({ TableName: 'NoSuchTable' }))
        .catch((e: unknown) => e)) as TableReadError;
      assert.equal(err.name, 'ResourceNotFoundException');
      assert.equal(err.name, sdk.name);
      assert.equal(err.$fault, 'client');
      assert.equal(err.$metadata.httpStatusCode, 400);
      assert.equal(err.$metadata.attempts, 1);
    });
  });

  describe('against a stand-in that answers what the test says', () => {
    let stub: Awaited<ReturnType<typeof standIn>> | undefined;
    afterEach(async () => {
      await stub?.close();
      stub = undefined;
    });

    /** The client the service builds (its handler, timeouts, attempts), pointed at the stand-in. */
    const serviceClient = (endpoint: string) => {
      const config = loadConfig({
        TABLE_NAME: TABLE,
        AWS_REGION: 'us-east-1',
        DYNAMODB_ENDPOINT: endpoint,
        COGNITO_USER_POOL_ID: 'us-east-1_x',
        COGNITO_CLIENT_ID: 'c',
      });
      const clients = serviceClients(config);
      clients.cognito.destroy();
      return clients.dynamodb;
    };

    /** The error of one Scan through the service's client, against a stand-in answering `answer`. */
    const failedScan = async (answer: (n: number, seen: Seen) => Answer): Promise<TableReadError> => {
      stub = await standIn(answer);
      const client = serviceClient(stub.endpoint);
      try {
        return (await tableReads(client)('Scan', { TableName: TABLE }).then(
          () => assert.fail('the Scan succeeded'),
          (e: unknown) => e,
        )) as TableReadError;
      } finally {
        client.destroy();
      }
    };

    it('sends what the client sends: the target, the JSON body, a SigV4 signature of it', async () => {
      stub = await standIn(() => ({ status: 200, body: EMPTY_SCAN }));
      const client = serviceClient(stub.endpoint);
      try {
        await tableReads(client)('Scan', { TableName: TABLE });
        await client.send(new ScanCommand({ TableName: TABLE }));
      } finally {
        client.destroy();
      }
      const [ours, sdk] = stub.seen;
      for (const h of ['x-amz-target', 'content-type', 'host'] as const)
        assert.equal(ours.headers[h], sdk.headers[h], h);
      assert.equal(ours.headers['x-amz-target'], 'DynamoDB_20120810.Scan');
      assert.deepEqual(JSON.parse(ours.body), JSON.parse(sdk.body));
      const scope = (h: IncomingHttpHeaders) =>
        /Credential=local\/\d{8}\/us-east-1\/dynamodb\/aws4_request/.test(String(h.authorization));
      assert.ok(scope(ours.headers) && scope(sdk.headers), String(ours.headers.authorization));
      const signed = (h: IncomingHttpHeaders) => /SignedHeaders=([^,]+)/.exec(String(h.authorization))?.[1];
      assert.match(
        signed(ours.headers) ?? '',
        /content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target|content-type;host;x-amz-date;x-amz-target/,
      );
    });

    it('a throttle is retried with backoff and the read succeeds', async () => {
      stub = await standIn((n) =>
        n <= 2
          ? { status: 400, body: error('ProvisionedThroughputExceededException', 'slow down') }
          : { status: 200, body: EMPTY_SCAN },
      );
      const client = serviceClient(stub.endpoint);
      try {
        const out = await tableReads(client)('Scan', { TableName: TABLE });
        assert.deepEqual(out.Items, []);
        assert.equal(stub.seen.length, 3);
      } finally {
        client.destroy();
      }
    });

    it('throttled on every attempt: fails after maxAttempts, named as DynamoDB names it, answered 503', async () => {
      const err = await failedScan(() => ({
        status: 400,
        body: error('ProvisionedThroughputExceededException', 'slow down'),
      }));
      assert.equal(err.name, 'ProvisionedThroughputExceededException');
      assert.equal(err.message, 'slow down');
      assert.equal(err.$metadata.attempts, CALL_LIMITS.maxAttempts);
      assert.equal(stub?.seen.length, CALL_LIMITS.maxAttempts);
      assert.ok(isUnavailable(err));
    });

    it('a validation error is not retried', async () => {
      const err = await failedScan(() => ({ status: 400, body: error('ValidationException', 'bad expression') }));
      assert.equal(err.name, 'ValidationException');
      assert.equal(stub?.seen.length, 1);
      assert.ok(!isUnavailable(err));
    });

    it('a server error (500, not even JSON) is retried, then fails as a server fault', async () => {
      const err = await failedScan(() => ({
        status: 500,
        body: '<html>bad gateway</html>',
        headers: { 'content-type': 'text/html' },
      }));
      assert.equal(err.$fault, 'server');
      assert.equal(err.$metadata.httpStatusCode, 500);
      assert.equal(stub?.seen.length, CALL_LIMITS.maxAttempts);
    });

    it('no answer within the request timeout: TimeoutError on every attempt, answered 503', async () => {
      stub = await standIn(() => 'hang');
      const client = new DynamoDBClient({
        endpoint: stub.endpoint,
        region: 'us-east-1',
        credentials: LOCAL,
        maxAttempts: 2,
        requestHandler: new NodeHttpHandler({ requestTimeout: 200, throwOnRequestTimeout: true }),
      });
      try {
        const err = (await tableReads(client)('Scan', { TableName: TABLE }).catch((e: unknown) => e)) as TableReadError;
        assert.equal(err.name, 'TimeoutError');
        assert.equal(stub.seen.length, 2);
        assert.ok(isUnavailable(err));
      } finally {
        client.destroy();
      }
    });

    it('a body cut off half-way (the connection reset): the read fails and is retried, never half-parsed', async () => {
      const err = await failedScan(() => 'cut');
      assert.match(`${err.name} ${err.message}`, /aborted|ECONNRESET|socket hang up/i);
      assert.equal(stub?.seen.length, CALL_LIMITS.maxAttempts);
    });

    it("a body that stops half-way: TimeoutError on every attempt within the call's deadline, answered 503", async () => {
      // Headers, then part of the body, then nothing: the request timeout ends when the headers
      // come, so without an inactivity limit on the socket the read (and its pooled connection)
      // would wait for ever, past every deadline (clients.ts).
      const started = performance.now();
      const err = await failedScan(() => 'stall');
      assert.ok(performance.now() - started < CALL_DEADLINE_MS, `failed within ${CALL_DEADLINE_MS} ms`);
      assert.equal(err.name, 'TimeoutError', err.message);
      assert.ok(isUnavailable(err));
      assert.equal(stub?.seen.length, CALL_LIMITS.maxAttempts);
    });

    it("the client's own calls (the writes) too: a body that stops half-way fails within the deadline", async () => {
      stub = await standIn(() => 'stall');
      const client = serviceClient(stub.endpoint);
      try {
        const started = performance.now();
        const err = (await client.send(new ScanCommand({ TableName: TABLE })).catch((e: unknown) => e)) as Error;
        assert.ok(performance.now() - started < CALL_DEADLINE_MS, `failed within ${CALL_DEADLINE_MS} ms`);
        assert.equal(err.name, 'TimeoutError', err.message);
        assert.equal(stub.seen.length, CALL_LIMITS.maxAttempts);
      } finally {
        client.destroy();
      }
    });

    it('a clock an hour behind: the signature is refused once, the offset is corrected from Date, the retry succeeds', async () => {
      const serverNow = () => Date.now() + 3600_000;
      const amzDate = (h: IncomingHttpHeaders) => {
        const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(String(h['x-amz-date']))!;
        return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
      };
      stub = await standIn((_, seen) =>
        Math.abs(amzDate(seen.headers) - serverNow()) > 300_000
          ? {
              status: 400,
              body: error('InvalidSignatureException', 'Signature expired: 20261207T000000Z is now earlier than ...'),
              headers: { date: new Date(serverNow()).toUTCString() },
            }
          : { status: 200, body: EMPTY_SCAN, headers: { date: new Date(serverNow()).toUTCString() } },
      );
      const client = new DynamoDBClient({ endpoint: stub.endpoint, region: 'us-east-1', credentials: LOCAL });
      try {
        await tableReads(client)('Scan', { TableName: TABLE });
        assert.equal(stub.seen.length, 2);
        assert.ok(Math.abs(client.config.systemClockOffset - 3600_000) < 5000, String(client.config.systemClockOffset));
      } finally {
        client.destroy();
      }
    });

    it('credentials about to expire are fetched again before the next call (a task role that rotates)', async () => {
      stub = await standIn(() => ({ status: 200, body: EMPTY_SCAN }));
      let issued = 0;
      // Within the SDK's refresh window (5 minutes before expiry), so every call asks again.
      const rotating = async () => ({
        accessKeyId: `ROTATED${++issued}`,
        secretAccessKey: 'secret',
        sessionToken: `token${issued}`,
        expiration: new Date(Date.now() + 60_000),
      });
      const client = new DynamoDBClient({ endpoint: stub.endpoint, region: 'us-east-1', credentials: rotating });
      try {
        const read = tableReads(client);
        await read('Scan', { TableName: TABLE });
        await read('Scan', { TableName: TABLE });
      } finally {
        client.destroy();
      }
      const keys = stub.seen.map((s) => /Credential=(\w+)\//.exec(String(s.headers.authorization))?.[1]);
      assert.equal(keys.length, 2);
      assert.notEqual(keys[0], keys[1], `both calls signed with ${keys[0]}`);
      assert.equal(stub.seen[1].headers['x-amz-security-token'], `token${keys[1]!.slice('ROTATED'.length)}`);
    });
  });

  it('without an endpoint: the regional endpoint the client would call, over HTTPS', async () => {
    // No network: a request handler that records the request and answers an empty scan.
    const sent: HttpRequest[] = [];
    const recording = {
      handle: async (request: HttpRequest) => {
        sent.push(request);
        return {
          response: new HttpResponse({ statusCode: 200, headers: {}, body: Readable.from([Buffer.from(EMPTY_SCAN)]) }),
        };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    };
    const client = new DynamoDBClient({ region: 'eu-west-1', credentials: LOCAL, requestHandler: recording });
    await tableReads(client)('Scan', { TableName: TABLE });
    await client.send(new ScanCommand({ TableName: TABLE }));
    client.destroy();
    const [ours, sdk] = sent;
    assert.equal(ours.protocol, 'https:');
    assert.equal(ours.hostname, 'dynamodb.eu-west-1.amazonaws.com');
    for (const k of ['protocol', 'hostname', 'path', 'method'] as const) assert.equal(ours[k], sdk[k], k);
    assert.equal(ours.port ?? undefined, sdk.port ?? undefined);
  });
});
