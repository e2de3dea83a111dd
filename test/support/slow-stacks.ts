// A loopback proxy in front of moto_server that makes its stack operations take time.
//
// Why: moto finishes every stack operation inside the API call, so a stack is never seen
// *_IN_PROGRESS and there is nothing for an interrupted `deploy` or `destroy` to attach to when
// re-run. This proxy is the one thing mocked in those tests: for `holdMs` after an
// ExecuteChangeSet it reports the stack as CREATE/UPDATE_IN_PROGRESS, and it acknowledges a
// DeleteStack at once but passes it on to moto only after `holdMs`, reporting
// DELETE_IN_PROGRESS meanwhile, as CloudFormation does. Everything else passes through untouched.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface SlowStacks {
  readonly endpoint: string;
  close(): Promise<void>;
}

const read = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function startSlowStacks(target: string, holdMs: number): Promise<SlowStacks> {
  let executingUntil = 0;
  /** From a DeleteStack until moto has carried it out. */
  let deleting = false;
  const timers = new Set<NodeJS.Timeout>();

  const forward = async (req: IncomingMessage, body: Buffer): Promise<Response> => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && k !== 'host' && k !== 'connection' && k !== 'content-length') headers[k] = v;
    }
    return fetch(`${target}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const form = (req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
        ? new URLSearchParams(body.toString())
        : undefined;
      const action = form?.get('Action');
      if (action === 'DeleteStack') {
        deleting = true;
        const timer = setTimeout(() => {
          timers.delete(timer);
          void forward(req, body)
            .catch(() => undefined)
            .finally(() => (deleting = false));
        }, holdMs);
        timers.add(timer);
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<DeleteStackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ResponseMetadata><RequestId>held</RequestId></ResponseMetadata></DeleteStackResponse>',
        );
        return;
      }
      const upstream = await forward(req, body);
      let text = Buffer.from(await upstream.arrayBuffer());
      if (action === 'ExecuteChangeSet' && upstream.ok) executingUntil = Date.now() + holdMs;
      if (action === 'DescribeStacks') {
        let xml = text.toString();
        if (deleting)
          xml = xml.replace(/<StackStatus>[A-Z_]+<\/StackStatus>/g, '<StackStatus>DELETE_IN_PROGRESS</StackStatus>');
        else if (Date.now() < executingUntil)
          xml = xml.replace(
            /<StackStatus>(CREATE|UPDATE)_COMPLETE<\/StackStatus>/g,
            '<StackStatus>$1_IN_PROGRESS</StackStatus>',
          );
        text = Buffer.from(xml);
      }
      const headers: Record<string, string> = {};
      upstream.headers.forEach((v, k) => {
        if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding') headers[k] = v;
      });
      res.writeHead(upstream.status, headers);
      res.end(text);
    })().catch((err: Error) => {
      res.writeHead(502);
      res.end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      for (const t of timers) clearTimeout(t);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
