// `generate` and `package` killed outright (SIGKILL) at every rename they make: the folder is
// then the previous output or the new one, never a mix (or, between the two renames of the swap,
// absent with the committed one beside it), and the next run finishes or undoes what was left
// and leaves no `.mysfits-*` folder behind. The kill comes from a preload that wraps
// fs.renameSync (the only call that changes what a reader of the folder sees).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, snapshot, tempDir } from '../helpers.js';

const PRELOAD = `
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const at = Number(process.env.KILL_AT_RENAME);
let n = 0;
const rename = fs.renameSync;
fs.renameSync = function (...args) {
  const result = rename.apply(this, args);
  if (++n === at) process.kill(process.pid, 'SIGKILL');
  return result;
};
syncBuiltinESMExports();
`;

function mysfits(args: string[], cwd: string, killAt?: number) {
  const preload = join(cwd, 'kill-at-rename.cjs');
  writeFileSync(preload, PRELOAD);
  return spawnSync(process.execPath, ['--require', preload, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, KILL_AT_RENAME: killAt === undefined ? '' : String(killAt), MYSFITS_NO_FAST_PATH: '1' },
  });
}

const leftovers = (parent: string) => readdirSync(parent).filter((n) => n.includes('.mysfits-'));

describe('generate and package killed at any rename: the previous output or the new one', function () {
  this.timeout(300_000);

  it('generate: after a kill at each rename, the folder is all old or all new; the next run finishes it', () => {
    const work = tempDir();
    writeFileSync(join(work, 'b.json'), JSON.stringify({ appName: 'other', network: { natGateways: 'single' } }));
    for (const d of ['a', 'b']) {
      const r = mysfits(['generate', '--quiet', '--out', d, ...(d === 'b' ? ['--config', 'b.json'] : [])], work);
      assert.equal(r.status, 0, r.stderr);
    }
    const [A, B] = [snapshot(join(work, 'a')), snapshot(join(work, 'b'))];
    assert.notDeepEqual(A, B);
    let killed = 0;
    for (let at = 1; ; at++) {
      const out = `t${at}`;
      assert.equal(mysfits(['generate', '--quiet', '--out', out], work).status, 0);
      const r = mysfits(['generate', '--quiet', '--out', out, '--config', 'b.json'], work, at);
      if (r.signal !== 'SIGKILL') break; // fewer renames than `at`: the run completed
      killed++;
      if (existsSync(join(work, out))) {
        const now = snapshot(join(work, out));
        assert.ok(
          JSON.stringify(now) === JSON.stringify(A) || JSON.stringify(now) === JSON.stringify(B),
          `killed at rename ${at}: a mix of old and new files`,
        );
      } else {
        assert.ok(
          leftovers(work).some((n) => n.startsWith(`.${out}.mysfits-ready-`)),
          `killed at ${at}: nothing to recover`,
        );
      }
      const again = mysfits(['generate', '--quiet', '--out', out, '--config', 'b.json'], work);
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(snapshot(join(work, out)), B, `after the kill at rename ${at}, the next run`);
      assert.deepEqual(leftovers(work), [], `after the kill at rename ${at}`);
    }
    assert.ok(killed >= 3, `only ${killed} kill points`);
  });

  it('package: a kill at each rename leaves the previous package or the new one, manifest and pages included', () => {
    const work = tempDir();
    writeFileSync(join(work, 'b.json'), JSON.stringify({ appName: 'other' }));
    const pkg = (out: string, config: string | undefined, killAt?: number) =>
      mysfits(
        ['package', '--regions', 'us-east-1,eu-west-1', '--out', out, ...(config ? ['--config', config] : [])],
        work,
        killAt,
      );
    assert.equal(pkg('a', undefined).status, 0);
    assert.equal(pkg('b', 'b.json').status, 0);
    const strip = (s: Record<string, string>) =>
      Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith('.cache/')));
    const [A, B] = [strip(snapshot(join(work, 'a'))), strip(snapshot(join(work, 'b')))];
    for (let at = 1; at <= 6; at++) {
      const out = `p${at}`;
      cpSync(join(work, 'a'), join(work, out), { recursive: true }); // the previous package, its asset cache too
      const r = pkg(out, 'b.json', at);
      if (r.signal !== 'SIGKILL') break;
      if (existsSync(join(work, out))) {
        const now = JSON.stringify(strip(snapshot(join(work, out))));
        assert.ok(now === JSON.stringify(A) || now === JSON.stringify(B), `package killed at rename ${at}: a mix`);
      }
      assert.equal(pkg(out, 'b.json').status, 0);
      assert.deepEqual(strip(snapshot(join(work, out))), B);
      assert.deepEqual(leftovers(work), []);
    }
  });
});
