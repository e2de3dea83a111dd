// The local run (`npm start`'s program, dist/local/start.js) as its own process on free ports, as
// a person runs it: the tests read what it prints (the site's URL, confirmation codes) and stop
// it with SIGINT, like Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { freePort } from './moto.js';

export const START = join(ROOT, 'dist', 'local', 'start.js');

export interface LocalRunProcess {
  readonly child: ChildProcess;
  readonly siteUrl: string;
  readonly apiUrl: string;
  readonly cognitoEndpoint: string;
  /** The folder POST /clicks writes its records under (as the run prints it). */
  readonly clicksDir: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** The latest confirmation code it printed for `email`, waiting for one to appear. */
  codeFor(email: string, timeoutMs?: number): Promise<string>;
  /** SIGINT (Ctrl-C) and wait for it to exit; its exit code. */
  interrupt(): Promise<number | null>;
  readonly exit: Promise<number | null>;
}

export async function startLocalRunProcess(env: Record<string, string> = {}): Promise<LocalRunProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [START], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const field = (name: string): string | undefined =>
    new RegExp(`^\\s*${name}\\s+(http://\\S+)`, 'm').exec(output)?.[1];
  const deadline = Date.now() + 60_000;
  while (!output.includes('Ctrl-C stops everything')) {
    if (child.exitCode !== null) throw new Error(`the local run exited ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the local run did not start within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    siteUrl: field('site')!,
    apiUrl: field('API')!,
    cognitoEndpoint: field('Cognito')!,
    clicksDir: /^\s*clicks\s+(\S+)/m.exec(output)![1]!,
    output: () => output,
    async codeFor(email, timeoutMs = 15_000) {
      const pattern = new RegExp(`confirmation code for ${email.replace(/[.+]/g, '\\$&')}: (\\d+)`, 'g');
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = [...output.matchAll(pattern)].at(-1); // the latest, if a new one was sent
        if (found) return found[1]!;
        if (Date.now() > until) throw new Error(`no confirmation code printed for ${email}:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async interrupt() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exit;
    },
    exit,
  };
}
