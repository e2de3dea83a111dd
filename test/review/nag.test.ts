// The rule packs ops review with (cdk-nag's AwsSolutions, Serverless, NIST 800-53 R5) over the
// deployed form of every template of the defaults and of each committed variant. AwsSolutions and
// Serverless must have no open finding: each is fixed in a builder or answered by a reason in the
// resource's metadata. NIST findings are held to the recorded list: a new one fails, and one fixed
// must leave the list, so the count only goes down.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suppressionMetadata } from '../../generator/core/suppressions.js';
import { expandTemplates, matchSuppression, openFindings, runNag, type NagResult } from '../../generator/review/nag.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { variants } from '../support/variants.js';

/** Open NIST 800-53 R5 findings, per template folder: `file resource rule`. */
const NIST_OPEN = join(ROOT, 'test', 'fixtures', 'nag', 'nist-open.json');

const templatePaths = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => join(ROOT, dir, f));

const key = (f: { file: string; resource: string; rule: string; finding?: string }): string =>
  `${f.file} ${f.resource} ${f.rule}${f.finding ? `[${f.finding}]` : ''}`;

describe('rule packs (cdk-nag) over the deployed templates', function () {
  // A liveness guard, not a speed target: the packs over every variant take minutes on a loaded machine.
  this.timeout(900_000);
  const folders = ['templates', ...variants().map((v) => v.dir)];
  const results = new Map<string, NagResult & { ran: true }>();

  before(async () => {
    for (const dir of folders) {
      const r = await runNag(templatePaths(dir), 'us-east-1');
      assert.ok(r.ran, r.ran ? '' : r.reason);
      results.set(dir, r);
    }
  });

  for (const dir of folders) {
    describe(dir, () => {
      it('has no open AwsSolutions or Serverless finding', () => {
        const open = openFindings(results.get(dir)!.findings).filter((f) => f.pack !== 'nist-800-53-r5');
        assert.deepEqual(
          open.map((f) => `${key(f)}: ${f.info}`),
          [],
        );
      });

      it('has no suppression that answers nothing', () => {
        assert.deepEqual(results.get(dir)!.stale, []);
      });

      it('has no NIST 800-53 R5 finding beyond the recorded ones, and every fixed one left the record', () => {
        const open = openFindings(results.get(dir)!.findings)
          .filter((f) => f.pack === 'nist-800-53-r5')
          .map(key)
          .sort();
        if (process.env.UPDATE_NAG_RECORD) {
          const all = existsSync(NIST_OPEN) ? (JSON.parse(readFileSync(NIST_OPEN, 'utf8')) as object) : {};
          writeFileSync(NIST_OPEN, JSON.stringify({ ...all, [dir]: open }, null, 2) + '\n');
        }
        const recorded = (JSON.parse(readFileSync(NIST_OPEN, 'utf8')) as Record<string, string[]>)[dir] ?? [];
        assert.deepEqual(
          open.filter((f) => !recorded.includes(f)),
          [],
          'new open findings: fix them, or answer them in the builder',
        );
        assert.deepEqual(
          recorded.filter((f) => !open.includes(f)),
          [],
          `fixed: remove them from ${NIST_OPEN} (UPDATE_NAG_RECORD=1 rewrites it)`,
        );
      });
    });
  }

  it('every justified finding carries its reason, and every reason is a sentence', () => {
    const justified = [...results.values()].flatMap((r) => r.findings).filter((f) => f.suppressedBecause);
    assert.ok(justified.length > 20, `${justified.length} justified findings`);
    for (const f of justified) assert.match(f.suppressedBecause!, /^[A-Z].{23,}[.)]$/, key(f));
  });

  it("a SAM function's suppressions reach the resources SAM makes of it (the deployed function)", () => {
    const path = join(ROOT, 'templates', 'data.yml');
    const expanded = expandTemplates([path], 'us-east-1');
    assert.ok(expanded.ok, expanded.ok ? '' : expanded.reason);
    const { template, sourceIds } = expanded.templates[path];
    const fn = template.Resources!.SeedFunction;
    assert.equal(fn.Type, 'AWS::Lambda::Function', 'expanded to the deployed type');
    assert.ok(sourceIds.includes('SeedFunction'));
    const source = readFileSync(path, 'utf8');
    assert.match(source, /SeedFunction:\n {4}Type: AWS::Serverless::Function/);
    // What it is suppressed for in the source is what the deployed function carries.
    const ids = ((fn.Metadata?.cdk_nag as { rules_to_suppress?: { id: string }[] })?.rules_to_suppress ?? []).map(
      (s) => s.id,
    );
    // SeedFunction is asynchronous (CloudFormation): it has a dead-letter queue, no DLQ reason.
    assert.ok(!ids.includes('Serverless-LambdaDLQ'));
    const pre = join(ROOT, 'templates', 'variants', 'auto-confirm', 'cognito.yml');
    const cognito = expandTemplates([pre], 'us-east-1');
    assert.ok(cognito.ok);
    const resources = cognito.templates[pre].template.Resources!;
    for (const id of ['PreSignUpFunction', 'PreSignUpFunctionCognitoPermission']) {
      const rules = (resources[id].Metadata?.cdk_nag as { rules_to_suppress: { id: string }[] }).rules_to_suppress;
      assert.ok(
        rules.some((r) => r.id === 'Serverless-LambdaDLQ'),
        `${id} carries the synchronous-trigger reason`,
      );
    }
  });
});

