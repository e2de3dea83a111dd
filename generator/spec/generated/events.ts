// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Events::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** Creates an API destination, which is an HTTP invocation endpoint configured as a target for events. */
export interface ApiDestinationProps {
  /** The ARN of the connection to use for the API destination. The destination endpoint must support the authorization type specified for the connection. */
  readonly ConnectionArn: Value<string>;
  /** A description for the API destination to create. */
  readonly Description?: Value<string>;
  /** The method to use for the request to the HTTP invocation endpoint. */
  readonly HttpMethod: Value<string>;
  /** The URL to the HTTP invocation endpoint for the API destination. */
  readonly InvocationEndpoint: Value<string>;
  /** The maximum number of requests per second to send to the HTTP invocation endpoint. */
  readonly InvocationRateLimitPerSecond?: Value<number>;
  /** The name for the API destination to create. */
  readonly Name?: Value<string>;
}

/** Creates an archive of events with the specified settings. When you create an archive, incoming events might not immediately start being sent to the archive. Allow a short period of time for changes to take effect. If you do not specify a... */
export interface ArchiveProps {
  /** The name for the archive to create. */
  readonly ArchiveName?: Value<string>;
  /** A description for the archive. */
  readonly Description?: Value<string>;
  /** An event pattern to use to filter events sent to the archive. */
  readonly EventPattern?: Value<Json>;
  /** The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a customer managed key to encrypt this archive. The identifier can be the key Amazon Resource Name (ARN), KeyId, key alias, or key alias ARN. */
  readonly KmsKeyIdentifier?: Value<string>;
  /** The number of days to retain events for. Default value is 0. If set to 0, events are retained indefinitely */
  readonly RetentionDays?: Value<number>;
  /** The ARN of the event bus that sends events to the archive. */
  readonly SourceArn: Value<string>;
}

/** Creates a connection. A connection defines the authorization type and credentials to use for authorization with an API destination HTTP endpoint. */
export interface ConnectionProps {
  /** The type of authorization to use for the connection. */
  readonly AuthorizationType?: Value<string>;
  /** The authorization parameters to use to authorize with the endpoint. */
  readonly AuthParameters?: Value<Connection_AuthParameters>;
  /** A description for the connection to create. */
  readonly Description?: Value<string>;
  /** For connections to private APIs, the parameters to use for invoking the API. */
  readonly InvocationConnectivityParameters?: Value<Connection_InvocationConnectivityParameters>;
  /** The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a customer managed key to encrypt this connection. The identifier can be the key Amazon Resource Name (ARN), KeyId, key alias, or key alias ARN. */
  readonly KmsKeyIdentifier?: Value<string>;
  /** The name for the connection to create. */
  readonly Name?: Value<string>;
}

export interface Connection_ApiKeyAuthParameters {
  /** The name of the API key to use for authorization. */
  readonly ApiKeyName: Value<string>;
  /** The value for the API key to use for authorization. */
  readonly ApiKeyValue: Value<string>;
}

export interface Connection_AuthParameters {
  /** The API Key parameters to use for authorization. */
  readonly ApiKeyAuthParameters?: Value<Connection_ApiKeyAuthParameters>;
  /** The authorization parameters for Basic authorization. */
  readonly BasicAuthParameters?: Value<Connection_BasicAuthParameters>;
  /** For private OAuth authentication endpoints. The parameters EventBridge uses to authenticate against the endpoint. */
  readonly ConnectivityParameters?: Value<Connection_ConnectivityParameters>;
  /** Additional parameters for the connection that are passed through with every invocation to the HTTP endpoint. */
  readonly InvocationHttpParameters?: Value<Connection_ConnectionHttpParameters>;
  /** The OAuth parameters to use for authorization. */
  readonly OAuthParameters?: Value<Connection_OAuthParameters>;
}

export interface Connection_BasicAuthParameters {
  /** The password associated with the user name to use for Basic authorization. */
  readonly Password: Value<string>;
  /** The user name to use for Basic authorization. */
  readonly Username: Value<string>;
}

