// What the templates watch and what they do not: every CloudWatch alarm with what it watches and
// how, and every resource that does work (serves, stores, runs) without an alarm, with why. Read
// from the templates alone, like the rest of the review.
import type { ParsedResource } from '../core/parse.js';
import { referencesIn, show, type ReviewTemplate } from './model.js';

export interface WatchedBy {
  readonly file: string;
  readonly alarm: string;
  /** The resources of its template the alarm reads (by reference), or the API it names. */
  readonly watches: readonly string[];
  /** `Namespace MetricName statistic > threshold, M of N × period`. */
  readonly rule: string;
  readonly missingData: string;
  readonly condition?: string;
  readonly description: string;
}

export interface NotWatched {
  readonly file: string;
  readonly id: string;
  readonly type: string;
  readonly why: string;
}

export interface MonitoringReport {
  readonly alarms: readonly WatchedBy[];
  readonly notWatched: readonly NotWatched[];
  /** Topics alarms notify (a Ref to a parameter or a topic), and dashboards, by template. */
  readonly topics: readonly string[];
  readonly dashboards: readonly string[];
  readonly budgets: readonly string[];
}

/**
 * API Gateway's REST metrics name the API (ApiName) rather than refer to it: an alarm on AWS/ApiGateway
 * in the template of a REST API watches it and its stage.
 */
const WATCHED_BY_NAMESPACE: Readonly<Record<string, string>> = {
  'AWS::ApiGateway::RestApi': 'AWS/ApiGateway',
  'AWS::ApiGateway::Stage': 'AWS/ApiGateway',
};

/** Resource types that do work of their own but get no alarm, each with why. */
export const UNWATCHED_REASONS: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket':
    "no recommended alarm applies without S3 request metrics (billed per bucket); the site bucket's failures show in CloudFront's 5xx alarm, the click bucket's in Firehose's delivery alarms",
  'AWS::EC2::NatGateway':
    'ErrorPortAllocation and PacketsDropCount are not alarmed: a failing path to AWS APIs shows in the API 5XX and healthy-task alarms first',
  'AWS::CloudFront::Distribution':
    "CloudFront's metrics are in us-east-1 only: its 5xx alarm exists when the stack is there (see docs/monitoring.md for other regions)",
  'AWS::CodeBuild::Project':
    "runs at deploy time only; a failed build fails the image build's state machine, which is alarmed",
  'AWS::Athena::WorkGroup': 'queries are run by people, who see their own failures',
  'AWS::ECR::Repository': 'storage of images; a failed pull shows as tasks not starting (healthy-task alarm)',
  'AWS::ECS::Cluster': "a Fargate cluster does no work of its own; its service's CPU and memory are alarmed",
  'AWS::CloudFront::Function': "runs inside the distribution's requests; its errors count in CloudFront's 5xx rate",
  'AWS::WAFv2::WebACL': 'blocked requests are its job; they show as 4XX in the API 4XX alarm',
};

/** Types that only configure, connect or hold settings for others: neither watched nor worth a line. */
const SUPPORTING = new Set([
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ServiceLinkedRole',
  'AWS::Logs::LogGroup',
  'AWS::Logs::LogStream',
  'AWS::S3::BucketPolicy',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::SNS::Subscription',
  'AWS::SNS::Topic',
  'AWS::KMS::Key',
  'AWS::Budgets::Budget',
  'AWS::CloudWatch::Alarm',
  'AWS::CloudWatch::Dashboard',
  'AWS::CloudFormation::Stack',
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::EIP',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::FlowLog',
  'AWS::ECS::TaskDefinition',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ApiGateway::VpcLink',
  'AWS::ApiGatewayV2::VpcLink',
  'AWS::ApiGateway::Account',
  'AWS::ApiGateway::Deployment',
  'AWS::Lambda::Permission',
  'AWS::Cognito::UserPoolClient',
  'AWS::CloudFront::OriginAccessControl',
  'AWS::CloudFront::ResponseHeadersPolicy',
  'AWS::Glue::Database',
  'AWS::Glue::Table',
  'AWS::Athena::NamedQuery',
  'AWS::WAFv2::WebACLAssociation',
]);

function ruleOf(p: Record<string, unknown>): string {
  const metric =
    p.MetricName !== undefined
      ? `${show(p.Namespace)} ${show(p.MetricName)} ${show(p.ExtendedStatistic ?? p.Statistic)}`
      : ((p.Metrics as { Expression?: string; Label?: string }[] | undefined)
          ?.filter((m) => m.Expression)
          .map((m) => m.Label ?? m.Expression)
          .join(', ') ?? '(metric math)');
  const op: Record<string, string> = {
    GreaterThanThreshold: '>',
    GreaterThanOrEqualToThreshold: '>=',
    LessThanThreshold: '<',
    LessThanOrEqualToThreshold: '<=',
  };
  const period =
    p.Period ??
    (p.Metrics as { MetricStat?: { Period?: unknown } }[] | undefined)?.find((m) => m.MetricStat)?.MetricStat?.Period;
  return `${metric} ${op[String(p.ComparisonOperator)] ?? show(p.ComparisonOperator)} ${show(p.Threshold)}, ${show(p.DatapointsToAlarm ?? p.EvaluationPeriods)} of ${show(p.EvaluationPeriods)} × ${show(period)} s`;
}

