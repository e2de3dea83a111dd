// Signals as people and ECS send them: SIGTERM to `npm run service` and `npm start` (the
// signal must reach the program npm runs, and nothing may be left listening), and SIGTERM to the
// service under kept-alive load (requests in flight answered, idle connections closed cleanly,
// none reset).
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { ROOT } from '../helpers.js';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';
import { freePort } from '../support/moto.js';
import { BUNDLE_ENV, runBundle } from '../support/service.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Whether something accepts connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

async function until(check: () => Promise<boolean> | boolean, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `npm run <script>` in the repository, its output collected. */
function npmRun(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(NPM, ['run', '--silent', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

describe('signals: SIGTERM reaches what npm runs; a stop under load resets nothing', function () {
  this.timeout(120_000);
  let db: Dynalite;
  before(async () => {
    db = await startSeededDynalite(BUNDLE_ENV.TABLE_NAME);
  });
  after(async () => db?.close());

  it('SIGTERM to `npm run service` stops the service: nothing left listening', async () => {
    const port = await freePort();
    const run = npmRun('service', { ...BUNDLE_ENV, PORT: String(port), DYNAMODB_ENDPOINT: db.endpoint });
    await until(() => run.output().includes('"listening"'), `the service listening:\n${run.output()}`, 60_000);
    run.child.kill('SIGTERM');
    await until(async () => !(await listening(port)), `port ${port} still answers after SIGTERM to npm`, 10_000);
    // The port closes before the last log line is written: wait for it, not for luck (it failed
    // once on Node 22 when the check came between the two). It never coming fails here.
    await until(() => run.output().includes('"msg":"stopped"'), `the "stopped" log line:\n${run.output()}`, 10_000);
    assert.match(run.output(), /"msg":"stopped"/);
  });

  it('SIGTERM to `npm start` stops the site, the API and cognito-local', async () => {
    const port = await freePort();
    const run = npmRun('start', { PORT: String(port) });
    await until(() => run.output().includes('Ctrl-C stops everything'), `the local run:\n${run.output()}`, 90_000);
    const api = Number(/API\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(run.output())![1]);
    const cognito = Number(/Cognito\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(run.output())![1]);
    run.child.kill('SIGTERM');
    for (const [name, p] of [
      ['site', port],
      ['API', api],
      ['cognito-local', cognito],
    ] as const) {
      await until(async () => !(await listening(p)), `${name} (port ${p}) still answers after SIGTERM to npm`, 15_000);
    }
  });

  it('SIGTERM under kept-alive load: every request answered, no connection reset, idle ones closed cleanly', async () => {
    const svc = await runBundle({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: db.endpoint, SHUTDOWN_TIMEOUT_MS: '5000' });
    const url = new URL(svc.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    let answered = 0;
    const failures: string[] = [];
    let stopping = false;
    // 32 clients, each sending request after request on its kept-alive connection until the
    // server says `Connection: close` (then the client stops, as a load balancer would move on).
    const client = async (): Promise<void> => {
      for (;;) {
        const outcome = await new Promise<'again' | 'closed' | 'refused'>((resolve) => {
          const req = request({ host: url.hostname, port: url.port, path: '/mysfits', agent }, (res) => {
            res.resume();
            res.on('end', () => {
              answered++;
              resolve(res.headers.connection === 'close' ? 'closed' : 'again');
            });
          });
          req.on('error', (err: NodeJS.ErrnoException) => {
            // After the stop, a new connection is refused: that is the clean answer.
            if (stopping && err.code === 'ECONNREFUSED') return resolve('refused');
            failures.push(err.code ?? err.message);
            resolve('closed');
          });
          req.end();
        });
        if (outcome !== 'again') return;
      }
    };
    const clients = Array.from({ length: 32 }, () => client());
    await new Promise((r) => setTimeout(r, 1500));
    stopping = true;
    svc.child.kill('SIGTERM');
    await Promise.all(clients);
    agent.destroy();
    assert.equal(await svc.exit, 0);
    assert.deepEqual(
      failures,
      [],
      `${failures.length} connections failed (${answered} answered): ${[...new Set(failures)].join(', ')}`,
    );
    assert.ok(answered > 32, `only ${answered} answers`);
  });
});
