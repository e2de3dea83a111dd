// Region-bound config values (a KMS key, an SES identity): one ARN serves a package of its own
// region only; a map region -> ARN becomes the templates' RegionBound mapping, looked up with the
// launching region, so one region-free template uses each region's own key and identity.
import { strict as assert } from 'node:assert';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../generator/config/load.js';
import { parseTemplate } from '../../generator/core/parse.js';
import { renderAll } from '../../generator/render.js';
import { runCli, tempDir } from '../helpers.js';
import { cfnLint, describeFinding } from '../support/cfn-lint.js';

const key = (region: string, n: number): string =>
  `arn:aws:kms:${region}:123456789012:key/${String(n).repeat(8)}-2222-3333-4444-555555555555`;
const identity = (region: string): string => `arn:aws:ses:${region}:123456789012:identity/example.com`;

const MAPPED = {
  logs: { kmsKeyArn: { 'us-east-1': key('us-east-1', 1), 'eu-west-1': key('eu-west-1', 2) } },
  cognito: {
    email: {
      from: 'no-reply@example.com',
      sesIdentityArn: { 'us-east-1': identity('us-east-1'), 'eu-west-1': identity('eu-west-1') },
    },
  },
};

const lookup = (key: string) => ({ 'Fn::FindInMap': ['RegionBound', { Ref: 'AWS::Region' }, key] });

describe('region-bound config values', function () {
  this.timeout(120_000);

  it('a map region -> ARN: each template that uses one gets the RegionBound mapping and looks it up by region; cfn-lint 0', () => {
    const files = renderAll(validateConfig(MAPPED, 'mapped.json')).filter((f) => f.file.endsWith('.yml'));
    const dir = tempDir('mysfits-region-bound-');
    let logGroups = 0;
    let pools = 0;
    for (const f of files) {
      writeFileSync(join(dir, f.file), f.text);
      const t = parseTemplate(f.text, f.file);
      const mappings = (t.data.Mappings ?? {}) as Record<string, unknown>;
      const uses = t.resources.filter((r) => r.type === 'AWS::Logs::LogGroup' || r.type === 'AWS::Cognito::UserPool');
      if (uses.length === 0) continue;
      assert.deepEqual(
        mappings.RegionBound,
        {
          'eu-west-1': { LogsKmsKeyArn: key('eu-west-1', 2), SesIdentityArn: identity('eu-west-1') },
          'us-east-1': { LogsKmsKeyArn: key('us-east-1', 1), SesIdentityArn: identity('us-east-1') },
        },
        f.file,
      );
      for (const r of uses) {
        if (r.type === 'AWS::Logs::LogGroup') {
          assert.deepEqual(r.properties.KmsKeyId, lookup('LogsKmsKeyArn'), `${f.file} ${r.id}`);
          logGroups++;
        } else {
          const email = r.properties.EmailConfiguration as Record<string, unknown>;
          assert.deepEqual(email.SourceArn, lookup('SesIdentityArn'), `${f.file} ${r.id}`);
          pools++;
        }
      }
      // No ARN of a region is written outside the mapping.
      const resources = JSON.stringify(t.data.Resources);
      assert.ok(!resources.includes('arn:aws:kms:') && !resources.includes('arn:aws:ses:'), f.file);
    }
    assert.ok(logGroups >= 10, `${logGroups} log groups`);
    assert.equal(pools, 1);
    const findings = cfnLint(files.map((f) => join(dir, f.file)));
    assert.deepEqual([...findings.values()].flat().map(describeFinding), []);
  });

  it('one ARN is written as it is, and no template gets a mapping', () => {
    const config = validateConfig({ logs: { kmsKeyArn: key('eu-west-1', 2) } }, 'one.json');
    for (const f of renderAll(config).filter((x) => x.file.endsWith('.yml'))) {
      assert.doesNotMatch(f.text, /RegionBound/, f.file);
    }
    assert.match(renderAll(config).find((f) => f.file === 'core.yml')!.text, /KmsKeyId: arn:aws:kms:eu-west-1:/);
  });

  it('package refuses a map without a region packaged, or an ARN under another region (exit 2, nothing written)', () => {
    const dir = tempDir('mysfits-region-bound-cli-');
    const config = join(dir, 'c.json');
    const out = join(dir, 'out');
    const wrong = {
      ...MAPPED,
      logs: { kmsKeyArn: { 'us-east-1': key('us-east-1', 1), 'eu-west-1': key('us-east-1', 2) } },
    };
    writeFileSync(config, JSON.stringify(wrong));
    const r = runCli(['package', '--config', config, '--regions', 'us-east-1,eu-west-1,us-west-2', '--out', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /logs\.kmsKeyArn\.eu-west-1 is in us-east-1, not eu-west-1/);
    assert.match(r.stderr, /logs\.kmsKeyArn names no ARN for us-west-2/);
    assert.match(r.stderr, /cognito\.email\.sesIdentityArn names no ARN for us-west-2/);
    assert.ok(!existsSync(out), 'nothing written');
  });

  it('the config refuses a map whose key is not a region code', () => {
    assert.throws(
      () => validateConfig({ logs: { kmsKeyArn: { 'not a region': key('us-east-1', 1) } } }, 'bad.json'),
      /kmsKeyArn/,
    );
  });
});
