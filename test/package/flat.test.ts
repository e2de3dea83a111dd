// The flat form (`package --flat`): main.yml and its nested templates as one template with no
// Transform and no nested stack, for service-managed StackSets. Judged against the nested form as
// AWS deploys it (each template expanded by the SAM translator cfn-lint ships): the same resources
// by type and count, and the same literal properties resource by resource; then by cfn-lint and
// the rule packs, and by CloudFormation's quotas.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { APP_ASSETS, FUNCTION_ASSETS, assetSource } from '../../generator/builders/common.js';
import { flatten } from '../../generator/builders/flat.js';
import { expandFunctions } from '../../generator/builders/sam-function.js';
import { toYaml } from '../../generator/core/emit.js';
import { equals, getAtt, not, sub } from '../../generator/core/intrinsics.js';
import { Template } from '../../generator/core/template.js';
import { validateConfig } from '../../generator/config/load.js';
import { parseTemplate } from '../../generator/core/parse.js';
import { FLAT_TEMPLATE, ROOT_FILES, packageTemplates } from '../../generator/package/package.js';
import { TEMPLATE_QUOTAS } from '../../generator/core/cfn-quotas.js';
import type { Asset } from '../../generator/package/assets.js';
import { buildTemplates } from '../../generator/render.js';
import { expandTemplates, openFindings, runNag } from '../../generator/review/nag.js';
import { runCli, tempDir } from '../helpers.js';
import { cfnLint, describeFinding } from '../support/cfn-lint.js';

type Resources = Record<string, { Type: string; Condition?: string; Properties?: Record<string, unknown> }>;

/** Stand-ins for the built assets: only their locations matter to the templates. */
const ASSETS: Asset[] = [...FUNCTION_ASSETS, ...APP_ASSETS].map((name) => ({
  name,
  kind: 'function',
  source: assetSource(name),
  zip: new Uint8Array(),
  sha256: name,
  key: `assets/${name}.zip`,
  entries: 1,
  how: 'stand-in',
}));

