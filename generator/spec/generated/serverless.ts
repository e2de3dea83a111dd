// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Serverless::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json } from '../values.js';

/** https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlessapi */
export interface ApiProps {
  readonly AccessLogSetting?: Value<Api_AccessLogSetting>;
  readonly AlwaysDeploy?: Value<boolean>;
  readonly Auth?: Value<Api_Auth>;
  readonly BinaryMediaTypes?: ListOf<Value<string>>;
  readonly CacheClusterEnabled?: Value<boolean>;
  readonly CacheClusterSize?: Value<string>;
  readonly CanarySetting?: Value<Api_CanarySetting>;
  readonly Cors?: Value<string> | Value<Api_CorsConfiguration>;
  readonly DefinitionBody?: Value<Json>;
  readonly DefinitionUri?: Value<string> | Value<Api_S3Location>;
  readonly Description?: Value<string>;
  readonly DisableExecuteApiEndpoint?: Value<boolean>;
  readonly Domain?: Value<Api_DomainConfiguration>;
  readonly EndpointConfiguration?: Value<string> | Value<Api_EndpointConfiguration>;
  readonly GatewayResponses?: Value<Json>;
  readonly MethodSettings?: ListOf<Value<Json>>;
  readonly MinimumCompressionSize?: Value<number>;
  readonly Models?: Value<Json>;
  readonly Name?: Value<string>;
  readonly OpenApiVersion?: Value<string>;
  readonly StageName: Value<string>;
  readonly Tags?: MapOf<Value<string>>;
  readonly TracingEnabled?: Value<boolean>;
  readonly Variables?: MapOf<Value<string>>;
}

export interface Api_AccessLogSetting {
  readonly DestinationArn?: Value<string>;
  readonly Format?: Value<string>;
}

export interface Api_Auth {
  readonly AddDefaultAuthorizerToCorsPreflight?: Value<boolean>;
  readonly Authorizers?: Value<Json>;
  readonly DefaultAuthorizer?: Value<string>;
}

export interface Api_CanarySetting {
  readonly DeploymentId?: Value<string>;
  readonly PercentTraffic?: Value<number>;
  readonly StageVariableOverrides?: MapOf<Value<string>>;
  readonly UseStageCache?: Value<boolean>;
}

export interface Api_CorsConfiguration {
  readonly AllowCredentials?: Value<boolean>;
  readonly AllowHeaders?: Value<string>;
  readonly AllowMethods?: Value<string>;
  readonly AllowOrigin: Value<string>;
  readonly MaxAge?: Value<string>;
}

export interface Api_DomainConfiguration {
  readonly BasePath?: ListOf<Value<string>>;
  readonly CertificateArn: Value<string>;
  readonly DomainName: Value<string>;
  readonly EndpointConfiguration?: Value<string>;
  readonly MutualTlsAuthentication?: Value<Api_MutualTlsAuthentication>;
  readonly OwnershipVerificationCertificateArn?: Value<string>;
  readonly Route53?: Value<Api_Route53Configuration>;
  readonly SecurityPolicy?: Value<string>;
}

export interface Api_EndpointConfiguration {
  readonly Type?: Value<string>;
  readonly VpcEndpointIds?: ListOf<Value<string>>;
}

export interface Api_MutualTlsAuthentication {
  readonly TruststoreUri?: Value<string>;
  readonly TruststoreVersion?: Value<string>;
}

export interface Api_Route53Configuration {
  readonly DistributedDomainName?: Value<string>;
  readonly EvaluateTargetHealth?: Value<boolean>;
  readonly HostedZoneId?: Value<string>;
  readonly HostedZoneName?: Value<string>;
  readonly IpV6?: Value<boolean>;
}

export interface Api_S3Location {
  readonly Bucket: Value<string>;
  readonly Key: Value<string>;
  readonly Version: Value<number>;
}

/** https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlessapplication */
export interface ApplicationProps {
  readonly Location: Value<string> | Value<Application_ApplicationLocation>;
  readonly NotificationArns?: ListOf<Value<string>>;
  readonly Parameters?: MapOf<Value<string>>;
  readonly Tags?: MapOf<Value<string>>;
  readonly TimeoutInMinutes?: Value<number>;
}

