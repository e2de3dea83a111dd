// Shared test helpers: the repo root, temp folders, and the CLI run as a user runs it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundled CLI, as installed users run it (npm run build). */
export const CLI = join(ROOT, 'dist', 'cli', 'mysfits.mjs');

export function tempDir(prefix = 'mysfits-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `mysfits ...args` in a child process, as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder, relative path -> content, to compare before and after. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(p, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/**
 * Runs `mysfits ...args` without blocking this process (needed when the test serves the other
 * end itself, such as dynalite or a proxy). `onOutput` sees output as it arrives, for tests that
 * act mid-run (interrupting a wait).
 */
export function runCliAsync(
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    onOutput?: (stdout: string, stderr: string, child: ChildProcess) => void;
  } = {},
): Promise<CliResult> {
  return runAsync(process.execPath, [CLI, ...args], {
    ...options,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
  });
}

/** Runs a program with exactly `env`, its output collected, without blocking this process. */
export function runAsync(
  file: string,
  args: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    onOutput?: (stdout: string, stderr: string, child: ChildProcess) => void;
  },
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      options.onOutput?.(stdout, stderr, child);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.onOutput?.(stdout, stderr, child);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
}
