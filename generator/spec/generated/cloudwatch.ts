// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::CloudWatch::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::CloudWatch::Alarm` type specifies an alarm and associates it with the specified metric or metric math expression. */
export interface AlarmProps {
  /** Indicates whether actions should be executed during any changes to the alarm state. The default is TRUE. */
  readonly ActionsEnabled?: Value<boolean>;
  /** The list of actions to execute when this alarm transitions into an ALARM state from any other state. Specify each action as an Amazon Resource Name (ARN). For more information about creating alarms and the actions that you can specify, s... */
  readonly AlarmActions?: ListOf<Value<string>>;
  /** The description of the alarm. */
  readonly AlarmDescription?: Value<string>;
  /** The name of the alarm. If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID for the alarm name. */
  readonly AlarmName?: Value<string>;
  /** The arithmetic operation to use when comparing the specified statistic and threshold. The specified statistic value is used as the first operand. */
  readonly ComparisonOperator?: Value<string>;
  /** The number of datapoints that must be breaching to trigger the alarm. This is used only if you are setting an "M out of N" alarm. In that case, this value is the M, and the value that you set for `EvaluationPeriods` is the N value. For m... */
  readonly DatapointsToAlarm?: Value<number>;
  /** The dimensions for the metric associated with the alarm. For an alarm based on a math expression, you can't specify `Dimensions` . Instead, you use `Metrics` . */
  readonly Dimensions?: ListOf<Value<Alarm_Dimension>>;
  /** Used only for alarms based on percentiles. If `ignore` , the alarm state does not change during periods with too few data points to be statistically significant. If `evaluate` or this parameter is not used, the alarm is always evaluated... */
  readonly EvaluateLowSampleCountPercentile?: Value<string>;
  /** The evaluation criteria for an alarm. This is a union type that currently supports ``PromQLCriteria``. */
  readonly EvaluationCriteria?: Value<Alarm_EvaluationCriteria>;
  /** The frequency, in seconds, at which the alarm is evaluated. */
  readonly EvaluationInterval?: Value<number>;
  /** The number of periods over which data is compared to the specified threshold. If you are setting an alarm that requires that a number of consecutive data points be breaching to trigger the alarm, this value specifies that number. If you... */
  readonly EvaluationPeriods?: Value<number>;
  /** The evaluation window that an alarm uses to select the range of metric data that it evaluates each time it runs. This is a union type. Set exactly one of its members, ``SlidingWindow`` or ``WallClockWindow``. If you don't set ``Evaluatio... */
  readonly EvaluationWindow?: Value<Alarm_EvaluationWindow>;
  /** The percentile statistic for the metric associated with the alarm. Specify a value between p0.0 and p100. */
  readonly ExtendedStatistic?: Value<string>;
  /** The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any other state. Each action is specified as an Amazon Resource Name (ARN). */
  readonly InsufficientDataActions?: ListOf<Value<string>>;
  /** The name of the metric associated with the alarm. This is required for an alarm based on a metric. For an alarm based on a math expression, you use `Metrics` instead and you can't specify `MetricName` . */
  readonly MetricName?: Value<string>;
  /** An array that enables you to create an alarm based on the result of a metric math expression. Each item in the array either retrieves a metric or performs a math expression. */
  readonly Metrics?: ListOf<Value<Alarm_MetricDataQuery>>;
  /** The namespace of the metric associated with the alarm. This is required for an alarm based on a metric. For an alarm based on a math expression, you can't specify `Namespace` and you use `Metrics` instead. */
  readonly Namespace?: Value<string>;
  /** The actions to execute when this alarm transitions to the `OK` state from any other state. Each action is specified as an Amazon Resource Name (ARN). */
  readonly OKActions?: ListOf<Value<string>>;
  /** The period, in seconds, over which the statistic is applied. This is required for an alarm based on a metric. Valid values are 10, 20, 30, 60, and any multiple of 60. */
  readonly Period?: Value<number>;
  /** The statistic for the metric associated with the alarm, other than percentile. For percentile statistics, use `ExtendedStatistic` . */
  readonly Statistic?: Value<string>;
  /** A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags with an alarm. To be able to associate tags with the alarm when you create the alarm, you must have the `cloudwatch:TagResource` permission. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The value to compare with the specified statistic. */
  readonly Threshold?: Value<number>;
  /** In an alarm based on an anomaly detection model, this is the ID of the `ANOMALY_DETECTION_BAND` function used as the threshold for the alarm. */
  readonly ThresholdMetricId?: Value<string>;
  /** Sets how this alarm is to handle missing data points. Valid values are `breaching` , `notBreaching` , `ignore` , and `missing` . For more information, see [Configuring How CloudWatch Alarms Treat Missing Data](https://docs.aws.amazon.com... */
  readonly TreatMissingData?: Value<string>;
  /** The unit of the metric associated with the alarm. Specify this only if you are creating an alarm based on a single metric. Do not specify this if you are specifying a `Metrics` array. */
  readonly Unit?: Value<string>;
  readonly WarmUpConfiguration?: Value<Alarm_WarmUpConfiguration>;
}

