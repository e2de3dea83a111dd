// Drift detection on a stack tree, and the drift-aware change set of `deploy --revert-drift`.
// moto implements neither DetectStackDrift nor DescribeStackResourceDrifts nor DeploymentMode, so
// this feeds answers recorded in the shapes the CloudFormation API reference documents
// (DetectStackDrift -> StackDriftDetectionId; DescribeStackDriftDetectionStatus -> DetectionStatus,
// StackDriftStatus; DescribeStackResourceDrifts -> StackResourceDrifts with PropertyDifferences)
// through a stand-in client; the stack listing is the same call sequence moto answers elsewhere.
import { strict as assert } from 'node:assert';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { createChangeSet } from '../../generator/aws/change-sets.js';
import { detectDrift, driftLines, inSync } from '../../generator/aws/drift.js';
import { standIn } from '../support/stand-in.js';

const stack = (StackId: string, StackName: string): Stack => ({
  StackId,
  StackName,
  StackStatus: 'UPDATE_COMPLETE',
  CreationTime: new Date('2026-01-01T00:00:00Z'),
});
const ROOT = stack('arn:aws:cloudformation:us-east-1:1:stack/app/1', 'app');
const DATA = stack('arn:aws:cloudformation:us-east-1:1:stack/app-DataStack-X/2', 'app-DataStack-X');

function tree(dataDrift: 'DRIFTED' | 'IN_SYNC', rootStatus: string[] = ['DETECTION_COMPLETE']) {
  const polls = new Map<string, number>();
  return standIn<CloudFormationClient>({
    ListStackResources: ({ StackName }) =>
      StackName === ROOT.StackId!
        ? {
            StackResourceSummaries: [
              {
                LogicalResourceId: 'DataStack',
                ResourceType: 'AWS::CloudFormation::Stack',
                PhysicalResourceId: DATA.StackId,
              },
              { LogicalResourceId: 'Topic', ResourceType: 'AWS::SNS::Topic', PhysicalResourceId: 'arn:topic' },
            ],
          }
        : {
            StackResourceSummaries: [
              {
                LogicalResourceId: 'MysfitsTable',
                ResourceType: 'AWS::DynamoDB::Table',
                PhysicalResourceId: 'app-table',
              },
            ],
          },
    DescribeStacks: ({ StackName }) => ({ Stacks: [StackName === DATA.StackId ? DATA : ROOT] }),
    DetectStackDrift: ({ StackName }) => ({ StackDriftDetectionId: `detect-${String(StackName)}` }),
    DescribeStackDriftDetectionStatus: ({ StackDriftDetectionId }) => {
      const id = String(StackDriftDetectionId);
      const n = polls.get(id) ?? 0;
      polls.set(id, n + 1);
      if (id.endsWith(ROOT.StackId!)) {
        const status = rootStatus[Math.min(n, rootStatus.length - 1)];
        return {
          StackId: ROOT.StackId,
          StackDriftDetectionId: id,
          DetectionStatus: status,
          StackDriftStatus: status === 'DETECTION_IN_PROGRESS' ? undefined : 'IN_SYNC',
          DriftedStackResourceCount: 0,
          Timestamp: new Date(),
        };
      }
      return {
        StackId: DATA.StackId,
        StackDriftDetectionId: id,
        DetectionStatus: 'DETECTION_COMPLETE',
        StackDriftStatus: dataDrift,
        DriftedStackResourceCount: dataDrift === 'DRIFTED' ? 1 : 0,
        Timestamp: new Date(),
      };
    },
    DescribeStackResourceDrifts: () => ({
      StackResourceDrifts: [
        {
          StackId: DATA.StackId,
          LogicalResourceId: 'MysfitsTable',
          PhysicalResourceId: 'app-table',
          ResourceType: 'AWS::DynamoDB::Table',
          ExpectedProperties: '{"PointInTimeRecoverySpecification":{"PointInTimeRecoveryEnabled":true}}',
          ActualProperties: '{"PointInTimeRecoverySpecification":{"PointInTimeRecoveryEnabled":false}}',
          PropertyDifferences: [
            {
              PropertyPath: '/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled',
              ExpectedValue: 'true',
              ActualValue: 'false',
              DifferenceType: 'NOT_EQUAL',
            },
          ],
          StackResourceDriftStatus: 'MODIFIED',
          Timestamp: new Date(),
        },
      ],
    }),
  });
}