export interface Connection_ClientParameters {
  /** The client ID to use for OAuth authorization. */
  readonly ClientID: Value<string>;
  /** The client secret assciated with the client ID to use for OAuth authorization. */
  readonly ClientSecret: Value<string>;
}

export interface Connection_ConnectionHttpParameters {
  /** Any additional body string parameters for the connection. */
  readonly BodyParameters?: ListOf<Value<Connection_Parameter>>;
  /** Any additional header parameters for the connection. */
  readonly HeaderParameters?: ListOf<Value<Connection_Parameter>>;
  /** Any additional query string parameters for the connection. */
  readonly QueryStringParameters?: ListOf<Value<Connection_Parameter>>;
}

export interface Connection_ConnectivityParameters {
  /** The parameters for EventBridge to use when invoking the resource endpoint. */
  readonly ResourceParameters: Value<Connection_ResourceParameters>;
}

export interface Connection_InvocationConnectivityParameters {
  /** The parameters for EventBridge to use when invoking the resource endpoint. */
  readonly ResourceParameters: Value<Connection_ResourceParameters>;
}

export interface Connection_OAuthParameters {
  /** The URL to the authorization endpoint when OAuth is specified as the authorization type. */
  readonly AuthorizationEndpoint: Value<string>;
  /** The client parameters for OAuth authorization. */
  readonly ClientParameters: Value<Connection_ClientParameters>;
  /** The method to use for the authorization request. */
  readonly HttpMethod: Value<string>;
  /** Details about the additional parameters to use for the connection. */
  readonly OAuthHttpParameters?: Value<Connection_ConnectionHttpParameters>;
}

export interface Connection_Parameter {
  /** Specifies whether the value is secret. */
  readonly IsValueSecret?: Value<boolean>;
  /** The key for a query string parameter. */
  readonly Key: Value<string>;
  /** The value associated with the key for the query string parameter. */
  readonly Value: Value<string>;
}

export interface Connection_ResourceParameters {
  /** For connections to private APIs, the Amazon Resource Name (ARN) of the resource association EventBridge created between the connection and the private API's resource configuration. */
  readonly ResourceAssociationArn?: Value<string>;
  /** The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for the resource endpoint. */
  readonly ResourceConfigurationArn: Value<string>;
}

/** A global endpoint used to improve your application's availability by making it regional-fault tolerant. For more information about global endpoints, see [Making applications Regional-fault tolerant with global endpoints and event replica... */
export interface EndpointProps {
  /** A description for the endpoint. */
  readonly Description?: Value<string>;
  /** The event buses being used by the endpoint. */
  readonly EventBuses: ListOf<Value<Endpoint_EndpointEventBus>>;
  /** The name of the endpoint. */
  readonly Name?: Value<string>;
  /** Whether event replication was enabled or disabled for this endpoint. The default state is `ENABLED` which means you must supply a `RoleArn` . If you don't have a `RoleArn` or you don't want event replication enabled, set the state to `DI... */
  readonly ReplicationConfig?: Value<Endpoint_ReplicationConfig>;
  /** The ARN of the role used by event replication for the endpoint. */
  readonly RoleArn?: Value<string>;
  /** The routing configuration of the endpoint. */
  readonly RoutingConfig: Value<Endpoint_RoutingConfig>;
}

export interface Endpoint_EndpointEventBus {
  /** The ARN of the event bus the endpoint is associated with. */
  readonly EventBusArn: Value<string>;
}

export interface Endpoint_FailoverConfig {
  /** The main Region of the endpoint. */
  readonly Primary: Value<Endpoint_Primary>;
  /** The Region that events are routed to when failover is triggered or event replication is enabled. */
  readonly Secondary: Value<Endpoint_Secondary>;
}

export interface Endpoint_Primary {
  /** The ARN of the health check used by the endpoint to determine whether failover is triggered. */
  readonly HealthCheck: Value<string>;
}