export interface Alarm_AlarmPromQLCriteria {
  /** The duration, in seconds, that a contributor must be continuously breaching before it transitions to the ``ALARM`` state. */
  readonly PendingPeriod?: Value<number>;
  /** The PromQL query that the alarm evaluates. The query must return a result of vector type. Each entry in the vector result represents an alarm contributor. */
  readonly Query?: Value<string>;
  /** The duration, in seconds, that a contributor must continuously not be breaching before it transitions back to the ``OK`` state. */
  readonly RecoveryPeriod?: Value<number>;
}

export interface Alarm_Dimension {
  /** The name of the dimension, from 1–255 characters in length. This dimension name must have been included when the metric was published. */
  readonly Name: Value<string>;
  /** The value for the dimension, from 1–255 characters in length. */
  readonly Value: Value<string>;
}

export interface Alarm_EvaluationCriteria {
  /** Contains the configuration that determines how a PromQL alarm evaluates its contributors, including the query to run and the durations that define when contributors transition between states. */
  readonly PromQLCriteria?: Value<Alarm_AlarmPromQLCriteria>;
}

export interface Alarm_EvaluationWindow {
  /** A sliding window, which advances each time the alarm is evaluated, forming a rolling time window. This is the default evaluation window. */
  readonly SlidingWindow?: Value<Json>;
  /** An evaluation window that aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week, optionally in a specific time zone. When you use a wa... */
  readonly WallClockWindow?: Value<Alarm_WallClockWindow>;
}

export interface Alarm_Metric {
  /** The metric dimensions that you want to be used for the metric that the alarm will watch. */
  readonly Dimensions?: ListOf<Value<Alarm_Dimension>>;
  /** The name of the metric that you want the alarm to watch. This is a required field. */
  readonly MetricName?: Value<string>;
  /** The namespace of the metric that the alarm will watch. */
  readonly Namespace?: Value<string>;
}

export interface Alarm_MetricDataQuery {
  /** The ID of the account where the metrics are located, if this is a cross-account alarm. */
  readonly AccountId?: Value<string>;
  /** The math expression to be performed on the returned data, if this object is performing a math expression. This expression can use the `Id` of the other metrics to refer to those metrics, and can also use the `Id` of other expressions to... */
  readonly Expression?: Value<string>;
  /** A short name used to tie this object to the results in the response. This name must be unique within a single call to `GetMetricData` . If you are performing math expressions on this set of data, this name represents that data and can se... */
  readonly Id: Value<string>;
  /** A human-readable label for this metric or expression. This is especially useful if this is an expression, so that you know what the value represents. If the metric or expression is shown in a CloudWatch dashboard widget, the label is sho... */
  readonly Label?: Value<string>;
  /** The metric to be returned, along with statistics, period, and units. Use this parameter only if this object is retrieving a metric and not performing a math expression on returned data. */
  readonly MetricStat?: Value<Alarm_MetricStat>;
  /** The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals... */
  readonly Period?: Value<number>;
  /** This option indicates whether to return the timestamps and raw data values of this metric. */
  readonly ReturnData?: Value<boolean>;
}