export interface Application_ApplicationLocation {
  readonly ApplicationId: Value<string>;
  readonly SemanticVersion: Value<string>;
}

/** https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlessfunction */
export interface FunctionProps {
  readonly Architectures?: ListOf<Value<string>>;
  readonly AssumeRolePolicyDocument?: Value<Json>;
  readonly AutoPublishAlias?: Value<string>;
  readonly AutoPublishCodeSha256?: Value<string>;
  readonly CodeSigningConfigArn?: Value<string>;
  readonly CodeUri?: Value<string> | Value<Function_S3Location>;
  readonly DeadLetterQueue?: Value<Function_DeadLetterQueue>;
  readonly DeploymentPreference?: Value<Function_DeploymentPreference>;
  readonly Description?: Value<string>;
  readonly Environment?: Value<Function_FunctionEnvironment>;
  readonly EphemeralStorage?: Value<Function_EphemeralStorage>;
  readonly EventInvokeConfig?: Value<Function_EventInvokeConfig>;
  readonly Events?: MapOf<Value<Function_EventSource>>;
  readonly FileSystemConfigs?: ListOf<Value<Function_FileSystemConfig>>;
  readonly FunctionName?: Value<string>;
  readonly FunctionUrlConfig?: Value<Function_FunctionUrlConfig>;
  readonly Handler?: Value<string>;
  readonly ImageConfig?: Value<Function_ImageConfig>;
  readonly ImageUri?: Value<string>;
  readonly InlineCode?: Value<string>;
  readonly KmsKeyArn?: Value<string>;
  readonly Layers?: ListOf<Value<string>>;
  readonly MemorySize?: Value<number>;
  readonly PackageType?: Value<string>;
  readonly PermissionsBoundary?: Value<string>;
  readonly Policies?: Value<string> | Value<Function_IAMPolicyDocument> | ListOf<Value<string> | Value<Function_IAMPolicyDocument> | Value<Function_SAMPolicyTemplate>>;
  readonly ProvisionedConcurrencyConfig?: Value<Function_ProvisionedConcurrencyConfig>;
  readonly ReservedConcurrentExecutions?: Value<number>;
  readonly Role?: Value<string>;
  readonly Runtime?: Value<string>;
  readonly Tags?: MapOf<Value<string>>;
  readonly Timeout?: Value<number>;
  readonly Tracing?: Value<string>;
  readonly VersionDescription?: Value<string>;
  readonly VpcConfig?: Value<Function_VpcConfig>;
  /** The function's Amazon CloudWatch Logs configuration settings. */
  readonly LoggingConfig?: Value<import('./lambda.js').Function_LoggingConfig>;
}

export interface Function_AlexaSkillEvent {
  readonly SkillId: Value<string>;
}

export interface Function_ApiEvent {
  readonly Auth?: Value<Function_Auth>;
  readonly Method: Value<string>;
  readonly Path: Value<string>;
  readonly RequestModel?: Value<Function_RequestModel>;
  readonly RequestParameters?: ListOf<Value<string> | Value<Function_RequestParameter>>;
  readonly RestApiId?: Value<string>;
}

export interface Function_Auth {
  readonly ApiKeyRequired?: Value<boolean>;
  readonly AuthorizationScopes?: ListOf<Value<string>>;
  readonly Authorizer?: Value<string>;
  readonly ResourcePolicy?: Value<Function_AuthResourcePolicy>;
}

export interface Function_AuthResourcePolicy {
  readonly AwsAccountBlacklist?: ListOf<Value<string>>;
  readonly AwsAccountWhitelist?: ListOf<Value<string>>;
  readonly CustomStatements?: ListOf<Value<Json>>;
  readonly IntrinsicVpcBlacklist?: ListOf<Value<string>>;
  readonly IntrinsicVpceBlacklist?: ListOf<Value<string>>;
  readonly IntrinsicVpceWhitelist?: ListOf<Value<string>>;
  readonly IntrinsicVpcWhitelist?: ListOf<Value<string>>;
  readonly IpRangeBlacklist?: ListOf<Value<string>>;
  readonly IpRangeWhitelist?: ListOf<Value<string>>;
  readonly SourceVpcBlacklist?: ListOf<Value<string>>;
  readonly SourceVpcWhitelist?: ListOf<Value<string>>;
}

