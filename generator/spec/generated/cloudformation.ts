// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::CloudFormation::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Tag } from '../values.js';

/** Resource type definition for AWS::CloudFormation::ChangeSet */
export interface ChangeSetProps {
  /** The capabilities that are allowed in the stack. */
  readonly Capabilities?: ListOf<Value<string>>;
  /** The name of the change set. Must be unique among all change sets associated with the specified stack. */
  readonly ChangeSetName: Value<string>;
  /** The type of change set operation. */
  readonly ChangeSetType?: Value<string>;
  /** Determines how CloudFormation handles configuration drift during deployment. */
  readonly DeploymentMode?: Value<string>;
  /** A description to help you identify this change set. */
  readonly Description?: Value<string>;
  /** Indicates if the change set imports resources that already exist. */
  readonly ImportExistingResources?: Value<boolean>;
  /** Creates a change set for all nested stacks specified in the template. */
  readonly IncludeNestedStacks?: Value<boolean>;
  /** The ARNs of Amazon SNS topics that CloudFormation associates with the stack. */
  readonly NotificationARNs?: ListOf<Value<string>>;
  /** Determines what action will be taken if stack creation fails. */
  readonly OnStackFailure?: Value<string>;
  /** The ARN of an IAM role that CloudFormation assumes when executing the change set. */
  readonly RoleARN?: Value<string>;
  /** The name or unique ID of the stack for which you are creating a change set. */
  readonly StackName: Value<string>;
  /** Key-value pairs to associate with the change set. */
  readonly Tags?: ListOf<Value<ChangeSet_TagsItems>>;
  /** A structure that contains the body of the revised template. */
  readonly TemplateBody?: Value<string>;
  /** The URL of the file that contains the revised template. */
  readonly TemplateURL?: Value<string>;
  /** Whether to reuse the template associated with the stack to create the change set. */
  readonly UsePreviousTemplate?: Value<boolean>;
}

export interface ChangeSet_TagsItems {
  readonly Key: Value<string>;
  readonly Value: Value<string>;
}

/** The `AWS::CloudFormation::CustomResource` resource creates a custom resource. Custom resources provide a way for you to write custom provisioning logic into your CloudFormation templates and have CloudFormation run it anytime you create,... */
export interface CustomResourceProps {
  /** The maximum time, in seconds, that can elapse before a custom resource operation times out. */
  readonly ServiceTimeout?: Value<number>;
  /** The service token, such as an Amazon topic ARN or Lambda function ARN. The service token must be from the same Region as the stack. */
  readonly ServiceToken: Value<string>;
}

/** Creates a generated template from existing resources using the CloudFormation IaC Generator. */
export interface GeneratedTemplateProps {
  /** The name assigned to the generated template. */
  readonly GeneratedTemplateName: Value<string>;
  /** The configuration details of the generated template. */
  readonly TemplateConfiguration?: Value<GeneratedTemplate_TemplateConfiguration>;
}

export interface GeneratedTemplate_TemplateConfiguration {
  /** The DeletionPolicy assigned to resources in the generated template. */
  readonly DeletionPolicy?: Value<string>;
  /** The UpdateReplacePolicy assigned to resources in the generated template. */
  readonly UpdateReplacePolicy?: Value<string>;
}

export interface GeneratedTemplate_TemplateProgress {
  /** The number of resources that failed the template generation. */
  readonly ResourcesFailed?: Value<number>;
  /** The number of resources that are still pending the template generation. */
  readonly ResourcesPending?: Value<number>;
  /** The number of resources that are in-process for the template generation. */
  readonly ResourcesProcessing?: Value<number>;
  /** The number of resources that succeeded the template generation. */
  readonly ResourcesSucceeded?: Value<number>;
}

