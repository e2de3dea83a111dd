// The HTTP server around the app, and its graceful stop. ECS stops a task with SIGTERM, then
// SIGKILL after the container's stop timeout (30 s by default): on SIGTERM we stop accepting
// connections, let requests in flight finish (their connections close after the answer), and
// only after `timeoutMs` cut the connections that are still busy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';

export interface Listening {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
}

export async function listen(app: Koa, port: number, host?: string): Promise<Listening> {
  const server = createServer(app.callback());
  // Longer than the load balancer's idle timeouts, so the server is never the one to close a
  // kept-alive connection just as the balancer sends a request on it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
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

/** Stops accepting, waits for requests in flight (at most `timeoutMs`), then closes what is left. */
export async function stop(server: Server, timeoutMs: number): Promise<StopResult> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([closed.then(() => 'closed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    server.closeAllConnections();
    await closed;
    return { drained: false };
  }
  return { drained: true };
}