export interface Function_BucketSAMPT {
  readonly BucketName: Value<string>;
}

export interface Function_CloudWatchEventEvent {
  readonly Input?: Value<string>;
  readonly InputPath?: Value<string>;
  readonly Pattern: Value<Json>;
}

export interface Function_CloudWatchLogsEvent {
  readonly FilterPattern: Value<string>;
  readonly LogGroupName: Value<string>;
}

export interface Function_CognitoEvent {
  readonly Trigger: Value<string> | ListOf<Value<string>>;
  readonly UserPool: Value<string>;
}

export interface Function_CollectionSAMPT {
  readonly CollectionId: Value<string>;
}

export interface Function_CorsConfiguration {
  readonly AllowCredentials?: Value<boolean>;
  readonly AllowHeaders?: Value<string>;
  readonly AllowMethods?: Value<string>;
  readonly AllowOrigin: Value<string>;
  readonly MaxAge?: Value<string>;
}

export interface Function_DeadLetterQueue {
  readonly TargetArn: Value<string>;
  readonly Type: Value<string>;
}

export interface Function_DeploymentPreference {
  readonly Alarms?: ListOf<Value<string>>;
  readonly Enabled?: Value<boolean>;
  readonly Hooks?: Value<Function_Hooks>;
  readonly Role?: Value<string>;
  readonly Type?: Value<string>;
}

export interface Function_Destination {
  readonly Destination: Value<string>;
  readonly Type?: Value<string>;
}

export interface Function_DestinationConfig {
  readonly OnFailure: Value<Function_Destination>;
}

export interface Function_DomainSAMPT {
  readonly DomainName: Value<string>;
}

export interface Function_DynamoDBEvent {
  readonly BatchSize?: Value<number>;
  readonly BisectBatchOnFunctionError?: Value<boolean>;
  readonly DestinationConfig?: Value<Function_DestinationConfig>;
  readonly Enabled?: Value<boolean>;
  readonly MaximumBatchingWindowInSeconds?: Value<number>;
  readonly MaximumRecordAgeInSeconds?: Value<number>;
  readonly MaximumRetryAttempts?: Value<number>;
  readonly ParallelizationFactor?: Value<number>;
  readonly StartingPosition: Value<string>;
  readonly Stream: Value<string>;
}

export interface Function_EmptySAMPT {

}

export interface Function_EphemeralStorage {
  readonly Size: Value<number>;
}

export interface Function_EventBridgeRuleEvent {
  readonly EventBusName?: Value<string>;
  readonly Input?: Value<string>;
  readonly InputPath?: Value<string>;
  readonly Pattern: Value<Json>;
}

export interface Function_EventInvokeConfig {
  readonly DestinationConfig?: Value<Function_EventInvokeDestinationConfig>;
  readonly MaximumEventAgeInSeconds?: Value<number>;
  readonly MaximumRetryAttempts?: Value<number>;
}

export interface Function_EventInvokeDestinationConfig {
  readonly OnFailure: Value<Function_Destination>;
  readonly OnSuccess: Value<Function_Destination>;
}

export interface Function_EventSource {
  readonly Properties: Value<Function_S3Event> | Value<Function_SNSEvent> | Value<Function_SQSEvent> | Value<Function_KinesisEvent> | Value<Function_DynamoDBEvent> | Value<Function_ApiEvent> | Value<Function_ScheduleEvent> | Value<Function_CloudWatchEventEvent> | Value<Function_CloudWatchLogsEvent> | Value<Function_IoTRuleEvent> | Value<Function_AlexaSkillEvent> | Value<Function_EventBridgeRuleEvent> | Value<Function_HttpApiEvent> | Value<Function_CognitoEvent>;
  readonly Type: Value<string>;
}

