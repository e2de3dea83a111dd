// DynamoDB on this machine: dynalite (the DynamoDB wire protocol, in memory) plus the one call
// it lacks that the service makes: TransactWriteItems, which the service uses so that a like
// counts once even when the SDK retries after a lost answer (its ClientRequestToken).
//
// The layer answers TransactWriteItems as the DynamoDB API Reference describes it, for what the
// service sends: Update items (done one after another: dynalite has no multi-item atomicity, so
// more than one item is refused rather than pretended), a failed condition cancelling the
// transaction (TransactionCanceledException with a CancellationReasons entry per item), and
// ClientRequestToken idempotency: the same token again within 10 minutes returns success without
// writing; with other parameters, IdempotentParameterMismatchException. Everything else goes to
// dynalite unchanged. Used by the local run (npm start), the tests and the benchmarks; AWS's own
// behaviour is in docs/launch-test.md.
import { request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** How long DynamoDB remembers a ClientRequestToken (API Reference, TransactWriteItems). */
export const TOKEN_WINDOW_MS = 10 * 60 * 1000;
const TARGET_PREFIX = 'DynamoDB_20120810.';

export interface LocalDynamoDB {
  readonly endpoint: string;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

interface Answer {
  readonly status: number;
  readonly body: string;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const error = (status: number, type: string, message: string, extra: Json = {}): Answer => ({
  status,
  body: JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message, ...extra }),
});

/** dynalite on 127.0.0.1 (`port` 0: any free one) answering TransactWriteItems too. */
export async function startLocalDynamoDB(port = 0): Promise<LocalDynamoDB> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  // Every other call goes straight to dynalite's own handler, in this process, untouched.
  const dynaliteHandler = server.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void;
  server.removeAllListeners('request');
  const tokens = new Map<string, { at: number; params: string }>();
  let self = 0;

  /** One call to dynalite itself (the transaction's item), with the caller's headers. */
  const toDynalite = (headers: IncomingMessage['headers'], target: string, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const out = request(
        {
          host: '127.0.0.1',
          port: self,
          method: 'POST',
          path: '/',
          agent: false,
          headers: { ...headers, connection: 'close', 'x-amz-target': target, 'content-length': String(body.length) },
        },
        (res) => {
          void readBody(res).then((b) => resolve({ status: res.statusCode ?? 500, body: b.toString('utf8') }), reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const transactWrite = async (headers: IncomingMessage['headers'], input: Json): Promise<Answer> => {
    const items = Array.isArray(input.TransactItems) ? (input.TransactItems as Json[]) : [];
    const token = typeof input.ClientRequestToken === 'string' ? input.ClientRequestToken : undefined;
    const params = JSON.stringify(items);
    const now = Date.now();
    for (const [t, seen] of tokens) if (now - seen.at > TOKEN_WINDOW_MS) tokens.delete(t);
    const seen = token === undefined ? undefined : tokens.get(token);
    if (seen && seen.params !== params) {
      return error(
        400,
        'IdempotentParameterMismatchException',
        'The request uses the same client token as a previous, but non-identical request.',
      );
    }
    if (seen) return { status: 200, body: '{}' };
    if (items.length !== 1 || !items[0]!.Update) {
      return error(400, 'ValidationException', 'the local DynamoDB layer supports a transaction of one Update item');
    }
    const answer = await toDynalite(
      headers,
      `${TARGET_PREFIX}UpdateItem`,
      Buffer.from(JSON.stringify(items[0]!.Update)),
    );
    if (answer.status === 200) {
      if (token !== undefined) tokens.set(token, { at: now, params });
      return { status: 200, body: '{}' };
    }
    if (answer.body.includes('ConditionalCheckFailedException')) {
      return error(
        400,
        'TransactionCanceledException',
        'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed]',
        { CancellationReasons: [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }] },
      );
    }
    return answer;
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers['x-amz-target'] !== `${TARGET_PREFIX}TransactWriteItems`) return dynaliteHandler(req, res);
    void (async () => {
      const input = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Json;
      const answer = await transactWrite(req.headers, input);
      res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'local' });
      res.end(answer.body);
    })().catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(err) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  self = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${self}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
