// The HTTP server around the app, and its graceful stop. ECS stops a task with SIGTERM, then
// SIGKILL after the container's stop timeout (30 s by default): on SIGTERM we stop accepting
// connections, let requests in flight finish (their connections close after the answer), and
// only after `timeoutMs` cut the connections that are still busy.
import { createServer, ServerResponse, STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { timedOutSockets } from './body.js';
import type { ErrorCode } from './contract/errors.js';
import { ALWAYS_HEADERS, allowedMethods, matchPath } from './contract/operations.js';
import type { Logger } from './log.js';
import { Server as NetServer, type AddressInfo } from 'node:net';
import type Koa from 'koa';

export interface Listening {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
}

/**
 * What Node answers itself, before the app sees a request (a header block over 16 KB, a request
 * it timed out, bytes that are not HTTP): the same JSON errors as the app's, and a log line.
 */
const CLIENT_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', message: 'the request headers are over 16 KB' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'the request did not arrive in time' },
};

// A request line with a method token Node's parser does not know (RFC 9110 token characters).
const UNKNOWN_METHOD = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}) (\S+) HTTP\/1\.[01]\r?\n/;

/**
 * A method Node's parser refuses (HPE_INVALID_METHOD) whose request line is otherwise HTTP: as
 * the app answers a method a path lacks (405 with Allow), or a path the API lacks (404).
 */
function unknownMethod(err: NodeJS.ErrnoException & { rawPacket?: Buffer }): Refusal | undefined {
  if (err.code !== 'HPE_INVALID_METHOD' || !err.rawPacket) return undefined;
  const line = UNKNOWN_METHOD.exec(err.rawPacket.subarray(0, 4096).toString('latin1'));
  if (!line) return undefined;
  const [, method, target] = line;
  const match = matchPath(target!.split('?')[0]!);
  if (!match) return { status: 404, code: 'not_found', message: 'no such path' };
  const allow = allowedMethods(match.path);
  return {
    status: 405,
    code: 'method_not_allowed',
    message: `${method!.slice(0, 20)} is not allowed on ${match.path}; use ${allow}`,
    headers: { Allow: allow },
  };
}

interface Refusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A JSON error written straight to the socket (no request the app could answer), then closed. */
function refuse(socket: Duplex, { status, code, message, headers = {} }: Refusal): void {
  const body = JSON.stringify({ error: code, message });
  const lines = Object.entries({
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...ALWAYS_HEADERS,
    ...headers,
    Connection: 'close',
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
}

function onClientError(log: Logger | undefined) {
  return (err: NodeJS.ErrnoException, socket: Duplex): void => {
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') timedOutSockets.add(socket);
    // A client that went away needs no answer and is no news.
    if (err.code === 'ECONNRESET' || err.code === 'EPIPE' || !socket.writable) {
      socket.destroy();
      return;
    }
    const known = CLIENT_ERRORS[err.code ?? ''] ??
      unknownMethod(err) ?? {
        status: 400,
        code: 'bad_request' as const,
        message: 'the request could not be read as HTTP',
      };
    log?.warn('request refused before routing', { status: known.status, error: known.code, reason: err.code });
    refuse(socket, known);
  };
}

/**
 * CONNECT (which Node hands to a `connect` listener, and without one closes the connection
 * unanswered): the API tunnels nothing, so it is answered by the app like any method a path lacks
 * (405 with Allow, logged, with the request id), and the connection closes after the answer.
 */
function onConnect(app: Koa) {
  const handle = app.callback();
  return (req: IncomingMessage, socket: Duplex): void => {
    const res = new ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket as Parameters<ServerResponse['assignSocket']>[0]);
    res.on('finish', () => {
      res.detachSocket(socket as Parameters<ServerResponse['detachSocket']>[0]);
      socket.end();
    });
    void handle(req, res);
  };
}

/**
 * How long a request may take to arrive: its headers, and the whole request with its body. An
 * API's requests are small (16 KB at most) and sent at once, so a client that has not finished in
 * this long is stalling, and is answered 408 instead of holding a connection (Node's default: 300 s).
 */
export const REQUEST_ARRIVAL_MS = 10_000;
/** How often Node looks for requests over the limit (its default, 30 s, would time them out that late). */
export const ARRIVAL_CHECK_MS = 1_000;

/** Node's own request timeout: how long a request may take to arrive, and how often it checks. */
export interface RequestTimeouts {
  /** REQUEST_ARRIVAL_MS by default (headers and the whole request). */
  readonly requestTimeoutMs?: number;
  /** ARRIVAL_CHECK_MS by default (a request is timed out up to this late). */
  readonly checkIntervalMs?: number;
}

export async function listen(
  app: Koa,
  port: number,
  host?: string,
  log?: Logger,
  timeouts: RequestTimeouts = {},
): Promise<Listening> {
  const requestTimeout = timeouts.requestTimeoutMs ?? REQUEST_ARRIVAL_MS;
  const server = createServer(
    {
      requestTimeout,
      // The headers within the same limit (Node requires it no longer than the request's).
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: timeouts.checkIntervalMs ?? ARRIVAL_CHECK_MS,
    },
    app.callback(),
  );
  server.on('clientError', onClientError(log));
  server.on('connect', onConnect(app));
  // Longer than the load balancer's idle timeouts, so the server is never the one to close a
  // kept-alive connection just as the balancer sends a request on it.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    port: address.port,
    url: `http://${shown === '[::]' || shown === '0.0.0.0' ? '127.0.0.1' : shown}:${address.port}`,
  };
}

export interface StopResult {
  /** Whether every request in flight finished before the timeout. */
  readonly drained: boolean;
}

/**
 * How long a stopping server keeps answering on kept-alive connections (each answer with
 * `Connection: close`) before it closes the ones that are idle.
 */
export const IDLE_GRACE_MS = 1000;

/**
 * Stops accepting, waits for requests in flight (at most `timeoutMs`), then closes what is left.
 *
 * Node's `server.close()` also closes every idle kept-alive connection at once, and a client
 * that is sending its next request on one at that moment sees ECONNRESET. So the listener is
 * closed alone, requests keep being answered for `IDLE_GRACE_MS` (the app adds
 * `Connection: close` while draining, so each client's connection ends cleanly after its
 * answer), and only then are the connections still idle closed.
 */
export async function stop(server: Server, timeoutMs: number, idleGraceMs = IDLE_GRACE_MS): Promise<StopResult> {
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const after = (ms: number) =>
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms);
    });
  const grace = Math.min(idleGraceMs, timeoutMs);
  if ((await Promise.race([closed.then(() => 'closed' as const), after(grace)])) === 'closed') {
    clearTimeout(timer);
    return { drained: true };
  }
  server.closeIdleConnections();
  const outcome = await Promise.race([closed.then(() => 'closed' as const), after(timeoutMs - grace)]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    server.closeAllConnections();
    await closed;
    return { drained: false };
  }
  return { drained: true };
}