/** The `AWS::CloudFormation::GuardHook` resource creates and activates a Guard Hook. Using the Guard domain specific language (DSL), you can author Guard Hooks to evaluate your resources before allowing stack operations. */
export interface GuardHookProps {
  /** The type name alias for the Hook. This alias must be unique per account and Region. */
  readonly Alias: Value<string>;
  /** The IAM role that the Hook assumes to retrieve your Guard rules from S3 and optionally write a detailed Guard output report back. */
  readonly ExecutionRole: Value<string>;
  /** Specifies how the Hook responds when rules fail their evaluation. */
  readonly FailureMode: Value<string>;
  /** Specifies if the Hook is `ENABLED` or `DISABLED` . */
  readonly HookStatus: Value<string>;
  /** Specifies the name of an S3 bucket to store the Guard output report. This report contains the results of your Guard rule validations. */
  readonly LogBucket?: Value<string>;
  /** Specifies the S3 location of your input parameters. */
  readonly Options?: Value<GuardHook_Options>;
  /** Specifies the S3 location of your Guard rules. */
  readonly RuleLocation: Value<GuardHook_S3Location>;
  /** Specifies the stack level filters for the Hook. */
  readonly StackFilters?: Value<GuardHook_StackFilters>;
  /** Specifies the target filters for the Hook. */
  readonly TargetFilters?: Value<GuardHook_TargetFilters>;
  /** Specifies the list of operations the Hook is run against. For more information, see [Hook targets](https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-concepts.html#hook-terms-hook-target) in the *CloudFormation H... */
  readonly TargetOperations: ListOf<Value<string>>;
}

export interface GuardHook_HookTarget {
  /** Target actions are the type of operation hooks will be executed at. */
  readonly Action: Value<string>;
  /** Invocation points are the point in provisioning workflow where hooks will be executed. */
  readonly InvocationPoint: Value<string>;
  /** Type name of hook target. Hook targets are the destination where hooks will be invoked against. */
  readonly TargetName: Value<string>;
}

export interface GuardHook_Options {
  /** Specifies the S3 location where your input parameters are located. */
  readonly InputParams?: Value<GuardHook_S3Location> | ListOf<Value<GuardHook_S3Location>>;
}

export interface GuardHook_S3Location {
  /** Specifies the S3 path to the file that contains your Guard rules or input parameters (in the form `s3://<bucket name>/<file name>` ). */
  readonly Uri: Value<string>;
  /** For S3 buckets with versioning enabled, specifies the unique ID of the S3 object version to download your Guard rules or input parameters from. */
  readonly VersionId?: Value<string>;
}

export interface GuardHook_StackFilters {
  /** The filtering criteria. */
  readonly FilteringCriteria: Value<string>;
  /** Includes or excludes specific stacks from Hook invocations. */
  readonly StackNames?: Value<GuardHook_StackNames>;
  /** Includes or excludes specific stacks from Hook invocations based on their associated IAM roles. */
  readonly StackRoles?: Value<GuardHook_StackRoles>;
}

export interface GuardHook_StackNames {
  /** The stack names to exclude. All stacks except those listed here will invoke the Hook. */
  readonly Exclude?: ListOf<Value<string>>;
  /** The stack names to include. Only the stacks specified in this list will invoke the Hook. */
  readonly Include?: ListOf<Value<string>>;
}

export interface GuardHook_StackRoles {
  /** The IAM role ARNs for stacks you want to exclude. The Hook will be invoked on all stacks except those initiated by the specified roles. */
  readonly Exclude?: ListOf<Value<string>>;
  /** The IAM role ARNs to target stacks associated with these roles. Only stack operations initiated by these roles will invoke the Hook. */
  readonly Include?: ListOf<Value<string>>;
}

export interface GuardHook_TargetFilters {
  /** List of actions that the hook is going to target */
  readonly Actions?: ListOf<Value<string>>;
  /** List of invocation points that the hook is going to target */
  readonly InvocationPoints?: ListOf<Value<string>>;
  /** List of type names that the hook is going to target */
  readonly TargetNames?: ListOf<Value<string>>;
  /** List of hook targets */
  readonly Targets: ListOf<Value<GuardHook_HookTarget>>;
}

/** The `AWS::CloudFormation::HookDefaultVersion` resource specifies the default version of a Hook. The default version of the Hook is used in CloudFormation operations for this AWS account and AWS Region . */
export interface HookDefaultVersionProps {
  /** The name of the Hook. */
  readonly TypeName?: Value<string>;
  /** The version ID of the type configuration. */
  readonly TypeVersionArn?: Value<string>;
  /** The version ID of the type specified. */
  readonly VersionId?: Value<string>;
}

/** The `AWS::CloudFormation::HookTypeConfig` resource specifies the configuration of an activated Hook. */
export interface HookTypeConfigProps {
  /** Specifies the activated Hook type configuration, in this AWS account and AWS Region . */
  readonly Configuration: Value<string>;
  /** An alias by which to refer to this configuration data. */
  readonly ConfigurationAlias?: Value<string>;
  /** The Amazon Resource Number (ARN) for the Hook to set `Configuration` for. */
  readonly TypeArn?: Value<string>;
  /** The unique name for your Hook. Specifies a three-part namespace for your Hook, with a recommended pattern of `Organization::Service::Hook` . */
  readonly TypeName?: Value<string>;
}

