// `mysfits status` and `mysfits logs` as a user runs them (the bundled CLI in a child process),
// against moto_server on 127.0.0.1: stacks (CreateStack, so moto keeps the outputs), CloudWatch
// alarms (DescribeAlarms, SetAlarmState) and CloudWatch Logs (PutLogEvents, FilterLogEvents), and
// a local HTTP server standing in for the site and the API.
//
// What moto lacks: CloudFormation alarms (AWS::CloudWatch::Alarm is not modelled), so the alarm
// here is made with PutMetricAlarm and found as status finds any alarm notifying one of the
// stack's topics; and Live Tail (StartLiveTail), so --follow shows its fallback, polling. Live
// Tail's stream is tested from events in its documented shape in test/aws/logs.test.ts.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { startMoto, type Moto, MOTO_CLI_ENV } from '../support/moto.js';
import { ROOT, runCliAsync } from '../helpers.js';

const WATCHED = join(ROOT, 'test', 'fixtures', 'stacks', 'watched.yml');
const CREDENTIALS = MOTO_CLI_ENV;

describe('status and logs (against moto_server)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let server: Server;
  let apiStatus = 200;
  let base = '';
  let cf: CloudFormationClient;
  let cw: CloudWatchClient;
  let logs: CloudWatchLogsClient;
  const cli = (args: string[], onOutput?: NonNullable<Parameters<typeof runCliAsync>[1]>['onOutput']) =>
    runCliAsync([...args, '--endpoint', moto.endpoint, '--region', 'us-east-1'], { env: CREDENTIALS, onOutput });
  const put = async (group: string, events: [number, string][]) => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 's' })).catch(() => undefined);
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: 's',
        logEvents: events.map(([timestamp, message]) => ({ timestamp, message })),
      }),
    );
  };

  before(async () => {
    moto = await startMoto();
    server = createServer((req, res) => {
      const status = req.url === '/mysfits' ? apiStatus : 200;
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"mysfits":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const config = {
      region: 'us-east-1',
      endpoint: moto.endpoint,
      credentials: { accessKeyId: 't', secretAccessKey: 't' },
    };
    cf = new CloudFormationClient(config);
    cw = new CloudWatchClient(config);
    logs = new CloudWatchLogsClient(config);
  });
  after(async () => {
    cf.destroy();
    cw.destroy();
    logs.destroy();
    await new Promise((resolve) => server.close(resolve));
    await moto.stop();
  });
  beforeEach(async () => {
    await moto.reset();
    apiStatus = 200;
    await cf.send(
      new CreateStackCommand({
        StackName: 'watched',
        TemplateBody: readFileSync(WATCHED, 'utf8'),
        Parameters: [
          { ParameterKey: 'SiteUrl', ParameterValue: `${base}/` },
          { ParameterKey: 'ApiUrl', ParameterValue: base },
        ],
      }),
    );
    const stack = (await cf.send(new DescribeStacksCommand({ StackName: 'watched' }))).Stacks![0];
    const topic = stack.Outputs!.find((o) => o.OutputKey === 'AlarmTopic')!.OutputValue!;
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'watched-api-5xx',
        AlarmActions: [topic],
        Namespace: 'AWS/ApiGateway',
        MetricName: '5XXError',
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 0.05,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    // Someone else's alarm in the account: not the app's.
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'other-app-alarm',
        Namespace: 'X',
        MetricName: 'Y',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
  });

  describe('status', () => {
    it('all well: the stack complete, no alarm in ALARM, the site and GET /mysfits answering; exit 0', async () => {
      const r = await cli(['status', '--stack-name', 'watched']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /ok {3}watched: CREATE_COMPLETE/);
      assert.match(r.stdout, /alarms: none in ALARM \(1 watched\)/);
      assert.match(r.stdout, /ok {3}site http:\/\/127\.0\.0\.1:\d+: HTTP 200 in \d+ ms/);
      assert.match(r.stdout, /ok {3}GET \/mysfits http:\/\/127\.0\.0\.1:\d+\/mysfits: HTTP 200 in \d+ ms/);
      assert.match(r.stdout, /all well\./);
    });

    it('an alarm in ALARM and the API failing: both named, exit 1, and --json says so', async () => {
      await cw.send(
        new SetAlarmStateCommand({
          AlarmName: 'watched-api-5xx',
          StateValue: 'ALARM',
          StateReason: '12% of requests failed',
        }),
      );
      await cw.send(new SetAlarmStateCommand({ AlarmName: 'other-app-alarm', StateValue: 'ALARM', StateReason: 'x' }));
      apiStatus = 500;
      const r = await cli(['status', '--stack-name', 'watched']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /alarms: 1 of 1 in ALARM/);
      assert.match(r.stdout, /ALARM watched-api-5xx since \S+: 12% of requests failed/);
      assert.doesNotMatch(r.stdout, /other-app-alarm/);
      assert.match(r.stdout, /FAIL GET \/mysfits .*: HTTP 500/);
      const json = await cli(['status', '--stack-name', 'watched', '--json']);
      assert.equal(json.code, 1);
      const result = JSON.parse(json.stdout) as {
        ok: boolean;
        alarms: { name: string }[];
        endpoints: { ok: boolean }[];
      };
      assert.equal(result.ok, false);
      assert.deepEqual(
        result.alarms.map((a) => a.name),
        ['watched-api-5xx'],
      );
    });

    it('a stack that does not exist: exit 1', async () => {
      const r = await cli(['status', '--stack-name', 'nowhere']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /stack nowhere does not exist/);
    });
  });

  describe('drift', () => {
    it('a stack that does not exist: exit 1 naming it', async () => {
      const r = await cli(['drift', '--stack-name', 'nowhere']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /mysfits drift: stack nowhere does not exist/);
    });

    it('moto has no drift detection: the failure is named, exit 1 (the detection itself: test/aws/drift.test.ts)', async () => {
      const r = await cli(['drift', '--stack-name', 'watched']);
      assert.equal(r.code, 1);
      assert.match(
        r.stderr,
        /mysfits drift: drift detection failed in us-east-1 at http:\/\/127\.0\.0\.1:\d+ \(HTTP 500\): .*moto does\)/,
      );
    });
  });

  describe('logs', () => {
    const t = Date.now() - 10 * 60_000;
    beforeEach(async () => {
      await put('watched-access', [
        [t + 1000, '{"status":200,"path":"/mysfits"}'],
        [t + 3000, '{"status":500,"path":"/mysfits/x/like"}'],
      ]);
      await put('watched-service', [[t + 2000, 'ERROR table throttled']]);
    });

    it('every log group of the stack, merged by time, each line prefixed with its resource', async () => {
      const r = await cli(['logs', '--stack-name', 'watched', '--since', '1h']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /2 log group\(s\) of watched: AccessLogGroup, ServiceLogGroup/);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines.map((l) => l.replace(/^\S+ /, '')),
        [
          'AccessLogGroup   {"status":200,"path":"/mysfits"}',
          'ServiceLogGroup  ERROR table throttled',
          'AccessLogGroup   {"status":500,"path":"/mysfits/x/like"}',
        ],
      );
      assert.equal(lines[0].split(' ')[0], new Date(t + 1000).toISOString());
    });

    it('--since leaves older events out; --filter and --resource narrow them', async () => {
      assert.equal((await cli(['logs', '--stack-name', 'watched', '--since', '1m'])).stdout, '');
      const filtered = await cli(['logs', '--stack-name', 'watched', '--since', '1h', '--filter', 'ERROR']);
      assert.deepEqual(
        filtered.stdout
          .trimEnd()
          .split('\n')
          .map((l) => l.replace(/^\S+ /, '')),
        ['ServiceLogGroup  ERROR table throttled'],
      );
      const one = await cli(['logs', '--stack-name', 'watched', '--since', '1h', '--resource', 'AccessLogGroup']);
      assert.equal(one.stdout.trimEnd().split('\n').length, 2);
      assert.doesNotMatch(one.stdout, /ServiceLogGroup/);
    });

    it('bad --since or an unknown --resource: exit 2 naming it', async () => {
      const since = await cli(['logs', '--stack-name', 'watched', '--since', 'yesterday']);
      assert.equal(since.code, 2);
      assert.match(since.stderr, /--since yesterday: use a duration/);
      const resource = await cli(['logs', '--stack-name', 'watched', '--resource', 'Nope']);
      assert.equal(resource.code, 2);
      assert.match(
        resource.stderr,
        /--resource Nope: no log group of that resource \(the app's: AccessLogGroup, ServiceLogGroup\)/,
      );
    });

    it('--follow: Live Tail unavailable (moto), so it polls; a new event is printed once; Ctrl-C stops cleanly, exit 0', async () => {
      let state: 'waiting' | 'put' | 'stopped' = 'waiting';
      const r = await cli(['logs', '--stack-name', 'watched', '--since', '1h', '--follow'], (stdout, stderr, child) => {
        if (state === 'waiting' && /polling every/.test(stderr)) {
          state = 'put';
          void put('watched-service', [[Date.now(), 'INFO a new request']]);
        }
        if (state === 'put' && /INFO a new request/.test(stdout)) {
          state = 'stopped';
          child.kill('SIGINT');
        }
      });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Live Tail is not available .*: polling every/);
      assert.match(r.stderr, /stopped\.\n$/);
      assert.equal(r.stdout.match(/INFO a new request/g)?.length, 1);
      assert.equal(r.stdout.match(/ERROR table throttled/g)?.length, 1, 'old events are not printed again');
    });
  });
});
