// What `mysfits logs` reads and how it follows. moto has no Live Tail (StartLiveTail), so the
// stream here is made of events in the shape the CloudWatch Logs API reference documents
// (sessionStart, then sessionUpdate with sessionResults; SessionTimeoutException at the end of a
// session) through a stand-in client; the log groups of a stack tree come from the same calls
// moto answers in test/cli/day-two.test.ts.
import { strict as assert } from 'node:assert';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import type { CloudWatchLogsClient, StartLiveTailResponseStream } from '@aws-sdk/client-cloudwatch-logs';
import { follow, liveTailLines, logSources, parseSince, type LogLine } from '../../generator/aws/logs.js';
import { standIn } from '../support/stand-in.js';

const ACCESS = 'arn:aws:logs:us-east-1:111122223333:log-group:app-access';
const FN = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/app-ServiceFunction-X';
const stack: Stack = {
  StackId: 'arn:stack/app',
  StackName: 'app',
  StackStatus: 'CREATE_COMPLETE',
  CreationTime: new Date(),
};

describe('logs: the log groups of the app', () => {
  it("declared groups by their resource, and the groups Lambda and CodeBuild make by the function's or project's name", async () => {
    const { client } = standIn<CloudFormationClient>({
      ListStackResources: ({ StackName }) => ({
        StackResourceSummaries:
          StackName === 'arn:stack/app'
            ? [
                {
                  LogicalResourceId: 'ApiStack',
                  ResourceType: 'AWS::CloudFormation::Stack',
                  PhysicalResourceId: 'arn:stack/api',
                },
                {
                  LogicalResourceId: 'ImageBuild',
                  ResourceType: 'AWS::CodeBuild::Project',
                  PhysicalResourceId: 'app-build',
                },
              ]
            : [
                {
                  LogicalResourceId: 'AccessLogGroup',
                  ResourceType: 'AWS::Logs::LogGroup',
                  PhysicalResourceId: 'app-access',
                },
                {
                  LogicalResourceId: 'ServiceFunction',
                  ResourceType: 'AWS::Lambda::Function',
                  PhysicalResourceId: 'app-ServiceFunction-X',
                },
                {
                  LogicalResourceId: 'ServiceFunctionLogGroup',
                  ResourceType: 'AWS::Logs::LogGroup',
                  PhysicalResourceId: '/aws/lambda/app-ServiceFunction-X',
                },
              ],
      }),
      DescribeStacks: () => ({ Stacks: [{ ...stack, StackId: 'arn:stack/api', StackName: 'app-ApiStack-1' }] }),
    });
    assert.deepEqual(await logSources(client, stack), [
      { group: 'app-access', resource: 'AccessLogGroup' },
      { group: '/aws/codebuild/app-build', resource: 'ImageBuild' },
      { group: '/aws/lambda/app-ServiceFunction-X', resource: 'ServiceFunction' },
    ]);
  });

  it('--since: durations and ISO times', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    assert.equal(parseSince('15m', now), now - 15 * 60_000);
    assert.equal(parseSince('2h', now), now - 2 * 3_600_000);
    assert.equal(parseSince('2026-01-01T11:00:00Z', now), now - 3_600_000);
    assert.throws(() => parseSince('soon', now), /--since soon: use a duration/);
  });
});

describe('logs --follow through Live Tail (recorded stream; moto has none)', () => {
  const resources = new Map([
    [ACCESS, 'AccessLogGroup'],
    [FN, 'ServiceFunction'],
  ]);
  const update = (results: { group: string; message: string; t: number }[]): StartLiveTailResponseStream => ({
    sessionUpdate: {
      sessionMetadata: { sampled: false },
      sessionResults: results.map((r) => ({
        logGroupIdentifier: r.group,
        logStreamName: 's',
        message: r.message,
        timestamp: r.t,
        ingestionTime: r.t + 5,
      })),
    },
  });

  it('each sessionUpdate result becomes a line named after its resource; a session timeout ends it', () => {
    assert.deepEqual(liveTailLines(update([{ group: FN, message: 'START RequestId: 1\n', t: 5 }]), resources), [
      { time: 5, resource: 'ServiceFunction', message: 'START RequestId: 1' },
    ]);
    assert.throws(
      () =>
        liveTailLines(
          { SessionTimeoutException: { name: 'SessionTimeoutException', message: 'after 3 hours' } } as never,
          resources,
        ),
      /Live Tail session ended: after 3 hours/,
    );
  });

  it('streams until stopped: the groups by ARN, the filter passed, lines in order, no polling', async () => {
    const stop = new AbortController();
    async function* stream(): AsyncGenerator<StartLiveTailResponseStream> {
      yield { sessionStart: { sessionId: 's1', logGroupIdentifiers: [ACCESS, FN] } } as StartLiveTailResponseStream;
      yield update([{ group: ACCESS, message: '{"status":200}', t: 1 }]);
      yield update([{ group: FN, message: 'ERROR boom', t: 2 }]);
      stop.abort();
      yield update([{ group: FN, message: 'after Ctrl-C', t: 3 }]);
    }
    const { client, calls } = standIn<CloudWatchLogsClient>({
      DescribeLogGroups: ({ logGroupNamePrefix }) => ({
        logGroups: [
          {
            logGroupName: logGroupNamePrefix,
            logGroupArn: `arn:aws:logs:us-east-1:111122223333:log-group:${String(logGroupNamePrefix)}:*`,
          },
        ],
      }),
      StartLiveTail: () => ({ responseStream: stream() }),
    });
    const lines: LogLine[] = [];
    await follow(
      client,
      [
        { group: 'app-access', resource: 'AccessLogGroup' },
        { group: '/aws/lambda/app-ServiceFunction-X', resource: 'ServiceFunction' },
      ],
      {
        filter: 'ERROR',
        signal: stop.signal,
        pollMs: 1,
        startTime: 0,
        onLine: (l) => lines.push(l),
        onInfo: () => undefined,
      },
    );
    const start = calls.find(([n]) => n === 'StartLiveTail')![1];
    assert.deepEqual(start.logGroupIdentifiers, [ACCESS, FN], 'ARNs without the trailing :*');
    assert.equal(start.logEventFilterPattern, 'ERROR');
    assert.deepEqual(
      lines.map((l) => `${l.resource} ${l.message}`),
      ['AccessLogGroup {"status":200}', 'ServiceFunction ERROR boom'],
    );
    assert.ok(!calls.some(([n]) => n === 'FilterLogEvents'));
  });
});
