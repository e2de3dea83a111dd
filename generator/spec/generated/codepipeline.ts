// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::CodePipeline::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::CodePipeline::CustomActionType` resource creates a custom action for activities that aren't included in the CodePipeline default actions, such as running an internally developed build process or a test suite. You can use these... */
export interface CustomActionTypeProps {
  /** The category of the custom action, such as a build action or a test action. */
  readonly Category: Value<string>;
  /** The configuration properties for the custom action. */
  readonly ConfigurationProperties?: ListOf<Value<CustomActionType_ConfigurationProperties>>;
  /** The details of the input artifact for the action, such as its commit ID. */
  readonly InputArtifactDetails: Value<CustomActionType_ArtifactDetails>;
  /** The details of the output artifact of the action, such as its commit ID. */
  readonly OutputArtifactDetails: Value<CustomActionType_ArtifactDetails>;
  /** The provider of the service used in the custom action, such as CodeDeploy. */
  readonly Provider: Value<string>;
  /** URLs that provide users information about this custom action. */
  readonly Settings?: Value<CustomActionType_Settings>;
  /** The tags for the custom action. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The version identifier of the custom action. */
  readonly Version: Value<string>;
}

export interface CustomActionType_ArtifactDetails {
  /** The maximum number of artifacts allowed for the action type. */
  readonly MaximumCount: Value<number>;
  /** The minimum number of artifacts allowed for the action type. */
  readonly MinimumCount: Value<number>;
}

export interface CustomActionType_ConfigurationProperties {
  /** The description of the action configuration property that is displayed to users. */
  readonly Description?: Value<string>;
  /** Whether the configuration property is a key. */
  readonly Key: Value<boolean>;
  /** The name of the action configuration property. */
  readonly Name: Value<string>;
  /** Indicates that the property is used with `PollForJobs` . When creating a custom action, an action can have up to one queryable property. If it has one, that property must be both required and not secret. */
  readonly Queryable?: Value<boolean>;
  /** Whether the configuration property is a required value. */
  readonly Required: Value<boolean>;
  /** Whether the configuration property is secret. Secrets are hidden from all calls except for `GetJobDetails` , `GetThirdPartyJobDetails` , `PollForJobs` , and `PollForThirdPartyJobs` . */
  readonly Secret: Value<boolean>;
  /** The type of the configuration property. */
  readonly Type?: Value<string>;
}

export interface CustomActionType_Settings {
  /** The URL returned to the CodePipeline console that provides a deep link to the resources of the external system, such as the configuration page for a CodeDeploy deployment group. This link is provided as part of the action display in the... */
  readonly EntityUrlTemplate?: Value<string>;
  /** The URL returned to the CodePipeline console that contains a link to the top-level landing page for the external system, such as the console page for CodeDeploy. This link is shown on the pipeline view page in the CodePipeline console an... */
  readonly ExecutionUrlTemplate?: Value<string>;
  /** The URL returned to the CodePipeline console that contains a link to the page where customers can update or change the configuration of the external action. */
  readonly RevisionUrlTemplate?: Value<string>;
  /** The URL of a sign-up page where users can sign up for an external service and perform initial configuration of the action provided by that service. */
  readonly ThirdPartyConfigurationUrl?: Value<string>;
}