/** The `AWS::CloudFormation::HookVersion` resource publishes new or first version of a Hook to the CloudFormation registry. */
export interface HookVersionProps {
  /** The Amazon Resource Name (ARN) of the task execution role that grants the Hook permission. */
  readonly ExecutionRoleArn?: Value<string>;
  /** Contains logging configuration information for an extension. */
  readonly LoggingConfig?: Value<HookVersion_LoggingConfig>;
  /** A URL to the Amazon S3 bucket for the Hook project package that contains the necessary files for the Hook you want to register. */
  readonly SchemaHandlerPackage: Value<string>;
  /** The unique name for your Hook. Specifies a three-part namespace for your Hook, with a recommended pattern of `Organization::Service::Hook` . */
  readonly TypeName: Value<string>;
}

export interface HookVersion_LoggingConfig {
  /** The Amazon CloudWatch Logs group to which CloudFormation sends error logging information when invoking the extension's handlers. */
  readonly LogGroupName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the role that CloudFormation should assume when sending log entries to CloudWatch Logs. */
  readonly LogRoleArn?: Value<string>;
}

/** The `AWS::CloudFormation::LambdaHook` resource creates and activates a Lambda Hook. You can use a Lambda Hook to evaluate your resources before allowing stack operations. This resource forwards requests for resource evaluation to a Lambd... */
export interface LambdaHookProps {
  /** The type name alias for the Hook. This alias must be unique per account and Region. */
  readonly Alias: Value<string>;
  /** Whether to automatically update the extension in this account and Region when a new minor version is published by the extension publisher. */
  readonly AutoUpdate?: Value<boolean>;
  /** The IAM role that the Hook assumes to invoke your Lambda function. */
  readonly ExecutionRole: Value<string>;
  /** Specifies how the Hook responds when the Lambda function invoked by the Hook returns a `FAILED` response. */
  readonly FailureMode: Value<string>;
  /** Specifies if the Hook is `ENABLED` or `DISABLED` . */
  readonly HookStatus: Value<string>;
  /** Specifies the Lambda function for the Hook. You can use: */
  readonly LambdaFunction: Value<string>;
  /** Contains logging configuration information for an extension. */
  readonly LoggingConfig?: Value<LambdaHook_LoggingConfig>;
  /** Specifies the stack level filters for the Hook. */
  readonly StackFilters?: Value<LambdaHook_StackFilters>;
  /** Specifies the target filters for the Hook. */
  readonly TargetFilters?: Value<LambdaHook_TargetFilters>;
  /** Specifies the list of operations the Hook is run against. For more information, see [Hook targets](https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-concepts.html#hook-terms-hook-target) in the *CloudFormation H... */
  readonly TargetOperations: ListOf<Value<string>>;
}

export interface LambdaHook_HookTarget {
  /** Target actions are the type of operation hooks will be executed at. */
  readonly Action: Value<string>;
  /** Invocation points are the point in provisioning workflow where hooks will be executed. */
  readonly InvocationPoint: Value<string>;
  /** Type name of hook target. Hook targets are the destination where hooks will be invoked against. */
  readonly TargetName: Value<string>;
}

export interface LambdaHook_LoggingConfig {
  /** The Amazon CloudWatch Logs group to which CloudFormation sends error logging information when invoking the extension's handlers. */
  readonly LogGroupName: Value<string>;
  /** The ARN of the role that CloudFormation should assume when sending log entries to CloudWatch Logs. */
  readonly LogRoleArn: Value<string>;
}

export interface LambdaHook_StackFilters {
  /** The filtering criteria. */
  readonly FilteringCriteria: Value<string>;
  /** Includes or excludes specific stacks from Hook invocations. */
  readonly StackNames?: Value<LambdaHook_StackNames>;
  /** Includes or excludes specific stacks from Hook invocations based on their associated IAM roles. */
  readonly StackRoles?: Value<LambdaHook_StackRoles>;
}

