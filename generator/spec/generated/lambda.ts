// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Lambda::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** The `AWS::Lambda::Alias` resource creates an [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html) for a Lambda function version. Use aliases to provide clients with a function identifier that you can update to... */
export interface AliasProps {
  /** A description of the alias. */
  readonly Description?: Value<string>;
  /** The name or ARN of the Lambda function. */
  readonly FunctionName: Value<string>;
  /** The function version that the alias invokes. */
  readonly FunctionVersion: Value<string>;
  /** The name of the alias. */
  readonly Name: Value<string>;
  /** Specifies a [provisioned concurrency](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html) configuration for a function's alias. */
  readonly ProvisionedConcurrencyConfig?: Value<Alias_ProvisionedConcurrencyConfiguration>;
  /** The [routing configuration](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html) of the alias. */
  readonly RoutingConfig?: Value<Alias_AliasRoutingConfiguration>;
}

export interface Alias_AliasRoutingConfiguration {
  /** The second version, and the percentage of traffic that's routed to it. */
  readonly AdditionalVersionWeights?: ListOf<Value<Alias_VersionWeight>>;
}

export interface Alias_ProvisionedConcurrencyConfiguration {
  /** The amount of provisioned concurrency to allocate for the alias. */
  readonly ProvisionedConcurrentExecutions: Value<number>;
}

export interface Alias_VersionWeight {
  /** The qualifier of the second version. */
  readonly FunctionVersion: Value<string>;
  /** The percentage of traffic that the alias routes to the second version. */
  readonly FunctionWeight: Value<number>;
}

/** Creates a capacity provider that manages compute resources for Lambda functions */
export interface CapacityProviderProps {
  readonly CapacityProviderName?: Value<string>;
  /** The scaling configuration for the capacity provider. */
  readonly CapacityProviderScalingConfig?: Value<CapacityProvider_CapacityProviderScalingConfig>;
  /** The instance requirements for compute resources managed by the capacity provider. */
  readonly InstanceRequirements?: Value<CapacityProvider_InstanceRequirements>;
  /** The ARN of the KMS key used to encrypt the capacity provider's resources. */
  readonly KmsKeyArn?: Value<string>;
  /** The permissions configuration for the capacity provider. */
  readonly PermissionsConfig: Value<CapacityProvider_CapacityProviderPermissionsConfig>;
  /** Configuration that defines how tags are propagated to managed resources. */
  readonly PropagateTags?: Value<CapacityProvider_PropagateTagsConfig>;
  /** A key-value pair that provides metadata for the capacity provider. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Configuration that specifies the telemetry collection for the capacity provider. */
  readonly TelemetryConfig?: Value<CapacityProvider_CapacityProviderTelemetryConfig>;
  /** The VPC configuration for the capacity provider. */
  readonly VpcConfig: Value<CapacityProvider_CapacityProviderVpcConfig>;
}

export interface CapacityProvider_CapacityProviderLoggingConfig {
  /** The name of the Amazon CloudWatch log group the capacity provider sends logs to. By default, Lambda capacity providers send logs to a default log group named ``/aws/lambda/capacity-provider/<capacity provider name>``. To use a different... */
  readonly LogGroup?: Value<string>;
  /** Set this property to filter the system logs for your capacity provider that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where ``DEBUG`` is the highest level and ``WARN`` is the low... */
  readonly SystemLogLevel?: Value<string>;
}

export interface CapacityProvider_CapacityProviderPermissionsConfig {
  /** The ARN of the IAM role that the capacity provider uses to manage compute instances and other AWS resources. */
  readonly CapacityProviderOperatorRoleArn: Value<string>;
}

export interface CapacityProvider_CapacityProviderScalingConfig {
  /** The maximum number of vCPUs that the capacity provider can provision across all compute instances. */
  readonly MaxVCpuCount?: Value<number>;
  /** The scaling mode that determines how the capacity provider responds to changes in demand. */
  readonly ScalingMode?: Value<string>;
  /** A list of target tracking scaling policies for the capacity provider. */
  readonly ScalingPolicies?: ListOf<Value<CapacityProvider_TargetTrackingScalingPolicy>>;
}

export interface CapacityProvider_CapacityProviderTelemetryConfig {
  /** The capacity provider's Amazon CloudWatch Logs configuration settings. */
  readonly LoggingConfig?: Value<CapacityProvider_CapacityProviderLoggingConfig>;
}

export interface CapacityProvider_CapacityProviderVpcConfig {
  /** A list of security group IDs that control network access for compute instances managed by the capacity provider. */
  readonly SecurityGroupIds: ListOf<Value<string>>;
  /** A list of subnet IDs where the capacity provider launches compute instances. */
  readonly SubnetIds: ListOf<Value<string>>;
}

export interface CapacityProvider_InstanceRequirements {
  /** A list of EC2 instance types that the capacity provider is allowed to use. If not specified, all compatible instance types are allowed. */
  readonly AllowedInstanceTypes?: ListOf<Value<string>>;
  /** A list of supported CPU architectures for compute instances. Valid values include `x86_64` and `arm64` . */
  readonly Architectures?: ListOf<Value<string>>;
  /** A list of EC2 instance types that the capacity provider should not use, even if they meet other requirements. */
  readonly ExcludedInstanceTypes?: ListOf<Value<string>>;
}