/** The `AWS::CodePipeline::Pipeline` resource creates a CodePipeline pipeline that describes how software changes go through a release process. For more information, see [What Is CodePipeline?](https://docs.aws.amazon.com/codepipeline/lates... */
export interface PipelineProps {
  /** The S3 bucket where artifacts for the pipeline are stored. */
  readonly ArtifactStore?: Value<Pipeline_ArtifactStore>;
  /** A mapping of `artifactStore` objects and their corresponding AWS Regions. There must be an artifact store for the pipeline Region and for each cross-region action in the pipeline. */
  readonly ArtifactStores?: ListOf<Value<Pipeline_ArtifactStoreMap>>;
  /** Represents the input of a `DisableStageTransition` action. */
  readonly DisableInboundStageTransitions?: ListOf<Value<Pipeline_StageTransition>>;
  /** The method that the pipeline will use to handle multiple executions. The default mode is SUPERSEDED. */
  readonly ExecutionMode?: Value<string>;
  /** The name of the pipeline. */
  readonly Name?: Value<string>;
  /** CodePipeline provides the following pipeline types, which differ in characteristics and price, so that you can tailor your pipeline features and cost to the needs of your applications. */
  readonly PipelineType?: Value<string>;
  /** Indicates whether to rerun the CodePipeline pipeline after you update it. */
  readonly RestartExecutionOnUpdate?: Value<boolean>;
  /** The Amazon Resource Name (ARN) for CodePipeline to use to either perform actions with no `actionRoleArn` , or to use to assume roles for actions with an `actionRoleArn` . */
  readonly RoleArn: Value<string>;
  /** Represents information about a stage and its definition. */
  readonly Stages: ListOf<Value<Pipeline_StageDeclaration>>;
  /** Specifies the tags applied to the pipeline. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The trigger configuration specifying a type of event, such as Git tags, that starts the pipeline. */
  readonly Triggers?: ListOf<Value<Pipeline_PipelineTriggerDeclaration>>;
  /** A list that defines the pipeline variables for a pipeline resource. Variable names can have alphanumeric and underscore characters, and the values must match `[A-Za-z0-9@\-_]+` . */
  readonly Variables?: ListOf<Value<Pipeline_VariableDeclaration>>;
}

export interface Pipeline_ActionDeclaration {
  /** Specifies the action type and the provider of the action. */
  readonly ActionTypeId: Value<Pipeline_ActionTypeId>;
  /** The shell commands to run with your compute action in CodePipeline. All commands are supported except multi-line formats. While CodeBuild logs and permissions are used, you do not need to create any resources in CodeBuild. */
  readonly Commands?: ListOf<Value<string>>;
  /** The action's configuration. These are key-value pairs that specify input values for an action. For more information, see [Action Structure Requirements in CodePipeline](https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-... */
  readonly Configuration?: Value<Json>;
  /** The environment variables for the action. */
  readonly EnvironmentVariables?: ListOf<Value<Pipeline_EnvironmentVariable>>;
  /** The name or ID of the artifact consumed by the action, such as a test or build artifact. While the field is not a required parameter, most actions have an action configuration that requires a specified quantity of input artifacts. To ref... */
  readonly InputArtifacts?: ListOf<Value<Pipeline_InputArtifact>>;
  /** The action declaration's name. */
  readonly Name: Value<string>;
  /** The variable namespace associated with the action. All variables produced as output by this action fall under this namespace. */
  readonly Namespace?: Value<string>;
  /** The name or ID of the result of the action declaration, such as a test or build artifact. While the field is not a required parameter, most actions have an action configuration that requires a specified quantity of output artifacts. To r... */
  readonly OutputArtifacts?: ListOf<Value<Pipeline_OutputArtifact>>;
  /** The list of variables that are to be exported from the compute action. This is specifically CodeBuild environment variables as used for that action. */
  readonly OutputVariables?: ListOf<Value<string>>;
  /** The action declaration's AWS Region, such as us-east-1. */
  readonly Region?: Value<string>;
  /** The ARN of the IAM service role that performs the declared action. This is assumed through the roleArn for the pipeline. */
  readonly RoleArn?: Value<string>;
  /** The order in which actions are run. */
  readonly RunOrder?: Value<number>;
  /** A timeout duration in minutes that can be applied against the ActionType’s default timeout value specified in [Quotas for AWS CodePipeline](https://docs.aws.amazon.com/codepipeline/latest/userguide/limits.html) . This attribute is availa... */
  readonly TimeoutInMinutes?: Value<number>;
}

export interface Pipeline_ActionTypeId {
  /** A category defines what kind of action can be taken in the stage, and constrains the provider type for the action. Valid categories are limited to one of the values below. */
  readonly Category: Value<string>;
  /** The creator of the action being called. There are three valid values for the `Owner` field in the action category section within your pipeline structure: `AWS` , `ThirdParty` , and `Custom` . For more information, see [Valid Action Types... */
  readonly Owner: Value<string>;
  /** The provider of the service being called by the action. Valid providers are determined by the action category. For example, an action in the Deploy category type might have a provider of CodeDeploy, which would be specified as `CodeDeplo... */
  readonly Provider: Value<string>;
  /** A string that describes the action version. */
  readonly Version: Value<string>;
}