export interface Endpoint_ReplicationConfig {
  /** The state of event replication. */
  readonly State: Value<string>;
}

export interface Endpoint_RoutingConfig {
  /** The failover configuration for an endpoint. This includes what triggers failover and what happens when it's triggered. */
  readonly FailoverConfig: Value<Endpoint_FailoverConfig>;
}

export interface Endpoint_Secondary {
  /** Defines the secondary Region. */
  readonly Route: Value<string>;
}

/** Specifies an event bus within your account. This can be a custom event bus which you can use to receive events from your custom applications and services, or it can be a partner event bus which can be matched to a partner event source. */
export interface EventBusProps {
  /** Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue (DLQ). */
  readonly DeadLetterConfig?: Value<EventBus_DeadLetterConfig>;
  /** The event bus description. */
  readonly Description?: Value<string>;
  /** If you are creating a partner event bus, this specifies the partner event source that the new event bus will be matched with. */
  readonly EventSourceName?: Value<string>;
  /** The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a customer managed key to encrypt events on this event bus. The identifier can be the key Amazon Resource Name (ARN), KeyId, key alias, or key al... */
  readonly KmsKeyIdentifier?: Value<string>;
  /** The logging configuration settings for the event bus. */
  readonly LogConfig?: Value<EventBus_LogConfig>;
  /** The name of the new event bus. */
  readonly Name: Value<string>;
  /** The permissions policy of the event bus, describing which other AWS accounts can write events to this event bus. */
  readonly Policy?: Value<Json> | Value<string>;
  /** Tags to associate with the event bus. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface EventBus_DeadLetterConfig {
  /** The ARN of the SQS queue specified as the target for the dead-letter queue. */
  readonly Arn?: Value<string>;
}

export interface EventBus_LogConfig {
  /** Whether EventBridge include detailed event information in the records it generates. Detailed data can be useful for troubleshooting and debugging. This information includes details of the event itself, as well as target details. */
  readonly IncludeDetail?: Value<string>;
  /** The level of logging detail to include. This applies to all log destinations for the event bus. */
  readonly Level?: Value<string>;
}

export interface EventBus_TagEntry {
  readonly Key: Value<string>;
  readonly Value: Value<string>;
}

/** Running `PutPermission` permits the specified AWS account or AWS organization to put events to the specified *event bus* . Amazon EventBridge rules in your account are triggered by these events arriving to an event bus in your account. */
export interface EventBusPolicyProps {
  /** The action that you are enabling the other account to perform. */
  readonly Action?: Value<string>;
  /** This parameter enables you to limit the permission to accounts that fulfill a certain condition, such as being a member of a certain AWS organization. */
  readonly Condition?: Value<EventBusPolicy_Condition>;
  /** The name of the event bus associated with the rule. If you omit this, the default event bus is used. */
  readonly EventBusName?: Value<string>;
  /** The 12-digit AWS account ID that you are permitting to put events to your default event bus. Specify "*" to permit any account to put events to your default event bus. */
  readonly Principal?: Value<string>;
  /** A JSON string that describes the permission policy statement. You can include a `Policy` parameter in the request instead of using the `StatementId` , `Action` , `Principal` , or `Condition` parameters. */
  readonly Statement?: Value<Json>;
  /** An identifier string for the external account that you are granting permissions to. If you later want to revoke the permission for this external account, specify this `StatementId` when you run [RemovePermission](https://docs.aws.amazon.... */
  readonly StatementId: Value<string>;
}

export interface EventBusPolicy_Condition {
  /** Specifies the value for the key. Currently, this must be the ID of the organization. */
  readonly Key?: Value<string>;
  /** Specifies the type of condition. Currently the only supported value is StringEquals. */
  readonly Type?: Value<string>;
  /** Specifies the key for the condition. Currently the only supported key is aws:PrincipalOrgID. */
  readonly Value?: Value<string>;
}