export interface Function_FileSystemConfig {
  readonly Arn?: Value<string>;
  readonly LocalMountPath?: Value<string>;
}

export interface Function_FunctionEnvironment {
  readonly Variables: MapOf<Value<string>>;
}

export interface Function_FunctionSAMPT {
  readonly FunctionName: Value<string>;
}

export interface Function_FunctionUrlConfig {
  readonly AuthType: Value<string>;
  readonly Cors?: Value<string> | Value<Function_CorsConfiguration>;
  readonly InvokeMode?: Value<string>;
}

export interface Function_Hooks {
  readonly PostTraffic?: Value<string>;
  readonly PreTraffic?: Value<string>;
}

export interface Function_HttpApiEvent {
  readonly ApiId?: Value<string>;
  readonly Auth?: Value<Function_HttpApiFunctionAuth>;
  readonly Method?: Value<string>;
  readonly Path?: Value<string>;
  readonly PayloadFormatVersion?: Value<string>;
  readonly RouteSettings?: Value<Function_RouteSettings>;
  readonly TimeoutInMillis?: Value<number>;
}

export interface Function_HttpApiFunctionAuth {
  readonly AuthorizationScopes?: ListOf<Value<string>>;
  readonly Authorizer?: Value<string>;
}

export interface Function_IAMPolicyDocument {
  readonly Statement: Value<Json>;
  readonly Version?: Value<string>;
}

export interface Function_IdentitySAMPT {
  readonly IdentityName: Value<string>;
}

export interface Function_ImageConfig {
  readonly Command?: ListOf<Value<string>>;
  readonly EntryPoint?: ListOf<Value<string>>;
  readonly WorkingDirectory?: Value<string>;
}

export interface Function_IoTRuleEvent {
  readonly AwsIotSqlVersion?: Value<string>;
  readonly Sql: Value<string>;
}

export interface Function_KeySAMPT {
  readonly KeyId: Value<string>;
}

export interface Function_KinesisEvent {
  readonly BatchSize?: Value<number>;
  readonly Enabled?: Value<boolean>;
  readonly FunctionResponseTypes?: ListOf<Value<string>>;
  readonly StartingPosition: Value<string>;
  readonly Stream: Value<string>;
}

export interface Function_LogGroupSAMPT {
  readonly LogGroupName: Value<string>;
}

export interface Function_ParameterNameSAMPT {
  readonly ParameterName: Value<string>;
}

export interface Function_ProvisionedConcurrencyConfig {
  readonly ProvisionedConcurrentExecutions: Value<string>;
}

export interface Function_QueueSAMPT {
  readonly QueueName: Value<string>;
}

export interface Function_RequestModel {
  readonly Model: Value<string>;
  readonly Required?: Value<boolean>;
  readonly ValidateBody?: Value<boolean>;
  readonly ValidateParameters?: Value<boolean>;
}

export interface Function_RequestParameter {
  readonly Caching?: Value<boolean>;
  readonly Required?: Value<boolean>;
}

export interface Function_RouteSettings {
  readonly DataTraceEnabled?: Value<boolean>;
  readonly DetailedMetricsEnabled?: Value<boolean>;
  readonly LoggingLevel?: Value<string>;
  readonly ThrottlingBurstLimit?: Value<number>;
  readonly ThrottlingRateLimit?: Value<number>;
}

export interface Function_S3Event {
  readonly Bucket: Value<string>;
  readonly Events: Value<string> | ListOf<Value<string>>;
  readonly Filter?: Value<Function_S3NotificationFilter>;
}

export interface Function_S3KeyFilter {
  readonly Rules: ListOf<Value<Function_S3KeyFilterRule>>;
}

export interface Function_S3KeyFilterRule {
  readonly Name: Value<string>;
  readonly Value: Value<string>;
}

export interface Function_S3Location {
  readonly Bucket: Value<string>;
  readonly Key: Value<string>;
  readonly Version?: Value<number>;
}

export interface Function_S3NotificationFilter {
  readonly S3Key: Value<Function_S3KeyFilter>;
}

