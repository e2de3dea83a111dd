// cfn-lint is the judge of template correctness: every committed template, the defaults' and
// every config variant's (templates/variants/), must pass with no finding at any level.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { variants } from '../support/variants.js';
import { cfnLint, describeFinding, type Finding } from '../support/cfn-lint.js';

describe('cfn-lint', function () {
  this.timeout(180_000);
  const yaml = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f));
  const committed = yaml('templates');
  // Every config variant that changes a template's shape (templates/variants/, golden-tested).
  const variantFiles = variants().flatMap((v) => yaml(v.dir));
  const broken = join('test', 'fixtures', 'broken.yml');
  let results: Map<string, Finding[]>;
  before(() => {
    results = cfnLint([...committed, ...variantFiles, broken]);
  });

  it('reports the mistakes in a known-broken template (the setup really lints)', () => {
    const rules = (results.get(broken) ?? []).map((f) => f.Rule.Id);
    assert.ok(rules.includes('E3002'), `misspelt property not reported: ${rules.join(', ')}`);
    assert.ok(rules.includes('E1020'), `Ref to nothing not reported: ${rules.join(', ')}`);
  });
  it('finds templates to lint', () => {
    assert.ok(committed.length > 0, 'no templates under templates/');
  });
  it('lints both compute modes', () => {
    assert.ok(variantFiles.some((f) => f.endsWith('service-function.yml')));
  });
  for (const file of [...committed, ...variantFiles]) {
    it(`${file} has no finding`, () => {
      const findings = results.get(file) ?? [];
      assert.deepEqual(findings.map(describeFinding), []);
    });
  }
});