export interface CapacityProvider_PropagateTagsConfig {
  /** A list of tags to explicitly propagate to managed resources. Maximum of 40 tags. */
  readonly ExplicitTags?: ListOf<Value<Tag>>;
  /** The mode for tag propagation. */
  readonly Mode?: Value<string>;
}

export interface CapacityProvider_TargetTrackingScalingPolicy {
  /** The predefined metric type to track for scaling decisions. */
  readonly PredefinedMetricType: Value<string>;
  /** The target value for the metric that the scaling policy attempts to maintain through scaling actions. */
  readonly TargetValue: Value<number>;
}

/** Details about a [Code signing configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html) . */
export interface CodeSigningConfigProps {
  /** List of allowed publishers. */
  readonly AllowedPublishers: Value<CodeSigningConfig_AllowedPublishers>;
  /** The code signing policy controls the validation failure action for signature mismatch or expiry. */
  readonly CodeSigningPolicies?: Value<CodeSigningConfig_CodeSigningPolicies>;
  /** Code signing configuration description. */
  readonly Description?: Value<string>;
  /** A list of tags to add to the code signing configuration. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface CodeSigningConfig_AllowedPublishers {
  /** The Amazon Resource Name (ARN) for each of the signing profiles. A signing profile defines a trusted user who can sign a code package. */
  readonly SigningProfileVersionArns: ListOf<Value<string>>;
}

export interface CodeSigningConfig_CodeSigningPolicies {
  /** Code signing configuration policy for deployment validation failure. If you set the policy to `Enforce` , Lambda blocks the deployment request if signature validation checks fail. If you set the policy to `Warn` , Lambda allows the deplo... */
  readonly UntrustedArtifactOnDeployment: Value<string>;
}

/** The `AWS::Lambda::EventInvokeConfig` resource configures options for [asynchronous invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html) on a version or an alias. */
export interface EventInvokeConfigProps {
  /** A destination for events after they have been sent to a function for processing. */
  readonly DestinationConfig?: Value<EventInvokeConfig_DestinationConfig>;
  /** The name of the Lambda function. */
  readonly FunctionName: Value<string>;
  /** The maximum age of a request that Lambda sends to a function for processing. */
  readonly MaximumEventAgeInSeconds?: Value<number>;
  /** The maximum number of times to retry when the function returns an error. */
  readonly MaximumRetryAttempts?: Value<number>;
  /** The identifier of a version or alias. */
  readonly Qualifier: Value<string>;
}

export interface EventInvokeConfig_DestinationConfig {
  /** The destination configuration for failed invocations. */
  readonly OnFailure?: Value<EventInvokeConfig_OnFailure>;
  /** The destination configuration for successful invocations. */
  readonly OnSuccess?: Value<EventInvokeConfig_OnSuccess>;
}

export interface EventInvokeConfig_OnFailure {
  /** The Amazon Resource Name (ARN) of the destination resource. */
  readonly Destination: Value<string>;
}

export interface EventInvokeConfig_OnSuccess {
  /** The Amazon Resource Name (ARN) of the destination resource. */
  readonly Destination: Value<string>;
}

/** The `AWS::Lambda::EventSourceMapping` resource creates a mapping between an event source and an AWS Lambda function. Lambda reads items from the event source and triggers the function. */
export interface EventSourceMappingProps {
  /** Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source. */
  readonly AmazonManagedKafkaEventSourceConfig?: Value<EventSourceMapping_AmazonManagedKafkaEventSourceConfig>;
  /** The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous i... */
  readonly BatchSize?: Value<number>;
  /** (Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two and retry. The default value is false. */
  readonly BisectBatchOnFunctionError?: Value<boolean>;
  /** (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it. */
  readonly DestinationConfig?: Value<EventSourceMapping_DestinationConfig>;
  /** Specific configuration settings for a DocumentDB event source. */
  readonly DocumentDBEventSourceConfig?: Value<EventSourceMapping_DocumentDBEventSourceConfig>;
  /** When true, the event source mapping is active. When false, Lambda pauses polling and invocation. */
  readonly Enabled?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the event source. */
  readonly EventSourceArn?: Value<string>;
  /** An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see [Lambda event filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html) . */
  readonly FilterCriteria?: Value<EventSourceMapping_FilterCriteria>;
  /** The name or ARN of the Lambda function. */
  readonly FunctionName: Value<string>;
  /** (Kinesis, DynamoDB Streams, and SQS) A list of current response type enums applied to the event source mapping. */
  readonly FunctionResponseTypes?: ListOf<Value<string>>;
  /** The ARN of the AWS Key Management Service ( AWS ) customer managed key that Lambda uses to encrypt your function's [filter criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics) . */
  readonly KmsKeyArn?: Value<string>;
  /** The function's Amazon CloudWatch Logs configuration settings. */
  readonly LoggingConfig?: Value<EventSourceMapping_LoggingConfig>;
  /** The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. */
  readonly MaximumBatchingWindowInSeconds?: Value<number>;
  /** (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is -1, which sets the maximum age to infinite. When the value is set to infinite, Lambda never discard... */
  readonly MaximumRecordAgeInSeconds?: Value<number>;
  /** (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is -1, which sets the maximum number of retries to infinite. When MaximumRetryAttempts is inf... */
  readonly MaximumRetryAttempts?: Value<number>;
  /** The metrics configuration for your event source. For more information, see [Event source mapping metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics) . */
  readonly MetricsConfig?: Value<EventSourceMapping_MetricsConfig>;
  /** (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each shard. The default value is 1. */
  readonly ParallelizationFactor?: Value<number>;
  /** (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see [provisioned mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping... */
  readonly ProvisionedPollerConfig?: Value<EventSourceMapping_ProvisionedPollerConfig>;
  /** (Amazon MQ) The name of the Amazon MQ broker destination queue to consume. */
  readonly Queues?: ListOf<Value<string>>;
  /** This property is for Amazon SQS event sources only. You cannot use `ProvisionedPollerConfig` while using `ScalingConfig` . These options are mutually exclusive. To remove the scaling configuration, pass an empty value. */
  readonly ScalingConfig?: Value<EventSourceMapping_ScalingConfig>;
  /** The self-managed Apache Kafka cluster for your event source. */
  readonly SelfManagedEventSource?: Value<EventSourceMapping_SelfManagedEventSource>;
  /** Specific configuration settings for a self-managed Apache Kafka event source. */
  readonly SelfManagedKafkaEventSourceConfig?: Value<EventSourceMapping_SelfManagedKafkaEventSourceConfig>;
  /** An array of the authentication protocol, VPC components, or virtual host to secure and define your event source. */
  readonly SourceAccessConfigurations?: ListOf<Value<EventSourceMapping_SourceAccessConfiguration>>;
  /** The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB. */
  readonly StartingPosition?: Value<string>;
  /** With `StartingPosition` set to `AT_TIMESTAMP` , the time from which to start reading, in Unix time seconds. `StartingPositionTimestamp` cannot be in the future. */
  readonly StartingPositionTimestamp?: Value<number>;
  /** A list of tags to add to the event source mapping. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The name of the Kafka topic. */
  readonly Topics?: ListOf<Value<string>>;
  /** (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window. */
  readonly TumblingWindowInSeconds?: Value<number>;
}