describe('drift detection (recorded CloudFormation answers; moto has no drift detection)', () => {
  it('runs on the root and every nested stack, waits for each, and reports the differing properties', async () => {
    const { client: cf, calls } = tree('DRIFTED', [
      'DETECTION_IN_PROGRESS',
      'DETECTION_IN_PROGRESS',
      'DETECTION_COMPLETE',
    ]);
    const slept: number[] = [];
    const stacks = await detectDrift(cf, ROOT, { pollMs: 5000, sleep: async (ms) => void slept.push(ms) });
    assert.deepEqual(
      calls.filter(([n]) => n === 'DetectStackDrift').map(([, i]) => i.StackName),
      [ROOT.StackId, DATA.StackId],
    );
    assert.deepEqual(slept, [5000, 5000], 'the root was polled until its detection completed');
    assert.equal(inSync(stacks), false);
    assert.deepEqual(calls.find(([n]) => n === 'DescribeStackResourceDrifts')?.[1].StackResourceDriftStatusFilters, [
      'MODIFIED',
      'DELETED',
    ]);
    assert.deepEqual(driftLines(stacks), [
      'app: IN_SYNC',
      'app/DataStack: DRIFTED',
      '  MODIFIED MysfitsTable (AWS::DynamoDB::Table) app-table',
      '    /PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled: changed; expected true, actual false',
    ]);
  });

  it('in sync everywhere: no resource drifts asked for', async () => {
    const { client: cf, calls } = tree('IN_SYNC');
    const stacks = await detectDrift(cf, ROOT, { pollMs: 1, sleep: async () => undefined });
    assert.equal(inSync(stacks), true);
    assert.ok(!calls.some(([n]) => n === 'DescribeStackResourceDrifts'));
  });

  it('a failed detection is not "in sync": its reason is reported', async () => {
    const { client: cf } = standIn<CloudFormationClient>({
      ListStackResources: () => ({ StackResourceSummaries: [] }),
      DetectStackDrift: () => ({ StackDriftDetectionId: 'd' }),
      DescribeStackDriftDetectionStatus: () => ({
        StackId: ROOT.StackId,
        StackDriftDetectionId: 'd',
        DetectionStatus: 'DETECTION_FAILED',
        DetectionStatusReason: 'Failed to detect drift on resource [Custom::SeedCatalogue]',
        Timestamp: new Date(),
      }),
    });
    const stacks = await detectDrift(cf, ROOT, { pollMs: 1, sleep: async () => undefined });
    assert.equal(inSync(stacks), false);
    assert.deepEqual(driftLines(stacks), ['app: UNKNOWN (Failed to detect drift on resource [Custom::SeedCatalogue])']);
  });
});

describe('deploy --revert-drift: the drift-aware change set', () => {
  const request = {
    stackName: 'app',
    type: 'UPDATE' as const,
    templateBody: 'Resources: {}',
    parameters: [],
    tags: {},
    capabilities: [],
  };
  const created = () => standIn<CloudFormationClient>({ CreateChangeSet: () => ({ Id: 'cs', StackId: ROOT.StackId }) });

  it('sends DeploymentMode REVERT_DRIFT when asked, and nothing of the kind otherwise', async () => {
    const drifted = created();
    await createChangeSet(drifted.client, { ...request, deploymentMode: 'REVERT_DRIFT' });
    assert.equal(drifted.calls[0][1].DeploymentMode, 'REVERT_DRIFT');
    const plain = created();
    await createChangeSet(plain.client, request);
    assert.equal('DeploymentMode' in plain.calls[0][1], false);
  });
});
