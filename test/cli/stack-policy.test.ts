// Updates that never lose data, as a user meets them: `mysfits deploy --template` (the bundled CLI
// in a child process) against moto_server on 127.0.0.1.
//
// What moto shows: the stack policy set after a create and after every update (SetStackPolicy /
// GetStackPolicy), the refusal of a change set that would replace or delete the table (the change
// set deleted, the stack and its table left as they were), and --allow-replace letting it through
// with the policy set back afterwards. What it cannot show:
// - Replacement in change sets: moto's carry no Replacement and list every resource as modified,
//   so here the replacement is the one deploy predicts from the resource schema (TableName is
//   create-only), as it does for any engine that leaves Replacement out; CloudFormation's own
//   "Replacement: True" is taken as it is (unit test below, on a change set of that shape).
// - Enforcement: moto stores a stack policy without applying it; that CloudFormation refuses a
//   denied replacement is in docs/launch-test.md.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  GetStackPolicyCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { parseTemplate } from '../../generator/core/parse.js';
import { risksOf, stackPolicy, type StackGuard } from '../../generator/aws/stack-policy.js';
import { startMoto, type Moto, MOTO_CLI_ENV, motoClientConfig } from '../support/moto.js';
import { ROOT, runCliAsync, tempDir } from '../helpers.js';

const LIKES = join(ROOT, 'test', 'fixtures', 'stacks', 'likes.yml');
const CREDENTIALS = MOTO_CLI_ENV;

describe('deploy never loses data (against moto_server)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let cf: CloudFormationClient;
  let ddb: DynamoDBClient;
  const cli = (args: string[]) =>
    runCliAsync([...args, '--endpoint', moto.endpoint, '--region', 'us-east-1'], { env: CREDENTIALS });
  const policy = async (stack: string) =>
    JSON.parse((await cf.send(new GetStackPolicyCommand({ StackName: stack }))).StackPolicyBody ?? '{}') as {
      Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[];
    };
  const denied = async (stack: string): Promise<unknown> =>
    (await policy(stack)).Statement.find((s) => s.Effect === 'Deny')?.Resource ?? [];
  const parameter = async (stack: string, key: string) =>
    (await cf.send(new DescribeStacksCommand({ StackName: stack }))).Stacks![0].Parameters?.find(
      (p) => p.ParameterKey === key,
    )?.ParameterValue;

  before(async () => {
    moto = await startMoto();
    const config = motoClientConfig(moto);
    cf = new CloudFormationClient(config);
    ddb = new DynamoDBClient(config);
  });
  after(async () => {
    cf.destroy();
    ddb.destroy();
    await moto.stop();
  });
  beforeEach(async () => {
    await moto.reset();
    const r = await cli(['deploy', '-t', LIKES, '-s', 'likes', '--yes']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /stack policy: likes: replace and delete denied on Likes/);
  });

  it('a create sets the stack policy: every update allowed, replace and delete denied on the table', async () => {
    assert.deepEqual(JSON.parse(stackPolicy(['Likes'])), await policy('likes'));
    assert.deepEqual(await denied('likes'), ['LogicalResourceId/Likes']);
  });

  it('a change set that would replace the table is refused: what is lost and kept named, exit 1, nothing changed', async () => {
    const changeSets = async () =>
      (await cf.send(new ListChangeSetsCommand({ StackName: 'likes' }))).Summaries?.length ?? 0;
    const before = await changeSets();
    const r = await cli(['deploy', '-t', LIKES, '-s', 'likes', '--parameters', 'TableName=likes-v2', '--yes']);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /refused: this change set would replace what users made:/);
    assert.match(
      r.stdout,
      /REPLACE likes Likes \(AWS::DynamoDB::Table\): predicted: TableName is create-only in the AWS::DynamoDB::Table schema/,
    );
    assert.match(r.stdout, /lost to the app: the items of the table/);
    assert.match(r.stdout, /kept: the old Table and its data stay in the account \(UpdateReplacePolicy: Retain\)/);
    assert.match(r.stdout, /run again with --allow-replace Likes/);
    assert.equal(await changeSets(), before, 'the refused change set is deleted');
    assert.equal(await parameter('likes', 'TableName'), 'likes-v1');
    assert.equal((await ddb.send(new DescribeTableCommand({ TableName: 'likes-v1' }))).Table?.TableStatus, 'ACTIVE');
  });

  it('--json: the refusal as data', async () => {
    const r = await cli([
      'deploy',
      '-t',
      LIKES,
      '-s',
      'likes',
      '--parameters',
      'TableName=likes-v2',
      '--yes',
      '--json',
    ]);
    assert.equal(r.code, 1);
    const result = JSON.parse(r.stdout) as { status: string; dataLoss: { logicalId: string; action: string }[] };
    assert.equal(result.status, 'REFUSED');
    assert.deepEqual(
      result.dataLoss.map((d) => [d.logicalId, d.action]),
      [['Likes', 'replace']],
    );
  });

  it('removing the table from the template is refused as a delete', async () => {
    const text = readFileSync(LIKES, 'utf8');
    const without = join(tempDir('mysfits-likes-'), 'likes.yml');
    writeFileSync(without, text.slice(0, text.indexOf('  Likes:')) + text.slice(text.indexOf('  Work:')));
    const r = await cli(['deploy', '-t', without, '-s', 'likes', '--yes']);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /DELETE likes Likes \(AWS::DynamoDB::Table\): removed from the template/);
    assert.match(
      r.stdout,
      /kept: the old Table and its data stay in the account \(DeletionPolicy: RetainExceptOnCreate\)/,
    );
  });

  it('--allow-replace Likes: the deny lifted for this update alone, then set back', async () => {
    const r = await cli([
      'deploy',
      '-t',
      LIKES,
      '-s',
      'likes',
      '--parameters',
      'TableName=likes-v2',
      '--allow-replace',
      'Likes',
      '--yes',
    ]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /allowed by --allow-replace: replace likes Likes: the items of the table lost to the app/);
    assert.match(
      r.stdout,
      /stack policy: likes: replace and delete denied on nothing \(lifted for this update: Likes\)/,
    );
    assert.match(r.stdout, /stack policy: likes: replace and delete denied on Likes\nstack likes is UPDATE_COMPLETE/);
    assert.equal(await parameter('likes', 'TableName'), 'likes-v2');
    assert.deepEqual(await denied('likes'), ['LogicalResourceId/Likes']);
  });

  it('--revert-drift on a stack that does not exist: exit 2, nothing created', async () => {
    const r = await cli(['deploy', '-t', LIKES, '-s', 'fresh', '--revert-drift', '--yes']);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /--revert-drift: stack fresh does not exist yet; there is no drift to revert/);
    assert.equal(
      (await cf.send(new DescribeStacksCommand({}))).Stacks?.some((x) => x.StackName === 'fresh'),
      false,
    );
  });

  it('--allow-replace naming a resource the change does not touch: said, and the change goes ahead', async () => {
    const r = await cli([
      'deploy',
      '-t',
      LIKES,
      '-s',
      'likes',
      '--parameters',
      'TableName=likes-v1',
      '--allow-replace',
      'Work',
      '--yes',
    ]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(
      r.stdout,
      /--allow-replace Work: no change of this change set replaces or deletes Work; nothing to allow|no changes/,
    );
  });
});