export interface LambdaHook_StackNames {
  /** The stack names to exclude. All stacks except those listed here will invoke the Hook. */
  readonly Exclude?: ListOf<Value<string>>;
  /** The stack names to include. Only the stacks specified in this list will invoke the Hook. */
  readonly Include?: ListOf<Value<string>>;
}

export interface LambdaHook_StackRoles {
  /** The IAM role ARNs for stacks you want to exclude. The Hook will be invoked on all stacks except those initiated by the specified roles. */
  readonly Exclude?: ListOf<Value<string>>;
  /** The IAM role ARNs to target stacks associated with these roles. Only stack operations initiated by these roles will invoke the Hook. */
  readonly Include?: ListOf<Value<string>>;
}

export interface LambdaHook_TargetFilters {
  /** List of actions that the hook is going to target */
  readonly Actions?: ListOf<Value<string>>;
  /** List of invocation points that the hook is going to target */
  readonly InvocationPoints?: ListOf<Value<string>>;
  /** List of type names that the hook is going to target */
  readonly TargetNames?: ListOf<Value<string>>;
  /** List of hook targets */
  readonly Targets: ListOf<Value<LambdaHook_HookTarget>>;
}

/** The `AWS::CloudFormation::Macro` resource is a CloudFormation resource type that creates a CloudFormation macro to perform custom processing on CloudFormation templates. */
export interface MacroProps {
  /** A description of the macro. */
  readonly Description?: Value<string>;
  /** The Amazon Resource Name (ARN) of the underlying Lambda function that you want CloudFormation to invoke when the macro is run. */
  readonly FunctionName: Value<string>;
  /** The CloudWatch Logs group to which CloudFormation sends error logging information when invoking the macro's underlying Lambda function. */
  readonly LogGroupName?: Value<string>;
  /** The ARN of the role CloudFormation should assume when sending log entries to CloudWatch Logs . */
  readonly LogRoleARN?: Value<string>;
  /** The name of the macro. The name of the macro must be unique across all macros in the account. */
  readonly Name: Value<string>;
}

/** Specifies the default version of a module. The default version of the module will be used in CloudFormation operations for this account and Region. */
export interface ModuleDefaultVersionProps {
  /** The Amazon Resource Name (ARN) of the module version to set as the default version. */
  readonly Arn?: Value<string>;
  /** The name of the module. */
  readonly ModuleName?: Value<string>;
  /** The ID for the specific version of the module. */
  readonly VersionId?: Value<string>;
}

/** The `AWS::CloudFormation::ModuleVersion` resource registers the specified version of the module with the CloudFormation registry. Registering a module makes it available for use in CloudFormation templates in your AWS account and Region. */
export interface ModuleVersionProps {
  /** The name of the module being registered. */
  readonly ModuleName: Value<string>;
  /** A URL to the S3 bucket for the package that contains the template fragment and schema files for the module version to register. */
  readonly ModulePackage: Value<string>;
}

/** The `AWS::CloudFormation::PublicTypeVersion` resource tests and publishes a registered extension as a public, third-party extension. */
export interface PublicTypeVersionProps {
  /** The Amazon Resource Number (ARN) of the extension. */
  readonly Arn?: Value<string>;
  /** The S3 bucket to which CloudFormation delivers the contract test execution logs. */
  readonly LogDeliveryBucket?: Value<string>;
  /** The version number to assign to this version of the extension. */
  readonly PublicVersionNumber?: Value<string>;
  /** The type of the extension to test. */
  readonly Type?: Value<string>;
  /** The name of the extension to test. */
  readonly TypeName?: Value<string>;
}

/** The `AWS::CloudFormation::Publisher` resource registers your account as a publisher of public extensions in the CloudFormation registry. Public extensions are available for use by all CloudFormation users. */
export interface PublisherProps {
  /** Whether you accept the [Terms and Conditions](https://docs.aws.amazon.com/https://cloudformation-registry-documents.s3.amazonaws.com/Terms_and_Conditions_for_AWS_CloudFormation_Registry_Publishers.pdf) for publishing extensions in the Cl... */
  readonly AcceptTermsAndConditions: Value<boolean>;
  /** If you are using a Bitbucket or GitHub account for identity verification, the Amazon Resource Name (ARN) for your connection to that account. */
  readonly ConnectionArn?: Value<string>;
}