export interface EventSourceMapping_AmazonManagedKafkaEventSourceConfig {
  /** The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value.... */
  readonly ConsumerGroupId?: Value<string>;
  /** Specific configuration settings for a Kafka schema registry. */
  readonly SchemaRegistryConfig?: Value<EventSourceMapping_SchemaRegistryConfig>;
}

export interface EventSourceMapping_DestinationConfig {
  /** The destination configuration for failed invocations. */
  readonly OnFailure?: Value<EventSourceMapping_OnFailure>;
}

export interface EventSourceMapping_DocumentDBEventSourceConfig {
  /** The name of the collection to consume within the database. If you do not specify a collection, Lambda consumes all collections. */
  readonly CollectionName?: Value<string>;
  /** The name of the database to consume within the DocumentDB cluster. */
  readonly DatabaseName?: Value<string>;
  /** Determines what DocumentDB sends to your event stream during document update operations. If set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of the entire document. Otherwise, DocumentDB sends only... */
  readonly FullDocument?: Value<string>;
}

export interface EventSourceMapping_Endpoints {
  /** The list of bootstrap servers for your Kafka brokers in the following format: `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]` . */
  readonly KafkaBootstrapServers?: ListOf<Value<string>>;
}

export interface EventSourceMapping_Filter {
  /** A filter pattern. For more information on the syntax of a filter pattern, see [Filter rule syntax](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax) . */
  readonly Pattern?: Value<string>;
}

export interface EventSourceMapping_FilterCriteria {
  /** A list of filters. */
  readonly Filters?: ListOf<Value<EventSourceMapping_Filter>>;
}

export interface EventSourceMapping_LoggingConfig {
  /** Set this property to filter the system logs for your function that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where `DEBUG` is the highest level and `WARN` is the lowest. */
  readonly SystemLogLevel?: Value<string>;
}

export interface EventSourceMapping_MetricsConfig {
  /** The metrics you want your event source mapping to produce. Include `EventCount` to receive event source mapping metrics related to the number of events processed by your event source mapping. For more information about these metrics, see... */
  readonly Metrics?: ListOf<Value<string>>;
}

export interface EventSourceMapping_OnFailure {
  /** The Amazon Resource Name (ARN) of the destination resource. */
  readonly Destination?: Value<string>;
}

export interface EventSourceMapping_ProvisionedPollerConfig {
  /** The maximum number of event pollers this event source can scale up to. For Amazon SQS events source mappings, default is 200, and minimum value allowed is 2. For Amazon MSK and self-managed Apache Kafka event source mappings, default is... */
  readonly MaximumPollers?: Value<number>;
  /** The minimum number of event pollers this event source can scale down to. For Amazon SQS events source mappings, default is 2, and minimum 2 required. For Amazon MSK and self-managed Apache Kafka event source mappings, default is 1. */
  readonly MinimumPollers?: Value<number>;
  /** (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use this option to group multiple ESMs within the event source's VPC to share Event Poller Unit (EPU) capacity. You can use this option to optimize Prov... */
  readonly PollerGroupName?: Value<string>;
}

export interface EventSourceMapping_ScalingConfig {
  /** Limits the number of concurrent instances that the Amazon SQS event source can invoke. */
  readonly MaximumConcurrency?: Value<number>;
}

export interface EventSourceMapping_SchemaRegistryAccessConfig {
  /** The type of authentication Lambda uses to access your schema registry. */
  readonly Type?: Value<string>;
  /** The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry. */
  readonly URI?: Value<string>;
}

