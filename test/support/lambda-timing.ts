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

/** ms from spawning a process to its handler's answer to `event` (200 expected). */
export async function coldStart(dir: string, env: Record<string, string>, event: unknown): Promise<number> {
  const script = `
const { handler } = require(${JSON.stringify(join(dir, 'index.js'))});
handler(${JSON.stringify(event)}, {}).then((r) => { process.stdout.write(String(r.statusCode)); process.exit(0); });`;
  const started = performance.now();
  // Not spawnSync: the table may run in this process and must go on answering.
  const child = spawn(process.execPath, ['-e', script], { cwd: dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((r) => child.once('exit', r));
  const ms = performance.now() - started;
  if (!stdout.endsWith('\n200')) throw new Error(`cold function answered ${stdout}: ${stderr}`);
  return ms;
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