/** Creates or updates the specified rule. Rules are enabled by default, or based on value of the state. You can disable a rule using [DisableRule](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DisableRule.html) . */
export interface RuleProps {
  /** The description of the rule. */
  readonly Description?: Value<string>;
  /** The name or ARN of the event bus associated with the rule. If you omit this, the default event bus is used. */
  readonly EventBusName?: Value<string>;
  /** The event pattern of the rule. For more information, see [Events and Event Patterns](https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html) in the **Amazon EventBridge User Guide** . */
  readonly EventPattern?: Value<string> | Value<Json>;
  /** The name of the rule. */
  readonly Name?: Value<string>;
  /** The Amazon Resource Name (ARN) of the role that is used for target invocation. */
  readonly RoleArn?: Value<string>;
  /** The scheduling expression. For example, "cron(0 20 * * ? *)", "rate(5 minutes)". For more information, see [Creating an Amazon EventBridge rule that runs on a schedule](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-r... */
  readonly ScheduleExpression?: Value<string>;
  /** The state of the rule. */
  readonly State?: Value<string>;
  /** Any tags assigned to the event rule. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Adds the specified targets to the specified rule, or updates the targets if they are already associated with the rule. */
  readonly Targets?: ListOf<Value<Rule_Target>>;
}

export interface Rule_AppSyncParameters {
  /** The GraphQL operation; that is, the query, mutation, or subscription to be parsed and executed by the GraphQL service. */
  readonly GraphQLOperation: Value<string>;
}

export interface Rule_AwsVpcConfiguration {
  /** Specifies whether the task's elastic network interface receives a public IP address. You can specify `ENABLED` only when `LaunchType` in `EcsParameters` is set to `FARGATE` . */
  readonly AssignPublicIp?: Value<string>;
  /** Specifies the security groups associated with the task. These security groups must all be in the same VPC. You can specify as many as five security groups. If you do not specify a security group, the default security group for the VPC is... */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** Specifies the subnets associated with the task. These subnets must all be in the same VPC. You can specify as many as 16 subnets. */
  readonly Subnets: ListOf<Value<string>>;
}

export interface Rule_BatchArrayProperties {
  /** The size of the array, if this is an array batch job. Valid values are integers between 2 and 10,000. */
  readonly Size?: Value<number>;
}

export interface Rule_BatchParameters {
  /** The array properties for the submitted job, such as the size of the array. The array size can be between 2 and 10,000. If you specify array properties for a job, it becomes an array job. This parameter is used only if the target is an AW... */
  readonly ArrayProperties?: Value<Rule_BatchArrayProperties>;
  /** The ARN or name of the job definition to use if the event target is an AWS Batch job. This job definition must already exist. */
  readonly JobDefinition: Value<string>;
  /** The name to use for this execution of the job, if the target is an AWS Batch job. */
  readonly JobName: Value<string>;
  /** The retry strategy to use for failed jobs, if the target is an AWS Batch job. The retry strategy is the number of times to retry the failed job execution. Valid values are 1–10. When you specify a retry strategy here, it overrides the re... */
  readonly RetryStrategy?: Value<Rule_BatchRetryStrategy>;
}

export interface Rule_BatchRetryStrategy {
  /** The number of times to attempt to retry, if the job fails. Valid values are 1–10. */
  readonly Attempts?: Value<number>;
}

export interface Rule_CapacityProviderStrategyItem {
  /** The base value designates how many tasks, at a minimum, to run on the specified capacity provider. Only one capacity provider in a capacity provider strategy can have a base defined. If no value is specified, the default value of 0 is used. */
  readonly Base?: Value<number>;
  /** The short name of the capacity provider. */
  readonly CapacityProvider: Value<string>;
  /** The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The weight value is taken into consideration after the base value, if defined, is satisfied. */
  readonly Weight?: Value<number>;
}

