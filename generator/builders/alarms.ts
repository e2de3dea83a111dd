// The app's alarms: AWS's recommended alarms ("Best practice recommended alarms" in the
// CloudWatch user guide) for every resource a template creates, declared next to the resource in
// the template that creates it, so each part deployed alone keeps its alarms. Every alarm notifies
// one topic, the install's (main.yml's AlarmTopic), given to each template as the AlarmTopicArn
// parameter; deployed alone without it, the alarms still change state and show in the console.
//
// Each alarm says what it means and the first thing to check, and decides what missing data
// means: `notBreaching` for counts of bad events (no data: nothing went wrong), `missing`/`ignore`
// where no data says nothing either way, `breaching` where silence is the problem.
import { HTTP_ACCESS_LOG, REST_ACCESS_LOG, type AccessLogField } from './access-logs.js';
import type { Config } from '../config/load.js';
import { AWS, equals, fnIf, getAtt, not, ref } from '../core/intrinsics.js';
import type { Condition, Parameter, Resource, Template } from '../core/template.js';
import type { Value } from '../spec/values.js';

/** The parameter every template with alarms takes: the topic they notify (main.yml's AlarmTopic). */
export const ALARM_TOPIC_PARAMETER = 'AlarmTopicArn';
const HAS_TOPIC = 'HasAlarmTopic';

/** Alarms, topic, dashboard and budget are made at all (config monitoring.enabled). */
export const monitored = (config: Config): boolean => config.monitoring.enabled;

export type MissingData = 'breaching' | 'notBreaching' | 'ignore' | 'missing';
type Comparison =
  'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';

export interface AlarmSpec {
  /** Logical id of the alarm. */
  readonly id: string;
  /** What is watched, for the reviewer comment and the ops review ("API 5XX error rate"). */
  readonly watches: string;
  /** What the alarm means, then the first thing to check. */
  readonly means: string;
  readonly check: string;
  readonly namespace: string;
  readonly metric: string;
  readonly dimensions: Readonly<Record<string, Value<string>>>;
  /** Sum the metric over these values of one more dimension (metric math), for metrics published only per value. */
  readonly sumOver?: { readonly dimension: string; readonly values: readonly string[] };
  /** Sum, Average, Maximum, Minimum, or a percentile (p90). */
  readonly statistic: string;
  readonly periodSeconds: number;
  /** M of N: alarm when `datapoints` of the last `periods` breach. */
  readonly periods: number;
  readonly datapoints?: number;
  readonly threshold: number;
  readonly comparison: Comparison;
  readonly missingData: MissingData;
  /** Created only when this holds (the watched resource's own condition). */
  readonly condition?: Condition | string;
}

/** Any bad event (a count above 0) in 3 of the last 5 minutes; no data: nothing went wrong. */
const ANY_IN_3_OF_5 = {
  statistic: 'Sum',
  periodSeconds: 60,
  periods: 5,
  datapoints: 3,
  threshold: 0,
  comparison: 'GreaterThanThreshold',
  missingData: 'notBreaching',
} as const;

/** The AlarmTopicArn parameter and its condition, declared once per template. */
function alarmTopic(t: Template): string {
  if (!t.sectionOf(ALARM_TOPIC_PARAMETER)) {
    const parameter: Parameter = t.parameter(ALARM_TOPIC_PARAMETER, {
      Type: 'String',
      Description:
        "SNS topic every alarm of this stack notifies (main.yml's AlarmTopic). Empty: the alarms change state and show in the console, and notify nobody.",
      label: 'Alarm topic ARN (optional)',
      Default: '',
      AllowedPattern: '^$|^arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}$',
      ConstraintDescription: 'empty, or the ARN of an SNS topic',
    });
    t.condition(HAS_TOPIC, not(equals(parameter.ref(), '')), 'A topic was given: the alarms notify it.');
  }
  return HAS_TOPIC;
}

