// A loopback proxy in front of moto_server that makes its stack operations take time.
//
// Why: moto finishes every stack operation inside the API call, so a stack is never seen
// *_IN_PROGRESS and there is nothing for an interrupted `deploy` or `destroy` to attach to when
// re-run. This proxy is the one thing mocked in those tests: for `holdMs` after an
// ExecuteChangeSet it reports the stack as CREATE/UPDATE_IN_PROGRESS, and it acknowledges a
// DeleteStack at once but passes it on to moto only after `holdMs`, reporting
// DELETE_IN_PROGRESS meanwhile, as CloudFormation does. Everything else passes through untouched.
import { forward, read, relay, serve } from './proxy.js';

export interface SlowStacks {
  readonly endpoint: string;
  close(): Promise<void>;
}

export async function startSlowStacks(target: string, holdMs: number): Promise<SlowStacks> {
  let executingUntil = 0;
  /** From a DeleteStack until moto has carried it out. */
  let deleting = false;
  const timers = new Set<NodeJS.Timeout>();

  const proxy = await serve(async (req, res) => {
    const body = await read(req);
    const form = (req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
      ? new URLSearchParams(body.toString())
      : undefined;
    const action = form?.get('Action');
    if (action === 'DeleteStack') {
      deleting = true;
      const timer = setTimeout(() => {
        timers.delete(timer);
        void forward(target, req, body)
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
    const upstream = await forward(target, req, body);
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
    relay(upstream, res, text);
  });
  return {
    endpoint: proxy.endpoint,
    async close() {
      for (const t of timers) clearTimeout(t);
      await proxy.close();
    },
  };
}