export interface Rule_DeadLetterConfig {
  /** The ARN of the SQS queue specified as the target for the dead-letter queue. */
  readonly Arn?: Value<string>;
}

export interface Rule_EcsParameters {
  /** The capacity provider strategy to use for the task. */
  readonly CapacityProviderStrategy?: ListOf<Value<Rule_CapacityProviderStrategyItem>>;
  /** Specifies whether to enable Amazon ECS managed tags for the task. For more information, see [Tagging Your Amazon ECS Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html) in the Amazon Elastic Contai... */
  readonly EnableECSManagedTags?: Value<boolean>;
  /** Whether or not to enable the execute command functionality for the containers in this task. If true, this enables execute command functionality on all containers in the task. */
  readonly EnableExecuteCommand?: Value<boolean>;
  /** Specifies an ECS task group for the task. The maximum length is 255 characters. */
  readonly Group?: Value<string>;
  /** Specifies the launch type on which your task is running. The launch type that you specify here must match one of the launch type (compatibilities) of the target task. The `FARGATE` value is supported only in the Regions where AWS Fargate... */
  readonly LaunchType?: Value<string>;
  /** Use this structure if the Amazon ECS task uses the `awsvpc` network mode. This structure specifies the VPC subnets and security groups associated with the task, and whether a public IP address is to be used. This structure is required if... */
  readonly NetworkConfiguration?: Value<Rule_NetworkConfiguration>;
  /** An array of placement constraint objects to use for the task. You can specify up to 10 constraints per task (including constraints in the task definition and those specified at runtime). */
  readonly PlacementConstraints?: ListOf<Value<Rule_PlacementConstraint>>;
  /** The placement strategy objects to use for the task. You can specify a maximum of five strategy rules per task. */
  readonly PlacementStrategies?: ListOf<Value<Rule_PlacementStrategy>>;
  /** Specifies the platform version for the task. Specify only the numeric portion of the platform version, such as `1.1.0` . */
  readonly PlatformVersion?: Value<string>;
  /** Specifies whether to propagate the tags from the task definition to the task. If no value is specified, the tags are not propagated. Tags can only be propagated to the task during task creation. To add tags to a task after task creation,... */
  readonly PropagateTags?: Value<string>;
  /** The reference ID to use for the task. */
  readonly ReferenceId?: Value<string>;
  /** The metadata that you apply to the task to help you categorize and organize them. Each tag consists of a key and an optional value, both of which you define. To learn more, see [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIRe... */
  readonly TagList?: ListOf<Value<Tag>>;
  /** The number of tasks to create based on `TaskDefinition` . The default is 1. */
  readonly TaskCount?: Value<number>;
  /** The ARN of the task definition to use if the event target is an Amazon ECS task. */
  readonly TaskDefinitionArn: Value<string>;
}

export interface Rule_HttpParameters {
  /** The headers that need to be sent as part of request invoking the API Gateway API or EventBridge ApiDestination. */
  readonly HeaderParameters?: MapOf<Value<string>>;
  /** The path parameter values to be used to populate API Gateway API or EventBridge ApiDestination path wildcards ("*"). */
  readonly PathParameterValues?: ListOf<Value<string>>;
  /** The query string keys/values that need to be sent as part of request invoking the API Gateway API or EventBridge ApiDestination. */
  readonly QueryStringParameters?: MapOf<Value<string>>;
}

export interface Rule_InputTransformer {
  /** Map of JSON paths to be extracted from the event. You can then insert these in the template in `InputTemplate` to produce the output you want to be sent to the target. */
  readonly InputPathsMap?: MapOf<Value<string>>;
  /** Input template where you specify placeholders that will be filled with the values of the keys from `InputPathsMap` to customize the data sent to the target. Enclose each `InputPathsMaps` value in brackets: < *value* > */
  readonly InputTemplate: Value<string>;
}