/** The alarm's description: what it means, then the first thing to check (CloudWatch allows 1024 characters). */
export function alarmDescription(spec: Pick<AlarmSpec, 'means' | 'check'>): string {
  const text = `${spec.means} First check: ${spec.check}`;
  if (text.length > 1024) throw new Error(`alarm description over 1024 characters: ${text.slice(0, 60)}...`);
  return text;
}

/** One alarm of the spec, notifying the template's topic on ALARM and on OK; none when monitoring is off. */
export function alarm(t: Template, config: Config, spec: AlarmSpec): Resource<'AWS::CloudWatch::Alarm'> | undefined {
  if (!monitored(config)) return undefined;
  const actions = fnIf(alarmTopic(t), [ref(ALARM_TOPIC_PARAMETER)], AWS.NoValue);
  const percentile = /^p\d+(\.\d+)?$/.test(spec.statistic);
  const dimensions = (extra: Record<string, string> = {}) =>
    Object.entries({ ...spec.dimensions, ...extra }).map(([Name, Value]) => ({ Name, Value }));
  const metric = spec.sumOver
    ? {
        Metrics: [
          ...spec.sumOver.values.map((value, i) => ({
            Id: `m${i}`,
            ReturnData: false,
            MetricStat: {
              Metric: {
                Namespace: spec.namespace,
                MetricName: spec.metric,
                Dimensions: dimensions({ [spec.sumOver!.dimension]: value }),
              },
              Period: spec.periodSeconds,
              Stat: spec.statistic,
            },
          })),
          {
            Id: 'total',
            Label: `${spec.metric} of ${spec.sumOver.values.join(', ')}`,
            Expression: `SUM([${spec.sumOver.values.map((_, i) => `m${i}`).join(', ')}])`,
            ReturnData: true,
          },
        ],
      }
    : {
        Namespace: spec.namespace,
        MetricName: spec.metric,
        Dimensions: dimensions(),
        ...(percentile ? { ExtendedStatistic: spec.statistic } : { Statistic: spec.statistic }),
        Period: spec.periodSeconds,
      };
  return t.resource(spec.id, {
    Type: 'AWS::CloudWatch::Alarm',
    ...(spec.condition ? { Condition: spec.condition } : {}),
    comment: `Alarm: ${spec.watches} (recommended alarm; missing data ${spec.missingData}).`,
    Properties: {
      AlarmDescription: alarmDescription(spec),
      ...metric,
      EvaluationPeriods: spec.periods,
      DatapointsToAlarm: spec.datapoints ?? spec.periods,
      Threshold: spec.threshold,
      ComparisonOperator: spec.comparison,
      TreatMissingData: spec.missingData,
      AlarmActions: actions,
      OKActions: actions,
    },
  });
}

/** The recommended Lambda alarms of one function: errors, throttles, and p90 duration near its timeout. */
export function functionAlarms(
  t: Template,
  config: Config,
  fn: { id: string; timeoutSeconds: number; condition?: Condition },
): void {
  const dimensions = { FunctionName: ref(fn.id) };
  const common = { namespace: 'AWS/Lambda', dimensions, condition: fn.condition };
  alarm(t, config, {
    ...common,
    id: `${fn.id}ErrorsAlarm`,
    watches: `${fn.id} errors`,
    means: `${fn.id} failed (an exception, a timeout or running out of memory) at least once in 3 of the last 5 minutes.`,
    check: `the ERROR lines of its log group (${fn.id}LogGroup), e.g. \`mysfits logs --resource ${fn.id}\`.`,
    metric: 'Errors',
    ...ANY_IN_3_OF_5,
  });
  alarm(t, config, {
    ...common,
    id: `${fn.id}ThrottlesAlarm`,
    watches: `${fn.id} throttles`,
    means: `Lambda refused to run ${fn.id} for lack of concurrency in 3 of the last 5 minutes: callers got 429s or retries.`,
    check:
      "the account's ConcurrentExecutions against its concurrency quota (Service Quotas), and the function's reserved concurrency if any.",
    metric: 'Throttles',
    ...ANY_IN_3_OF_5,
  });
  alarm(t, config, {
    ...common,
    id: `${fn.id}DurationAlarm`,
    watches: `${fn.id} p90 duration near its ${fn.timeoutSeconds} s timeout`,
    means: `The slowest tenth of ${fn.id}'s runs took over 90% of its ${fn.timeoutSeconds} s timeout in 3 of the last 5 minutes: the next ones may time out.`,
    check: `the X-Ray traces of ${fn.id} for the slow call (DynamoDB, S3, Cognito), then its memory size (more memory is more CPU).`,
    metric: 'Duration',
    statistic: 'p90',
    periodSeconds: 60,
    periods: 5,
    datapoints: 3,
    threshold: Math.round(fn.timeoutSeconds * 1000 * 0.9),
    comparison: 'GreaterThanThreshold',
    missingData: 'notBreaching',
  });
}