export interface Alarm_MetricStat {
  /** The metric to return, including the metric name, namespace, and dimensions. */
  readonly Metric: Value<Alarm_Metric>;
  /** The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals... */
  readonly Period: Value<number>;
  /** The statistic to return. It can include any CloudWatch statistic or extended statistic. For a list of valid values, see the table in [Statistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Sta... */
  readonly Stat: Value<string>;
  /** The unit to use for the returned data points. */
  readonly Unit?: Value<string>;
}

export interface Alarm_WallClockWindow {
  /** The time zone to use when the alarm aligns the evaluation window to clock boundaries. You can specify an IANA time zone name (for example, ``America/New_York``), a fixed UTC offset (for example, ``+05:30``), or an offset-prefixed identif... */
  readonly Timezone?: Value<string>;
}

export interface Alarm_WarmUpConfiguration {
  /** Specifies whether the alarm waits for the full warm-up period before it starts evaluating. If true, the alarm waits the entire WarmUpPeriodDurationInMinutes before it starts evaluating, even if metric data arrives earlier. If false, the... */
  readonly OnlyStartEvaluatingAfterWarmUpPeriodEnds?: Value<boolean>;
  /** The length of the warm-up period, in minutes. For this duration after you create or update the alarm, the alarm stays in INSUFFICIENT_DATA and doesn't perform alarm actions. Valid values range from 1 to 2880 minutes (2 days). You can cha... */
  readonly WarmUpPeriodDurationInMinutes?: Value<number>;
}

