// Slow and odd requests on raw sockets (issue 34, item 3): a request must arrive within
// REQUEST_ARRIVAL_MS (Node's default is 300 s); CONNECT and method tokens Node's parser does not
// know are answered as any method a path lacks (405 with Allow), not closed or 400; every answer,
// Node's own refusals included, says `X-Content-Type-Options: nosniff`; 431 is in the contract.
import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../../service/src/app.js';
import { userPoolOf } from '../../service/src/auth/user-pool.js';
import { ALL_METHODS, OPERATION_IDS, allowedMethods, errorsOf } from '../../service/src/contract/operations.js';
import { jsonLogger } from '../../service/src/log.js';
import { ARRIVAL_CHECK_MS, REQUEST_ARRIVAL_MS, listen, stop, type Listening } from '../../service/src/server.js';

interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Milliseconds from the first byte sent to the server closing the connection. */
  readonly ms: number;
}

/** Writes `head` on a raw socket and reads to the server's close (at most `limitMs`). */
function raw(port: number, head: string, limitMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let text = '';
    const started = Date.now();
    const s = connect(port, '127.0.0.1', () => s.write(head));
    const timer = setTimeout(() => {
      s.destroy();
      reject(new Error(`the connection was still open after ${limitMs} ms: ${JSON.stringify(text)}`));
    }, limitMs);
    s.on('data', (d: Buffer) => (text += d.toString('latin1')));
    s.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    s.on('close', () => {
      clearTimeout(timer);
      const [top = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = top.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, ms: Date.now() - started });
    });
  });
}

describe('service: slow and odd requests (raw sockets)', function () {
  this.timeout(60_000);
  const lines: Record<string, unknown>[] = [];
  // Neither client is called: every request here is answered before a handler needs one.
  const unused = {
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  };
  const dynamodb = new DynamoDBClient(unused);
  const cognito = new CognitoIdentityProviderClient(unused);
  const log = jsonLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  const app = createApp({
    tableName: 'T',
    dynamodb,
    userPool: userPoolOf(cognito),
    userPoolId: 'us-east-1_Pool',
    clientId: 'c',
    log,
  });
  let server: Listening;

  before(async () => {
    server = await listen(app, 0, '127.0.0.1', log); // the defaults, as main.ts listens
  });
  after(async () => {
    if (server) await stop(server.server, 100);
    dynamodb.destroy();
    cognito.destroy();
  });

  it('the arrival limit is seconds, for the headers and the whole request (Node: 300 s)', () => {
    assert.ok(REQUEST_ARRIVAL_MS <= 15_000, `${REQUEST_ARRIVAL_MS} ms is not seconds`);
    assert.equal(server.server.requestTimeout, REQUEST_ARRIVAL_MS);
    assert.equal(server.server.headersTimeout, REQUEST_ARRIVAL_MS);
  });

  it('a declared 5-byte body that never comes: 408 within the limit, not 300 s', async () => {
    const a = await raw(
      server.port,
      'POST /auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n',
      REQUEST_ARRIVAL_MS + ARRIVAL_CHECK_MS + 20_000,
    );
    assert.equal(a.status, 408);
    assert.equal(JSON.parse(a.body).error, 'request_timeout');
    assert.equal(a.headers['x-content-type-options'], 'nosniff');
    // Not before the limit; after it, as soon as the loaded machine lets Node look.
    assert.ok(a.ms >= REQUEST_ARRIVAL_MS - 100, `answered after ${a.ms} ms, before the limit`);
  });

  it('a kept-alive connection idle longer than the limit is not cut: its next request is answered', async () => {
    const quick = await listen(app, 0, '127.0.0.1', log, { requestTimeoutMs: 200, checkIntervalMs: 50 });
    try {
      const answers = await new Promise<string>((resolve, reject) => {
        let text = '';
        const s = connect(quick.port, '127.0.0.1', () => {
          s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
          setTimeout(() => s.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 600);
        });
        s.on('data', (d: Buffer) => (text += d.toString('latin1')));
        s.on('error', reject);
        s.on('close', () => resolve(text));
      });
      assert.equal(answers.match(/HTTP\/1\.1 200 OK/g)?.length, 2, answers);
    } finally {
      await stop(quick.server, 100);
    }
  });

  it('CONNECT host:port: 405 with every method in Allow, JSON, and the connection closed', async () => {
    lines.length = 0;
    const a = await raw(server.port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    assert.equal(a.status, 405);
    assert.equal(a.headers.allow, ALL_METHODS);
    assert.equal(JSON.parse(a.body).error, 'method_not_allowed');
    assert.equal(a.headers['x-content-type-options'], 'nosniff');
    assert.ok(a.headers['x-request-id'], 'no X-Request-Id: the app did not answer it');
    assert.ok(
      lines.some((l) => l.status === 405 && l.method === 'CONNECT'),
      JSON.stringify(lines),
    );
  });

  it("CONNECT to a path of the API: 405 with that path's methods", async () => {
    const a = await raw(server.port, 'CONNECT /mysfits HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.equal(a.status, 405);
    assert.equal(a.headers.allow, allowedMethods('/mysfits'));
  });

  it('a method token Node does not know, on a path of the API: 405 with Allow', async () => {
    const a = await raw(server.port, 'FOO /mysfits/abc HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.equal(a.status, 405);
    assert.equal(a.headers.allow, allowedMethods('/mysfits/{mysfitId}'));
    assert.equal(JSON.parse(a.body).error, 'method_not_allowed');
    assert.equal(a.headers['x-content-type-options'], 'nosniff');
  });

  it('an unknown method token on a path the API lacks: 404; a line that is no method at all: 400', async () => {
    assert.equal((await raw(server.port, 'FOO /nowhere HTTP/1.1\r\nHost: x\r\n\r\n')).status, 404);
    const broken = await raw(server.port, 'G(T /mysfits HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.equal(broken.status, 400);
    assert.equal(broken.headers['x-content-type-options'], 'nosniff');
  });

  it('nosniff on a success, an app error and a refusal before routing (431)', async () => {
    const ok = await raw(server.port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(ok.status, 200);
    assert.equal(ok.headers['x-content-type-options'], 'nosniff');
    const missing = await raw(server.port, 'GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['x-content-type-options'], 'nosniff');
    const big = await raw(server.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.equal(big.status, 431);
    assert.equal(big.headers['x-content-type-options'], 'nosniff');
  });

  it('431 is declared on every operation', () => {
    for (const id of OPERATION_IDS) assert.ok(errorsOf(id).includes('headers_too_large'), id);
  });
});