export interface EventSourceMapping_SchemaRegistryConfig {
  /** An array of access configuration objects that tell Lambda how to authenticate with your schema registry. */
  readonly AccessConfigs?: ListOf<Value<EventSourceMapping_SchemaRegistryAccessConfig>>;
  /** The record format that Lambda delivers to your function after schema validation. */
  readonly EventRecordFormat?: Value<string>;
  /** The URI for your schema registry. The correct URI format depends on the type of schema registry you're using. */
  readonly SchemaRegistryURI?: Value<string>;
  /** An array of schema validation configuration objects, which tell Lambda the message attributes you want to validate and filter using your schema registry. */
  readonly SchemaValidationConfigs?: ListOf<Value<EventSourceMapping_SchemaValidationConfig>>;
}

export interface EventSourceMapping_SchemaValidationConfig {
  /** The attributes you want your schema registry to validate and filter for. If you selected `JSON` as the `EventRecordFormat` , Lambda also deserializes the selected message attributes. */
  readonly Attribute?: Value<string>;
}

export interface EventSourceMapping_SelfManagedEventSource {
  /** The list of bootstrap servers for your Kafka brokers in the following format: `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]` . */
  readonly Endpoints?: Value<EventSourceMapping_Endpoints>;
}

export interface EventSourceMapping_SelfManagedKafkaEventSourceConfig {
  /** The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value.... */
  readonly ConsumerGroupId?: Value<string>;
  /** The mode that determines how Lambda reads from a Kafka topic. Use Stream for ordered processing or Queue for higher throughput when ordering is not required. */
  readonly ConsumptionMode?: Value<string>;
  /** Specific configuration settings for a Kafka schema registry. */
  readonly SchemaRegistryConfig?: Value<EventSourceMapping_SchemaRegistryConfig>;
}

export interface EventSourceMapping_SourceAccessConfiguration {
  /** The type of authentication protocol, VPC components, or virtual host for your event source. For example: `"Type":"SASL_SCRAM_512_AUTH"` . */
  readonly Type?: Value<string>;
  /** The value for your chosen configuration in `Type` . For example: `"URI": "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"` . */
  readonly URI?: Value<string>;
}

/** The `AWS::Lambda::Function` resource creates a Lambda function. To create a function, you need a [deployment package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) and an [execution role](https://docs.aws.amaz... */
export interface FunctionProps {
  /** The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86_64). The default value is `x86_64` . */
  readonly Architectures?: ListOf<Value<string>>;
  /** Configuration for the capacity provider that manages compute resources for Lambda functions. */
  readonly CapacityProviderConfig?: Value<Function_CapacityProviderConfig>;
  /** The code for the function. You can define your function code in multiple ways: */
  readonly Code: Value<Function_Code>;
  /** To enable code signing for this function, specify the ARN of a code-signing configuration. A code-signing configuration includes a set of signing profiles, which define the trusted publishers for this function. */
  readonly CodeSigningConfigArn?: Value<string>;
  /** A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing. For more information, see [Dead-letter queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-... */
  readonly DeadLetterConfig?: Value<Function_DeadLetterConfig>;
  /** A description of the function. */
  readonly Description?: Value<string>;
  /** Configuration settings for [durable functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) , including execution timeout and retention period for execution history. */
  readonly DurableConfig?: Value<Function_DurableConfig>;
  /** Environment variables that are accessible from function code during execution. */
  readonly Environment?: Value<Function_Environment>;
  /** The size of the function's `/tmp` directory in MB. The default value is 512, but it can be any whole number between 512 and 10,240 MB. */
  readonly EphemeralStorage?: Value<Function_EphemeralStorage>;
  /** Connection settings for an Amazon EFS file system. To connect a function to a file system, a mount target must be available in every Availability Zone that your function connects to. If your template contains an [AWS::EFS::MountTarget](h... */
  readonly FileSystemConfigs?: ListOf<Value<Function_FileSystemConfig>>;
  /** The name of the Lambda function, up to 64 characters in length. If you don't specify a name, CloudFormation generates one. */
  readonly FunctionName?: Value<string>;
  /** Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned. */
  readonly FunctionScalingConfig?: Value<Function_FunctionScalingConfig>;
  /** The name of the method within your code that Lambda calls to run your function. Handler is required if the deployment package is a .zip file archive. The format includes the file name. It can also include namespaces and other qualifiers,... */
  readonly Handler?: Value<string>;
  /** Configuration values that override the container image Dockerfile settings. For more information, see [Container image settings](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) . */
  readonly ImageConfig?: Value<Function_ImageConfig>;
  /** The ARN of the AWS Key Management Service ( AWS ) customer managed key that's used to encrypt the following resources: */
  readonly KmsKeyArn?: Value<string>;
  /** A list of [function layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to the function's execution environment. Specify each layer by its ARN, including the version. */
  readonly Layers?: ListOf<Value<string>>;
  /** The function's Amazon CloudWatch Logs configuration settings. */
  readonly LoggingConfig?: Value<Function_LoggingConfig>;
  /** The amount of [memory available to the function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console) at runtime. Increasing the function memory also increases its CPU allocation.... */
  readonly MemorySize?: Value<number>;
  /** The type of deployment package. Set to `Image` for container image and set `Zip` for .zip file archive. */
  readonly PackageType?: Value<string>;
  readonly PublishToLatestPublished?: Value<boolean>;
  /** The status of your function's recursive loop detection configuration. */
  readonly RecursiveLoop?: Value<string>;
  /** The number of simultaneous executions to reserve for the function. */
  readonly ReservedConcurrentExecutions?: Value<number>;
  /** The Amazon Resource Name (ARN) of the function's execution role. */
  readonly Role: Value<string>;
  /** The identifier of the function's [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) . Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're depl... */
  readonly Runtime?: Value<string>;
  /** Sets the runtime management configuration for a function's version. For more information, see [Runtime updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html) . */
  readonly RuntimeManagementConfig?: Value<Function_RuntimeManagementConfig>;
  /** The function's [AWS Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting. */
  readonly SnapStart?: Value<Function_SnapStart>;
  /** A list of [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the function. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The function's tenant isolation configuration settings. Determines whether the Lambda function runs on a shared or dedicated infrastructure per unique tenant. */
  readonly TenancyConfig?: Value<Function_TenancyConfig>;
  /** The amount of time (in seconds) that Lambda allows a function to run before stopping it. The default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see [Lambda execution environment](https://docs.aws.amazon... */
  readonly Timeout?: Value<number>;
  /** Set `Mode` to `Active` to sample and trace a subset of incoming requests with [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) . */
  readonly TracingConfig?: Value<Function_TracingConfig>;
  /** For network connectivity to AWS resources in a VPC, specify a list of security groups and subnets in the VPC. When you connect a function to a VPC, it can access resources and the internet only through that VPC. For more information, see... */
  readonly VpcConfig?: Value<Function_VpcConfig>;
}