/** The recommended alarm of a dead-letter queue: any message in it is an event that failed every attempt. */
export function deadLetterAlarm(t: Template, config: Config, queueId: string): void {
  alarm(t, config, {
    id: `${queueId}Alarm`,
    watches: `messages in the dead-letter queue ${queueId}`,
    means: `An asynchronous invocation (a CloudFormation custom resource request) failed every attempt and was kept in ${queueId}.`,
    check:
      "the message's body (the request; its ResponseURL can still answer CloudFormation) and the ERROR lines of the function that failed; delete the message once handled.",
    namespace: 'AWS/SQS',
    metric: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: getAtt(queueId, 'QueueName') },
    statistic: 'Maximum',
    periodSeconds: 300,
    periods: 1,
    threshold: 0,
    comparison: 'GreaterThanThreshold',
    missingData: 'notBreaching',
  });
}

/** The table operations the service and functions call (SystemErrors is published per operation only). */
export const TABLE_OPERATIONS = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'UpdateItem',
  'TransactWriteItems',
] as const;

/** The recommended DynamoDB alarms of the table: read and write throttles, and DynamoDB's own errors. */
export function tableAlarms(t: Template, config: Config, tableId: string): void {
  const common = {
    namespace: 'AWS/DynamoDB',
    dimensions: { TableName: ref(tableId) },
    ...ANY_IN_3_OF_5,
    // DynamoDB's alarms ignore missing data whatever is set (CloudWatch's TreatMissingData docs): said so.
    missingData: 'ignore',
  } as const;
  for (const kind of ['Read', 'Write'] as const) {
    alarm(t, config, {
      ...common,
      id: `Table${kind}ThrottlesAlarm`,
      watches: `${kind.toLowerCase()} throttle events of the table`,
      means: `DynamoDB throttled ${kind.toLowerCase()}s of the on-demand table in 3 of the last 5 minutes: traffic passed twice its previous peak, a hot key, or the table's ${kind.toLowerCase()} limit.`,
      check: `the table's Consumed${kind}CapacityUnits and the API's request count on the dashboard for a spike; CloudWatch Contributor Insights names a hot key.`,
      metric: `${kind}ThrottleEvents`,
    });
  }
  alarm(t, config, {
    ...common,
    id: 'TableSystemErrorsAlarm',
    watches: 'system errors of the table (HTTP 500 from DynamoDB)',
    means:
      'DynamoDB answered requests to the table with internal errors (HTTP 500) in 3 of the last 5 minutes; the SDK retries them, so users see slow or failed calls.',
    check: 'the AWS Health Dashboard for DynamoDB in this region; errors that persist are a support case.',
    metric: 'SystemErrors',
    sumOver: { dimension: 'Operation', values: TABLE_OPERATIONS },
  });
}

/** Where to look first when an API alarm fires: fields of that API type's own access log. */
interface ApiChecks {
  readonly errors5: string;
  readonly errors4: string;
  readonly latency: string;
}

const restField = (key: AccessLogField<typeof REST_ACCESS_LOG>): string => key;
const httpField = (key: AccessLogField<typeof HTTP_ACCESS_LOG>): string => key;