/** The `AWS::CloudFormation::ResourceDefaultVersion` resource specifies the default version of a resource. The default version of a resource will be used in CloudFormation operations. */
export interface ResourceDefaultVersionProps {
  /** The name of the resource. */
  readonly TypeName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the resource version. */
  readonly TypeVersionArn?: Value<string>;
  /** The ID of a specific version of the resource. The version ID is the value at the end of the Amazon Resource Name (ARN) assigned to the resource version when it's registered. */
  readonly VersionId?: Value<string>;
}

/** The `AWS::CloudFormation::ResourceVersion` resource registers a resource version with the CloudFormation registry. Registering a resource version makes it available for use in CloudFormation templates in your AWS account , and includes: */
export interface ResourceVersionProps {
  /** The Amazon Resource Name (ARN) of the IAM role for CloudFormation to assume when invoking the resource. If your resource calls AWS APIs in any of its handlers, you must create an IAM execution role that includes the necessary permissions... */
  readonly ExecutionRoleArn?: Value<string>;
  /** Logging configuration information for a resource. */
  readonly LoggingConfig?: Value<ResourceVersion_LoggingConfig>;
  /** A URL to the S3 bucket for the resource project package that contains the necessary files for the resource you want to register. */
  readonly SchemaHandlerPackage: Value<string>;
  /** The name of the resource being registered. */
  readonly TypeName: Value<string>;
}

export interface ResourceVersion_LoggingConfig {
  /** The Amazon CloudWatch logs group to which CloudFormation sends error logging information when invoking the type's handlers. */
  readonly LogGroupName?: Value<string>;
  /** The ARN of the role that CloudFormation should assume when sending log entries to CloudWatch logs. */
  readonly LogRoleArn?: Value<string>;
}

/** The `AWS::CloudFormation::Stack` resource nests a stack as a resource in a top-level template. For more information, see [Nested stacks](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-nested-stacks.html) in the... */
export interface StackProps {
  /** The Amazon SNS topic ARNs to publish stack related events. You can find your Amazon SNS topic ARNs using the Amazon SNS console or your Command Line Interface (CLI). */
  readonly NotificationARNs?: ListOf<Value<string>>;
  /** The set value pairs that represent the parameters passed to CloudFormation when this nested stack is created. Each parameter has a name corresponding to a parameter defined in the embedded template and a value representing the value that... */
  readonly Parameters?: MapOf<Value<string>>;
  /** Key-value pairs to associate with this stack. CloudFormation also propagates these tags to the resources created in the stack. A maximum number of 50 tags can be specified. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The URL of a file that contains the template body. The URL must point to a template (max size: 1 MB) that's located in an Amazon S3 bucket. The location for an Amazon S3 bucket must start with `https://` . */
  readonly TemplateURL?: Value<string>;
  /** The length of time, in minutes, that CloudFormation waits for the nested stack to reach the `CREATE_COMPLETE` state. The default is no timeout. When CloudFormation detects that the nested stack has reached the `CREATE_COMPLETE` state, it... */
  readonly TimeoutInMinutes?: Value<number>;
}

export interface Stack_Output {
  /** User defined description associated with the output. */
  readonly Description?: Value<string>;
  /** The name of the export associated with the output. */
  readonly ExportName?: Value<string>;
  /** The key associated with the output. */
  readonly OutputKey?: Value<string>;
  /** The value associated with the output. */
  readonly OutputValue?: Value<string>;
}

