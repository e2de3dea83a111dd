// A machine without a working Chromium: the site suites fail at once, naming the install command;
// the other suites in the same mocha run still run; mocha exits; and nothing the failed hook
// started (the local run, cognito-local, a browser) is left running. Each case runs mocha as a
// child on the browser suite plus the site build suite, with its own HOME, which everything the
// suite starts inherits (the local run gets it explicitly, Playwright's browser through the
// environment): a process still carrying that HOME afterwards is one left behind.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.js';
import { CHROMIUM_INSTALL } from '../support/browser.js';

const MOCHA = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
/** Generous on a loaded 2-core machine: the local run starts (seconds), the browser fails at once. */
const LIMIT_MS = 150_000;

/** Pids of processes whose environment has HOME=home (Linux /proc). */
function processesWithHome(home: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      if (env.includes(`HOME=${home}`)) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

function runSiteSuites(chromium: string, home: string): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        MOCHA,
        '--no-config',
        '--reporter',
        'spec',
        '--timeout',
        '120000',
        join(ROOT, 'dist', 'test', 'site', 'browser.test.js'),
        join(ROOT, 'dist', 'test', 'site', 'build.test.js'),
      ],
      { cwd: ROOT, env: { ...process.env, HOME: home, MYSFITS_CHROMIUM: chromium }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mocha did not exit within ${LIMIT_MS / 1000} s:\n${output}`));
    }, LIMIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

async function noneLeft(home: string): Promise<number[]> {
  // An interrupted local run takes a moment to close its servers; cognito-local exits when its
  // stdin closes. Wait for them rather than for a fixed time.
  const deadline = Date.now() + 30_000;
  let left = processesWithHome(home);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    left = processesWithHome(home);
  }
  return left;
}

describe('site suites without a working Chromium', function () {
  this.timeout(LIMIT_MS + 60_000);

  for (const [what, chromium] of [
    ['missing', '/nonexistent/chromium'],
    ['exits at once', '/bin/false'],
  ] as const) {
    it(`browser ${what}: the suite fails naming the install command, the rest runs, mocha exits, nothing left running`, async () => {
      const home = tempDir('mysfits-no-browser-');
      try {
        const r = await runSiteSuites(chromium, home);
        assert.notEqual(r.code, 0, r.output);
        assert.ok(r.output.includes(CHROMIUM_INSTALL), `the install command is not named:\n${r.output}`);
        assert.ok(r.output.includes(chromium), r.output);
        assert.match(r.output, /\d+ passing/, `the build suite did not run:\n${r.output}`);
        assert.match(r.output, /1 failing/, r.output);
        const left = await noneLeft(home);
        assert.deepEqual(left, [], `left running: ${left.join(', ')}`);
      } finally {
        for (const pid of processesWithHome(home)) process.kill(pid, 'SIGKILL');
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});