export interface Pipeline_ArtifactStore {
  /** The encryption key used to encrypt the data in the artifact store, such as an AWS Key Management Service ( AWS KMS) key. If this is undefined, the default key for Amazon S3 is used. To see an example artifact store encryption key field,... */
  readonly EncryptionKey?: Value<Pipeline_EncryptionKey>;
  /** The S3 bucket used for storing the artifacts for a pipeline. You can specify the name of an S3 bucket but not a folder in the bucket. A folder to contain the pipeline artifacts is created for you based on the name of the pipeline. You ca... */
  readonly Location: Value<string>;
  /** The type of the artifact store, such as S3. */
  readonly Type: Value<string>;
}

export interface Pipeline_ArtifactStoreMap {
  /** Represents information about the S3 bucket where artifacts are stored for the pipeline. */
  readonly ArtifactStore: Value<Pipeline_ArtifactStore>;
  /** The action declaration's AWS Region, such as us-east-1. */
  readonly Region: Value<string>;
}

export interface Pipeline_BeforeEntryConditions {
  /** The conditions that are configured as entry conditions. */
  readonly Conditions?: ListOf<Value<Pipeline_Condition>>;
}

export interface Pipeline_BlockerDeclaration {
  /** Reserved for future use. */
  readonly Name: Value<string>;
  /** Reserved for future use. */
  readonly Type: Value<string>;
}

export interface Pipeline_Condition {
  /** The action to be done when the condition is met. For example, rolling back an execution for a failure condition. */
  readonly Result?: Value<string>;
  /** The rules that make up the condition. */
  readonly Rules?: ListOf<Value<Pipeline_RuleDeclaration>>;
}

export interface Pipeline_EncryptionKey {
  /** The ID used to identify the key. For an AWS KMS key, you can use the key ID, the key ARN, or the alias ARN. */
  readonly Id: Value<string>;
  /** The type of encryption key, such as an AWS KMS key. When creating or updating a pipeline, the value must be set to 'KMS'. */
  readonly Type: Value<string>;
}

export interface Pipeline_EnvironmentVariable {
  /** The environment variable name in the key-value pair. */
  readonly Name: Value<string>;
  /** Specifies the type of use for the environment variable value. The value can be either `PLAINTEXT` or `SECRETS_MANAGER` . If the value is `SECRETS_MANAGER` , provide the Secrets reference in the EnvironmentVariable value. */
  readonly Type?: Value<string>;
  /** The environment variable value in the key-value pair. */
  readonly Value: Value<string>;
}

export interface Pipeline_FailureConditions {
  /** The conditions that are configured as failure conditions. For more information about conditions, see [Stage conditions](https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html) and [How do stage conditions work?](... */
  readonly Conditions?: ListOf<Value<Pipeline_Condition>>;
  /** The specified result for when the failure conditions are met, such as rolling back the stage. */
  readonly Result?: Value<string>;
  /** The retry configuration specifies automatic retry for a failed stage, along with the configured retry mode. */
  readonly RetryConfiguration?: Value<Pipeline_RetryConfiguration>;
}

export interface Pipeline_GitBranchFilterCriteria {
  /** The list of patterns of Git branches that, when a commit is pushed, are to be excluded from starting the pipeline. */
  readonly Excludes?: ListOf<Value<string>>;
  /** The list of patterns of Git branches that, when a commit is pushed, are to be included as criteria that starts the pipeline. */
  readonly Includes?: ListOf<Value<string>>;
}

export interface Pipeline_GitConfiguration {
  /** The field where the repository event that will start the pipeline is specified as pull requests. */
  readonly PullRequest?: ListOf<Value<Pipeline_GitPullRequestFilter>>;
  /** The field where the repository event that will start the pipeline, such as pushing Git tags, is specified with details. */
  readonly Push?: ListOf<Value<Pipeline_GitPushFilter>>;
  /** The name of the pipeline source action where the trigger configuration, such as Git tags, is specified. The trigger configuration will start the pipeline upon the specified change only. */
  readonly SourceActionName: Value<string>;
}

export interface Pipeline_GitFilePathFilterCriteria {
  /** The list of patterns of Git repository file paths that, when a commit is pushed, are to be excluded from starting the pipeline. */
  readonly Excludes?: ListOf<Value<string>>;
  /** The list of patterns of Git repository file paths that, when a commit is pushed, are to be included as criteria that starts the pipeline. */
  readonly Includes?: ListOf<Value<string>>;
}

