// The alarms, topic, dashboard and budget (config monitoring), read from the generated templates of
// both compute modes: every resource that does work has its recommended alarms, each alarm says
// what it means and what to check, decides what missing data means and notifies the install's
// topic; the config's thresholds, email and budget arrive; monitoring off leaves nothing behind.
import { strict as assert } from 'node:assert';
import { validateConfig, type Config } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { templatesFor, ROOT_TEMPLATE } from '../../generator/builders/index.js';
import { ALARM_TOPIC_PARAMETER, TABLE_OPERATIONS } from '../../generator/builders/alarms.js';
import {
  ALARM_ARNS_OUTPUT,
  BUDGET_ACTUAL_PERCENT,
  BUDGET_FORECAST_PERCENT,
  MONITORING_TOPIC_OUTPUT,
} from '../../generator/builders/monitoring.js';
import { tableStatements } from '../../generator/builders/service-inputs.js';
import { ref } from '../../generator/core/intrinsics.js';
import { budgetText, findMonitoring } from '../../generator/review/monitoring.js';
import { buildReview, toMarkdown } from '../../generator/review/report.js';
import { fromTexts } from '../../generator/review/model.js';
import { renderAll } from '../../generator/render.js';
import { HTTP_ACCESS_LOG, REST_ACCESS_LOG } from '../../generator/builders/access-logs.js';

type Resource = { Type: string; Condition?: string; Properties: Record<string, unknown> };
type Doc = {
  Parameters?: Record<string, unknown>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown }>;
};
const config = (raw: unknown = {}): Config => validateConfig(raw, 'test');
const docs = (c: Config): Map<string, Doc> =>
  new Map(templatesFor(c).map((b) => [b.file, toJsonObject(b.build(c)) as Doc]));
const alarmsOf = (d: Doc) => Object.entries(d.Resources).filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm');
const json = (x: unknown): string => JSON.stringify(x) ?? "";
/** Whether a value refers to a logical id (Ref or GetAtt). */
const refersTo = (value: unknown, id: string): boolean =>
  json(value).includes(`{"Ref":"${id}"}`) || json(value).includes(`{"Fn::GetAtt":["${id}",`);

/** The types every resource of which gets an alarm that refers to it, and the metric namespace it reads. */
const WATCHED: Record<string, string> = {
  'AWS::Serverless::Function': 'AWS/Lambda',
  'AWS::SQS::Queue': 'AWS/SQS',
  'AWS::DynamoDB::Table': 'AWS/DynamoDB',
  'AWS::ECS::Service': 'AWS/ECS',
  'AWS::StepFunctions::StateMachine': 'AWS/States',
  'AWS::KinesisFirehose::DeliveryStream': 'AWS/Firehose',
  'AWS::Cognito::UserPoolClient': 'AWS/Cognito',
  'AWS::CloudFront::Distribution': 'AWS/CloudFront',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'AWS/NetworkELB',
  'AWS::ApiGatewayV2::Api': 'AWS/ApiGateway',
};