const namespaceOf = (alarm: ParsedResource): string | undefined =>
  typeof alarm.properties.Namespace === 'string' ? alarm.properties.Namespace : undefined;

/** A budget's limit and when it notifies, as the template states them: "25 USD a month; notifies at 80% of actual spend, at 100% of forecast spend". */
export function budgetText(budget: ParsedResource): string {
  const b = (budget.properties.Budget ?? {}) as {
    BudgetLimit?: { Amount?: unknown; Unit?: unknown };
    TimeUnit?: unknown;
  };
  const period = (
    { MONTHLY: 'a month', QUARTERLY: 'a quarter', ANNUALLY: 'a year', DAILY: 'a day' } as Record<string, string>
  )[String(b.TimeUnit)];
  const limit = b.BudgetLimit
    ? `${show(b.BudgetLimit.Amount)} ${show(b.BudgetLimit.Unit)} ${period ?? show(b.TimeUnit)}`
    : 'no limit';
  const notifications = (
    (budget.properties.NotificationsWithSubscribers ?? []) as {
      Notification?: { NotificationType?: unknown; Threshold?: unknown; ThresholdType?: unknown };
    }[]
  ).map(({ Notification: n = {} }) => {
    const unit = n.ThresholdType === 'ABSOLUTE_VALUE' ? ` ${show(b.BudgetLimit?.Unit)}` : '%';
    const kind = n.NotificationType === 'FORECASTED' ? 'forecast' : 'actual';
    return `${show(n.Threshold)}${unit} of ${kind} spend`;
  });
  return `${limit}; ${notifications.length ? `notifies at ${notifications.join(', at ')}` : 'notifies nobody'}`;
}

export function findMonitoring(templates: readonly ReviewTemplate[]): MonitoringReport {
  const alarms: WatchedBy[] = [];
  const notWatched: NotWatched[] = [];
  const topics: string[] = [];
  const dashboards: string[] = [];
  const budgets: string[] = [];
  for (const t of templates) {
    const resources = t.parsed.resources;
    const ids = new Set(resources.map((r) => r.id));
    const own = resources.filter((r) => r.type === 'AWS::CloudWatch::Alarm');
    const watched = new Set<string>();
    for (const alarm of own) {
      const p = alarm.properties;
      const targets = [
        ...new Set(
          referencesIn([p.Dimensions, p.Metrics])
            .map((r) => r.target)
            .filter((id) => ids.has(id)),
        ),
      ];
      for (const id of targets) watched.add(id);
      const named = (p.Dimensions as { Name?: unknown; Value?: unknown }[] | undefined)
        ?.filter((d) => typeof d.Value === 'string')
        .map((d) => `${show(d.Name)} ${show(d.Value)}`);
      alarms.push({
        file: t.file,
        alarm: alarm.id,
        watches: targets.length ? targets : (named ?? []),
        rule: ruleOf(p),
        missingData: show(p.TreatMissingData ?? 'missing (default)'),
        ...(alarm.condition ? { condition: alarm.condition } : {}),
        description: show(p.AlarmDescription ?? ''),
      });
      for (const a of referencesIn(p.AlarmActions))
        if (!topics.includes(`${t.file}: ${a.target}`)) topics.push(`${t.file}: ${a.target}`);
    }
    const namespaces = new Set(own.map(namespaceOf));
    for (const r of resources) {
      if (r.type === 'AWS::CloudWatch::Dashboard') dashboards.push(`${t.file}:${r.id}`);
      if (r.type === 'AWS::Budgets::Budget') budgets.push(`${t.file}:${r.id} (${budgetText(r)})`);
      if (SUPPORTING.has(r.type) || r.type.startsWith('Custom::') || watched.has(r.id)) continue;
      const byName = WATCHED_BY_NAMESPACE[r.type];
      if (byName && namespaces.has(byName)) continue;
      notWatched.push({
        file: t.file,
        id: r.id,
        type: r.type,
        why: UNWATCHED_REASONS[r.type] ?? 'no alarm: no recommended alarm is made for this type',
      });
    }
  }
  // With no alarm at all (monitoring.enabled: false), the reasons above do not hold.
  const none = (n: NotWatched): NotWatched => ({ ...n, why: 'no alarm: these templates have none' });
  return { alarms, notWatched: alarms.length ? notWatched : notWatched.map(none), topics, dashboards, budgets };
}