export interface Pipeline_GitPullRequestFilter {
  /** The field that specifies to filter on branches for the pull request trigger configuration. */
  readonly Branches?: Value<Pipeline_GitBranchFilterCriteria>;
  /** The field that specifies which pull request events to filter on (OPEN, UPDATED, CLOSED) for the trigger configuration. */
  readonly Events?: ListOf<Value<string>>;
  /** The field that specifies to filter on file paths for the pull request trigger configuration. */
  readonly FilePaths?: Value<Pipeline_GitFilePathFilterCriteria>;
}

export interface Pipeline_GitPushFilter {
  /** The field that specifies to filter on branches for the push trigger configuration. */
  readonly Branches?: Value<Pipeline_GitBranchFilterCriteria>;
  /** The field that specifies to filter on file paths for the push trigger configuration. */
  readonly FilePaths?: Value<Pipeline_GitFilePathFilterCriteria>;
  /** The field that contains the details for the Git tags trigger configuration. */
  readonly Tags?: Value<Pipeline_GitTagFilterCriteria>;
}

export interface Pipeline_GitTagFilterCriteria {
  /** The list of patterns of Git tags that, when pushed, are to be excluded from starting the pipeline. */
  readonly Excludes?: ListOf<Value<string>>;
  /** The list of patterns of Git tags that, when pushed, are to be included as criteria that starts the pipeline. */
  readonly Includes?: ListOf<Value<string>>;
}

export interface Pipeline_InputArtifact {
  /** The name of the artifact to be worked on (for example, "My App"). */
  readonly Name: Value<string>;
}

export interface Pipeline_OutputArtifact {
  /** The files that you want to associate with the output artifact that will be exported from the compute action. */
  readonly Files?: ListOf<Value<string>>;
  /** The name of the output of an artifact, such as "My App". */
  readonly Name: Value<string>;
}

export interface Pipeline_PipelineTriggerDeclaration {
  /** Provides the filter criteria and the source stage for the repository event that starts the pipeline, such as Git tags. */
  readonly GitConfiguration?: Value<Pipeline_GitConfiguration>;
  /** The source provider for the event, such as connections configured for a repository with Git tags, for the specified trigger configuration. */
  readonly ProviderType: Value<string>;
}

export interface Pipeline_RetryConfiguration {
  /** The method that you want to configure for automatic stage retry on stage failure. You can specify to retry only failed action in the stage or all actions in the stage. */
  readonly RetryMode?: Value<string>;
}

export interface Pipeline_RuleDeclaration {
  /** The shell commands to run with your commands rule in CodePipeline. All commands are supported except multi-line formats. While CodeBuild logs and permissions are used, you do not need to create any resources in CodeBuild. */
  readonly Commands?: ListOf<Value<string>>;
  /** The action configuration fields for the rule. */
  readonly Configuration?: Value<Json>;
  /** The input artifacts fields for the rule, such as specifying an input file for the rule. */
  readonly InputArtifacts?: ListOf<Value<Pipeline_InputArtifact>>;
  /** The name of the rule that is created for the condition, such as `VariableCheck` . */
  readonly Name?: Value<string>;
  /** The Region for the condition associated with the rule. */
  readonly Region?: Value<string>;
  /** The pipeline role ARN associated with the rule. */
  readonly RoleArn?: Value<string>;
  /** The ID for the rule type, which is made up of the combined values for category, owner, provider, and version. */
  readonly RuleTypeId?: Value<Pipeline_RuleTypeId>;
}

export interface Pipeline_RuleTypeId {
  /** A category defines what kind of rule can be run in the stage, and constrains the provider type for the rule. The valid category is `Rule` . */
  readonly Category?: Value<string>;
  /** The creator of the rule being called. The valid value for the `Owner` field in the rule category is `AWS` . */
  readonly Owner?: Value<string>;
  /** The rule provider, such as the `DeploymentWindow` rule. For a list of rule provider names, see the rules listed in the [AWS CodePipeline rule reference](https://docs.aws.amazon.com/codepipeline/latest/userguide/rule-reference.html) . */
  readonly Provider?: Value<string>;
  /** A string that describes the rule version. */
  readonly Version?: Value<string>;
}

