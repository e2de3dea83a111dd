// Finding the root cause of a failed deploy. moto records no resource events and never rolls
// back (see test/cli/stacks.test.ts), so this feeds findRootCause and watchStack events shaped
// as CloudFormation documents them (newest first, the stack's own events mixed in) through a
// stand-in client: the one part of the stack commands that cannot run against an emulator here.
import { strict as assert } from 'node:assert';
import {
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  type Change,
  DescribeStacksCommand,
  type CloudFormationClient,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { describeChanges } from '../../generator/aws/change-sets.js';
import { findRootCause, watchStack, type WatchUpdate } from '../../generator/aws/stacks.js';
import { formatChanges } from '../../generator/cli/ops-output.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (s: number): Date => new Date(T0.getTime() + s * 1000);
let n = 0;
function event(
  stack: string,
  logicalId: string,
  type: string,
  status: string,
  s: number,
  reason?: string,
  physical?: string,
): StackEvent {
  return {
    EventId: `e${n++}`,
    StackId: `arn:stack/${stack}`,
    StackName: stack,
    LogicalResourceId: logicalId,
    PhysicalResourceId: physical ?? (logicalId === stack ? `arn:stack/${stack}` : `${logicalId}-id`),
    ResourceType: type,
    ResourceStatus: status as StackEvent['ResourceStatus'],
    ResourceStatusReason: reason,
    Timestamp: at(s),
  };
}

/** A client that answers DescribeStackEvents and DescribeStacks from fixed data. */
function fakeClient(events: Record<string, StackEvent[]>, statuses: string[] = []): CloudFormationClient {
  let polls = 0;
  return {
    send: (command: unknown) => {
      if (command instanceof DescribeStackEventsCommand) {
        const name = command.input.StackName!.replace('arn:stack/', '');
        // CloudFormation returns newest first.
        return Promise.resolve({ StackEvents: [...(events[name] ?? [])].reverse() });
      }
      if (command instanceof DescribeStacksCommand) {
        const status = statuses[Math.min(polls++, statuses.length - 1)];
        return Promise.resolve({ Stacks: [{ StackId: 'arn:stack/app', StackName: 'app', StackStatus: status }] });
      }
      return Promise.reject(new Error('unexpected command'));
    },
  } as unknown as CloudFormationClient;
}

describe('root cause of a failed deploy', () => {
  it('descends into the nested stack whose failure caused the rollback, skipping cancellations', async () => {
    const cf = fakeClient({
      app: [
        event('app', 'app', 'AWS::CloudFormation::Stack', 'UPDATE_IN_PROGRESS', 1, 'User Initiated'),
        event('app', 'Api', 'AWS::CloudFormation::Stack', 'UPDATE_IN_PROGRESS', 2, undefined, 'arn:stack/app-Api'),
        event(
          'app',
          'Data',
          'AWS::CloudFormation::Stack',
          'UPDATE_FAILED',
          9,
          'Resource update cancelled',
          'arn:stack/app-Data',
        ),
        event(
          'app',
          'Api',
          'AWS::CloudFormation::Stack',
          'UPDATE_FAILED',
          10,
          'Embedded stack arn:stack/app-Api was not successfully updated',
          'arn:stack/app-Api',
        ),
        event(
          'app',
          'app',
          'AWS::CloudFormation::Stack',
          'UPDATE_ROLLBACK_IN_PROGRESS',
          11,
          'The following resource(s) failed to update: [Api]',
        ),
      ],
      'app-Api': [
        event(
          'app-Api',
          'Stage',
          'AWS::ApiGateway::Stage',
          'UPDATE_FAILED',
          5,
          'CloudWatch Logs role ARN must be set in account settings',
        ),
        event(
          'app-Api',
          'Deployment',
          'AWS::ApiGateway::Deployment',
          'CREATE_FAILED',
          6,
          'Resource creation cancelled',
        ),
      ],
    });
    const cause = await findRootCause(cf, 'arn:stack/app', 'app', T0);
    assert.deepEqual(cause, {
      label: 'app/Api',
      stackName: 'app-Api',
      logicalId: 'Stage',
      type: 'AWS::ApiGateway::Stage',
      status: 'UPDATE_FAILED',
      reason: 'CloudWatch Logs role ARN must be set in account settings',
    });
  });

  it('ignores failures from before the operation', async () => {
    const cf = fakeClient({
      app: [
        event('app', 'Old', 'AWS::SQS::Queue', 'CREATE_FAILED', -50, 'an earlier failure'),
        event('app', 'Queue', 'AWS::SQS::Queue', 'CREATE_FAILED', 3, 'Queue name taken'),
      ],
    });
    assert.equal((await findRootCause(cf, 'arn:stack/app', 'app', T0))?.reason, 'Queue name taken');
  });
});

describe('progress while watching a stack', () => {
  it('counts finished resources per stack, nested stacks included, until the stack settles', async () => {
    const cf = fakeClient(
      {
        app: [
          event('app', 'Queue', 'AWS::SQS::Queue', 'CREATE_IN_PROGRESS', 1),
          event('app', 'Queue', 'AWS::SQS::Queue', 'CREATE_COMPLETE', 2),
          event('app', 'Core', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 3, undefined, 'arn:stack/app-Core'),
        ],
        'app-Core': [event('app-Core', 'Vpc', 'AWS::EC2::VPC', 'CREATE_COMPLETE', 4)],
      },
      ['CREATE_IN_PROGRESS', 'CREATE_IN_PROGRESS', 'CREATE_COMPLETE'],
    );
    const updates: WatchUpdate[] = [];
    const status = await watchStack(cf, 'arn:stack/app', 'app', {
      since: T0,
      pollMs: 0,
      totals: new Map([
        ['app', 3],
        ['app/Core', 5],
      ]),
      onUpdate: (u) => updates.push(u),
      sleep: () => Promise.resolve(),
    });
    assert.equal(status, 'CREATE_COMPLETE');
    assert.deepEqual(
      updates[1].stacks.map((s) => `${s.label} ${s.done}/${s.total}`),
      ['app 1/3', 'app/Core 1/5'],
    );
    assert.equal(updates.at(-1)!.stacks[0].done, 3, 'a settled stack counts every resource done');
  });
});

describe('change summary of nested stacks', () => {
  // moto reports neither replacement nor nested change sets; these are CloudFormation-shaped.
  const change = (action: string, id: string, type: string, extra: Record<string, unknown> = {}): Change =>
    ({
      Type: 'Resource',
      ResourceChange: { Action: action, LogicalResourceId: id, ResourceType: type, ...extra },
    }) as Change;
  const sets: Record<string, { Changes: Change[]; NextToken?: string }[]> = {
    root: [
      {
        Changes: [
          change('Modify', 'Api', 'AWS::CloudFormation::Stack', { ChangeSetId: 'nested', Replacement: 'False' }),
        ],
        NextToken: 'p2',
      },
      { Changes: [change('Add', 'Queue', 'AWS::SQS::Queue')] },
    ],
    nested: [
      {
        Changes: [
          change('Modify', 'Stage', 'AWS::ApiGateway::Stage', {
            Replacement: 'False',
            Details: [
              {
                Target: { Attribute: 'Properties', Name: 'MethodSettings', RequiresRecreation: 'Never' },
                ChangeSource: 'DirectModification',
              },
            ],
          }),
          change('Modify', 'Table', 'AWS::DynamoDB::Table', {
            Replacement: 'True',
            Details: [
              {
                Target: { Attribute: 'Properties', Name: 'TableName', RequiresRecreation: 'Always' },
                CausingEntity: 'TableName',
              },
            ],
          }),
          change('Remove', 'Old', 'AWS::SNS::Topic'),
        ],
      },
    ],
  };
  const cf = {
    send: (command: unknown) => {
      const { ChangeSetName, NextToken } = (command as DescribeChangeSetCommand).input;
      const pages = sets[ChangeSetName!];
      return Promise.resolve(pages[NextToken ? 1 : 0]);
    },
  } as unknown as CloudFormationClient;

  it('reads every page, descends into nested change sets, and shows replacement per resource', async () => {
    const changes = await describeChanges(cf, 'root', 'app');
    assert.deepEqual(
      changes.map((c) => [c.label, c.rows.map((r) => `${r.action} ${r.logicalId}`)]),
      [
        ['app', ['Modify Api', 'Add Queue']],
        ['app/Api', ['Modify Stage', 'Modify Table', 'Remove Old']],
      ],
    );
    const text = formatChanges(changes).join('\n');
    assert.match(text, /app\/Api: 0 to add, 2 to modify \(1 replaced\), 1 to remove/);
    assert.match(
      text,
      /~ Modify +Table +AWS::DynamoDB::Table +replacement: YES {2}TableName \(from TableName\), recreates/,
    );
    assert.match(
      text,
      /~ Modify +Stage +AWS::ApiGateway::Stage +replacement: no {2}MethodSettings \(DirectModification\)/,
    );
    assert.match(text, /- Remove +Old +AWS::SNS::Topic/);
  });
});