export interface Function_SAMPolicyTemplate {
  readonly AMIDescribePolicy?: Value<Function_EmptySAMPT>;
  readonly AWSSecretsManagerGetSecretValuePolicy?: Value<Function_SecretArnSAMPT>;
  readonly CloudFormationDescribeStacksPolicy?: Value<Function_EmptySAMPT>;
  readonly CloudWatchPutMetricPolicy?: Value<Function_EmptySAMPT>;
  readonly DynamoDBCrudPolicy?: Value<Function_TableSAMPT>;
  readonly DynamoDBReadPolicy?: Value<Function_TableSAMPT>;
  readonly DynamoDBStreamReadPolicy?: Value<Function_TableStreamSAMPT>;
  readonly DynamoDBWritePolicy?: Value<Function_TableSAMPT>;
  readonly EC2DescribePolicy?: Value<Function_EmptySAMPT>;
  readonly ElasticsearchHttpPostPolicy?: Value<Function_DomainSAMPT>;
  readonly FilterLogEventsPolicy?: Value<Function_LogGroupSAMPT>;
  readonly KinesisCrudPolicy?: Value<Function_StreamSAMPT>;
  readonly KinesisStreamReadPolicy?: Value<Function_StreamSAMPT>;
  readonly KMSDecryptPolicy?: Value<Function_KeySAMPT>;
  readonly LambdaInvokePolicy?: Value<Function_FunctionSAMPT>;
  readonly RekognitionDetectOnlyPolicy?: Value<Function_EmptySAMPT>;
  readonly RekognitionLabelsPolicy?: Value<Function_EmptySAMPT>;
  readonly RekognitionNoDataAccessPolicy?: Value<Function_CollectionSAMPT>;
  readonly RekognitionReadPolicy?: Value<Function_CollectionSAMPT>;
  readonly RekognitionWriteOnlyAccessPolicy?: Value<Function_CollectionSAMPT>;
  readonly S3CrudPolicy?: Value<Function_BucketSAMPT>;
  readonly S3ReadPolicy?: Value<Function_BucketSAMPT>;
  readonly S3WritePolicy?: Value<Function_BucketSAMPT>;
  readonly SESBulkTemplatedCrudPolicy?: Value<Function_IdentitySAMPT>;
  readonly SESCrudPolicy?: Value<Function_IdentitySAMPT>;
  readonly SESEmailTemplateCrudPolicy?: Value<Function_EmptySAMPT>;
  readonly SESSendBouncePolicy?: Value<Function_IdentitySAMPT>;
  readonly SNSCrudPolicy?: Value<Function_TopicSAMPT>;
  readonly SNSPublishMessagePolicy?: Value<Function_TopicSAMPT>;
  readonly SQSPollerPolicy?: Value<Function_QueueSAMPT>;
  readonly SQSSendMessagePolicy?: Value<Function_QueueSAMPT>;
  readonly SSMParameterReadPolicy?: Value<Function_ParameterNameSAMPT>;
  readonly StepFunctionsExecutionPolicy?: Value<Function_StateMachineSAMPT>;
  readonly VPCAccessPolicy?: Value<Function_EmptySAMPT>;
}

export interface Function_ScheduleEvent {
  readonly Description?: Value<string>;
  readonly Enabled?: Value<boolean>;
  readonly Input?: Value<string>;
  readonly Name?: Value<string>;
  readonly Schedule: Value<string>;
}

export interface Function_SecretArnSAMPT {
  readonly SecretArn: Value<string>;
}

export interface Function_SNSEvent {
  readonly Topic: Value<string>;
}

export interface Function_SQSEvent {
  readonly BatchSize?: Value<number>;
  readonly Enabled?: Value<boolean>;
  readonly Queue: Value<string>;
}

export interface Function_StateMachineSAMPT {
  readonly StateMachineName: Value<string>;
}

export interface Function_StreamSAMPT {
  readonly StreamName: Value<string>;
}

export interface Function_TableSAMPT {
  readonly TableName: Value<string>;
}

export interface Function_TableStreamSAMPT {
  readonly StreamName: Value<string>;
  readonly TableName: Value<string>;
}

export interface Function_TopicSAMPT {
  readonly TopicName: Value<string>;
}