/** A REST API's log: the gateway response type (errorType) names a refusal, resourcePath the path. */
const REST_CHECKS: ApiChecks = {
  errors5: `the access log (${restField('status')} and ${restField('integrationError')}) and the service logs: \`mysfits logs --filter 5\`; then whether the service is running (\`mysfits status\`).`,
  errors4: `the access log's ${restField('status')} and ${restField('errorType')} fields for the commonest refusal (UNAUTHORIZED, BAD_REQUEST_BODY, THROTTLED) and its paths.`,
  latency: `the access log's ${restField('integrationLatency')} (the service) against ${restField('responseLatency')} (API Gateway), then the X-Ray traces of the slow path.`,
};

/**
 * An HTTP API's log: no gateway response types (HTTP APIs have none); a refused token shows in
 * authorizerError, any other refusal in errorMessage, and the route in routeKey.
 */
const HTTP_CHECKS: ApiChecks = {
  errors5: `the access log (${httpField('status')} and ${httpField('integrationError')}, Lambda's error) and the function's logs: \`mysfits logs --filter 5\`.`,
  errors4: `the access log's ${httpField('status')}, ${httpField('authorizerError')} (a refused token: 401) and ${httpField('errorMessage')} (429: throttled) for the commonest refusal, and its ${httpField('routeKey')}.`,
  latency: `the access log's ${httpField('integrationLatency')} (the function) against ${httpField('responseLatency')} (API Gateway), then the X-Ray traces of the slow route.`,
};

/** The recommended API Gateway alarms of the stage: 5XX and 4XX error rates and p90 latency (thresholds in monitoring.*). */
export function apiAlarms(
  t: Template,
  config: Config,
  api: { readonly rest: { name: string; stage: string } } | { readonly http: { id: Value<string>; stage: string } },
): void {
  const { monitoring } = config;
  // A REST API's metrics are keyed by its name and stage, an HTTP API's by its id and stage, and
  // the two name their error metrics differently (5XXError/4XXError against 5xx/4xx).
  const [dimensions, errors5, errors4, checks]: [Readonly<Record<string, Value<string>>>, string, string, ApiChecks] =
    'rest' in api
      ? [{ ApiName: api.rest.name, Stage: api.rest.stage }, '5XXError', '4XXError', REST_CHECKS]
      : [{ ApiId: api.http.id, Stage: api.http.stage }, '5xx', '4xx', HTTP_CHECKS];
  const common = {
    namespace: 'AWS/ApiGateway',
    dimensions,
    periodSeconds: 60,
    periods: 5,
    datapoints: 3,
    comparison: 'GreaterThanThreshold',
    // No requests, no data: nothing failed and nothing was slow.
    missingData: 'notBreaching',
  } as const;
  alarm(t, config, {
    ...common,
    id: 'Api5xxAlarm',
    watches: `API 5XX error rate above ${monitoring.api5xxRatePercent}%`,
    means: `More than ${monitoring.api5xxRatePercent}% of API requests failed on the server side (5XX) in 3 of the last 5 minutes: the service is down, failing or unreachable.`,
    check: checks.errors5,
    metric: errors5,
    statistic: 'Average',
    threshold: monitoring.api5xxRatePercent / 100,
  });
  alarm(t, config, {
    ...common,
    id: 'Api4xxAlarm',
    watches: `API 4XX error rate above ${monitoring.api4xxRatePercent}%`,
    means: `More than ${monitoring.api4xxRatePercent}% of API requests were refused (4XX) in 3 of the last 5 minutes: a broken site release, expired sign-ins, throttling (429) or a scan of the API.`,
    check: checks.errors4,
    metric: errors4,
    statistic: 'Average',
    threshold: monitoring.api4xxRatePercent / 100,
  });
  alarm(t, config, {
    ...common,
    id: 'ApiLatencyAlarm',
    watches: `API p90 latency above ${monitoring.apiLatencyP90Ms} ms`,
    means: `The slowest tenth of API requests took over ${monitoring.apiLatencyP90Ms} ms in 3 of the last 5 minutes.`,
    check: checks.latency,
    metric: 'Latency',
    statistic: 'p90',
    threshold: monitoring.apiLatencyP90Ms,
  });
}

