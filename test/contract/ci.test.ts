// Every CI definition runs the Node versions .ci/run pins: the workflow's container may only be one
// of them (it runs npm; .ci/run installs and tests on each pinned version itself).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** Major versions pinned by .ci/run (`NODE_24=24.x.y`), in the order it runs them. */
function pinnedMajors(): number[] {
  const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
  return [...run.matchAll(/^NODE_\d+=(\d+)\.\d+\.\d+$/gm)].map((m) => Number(m[1]));
}

describe('CI definitions', () => {
  it('.ci/run pins Node 24 and 22, and tests on both', () => {
    assert.deepEqual(pinnedMajors(), [24, 22]);
    const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    assert.match(run, /run_suite "\$NODE24_BIN"/);
    assert.match(run, /run_suite "\$NODE22_BIN"/);
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
});
