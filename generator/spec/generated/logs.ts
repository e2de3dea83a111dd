// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Logs::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** Creates or updates an account-level data protection policy or subscription filter policy that applies to all log groups or a subset of log groups in the account. */
export interface AccountPolicyProps {
  /** Specify the policy, in JSON. */
  readonly PolicyDocument: Value<string>;
  /** A name for the policy. This must be unique within the account. */
  readonly PolicyName: Value<string>;
  /** The type of policy that you're creating or updating. */
  readonly PolicyType: Value<string>;
  /** Currently the only valid value for this parameter is `ALL` , which specifies that the policy applies to all log groups in the account. If you omit this parameter, the default of `ALL` is used. To scope down a subscription filter policy t... */
  readonly Scope?: Value<string>;
  /** Use this parameter to apply the new policy to a subset of log groups in the account. */
  readonly SelectionCriteria?: Value<string>;
}

/** This structure contains information about one *delivery* in your account. */
export interface DeliveryProps {
  /** The ARN of the delivery destination that is associated with this delivery. */
  readonly DeliveryDestinationArn: Value<string>;
  /** The name of the delivery source that is associated with this delivery. */
  readonly DeliverySourceName: Value<string>;
  /** The field delimiter that is used between record fields when the final output format of a delivery is in `Plain` , `W3C` , or `Raw` format. */
  readonly FieldDelimiter?: Value<string>;
  /** The list of record fields to be delivered to the destination, in order. If the delivery's log source has mandatory fields, they must be included in this list. */
  readonly RecordFields?: ListOf<Value<string>>;
  /** Use this parameter to cause the S3 objects that contain delivered logs to use a prefix structure that allows for integration with Apache Hive. */
  readonly S3EnableHiveCompatiblePath?: Value<boolean>;
  /** Use this to reconfigure the S3 object prefix to contain either static or variable sections. The valid variables to use in the suffix path will vary by each log source. To find the values supported for the suffix path for each log source,... */
  readonly S3SuffixPath?: Value<string>;
  /** An array of key-value pairs to apply to the delivery. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** This structure contains information about one *delivery destination* in your account. A delivery destination is an AWS resource that represents an AWS service that logs can be sent to. CloudWatch Logs, Amazon S3, Firehose, and X-Ray are... */
export interface DeliveryDestinationProps {
  /** An IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a specified destination in this account. For examples of this policy, see [Examples](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIRef... */
  readonly DeliveryDestinationPolicy?: Value<DeliveryDestination_DestinationPolicy>;
  /** Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or X-Ray. */
  readonly DeliveryDestinationType?: Value<string>;
  /** The ARN of the AWS destination that this delivery destination represents. That AWS destination can be a log group in CloudWatch Logs , an Amazon S3 bucket, or a Firehose stream. */
  readonly DestinationResourceArn?: Value<string>;
  /** The name of this delivery destination. */
  readonly Name: Value<string>;
  /** The format of the logs that are sent to this delivery destination. */
  readonly OutputFormat?: Value<string>;
  /** An array of key-value pairs to apply to the delivery destination. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface DeliveryDestination_DestinationPolicy {
  /** A name for an existing destination. */
  readonly DeliveryDestinationName?: Value<string>;
  /** Creates or updates an access policy associated with an existing destination. An access policy is an [IAM policy document](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies_overview.html) that is used to authorize claims to regist... */
  readonly DeliveryDestinationPolicy?: Value<Json>;
}

/** Creates or updates one *delivery source* in your account. A delivery source is an AWS resource that sends logs to an AWS destination. The destination can be CloudWatch Logs , Amazon S3 , or Firehose . */
export interface DeliverySourceProps {
  /** A map of key-value pairs to configure the delivery source. Both keys and values must be between 1 and 255 characters in length. */
  readonly DeliverySourceConfiguration?: MapOf<Value<string>>;
  /** The type of log that the source is sending. For valid values for this parameter, see the documentation for the source service. */
  readonly LogType?: Value<string>;
  /** The unique name of the delivery source. */
  readonly Name: Value<string>;
  /** The ARN of the AWS resource that is generating and sending logs. For example, `arn:aws:workmail:us-east-1:123456789012:organization/m-1234EXAMPLEabcd1234abcd1234abcd1234` */
  readonly ResourceArn?: Value<string>;
  /** An array of key-value pairs to apply to the delivery source. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The AWS::Logs::Destination resource specifies a CloudWatch Logs destination. A destination encapsulates a physical resource (such as an Amazon Kinesis data stream) and enables you to subscribe that resource to a stream of log events. */
export interface DestinationProps {
  /** The name of the destination. */
  readonly DestinationName: Value<string>;
  /** An IAM policy document that governs which AWS accounts can create subscription filters against this destination. */
  readonly DestinationPolicy?: Value<string>;
  /** The ARN of an IAM role that permits CloudWatch Logs to send data to the specified AWS resource. */
  readonly RoleArn: Value<string>;
  /** The tags that have been assigned to this delivery destination. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The Amazon Resource Name (ARN) of the physical target where the log events are delivered (for example, a Kinesis stream). */
  readonly TargetArn: Value<string>;
}

/** Creates an integration between CloudWatch Logs and another service in this account. Currently, only integrations with OpenSearch Service are supported, and currently you can have only one integration in your account. */
export interface IntegrationProps {
  /** The name of this integration. */
  readonly IntegrationName: Value<string>;
  /** The type of integration. Integrations with OpenSearch Service have the type `OPENSEARCH` . */
  readonly IntegrationType: Value<string>;
  /** This structure contains configuration details about an integration between CloudWatch Logs and another entity. */
  readonly ResourceConfig: Value<Integration_ResourceConfig>;
}

export interface Integration_OpenSearchResourceConfig {
  /** If you want to use an existing OpenSearch Service application for your integration with OpenSearch Service, specify it here. If you omit this, a new application will be created. */
  readonly ApplicationARN?: Value<string>;
  /** Specify the ARNs of IAM roles and IAM users who you want to grant permission to for viewing the dashboards. */
  readonly DashboardViewerPrincipals: ListOf<Value<string>>;
  /** Specify the ARN of an IAM role that CloudWatch Logs will use to create the integration. This role must have the permissions necessary to access the OpenSearch Service collection to be able to create the dashboards. For more information a... */
  readonly DataSourceRoleArn: Value<string>;
  /** To have the vended dashboard data encrypted with AWS instead of the CloudWatch Logs default encryption method, specify the ARN of the AWS key that you want to use. */
  readonly KmsKeyArn?: Value<string>;
  /** Specify how many days that you want the data derived by OpenSearch Service to be retained in the index that the dashboard refers to. This also sets the maximum time period that you can choose when viewing data in the dashboard. Choosing... */
  readonly RetentionDays?: Value<number>;
}

export interface Integration_ResourceConfig {
  /** This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service. */
  readonly OpenSearchResourceConfig?: Value<Integration_OpenSearchResourceConfig>;
}

/** Creates or updates an *anomaly detector* that regularly scans one or more log groups and look for patterns and anomalies in the logs. */
export interface LogAnomalyDetectorProps {
  /** The ID of the account to create the anomaly detector in. */
  readonly AccountId?: Value<string>;
  /** The number of days to have visibility on an anomaly. After this time period has elapsed for an anomaly, it will be automatically baselined and the anomaly detector will treat new occurrences of a similar anomaly as normal. Therefore, if... */
  readonly AnomalyVisibilityTime?: Value<number>;
  /** A name for this anomaly detector. */
  readonly DetectorName?: Value<string>;
  /** Specifies how often the anomaly detector is to run and look for anomalies. Set this value according to the frequency that the log group receives new logs. For example, if the log group receives new log events every 10 minutes, then 15 mi... */
  readonly EvaluationFrequency?: Value<string>;
  /** You can use this parameter to limit the anomaly detection model to examine only log events that match the pattern you specify here. For more information, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest... */
  readonly FilterPattern?: Value<string>;
  /** Optionally assigns a AWS key to secure this anomaly detector and its findings. If a key is assigned, the anomalies found and the model used by this detector are encrypted at rest with the key. If a key is assigned to an anomaly detector,... */
  readonly KmsKeyId?: Value<string>;
  /** The ARN of the log group that is associated with this anomaly detector. You can specify only one log group ARN. */
  readonly LogGroupArnList?: ListOf<Value<string>>;
}

/** The `AWS::Logs::LogGroup` resource specifies a log group. A log group defines common properties for log streams, such as their retention and access control rules. Each log stream must belong to one log group. */
export interface LogGroupProps {
  /** Indicates whether bearer token authentication is enabled for this log group. When enabled, bearer token authentication is allowed on operations until it is explicitly disabled. */
  readonly BearerTokenAuthenticationEnabled?: Value<boolean>;
  /** Creates a data protection policy and assigns it to the log group. A data protection policy can help safeguard sensitive data that's ingested by the log group by auditing and masking the sensitive log data. When a user who does not have p... */
  readonly DataProtectionPolicy?: Value<Json>;
  /** Indicates whether deletion protection is enabled for this log group. When enabled, deletion protection blocks all deletion operations until it is explicitly disabled. */
  readonly DeletionProtectionEnabled?: Value<boolean>;
  /** Creates or updates a *field index policy* for the specified log group. Only log groups in the Standard log class support field index policies. For more information about log classes, see [Log classes](https://docs.aws.amazon.com/AmazonCl... */
  readonly FieldIndexPolicies?: ListOf<Value<Json>>;
  /** The Amazon Resource Name (ARN) of the AWS key to use when encrypting log data. */
  readonly KmsKeyId?: Value<string>;
  /** Specifies the log group class for this log group. There are two classes: */
  readonly LogGroupClass?: Value<string>;
  /** The name of the log group. If you don't specify a name, AWS CloudFormation generates a unique ID for the log group. */
  readonly LogGroupName?: Value<string>;
  /** Creates or updates a resource policy for the specified log group that allows other services to put log events to this account. A LogGroup can have 1 resource policy. */
  readonly ResourcePolicyDocument?: Value<Json>;
  /** The number of days to retain the log events in the specified log group. Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653. */
  readonly RetentionInDays?: Value<number>;
  /** An array of key-value pairs to apply to the log group. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::Logs::LogStream` resource specifies an Amazon CloudWatch Logs log stream in a specific log group. A log stream represents the sequence of events coming from an application instance or resource that you are monitoring. */
export interface LogStreamProps {
  /** The name of the log group where the log stream is created. */
  readonly LogGroupName: Value<string>;
  /** The name of the log stream. The name must be unique within the log group. */
  readonly LogStreamName?: Value<string>;
}

/** The `AWS::Logs::MetricFilter` resource specifies a metric filter that describes how CloudWatch Logs extracts information from logs and transforms it into Amazon CloudWatch metrics. If you have multiple metric filters that are associated... */
export interface MetricFilterProps {
  /** This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.ht... */
  readonly ApplyOnTransformedLogs?: Value<boolean>;
  /** The list of system fields that are emitted as additional dimensions in the generated metrics. Returns the `emitSystemFieldDimensions` value if it was specified when the metric filter was created. */
  readonly EmitSystemFieldDimensions?: ListOf<Value<string>>;
  /** The filter expression that specifies which log events are processed by this metric filter based on system fields. Returns the `fieldSelectionCriteria` value if it was specified when the metric filter was created. */
  readonly FieldSelectionCriteria?: Value<string>;
  /** The name of the metric filter. */
  readonly FilterName?: Value<string>;
  /** A filter pattern for extracting metric data out of ingested log events. For more information, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html) . */
  readonly FilterPattern: Value<string>;
  /** The name of an existing log group that you want to associate with this metric filter. */
  readonly LogGroupName: Value<string>;
  /** The metric transformations. */
  readonly MetricTransformations: ListOf<Value<MetricFilter_MetricTransformation>>;
}

export interface MetricFilter_Dimension {
  /** The name for the CloudWatch metric dimension that the metric filter creates. */
  readonly Key: Value<string>;
  /** The log event field that will contain the value for this dimension. This dimension will only be published for a metric if the value is found in the log event. For example, `$.eventType` for JSON log events, or `$server` for space-delimit... */
  readonly Value: Value<string>;
}

export interface MetricFilter_MetricTransformation {
  /** (Optional) The value to emit when a filter pattern does not match a log event. This value can be null. */
  readonly DefaultValue?: Value<number>;
  /** The fields to use as dimensions for the metric. One metric filter can include as many as three dimensions. */
  readonly Dimensions?: ListOf<Value<MetricFilter_Dimension>>;
  /** The name of the CloudWatch metric. */
  readonly MetricName: Value<string>;
  /** A custom namespace to contain your metric in CloudWatch. Use namespaces to group together metrics that are similar. For more information, see [Namespaces](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts... */
  readonly MetricNamespace: Value<string>;
  /** The value that is published to the CloudWatch metric. For example, if you're counting the occurrences of a particular term like `Error` , specify 1 for the metric value. If you're counting the number of bytes transferred, reference the v... */
  readonly MetricValue: Value<string>;
  /** The unit to assign to the metric. If you omit this, the unit is set as `None` . */
  readonly Unit?: Value<string>;
}

/** Creates a query definition for CloudWatch Logs Insights. For more information, see [Analyzing Log Data with CloudWatch Logs Insights](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html) . */
export interface QueryDefinitionProps {
  /** Use this parameter if you want the query to query only certain log groups. */
  readonly LogGroupNames?: ListOf<Value<string>>;
  /** A name for the query definition. */
  readonly Name: Value<string>;
  /** Use this parameter to include specific query parameters as part of your query definition. Query parameters are supported only for Logs Insights QL queries. Query parameters allow you to use placeholder variables in your query string that... */
  readonly Parameters?: ListOf<Value<QueryDefinition_QueryParameter>>;
  /** The query language used for this query. For more information about the query languages that CloudWatch Logs supports, see [Supported query languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.h... */
  readonly QueryLanguage?: Value<string>;
  /** The query string to use for this query definition. For more information, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html) . */
  readonly QueryString: Value<string>;
}

export interface QueryDefinition_QueryParameter {
  /** The default value to use for this query parameter if no value is supplied at execution time. */
  readonly DefaultValue?: Value<string>;
  /** A description of the query parameter that explains its purpose or expected values. */
  readonly Description?: Value<string>;
  /** The name of the query parameter. A query parameter name must start with a letter or underscore, and contain only letters, digits, and underscores. */
  readonly Name: Value<string>;
}

/** Creates or updates a resource policy that allows other AWS services to put log events to this account. An account can have up to 10 resource policies per AWS Region. */
export interface ResourcePolicyProps {
  /** The details of the policy. It must be formatted in JSON, and you must use backslashes to escape characters that need to be escaped in JSON strings, such as double quote marks. */
  readonly PolicyDocument: Value<string> | Value<Json>;
  /** The name of the resource policy. */
  readonly PolicyName: Value<string>;
}

/** Creates a new Scheduled Query that allows you to define a Logs Insights query that will run on a schedule and configure actions to take with the query results. */
export interface ScheduledQueryProps {
  readonly Description?: Value<string>;
  readonly DestinationConfiguration?: Value<ScheduledQuery_DestinationConfiguration>;
  readonly ExecutionRoleArn: Value<string>;
  readonly LogGroupIdentifiers?: ListOf<Value<string>>;
  readonly Name: Value<string>;
  readonly QueryLanguage: Value<string>;
  readonly QueryString: Value<string>;
  readonly ScheduleEndTime?: Value<number>;
  readonly ScheduleExpression: Value<string>;
  readonly ScheduleStartTime?: Value<number>;
  readonly StartTimeOffset?: Value<number>;
  readonly State?: Value<string>;
  readonly Tags?: ListOf<Value<ScheduledQuery_TagsItems>>;
  readonly Timezone?: Value<string>;
}

export interface ScheduledQuery_DestinationConfiguration {
  readonly S3Configuration?: Value<ScheduledQuery_S3Configuration>;
}

export interface ScheduledQuery_S3Configuration {
  readonly DestinationIdentifier: Value<string>;
  readonly RoleArn: Value<string>;
}

export interface ScheduledQuery_TagsItems {
  readonly Key: Value<string>;
  readonly Value: Value<string>;
}

/** Resource Type definition for AWS::Logs::StorageTierPolicy. Manages the storage tier policy for a CloudWatch Logs account. When created, enables Intelligent-Tiering which automatically moves infrequently accessed log data to lower-cost st... */
export interface StorageTierPolicyProps {
  /** The storage tier to apply. Only INTELLIGENT_TIERING is accepted for creation. */
  readonly StorageTier: Value<string>;
}

/** The `AWS::Logs::SubscriptionFilter` resource specifies a subscription filter and associates it with the specified log group. Subscription filters allow you to subscribe to a real-time stream of log events and have them delivered to a spe... */
export interface SubscriptionFilterProps {
  /** This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.ht... */
  readonly ApplyOnTransformedLogs?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the destination. */
  readonly DestinationArn: Value<string>;
  /** The method used to distribute log data to the destination, which can be either random or grouped by log stream. */
  readonly Distribution?: Value<string>;
  /** The list of system fields that are included in the log events sent to the subscription destination. Returns the `emitSystemFields` value if it was specified when the subscription filter was created. */
  readonly EmitSystemFields?: ListOf<Value<string>>;
  /** The filter expression that specifies which log events are processed by this subscription filter based on system fields. Returns the `fieldSelectionCriteria` value if it was specified when the subscription filter was created. */
  readonly FieldSelectionCriteria?: Value<string>;
  /** The name of the subscription filter. */
  readonly FilterName?: Value<string>;
  /** The filtering expressions that restrict what gets delivered to the destination AWS resource. For more information about the filter pattern syntax, see [Filter and Pattern Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/F... */
  readonly FilterPattern: Value<string>;
  /** The log group to associate with the subscription filter. All log events that are uploaded to this log group are filtered and delivered to the specified AWS resource if the filter pattern matches the log events. */
  readonly LogGroupName: Value<string>;
  /** The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events to the destination stream. You don't need to provide the ARN when you are working with a logical destination for cross-account delivery. */
  readonly RoleArn?: Value<string>;
}

/** Creates or updates a *log transformer* for a single log group. You use log transformers to transform log events into a different format, making them easier for you to process and analyze. You can also transform logs from different source... */
export interface TransformerProps {
  /** Specify either the name or ARN of the log group to create the transformer for. */
  readonly LogGroupIdentifier: Value<string>;
  /** This structure is an array that contains the configuration of this log transformer. A log transformer is an array of processors, where each processor applies one type of transformation to the log events that are ingested. */
  readonly TransformerConfig: ListOf<Value<Transformer_Processor>>;
}

export interface Transformer_AddKeyEntry {
  /** The key of the new entry to be added to the log event */
  readonly Key: Value<string>;
  /** Specifies whether to overwrite the value if the key already exists in the log event. If you omit this, the default is `false` . */
  readonly OverwriteIfExists?: Value<boolean>;
  /** The value of the new entry to be added to the log event */
  readonly Value: Value<string>;
}

export interface Transformer_AddKeys {
  /** An array of objects, where each object contains the information about one key to add to the log event. */
  readonly Entries: ListOf<Value<Transformer_AddKeyEntry>>;
}

export interface Transformer_CopyValue {
  /** An array of `CopyValueEntry` objects, where each object contains the information about one field value to copy. */
  readonly Entries: ListOf<Value<Transformer_CopyValueEntry>>;
}

export interface Transformer_CopyValueEntry {
  /** Specifies whether to overwrite the value if the destination key already exists. If you omit this, the default is `false` . */
  readonly OverwriteIfExists?: Value<boolean>;
  /** The key to copy. */
  readonly Source: Value<string>;
  /** The key of the field to copy the value to. */
  readonly Target: Value<string>;
}

export interface Transformer_Csv {
  /** An array of names to use for the columns in the transformed log event. */
  readonly Columns?: ListOf<Value<string>>;
  /** The character used to separate each column in the original comma-separated value log event. If you omit this, the processor looks for the comma `,` character as the delimiter. */
  readonly Delimiter?: Value<string>;
  /** The character used used as a text qualifier for a single column of data. If you omit this, the double quotation mark `"` character is used. */
  readonly QuoteCharacter?: Value<string>;
  /** The path to the field in the log event that has the comma separated values to be parsed. If you omit this value, the whole log message is processed. */
  readonly Source?: Value<string>;
}

export interface Transformer_DateTimeConverter {
  /** The locale of the source field. If you omit this, the default of `locale.ROOT` is used. */
  readonly Locale?: Value<string>;
  /** A list of patterns to match against the `source` field. */
  readonly MatchPatterns: ListOf<Value<string>>;
  /** The key to apply the date conversion to. */
  readonly Source: Value<string>;
  /** The time zone of the source field. If you omit this, the default used is the UTC zone. */
  readonly SourceTimezone?: Value<string>;
  /** The JSON field to store the result in. */
  readonly Target: Value<string>;
  /** The datetime format to use for the converted data in the target field. */
  readonly TargetFormat?: Value<string>;
  /** The time zone of the target field. If you omit this, the default used is the UTC zone. */
  readonly TargetTimezone?: Value<string>;
}

export interface Transformer_DeleteKeys {
  /** The list of keys to delete. */
  readonly WithKeys: ListOf<Value<string>>;
}

export interface Transformer_Grok {
  /** The grok pattern to match against the log event. For a list of supported grok patterns, see [Supported grok patterns](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#Grok-Patterns) . */
  readonly Match: Value<string>;
  /** The path to the field in the log event that you want to parse. If you omit this value, the whole log message is parsed. */
  readonly Source?: Value<string>;
}

export interface Transformer_ListToMap {
  /** A Boolean value to indicate whether the list will be flattened into single items. Specify `true` to flatten the list. The default is `false` */
  readonly Flatten?: Value<boolean>;
  /** If you set `flatten` to `true` , use `flattenedElement` to specify which element, `first` or `last` , to keep. */
  readonly FlattenedElement?: Value<string>;
  /** The key of the field to be extracted as keys in the generated map */
  readonly Key: Value<string>;
  /** The key in the log event that has a list of objects that will be converted to a map. */
  readonly Source: Value<string>;
  /** The key of the field that will hold the generated map */
  readonly Target?: Value<string>;
  /** If this is specified, the values that you specify in this parameter will be extracted from the `source` objects and put into the values of the generated map. Otherwise, original objects in the source list will be put into the values of t... */
  readonly ValueKey?: Value<string>;
}

export interface Transformer_LowerCaseString {
  /** The array caontaining the keys of the fields to convert to lowercase. */
  readonly WithKeys: ListOf<Value<string>>;
}

export interface Transformer_MoveKeyEntry {
  /** Specifies whether to overwrite the value if the destination key already exists. If you omit this, the default is `false` . */
  readonly OverwriteIfExists?: Value<boolean>;
  /** The key to move. */
  readonly Source: Value<string>;
  /** The key to move to. */
  readonly Target: Value<string>;
}

export interface Transformer_MoveKeys {
  /** An array of objects, where each object contains the information about one key to move. */
  readonly Entries: ListOf<Value<Transformer_MoveKeyEntry>>;
}

export interface Transformer_ParseCloudfront {
  /** Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source` . */
  readonly Source?: Value<string>;
}

export interface Transformer_ParseJSON {
  /** The location to put the parsed key value pair into. If you omit this parameter, it is placed under the root node. */
  readonly Destination?: Value<string>;
  /** Path to the field in the log event that will be parsed. Use dot notation to access child fields. For example, `store.book` */
  readonly Source?: Value<string>;
}

export interface Transformer_ParseKeyValue {
  /** The destination field to put the extracted key-value pairs into */
  readonly Destination?: Value<string>;
  /** The field delimiter string that is used between key-value pairs in the original log events. If you omit this, the ampersand `&` character is used. */
  readonly FieldDelimiter?: Value<string>;
  /** If you want to add a prefix to all transformed keys, specify it here. */
  readonly KeyPrefix?: Value<string>;
  /** The delimiter string to use between the key and value in each pair in the transformed log event. */
  readonly KeyValueDelimiter?: Value<string>;
  /** A value to insert into the value field in the result, when a key-value pair is not successfully split. */
  readonly NonMatchValue?: Value<string>;
  /** Specifies whether to overwrite the value if the destination key already exists. If you omit this, the default is `false` . */
  readonly OverwriteIfExists?: Value<boolean>;
  /** Path to the field in the log event that will be parsed. Use dot notation to access child fields. For example, `store.book` */
  readonly Source?: Value<string>;
}

export interface Transformer_ParsePostgres {
  /** Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source` . */
  readonly Source?: Value<string>;
}

export interface Transformer_ParseRoute53 {
  /** Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source` . */
  readonly Source?: Value<string>;
}

export interface Transformer_ParseToOCSF {
  /** Specify the service or process that produces the log events that will be converted with this processor. */
  readonly EventSource: Value<string>;
  /** The version of the OCSF mapping to use for parsing log data. */
  readonly MappingVersion?: Value<string>;
  /** Specify which version of the OCSF schema to use for the transformed log events. */
  readonly OcsfVersion: Value<string>;
  /** The path to the field in the log event that you want to parse. If you omit this value, the whole log message is parsed. */
  readonly Source?: Value<string>;
}

export interface Transformer_ParseVPC {
  /** Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source` . */
  readonly Source?: Value<string>;
}

export interface Transformer_ParseWAF {
  /** Omit this parameter and the whole log message will be processed by this processor. No other value than `@message` is allowed for `source` . */
  readonly Source?: Value<string>;
}

export interface Transformer_Processor {
  /** Use this parameter to include the [addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKeys) processor in your transformer. */
  readonly AddKeys?: Value<Transformer_AddKeys>;
  /** Use this parameter to include the [copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-copyValue) processor in your transformer. */
  readonly CopyValue?: Value<Transformer_CopyValue>;
  /** Use this parameter to include the [CSV](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-CSV) processor in your transformer. */
  readonly Csv?: Value<Transformer_Csv>;
  /** Use this parameter to include the [datetimeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-datetimeConverter) processor in your transformer. */
  readonly DateTimeConverter?: Value<Transformer_DateTimeConverter>;
  /** Use this parameter to include the [deleteKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-deleteKeys) processor in your transformer. */
  readonly DeleteKeys?: Value<Transformer_DeleteKeys>;
  /** Use this parameter to include the [grok](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-grok) processor in your transformer. */
  readonly Grok?: Value<Transformer_Grok>;
  /** Use this parameter to include the [listToMap](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-listToMap) processor in your transformer. */
  readonly ListToMap?: Value<Transformer_ListToMap>;
  /** Use this parameter to include the [lowerCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-lowerCaseString) processor in your transformer. */
  readonly LowerCaseString?: Value<Transformer_LowerCaseString>;
  /** Use this parameter to include the [moveKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-moveKeys) processor in your transformer. */
  readonly MoveKeys?: Value<Transformer_MoveKeys>;
  /** Use this parameter to include the [parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseCloudfront) processor in your transformer. */
  readonly ParseCloudfront?: Value<Transformer_ParseCloudfront>;
  /** Use this parameter to include the [parseJSON](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseJSON) processor in your transformer. */
  readonly ParseJSON?: Value<Transformer_ParseJSON>;
  /** Use this parameter to include the [parseKeyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseKeyValue) processor in your transformer. */
  readonly ParseKeyValue?: Value<Transformer_ParseKeyValue>;
  /** Use this parameter to include the [parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres) processor in your transformer. */
  readonly ParsePostgres?: Value<Transformer_ParsePostgres>;
  /** Use this parameter to include the [parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseRoute53) processor in your transformer. */
  readonly ParseRoute53?: Value<Transformer_ParseRoute53>;
  /** Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format. */
  readonly ParseToOCSF?: Value<Transformer_ParseToOCSF>;
  /** Use this parameter to include the [parseVPC](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseVPC) processor in your transformer. */
  readonly ParseVPC?: Value<Transformer_ParseVPC>;
  /** Use this parameter to include the [parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseWAF) processor in your transformer. */
  readonly ParseWAF?: Value<Transformer_ParseWAF>;
  /** Use this parameter to include the [renameKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKeys) processor in your transformer. */
  readonly RenameKeys?: Value<Transformer_RenameKeys>;
  /** Use this parameter to include the [splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-splitString) processor in your transformer. */
  readonly SplitString?: Value<Transformer_SplitString>;
  /** Use this parameter to include the [substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-substituteString) processor in your transformer. */
  readonly SubstituteString?: Value<Transformer_SubstituteString>;
  /** Use this parameter to include the [trimString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-trimString) processor in your transformer. */
  readonly TrimString?: Value<Transformer_TrimString>;
  /** Use this parameter to include the [typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-typeConverter) processor in your transformer. */
  readonly TypeConverter?: Value<Transformer_TypeConverter>;
  /** Use this parameter to include the [upperCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-upperCaseString) processor in your transformer. */
  readonly UpperCaseString?: Value<Transformer_UpperCaseString>;
}

export interface Transformer_RenameKeyEntry {
  /** The key to rename */
  readonly Key: Value<string>;
  /** Specifies whether to overwrite the existing value if the destination key already exists. The default is `false` */
  readonly OverwriteIfExists?: Value<boolean>;
  /** The string to use for the new key name */
  readonly RenameTo: Value<string>;
}

export interface Transformer_RenameKeys {
  /** An array of `RenameKeyEntry` objects, where each object contains the information about a single key to rename. */
  readonly Entries: ListOf<Value<Transformer_RenameKeyEntry>>;
}

export interface Transformer_SplitString {
  /** An array of `SplitStringEntry` objects, where each object contains the information about one field to split. */
  readonly Entries: ListOf<Value<Transformer_SplitStringEntry>>;
}

export interface Transformer_SplitStringEntry {
  /** The separator characters to split the string entry on. */
  readonly Delimiter: Value<string>;
  /** The key of the field to split. */
  readonly Source: Value<string>;
}

export interface Transformer_SubstituteString {
  /** An array of objects, where each object contains the information about one key to match and replace. */
  readonly Entries: ListOf<Value<Transformer_SubstituteStringEntry>>;
}

export interface Transformer_SubstituteStringEntry {
  /** The regular expression string to be replaced. Special regex characters such as [ and ] must be escaped using \\ when using double quotes and with \ when using single quotes. For more information, see [Class Pattern](https://docs.aws.amaz... */
  readonly From: Value<string>;
  /** The key to modify */
  readonly Source: Value<string>;
  /** The string to be substituted for each match of `from` */
  readonly To: Value<string>;
}

export interface Transformer_TrimString {
  /** The array containing the keys of the fields to trim. */
  readonly WithKeys: ListOf<Value<string>>;
}

export interface Transformer_TypeConverter {
  /** An array of `TypeConverterEntry` objects, where each object contains the information about one field to change the type of. */
  readonly Entries: ListOf<Value<Transformer_TypeConverterEntry>>;
}

export interface Transformer_TypeConverterEntry {
  /** The key with the value that is to be converted to a different type. */
  readonly Key: Value<string>;
  /** The type to convert the field value to. Valid values are `integer` , `double` , `string` and `boolean` . */
  readonly Type: Value<string>;
}

export interface Transformer_UpperCaseString {
  /** The array of containing the keys of the field to convert to uppercase. */
  readonly WithKeys: ListOf<Value<string>>;
}
