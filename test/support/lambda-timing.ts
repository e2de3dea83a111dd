// Serverless-mode figures both benchmarks print (bench:lambda, bench:service): a cold start (a
// fresh process loads the packaged handler and answers one proxy event) and warm events through
// one instance's handler in this process, one at a time as Lambda sends them, with the CPU each
// took.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { APIGatewayProxyResult } from 'aws-lambda';

export type ProxyHandler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResult>;

/** A cold start's time from spawning the process, and where it went (as the process saw it). */
export interface ColdStart {
  /** From spawning the process to its exit after the handler's answer. */
  readonly ms: number;
  /** Node's own start: from the process's time origin to the first line of the script. */
  readonly nodeMs: number;
  /** require() of the handler's module: Lambda's init phase. */
  readonly loadMs: number;
  /** The handler's first answer to `event`. */
  readonly answerMs: number;
}

/** A fresh process loads the handler in `dir` and answers `event` (200 expected). */
export async function coldStart(dir: string, env: Record<string, string>, event: unknown): Promise<ColdStart> {
  const script = `
const t0 = performance.now();
const { handler } = require(${JSON.stringify(join(dir, 'index.js'))});
const t1 = performance.now();
handler(${JSON.stringify(event)}, {}).then((r) => {
  const t2 = performance.now();
  process.stdout.write('\\n' + JSON.stringify({ status: r.statusCode, nodeMs: t0, loadMs: t1 - t0, answerMs: t2 - t1 }));
  process.exit(0);
});`;
  const started = performance.now();
  // Not spawnSync: the table may run in this process and must go on answering.
  const child = spawn(process.execPath, ['-e', script], { cwd: dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((r) => child.once('exit', r));
  const ms = performance.now() - started;
  let marks: { status?: number; nodeMs: number; loadMs: number; answerMs: number } | undefined;
  try {
    marks = JSON.parse(stdout.slice(stdout.lastIndexOf('\n') + 1)) as typeof marks;
  } catch {
    // named below
  }
  if (marks?.status !== 200) throw new Error(`cold function answered ${stdout}: ${stderr}`);
  return { ms, nodeMs: marks.nodeMs, loadMs: marks.loadMs, answerMs: marks.answerMs };
}

/** The packaged handler, loaded into this process with `env` set (its init reads it). */
export function loadHandler(dir: string, env: Record<string, string>): ProxyHandler {
  Object.assign(process.env, env);
  const file = join(dir, 'index.js');
  return (createRequire(file)(file) as { handler: ProxyHandler }).handler;
}

export interface WarmFigures {
  readonly perSecond: number;
  /** CPU (user + system) of this process per event, in ms. */
  readonly cpuMs: number;
}

/** Events one after another for `seconds`; the handler's log lines are kept out of stdout. */
export async function warmEvents(handler: ProxyHandler, event: unknown, seconds: number): Promise<WarmFigures> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    let n = 0;
    const cpu = process.cpuUsage();
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const r = await handler(event, {});
      if (r.statusCode !== 200) throw new Error(`warm event answered ${r.statusCode}`);
      n++;
    }
    const used = process.cpuUsage(cpu);
    return { perSecond: n / seconds, cpuMs: (used.user + used.system) / 1000 / n };
  } finally {
    process.stdout.write = write;
  }
}