/** The `AWS::CloudFormation::StackSet` resource contains information about a StackSet. With StackSets, you can provision stacks across AWS accounts and Regions from a single CloudFormation template. Each stack is based on the same CloudForm... */
export interface StackSetProps {
  /** The Amazon Resource Number (ARN) of the IAM role to use to create this StackSet. Specify an IAM role only if you are using customized administrator roles to control which users or groups can manage specific StackSets within the same admi... */
  readonly AdministrationRoleARN?: Value<string>;
  /** Describes whether StackSets automatically deploys to AWS Organizations accounts that are added to a target organization or organizational unit (OU). For more information, see [Enable or disable automatic deployments for StackSets in AWS... */
  readonly AutoDeployment?: Value<StackSet_AutoDeployment>;
  /** Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a member account. */
  readonly CallAs?: Value<string>;
  /** The capabilities that are allowed in the StackSet. Some StackSet templates might include resources that can affect permissions in your AWS account —for example, by creating new IAM users. For more information, see [Acknowledging IAM reso... */
  readonly Capabilities?: ListOf<Value<string>>;
  /** A description of the StackSet. */
  readonly Description?: Value<string>;
  /** The name of the IAM execution role to use to create the StackSet. If you don't specify an execution role, CloudFormation uses the `AWSCloudFormationStackSetExecutionRole` role for the StackSet operation. */
  readonly ExecutionRoleName?: Value<string>;
  /** Describes whether StackSets performs non-conflicting operations concurrently and queues conflicting operations. */
  readonly ManagedExecution?: Value<StackSet_ManagedExecution>;
  /** The user-specified preferences for how CloudFormation performs a StackSet operation. */
  readonly OperationPreferences?: Value<StackSet_OperationPreferences>;
  /** The input parameters for the StackSet template. */
  readonly Parameters?: ListOf<Value<StackSet_Parameter>>;
  /** Describes how the IAM roles required for StackSet operations are created. */
  readonly PermissionModel: Value<string>;
  /** A group of stack instances with parameters in some specific accounts and Regions. */
  readonly StackInstancesGroup?: ListOf<Value<StackSet_StackInstances>>;
  /** The name to associate with the StackSet. The name must be unique in the Region where you create your StackSet. */
  readonly StackSetName: Value<string>;
  /** Key-value pairs to associate with this stack. CloudFormation also propagates these tags to supported resources in the stack. You can specify a maximum number of 50 tags. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The structure that contains the template body, with a minimum length of 1 byte and a maximum length of 51,200 bytes. */
  readonly TemplateBody?: Value<string>;
  /** The URL of a file that contains the template body. The URL must point to a template (max size: 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document. The location for an Amazon S3 bucket must start with `https://` . */
  readonly TemplateURL?: Value<string>;
}

export interface StackSet_AutoDeployment {
  /** A list of StackSet ARNs that this StackSet depends on for auto-deployment operations. When auto-deployment is triggered, operations will be sequenced to ensure all dependencies complete successfully before this StackSet's operation begins. */
  readonly DependsOn?: ListOf<Value<string>>;
  /** If set to `true` , StackSets automatically deploys additional stack instances to AWS Organizations accounts that are added to a target organization or organizational unit (OU) in the specified Regions. If an account is removed from a tar... */
  readonly Enabled?: Value<boolean>;
  /** If set to `true` , stack resources are retained when an account is removed from a target organization or OU. If set to `false` , stack resources are deleted. Specify only if `Enabled` is set to `True` . */
  readonly RetainStacksOnAccountRemoval?: Value<boolean>;
}

export interface StackSet_DeploymentTargets {
  /** Refines which accounts to deploy stacks to by specifying how to use the `Accounts` and `OrganizationalUnitIds` properties together. */
  readonly AccountFilterType?: Value<string>;
  /** The account IDs of the AWS accounts . If you have many account numbers, you can provide those accounts using the `AccountsUrl` property instead. */
  readonly Accounts?: ListOf<Value<string>>;
  /** The Amazon S3 URL path to a file that contains a list of AWS account IDs. The file format must be either `.csv` or `.txt` , and the data can be comma-separated or new-line-separated. There is currently a 10MB limit for the data (approxim... */
  readonly AccountsUrl?: Value<string>;
  /** The organization root ID or organizational unit (OU) IDs. */
  readonly OrganizationalUnitIds?: ListOf<Value<string>>;
}

export interface StackSet_ManagedExecution {
  /** When `true` , CloudFormation performs non-conflicting operations concurrently and queues conflicting operations. After conflicting operations finish, CloudFormation starts queued operations in request order. */
  readonly Active?: Value<boolean>;
}

export interface StackSet_OperationPreferences {
  /** Specifies how the concurrency level behaves during the operation execution. */
  readonly ConcurrencyMode?: Value<string>;
  /** The number of accounts per Region this operation can fail in before CloudFormation stops the operation in that Region. If the operation is stopped in a Region, CloudFormation doesn't attempt the operation in any subsequent Regions. */
  readonly FailureToleranceCount?: Value<number>;
  /** The percentage of accounts per Region this stack operation can fail in before CloudFormation stops the operation in that Region. If the operation is stopped in a Region, CloudFormation doesn't attempt the operation in any subsequent Regi... */
  readonly FailureTolerancePercentage?: Value<number>;
  /** The maximum number of accounts in which to perform this operation at one time. This is dependent on the value of `FailureToleranceCount` . `MaxConcurrentCount` is at most one more than the `FailureToleranceCount` . */
  readonly MaxConcurrentCount?: Value<number>;
  /** The maximum percentage of accounts in which to perform this operation at one time. */
  readonly MaxConcurrentPercentage?: Value<number>;
  /** The concurrency type of deploying StackSets operations in Regions, could be in parallel or one Region at a time. */
  readonly RegionConcurrencyType?: Value<string>;
  /** The order of the Regions where you want to perform the stack operation. */
  readonly RegionOrder?: ListOf<Value<string>>;
}

