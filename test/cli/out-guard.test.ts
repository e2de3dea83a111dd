// An output folder that can never be made (`/proc/x`: Node's recursive mkdir spins there at 100%
// CPU for ever) or has a file on the way is refused at once by every command that writes one,
// through the one guard they share (makeFolder in generator/fs/atomic.ts), naming the path.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI, ROOT, tempDir } from '../helpers.js';

/** Far longer than a refusal takes; a command that spins is killed here and fails the test. */
const LIMIT_MS = 60_000;

function refused(args: string[]): { code: number | null; stderr: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: LIMIT_MS,
    env: { ...process.env, NO_COLOR: '1' },
  });
  assert.equal(r.signal, null, `mysfits ${args.join(' ')} did not end within ${LIMIT_MS / 1000} s`);
  return { code: r.status, stderr: r.stderr, ms: Date.now() - started };
}

describe('output folders that cannot be made', function () {
  this.timeout(LIMIT_MS * 4);
  const blocked = (): string => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    return join(dir, 'file', 'out');
  };

  for (const [what, args] of [
    ['package', ['package', '--regions', 'us-east-1', '--out']],
    ['generate', ['generate', '--quiet', '--out']],
    ['review', ['review', '--skip-lint', '--packs', 'none', '--out']],
  ] as const) {
    it(`${what} --out /proc/x, or a path through a file: exit 1 at once, naming it`, () => {
      for (const out of ['/proc/x', blocked()]) {
        const r = refused([...args, out]);
        assert.equal(r.code, 1, r.stderr);
        // The path given, or the file on its way (`.../file: a part of the path is a file`).
        assert.ok(r.stderr.includes(`${out}:`) || r.stderr.includes(`${dirname(out)}:`), r.stderr);
      }
    });
  }
});