export interface Rule_KinesisParameters {
  /** The JSON path to be extracted from the event and used as the partition key. For more information, see [Amazon Kinesis Streams Key Concepts](https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html#partition-key) in the *Amazon Ki... */
  readonly PartitionKeyPath: Value<string>;
}

export interface Rule_NetworkConfiguration {
  /** Use this structure to specify the VPC subnets and security groups for the task, and whether a public IP address is to be used. This structure is relevant only for ECS tasks that use the `awsvpc` network mode. */
  readonly AwsVpcConfiguration?: Value<Rule_AwsVpcConfiguration>;
}

export interface Rule_PlacementConstraint {
  /** A cluster query language expression to apply to the constraint. You cannot specify an expression if the constraint type is `distinctInstance` . To learn more, see [Cluster Query Language](https://docs.aws.amazon.com/AmazonECS/latest/deve... */
  readonly Expression?: Value<string>;
  /** The type of constraint. Use distinctInstance to ensure that each task in a particular group is running on a different container instance. Use memberOf to restrict the selection to a group of valid candidates. */
  readonly Type?: Value<string>;
}

export interface Rule_PlacementStrategy {
  /** The field to apply the placement strategy against. For the spread placement strategy, valid values are instanceId (or host, which has the same effect), or any platform or custom attribute that is applied to a container instance, such as... */
  readonly Field?: Value<string>;
  /** The type of placement strategy. The random placement strategy randomly places tasks on available candidates. The spread placement strategy spreads placement across available candidates evenly based on the field parameter. The binpack str... */
  readonly Type?: Value<string>;
}

export interface Rule_RedshiftDataParameters {
  /** The name of the database. Required when authenticating using temporary credentials. */
  readonly Database: Value<string>;
  /** The database user name. Required when authenticating using temporary credentials. */
  readonly DbUser?: Value<string>;
  /** The name or ARN of the secret that enables access to the database. Required when authenticating using AWS Secrets Manager. */
  readonly SecretManagerArn?: Value<string>;
  /** The SQL statement text to run. */
  readonly Sql?: Value<string>;
  /** One or more SQL statements to run. The SQL statements are run as a single transaction. They run serially in the order of the array. Subsequent SQL statements don't start until the previous statement in the array completes. If any SQL sta... */
  readonly Sqls?: ListOf<Value<string>>;
  /** The name of the SQL statement. You can name the SQL statement when you create it to identify the query. */
  readonly StatementName?: Value<string>;
  /** Indicates whether to send an event back to EventBridge after the SQL statement runs. */
  readonly WithEvent?: Value<boolean>;
}

export interface Rule_RetryPolicy {
  /** The maximum amount of time, in seconds, to continue to make retry attempts. */
  readonly MaximumEventAgeInSeconds?: Value<number>;
  /** The maximum number of retry attempts to make before the request fails. Retry attempts continue until either the maximum number of attempts is made or until the duration of the `MaximumEventAgeInSeconds` is met. */
  readonly MaximumRetryAttempts?: Value<number>;
}

export interface Rule_RunCommandParameters {
  /** Currently, we support including only one RunCommandTarget block, which specifies either an array of InstanceIds or a tag. */
  readonly RunCommandTargets: ListOf<Value<Rule_RunCommandTarget>>;
}

export interface Rule_RunCommandTarget {
  /** Can be either `tag:` *tag-key* or `InstanceIds` . */
  readonly Key: Value<string>;
  /** If `Key` is `tag:` *tag-key* , `Values` is a list of tag values. If `Key` is `InstanceIds` , `Values` is a list of Amazon EC2 instance IDs. */
  readonly Values: ListOf<Value<string>>;
}

export interface Rule_SageMakerPipelineParameter {
  /** Name of parameter to start execution of a SageMaker AI Model Building Pipeline. */
  readonly Name: Value<string>;
  /** Value of parameter to start execution of a SageMaker AI Model Building Pipeline. */
  readonly Value: Value<string>;
}