export interface StackSet_Parameter {
  /** The key associated with the parameter. If you don't specify a key and value for a particular parameter, CloudFormation uses the default value that's specified in your template. */
  readonly ParameterKey: Value<string>;
  /** The input value associated with the parameter. */
  readonly ParameterValue: Value<string>;
}

export interface StackSet_StackInstances {
  /** The AWS Organizations accounts or AWS accounts to deploy stacks to in the specified Regions. */
  readonly DeploymentTargets: Value<StackSet_DeploymentTargets>;
  /** A list of StackSet parameters whose values you want to override in the selected stack instances. */
  readonly ParameterOverrides?: ListOf<Value<StackSet_Parameter>>;
  /** The names of one or more Regions where you want to create stack instances using the specified AWS accounts . */
  readonly Regions: ListOf<Value<string>>;
}

/** The `AWS::CloudFormation::TypeActivation` resource activates a public third-party extension, making it available for use in stack templates. */
export interface TypeActivationProps {
  /** Whether to automatically update the extension in this account and Region when a new *minor* version is published by the extension publisher. Major versions released by the publisher must be manually updated. */
  readonly AutoUpdate?: Value<boolean>;
  /** The name of the IAM execution role to use to activate the extension. */
  readonly ExecutionRoleArn?: Value<string>;
  /** Specifies logging configuration information for an extension. */
  readonly LoggingConfig?: Value<TypeActivation_LoggingConfig>;
  /** The major version of this extension you want to activate, if multiple major versions are available. The default is the latest major version. CloudFormation uses the latest available *minor* version of the major version selected. */
  readonly MajorVersion?: Value<string>;
  /** The Amazon Resource Number (ARN) of the public extension. */
  readonly PublicTypeArn?: Value<string>;
  /** The ID of the extension publisher. */
  readonly PublisherId?: Value<string>;
  /** The extension type. */
  readonly Type?: Value<string>;
  /** The name of the extension. */
  readonly TypeName?: Value<string>;
  /** An alias to assign to the public extension in this account and Region. If you specify an alias for the extension, CloudFormation treats the alias as the extension type name within this account and Region. You must use the alias to refer... */
  readonly TypeNameAlias?: Value<string>;
  /** Manually updates a previously-activated type to a new major or minor version, if available. You can also use this parameter to update the value of `AutoUpdate` . */
  readonly VersionBump?: Value<string>;
}

export interface TypeActivation_LoggingConfig {
  /** The Amazon CloudWatch Logs group to which CloudFormation sends error logging information when invoking the extension's handlers. */
  readonly LogGroupName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the role that CloudFormation should assume when sending log entries to CloudWatch Logs. */
  readonly LogRoleArn?: Value<string>;
}

/** The `AWS::CloudFormation::WaitCondition` resource provides a way to coordinate stack resource creation with configuration actions that are external to the stack creation or to track the status of a configuration process. In these situati... */
export interface WaitConditionProps {
  /** The number of success signals that CloudFormation must receive before it continues the stack creation process. When the wait condition receives the requisite number of success signals, CloudFormation resumes the creation of the stack. If... */
  readonly Count?: Value<number>;
  /** A reference to the wait condition handle used to signal this wait condition. Use the `Ref` intrinsic function to specify an [AWS::CloudFormation::WaitConditionHandle](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference... */
  readonly Handle?: Value<string>;
  /** The length of time (in seconds) to wait for the number of signals that the `Count` property specifies. `Timeout` is a minimum-bound property, meaning the timeout occurs no sooner than the time you specify, but can occur shortly thereafte... */
  readonly Timeout?: Value<string>;
}

/** The `AWS::CloudFormation::WaitConditionHandle` type has no properties. When you reference the `WaitConditionHandle` resource by using the `Ref` function, CloudFormation returns a presigned URL. You pass this URL to applications or script... */
export interface WaitConditionHandleProps {

}
