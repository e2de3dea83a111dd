// The cost estimate's rules, one test each: a fixture template with the component's resources,
// the figure and the arithmetic a reviewer would check. Plus: a type no rule knows is listed,
// and the two compute modes priced side by side.
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import {
  COST_RULES,
  DEFAULT_ASSUMPTIONS,
  FREE_TYPES,
  IDLE_ASSUMPTIONS,
  PIPELINE_RUN,
  computeModeComparison,
  estimateCost,
  pipelineCost,
} from '../../generator/review/cost.js';
import { PIPELINE_PRICES, pricesFor } from '../../generator/review/prices.js';
import { buildReview, toMarkdown } from '../../generator/review/report.js';
import { fromTexts } from '../../generator/review/model.js';
import { renderAll } from '../../generator/render.js';
import { variants } from '../support/variants.js';

const priced = (text: string, component: string) => {
  const estimate = estimateCost(fromTexts([{ file: 't.yml', text: `Resources:\n${text}` }]), 'us-east-1');
  return { line: estimate.lines.find((l) => l.component === component)!, estimate };
};
const money = (n: number): string => n.toFixed(2);

describe('cost rules', () => {
  const cases: Record<string, [string, string, RegExp]> = {
    'NAT gateways': [
      '  Nat:\n    Type: AWS::EC2::NatGateway\n    Properties: {}\n  Nat2:\n    Type: AWS::EC2::NatGateway\n    Properties: {}',
      '73.22',
      /^2 × \(\$0\.045 \+ \$0\.005 IPv4\) × 730 h \+ 5 GB × \$0\.045$/,
    ],
    'VPC endpoints': [
      '  Ddb:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: { VpcEndpointType: Gateway }\n  Logs:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: { VpcEndpointType: Interface, SubnetIds: [a, b] }',
      '14.65',
      /^1 interface endpoint\(s\) in 2 AZ-slots .* 1 gateway endpoint\(s\) free$/,
    ],
    'Load balancer': [
      '  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties: { Type: network }',
      '20.80',
      /^NLB \(\$0\.0225 \+ 1 × \$0\.006\) × 730 h$/,
    ],
    'Fargate tasks': [
      "  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties: { Cpu: '512', Memory: '1024' }\n  Svc:\n    Type: AWS::ECS::Service\n    Properties: { TaskDefinition: !Ref Task, DesiredCount: !If [RunTasks, 3, 0] }",
      '54.06',
      /^3 task\(s\) × \(0\.5 vCPU/,
    ],
    Lambda: [
      '  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: 512 }\n  Seed:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: 256 }\n  Seeding:\n    Type: Custom::Seed\n    Properties: { ServiceToken: !GetAtt Seed.Arn }',
      '0.53',
      /API function: 1 M requests × \$0\.2 \+ 25000 GB-s \(50 ms × 0\.5 GB\).*deploy-time custom resource: \$0/,
    ],
    'CloudFront Functions': [
      '  F:\n    Type: AWS::CloudFront::Function\n    Properties: {}',
      '0.10',
      /^1 M viewer requests × \$0\.1 per million$/,
    ],
    CloudFront: ['  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties: {}', '1.85', /^\(10 GB × \$0\.085/],
    'API Gateway (HTTP)': [
      '  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { ProtocolType: HTTP }',
      '1.00',
      /^1 M requests × \$1 per million$/,
    ],
    'API Gateway (REST)': [
      '  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: {}',
      '3.50',
      /^1 M requests × \$3\.5/,
    ],
    DynamoDB: [
      '  Table:\n    Type: AWS::DynamoDB::Table\n    Properties: { BillingMode: PAY_PER_REQUEST, GlobalSecondaryIndexes: [a, b], PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }',
      '0.76',
      /^0\.30 M writes \(2 GSI\)/,
    ],
    'CloudWatch Logs': [
      '  Access:\n    Type: AWS::Logs::LogGroup\n    Properties: { RetentionInDays: 30 }\n  Quiet:\n    Type: AWS::Logs::LogGroup\n    Properties: {}\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { AccessLogSetting: { DestinationArn: !GetAtt Access.Arn } }',
      '0.27',
      /per request 0\.5 GB × \(\$0\.5 \+ 1\.0 months .* quiet 0\.01 GB × \(\$0\.5 \+ 12\.0 months/,
    ],
    S3: ['  B:\n    Type: AWS::S3::Bucket\n    Properties: {}', '0.02', /^1 GB × \$0\.023$/],
    ECR: ['  R:\n    Type: AWS::ECR::Repository\n    Properties: {}', '0.05', /^0\.5 GB × \$0\.1$/],
    Cognito: [
      // A pool on the Plus plan (threat protection) pays for every user; one on Lite, nothing.
      '  P:\n    Type: AWS::Cognito::UserPool\n    Properties: { UserPoolTier: PLUS }\n  L:\n    Type: AWS::Cognito::UserPool\n    Properties: { UserPoolTier: LITE }',
      '20.00',
      /PLUS plan: 1000 MAU; no free tier, \$0\.02 each.*LITE plan: 1000 MAU; the first 10,000 free, then \$0\.0055 each/,
    ],
    Firehose: [
      '  S:\n    Type: AWS::KinesisFirehose::DeliveryStream\n    Properties: {}',
      '0.07',
      /^0\.5 M records × 5 KB \(the billing minimum\) = 2\.38 GB × \$0\.029$/,
    ],
    Athena: ['  W:\n    Type: AWS::Athena::WorkGroup\n    Properties: {}', '0.05', /^10 GB scanned × \$5 per TB$/],
    'AWS WAF': [
      '  Acl:\n    Type: AWS::WAFv2::WebACL\n    Properties: { Rules: [a, b, c] }',
      '8.60',
      /^\$5 a web ACL \+ 3 rules × \$1 \+ 1 M requests × \$0\.60 per million$/,
    ],
    // A metric math alarm pays for each metric it reads: 1 + 3 metrics.
    'CloudWatch alarms': [
      '  A:\n    Type: AWS::CloudWatch::Alarm\n    Properties: { MetricName: Errors }\n  M:\n    Type: AWS::CloudWatch::Alarm\n    Properties: { Metrics: [{ Id: a, MetricStat: {} }, { Id: b, MetricStat: {} }, { Id: c, MetricStat: {} }, { Id: e, Expression: "SUM([a, b, c])" }] }',
      '0.40',
      /^2 alarms reading 4 metrics × \$0\.1 /,
    ],
    'CloudWatch dashboard': [
      '  D:\n    Type: AWS::CloudWatch::Dashboard\n    Properties: {}',
      '3.00',
      /^\$3 a dashboard/,
    ],
    'KMS keys': ['  K:\n    Type: AWS::KMS::Key\n    Properties: {}', '1.00', /^\$1 a key/],
    'X-Ray traces': [
      '  On:\n    Type: AWS::ApiGateway::Stage\n    Properties: { TracingEnabled: true }\n  Off:\n    Type: AWS::ApiGateway::Stage\n    Properties: {}',
      '5.00',
      /1 M traced requests × \$5 per million traces.*tracing off/,
    ],
  };

  it('every rule has a test here, and no resource type is both priced and free', () => {
    assert.deepEqual(COST_RULES.map((r) => r.component).sort(), Object.keys(cases).sort());
    for (const type of COST_RULES.flatMap((r) => r.types)) assert.equal(FREE_TYPES[type], undefined, type);
  });

  for (const [component, [text, expected, basis]] of Object.entries(cases)) {
    it(`${component}: ${expected} a month, with its arithmetic`, () => {
      const { line } = priced(text, component);
      assert.equal(money(line.monthly), expected, line.basis);
      assert.match(line.basis, basis);
      assert.ok(line.count > 0);
    });
  }

  it("a stream's transform runs once per buffer: priced by the stream's interval", () => {
    const { line } = priced(
      '  T:\n    Type: AWS::Serverless::Function\n    Properties: { MemorySize: 256 }\n  S:\n    Type: AWS::KinesisFirehose::DeliveryStream\n    Properties: { ExtendedS3DestinationConfiguration: { BufferingHints: { IntervalInSeconds: 300 }, ProcessingConfiguration: { Processors: [{ Parameters: [{ ParameterValue: !GetAtt T.Arn }] }] } } }',
      'Lambda',
    );
    assert.equal(line.basis, 'stream transform: 8760 runs (one per buffer) × 200 ms × 0.25 GB');
    assert.equal(money(line.monthly), '0.01');
  });

  it('lists a resource type no rule prices, and keeps it out of the total', () => {
    const { estimate } = priced(
      '  Q:\n    Type: AWS::Kinesis::Stream\n    Properties: {}\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {}',
      'S3',
    );
    assert.deepEqual(estimate.unpriced, [{ type: 'AWS::Kinesis::Stream', count: 1 }]);
    assert.ok(estimate.notes.includes('AWS::Kinesis::Stream (1): no price rule; not counted in the total.'));
  });

  it("every resource type of the app's templates, both modes and every variant, is priced or known free", () => {
    for (const raw of [{}, ...variants().map((v) => v.raw)]) {
      const estimate = estimateCost(fromTexts(renderAll(validateConfig(raw, 'test'))), 'us-east-1');
      assert.deepEqual(estimate.unpriced, [], JSON.stringify(raw));
    }
  });
});

describe('service.compute side by side', () => {
  const rows = computeModeComparison(validateConfig({}, 'test'), 'us-east-1');
  const [fargate, lambda] = rows;

  it('prices both modes from their own templates, lambda without NAT, load balancer or tasks', () => {
    assert.deepEqual(
      rows.map((r) => r.mode),
      ['fargate', 'lambda'],
    );
    assert.ok(lambda.resources < fargate.resources);
    assert.ok(!lambda.largest.some((l) => /NAT|Load balancer|Fargate/.test(l)), lambda.largest.join());
    assert.ok(fargate.largest[0].startsWith('NAT gateways'));
  });

  it('lambda costs at most $0.10 a day idle (monitoring off), fargate more than a dollar; busy, lambda is the cheaper', () => {
    const [bareFargate, bare] = computeModeComparison(
      validateConfig({ monitoring: { enabled: false } }, 'test'),
      'us-east-1',
    );
    assert.ok(bare!.idleMonthly / 30.4 <= 0.1, `lambda idle ${bare!.idleMonthly}`);
    // Monitoring (alarms, dashboard, the topic's key) is billed by the month, used or not: under $0.35 a day.
    const watching = lambda.idleMonthly - bare!.idleMonthly;
    assert.ok(watching > 0 && watching / 30.4 < 0.35, `lambda monitoring ${watching}`);
    assert.ok(fargate.idleMonthly / 30.4 > 1, `fargate idle ${fargate.idleMonthly}`);
    // X-Ray's traces ($5 at a million traced requests) are now lambda's largest part.
    assert.ok(bare!.monthly < bareFargate!.monthly / 8, `${bare!.monthly} vs ${bareFargate!.monthly}`);
    assert.ok(lambda.monthly < fargate.monthly / 5, `${lambda.monthly} vs ${fargate.monthly}`);
  });

  it('idle means no use at all: nothing billed by use remains', () => {
    const idle = estimateCost(
      fromTexts(renderAll(validateConfig({ service: { compute: 'lambda' } }, 'test'))),
      'us-east-1',
      IDLE_ASSUMPTIONS,
    );
    for (const component of ['API Gateway (REST)', 'Lambda', 'CloudFront', 'CloudWatch Logs']) {
      assert.equal(idle.lines.find((l) => l.component === component)!.monthly, 0, component);
    }
    assert.notEqual(DEFAULT_ASSUMPTIONS.apiRequestsMillion, 0);
  });
});

describe('api.type in the estimate', () => {
  const lambdaDefault = estimateCost(
    fromTexts(renderAll(validateConfig({ service: { compute: 'lambda' } }, 'test'))),
    'us-east-1',
  );
  const line = (component: string) => lambdaDefault.lines.find((l) => l.component === component)!;

  it('the default lambda config is an HTTP API at $1.00 per million, no traces, no REST API', () => {
    assert.equal(money(line('API Gateway (HTTP)').monthly), '1.00');
    assert.equal(line('API Gateway (REST)').count, 0);
    assert.equal(line('X-Ray traces').monthly, 0);
    assert.deepEqual(lambdaDefault.unpriced, []);
    // The HTTP API's access log is fed per request, as a REST stage's is.
    assert.match(line('CloudWatch Logs').basis, /2 × per request/);
  });

  it("Lambda's sampling is priced from the arrival rate: most requests below one a second, 5% far above", async () => {
    const { lambdaSampledMillion } = await import('../../generator/review/cost.js');
    // 1 M a month is 0.38 a second: 84% of them are the first of their second.
    assert.equal(lambdaSampledMillion(1).toFixed(2), '0.84');
    // 131 M a month (50 a second): one a second plus 5% of the other 49.
    assert.equal((lambdaSampledMillion(131.4) / 131.4).toFixed(3), ((1 + 0.05 * 49) / 50).toFixed(3));
    const sampled = estimateCost(
      fromTexts(renderAll(validateConfig({ service: { compute: 'lambda' }, api: { tracing: 'sampled' } }, 'test'))),
      'us-east-1',
    );
    assert.equal(money(sampled.lines.find((l) => l.component === 'X-Ray traces')!.monthly), '4.20');
  });

  it('prices each API type and its flood at the configured limits, bounded by reserved concurrency when lower', async () => {
    const { apiTypeComparison } = await import('../../generator/review/cost.js');
    const rows = apiTypeComparison(validateConfig({ service: { compute: 'lambda' } }, 'test'), 'us-east-1');
    assert.deepEqual(
      rows.map((r) => r.type),
      ['rest', 'http'],
    );
    const [rest, http] = rows;
    assert.equal(rest!.floodPerSecond, 50);
    assert.equal(rest!.floodMillion.toFixed(1), '131.4');
    assert.ok(http!.floodMonthly < rest!.floodMonthly / 3, `${http!.floodMonthly} vs ${rest!.floodMonthly}`);
    assert.ok(
      http!.floodLargest.some((l) => l.startsWith('API Gateway (HTTP) $131.40')),
      http!.floodLargest.join(),
    );
    const bounded = apiTypeComparison(
      validateConfig({ service: { compute: 'lambda', lambda: { reservedConcurrency: 1 } } }, 'test'),
      'us-east-1',
    );
    // One instance at 50 ms a request: 20 a second at most, below the stage's 50.
    assert.equal(bounded[1]!.floodPerSecond, 20);
    assert.match(bounded[1]!.floodBoundBy, /reservedConcurrency 1/);
    // Fargate mode has the REST API only.
    assert.deepEqual(
      apiTypeComparison(validateConfig({}, 'test'), 'us-east-1').map((r) => r.type),
      ['rest'],
    );
  });
});

describe('the delivery pipeline priced per run and per month', () => {
  it('action minutes and build minutes per run, times pipeline.pushesPerMonth, plus the artifacts kept', () => {
    const c = pipelineCost(2, 60, 'us-east-1');
    // Source 1 + build 12 + 2 stages × (change set 2 + summary 1 + execute 15) = 49 action minutes;
    // build 12 + 2 summaries = 14 CodeBuild minutes.
    assert.equal(c.actionMinutes, 49);
    assert.equal(c.buildMinutes, 14);
    assert.equal(money(c.perRun), money(49 * PIPELINE_PRICES.actionMinute + 14 * PIPELINE_PRICES.buildMinuteMedium));
    assert.equal(money(c.perRun), '0.24');
    const storage = PIPELINE_RUN.artifactGb * 60 * pricesFor('us-east-1').prices.s3Gb;
    assert.equal(money(c.perMonth), money(c.perRun * 60 + storage));
    assert.match(c.text, /^per run: 49 action min × \$0\.002 \+ 14 build min × \$0\.01 = \$0\.24; per month: 60 runs/);
    assert.ok(pipelineCost(1, 60, 'us-east-1').perRun < c.perRun, 'a stage more costs more');
    assert.equal(pipelineCost(2, 0, 'us-east-1').perMonth, 0);
  });

  it('review shows it when pipeline.enabled, at the configured pushes; not otherwise', () => {
    const review = (pipeline: object) => {
      const config = validateConfig({ service: { compute: 'lambda' }, pipeline }, 'test');
      return toMarkdown(
        buildReview({
          source: 'test',
          templates: fromTexts(renderAll(config)),
          region: 'us-east-1',
          lint: { ran: false, reason: 'not asked' },
          config,
        }).blocks,
      );
    };
    const on = review({ enabled: true, pushesPerMonth: 60 });
    const expected = pipelineCost(1, 60, 'us-east-1');
    assert.match(on, /The delivery pipeline \(pipeline\.yml\)/);
    assert.ok(
      on.includes(
        `$${expected.perRun.toFixed(2)} a run, $${expected.perMonth.toFixed(2)} a month at pipeline.pushesPerMonth = 60 (1 stage(s)`,
      ),
      on,
    );
    assert.doesNotMatch(review({ enabled: false }), /The delivery pipeline/);
  });
});