export interface Rule_SageMakerPipelineParameters {
  /** List of Parameter names and values for SageMaker AI Model Building Pipeline execution. */
  readonly PipelineParameterList?: ListOf<Value<Rule_SageMakerPipelineParameter>>;
}

export interface Rule_SqsParameters {
  /** The ID of the message group to use as the target. */
  readonly MessageGroupId: Value<string>;
}

export interface Rule_Tag {
  /** A string you can use to assign a value. The combination of tag keys and values can help you organize and categorize your resources. */
  readonly Key?: Value<string>;
  /** The value for the specified tag key. */
  readonly Value?: Value<string>;
}

export interface Rule_Target {
  /** Contains the GraphQL operation to be parsed and executed, if the event target is an AWS AppSync API. */
  readonly AppSyncParameters?: Value<Rule_AppSyncParameters>;
  /** The Amazon Resource Name (ARN) of the target. */
  readonly Arn: Value<string>;
  /** If the event target is an AWS Batch job, this contains the job definition, job name, and other parameters. For more information, see [Jobs](https://docs.aws.amazon.com/batch/latest/userguide/jobs.html) in the *AWS Batch User Guide* . */
  readonly BatchParameters?: Value<Rule_BatchParameters>;
  /** The `DeadLetterConfig` that defines the target queue to send dead-letter queue events to. */
  readonly DeadLetterConfig?: Value<Rule_DeadLetterConfig>;
  /** Contains the Amazon ECS task definition and task count to be used, if the event target is an Amazon ECS task. For more information about Amazon ECS tasks, see [Task Definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide... */
  readonly EcsParameters?: Value<Rule_EcsParameters>;
  /** Contains the HTTP parameters to use when the target is a API Gateway endpoint or EventBridge ApiDestination. */
  readonly HttpParameters?: Value<Rule_HttpParameters>;
  /** The ID of the target within the specified rule. Use this ID to reference the target when updating the rule. We recommend using a memorable and unique string. */
  readonly Id: Value<string>;
  /** Valid JSON text passed to the target. In this case, nothing from the event itself is passed to the target. For more information, see [The JavaScript Object Notation (JSON) Data Interchange Format](https://docs.aws.amazon.com/http://www.r... */
  readonly Input?: Value<string>;
  /** The value of the JSONPath that is used for extracting part of the matched event when passing it to the target. You may use JSON dot notation or bracket notation. For more information about JSON paths, see [JSONPath](https://docs.aws.amaz... */
  readonly InputPath?: Value<string>;
  /** Settings to enable you to provide custom input to a target based on certain event data. You can extract one or more key-value pairs from the event and then use that data to send customized input to the target. */
  readonly InputTransformer?: Value<Rule_InputTransformer>;
  /** The custom parameter you can use to control the shard assignment, when the target is a Kinesis data stream. If you do not include this parameter, the default is to use the `eventId` as the partition key. */
  readonly KinesisParameters?: Value<Rule_KinesisParameters>;
  /** Contains the Amazon Redshift Data API parameters to use when the target is a Amazon Redshift cluster. */
  readonly RedshiftDataParameters?: Value<Rule_RedshiftDataParameters>;
  /** The retry policy configuration to use for the dead-letter queue. */
  readonly RetryPolicy?: Value<Rule_RetryPolicy>;
  /** The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is triggered. If one rule triggers multiple targets, you can use a different IAM role for each target. */
  readonly RoleArn?: Value<string>;
  /** Parameters used when you are using the rule to invoke Amazon EC2 Run Command. */
  readonly RunCommandParameters?: Value<Rule_RunCommandParameters>;
  /** Contains the SageMaker AI Model Building Pipeline parameters to start execution of a SageMaker AI Model Building Pipeline. */
  readonly SageMakerPipelineParameters?: Value<Rule_SageMakerPipelineParameters>;
  /** Contains the message group ID to use when the target is an Amazon SQS fair or FIFO queue. */
  readonly SqsParameters?: Value<Rule_SqsParameters>;
}
