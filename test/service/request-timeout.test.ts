// A request that does not arrive in time (a client that sends its headers and then a body that
// never ends): Node times it out and the answer is the app's JSON 408, logged as a 408, not a
// socket dropped in silence or a 500. Node checks for such requests every 30 s by default; this
// server is given a 300 ms timeout checked every 50 ms (listen's RequestTimeouts), the same code
// path at test speed.
import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../../service/src/app.js';
import { userPoolOf } from '../../service/src/auth/user-pool.js';
import { jsonLogger } from '../../service/src/log.js';
import { listen, stop, type Listening } from '../../service/src/server.js';

describe('service: a request that never finishes arriving is a 408', () => {
  let server: Listening;
  const lines: Record<string, unknown>[] = [];
  // Neither client is called: the request is answered before it reaches a handler.
  const unused = {
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  };
  const dynamodb = new DynamoDBClient(unused);
  const cognito = new CognitoIdentityProviderClient(unused);

  before(async () => {
    const log = jsonLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const app = createApp({
      tableName: 'T',
      dynamodb,
      userPool: userPoolOf(cognito),
      userPoolId: 'us-east-1_Pool',
      clientId: 'client',
      log,
    });
    server = await listen(app, 0, '127.0.0.1', log, { requestTimeoutMs: 300, checkIntervalMs: 50 });
  });
  after(async () => {
    await stop(server.server, 100);
    dynamodb.destroy();
    cognito.destroy();
  });

  /** Sends `head` (and no more) and reads to the server's close. */
  const stalled = (head: string): Promise<string> =>
    new Promise((resolve, reject) => {
      let answer = '';
      const socket = connect(server.port, '127.0.0.1', () => socket.write(head));
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
      setTimeout(() => reject(new Error(`no answer in 5 s: ${answer}`)), 5000).unref();
    });

  for (const [what, head] of [
    ['headers that never end', 'GET /mysfits HTTP/1.1\r\nHost: x\r\nX-Slow: '],
    [
      'a body that never ends',
      'POST /auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
    ],
  ] as const) {
    it(`${what}: 408 request_timeout in JSON, the connection closed, and a log line that says 408`, async () => {
      lines.length = 0;
      const answer = await stalled(head);
      assert.match(answer, /^HTTP\/1\.1 408 Request Timeout\r\n/);
      assert.match(answer, /Content-Type: application\/json; charset=utf-8/i);
      assert.match(answer, /\r\n\r\n\{"error":"request_timeout","message":"[^"]+"/);
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(
        lines.some(
          (l) => l.status === 408 && (l.error === 'request_timeout' || l.reason === 'ERR_HTTP_REQUEST_TIMEOUT'),
        ),
        `no 408 in the log: ${JSON.stringify(lines)}`,
      );
      assert.ok(!lines.some((l) => l.status === 500), 'a 500 was logged');
    });
  }
});