export interface Function_CapacityProviderConfig {
  /** Configuration for Lambda-managed instances used by the capacity provider. */
  readonly LambdaManagedInstancesCapacityProviderConfig: Value<Function_LambdaManagedInstancesCapacityProviderConfig>;
}

export interface Function_Code {
  /** URI of a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html) in the Amazon ECR registry. */
  readonly ImageUri?: Value<string>;
  /** An Amazon S3 bucket in the same AWS Region as your function. The bucket can be in a different AWS account . */
  readonly S3Bucket?: Value<string>;
  /** The Amazon S3 key of the deployment package. */
  readonly S3Key?: Value<string>;
  /** Specifies the storage mode for the deployment package. Use ``COPY`` to store the package in LAMlong-managed storage. Use ``REFERENCE`` to read the package directly from the Amazon S3 bucket. If omitted, the default is ``COPY``. */
  readonly S3ObjectStorageMode?: Value<string>;
  /** For versioned objects, the version of the deployment package object to use. */
  readonly S3ObjectVersion?: Value<string>;
  /** The ARN of the AWS Key Management Service ( AWS ) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an [AWS owned key](https://docs.aws.amazon.co... */
  readonly SourceKMSKeyArn?: Value<string>;
  /** (Node.js and Python) The source code of your Lambda function. If you include your function source inline with this parameter, CloudFormation places it in a file named `index` and zips it to create a [deployment package](https://docs.aws.... */
  readonly ZipFile?: Value<string>;
}

export interface Function_DeadLetterConfig {
  /** The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic. */
  readonly TargetArn?: Value<string>;
}

export interface Function_DurableConfig {
  /** The maximum time (in seconds) that a durable execution can run before timing out. This timeout applies to the entire durable execution, not individual function invocations. */
  readonly ExecutionTimeout: Value<number>;
  /** The ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads. */
  readonly KMSKeyArn?: Value<string>;
  /** The number of days to retain execution history after a durable execution completes. After this period, execution history is no longer available through the GetDurableExecutionHistory API. */
  readonly RetentionPeriodInDays?: Value<number>;
}

export interface Function_Environment {
  /** Environment variable key-value pairs. For more information, see [Using Lambda environment variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html) . */
  readonly Variables?: MapOf<Value<string>>;
}

export interface Function_EphemeralStorage {
  /** The size of the function's `/tmp` directory. */
  readonly Size: Value<number>;
}

export interface Function_FileSystemConfig {
  /** The Amazon Resource Name (ARN) of the Amazon EFS access point that provides access to the file system. */
  readonly Arn: Value<string>;
  /** The path where the function can access the file system, starting with `/mnt/` . */
  readonly LocalMountPath: Value<string>;
  /** Setting controls how your function accesses data from an Amazon S3 file system. */
  readonly S3FilesConfig?: Value<Function_S3FilesConfig>;
}

export interface Function_FunctionScalingConfig {
  /** The maximum number of execution environments that can be provisioned for the function. */
  readonly MaxExecutionEnvironments?: Value<number>;
  /** The minimum number of execution environments to maintain for the function. */
  readonly MinExecutionEnvironments?: Value<number>;
}

export interface Function_ImageConfig {
  /** Specifies parameters that you want to pass in with ENTRYPOINT. You can specify a maximum of 1,500 parameters in the list. */
  readonly Command?: ListOf<Value<string>>;
  /** Specifies the entry point to their application, which is typically the location of the runtime executable. You can specify a maximum of 1,500 string entries in the list. */
  readonly EntryPoint?: ListOf<Value<string>>;
  /** Specifies the working directory. The length of the directory string cannot exceed 1,000 characters. */
  readonly WorkingDirectory?: Value<string>;
}

