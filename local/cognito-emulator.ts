// cognito-local (npm) as the local run's Cognito: a child process, because it reads its port from
// the environment and keeps its state in ./.cognito of its working folder (a temporary folder
// here). It sends no email: it logs each confirmation code in a box, which is parsed here so the
// local run can print it plainly. The child also exits when its stdin closes, so it never
// outlives the local run, even one killed without a chance to clean up.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';

export interface CodeDelivery {
  readonly username: string;
  readonly destination?: string;
  readonly code: string;
}

export interface CognitoEmulator {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export interface CognitoEmulatorOptions {
  readonly host: string;
  readonly port: number;
  /** Its working folder (state goes in .cognito/ there). */
  readonly dir: string;
  readonly onCode: (delivery: CodeDelivery) => void;
  /** Called if it exits on its own, with the end of its output. */
  readonly onExit?: (code: number | null, output: string) => void;
}

const START = createRequire(import.meta.url).resolve('cognito-local/lib/bin/start.js');
// Runs cognito-local and exits when the parent's end of stdin closes.
const WATCHDOG = "process.stdin.on('end', () => process.exit(0)).resume(); require(process.argv[1]);";
const READY = /Cognito Local running on/;
const STARTUP_MS = 30_000;

export async function startCognitoEmulator(options: CognitoEmulatorOptions): Promise<CognitoEmulator> {
  const child: ChildProcess = spawn(process.execPath, ['--no-warnings', '-e', WATCHDOG, START], {
    cwd: options.dir,
    env: { PATH: process.env.PATH ?? '', PORT: String(options.port), HOST: options.host },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  let stopping = false;
  const onData = (chunk: Buffer): void => {
    const text = stripVTControlCharacters(chunk.toString('utf8'));
    output = (output + text).slice(-8000);
    pending += text;
    pending = takeCodes(pending, options.onCode);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then((code) => {
    if (!stopping) options.onExit?.(code, output);
  });

  const deadline = Date.now() + STARTUP_MS;
  while (!READY.test(output)) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited (${child.exitCode}) while starting:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`cognito-local did not start within ${STARTUP_MS / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    endpoint: `http://${options.host}:${options.port}`,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// cognito-local's message box: "Confirmation Code Delivery", then "Username: ...", "Destination:
// ...", "Code: ..." lines between box borders.
const MARKER = 'Confirmation Code Delivery';
const BOX = new RegExp(`${MARKER}([\\s\\S]*?)╰`);

/** Reports every complete code box in `text`; returns what is left to wait for more output. */
export function takeCodes(text: string, onCode: (delivery: CodeDelivery) => void): string {
  let rest = text;
  for (let m = BOX.exec(rest); m; m = BOX.exec(rest)) {
    const field = (name: string): string | undefined => new RegExp(`${name}:\\s*(\\S+)`).exec(m![1]!)?.[1];
    const username = field('Username');
    const code = field('Code');
    if (username && code) onCode({ username, code, destination: field('Destination') });
    rest = rest.slice(m.index + m[0].length);
  }
  // Keep only an unfinished box (or the start of its marker), not the whole log.
  const open = rest.lastIndexOf(MARKER);
  return open === -1 ? rest.slice(-MARKER.length) : rest.slice(open);
}