/** The recommended ECS alarms of the service: CPU and memory above 90% (ECS's own free metrics). */
export function ecsServiceAlarms(t: Template, config: Config, ids: { cluster: string; service: string }): void {
  for (const [metric, what] of [
    ['CPUUtilization', 'CPU'],
    ['MemoryUtilization', 'memory'],
  ] as const) {
    alarm(t, config, {
      id: `Service${metric === 'CPUUtilization' ? 'Cpu' : 'Memory'}Alarm`,
      watches: `service ${what} above 90%`,
      means: `The service's tasks used over 90% of their ${what} on average in 5 of the last 5 minutes: requests slow down${metric === 'MemoryUtilization' ? ' and a task over its limit is killed' : ''}.`,
      check: `the API's request count on the dashboard (more traffic: raise service.desiredCount or the task's ${what}), else the container logs for a runaway request.`,
      namespace: 'AWS/ECS',
      metric,
      dimensions: { ClusterName: ref(ids.cluster), ServiceName: getAtt(ids.service, 'Name') },
      statistic: 'Average',
      periodSeconds: 60,
      periods: 5,
      threshold: 90,
      comparison: 'GreaterThanThreshold',
      // No data: no task runs (none is desired until an image exists, or none started), which the
      // healthy-task alarm of the core stack reports.
      missingData: 'missing',
    });
  }
}

/**
 * Running tasks below desired. ECS publishes RunningTaskCount only with Container Insights (off:
 * see the cluster's suppression), so the load balancer's count of healthy tasks stands for it.
 */
export function healthyTasksAlarm(
  t: Template,
  config: Config,
  ids: { targetGroup: string; loadBalancer: string },
  desired: number,
): void {
  alarm(t, config, {
    id: 'HealthyTasksAlarm',
    watches: `healthy service tasks below the desired ${desired}`,
    means: `Fewer than ${desired} service task${desired === 1 ? ' passes' : 's pass'} the load balancer's health check in 3 of the last 3 minutes: the API answers slower or not at all.`,
    check:
      "the ECS service's events (a task that fails to start or keeps stopping, and its stopped reason), then the container logs.",
    namespace: 'AWS/NetworkELB',
    metric: 'HealthyHostCount',
    dimensions: {
      TargetGroup: getAtt(ids.targetGroup, 'TargetGroupFullName'),
      LoadBalancer: getAtt(ids.loadBalancer, 'LoadBalancerFullName'),
    },
    statistic: 'Minimum',
    periodSeconds: 60,
    periods: 3,
    threshold: desired,
    comparison: 'LessThanThreshold',
    // The load balancer reports its target groups every minute: silence means nothing healthy to count.
    missingData: 'breaching',
  });
}

/** The recommended Step Functions alarm: any failed execution. */
export function stateMachineAlarm(t: Template, config: Config, id: string, condition?: Condition): void {
  alarm(t, config, {
    id: `${id}FailedAlarm`,
    condition,
    watches: `failed executions of ${id}`,
    means: `An execution of ${id} failed, timed out or was aborted.`,
    check: `the execution's event history in the Step Functions console (the failed state and its cause), then ${id}LogGroup.`,
    namespace: 'AWS/States',
    metric: 'ExecutionsFailed',
    dimensions: { StateMachineArn: ref(id) },
    statistic: 'Sum',
    periodSeconds: 60,
    periods: 1,
    threshold: 0,
    comparison: 'GreaterThanThreshold',
    missingData: 'notBreaching',
  });
}