describe('risksOf: CloudFormation-shaped change sets', () => {
  const template = parseTemplate(readFileSync(LIKES, 'utf8'), 'likes.yml');
  const likes = template.resources.find((r) => r.id === 'Likes')!;
  const nested = parseTemplate(
    'Resources:\n  DataStack:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/data.yml\n',
    'main',
  );
  const guards: StackGuard[] = [
    {
      label: 'app',
      stackId: 'arn:app',
      guarded: [
        {
          logicalId: 'DataStack',
          type: 'AWS::CloudFormation::Stack',
          holds: 'the likes',
          resource: nested.resources[0],
        },
      ],
      template: nested,
      parameters: {},
    },
    {
      label: 'app/DataStack',
      stackId: 'arn:data',
      guarded: [{ logicalId: 'Likes', type: likes.type, holds: 'the likes', resource: likes }],
      template,
      parameters: {},
    },
  ];
  const row = (logicalId: string, type: string, action: string, replacement?: string) => ({
    action,
    logicalId,
    type,
    replacement,
    details: replacement ? ['TableName (from TableName), recreates'] : [],
  });

  it("a nested stack's table with Replacement True or Conditional is a risk; False is not", () => {
    for (const [replacement, risky] of [
      ['True', true],
      ['Conditional', true],
      ['False', false],
    ] as const) {
      const risks = risksOf(
        [
          { label: 'app', changeSetId: 'a', rows: [row('DataStack', 'AWS::CloudFormation::Stack', 'Modify', 'False')] },
          { label: 'app/DataStack', changeSetId: 'b', rows: [row('Likes', likes.type, 'Modify', replacement)] },
        ],
        guards,
      );
      assert.deepEqual(
        risks.map((r) => [r.label, r.logicalId, r.action, r.why]),
        risky
          ? [
              [
                'app/DataStack',
                'Likes',
                'replace',
                `Replacement: ${replacement} (TableName (from TableName), recreates)`,
              ],
            ]
          : [],
      );
    }
  });

  it('removing the nested stack that holds the table is a risk too', () => {
    const risks = risksOf(
      [{ label: 'app', changeSetId: 'a', rows: [row('DataStack', 'AWS::CloudFormation::Stack', 'Remove')] }],
      guards,
    );
    assert.deepEqual(
      risks.map((r) => [r.logicalId, r.action, r.holds]),
      [['DataStack', 'delete', 'the likes']],
    );
  });
});
