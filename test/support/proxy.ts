// The pieces of a loopback proxy in front of moto_server: read a request, pass it on, relay the
// answer. Used where a test must see or hold what crosses the wire (slow-stacks.ts, s3-proxy.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export const read = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** Sends the request on to `target` (same method, path, headers and body). */
export function forward(target: string, req: IncomingMessage, body: Buffer): Promise<Response> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string' && k !== 'host' && k !== 'connection' && k !== 'content-length') headers[k] = v;
  }
  return fetch(`${target}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
}

/** Writes the upstream answer (with `body` in place of its own) back to the client. */
export function relay(upstream: Response, res: ServerResponse, body: Buffer): void {
  const headers: Record<string, string> = {};
  upstream.headers.forEach((v, k) => {
    if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding') headers[k] = v;
  });
  res.writeHead(upstream.status, headers);
  res.end(body);
}

/** Serves `handle` on a free loopback port; a handler that throws answers 502 with its message. */
export async function serve(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<{ server: Server; endpoint: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      res.writeHead(502);
      res.end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    server,
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback server giving every request the same JSON answer, counting the requests. */
export async function fixedAnswer(
  status: number,
  body: string,
): Promise<Awaited<ReturnType<typeof serve>> & { requests(): number }> {
  let requests = 0;
  const served = await serve(async (_req, res) => {
    requests++;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  return { ...served, requests: () => requests };
}
