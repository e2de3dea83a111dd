// The approval message: SUMMARY_SPEC's script run in bash, as CodeBuild runs it, on recorded
// change sets. moto's DescribeChangeSet does not report Replacement, so the `aws` the script calls
// is a stand-in that answers from a recorded DescribeChangeSet response (the documented shape of
// the CloudFormation API reference) and applies the script's --query with jmespath, as the AWS CLI
// does. The cost and exposure lines come from a real change review (changes.txt, written the way
// `review --against` writes it) of two template sets.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { APPROVAL_MESSAGE_MAX, stageReviewDir, SUMMARY_SPEC } from '../../generator/builders/pipeline.js';
import { CHANGES_FILE, changeSummary, reviewChanges } from '../../generator/review/changes.js';
import { fromTexts } from '../../generator/review/model.js';
import { tempDir } from '../helpers.js';

/** `aws cloudformation describe-change-set ... --query Q --output text`, answered from RECORDED. */
const AWS_STANDIN = `#!/usr/bin/env python3
import json, os, sys, jmespath
args = sys.argv[1:]
assert args[:2] == ['cloudformation', 'describe-change-set'], args
opt = {args[i]: args[i + 1] for i in range(2, len(args) - 1, 2)}
with open(os.environ['CALLS'], 'a') as f:
    f.write(json.dumps(opt) + '\\n')
value = jmespath.search(opt['--query'], json.load(open(os.environ['RECORDED'])))
if isinstance(value, list):
    print('\\t'.join(str(v) for v in value))
else:
    print(value)
`;

type Change = { Action: string; LogicalResourceId: string; ResourceType: string; Replacement?: string };
const changeSet = (changes: Change[]) => ({
  ChangeSetName: 'pipeline-prod',
  StackName: 'mysfits',
  Status: 'CREATE_COMPLETE',
  ExecutionStatus: 'AVAILABLE',
  Changes: changes.map((c) => ({
    Type: 'Resource',
    ResourceChange: { PhysicalResourceId: `${c.LogicalResourceId}-1A2B`, Scope: ['Properties'], Details: [], ...c },
  })),
});

const OLD = `Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
// A NAT gateway added (a cost) and a role with a new statement.
const NEW = `${OLD}  Eip:
    Type: AWS::EC2::EIP
  Nat:
    Type: AWS::EC2::NatGateway
    Properties:
      AllocationId: !GetAtt Eip.AllocationId
      SubnetId: subnet-12345678
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
      Policies:
        - PolicyName: p
          PolicyDocument: { Statement: [{ Effect: Allow, Action: dynamodb:GetItem, Resource: !GetAtt Table.Arn }] }
`;

function runSummary(recorded: unknown, env: Record<string, string> = {}): { summary: string; calls: Record<string, string>[] } {
  const dir = tempDir('mysfits-summary-');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'aws'), AWS_STANDIN);
  chmodSync(join(bin, 'aws'), 0o755);
  writeFileSync(join(dir, 'recorded.json'), JSON.stringify(recorded));
  // The Built artifact: the stage's change review, as the build wrote it.
  const changes = reviewChanges(fromTexts([{ file: 'main.yml', text: OLD }]), fromTexts([{ file: 'main.yml', text: NEW }]), 'us-east-1');
  mkdirSync(join(dir, stageReviewDir({ name: 'prod' })), { recursive: true });
  writeFileSync(join(dir, stageReviewDir({ name: 'prod' }), CHANGES_FILE), changeSummary(changes).join('\n') + '\n');
  const spec = parse(SUMMARY_SPEC) as { phases: { build: { commands: string[] } } };
  const script = `set -e\n${spec.phases.build.commands.join('\n')}\nprintf '%s' "$SUMMARY" > summary.txt`;
  const r = spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      RECORDED: join(dir, 'recorded.json'),
      CALLS: join(dir, 'calls.jsonl'),
      AWS_REGION: 'us-east-1',
      STACK_NAME: 'mysfits',
      CHANGE_SET: 'pipeline-prod',
      STAGE: 'prod',
      ...env,
    },
  });
  assert.equal(r.status, 0, r.stderr);
  const summary = spawnSync('cat', [join(dir, 'summary.txt')], { encoding: 'utf8' }).stdout;
  const calls = spawnSync('cat', [join(dir, 'calls.jsonl')], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, string>);
  return { summary, calls };
}

describe('pipeline approval message (SUMMARY_SPEC on recorded change sets)', function () {
  this.timeout(60_000);

  it('puts replacements first, then IAM and exposure, then the monthly cost delta', () => {
    const { summary, calls } = runSummary(
      changeSet([
        { Action: 'Modify', LogicalResourceId: 'DataStack', ResourceType: 'AWS::CloudFormation::Stack', Replacement: 'True' },
        { Action: 'Remove', LogicalResourceId: 'OldQueue', ResourceType: 'AWS::SQS::Queue' },
        { Action: 'Add', LogicalResourceId: 'Role', ResourceType: 'AWS::IAM::Role' },
        { Action: 'Add', LogicalResourceId: 'Nat', ResourceType: 'AWS::EC2::NatGateway' },
      ]),
    );
    assert.match(
      summary,
      /^mysfits: 4 change\(s\)\. REPLACED \(data may be lost\): DataStack\. REMOVED: OldQueue\. IAM: Role\. INTERNET-REACHABLE: 0 added, 0 removed\. COST: \$[\d.,]+ → \$[\d.,]+ a month \(\+\$[\d.,]+\)\. Full review: the build's review\/prod\/review\.html\.$/,
    );
    const order = ['REPLACED', 'REMOVED', 'IAM:', 'INTERNET-REACHABLE', 'COST:'].map((w) => summary.indexOf(w));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    // The cost delta is the review's: a NAT gateway is not free.
    assert.doesNotMatch(summary, /\(\+\$0\.00\)/);
    assert.ok(calls.every((c) => c['--stack-name'] === 'mysfits' && c['--change-set-name'] === 'pipeline-prod'));
    assert.ok(calls.every((c) => c['--region'] === 'us-east-1'));
  });

  it('keeps the cost in the message when the lists are long, within the approval limit', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      Action: 'Modify',
      LogicalResourceId: `ReplacedResourceNumber${i}`,
      ResourceType: 'AWS::IAM::Role',
      Replacement: 'True',
    }));
    const { summary } = runSummary(changeSet(many));
    assert.ok(summary.length <= APPROVAL_MESSAGE_MAX, `${summary.length} characters`);
    assert.match(summary, /REPLACED \(data may be lost\): ReplacedResourceNumber0 .*\.\.\.\. REMOVED: none\./);
    assert.match(summary, /COST: \$[\d.,]+ → \$[\d.,]+ a month \(\+\$[\d.,]+\)/);
  });

  it("reads a cross-region stage's change set in its region, and says so when no review was made", () => {
    const { summary, calls } = runSummary(changeSet([]), { STACK_REGION: 'eu-west-1', STAGE: 'other' });
    assert.ok(calls.every((c) => c['--region'] === 'eu-west-1'));
    assert.match(summary, /0 change\(s\)\. REPLACED \(data may be lost\): none\. .* COST: not reviewed\./);
  });
});