describe('monitoring: alarms, topic, dashboard and budget', () => {
  for (const [compute, type] of [
    ['fargate', 'rest'],
    ['lambda', 'rest'],
    ['lambda', 'http'],
  ] as const) {
    describe(`service.compute ${compute}, api.type ${type}`, () => {
      const c = config({ service: { compute }, api: { type } });
      const all = docs(c);
      const parts = [...all].filter(([file]) => file !== ROOT_TEMPLATE);

      it('every resource of a watched type has an alarm that reads it, in its own namespace', () => {
        let checked = 0;
        for (const [file, d] of parts) {
          for (const [id, r] of Object.entries(d.Resources)) {
            const namespace = WATCHED[r.Type];
            if (!namespace) continue;
            checked++;
            const mine = alarmsOf(d).filter(([, a]) => refersTo([a.Properties.Dimensions, a.Properties.Metrics], id));
            assert.ok(mine.length > 0, `${file}:${id} (${r.Type}) has no alarm`);
            for (const [alarm, a] of mine) {
              const ns = a.Properties.Namespace ?? json(a.Properties.Metrics).match(/"Namespace":"([^"]+)"/)?.[1];
              assert.equal(ns, namespace, `${file}:${alarm}`);
              // An alarm of a resource made under a condition is made under the same one.
              assert.equal(a.Condition, r.Condition ?? a.Condition, `${file}:${alarm} condition`);
            }
          }
        }
        // The HTTP API's install has no click analytics (no stream, transform or its queue).
        assert.ok(checked > (type === 'http' ? 8 : 10), `only ${checked} watched resources`);
      });

      it('the API stage has its 5XX rate, 4XX rate and p90 latency alarms', () => {
        const api = all.get('api.yml')!;
        const metrics = alarmsOf(api)
          .filter(([, a]) => a.Properties.Namespace === 'AWS/ApiGateway')
          .map(([, a]) => `${a.Properties.MetricName as string} ${(a.Properties.Statistic ?? a.Properties.ExtendedStatistic) as string}`);
        assert.deepEqual(
          metrics.sort(),
          type === 'rest' ? ['4XXError Average', '5XXError Average', 'Latency p90'] : ['4xx Average', '5xx Average', 'Latency p90'],
        );
      });

      it('each function: errors, throttles, and p90 duration over 90% of its timeout', () => {
        for (const [file, d] of parts) {
          for (const [id, r] of Object.entries(d.Resources)) {
            if (r.Type !== 'AWS::Serverless::Function') continue;
            const mine = alarmsOf(d).filter(([, a]) => refersTo(a.Properties.Dimensions, id));
            assert.deepEqual(mine.map(([, a]) => a.Properties.MetricName).sort(), ['Duration', 'Errors', 'Throttles']);
            const duration = mine.find(([, a]) => a.Properties.MetricName === 'Duration')![1].Properties;
            assert.equal(duration.ExtendedStatistic, 'p90');
            assert.equal(duration.Threshold, Math.round((r.Properties.Timeout as number) * 900), `${file}:${id}`);
          }
        }
      });

      it('every alarm says what it means and what to check first, treats missing data on purpose, and notifies the topic', () => {
        for (const [file, d] of parts) {
          for (const [id, a] of alarmsOf(d)) {
            const p = a.Properties;
            assert.match(String(p.AlarmDescription), /\. First check: .{20,}/, `${file}:${id}`);
            assert.ok(['breaching', 'notBreaching', 'ignore', 'missing'].includes(String(p.TreatMissingData)), id);
            const actions = { 'Fn::If': ['HasAlarmTopic', [{ Ref: ALARM_TOPIC_PARAMETER }], { Ref: 'AWS::NoValue' }] };
            assert.deepEqual(p.AlarmActions, actions, `${file}:${id}`);
            assert.deepEqual(p.OKActions, actions, `${file}:${id}`);
          }
          if (alarmsOf(d).length) assert.ok(d.Parameters?.[ALARM_TOPIC_PARAMETER], `${file}: no topic parameter`);
        }
      });

      it("the table's SystemErrors sum every operation the service and the seeding call", () => {
        const data = all.get('data.yml')!;
        const system = data.Resources.TableSystemErrorsAlarm!.Properties;
        const summed = json(system.Metrics);
        const granted = json(tableStatements(ref('TableArn')))
          .match(/dynamodb:\w+/g)!
          .map((a) => a.slice('dynamodb:'.length));
        for (const op of granted) assert.ok((TABLE_OPERATIONS as readonly string[]).includes(op), op);
        for (const op of TABLE_OPERATIONS) assert.ok(summed.includes(`"Value":"${op}"`), op);
      });

      it('CloudFront 5xxErrorRate: made only where its metrics are (a stack in us-east-1)', () => {
        const site = all.get('site.yml')!;
        const alarm = site.Resources.Site5xxAlarm!;
        assert.equal(alarm.Condition, 'InCloudFrontMetricsRegion');
        assert.deepEqual((site as { Conditions?: Record<string, unknown> }).Conditions?.InCloudFrontMetricsRegion, {
          'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'],
        });
        assert.equal(alarm.Properties.MetricName, '5xxErrorRate');
      });

      it('main.yml: an encrypted topic, given to every nested stack, output as MonitoringTopicArn; one dashboard', () => {
        const main = all.get(ROOT_TEMPLATE)!;
        const topic = main.Resources.AlarmTopic!;
        assert.deepEqual(topic.Properties.KmsMasterKeyId, { Ref: 'AlarmTopicKey' });
        assert.equal(main.Resources.AlarmTopicKey!.Properties.EnableKeyRotation, true);
        assert.deepEqual(main.Outputs?.[MONITORING_TOPIC_OUTPUT]?.Value, { Ref: 'AlarmTopic' });
        const stacks = Object.values(main.Resources).filter((r) => r.Type === 'AWS::CloudFormation::Stack');
        assert.equal(stacks.length, parts.length);
        for (const s of stacks) {
          assert.deepEqual((s.Properties.Parameters as Record<string, unknown>)[ALARM_TOPIC_PARAMETER], {
            Ref: 'AlarmTopic',
          });
        }
        const dashboards = Object.values(main.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Dashboard');
        assert.equal(dashboards.length, 1);
        // No budget, and no subscription, unless the config asks.
        assert.ok(!Object.values(main.Resources).some((r) => /Budget|Subscription/.test(r.Type)));
      });

      it('the dashboard: every ${Variable} defined; API, likes, adoptions, clicks, throttles and every stack\'s alarms', () => {
        const main = all.get(ROOT_TEMPLATE)!;
        const [body, variables] = (main.Resources.Dashboard!.Properties.DashboardBody as { 'Fn::Sub': [string, Record<string, unknown>] })['Fn::Sub'];
        const used = [...body.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1]!);
        for (const v of used) assert.ok(v.startsWith('AWS::') || v in variables, `undefined \${${v}}`);
        for (const v of Object.keys(variables)) assert.ok(used.includes(v), `unused ${v}`);
        const widgets = JSON.parse(body.replace(/\$\{[^}]+\}/g, 'x')) as { widgets: { type: string; properties: { title: string } }[] };
        assert.deepEqual(
          widgets.widgets.map((w) => w.properties.title),
          ['Alarms', 'API requests', 'API errors', 'API latency (ms)', 'Throttles', 'Likes, adoptions and clicks', compute === 'lambda' ? 'Service function' : 'Service tasks (CPU, memory %)', 'Site (CloudFront)'],
        );
        if (type === 'rest') {
          assert.match(body, /"ApiName","mysfits-api","Stage","prod"/);
          assert.match(body, /"Resource","\/mysfits\/\{mysfitId\}\/like","Method","POST"/);
          assert.match(body, /"Resource","\/mysfits\/\{mysfitId\}\/adopt","Method","POST"/);
          assert.match(body, /"5XXError"/);
          assert.match(body, /IncomingRecords/);
        } else {
          // An HTTP API's metrics: by its id and stage, named 5xx/4xx, counted per route; no clicks.
          assert.match(body, /"ApiId","\$\{HttpApiId\}","Stage","\$default"/);
          assert.doesNotMatch(body, /ApiName|5XXError|IncomingRecords/);
          assert.match(body, /"Route","POST \/mysfits\/\{mysfitId\}\/like"/);
          assert.match(body, /"5xx"/);
        }
        // The alarm widget lists the AlarmArns output of every nested stack.
        const arns = json(variables.AlarmArns);
        for (const [id, r] of Object.entries(main.Resources)) {
          if (r.Type === 'AWS::CloudFormation::Stack') assert.ok(arns.includes(`"${id}","Outputs.${ALARM_ARNS_OUTPUT}"`), id);
        }
      });

      it('each part outputs its alarms; one made under a condition only when it holds', () => {
        for (const [file, d] of parts) {
          const value = json(d.Outputs?.[ALARM_ARNS_OUTPUT]?.Value);
          for (const [id] of alarmsOf(d)) assert.ok(value.includes(`["${id}","Arn"]`), `${file}:${id}`);
        }
        const site = json(all.get('site.yml')!.Outputs![ALARM_ARNS_OUTPUT]!.Value);
        assert.match(site, /^\{"Fn::If":\["InCloudFrontMetricsRegion",/);
      });
    });
  }

  it("each API type's alarms name the fields of its own access log, and no other's", () => {
    // Words of either log (and REST's gateway response types) a text could name.
    const restOnly = [
      ...Object.keys(REST_ACCESS_LOG).filter((k) => !(k in HTTP_ACCESS_LOG)),
      'UNAUTHORIZED',
      'BAD_REQUEST_BODY',
      'THROTTLED',
    ];
    const httpOnly = Object.keys(HTTP_ACCESS_LOG).filter((k) => !(k in REST_ACCESS_LOG));
    for (const [type, raw, own, other] of [
      ['rest', { api: { type: 'rest' } }, REST_ACCESS_LOG, httpOnly],
      ['http', { service: { compute: 'lambda' }, api: { type: 'http' } }, HTTP_ACCESS_LOG, restOnly],
    ] as const) {
      const api = docs(config(raw)).get('api.yml')!.Resources;
      for (const id of ['Api5xxAlarm', 'Api4xxAlarm', 'ApiLatencyAlarm']) {
        const check = String(api[id]!.Properties.AlarmDescription).split('First check: ')[1]!;
        const named = Object.keys(own).filter((field) => new RegExp(`\\b${field}\\b`).test(check));
        assert.ok(named.length >= 2, `${type} ${id} names no field of its access log: ${check}`);
        for (const word of other) assert.doesNotMatch(check, new RegExp(`\\b${word}\\b`), `${type} ${id}`);
      }
      if (type === 'http') assert.match(String(api.Api4xxAlarm!.Properties.AlarmDescription), /\brouteKey\b/);
    }
  });

  it("the config's thresholds reach the alarms", () => {
    const d = docs(
      config({ monitoring: { api5xxRatePercent: 2, api4xxRatePercent: 40, apiLatencyP90Ms: 900, site5xxRatePercent: 10 } }),
    );
    const api = d.get('api.yml')!.Resources;
    assert.equal(api.Api5xxAlarm!.Properties.Threshold, 0.02);
    assert.equal(api.Api4xxAlarm!.Properties.Threshold, 0.4);
    assert.equal(api.ApiLatencyAlarm!.Properties.Threshold, 900);
    assert.equal(d.get('site.yml')!.Resources.Site5xxAlarm!.Properties.Threshold, 10);
  });

  it('email subscribes to the topic; budgetMonthlyUsd makes a budget alerting the topic (actual 80%, forecast 100%)', () => {
    const main = docs(config({ monitoring: { email: 'ops@example.com', budgetMonthlyUsd: 25 } })).get(ROOT_TEMPLATE)!;
    assert.deepEqual(main.Resources.AlarmEmail!.Properties, {
      TopicArn: { Ref: 'AlarmTopic' },
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    const budget = main.Resources.MonthlyBudget!.Properties as {
      Budget: { BudgetLimit: unknown; TimeUnit: string; BudgetType: string };
      NotificationsWithSubscribers: { Notification: { NotificationType: string; Threshold: number }; Subscribers: unknown[] }[];
    };
    assert.deepEqual(budget.Budget.BudgetLimit, { Amount: 25, Unit: 'USD' });
    assert.equal(budget.Budget.TimeUnit, 'MONTHLY');
    assert.deepEqual(
      budget.NotificationsWithSubscribers.map((n) => [n.Notification.NotificationType, n.Notification.Threshold]),
      [
        ['ACTUAL', 80],
        ['FORECASTED', 100],
      ],
    );
    for (const n of budget.NotificationsWithSubscribers) {
      assert.deepEqual(n.Subscribers, [{ SubscriptionType: 'SNS', Address: { Ref: 'AlarmTopic' } }]);
    }
  });

  it("review.md states the budget's limit and notification thresholds, as the template holds them", () => {
    const c = config({ monitoring: { budgetMonthlyUsd: 25 } });
    const md = toMarkdown(
      buildReview({
        source: 'test',
        templates: fromTexts(renderAll(c)),
        region: 'us-east-1',
        lint: { ran: false, reason: 'not asked' },
        config: c,
      }).blocks,
    );
    assert.ok(
      md.includes(
        `Budgets: main.yml:MonthlyBudget (25 USD a month; notifies at ${BUDGET_ACTUAL_PERCENT}% of actual spend, at ${BUDGET_FORECAST_PERCENT}% of forecast spend).`,
      ),
      md,
    );
    // Read from the template, not the config: another threshold shows as written.
    const [t] = fromTexts([
      {
        file: 'b.yml',
        text: 'Resources:\n  B:\n    Type: AWS::Budgets::Budget\n    Properties:\n      Budget: { BudgetType: COST, TimeUnit: QUARTERLY, BudgetLimit: { Amount: 300, Unit: USD } }\n      NotificationsWithSubscribers:\n        - Notification: { NotificationType: ACTUAL, ComparisonOperator: GREATER_THAN, Threshold: 250, ThresholdType: ABSOLUTE_VALUE }\n          Subscribers: []\n',
      },
    ]);
    assert.equal(budgetText(t!.parsed.resources[0]!), '300 USD a quarter; notifies at 250 USD of actual spend');
  });

  it('a bad monitoring config is refused, naming the field', () => {
    assert.throws(() => config({ monitoring: { email: 'not an address' } }), /monitoring\/email|monitoring\.email/);
    assert.throws(() => config({ monitoring: { budgetMonthlyUsd: 0 } }), /budgetMonthlyUsd/);
  });

  it('monitoring off: no alarm, topic, parameter, output, dashboard or budget anywhere', () => {
    for (const compute of ['fargate', 'lambda'] as const) {
      const d = docs(config({ service: { compute }, monitoring: { enabled: false, budgetMonthlyUsd: 10 } }));
      for (const [file, doc] of d) {
        const types = Object.values(doc.Resources).map((r) => r.Type);
        for (const type of ['AWS::CloudWatch::Alarm', 'AWS::SNS::Topic', 'AWS::KMS::Key', 'AWS::CloudWatch::Dashboard', 'AWS::Budgets::Budget']) {
          assert.ok(!types.includes(type), `${file}: ${type}`);
        }
        assert.equal(doc.Parameters?.[ALARM_TOPIC_PARAMETER], undefined, file);
        assert.equal(doc.Outputs?.[ALARM_ARNS_OUTPUT], undefined, file);
        assert.equal(doc.Outputs?.[MONITORING_TOPIC_OUTPUT], undefined, file);
      }
    }
  });

  it('the review lists every alarm and what is not watched, with why', () => {
    const on = findMonitoring(fromTexts(renderAll(config())));
    assert.ok(on.alarms.length > 30);
    assert.ok(on.alarms.every((a) => a.watches.length > 0 && a.description.includes('First check:')));
    assert.deepEqual(
      [...new Set(on.notWatched.map((n) => n.type))].sort(),
      ['AWS::Athena::WorkGroup', 'AWS::CodeBuild::Project', 'AWS::EC2::NatGateway', 'AWS::ECR::Repository', 'AWS::S3::Bucket', 'AWS::CloudFront::Function'].sort(),
    );
    assert.deepEqual(on.dashboards, ['main.yml:Dashboard']);
    const off = findMonitoring(fromTexts(renderAll(config({ monitoring: { enabled: false } }))));
    assert.equal(off.alarms.length, 0);
    assert.ok(off.notWatched.some((n) => n.type === 'AWS::DynamoDB::Table' && /none/.test(n.why)));
  });
});