export interface Function_LambdaManagedInstancesCapacityProviderConfig {
  /** The Amazon Resource Name (ARN) of the capacity provider. */
  readonly CapacityProviderArn: Value<string>;
  /** The amount of memory in GiB allocated per vCPU for execution environments. */
  readonly ExecutionEnvironmentMemoryGiBPerVCpu?: Value<number>;
  /** The maximum number of concurrent executions that can run on each execution environment. */
  readonly PerExecutionEnvironmentMaxConcurrency?: Value<number>;
}

export interface Function_LoggingConfig {
  /** Set this property to filter the application logs for your function that Lambda sends to CloudWatch. Lambda only sends application logs at the selected level of detail and lower, where `TRACE` is the highest level and `FATAL` is the lowest. */
  readonly ApplicationLogLevel?: Value<string>;
  /** The format in which Lambda sends your function's application and system logs to CloudWatch. Select between plain text and structured JSON. */
  readonly LogFormat?: Value<string>;
  /** The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda functions send logs to a default log group named `/aws/lambda/<function name>` . To use a different log group, enter an existing log group or ente... */
  readonly LogGroup?: Value<string>;
  /** Set this property to filter the system logs for your function that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where `DEBUG` is the highest level and `WARN` is the lowest. */
  readonly SystemLogLevel?: Value<string>;
}

export interface Function_RuntimeManagementConfig {
  /** The ARN of the runtime version you want the function to use. */
  readonly RuntimeVersionArn?: Value<string>;
  /** Specify the runtime update mode. */
  readonly UpdateRuntimeOn: Value<string>;
}

export interface Function_S3FilesConfig {
  /** Specifies if a function reads from the file system for the lowest latency, or through Amazon S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput. Valid values: + ``AUTO`` (default) – Direct reads are active for fu... */
  readonly DirectS3Read?: Value<string>;
}

export interface Function_SnapStart {
  /** Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized execution environment when you publish a function version. */
  readonly ApplyOn: Value<string>;
}

export interface Function_SnapStartResponse {
  /** When set to `PublishedVersions` , Lambda creates a snapshot of the execution environment when you publish a function version. */
  readonly ApplyOn?: Value<string>;
  /** When you provide a [qualified Amazon Resource Name (ARN)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using) , this response element indicates whether SnapStart is activated for the specif... */
  readonly OptimizationStatus?: Value<string>;
}

export interface Function_TenancyConfig {
  /** Tenant isolation mode allows for invocation to be sent to a corresponding execution environment dedicated to a specific tenant ID. */
  readonly TenantIsolationMode: Value<string>;
}

export interface Function_TracingConfig {
  /** The tracing mode. */
  readonly Mode?: Value<string>;
}

export interface Function_VpcConfig {
  /** Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets. */
  readonly Ipv6AllowedForDualStack?: Value<boolean>;
  /** A list of VPC security group IDs. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** A list of VPC subnet IDs. */
  readonly SubnetIds?: ListOf<Value<string>>;
}

/** The `AWS::Lambda::LayerVersion` resource creates a [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) from a ZIP archive. */
export interface LayerVersionProps {
  /** A list of compatible [instruction set architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html) . */
  readonly CompatibleArchitectures?: ListOf<Value<string>>;
  /** A list of compatible [function runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) . Used for filtering with [ListLayers](https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayers.html) and [ListLayerVersions](... */
  readonly CompatibleRuntimes?: ListOf<Value<string>>;
  /** The function layer archive. */
  readonly Content: Value<LayerVersion_Content>;
  /** The description of the version. */
  readonly Description?: Value<string>;
  /** The name or Amazon Resource Name (ARN) of the layer. */
  readonly LayerName?: Value<string>;
  /** The layer's software license. It can be any of the following: */
  readonly LicenseInfo?: Value<string>;
}

export interface LayerVersion_Content {
  /** The Amazon S3 bucket of the layer archive. */
  readonly S3Bucket: Value<string>;
  /** The Amazon S3 key of the layer archive. */
  readonly S3Key: Value<string>;
  /** Specifies whether Lambda should copy the deployment package to its internal storage (COPY) or reference it directly from your S3 bucket (REFERENCE). */
  readonly S3ObjectStorageMode?: Value<string>;
  /** For versioned objects, the version of the layer archive object to use. */
  readonly S3ObjectVersion?: Value<string>;
}

/** The `AWS::Lambda::LayerVersionPermission` resource adds permissions to the resource-based policy of a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) . Use this action to grant layer u... */
export interface LayerVersionPermissionProps {
  /** The API action that grants access to the layer. For example, `lambda:GetLayerVersion` . */
  readonly Action: Value<string>;
  /** The name or Amazon Resource Name (ARN) of the layer. */
  readonly LayerVersionArn: Value<string>;
  /** With the principal set to `*` , grant permission to all accounts in the specified organization. */
  readonly OrganizationId?: Value<string>;
  /** An account ID, or `*` to grant layer usage permission to all accounts in an organization, or all AWS accounts (if `organizationId` is not specified). For the last case, make sure that you really do want all AWS accounts to have usage per... */
  readonly Principal: Value<string>;
}

