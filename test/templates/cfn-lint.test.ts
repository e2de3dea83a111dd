// cfn-lint is the judge of template correctness: every committed template, and every config
// variant that changes a template's shape, must pass with no finding at any level.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../generator/config/load.js';
import { renderAll } from '../../generator/render.js';
import { writeFilesAtomically } from '../../generator/fs/atomic.js';
import { ROOT, tempDir } from '../helpers.js';
import { cfnLint, describeFinding, type Finding } from '../support/cfn-lint.js';

/** Config variants that change which resources exist, linted in addition to the defaults. */
const VARIANTS: Record<string, unknown> = {
  'nat-single': { network: { natGateways: 'single' } },
  'nat-none': { network: { natGateways: 'none' } },
  // cognito.yml gains the pre-sign-up trigger (a SAM function with a Cognito event).
  'auto-confirm': { cognito: { autoConfirmSignUp: true } },
  // api.yml without the account-level CloudWatch role; data.yml retaining a protected table;
  // tags on every taggable resource and nested stack.
  'existing-account-role-protected-tagged': {
    api: { accountCloudWatchRole: false },
    data: { deletionProtection: true },
    tags: { team: 'mysfits', CostCenter: '42' },
  },
};

describe('cfn-lint', function () {
  this.timeout(180_000);
  const committed = readdirSync(join(ROOT, 'templates'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join('templates', f));
  const variantFiles: string[] = [];
  const variantDir = tempDir('mysfits-lint-');
  for (const [name, raw] of Object.entries(VARIANTS)) {
    const files = renderAll(validateConfig(raw, name)).filter((f) => /\.ya?ml$/.test(f.file));
    writeFilesAtomically(
      join(variantDir, name),
      files.map((f) => ({ name: f.file, content: f.text })),
    );
    variantFiles.push(...files.map((f) => join(variantDir, name, f.file)));
  }
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
  for (const file of [...committed, ...variantFiles]) {
    const label = file.startsWith(variantDir) ? `variant ${file.slice(variantDir.length + 1)}` : file;
    it(`${label} has no finding`, () => {
      const findings = results.get(file) ?? [];
      assert.deepEqual(findings.map(describeFinding), []);
    });
  }
});
