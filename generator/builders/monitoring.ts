// What main.yml adds so the install is watched: the topic every alarm notifies (encrypted with a
// key of its own, which CloudWatch and AWS Budgets may use to publish to it), an optional email
// subscription, an optional monthly budget alerting the same topic, and one dashboard. They live
// in the root stack because they are one per install and need the outputs of every part; the
// alarms themselves live next to what they watch (alarms.ts), and get the topic as a parameter.
import type { Config } from '../config/load.js';
import { AWS, fnIf, getAtt, join, split, sub, type Intrinsic } from '../core/intrinsics.js';
import type { Resource, Template } from '../core/template.js';
import { OPERATIONS } from '../../service/src/contract/operations.js';
import { apiName } from '../swagger/build.js';
import { CLOUDFRONT_METRICS_REGION, monitored } from './alarms.js';
import { HTTP_API_STAGE } from './http-api.js';
import { policyDocument } from './common.js';

/** The root output another engineer's pipeline (and `mysfits status`) reads: the alarm topic. */
export const MONITORING_TOPIC_OUTPUT = 'MonitoringTopicArn';
/** Every nested template with alarms outputs their ARNs, comma-separated, under this name. */
export const ALARM_ARNS_OUTPUT = 'AlarmArns';
/** Budget alerts: actual spend past this share of the budget, and forecast spend past all of it. */
export const BUDGET_ACTUAL_PERCENT = 80;
export const BUDGET_FORECAST_PERCENT = 100;

type Stack = Resource<'AWS::CloudFormation::Stack'>;

/** Who publishes to the topic: CloudWatch alarms and AWS Budgets, from this account only. */
const PUBLISHERS = ['cloudwatch.amazonaws.com', 'budgets.amazonaws.com'];
const FROM_THIS_ACCOUNT = { StringEquals: { 'aws:SourceAccount': AWS.AccountId } };