/** Resource Type definition for AWS::Lambda::MicrovmImage */
export interface MicrovmImageProps {
  readonly AdditionalOsCapabilities: ListOf<Value<string>>;
  /** ARN of the base MicroVM image. */
  readonly BaseImageArn: Value<string>;
  /** Specific version of the base MicroVM image to use. */
  readonly BaseImageVersion: Value<string>;
  /** ARN of the IAM build role. */
  readonly BuildRoleArn: Value<string>;
  readonly CodeArtifact: Value<MicrovmImage_CodeArtifact>;
  readonly CpuConfigurations: ListOf<Value<MicrovmImage_CpuConfiguration>>;
  /** Human-readable description of the MicroVM image and its purpose. */
  readonly Description: Value<string>;
  readonly EgressNetworkConnectors: ListOf<Value<string>>;
  /** Environment variables to set in the container during the snapshot build. */
  readonly EnvironmentVariables: ListOf<Value<MicrovmImage_EnvironmentVariable>>;
  readonly Hooks: Value<MicrovmImage_Hooks>;
  readonly Logging: Value<MicrovmImage_Logging>;
  /** Unique name for the MicroVM image within the account. */
  readonly Name: Value<string>;
  readonly Resources: ListOf<Value<MicrovmImage_Resources>>;
  /** Key-value pairs to associate with the MicroVM image for organization and management. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface MicrovmImage_CloudWatchLogging {
  readonly LogGroup?: Value<string>;
  readonly LogStream?: Value<string>;
}

export interface MicrovmImage_CodeArtifact {
  readonly Uri: Value<string>;
}

export interface MicrovmImage_CpuConfiguration {
  readonly Architecture: Value<string>;
}

export interface MicrovmImage_EnvironmentVariable {
  readonly Key: Value<string>;
  readonly Value: Value<string>;
}

export interface MicrovmImage_Hooks {
  readonly MicrovmHooks?: Value<MicrovmImage_MicrovmHooks>;
  readonly MicrovmImageHooks?: Value<MicrovmImage_MicrovmImageHooks>;
  readonly Port?: Value<number>;
}

export interface MicrovmImage_Logging {
  readonly CloudWatch?: Value<MicrovmImage_CloudWatchLogging>;
  readonly Disabled?: Value<boolean>;
}

export interface MicrovmImage_MicrovmHooks {
  readonly Resume?: Value<string>;
  readonly ResumeTimeoutInSeconds?: Value<number>;
  readonly Run?: Value<string>;
  readonly RunTimeoutInSeconds?: Value<number>;
  readonly Suspend?: Value<string>;
  readonly SuspendTimeoutInSeconds?: Value<number>;
  readonly Terminate?: Value<string>;
  readonly TerminateTimeoutInSeconds?: Value<number>;
}

export interface MicrovmImage_MicrovmImageHooks {
  readonly Ready?: Value<string>;
  readonly ReadyTimeoutInSeconds?: Value<number>;
  readonly Validate?: Value<string>;
  readonly ValidateTimeoutInSeconds?: Value<number>;
}

export interface MicrovmImage_Resources {
  readonly MinimumMemoryInMiB: Value<number>;
}

/** Resource Type definition for AWS::Lambda::NetworkConnector */
export interface NetworkConnectorProps {
  /** The network configuration for the connector. Specify a VpcEgressConfiguration to enable outbound traffic routing through your VPC. */
  readonly Configuration: Value<NetworkConnector_Config>;
  /** A unique name for the network connector within your account and Region. Must be 1 to 64 alphanumeric characters, hyphens, or underscores. */
  readonly Name?: Value<string>;
  /** The ARN of the IAM role that Lambda assumes to manage elastic network interfaces in your VPC. This role must have permissions for ec2:CreateNetworkInterface and related describe operations. */
  readonly OperatorRole?: Value<string>;
  /** A list of tags to apply to the network connector. Use tags to categorize network connectors for cost allocation, access control, or operational management. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface NetworkConnector_Config {
  /** The VPC egress configuration for the network connector. Specifies the subnets, security groups, and network protocol for routing outbound traffic through your VPC. */
  readonly VpcEgressConfiguration: Value<NetworkConnector_VpcEgressConfiguration>;
}

export interface NetworkConnector_VpcEgressConfiguration {
  /** The types of Lambda compute resources that can use this connector. Currently, only MicroVm is supported. */
  readonly AssociatedComputeResourceTypes: ListOf<Value<string>>;
  /** The network protocol for the connector. Specify IPv4 for IPv4-only networking, or DualStack for both IPv4 and IPv6. */
  readonly NetworkProtocol?: Value<string>;
  /** The IDs of the VPC security groups to attach to the ENIs. Specify 0 to 5 security groups. All security groups must be in the same VPC as the subnets. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** The IDs of the VPC subnets where Lambda provisions elastic network interfaces (ENIs). Specify 1 to 16 subnets. All subnets must be in the same VPC. */
  readonly SubnetIds: ListOf<Value<string>>;
}

/** The `AWS::Lambda::Permission` resource grants an AWS service or another account permission to use a function. You can apply the policy at the function level, or specify a qualifier to restrict access to a single version or alias. If you... */
export interface PermissionProps {
  /** The action that the principal can use on the function. For example, `lambda:InvokeFunction` or `lambda:GetFunction` . */
  readonly Action: Value<string>;
  /** For Alexa Smart Home functions, a token that the invoker must supply. */
  readonly EventSourceToken?: Value<string>;
  /** The name or ARN of the Lambda function, version, or alias. */
  readonly FunctionName: Value<string>;
  /** The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information... */
  readonly FunctionUrlAuthType?: Value<string>;
  /** Indicates whether the permission applies when the function is invoked through a function URL. */
  readonly InvokedViaFunctionUrl?: Value<boolean>;
  /** The AWS service , AWS account , IAM user, or IAM role that invokes the function. If you specify a service, use `SourceArn` or `SourceAccount` to limit who can invoke the function through that service. */
  readonly Principal: Value<string>;
  /** The identifier for your organization in AWS Organizations . Use this to grant permissions to all the AWS accounts under this organization. */
  readonly PrincipalOrgID?: Value<string>;
  /** For AWS service , the ID of the AWS account that owns the resource. Use this together with `SourceArn` to ensure that the specified account owns the resource. It is possible for an Amazon S3 bucket to be deleted by its owner and recreate... */
  readonly SourceAccount?: Value<string>;
  /** For AWS services , the ARN of the AWS resource that invokes the function. For example, an Amazon S3 bucket or Amazon SNS topic. */
  readonly SourceArn?: Value<string>;
}

/** Use the ``AWS::Lambda::ResourcePolicy`` resource to attach a resource-based policy to a LAM resource. A resource-based policy applies to a single LAM resource, for example, a function, function version, or function alias. To learn more a... */
export interface ResourcePolicyProps {
  /** The policy document you want to add to your LAM resource. This is formatted as a JSON string. For more information, see [Working with resource-based policies in](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.... */
  readonly PolicyDocument: Value<Json>;
  readonly ResourceArn: Value<string>;
}

/** The `AWS::Lambda::Url` resource creates a function URL with the specified configuration parameters. A [function URL](https://docs.aws.amazon.com/lambda/latest/dg/lambda-urls.html) is a dedicated HTTP(S) endpoint that you can use to invok... */
export interface UrlProps {
  /** The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM authentication to create a public endpoint. For more information... */
  readonly AuthType: Value<string>;
  /** The [Cross-Origin Resource Sharing (CORS)](https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function URL. */
  readonly Cors?: Value<Url_Cors>;
  /** Use one of the following options: */
  readonly InvokeMode?: Value<string>;
  /** The alias name. */
  readonly Qualifier?: Value<string>;
  /** The name of the Lambda function. */
  readonly TargetFunctionArn: Value<string>;
}

export interface Url_Cors {
  /** Whether you want to allow cookies or other credentials in requests to your function URL. The default is `false` . */
  readonly AllowCredentials?: Value<boolean>;
  /** The HTTP headers that origins can include in requests to your function URL. For example: `Date` , `Keep-Alive` , `X-Custom-Header` . */
  readonly AllowHeaders?: ListOf<Value<string>>;
  /** The HTTP methods that are allowed when calling your function URL. For example: `GET` , `POST` , `DELETE` , or the wildcard character ( `*` ). */
  readonly AllowMethods?: ListOf<Value<string>>;
  /** The origins that can access your function URL. You can list any number of specific origins, separated by a comma. For example: `https://www.example.com` , `http://localhost:60905` . */
  readonly AllowOrigins?: ListOf<Value<string>>;
  /** The HTTP headers in your function response that you want to expose to origins that call your function URL. For example: `Date` , `Keep-Alive` , `X-Custom-Header` . */
  readonly ExposeHeaders?: ListOf<Value<string>>;
  /** The maximum amount of time, in seconds, that browsers can cache results of a preflight request. By default, this is set to `0` , which means the browser will not cache results. */
  readonly MaxAge?: Value<number>;
}

/** The `AWS::Lambda::Version` resource creates a [version](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html) from the current code and configuration of a function. Use versions to create a snapshot of your function code... */
export interface VersionProps {
  /** Only publish a version if the hash value matches the value that's specified. Use this option to avoid publishing a version if the function code has changed since you last updated it. Updates are not supported for this property. */
  readonly CodeSha256?: Value<string>;
  /** A description for the version to override the description in the function configuration. Updates are not supported for this property. */
  readonly Description?: Value<string>;
  /** The name or ARN of the Lambda function. */
  readonly FunctionName: Value<string>;
  /** Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned. */
  readonly FunctionScalingConfig?: Value<Version_FunctionScalingConfig>;
  /** Specifies a provisioned concurrency configuration for a function's version. Updates are not supported for this property. */
  readonly ProvisionedConcurrencyConfig?: Value<Version_ProvisionedConcurrencyConfiguration>;
  /** Runtime Management Config of a function. */
  readonly RuntimePolicy?: Value<Version_RuntimePolicy>;
}

export interface Version_FunctionScalingConfig {
  /** The maximum number of execution environments that can be provisioned for the function. */
  readonly MaxExecutionEnvironments?: Value<number>;
  /** The minimum number of execution environments to maintain for the function. */
  readonly MinExecutionEnvironments?: Value<number>;
}

export interface Version_ProvisionedConcurrencyConfiguration {
  /** The amount of provisioned concurrency to allocate for the version. */
  readonly ProvisionedConcurrentExecutions: Value<number>;
}

export interface Version_RuntimePolicy {
  /** The ARN of the runtime version you want the function to use. */
  readonly RuntimeVersionArn?: Value<string>;
  /** Specify the runtime update mode. */
  readonly UpdateRuntimeOn: Value<string>;
}