const CONFIGS: Record<string, unknown> = {
  default: {},
  lambda: { service: { compute: 'lambda' } },
  'lambda-rest': { service: { compute: 'lambda' }, api: { type: 'rest' } },
  'auto-confirm': { cognito: { autoConfirmSignUp: true, passwordPolicy: { requireSymbols: false } } },
  unmonitored: { monitoring: { enabled: false } },
  tagged: {
    tags: { team: 'mysfits' },
    logs: { kmsKeyArn: { 'us-east-1': 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555' } },
  },
};

interface Packaged {
  readonly dir: string;
  /** The nested form's templates, root last. */
  readonly nested: string[];
  readonly flat: string;
  readonly resources: number;
  readonly bytes: number;
}

function packageBoth(name: string, raw: unknown, base: string): Packaged {
  const config = validateConfig(raw, `${name}.json`);
  const compute = config.service.compute;
  const input = { config, bucketPrefix: 'acme-mysfits', stackName: 'mysfits', version: 'test', assets: ASSETS };
  const packaged = packageTemplates(input, [{ compute, templates: buildTemplates(config) }], { flat: true });
  const dir = join(base, name);
  const nested: string[] = [];
  for (const f of packaged.files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
    nested.push(path);
  }
  const root = join(dir, ROOT_FILES[compute]);
  // Named by its config, so the rule packs' findings (by file name) of several stay apart.
  const flat = join(dir, `flat-${name}.yml`);
  writeFileSync(flat, packaged.flat!.content);
  return {
    dir,
    nested: [...nested.filter((p) => p !== root), root],
    flat,
    resources: packaged.flat!.resources,
    bytes: packaged.flat!.content.byteLength,
  };
}

/** Resource types and how many of each. */
const countTypes = (resources: Resources): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of Object.values(resources)) out[r.Type] = (out[r.Type] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
};

/** A property value with no intrinsic in it (what the two forms must write the same). */
const literal = (v: unknown): boolean => !/"(Ref|Fn::[A-Za-z]+|Condition)"/.test(JSON.stringify(v));

/** SAM's own tag on each function it makes (lambda:createdBy SAM): not ours to copy. */
const withoutSamTag = (props: Record<string, unknown>): Record<string, unknown> => {
  // Only a list of Key/Value carries it; a type whose tags are a map (an HTTP API, say) is as it is.
  if (!Array.isArray(props.Tags)) return props;
  const tags = (props.Tags as { Key: string }[]).filter((t) => t.Key !== 'lambda:createdBy');
  const { Tags: _tags, ...rest } = props;
  return tags.length ? { ...rest, Tags: tags } : rest;
};

describe('package --flat: the whole app as one template', function () {
  this.timeout(900_000);
  const base = tempDir('mysfits-flat-');
  const packaged = new Map(Object.entries(CONFIGS).map(([name, raw]) => [name, packageBoth(name, raw, base)]));

  it('has no Transform, no nested stack and no SAM resource; stays under CloudFormation quotas', () => {
    for (const [name, p] of packaged) {
      const t = parseTemplate(readFileSync(p.flat, 'utf8'), p.flat).data as {
        Transform?: unknown;
        Resources: Resources;
      };
      assert.equal(t.Transform, undefined, name);
      const types = Object.values(t.Resources).map((r) => r.Type);
      assert.deepEqual(
        types.filter((x) => x === 'AWS::CloudFormation::Stack' || x.startsWith('AWS::Serverless::')),
        [],
        name,
      );
      assert.ok(types.includes('AWS::Lambda::Function'), name);
      assert.ok(
        p.resources <= TEMPLATE_QUOTAS.resources && p.bytes <= TEMPLATE_QUOTAS.s3Bytes,
        `${name}: ${p.resources} resources, ${p.bytes} bytes`,
      );
    }
  });

  it("parameters become the values main.yml passes, outputs their expressions; colliding ids get their part's prefix; decided conditions go", () => {
    const child = (): Template => {
      const t = new Template({ description: 'a part' });
      const shared = t.parameter('Shared', { Type: 'String', Description: 'not passed', Default: '' });
      const given = t.parameter('Given', { Type: 'String', Description: 'passed' });
      const hasShared = t.condition('HasShared', not(equals(shared.ref(), '')));
      const hasGiven = t.condition('HasGiven', not(equals(given.ref(), '')));
      const noGiven = t.condition('NoGiven', equals(given.ref(), ''));
      const queue = t.resource('Queue', {
        Type: 'AWS::SQS::Queue',
        comment: 'A queue.',
        Condition: hasShared,
        Properties: { QueueName: sub('${Given}-q') },
      });
      t.resource('Topic', { Type: 'AWS::SNS::Topic', comment: 'A topic.', Condition: hasGiven, Properties: {} });
      t.resource('Never', { Type: 'AWS::SNS::Topic', comment: 'Never made.', Condition: noGiven, Properties: {} });
      t.output('QueueArn', { Description: 'the queue', Value: queue.getAtt('Arn') });
      return t;
    };
    const root = new Template({ description: 'the app as nested stacks' });
    const nest = (id: string, file: string, given: unknown) =>
      root.resource(id, {
        Type: 'AWS::CloudFormation::Stack',
        comment: 'A part.',
        Properties: { TemplateURL: file, Parameters: { Given: given as string } },
      });
    nest('AStack', 'a.yml', 'x');
    nest('BStack', 'b.yml', getAtt('AStack', 'Outputs.QueueArn'));
    root.resource('Unique', { Type: 'AWS::SNS::Topic', comment: 'Only in main.yml.', Properties: {} });
    root.output('Arn', { Description: 'B queue', Value: getAtt('BStack', 'Outputs.QueueArn') });
    const { template, dropped } = flatten(
      new Map([
        ['main.yml', root],
        ['a.yml', child()],
        ['b.yml', child()],
      ]),
    );
    const data = parseTemplate(toYaml(template), 'flat.yml').data as {
      Parameters: Record<string, unknown>;
      Conditions: Record<string, unknown>;
      Resources: Resources;
      Outputs: Record<string, { Value: unknown }>;
    };
    assert.deepEqual(Object.keys(data.Parameters), ['Shared'], 'one parameter for the parts that declare it alike');
    assert.deepEqual(Object.keys(data.Conditions), ['AHasShared', 'BHasShared']);
    assert.deepEqual(Object.keys(data.Resources), ['AQueue', 'ATopic', 'BQueue', 'BTopic', 'Unique']);
    assert.deepEqual(dropped, ['a.yml Never', 'b.yml Never']);
    assert.equal(data.Resources.ATopic.Condition, undefined, 'HasGiven is decided: true');
    assert.equal(data.Resources.BQueue.Condition, 'BHasShared');
    assert.deepEqual(data.Resources.AQueue.Properties, { QueueName: { 'Fn::Sub': 'x-q' } });
    assert.deepEqual(data.Resources.BQueue.Properties, { QueueName: { 'Fn::Sub': '${AQueue.Arn}-q' } });
    assert.deepEqual(data.Outputs.Arn.Value, { 'Fn::GetAtt': ['BQueue', 'Arn'] });
  });

  it('the SAM expansion refuses a property or event it was not written for, naming it', () => {
    const fn = (properties: Record<string, unknown>) => [
      {
        id: 'Fn',
        value: {
          Type: 'AWS::Serverless::Function',
          Properties: { CodeUri: { Bucket: 'b', Key: 'k' }, Handler: 'index.handler', ...properties },
        },
      },
    ];
    assert.equal(expandFunctions(fn({}))[0].value.Type, 'AWS::Lambda::Function');
    assert.throws(
      () => expandFunctions(fn({ FunctionUrlConfig: { AuthType: 'NONE' } })),
      /Fn: property FunctionUrlConfig/,
    );
    assert.throws(
      () => expandFunctions(fn({ Events: { Get: { Type: 'Api', Properties: {} } } })),
      /Fn: event Get of type Api/,
    );
    assert.throws(() => expandFunctions(fn({ CodeUri: '../functions/x/' })), /package the templates first/);
  });

  it('cfn-lint finds nothing in any flat form', () => {
    const findings = cfnLint([...packaged.values()].map((p) => p.flat));
    assert.deepEqual([...findings.values()].flat().map(describeFinding), []);
  });

  it('holds the resources of the nested form after SAM expansion: same types and counts, same literal properties', () => {
    // One run of the translator for every config (it starts slowly).
    const expanded = expandTemplates(
      [...packaged.values()].flatMap((p) => [...p.nested, p.flat]),
      'us-east-1',
    );
    assert.ok(expanded.ok, expanded.ok ? '' : expanded.reason);
    const { templates } = expanded;
    for (const [name, p] of packaged) {
      const flat = templates[p.flat].template.Resources as Resources;
      const nestedByFile = new Map(
        p.nested.map((path) => [path, templates[path].template.Resources as Resources] as const),
      );
      const nested: Resources = {};
      for (const [path, resources] of nestedByFile) {
        for (const [id, r] of Object.entries(resources)) {
          if (r.Type !== 'AWS::CloudFormation::Stack') nested[`${path} ${id}`] = r;
        }
      }
      assert.deepEqual(countTypes(flat), countTypes(nested), `${name}: resource types and counts`);

      // Each flat resource against the nested one it comes from (its id, or its part's prefix + id).
      let compared = 0;
      for (const [id, r] of Object.entries(flat)) {
        const matches = Object.entries(nested).filter(([k]) => {
          const nid = k.slice(k.lastIndexOf(' ') + 1);
          return nid === id || id.endsWith(nid);
        });
        const candidates = matches.filter(([, n]) => n.Type === r.Type);
        assert.ok(candidates.length > 0, `${name}: ${id} (${r.Type}) has no counterpart in the nested form`);
        const mine = withoutSamTag(r.Properties ?? {});
        const same = candidates.some(([, n]) => {
          const theirs = withoutSamTag(n.Properties ?? {});
          if (JSON.stringify(Object.keys(theirs).sort()) !== JSON.stringify(Object.keys(mine).sort())) return false;
          return Object.keys(mine).every(
            (k) => !literal(mine[k]) || !literal(theirs[k]) || JSON.stringify(mine[k]) === JSON.stringify(theirs[k]),
          );
        });
        assert.ok(
          same,
          `${name}: ${id} differs from ${candidates.map(([k]) => k).join(' / ')}:\n${JSON.stringify(mine).slice(0, 800)}\n${candidates.map(([, n]) => JSON.stringify(withoutSamTag(n.Properties ?? {})).slice(0, 800)).join('\n')}`,
        );
        compared++;
      }
      assert.equal(compared, Object.keys(nested).length, name);
    }
  });

  it('the rule packs: no open AwsSolutions or Serverless finding, no stale answer, no NIST finding the nested form lacks', async () => {
    const flatRun = await runNag(
      [...packaged.values()].map((p) => p.flat),
      'us-east-1',
    );
    assert.ok(flatRun.ran, flatRun.ran ? '' : flatRun.reason);
    assert.deepEqual(flatRun.stale, []);
    assert.deepEqual(
      openFindings(flatRun.findings)
        .filter((f) => f.pack !== 'nist-800-53-r5')
        .map((f) => `${f.file} ${f.resource} ${f.rule}`),
      [],
    );
    // The NIST findings against the nested form's, for each compute mode (the packs are slow).
    for (const name of ['default', 'lambda']) {
      const p = packaged.get(name)!;
      const open = openFindings(flatRun.findings.filter((f) => f.file === basename(p.flat)));
      const nestedRun = await runNag(p.nested, 'us-east-1');
      assert.ok(nestedRun.ran, nestedRun.ran ? '' : nestedRun.reason);
      const nestedNist = new Set(
        openFindings(nestedRun.findings)
          .filter((f) => f.pack === 'nist-800-53-r5')
          .map((f) => `${f.resource} ${f.rule}`),
      );
      const extra = open
        .filter((f) => f.pack === 'nist-800-53-r5')
        .filter((f) => ![...nestedNist].some((n) => n.endsWith(` ${f.rule}`) && f.resource.endsWith(n.split(' ')[0])));
      assert.deepEqual(
        extra.map((f) => `${f.resource} ${f.rule}`),
        [],
        name,
      );
    }
  });

  it('`mysfits package --flat` writes OUT/flat.yml and reports it against the quotas; without --flat an old one goes', () => {
    const out = join(base, 'cli');
    const r = runCli(['package', '--flat', '--regions', 'us-east-1', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /flat form: .*flat\.yml, \d+ resources \(\d+% of CloudFormation's 500\), \d+ KB \(\d+% of the 1 MB/,
    );
    const text = readFileSync(join(out, FLAT_TEMPLATE), 'utf8');
    assert.doesNotMatch(text, /mysfits-artifacts-us-east-1/, 'region-free: the bucket is computed from the region');
    assert.doesNotMatch(text, /^Transform:/m);
    const again = runCli(['package', '--regions', 'us-east-1', '--out', out]);
    assert.equal(again.code, 0, again.stderr);
    assert.ok(!existsSync(join(out, FLAT_TEMPLATE)), 'a flat.yml of an earlier --flat run is removed');
  });
});