export interface Pipeline_StageDeclaration {
  /** The actions included in a stage. */
  readonly Actions: ListOf<Value<Pipeline_ActionDeclaration>>;
  /** The method to use when a stage allows entry. For example, configuring this field for conditions will allow entry to the stage when the conditions are met. */
  readonly BeforeEntry?: Value<Pipeline_BeforeEntryConditions>;
  /** Reserved for future use. */
  readonly Blockers?: ListOf<Value<Pipeline_BlockerDeclaration>>;
  /** The name of the stage. */
  readonly Name: Value<string>;
  /** The method to use when a stage has not completed successfully. For example, configuring this field for rollback will roll back a failed stage automatically to the last successful pipeline execution in the stage. */
  readonly OnFailure?: Value<Pipeline_FailureConditions>;
  /** The method to use when a stage has succeeded. For example, configuring this field for conditions will allow the stage to succeed when the conditions are met. */
  readonly OnSuccess?: Value<Pipeline_SuccessConditions>;
}

export interface Pipeline_StageTransition {
  /** The reason given to the user that a stage is disabled, such as waiting for manual approval or manual tests. This message is displayed in the pipeline console UI. */
  readonly Reason: Value<string>;
  /** The name of the stage where you want to disable the inbound or outbound transition of artifacts. */
  readonly StageName: Value<string>;
}

export interface Pipeline_SuccessConditions {
  /** The conditions that are success conditions. */
  readonly Conditions?: ListOf<Value<Pipeline_Condition>>;
}

export interface Pipeline_VariableDeclaration {
  /** The value of a pipeline-level variable. */
  readonly DefaultValue?: Value<string>;
  /** The description of a pipeline-level variable. It's used to add additional context about the variable, and not being used at time when pipeline executes. */
  readonly Description?: Value<string>;
  /** The name of a pipeline-level variable. */
  readonly Name: Value<string>;
}

/** The `AWS::CodePipeline::Webhook` resource creates and registers your webhook. After the webhook is created and registered, it triggers your pipeline to start every time an external event occurs. For more information, see [Migrate polling... */
export interface WebhookProps {
  /** Supported options are GITHUB_HMAC, IP, and UNAUTHENTICATED. */
  readonly Authentication: Value<string>;
  /** Properties that configure the authentication applied to incoming webhook trigger requests. The required properties depend on the authentication type. For GITHUB_HMAC, only the `SecretToken` property must be set. For IP, only the `Allowed... */
  readonly AuthenticationConfiguration: Value<Webhook_WebhookAuthConfiguration>;
  /** A list of rules applied to the body/payload sent in the POST request to a webhook URL. All defined rules must pass for the request to be accepted and the pipeline started. */
  readonly Filters: ListOf<Value<Webhook_WebhookFilterRule>>;
  /** The name of the webhook. */
  readonly Name?: Value<string>;
  /** Configures a connection between the webhook that was created and the external tool with events to be detected. */
  readonly RegisterWithThirdParty?: Value<boolean>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The name of the action in a pipeline you want to connect to the webhook. The action must be from the source (first) stage of the pipeline. */
  readonly TargetAction: Value<string>;
  /** The name of the pipeline you want to connect to the webhook. */
  readonly TargetPipeline: Value<string>;
  /** The version number of the pipeline to be connected to the trigger request. */
  readonly TargetPipelineVersion?: Value<number>;
}

export interface Webhook_WebhookAuthConfiguration {
  /** The property used to configure acceptance of webhooks in an IP address range. For IP, only the `AllowedIPRange` property must be set. This property must be set to a valid CIDR range. */
  readonly AllowedIPRange?: Value<string>;
  /** The property used to configure GitHub authentication. For GITHUB_HMAC, only the `SecretToken` property must be set. */
  readonly SecretToken?: Value<string>;
}

export interface Webhook_WebhookFilterRule {
  /** A JsonPath expression that is applied to the body/payload of the webhook. The value selected by the JsonPath expression must match the value specified in the `MatchEquals` field. Otherwise, the request is ignored. For more information, s... */
  readonly JsonPath: Value<string>;
  /** The value selected by the `JsonPath` expression must match what is supplied in the `MatchEquals` field. Otherwise, the request is ignored. Properties from the target action configuration can be included as placeholders in this value by s... */
  readonly MatchEquals?: Value<string>;
}