/** Resource Type definition for AWS::CloudWatch::AlarmMuteRule that allows defining a rule and targeting alarms to mute their actions during the specified window. */
export interface AlarmMuteRuleProps {
  /** The description of the AlarmMuteRule */
  readonly Description?: Value<string>;
  /** The date, with the same timezone offset as "ScheduleTimezone" after which the alarm mute rule will be expired. */
  readonly ExpireDate?: Value<string>;
  /** Targets to be muted */
  readonly MuteTargets?: Value<AlarmMuteRule_MuteTargets>;
  /** The name of the AlarmMuteRule */
  readonly Name?: Value<string>;
  /** The rule for the mute */
  readonly Rule: Value<AlarmMuteRule_Rule>;
  /** The date, with the same timezone offset as "ScheduleTimezone", after which the alarm mute rule will become active. */
  readonly StartDate?: Value<string>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface AlarmMuteRule_MuteTargets {
  /** The alarm names to be mute by the AlarmMuteRule */
  readonly AlarmNames: ListOf<Value<string>>;
}

export interface AlarmMuteRule_Rule {
  /** Schedule for the mute to be active */
  readonly Schedule: Value<AlarmMuteRule_Schedule>;
}

export interface AlarmMuteRule_Schedule {
  /** The duration of the schedule when it triggers */
  readonly Duration: Value<string>;
  /** The expression of the schedule */
  readonly Expression: Value<string>;
  /** The timezone of the schedule */
  readonly Timezone?: Value<string>;
}

/** The `AWS::CloudWatch::AnomalyDetector` type specifies an anomaly detection band for a certain metric and statistic. The band represents the expected "normal" range for the metric values. Anomaly detection bands can be used for visualizat... */
export interface AnomalyDetectorProps {
  /** Specifies details about how the anomaly detection model is to be trained, including time ranges to exclude when training and updating the model. The configuration can also include the time zone to use for the metric. */
  readonly Configuration?: Value<AnomalyDetector_Configuration>;
  /** The dimensions of the metric associated with the anomaly detection band. */
  readonly Dimensions?: ListOf<Value<AnomalyDetector_Dimension>>;
  /** Use this object to include parameters to provide information about your metric to CloudWatch to help it build more accurate anomaly detection models. Currently, it includes the `PeriodicSpikes` parameter. */
  readonly MetricCharacteristics?: Value<AnomalyDetector_MetricCharacteristics>;
  /** The CloudWatch metric math expression for this anomaly detector. */
  readonly MetricMathAnomalyDetector?: Value<AnomalyDetector_MetricMathAnomalyDetector>;
  /** The name of the metric associated with the anomaly detection band. */
  readonly MetricName?: Value<string>;
  /** The namespace of the metric associated with the anomaly detection band. */
  readonly Namespace?: Value<string>;
  /** The CloudWatch metric and statistic for this anomaly detector. */
  readonly SingleMetricAnomalyDetector?: Value<AnomalyDetector_SingleMetricAnomalyDetector>;
  /** The statistic of the metric associated with the anomaly detection band. */
  readonly Stat?: Value<string>;
}

export interface AnomalyDetector_Configuration {
  /** Specifies an array of time ranges to exclude from use when the anomaly detection model is trained and updated. Use this to make sure that events that could cause unusual values for the metric, such as deployments, aren't used when CloudW... */
  readonly ExcludedTimeRanges?: ListOf<Value<AnomalyDetector_Range>>;
  /** The time zone to use for the metric. This is useful to enable the model to automatically account for daylight savings time changes if the metric is sensitive to such time changes. */
  readonly MetricTimeZone?: Value<string>;
}

export interface AnomalyDetector_Dimension {
  /** The name of the dimension. */
  readonly Name: Value<string>;
  /** The value of the dimension. Dimension values must contain only ASCII characters and must include at least one non-whitespace character. ASCII control characters are not supported as part of dimension values. */
  readonly Value: Value<string>;
}

export interface AnomalyDetector_Metric {
  /** The dimensions for the metric. */
  readonly Dimensions?: ListOf<Value<AnomalyDetector_Dimension>>;
  /** The name of the metric. This is a required field. */
  readonly MetricName: Value<string>;
  /** The namespace of the metric. */
  readonly Namespace: Value<string>;
}

export interface AnomalyDetector_MetricCharacteristics {
  /** Set this parameter to true if values for this metric consistently include spikes that should not be considered to be anomalies. With this set to true, CloudWatch will expect to see spikes that occurred consistently during the model train... */
  readonly PeriodicSpikes?: Value<boolean>;
}

export interface AnomalyDetector_MetricDataQuery {
  /** The ID of the account where the metrics are located. */
  readonly AccountId?: Value<string>;
  /** This field can contain either a Metrics Insights query, or a metric math expression to be performed on the returned data. For more information about Metrics Insights queries, see [Metrics Insights query components and syntax](https://doc... */
  readonly Expression?: Value<string>;
  /** A short name used to tie this object to the results in the response. This name must be unique within a single call to `GetMetricData` . If you are performing math expressions on this set of data, this name represents that data and can se... */
  readonly Id: Value<string>;
  /** A human-readable label for this metric or expression. This is especially useful if this is an expression, so that you know what the value represents. If the metric or expression is shown in a CloudWatch dashboard widget, the label is sho... */
  readonly Label?: Value<string>;
  /** The metric to be returned, along with statistics, period, and units. Use this parameter only if this object is retrieving a metric and not performing a math expression on returned data. */
  readonly MetricStat?: Value<AnomalyDetector_MetricStat>;
  /** The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals... */
  readonly Period?: Value<number>;
  /** When used in `GetMetricData` , this option indicates whether to return the timestamps and raw data values of this metric. If you are performing this call just to do math expressions and do not also need the raw data returned, you can spe... */
  readonly ReturnData?: Value<boolean>;
}

export interface AnomalyDetector_MetricMathAnomalyDetector {
  /** An array of metric data query structures that enables you to create an anomaly detector based on the result of a metric math expression. Each item in `MetricDataQueries` gets a metric or performs a math expression. One item in `MetricDat... */
  readonly MetricDataQueries?: ListOf<Value<AnomalyDetector_MetricDataQuery>>;
}

export interface AnomalyDetector_MetricStat {
  /** The metric to return, including the metric name, namespace, and dimensions. */
  readonly Metric: Value<AnomalyDetector_Metric>;
  /** The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals... */
  readonly Period: Value<number>;
  /** The statistic to return. It can include any CloudWatch statistic or extended statistic. */
  readonly Stat: Value<string>;
  /** When you are using a `Put` operation, this defines what unit you want to use when storing the metric. */
  readonly Unit?: Value<string>;
}

export interface AnomalyDetector_Range {
  /** The end time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss` . For example, `2019-07-01T23:59:59` . */
  readonly EndTime: Value<string>;
  /** The start time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss` . For example, `2019-07-01T23:59:59` . */
  readonly StartTime: Value<string>;
}

export interface AnomalyDetector_SingleMetricAnomalyDetector {
  /** If the CloudWatch metric that provides the time series that the anomaly detector uses as input is in another account, specify that account ID here. If you omit this parameter, the current account is used. */
  readonly AccountId?: Value<string>;
  /** The metric dimensions to create the anomaly detection model for. */
  readonly Dimensions?: ListOf<Value<AnomalyDetector_Dimension>>;
  /** The name of the metric to create the anomaly detection model for. */
  readonly MetricName?: Value<string>;
  /** The namespace of the metric to create the anomaly detection model for. */
  readonly Namespace?: Value<string>;
  /** The statistic to use for the metric and anomaly detection model. */
  readonly Stat?: Value<string>;
}

/** The `AWS::CloudWatch::CompositeAlarm` type creates or updates a composite alarm. When you create a composite alarm, you specify a rule expression for the alarm that takes into account the alarm states of other alarms that you have create... */
export interface CompositeAlarmProps {
  /** Indicates whether actions should be executed during any changes to the alarm state of the composite alarm. The default is TRUE. */
  readonly ActionsEnabled?: Value<boolean>;
  /** Actions will be suppressed if the suppressor alarm is in the `ALARM` state. `ActionsSuppressor` can be an AlarmName or an Amazon Resource Name (ARN) from an existing alarm. */
  readonly ActionsSuppressor?: Value<string>;
  /** The maximum time in seconds that the composite alarm waits after suppressor alarm goes out of the `ALARM` state. After this time, the composite alarm performs its actions. */
  readonly ActionsSuppressorExtensionPeriod?: Value<number>;
  /** The maximum time in seconds that the composite alarm waits for the suppressor alarm to go into the `ALARM` state. After this time, the composite alarm performs its actions. */
  readonly ActionsSuppressorWaitPeriod?: Value<number>;
  /** The actions to execute when this alarm transitions to the ALARM state from any other state. Each action is specified as an Amazon Resource Name (ARN). For more information about creating alarms and the actions that you can specify, see [... */
  readonly AlarmActions?: ListOf<Value<string>>;
  /** The description for the composite alarm. */
  readonly AlarmDescription?: Value<string>;
  /** The name for the composite alarm. This name must be unique within your AWS account. */
  readonly AlarmName?: Value<string>;
  /** An expression that specifies which other alarms are to be evaluated to determine this composite alarm's state. For each alarm that you reference, you designate a function that specifies whether that alarm needs to be in ALARM state, OK s... */
  readonly AlarmRule: Value<string>;
  /** The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any other state. Each action is specified as an Amazon Resource Name (ARN). For more information about creating alarms and the actions that you can sp... */
  readonly InsufficientDataActions?: ListOf<Value<string>>;
  /** The actions to execute when this alarm transitions to the OK state from any other state. Each action is specified as an Amazon Resource Name (ARN). For more information about creating alarms and the actions that you can specify, see [Put... */
  readonly OKActions?: ListOf<Value<string>>;
  /** A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags with an alarm. To be able to associate tags with the alarm when you create the alarm, you must have the `cloudwatch:TagResource` permission. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::CloudWatch::Dashboard` resource specifies an Amazon CloudWatch dashboard. A dashboard is a customizable home page in the CloudWatch console that you can use to monitor your AWS resources in a single view. */
export interface DashboardProps {
  /** The detailed information about the dashboard in JSON format, including the widgets to include and their location on the dashboard. This parameter is required. */
  readonly DashboardBody: Value<string>;
  /** The name of the dashboard. The name must be between 1 and 255 characters. If you do not specify a name, one will be generated automatically. */
  readonly DashboardName?: Value<string>;
  /** A list of key-value pairs to associate with the cloudwatch dashboard. You can associate up to 50 tags with a dashboard */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates or updates a Contributor Insights rule. Rules evaluate log events in a CloudWatch Logs log group, enabling you to find contributor data for the log events in that log group. For more information, see [Using Contributor Insights t... */
export interface InsightRuleProps {
  /** Determines whether the rules is evaluated on transformed versions of logs. Valid values are `TRUE` and `FALSE` . */
  readonly ApplyOnTransformedLogs?: Value<boolean>;
  /** The definition of the rule, as a JSON object. For details about the syntax, see [Contributor Insights Rule Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html) in the *Amazon CloudWa... */
  readonly RuleBody: Value<string>;
  /** The name of the rule. */
  readonly RuleName: Value<string>;
  /** The current state of the rule. Valid values are `ENABLED` and `DISABLED` . */
  readonly RuleState: Value<string>;
  /** A list of key-value pairs to associate with the Contributor Insights rule. You can associate as many as 50 tags with a rule. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Resource Type definition for AWS::CloudWatch::LogAlarm. A LogAlarm evaluates scheduled query results from CloudWatch Logs and triggers actions when thresholds are breached. */
export interface LogAlarmProps {
  /** The number of log lines to include in alarm notifications. Valid values are 0 to 50. */
  readonly ActionLogLineCount?: Value<number>;
  /** The ARN of the IAM role that grants CloudWatch permissions to fetch log lines for alarm notifications. Required when ActionLogLineCount is greater than 0. */
  readonly ActionLogLineRoleArn?: Value<string>;
  /** Indicates whether actions should be executed during any changes to the alarm state. The default is TRUE. */
  readonly ActionsEnabled?: Value<boolean>;
  /** The list of actions to execute when this alarm transitions into an ALARM state from any other state. */
  readonly AlarmActions?: ListOf<Value<string>>;
  /** The description of the log alarm. */
  readonly AlarmDescription?: Value<string>;
  /** The name of the log alarm. */
  readonly AlarmName?: Value<string>;
  /** The arithmetic operation to use when comparing the specified threshold and the query results. Valid values are GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, and LessThanOrEqualToThreshold. */
  readonly ComparisonOperator: Value<string>;
  /** The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any other state. */
  readonly InsufficientDataActions?: ListOf<Value<string>>;
  /** The actions to execute when this alarm transitions to the OK state from any other state. */
  readonly OKActions?: ListOf<Value<string>>;
  /** The number of query results that must be breaching to trigger the alarm. */
  readonly QueryResultsToAlarm: Value<number>;
  /** The number of query results over which data is compared to the specified threshold. */
  readonly QueryResultsToEvaluate: Value<number>;
  /** The scheduled query configuration for the log alarm. */
  readonly ScheduledQueryConfiguration: Value<LogAlarm_ScheduledQueryConfiguration>;
  /** A list of key-value pairs to associate with the log alarm. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The value to compare against the results of the scheduled query evaluation. */
  readonly Threshold: Value<number>;
  /** Sets how this alarm is to handle missing data points. Valid values are breaching, notBreaching, ignore, and missing. */
  readonly TreatMissingData?: Value<string>;
  /** The warm-up configuration for an alarm. A warm-up period delays alarm evaluation after you create or update the alarm. This reduces alarm noise from missing data while a new resource or service starts up. During the warm-up period, the a... */
  readonly WarmUpConfiguration?: Value<LogAlarm_WarmUpConfiguration>;
}

export interface LogAlarm_ScheduleConfiguration {
  /** The number of seconds into the past to end the query window. Must be a non-negative value and cannot exceed 2592000 seconds (30 days). */
  readonly EndTimeOffset?: Value<number>;
  /** The expression that defines when the scheduled query runs, e.g. rate(1 minute). */
  readonly ScheduleExpression: Value<string>;
  /** The number of seconds into the past to start the query window. Must be a positive value and cannot exceed 2592000 seconds (30 days). */
  readonly StartTimeOffset: Value<number>;
}

export interface LogAlarm_ScheduledQueryConfiguration {
  /** The aggregation expression for the scheduled query, e.g. count(*) or avg(latency) by host. */
  readonly AggregationExpression: Value<string>;
  /** The log groups to query. */
  readonly LogGroupIdentifiers?: ListOf<Value<string>>;
  /** The query string to execute against the specified log groups. */
  readonly QueryString: Value<string>;
  /** The schedule configuration for the scheduled query. */
  readonly ScheduleConfiguration: Value<LogAlarm_ScheduleConfiguration>;
  /** The ARN of the IAM role that grants permissions to execute the scheduled query. */
  readonly ScheduledQueryRoleARN: Value<string>;
  /** A list of key-value pairs to associate with the scheduled query that backs the log alarm. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface LogAlarm_WarmUpConfiguration {
  /** Specifies whether the alarm waits for the full warm-up period before it starts evaluating. If true, the alarm waits the entire WarmUpPeriodDurationInMinutes before it starts evaluating, even if metric data arrives earlier. If false, the... */
  readonly OnlyStartEvaluatingAfterWarmUpPeriodEnds?: Value<boolean>;
  /** The length of the warm-up period, in minutes. For this duration after you create or update the alarm, the alarm stays in INSUFFICIENT_DATA and doesn't perform alarm actions. Valid values range from 1 to 2,880 minutes (2 days). You can ch... */
  readonly WarmUpPeriodDurationInMinutes?: Value<number>;
}

/** Creates or updates a metric stream. Metrics streams can automatically stream CloudWatch metrics to AWS destinations including Amazon S3 and to many third-party solutions. For more information, see [Metric streams](https://docs.aws.amazon... */
export interface MetricStreamProps {
  /** If you specify this parameter, the stream sends metrics from all metric namespaces except for the namespaces that you specify here. You cannot specify both `IncludeFilters` and `ExcludeFilters` in the same metric stream. */
  readonly ExcludeFilters?: ListOf<Value<MetricStream_MetricStreamFilter>>;
  /** The ARN of the Amazon Kinesis Firehose delivery stream to use for this metric stream. This Amazon Kinesis Firehose delivery stream must already exist and must be in the same account as the metric stream. */
  readonly FirehoseArn: Value<string>;
  /** If you specify this parameter, the stream sends only the metrics from the metric namespaces that you specify here. You cannot specify both `IncludeFilters` and `ExcludeFilters` in the same metric stream. */
  readonly IncludeFilters?: ListOf<Value<MetricStream_MetricStreamFilter>>;
  /** If you are creating a metric stream in a monitoring account, specify `true` to include metrics from source accounts that are linked to this monitoring account, in the metric stream. The default is `false` . */
  readonly IncludeLinkedAccountsMetrics?: Value<boolean>;
  /** If you are creating a new metric stream, this is the name for the new stream. The name must be different than the names of other metric streams in this account and Region. */
  readonly Name?: Value<string>;
  /** The output format for the stream. Valid values are `json` , `opentelemetry1.0` and `opentelemetry0.7` For more information about metric stream output formats, see [Metric streams output formats](https://docs.aws.amazon.com/AmazonCloudWat... */
  readonly OutputFormat: Value<string>;
  /** The ARN of an IAM role that this metric stream will use to access Amazon Kinesis Firehose resources. This IAM role must already exist and must be in the same account as the metric stream. This IAM role must include the `firehose:PutRecor... */
  readonly RoleArn: Value<string>;
  /** By default, a metric stream always sends the MAX, MIN, SUM, and SAMPLECOUNT statistics for each metric that is streamed. You can use this parameter to have the metric stream also send additional statistics in the stream. This array can h... */
  readonly StatisticsConfigurations?: ListOf<Value<MetricStream_MetricStreamStatisticsConfiguration>>;
  /** An array of key-value pairs to apply to the metric stream. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface MetricStream_MetricStreamFilter {
  /** The names of the metrics to either include or exclude from the metric stream. */
  readonly MetricNames?: ListOf<Value<string>>;
  /** The name of the metric namespace in the filter. */
  readonly Namespace: Value<string>;
}

export interface MetricStream_MetricStreamStatisticsConfiguration {
  /** The additional statistics to stream for the metrics listed in `IncludeMetrics` . */
  readonly AdditionalStatistics: ListOf<Value<string>>;
  /** An array that defines the metrics that are to have additional statistics streamed. */
  readonly IncludeMetrics: ListOf<Value<MetricStream_MetricStreamStatisticsMetric>>;
}

export interface MetricStream_MetricStreamStatisticsMetric {
  /** The name of the metric. */
  readonly MetricName: Value<string>;
  /** The namespace of the metric. */
  readonly Namespace: Value<string>;
}

/** AWS::CloudWatch::OTelEnrichment enables OTel metric enrichment in CloudWatch, allowing CloudWatch vended metrics to be available for PromQL querying enriched with AWS resource tags and metadata. */
export interface OTelEnrichmentProps {

}