/** The topic (with its key, policy and subscription) and the budget; undefined when monitoring is off. */
export function alarmTopic(t: Template, config: Config): Resource<'AWS::SNS::Topic'> | undefined {
  if (!monitored(config)) return undefined;
  const { monitoring } = config;
  const key = t.resource('AlarmTopicKey', {
    Type: 'AWS::KMS::Key',
    comment:
      "Encrypts the alarm topic. A key of the app's own: SNS's AWS managed key cannot be used by CloudWatch or AWS Budgets to publish.",
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: {
      Description: 'Encrypts the Mythical Mysfits alarm topic (CloudWatch alarms and AWS Budgets publish to it).',
      EnableKeyRotation: true,
      PendingWindowInDays: 7,
      KeyPolicy: policyDocument(
        {
          Sid: 'AccountAdministers',
          Effect: 'Allow',
          Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'PublishersEncrypt',
          Effect: 'Allow',
          Principal: { Service: PUBLISHERS },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Resource: '*',
          Condition: FROM_THIS_ACCOUNT,
        },
      ),
    },
  });
  const topic = t.resource('AlarmTopic', {
    Type: 'AWS::SNS::Topic',
    comment:
      'The one topic every alarm of the install notifies (on ALARM and on OK), and the budget alerts; encrypted.',
    Properties: {
      DisplayName: `${config.appName} alarms`,
      KmsMasterKeyId: key.ref(),
    },
  });
  t.resource('AlarmTopicPolicy', {
    Type: 'AWS::SNS::TopicPolicy',
    comment: 'CloudWatch alarms and AWS Budgets of this account may publish; nothing over plain HTTP.',
    Properties: {
      Topics: [topic.ref()],
      PolicyDocument: policyDocument(
        {
          Sid: 'AlarmsAndBudgetsPublish',
          Effect: 'Allow',
          Principal: { Service: PUBLISHERS },
          Action: 'sns:Publish',
          Resource: topic.ref(),
          Condition: FROM_THIS_ACCOUNT,
        },
        {
          Sid: 'TlsOnly',
          Effect: 'Deny',
          Principal: '*',
          Action: 'sns:Publish',
          Resource: topic.ref(),
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ),
    },
  });
  if (monitoring.email) {
    t.resource('AlarmEmail', {
      Type: 'AWS::SNS::Subscription',
      comment: 'The configured address (monitoring.email) gets every alarm, once it confirms the mail AWS sends it.',
      suppress: [
        {
          rule: 'Serverless-SNSRedrivePolicy',
          reason:
            "An email SNS cannot deliver would wait in a dead-letter queue nobody reads; the alarm's state and history stay in CloudWatch (console, dashboard), which is where a missed notification is found.",
        },
      ],
      Properties: { TopicArn: topic.ref(), Protocol: 'email', Endpoint: monitoring.email },
    });
  }
  if (monitoring.budgetMonthlyUsd !== undefined) {
    const subscribers = [{ SubscriptionType: 'SNS', Address: topic.ref() }];
    t.resource('MonthlyBudget', {
      Type: 'AWS::Budgets::Budget',
      comment: `The account's monthly cost budget of ${monitoring.budgetMonthlyUsd} USD: the topic hears at ${BUDGET_ACTUAL_PERCENT}% spent and at a forecast over ${BUDGET_FORECAST_PERCENT}%.`,
      DependsOn: ['AlarmTopicPolicy'],
      Properties: {
        Budget: {
          BudgetType: 'COST',
          TimeUnit: 'MONTHLY',
          BudgetLimit: { Amount: monitoring.budgetMonthlyUsd, Unit: 'USD' },
        },
        NotificationsWithSubscribers: [
          {
            Notification: {
              NotificationType: 'ACTUAL',
              ComparisonOperator: 'GREATER_THAN',
              Threshold: BUDGET_ACTUAL_PERCENT,
              ThresholdType: 'PERCENTAGE',
            },
            Subscribers: subscribers,
          },
          {
            Notification: {
              NotificationType: 'FORECASTED',
              ComparisonOperator: 'GREATER_THAN',
              Threshold: BUDGET_FORECAST_PERCENT,
              ThresholdType: 'PERCENTAGE',
            },
            Subscribers: subscribers,
          },
        ],
      },
    });
  }
  t.output(MONITORING_TOPIC_OUTPUT, {
    Description: 'SNS topic every alarm (and the budget) notifies: subscribe to it for alerts.',
    Value: topic.ref(),
  });
  return topic;
}

/**
 * The `AlarmArns` output of a template with alarms: their ARNs, comma-separated. An alarm made
 * under a condition is listed only when it holds (one `Fn::If` per condition of the template).
 */
export function alarmArnsOutput(t: Template): void {
  const alarms = t.resources
    .filter((r) => r.value.Type === 'AWS::CloudWatch::Alarm')
    .map((r) => ({ id: r.id, condition: r.value.Condition as string | undefined }));
  if (alarms.length === 0) return;
  const conditions = [...new Set(alarms.flatMap((a) => (a.condition ? [a.condition] : [])))];
  const listed = (holding: ReadonlySet<string>): Intrinsic =>
    join(
      ',',
      alarms.filter((a) => !a.condition || holding.has(a.condition)).map((a) => getAtt(a.id, 'Arn')),
    );
  const choose = (rest: readonly string[], holding: ReadonlySet<string>): Intrinsic => {
    if (rest.length === 0) return listed(holding);
    const [first, ...others] = rest;
    return fnIf(first!, choose(others, new Set([...holding, first!])), choose(others, holding));
  };
  t.output(ALARM_ARNS_OUTPUT, {
    Description: "This stack's alarms (comma-separated ARNs), for the install's dashboard.",
    Value: choose(conditions, new Set()),
  });
}

export interface DashboardInputs {
  readonly stacks: readonly Stack[];
  readonly tableName: Intrinsic;
  readonly distributionId: Intrinsic;
  readonly userPoolId: Intrinsic;
  readonly userPoolClientId: Intrinsic;
  /** fargate: the ECS cluster and service; lambda: the service function. */
  readonly service: { cluster: Intrinsic; service: Intrinsic } | { functionName: Intrinsic };
  readonly clicksStream?: Intrinsic;
  /** api.type http: the HTTP API, whose metrics are keyed by its id and named 5xx/4xx. */
  readonly httpApiId?: Intrinsic;
}

/** The install's dashboard: requests, errors, latency, throttles, likes/adoptions/clicks, and every alarm's state. */
export function dashboard(t: Template, config: Config, inputs: DashboardInputs): void {
  if (!monitored(config)) return;
  const http = inputs.httpApiId !== undefined;
  const api = http
    ? ['ApiId', '${HttpApiId}', 'Stage', HTTP_API_STAGE]
    : ['ApiName', apiName(config), 'Stage', config.api.stageName];
  const [errors5, errors4] = http ? ['5xx', '4xx'] : ['5XXError', '4XXError'];
  // A REST API counts per resource and method; an HTTP API per route ("POST /mysfits/{mysfitId}/like").
  const perMethod = (id: 'likeMysfit' | 'adoptMysfit', label: string) => [
    'AWS/ApiGateway',
    'Count',
    ...api,
    ...(http
      ? ['Route', `${OPERATIONS[id].method} ${OPERATIONS[id].path}`]
      : ['Resource', OPERATIONS[id].path, 'Method', OPERATIONS[id].method]),
    { stat: 'Sum', label },
  ];
  const widget = (title: string, metrics: unknown[][], extra: Record<string, unknown> = {}) => ({
    type: 'metric',
    width: 12,
    height: 6,
    properties: { title, region: '${AWS::Region}', view: 'timeSeries', period: 300, metrics, ...extra },
  });
  const compute =
    'functionName' in inputs.service
      ? widget('Service function', [
          ['AWS/Lambda', 'Invocations', 'FunctionName', '${ServiceFunctionName}', { stat: 'Sum' }],
          ['AWS/Lambda', 'Errors', 'FunctionName', '${ServiceFunctionName}', { stat: 'Sum' }],
          ['AWS/Lambda', 'Duration', 'FunctionName', '${ServiceFunctionName}', { stat: 'p90' }],
          ['AWS/Lambda', 'ConcurrentExecutions', 'FunctionName', '${ServiceFunctionName}', { stat: 'Maximum' }],
        ])
      : widget('Service tasks (CPU, memory %)', [
          ['AWS/ECS', 'CPUUtilization', 'ClusterName', '${ClusterName}', 'ServiceName', '${ServiceName}'],
          ['AWS/ECS', 'MemoryUtilization', 'ClusterName', '${ClusterName}', 'ServiceName', '${ServiceName}'],
        ]);
  const throttles: unknown[][] = [
    ['AWS/DynamoDB', 'ReadThrottleEvents', 'TableName', '${TableName}', { stat: 'Sum' }],
    ['AWS/DynamoDB', 'WriteThrottleEvents', 'TableName', '${TableName}', { stat: 'Sum' }],
    [
      'AWS/Cognito',
      'SignInThrottles',
      'UserPool',
      '${UserPoolId}',
      'UserPoolClient',
      '${UserPoolClientId}',
      { stat: 'Sum' },
    ],
    [
      'AWS/Cognito',
      'SignUpThrottles',
      'UserPool',
      '${UserPoolId}',
      'UserPoolClient',
      '${UserPoolClientId}',
      { stat: 'Sum' },
    ],
    ...('functionName' in inputs.service
      ? [['AWS/Lambda', 'Throttles', 'FunctionName', '${ServiceFunctionName}', { stat: 'Sum' }]]
      : []),
  ];
  const body = {
    widgets: [
      {
        type: 'alarm',
        width: 24,
        height: 4,
        properties: { title: 'Alarms', alarms: ['${AlarmArns}'], sortBy: 'stateUpdatedTimestamp' },
      },
      widget('API requests', [['AWS/ApiGateway', 'Count', ...api, { stat: 'Sum' }]]),
      widget('API errors', [
        ['AWS/ApiGateway', errors5, ...api, { stat: 'Sum' }],
        ['AWS/ApiGateway', errors4, ...api, { stat: 'Sum' }],
      ]),
      widget('API latency (ms)', [
        ['AWS/ApiGateway', 'Latency', ...api, { stat: 'p50' }],
        ['AWS/ApiGateway', 'Latency', ...api, { stat: 'p90' }],
        ['AWS/ApiGateway', 'IntegrationLatency', ...api, { stat: 'p90' }],
      ]),
      widget('Throttles', throttles),
      widget('Likes, adoptions and clicks', [
        perMethod('likeMysfit', 'likes'),
        perMethod('adoptMysfit', 'adoptions'),
        ...(inputs.clicksStream
          ? [
              [
                'AWS/Firehose',
                'IncomingRecords',
                'DeliveryStreamName',
                '${ClicksStreamName}',
                { stat: 'Sum', label: 'clicks' },
              ],
            ]
          : []),
      ]),
      compute,
      // CloudFront's metrics are in us-east-1 whatever the install's region: a dashboard may read them there.
      widget(
        'Site (CloudFront)',
        [
          ['AWS/CloudFront', 'Requests', 'DistributionId', '${DistributionId}', 'Region', 'Global', { stat: 'Sum' }],
          [
            'AWS/CloudFront',
            '5xxErrorRate',
            'DistributionId',
            '${DistributionId}',
            'Region',
            'Global',
            { stat: 'Average', yAxis: 'right' },
          ],
        ],
        { region: CLOUDFRONT_METRICS_REGION },
      ),
    ],
  };
  const alarmArns = join(
    '","',
    split(
      ',',
      join(
        ',',
        inputs.stacks.map((s) => getAtt(s.id, `Outputs.${ALARM_ARNS_OUTPUT}`)),
      ),
    ),
  );
  const service =
    'functionName' in inputs.service
      ? { ServiceFunctionName: inputs.service.functionName }
      : { ClusterName: inputs.service.cluster, ServiceName: inputs.service.service };
  t.resource('Dashboard', {
    Type: 'AWS::CloudWatch::Dashboard',
    comment:
      "The install's dashboard: requests, errors, latency, throttles, likes, adoptions and clicks, every alarm's state.",
    Properties: {
      DashboardBody: sub(JSON.stringify(body), {
        AlarmArns: alarmArns,
        TableName: inputs.tableName,
        DistributionId: inputs.distributionId,
        UserPoolId: inputs.userPoolId,
        UserPoolClientId: inputs.userPoolClientId,
        ...service,
        ...(inputs.clicksStream ? { ClicksStreamName: inputs.clicksStream } : {}),
        ...(inputs.httpApiId ? { HttpApiId: inputs.httpApiId } : {}),
      }),
    },
  });
}