/** The recommended Firehose alarms of the click stream: records waiting too long, and failed deliveries to S3. */
export function firehoseAlarms(t: Template, config: Config, id: string, bufferSeconds: number): void {
  const freshness = bufferSeconds + 900;
  const common = {
    namespace: 'AWS/Firehose',
    dimensions: { DeliveryStreamName: ref(id) },
    periodSeconds: 300,
    periods: 3,
    // No clicks, no data: nothing waits and nothing failed.
    missingData: 'notBreaching',
  } as const;
  alarm(t, config, {
    ...common,
    id: 'ClickDeliveryFreshnessAlarm',
    watches: `click records older than ${freshness} s not yet in S3`,
    means: `The oldest click record in the stream had waited over ${freshness} s (the ${bufferSeconds} s buffer plus 15 minutes) in 3 of the last 15 minutes: delivery to S3 is failing or behind.`,
    check:
      "the stream's error log (ClickStreamLogGroup) and the errors/ prefix of the clicks bucket, then the transform function's errors.",
    metric: 'DeliveryToS3.DataFreshness',
    statistic: 'Maximum',
    threshold: freshness,
    comparison: 'GreaterThanThreshold',
  });
  alarm(t, config, {
    ...common,
    id: 'ClickDeliverySuccessAlarm',
    watches: 'failed deliveries of click records to S3',
    means:
      'Some deliveries of click records to S3 failed in 3 of the last 15 minutes (Firehose retries, then writes them under errors/).',
    check: "the stream's error log (ClickStreamLogGroup): usually the role's access to the bucket or its KMS key.",
    metric: 'DeliveryToS3.Success',
    statistic: 'Average',
    threshold: 1,
    comparison: 'LessThanThreshold',
  });
}

/** The Cognito alarms of the site's client: sign-in and sign-up requests throttled. */
export function cognitoAlarms(t: Template, config: Config, ids: { pool: string; client: string }): void {
  for (const kind of ['SignIn', 'SignUp'] as const) {
    const what = kind === 'SignIn' ? 'sign-in' : 'sign-up';
    alarm(t, config, {
      id: `${kind}ThrottlesAlarm`,
      watches: `${what} requests throttled by Cognito`,
      means: `Cognito refused ${what} requests of the site's client for exceeding the account's ${what} rate quota in 3 of the last 5 minutes: people cannot ${kind === 'SignIn' ? 'sign in' : 'sign up'}.`,
      check: `the ${what} rate against the Cognito quota in Service Quotas (raise it), or a flood of ${what}s from one source in the API's access log.`,
      namespace: 'AWS/Cognito',
      metric: `${kind}Throttles`,
      dimensions: { UserPool: ref(ids.pool), UserPoolClient: ref(ids.client) },
      ...ANY_IN_3_OF_5,
    });
  }
}

/** CloudFront publishes its metrics in us-east-1 only: its alarm can exist only in a stack there. */
export const CLOUDFRONT_METRICS_REGION = 'us-east-1';

/** The recommended CloudFront alarm, made where the metric is (the stack in us-east-1), else said why not. */
export function cloudFrontAlarm(t: Template, config: Config, distributionId: string): void {
  if (!monitored(config)) return;
  const inMetricsRegion = t.condition(
    'InCloudFrontMetricsRegion',
    equals(AWS.Region, CLOUDFRONT_METRICS_REGION),
    "CloudFront's metrics are in us-east-1 only: the 5xx alarm exists when this stack is there.",
  );
  const percent = config.monitoring.site5xxRatePercent;
  alarm(t, config, {
    id: 'Site5xxAlarm',
    condition: inMetricsRegion,
    watches: `site 5xx error rate above ${percent}% (where CloudFront's metrics are)`,
    means: `More than ${percent}% of the site's requests ended in a 5xx error at CloudFront in 3 of the last 5 minutes: the site bucket refuses CloudFront, or CloudFront itself fails.`,
    check:
      "the standard logs in the log bucket (x-edge-result-type Error), then the site bucket's policy for the distribution's origin access control.",
    namespace: 'AWS/CloudFront',
    metric: '5xxErrorRate',
    dimensions: { DistributionId: ref(distributionId), Region: 'Global' },
    statistic: 'Average',
    periodSeconds: 60,
    periods: 5,
    datapoints: 3,
    threshold: percent,
    comparison: 'GreaterThanThreshold',
    missingData: 'notBreaching',
  });
}