export interface Function_VpcConfig {
  readonly SecurityGroupIds: ListOf<Value<string>>;
  readonly SubnetIds: ListOf<Value<string>>;
}

/** https://github.com/aws/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlesshttpapi */
export interface HttpApiProps {
  readonly AccessLogSetting?: Value<HttpApi_AccessLogSetting>;
  readonly Auth?: Value<HttpApi_HttpApiAuth>;
  readonly CorsConfiguration?: Value<boolean> | Value<HttpApi_CorsConfigurationObject>;
  readonly DefaultRouteSettings?: Value<HttpApi_RouteSettings>;
  readonly DefinitionBody?: Value<Json>;
  readonly DefinitionUri?: Value<string> | Value<HttpApi_S3Location>;
  readonly Description?: Value<string>;
  readonly DisableExecuteApiEndpoint?: Value<boolean>;
  readonly Domain?: Value<HttpApi_HttpApiDomainConfiguration>;
  readonly FailOnWarnings?: Value<boolean>;
  readonly RouteSettings?: Value<HttpApi_RouteSettings>;
  readonly StageName?: Value<string>;
  readonly StageVariables?: MapOf<Value<string>>;
  readonly Tags?: MapOf<Value<string>>;
}

export interface HttpApi_AccessLogSetting {
  readonly DestinationArn?: Value<string>;
  readonly Format?: Value<string>;
}

export interface HttpApi_CorsConfigurationObject {
  readonly AllowCredentials?: Value<boolean>;
  readonly AllowHeaders?: ListOf<Value<string>>;
  readonly AllowMethods?: ListOf<Value<string>>;
  readonly AllowOrigins?: ListOf<Value<string>>;
  readonly ExposeHeaders?: ListOf<Value<string>>;
  readonly MaxAge?: Value<number>;
}

export interface HttpApi_HttpApiAuth {
  readonly Authorizers?: Value<Json>;
  readonly DefaultAuthorizer?: Value<string>;
}

export interface HttpApi_HttpApiDomainConfiguration {
  readonly BasePath?: Value<string>;
  readonly CertificateArn: Value<string>;
  readonly DomainName: Value<string>;
  readonly EndpointConfiguration?: Value<string>;
  readonly MutualTlsAuthentication?: Value<HttpApi_MutualTlsAuthentication>;
  readonly Route53?: Value<HttpApi_Route53Configuration>;
  readonly SecurityPolicy?: Value<string>;
}

export interface HttpApi_MutualTlsAuthentication {
  readonly TruststoreUri?: Value<string>;
  readonly TruststoreVersion?: Value<boolean>;
}

export interface HttpApi_Route53Configuration {
  readonly DistributedDomainName?: Value<string>;
  readonly EvaluateTargetHealth?: Value<boolean>;
  readonly HostedZoneId?: Value<string>;
  readonly HostedZoneName?: Value<string>;
  readonly IpV6?: Value<boolean>;
}

export interface HttpApi_RouteSettings {
  readonly DataTraceEnabled?: Value<boolean>;
  readonly DetailedMetricsEnabled?: Value<boolean>;
  readonly LoggingLevel?: Value<string>;
  readonly ThrottlingBurstLimit?: Value<number>;
  readonly ThrottlingRateLimit?: Value<number>;
}

export interface HttpApi_S3Location {
  readonly Bucket: Value<string>;
  readonly Key: Value<string>;
  readonly Version: Value<number>;
}

/** https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlesslayerversion */
export interface LayerVersionProps {
  readonly CompatibleRuntimes?: ListOf<Value<string>>;
  readonly ContentUri?: Value<string> | Value<LayerVersion_S3Location>;
  readonly Description?: Value<string>;
  readonly LayerName?: Value<string>;
  readonly LicenseInfo?: Value<string>;
  readonly RetentionPolicy?: Value<string>;
}

export interface LayerVersion_S3Location {
  readonly Bucket: Value<string>;
  readonly Key: Value<string>;
  readonly Version?: Value<number>;
}