describe('suppressions in the template model', () => {
  it('are written as cdk_nag.rules_to_suppress, with applies_to for a finding of a per-finding rule', () => {
    assert.deepEqual(
      suppressionMetadata('Role', [
        {
          rule: 'AwsSolutions-IAM5',
          findings: ['Resource::*'],
          reason: 'Only for X-Ray, which takes no resource ARN.',
        },
      ]),
      [
        {
          id: 'AwsSolutions-IAM5',
          reason: 'Only for X-Ray, which takes no resource ARN.',
          applies_to: ['Resource::*'],
        },
      ],
    );
  });

  it('refuse an unknown rule, a reason that is not a sentence, and an IAM5 without its findings', () => {
    assert.throws(
      () => suppressionMetadata('R', [{ rule: 'Bogus-X1', reason: 'A reason long enough to pass.' }]),
      /rule id/,
    );
    assert.throws(() => suppressionMetadata('R', [{ rule: 'AwsSolutions-S1', reason: 'not needed' }]), /sentence/);
    assert.throws(
      () => suppressionMetadata('R', [{ rule: 'AwsSolutions-IAM5', reason: 'A reason long enough to pass.' }]),
      /name the findings/,
    );
  });

  it('match as cdk-nag v2 matches them: the rule, one finding of it, or the findings it applies to', () => {
    const s = [
      { id: 'AwsSolutions-S1', reason: 'r1' },
      { id: 'AwsSolutions-IAM5', reason: 'r2', applies_to: ['Resource::*'] },
      { id: 'AwsSolutions-IAM4[Policy::x]', reason: 'r3' },
    ];
    assert.equal(matchSuppression(s, 'AwsSolutions-S1', undefined)?.reason, 'r1');
    assert.equal(matchSuppression(s, 'AwsSolutions-IAM5', 'Resource::*')?.reason, 'r2');
    assert.equal(matchSuppression(s, 'AwsSolutions-IAM5', 'Resource::arn:x/*'), undefined);
    assert.equal(matchSuppression(s, 'AwsSolutions-IAM4', 'Policy::x')?.reason, 'r3');
    assert.equal(matchSuppression(s, 'AwsSolutions-IAM4', 'Policy::y'), undefined);
    assert.equal(matchSuppression(s, 'AwsSolutions-S2', undefined), undefined);
  });
});

describe('mysfits review --packs / --fail-on', function () {
  // A liveness guard, not a speed target: the packs over every variant take minutes on a loaded machine.
  this.timeout(900_000);
  const dir = tempDir('mysfits-nag-fixture-');
  // A bucket with no logging (AwsSolutions-S1, an error), a second answered for it, and a third
  // whose reason answers a rule that does not fire (stale).
  writeFileSync(
    join(dir, 'bucket.yml'),
    [
      'Resources:',
      '  Open:',
      '    Type: AWS::S3::Bucket',
      '  Answered:',
      '    Type: AWS::S3::Bucket',
      '    Metadata:',
      '      cdk_nag:',
      '        rules_to_suppress:',
      '          - id: AwsSolutions-S1',
      '            reason: This bucket holds the logs of the others; logging it into itself would loop.',
      '  Stale:',
      '    Type: AWS::SNS::Topic',
      '    Metadata:',
      '      cdk_nag:',
      '        rules_to_suppress:',
      '          - id: AwsSolutions-S1',
      '            reason: A topic is not a bucket, so this reason answers nothing at all.',
      '',
    ].join('\n'),
  );
  const review = (...args: string[]) =>
    runCli(['review', '--templates', dir, '--out', join(dir, 'out'), '--skip-lint', ...args]);

  it('lists every finding per template: rule, level, resource, and what fixes it or the reason given', () => {
    const r = review('--packs', 'aws-solutions');
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /Rule packs \(cdk-nag [\d.]+\): AwsSolutions \d+ open \(\d+ error\(s\), \d+ warning\(s\)\), 1 justified; 1 stale suppression\(s\)\./,
    );
    const md = readFileSync(join(dir, 'out', 'review.md'), 'utf8');
    assert.match(md, /\| AwsSolutions-S1 \| error \| Open \| OPEN \| The S3 Bucket has server access logs disabled\./);
    assert.match(
      md,
      /\| AwsSolutions-S1 \| error \| Answered \| justified \| This bucket holds the logs of the others/,
    );
    assert.match(md, /Stale suppressions[\s\S]*\| bucket\.yml \| Stale \| AwsSolutions-S1 \|/);
  });

  it('--fail-on error exits 1 naming each open error; a pack without one exits 0', () => {
    const failing = review('--packs', 'aws-solutions', '--fail-on', 'error');
    assert.equal(failing.code, 1);
    assert.match(
      failing.stderr,
      /error: bucket\.yml Open: AwsSolutions-S1: The S3 Bucket has server access logs disabled/,
    );
    assert.doesNotMatch(failing.stderr, /Answered: AwsSolutions-S1:/);
    const passing = review('--packs', 'serverless', '--fail-on', 'error');
    assert.equal(passing.code, 0, passing.stderr);
  });

  it('--fail-on warning counts stale suppressions too', () => {
    const r = review('--packs', 'serverless', '--fail-on', 'warning');
    assert.equal(r.code, 0, 'the stale entry answers an AwsSolutions rule, which did not run');
    const all = review('--packs', 'aws-solutions,serverless', '--fail-on', 'warning');
    assert.equal(all.code, 1);
    assert.match(all.stderr, /stale suppression of AwsSolutions-S1/);
  });

  it('refuses an unknown pack or level (exit 2), and --fail-on with no pack', () => {
    for (const args of [
      ['--packs', 'pci'],
      ['--fail-on', 'info'],
      ['--packs', 'none', '--fail-on', 'error'],
    ]) {
      const r = review(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /--packs|--fail-on/);
    }
  });
});
