// The HTTP server around the app, and its graceful stop. ECS stops a task with SIGTERM, then
// SIGKILL after the container's stop timeout (30 s by default): on SIGTERM we stop accepting
// connections, let requests in flight finish (their connections close after the answer), and
// only after `timeoutMs` cut the connections that are still busy.
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { timedOutSockets } from './body.js';
import type { ErrorCode } from './contract/errors.js';
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

function onClientError(log: Logger | undefined) {
  return (err: NodeJS.ErrnoException, socket: Duplex): void => {
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') timedOutSockets.add(socket);
    // A client that went away needs no answer and is no news.
    if (err.code === 'ECONNRESET' || err.code === 'EPIPE' || !socket.writable) {
      socket.destroy();
      return;
    }
    const known = CLIENT_ERRORS[err.code ?? ''] ?? {
      status: 400,
      code: 'bad_request' as const,
      message: 'the request could not be read as HTTP',
    };
    log?.warn('request refused before routing', { status: known.status, error: known.code, reason: err.code });
    const body = JSON.stringify({ error: known.code, message: known.message });
    socket.end(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}

/** Node's own request timeout: how long a request may take to arrive, and how often it checks. */
export interface RequestTimeouts {
  /** Node's default: 300 s. */
  readonly requestTimeoutMs?: number;
  /** Node's default: 30 s (a request is timed out up to this late). */
  readonly checkIntervalMs?: number;
}

export async function listen(
  app: Koa,
  port: number,
  host?: string,
  log?: Logger,
  timeouts: RequestTimeouts = {},
): Promise<Listening> {
  const server = createServer(
    {
      ...(timeouts.requestTimeoutMs !== undefined ? { requestTimeout: timeouts.requestTimeoutMs } : {}),
      ...(timeouts.checkIntervalMs !== undefined ? { connectionsCheckingInterval: timeouts.checkIntervalMs } : {}),
    },
    app.callback(),
  );
  server.on('clientError', onClientError(log));
  // Longer than the load balancer's idle timeouts, so the server is never the one to close a
  // kept-alive connection just as the balancer sends a request on it.
  server.keepAliveTimeout = 65_000;
  // Within the request timeout (Node's default 300 s): a headers timeout above it stops Node
  // timing out a request whose body never ends.
  server.headersTimeout = server.requestTimeout > 0 ? Math.min(66_000, server.requestTimeout) : 66_000;
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
