// Every CI definition runs the Node versions .ci/run pins: the workflow's container may only be one
// of them (it runs npm; .ci/run installs and tests on each pinned version itself).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.js';

/** Major versions pinned by .ci/run (`NODE_24=24.x.y`), in the order it runs them. */
function pinnedMajors(): number[] {
  const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
  return [...run.matchAll(/^NODE_\d+=(\d+)\.\d+\.\d+$/gm)].map((m) => Number(m[1]));
}

describe('CI definitions', () => {
  it('.ci/run pins Node 24 and 22, and tests on both', () => {
    assert.deepEqual(pinnedMajors(), [24, 22]);
    const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    // On 24, the README's test command as it is: `npm test` (lint included).
    assert.match(run, /^run_suite "\$NODE24_BIN" "Node \$NODE_24" test$/m);
    assert.match(run, /^run_suite "\$NODE22_BIN" "Node \$NODE_22" test:runtime --config \.mocharc\.node22\.json$/m);
    assert.match(run, /npm run "\$script"/);
  });

  it("every workflow's Node container is a version .ci/run tests, and every workflow runs .ci/run", () => {
    const folder = join(ROOT, '.github', 'workflows');
    const majors = pinnedMajors();
    for (const name of readdirSync(folder)) {
      const text = readFileSync(join(folder, name), 'utf8');
      for (const m of text.matchAll(/\bnode:(\d+)/g))
        assert.ok(majors.includes(Number(m[1])), `${name} names node:${m[1]}; .ci/run tests ${majors.join(' and ')}`);
      assert.match(text, /bash \.ci\/run/, `${name} does not run .ci/run`);
    }
  });

  it('the reporter names each failed test (and failed hook) in mocha.json, which .ci/run repeats before its summary', () => {
    const dir = tempDir('mysfits-reporter-');
    try {
      writeFileSync(
        join(dir, 'a.test.cjs'),
        [
          "describe('outer', () => { it('fails', () => { throw new Error('boom\\nsecond\\nthird\\nfourth'); }); it('passes', () => {}); });",
          "describe('hooked', () => { before(() => { throw new Error('hook broke'); }); it('never runs', () => {}); });",
        ].join('\n'),
      );
      const mocha = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
      const run = spawnSync(
        process.execPath,
        [mocha, '--no-config', '--reporter', join(ROOT, 'test', 'reporter.cjs'), 'a.test.cjs'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stdout, /\n1 passed, 2 failed\n$/);
      const result = JSON.parse(readFileSync(join(dir, 'test-results', 'mocha.json'), 'utf8'));
      assert.deepEqual(result, {
        passed: 1,
        failed: 2,
        pending: 0,
        failures: [
          { file: 'a.test.cjs', title: 'outer fails', message: 'boom\nsecond\nthird' },
          { file: 'a.test.cjs', title: 'hooked "before all" hook for "never runs"', message: 'hook broke' },
        ],
      });
      const run2 = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
      assert.match(run2, /require\("\.\/test-results\/mocha\.json"\);[^']*result\.failures/);
      assert.ok(run2.indexOf('printf \'%s\' "$failed_tests"') < run2.lastIndexOf('summary "$total_passed"'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