/** https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlesssimpletable */
export interface SimpleTableProps {
  readonly PrimaryKey?: Value<SimpleTable_PrimaryKey>;
  readonly ProvisionedThroughput?: Value<SimpleTable_ProvisionedThroughput>;
  readonly SSESpecification?: Value<SimpleTable_SSESpecification>;
  readonly TableName?: Value<string>;
  readonly Tags?: MapOf<Value<string>>;
}

export interface SimpleTable_PrimaryKey {
  readonly Name?: Value<string>;
  readonly Type: Value<string>;
}

export interface SimpleTable_ProvisionedThroughput {
  readonly ReadCapacityUnits?: Value<number>;
  readonly WriteCapacityUnits: Value<number>;
}

export interface SimpleTable_SSESpecification {
  readonly SSEEnabled?: Value<boolean>;
}

/** https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html */
export interface StateMachineProps {
  readonly Definition?: Value<Json>;
  readonly DefinitionSubstitutions?: MapOf<Value<string>>;
  readonly DefinitionUri?: Value<string> | Value<StateMachine_S3Location>;
  readonly Events?: MapOf<Value<StateMachine_EventSource>>;
  readonly Logging?: Value<StateMachine_LoggingConfiguration>;
  readonly Name?: Value<string>;
  readonly PermissionsBoundaries?: Value<string>;
  readonly Policies?: Value<string> | Value<StateMachine_IAMPolicyDocument> | ListOf<Value<string> | Value<StateMachine_IAMPolicyDocument> | Value<StateMachine_SAMPolicyTemplate>>;
  readonly Role?: Value<string>;
  readonly Tags?: MapOf<Value<string>>;
  readonly Tracing?: Value<StateMachine_TracingConfiguration>;
  readonly Type?: Value<string>;
}

export interface StateMachine_ApiEvent {
  readonly Method: Value<string>;
  readonly Path: Value<string>;
  readonly RestApiId?: Value<string>;
}

export interface StateMachine_CloudWatchEventEvent {
  readonly EventBusName?: Value<string>;
  readonly Input?: Value<string>;
  readonly InputPath?: Value<string>;
  readonly Pattern: Value<Json>;
}

export interface StateMachine_CloudWatchLogsLogGroup {
  readonly LogGroupArn: Value<string>;
}

export interface StateMachine_EventBridgeRuleEvent {
  readonly EventBusName?: Value<string>;
  readonly Input?: Value<string>;
  readonly InputPath?: Value<string>;
  readonly Pattern: Value<Json>;
}

export interface StateMachine_EventSource {
  readonly Properties: Value<StateMachine_CloudWatchEventEvent> | Value<StateMachine_EventBridgeRuleEvent> | Value<StateMachine_ScheduleEvent> | Value<StateMachine_ApiEvent>;
  readonly Type: Value<string>;
}

export interface StateMachine_FunctionSAMPT {
  readonly FunctionName: Value<string>;
}

export interface StateMachine_IAMPolicyDocument {
  readonly Statement: Value<Json>;
  readonly Version: Value<string>;
}

export interface StateMachine_LogDestination {
  readonly CloudWatchLogsLogGroup: Value<StateMachine_CloudWatchLogsLogGroup>;
}

export interface StateMachine_LoggingConfiguration {
  readonly Destinations: ListOf<Value<StateMachine_LogDestination>>;
  readonly IncludeExecutionData: Value<boolean>;
  readonly Level: Value<string>;
}

export interface StateMachine_S3Location {
  readonly Bucket: Value<string>;
  readonly Key: Value<string>;
  readonly Version?: Value<number>;
}

export interface StateMachine_SAMPolicyTemplate {
  readonly LambdaInvokePolicy?: Value<StateMachine_FunctionSAMPT>;
  readonly StepFunctionsExecutionPolicy?: Value<StateMachine_StateMachineSAMPT>;
}

export interface StateMachine_ScheduleEvent {
  readonly Input?: Value<string>;
  readonly Schedule: Value<string>;
}

export interface StateMachine_StateMachineSAMPT {
  readonly StateMachineName: Value<string>;
}

export interface StateMachine_TracingConfiguration {
  readonly Enabled?: Value<boolean>;
}
