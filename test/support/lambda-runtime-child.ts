// The child process of lambda.ts's runtime: what Lambda's Node.js runtime does with a function's
// code, for one instance. It loads the handler from the unpacked zip (plain CommonJS, no
// node_modules: what Lambda runs), reports the init's outcome, then answers each event it is sent
// over IPC with the handler's result, one at a time as an instance does.
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

const dir = process.argv[2];
const send = (message: unknown): void => void process.send!(message);
const started = performance.now();
const require = createRequire(join(dir, 'index.js'));
let handler: Handler;
try {
  handler = (require(join(dir, 'index.js')) as { handler: Handler }).handler;
  send({ type: 'ready', initMs: performance.now() - started });
} catch (err) {
  send({ type: 'init-error', message: (err as Error).message });
  process.exit(1);
}

let queue = Promise.resolve();
process.on('message', (m: { id: number; event?: unknown; loaded?: true; files?: true }) => {
  if (m.loaded) {
    // The built-in modules loaded so far (Node's own list, in load order).
    send({ type: 'result', id: m.id, result: (process as unknown as { moduleLoadList: string[] }).moduleLoadList });
    return;
  }
  if (m.files) {
    // The function's files loaded so far (index.js, and each part it has loaded since).
    send({ type: 'result', id: m.id, result: Object.keys(require.cache).filter((f) => f.startsWith(dir)) });
    return;
  }
  queue = queue.then(async () => {
    const context = { awsRequestId: `req-${m.id}`, getRemainingTimeInMillis: () => 10_000 };
    try {
      send({ type: 'result', id: m.id, result: await handler(m.event, context) });
    } catch (err) {
      send({ type: 'error', id: m.id, message: (err as Error).message });
    }
  });
});
