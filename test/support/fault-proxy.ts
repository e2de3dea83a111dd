// A TCP proxy on loopback between the service and its table (dynalite), for fault injection:
//   pass   relay both ways;
//   stall  accept connections and take requests but never answer (a table that hangs);
//   delay  hold every answer `delayMs`, or `delayOf(n)` for the n-th request (from 0) when set: a
//          table slow on each call;
//   reset  destroy each connection as soon as a request arrives;
//   lose   relay each request (so the write happens) but, with probability `loseRate`, drop its
//          answer and reset the connection: the answer lost after the write.
// Switching from stall back to pass leaves stalled connections dead (as a real hang would); new
// connections pass.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type FaultMode = 'pass' | 'stall' | 'delay' | 'reset' | 'lose';

export interface FaultProxy {
  readonly endpoint: string;
  mode: FaultMode;
  delayMs: number;
  /** In `delay` mode, the delay of the n-th request through the proxy (counted from 0), instead of delayMs. */
  delayOf: ((request: number) => number) | undefined;
  loseRate: number;
  /** Requests relayed so far (each counted at its request line). */
  readonly requests: number;
  /** Answers dropped in `lose` mode so far. */
  readonly lost: number;
  /** Connections opened through the proxy so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/** The start of an HTTP/1.1 request (`POST / HTTP/1.1`): a new request on the connection. */
const REQUEST_LINE = /^[A-Z]+ \//;

export async function startFaultProxy(target: string, random: () => number = Math.random): Promise<FaultProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let lost = 0;
  let connections = 0;
  let requests = 0;
  const proxy: FaultProxy = {
    endpoint: '',
    mode: 'pass',
    delayMs: 0,
    delayOf: undefined,
    loseRate: 0,
    get requests() {
      return requests;
    },
    get lost() {
      return lost;
    },
    get connections() {
      return connections;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((client) => {
    connections++;
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    let stalled = false;
    /** Whether the answer now coming belongs to a request whose answer is to be lost. */
    let losing = false;
    /** The delay of the answer now coming (delay mode). */
    let delay = 0;
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      if (stalled || proxy.mode === 'stall') {
        stalled = true; // this connection never recovers
        return;
      }
      if (proxy.mode === 'reset') return end();
      if (REQUEST_LINE.test(chunk.subarray(0, 16).toString('latin1'))) {
        delay = proxy.delayOf ? proxy.delayOf(requests) : proxy.delayMs;
        requests++;
      }
      if (proxy.mode === 'lose') losing = random() < proxy.loseRate;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (stalled || proxy.mode === 'stall') return;
      if (losing) {
        losing = false;
        lost++;
        return end();
      }
      if (proxy.mode === 'delay' && delay > 0) {
        setTimeout(() => client.writable && client.write(chunk), delay);
      } else client.write(chunk);
    });
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', () => (proxy.mode === 'delay' ? setTimeout(end, delay) : end()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  Object.assign(proxy, { endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
  return proxy;
}
