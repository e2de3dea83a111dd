// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::SSM::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** The `AWS::SSM::Association` resource creates a State Manager association for your managed instances. A State Manager association defines the state that you want to maintain on your instances. For example, an association can specify that... */
export interface AssociationProps {
  /** By default, when you create a new association, the system runs it immediately after it is created and then according to the schedule you specified. Specify this option if you don't want an association to run immediately after you create... */
  readonly ApplyOnlyAtCronInterval?: Value<boolean>;
  /** A role used by association to take actions on your behalf. */
  readonly AssociationDispatchAssumeRole?: Value<string>;
  /** Specify a descriptive name for the association. */
  readonly AssociationName?: Value<string>;
  /** Choose the parameter that will define how your automation will branch out. This target is required for associations that use an Automation runbook and target resources by using rate controls. Automation is a tool in AWS Systems Manager . */
  readonly AutomationTargetParameterName?: Value<string>;
  /** The names or Amazon Resource Names (ARNs) of the Change Calendar type documents your associations are gated under. The associations only run when that Change Calendar is open. For more information, see [AWS Systems Manager Change Calenda... */
  readonly CalendarNames?: ListOf<Value<string>>;
  /** The severity level that is assigned to the association. */
  readonly ComplianceSeverity?: Value<string>;
  /** The version of the SSM document to associate with the target. */
  readonly DocumentVersion?: Value<string>;
  /** > `InstanceId` has been deprecated. To specify an instance ID for an association, use the `Targets` parameter. If you use the parameter `InstanceId` , you cannot use the parameters `AssociationName` , `DocumentVersion` , `MaxErrors` , `M... */
  readonly InstanceId?: Value<string>;
  /** The maximum number of targets allowed to run the association at the same time. You can specify a number, for example 10, or a percentage of the target set, for example 10%. The default value is 100%, which means all targets run the assoc... */
  readonly MaxConcurrency?: Value<string>;
  /** The number of errors that are allowed before the system stops sending requests to run the association on additional targets. You can specify either an absolute number of errors, for example 10, or a percentage of the target set, for exam... */
  readonly MaxErrors?: Value<string>;
  /** The name of the SSM document that contains the configuration information for the instance. You can specify `Command` or `Automation` documents. The documents can be AWS -predefined documents, documents you created, or a document that is... */
  readonly Name: Value<string>;
  /** An Amazon Simple Storage Service (Amazon S3) bucket where you want to store the output details of the request. */
  readonly OutputLocation?: Value<Association_InstanceAssociationOutputLocation>;
  /** The parameters for the runtime configuration of the document. */
  readonly Parameters?: MapOf<ListOf<Value<string>>>;
  /** A cron expression that specifies a schedule when the association runs. The schedule runs in Coordinated Universal Time (UTC). */
  readonly ScheduleExpression?: Value<string>;
  /** Number of days to wait after the scheduled day to run an association. */
  readonly ScheduleOffset?: Value<number>;
  /** The mode for generating association compliance. You can specify `AUTO` or `MANUAL` . In `AUTO` mode, the system uses the status of the association execution to determine the compliance status. If the association execution runs successful... */
  readonly SyncCompliance?: Value<string>;
  /** A key-value pair to associate with a resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The targets for the association. You must specify the `InstanceId` or `Targets` property. You can target all instances in an AWS account by specifying t he `InstanceIds` key with a value of `*` . */
  readonly Targets?: ListOf<Value<Association_Target>>;
  /** The number of seconds the service should wait for the association status to show "Success" before proceeding with the stack execution. If the association status doesn't show "Success" after the specified number of seconds, then stack cre... */
  readonly WaitForSuccessTimeoutSeconds?: Value<number>;
}

export interface Association_InstanceAssociationOutputLocation {
  /** `S3OutputLocation` is a property of the [InstanceAssociationOutputLocation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-association-instanceassociationoutputlocation.html) property that specifies an... */
  readonly S3Location?: Value<Association_S3OutputLocation>;
}

export interface Association_S3OutputLocation {
  /** The name of the S3 bucket. */
  readonly OutputS3BucketName?: Value<string>;
  /** The S3 bucket subfolder. */
  readonly OutputS3KeyPrefix?: Value<string>;
  /** The AWS Region of the S3 bucket. */
  readonly OutputS3Region?: Value<string>;
}

export interface Association_Target {
  /** User-defined criteria for sending commands that target managed nodes that meet the criteria. */
  readonly Key: Value<string>;
  /** User-defined criteria that maps to `Key` . For example, if you specified `tag:ServerRole` , you could specify `value:WebServer` to run a command on instances that include EC2 tags of `ServerRole,WebServer` . */
  readonly Values: ListOf<Value<string>>;
}

/** Resource Type definition for AWS::SSM::CloudConnector. Enables AWS Systems Manager to manage resources in external cloud providers. */
export interface CloudConnectorProps {
  /** The ARN of the AWS Config connector. */
  readonly ConfigConnectorArn: Value<string>;
  /** The configuration for the cloud connector. Currently supports Azure. */
  readonly Configuration: Value<CloudConnector_CloudConnectorConfiguration>;
  /** The description of the cloud connector. */
  readonly Description?: Value<string>;
  /** The display name of the cloud connector. */
  readonly DisplayName: Value<string>;
  /** The IAM role ARN used by the cloud connector. */
  readonly RoleArn: Value<string>;
  /** Tags to apply to the cloud connector. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface CloudConnector_AzureConfiguration {
  /** The display name of the Azure AD application. */
  readonly ApplicationDisplayName?: Value<string>;
  /** The Azure AD application ID. */
  readonly ApplicationId: Value<string>;
  /** The targets for the cloud connector. If omitted, the entire tenant is targeted. */
  readonly Targets?: Value<CloudConnector_ConfigurationTargets>;
  /** The display name of the Azure AD tenant. */
  readonly TenantDisplayName?: Value<string>;
  /** The Azure AD tenant ID. Cannot be changed after creation. */
  readonly TenantId: Value<string>;
}

export interface CloudConnector_AzureSubscription {
  /** The display name of the Azure subscription. */
  readonly DisplayName?: Value<string>;
  /** The Azure subscription ID. */
  readonly Id: Value<string>;
}

export interface CloudConnector_CloudConnectorConfiguration {
  /** Configuration for connecting to Azure. */
  readonly AzureConfiguration: Value<CloudConnector_AzureConfiguration>;
}

export interface CloudConnector_ConfigurationTargets {
  /** List of Azure subscriptions. */
  readonly Subscriptions: ListOf<Value<CloudConnector_AzureSubscription>>;
}

/** The `AWS::SSM::Document` resource creates a Systems Manager (SSM) document in AWS Systems Manager . This document defines the actions that Systems Manager performs on your AWS resources. */
export interface DocumentProps {
  /** A list of key-value pairs that describe attachments to a version of a document. */
  readonly Attachments?: ListOf<Value<Document_AttachmentsSource>>;
  /** The content for the new SSM document in JSON or YAML. For more information about the schemas for SSM document content, see [SSM document schema features and examples](https://docs.aws.amazon.com/systems-manager/latest/userguide/document-... */
  readonly Content: Value<Json> | Value<string>;
  /** Specify the document format for the request. `JSON` is the default format. */
  readonly DocumentFormat?: Value<string>;
  /** The type of document to create. */
  readonly DocumentType?: Value<string>;
  /** A name for the SSM document. */
  readonly Name?: Value<string>;
  /** A list of SSM documents required by a document. This parameter is used exclusively by AWS AppConfig . When a user creates an AWS AppConfig configuration in an SSM document, the user must also specify a required document for validation pu... */
  readonly Requires?: ListOf<Value<Document_DocumentRequires>>;
  /** AWS CloudFormation resource tags to apply to the document. Use tags to help you identify and categorize resources. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Specify a target type to define the kinds of resources the document can run on. For example, to run a document on EC2 instances, specify the following value: `/AWS::EC2::Instance` . If you specify a value of '/' the document can run on a... */
  readonly TargetType?: Value<string>;
  /** If the document resource you specify in your template already exists, this parameter determines whether a new version of the existing document is created, or the existing document is replaced. `Replace` is the default method. If you spec... */
  readonly UpdateMethod?: Value<string>;
  /** An optional field specifying the version of the artifact you are creating with the document. For example, `Release12.1` . This value is unique across all versions of a document, and can't be changed. */
  readonly VersionName?: Value<string>;
}

export interface Document_AttachmentsSource {
  /** The key of a key-value pair that identifies the location of an attachment to a document. */
  readonly Key?: Value<string>;
  /** The name of the document attachment file. */
  readonly Name?: Value<string>;
  /** The value of a key-value pair that identifies the location of an attachment to a document. The format for *Value* depends on the type of key you specify. */
  readonly Values?: ListOf<Value<string>>;
}

export interface Document_DocumentRequires {
  /** The name of the required SSM document. The name can be an Amazon Resource Name (ARN). */
  readonly Name?: Value<string>;
  /** The document version required by the current document. */
  readonly Version?: Value<string>;
}

/** The `AWS::SSM::MaintenanceWindow` resource represents general information about a maintenance window for AWS Systems Manager . Maintenance windows let you define a schedule for when to perform potentially disruptive actions on your insta... */
export interface MaintenanceWindowProps {
  /** Enables a maintenance window task to run on managed instances, even if you have not registered those instances as targets. If enabled, then you must specify the unregistered instances (by instance ID) when you register a task with the ma... */
  readonly AllowUnassociatedTargets: Value<boolean>;
  /** The number of hours before the end of the maintenance window that AWS Systems Manager stops scheduling new tasks for execution. */
  readonly Cutoff: Value<number>;
  /** A description of the maintenance window. */
  readonly Description?: Value<string>;
  /** The duration of the maintenance window in hours. */
  readonly Duration: Value<number>;
  /** The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled to become inactive. */
  readonly EndDate?: Value<string>;
  /** The name of the maintenance window. */
  readonly Name: Value<string>;
  /** The schedule of the maintenance window in the form of a cron or rate expression. */
  readonly Schedule: Value<string>;
  /** The number of days to wait to run a maintenance window after the scheduled cron expression date and time. */
  readonly ScheduleOffset?: Value<number>;
  /** The time zone that the scheduled maintenance window executions are based on, in Internet Assigned Numbers Authority (IANA) format. */
  readonly ScheduleTimezone?: Value<string>;
  /** The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled to become active. `StartDate` allows you to delay activation of the maintenance window until the specified future date. */
  readonly StartDate?: Value<string>;
  /** Optional metadata that you assign to a resource in the form of an arbitrary set of tags (key-value pairs). Tags enable you to categorize a resource in different ways, such as by purpose, owner, or environment. For example, you might want... */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::SSM::MaintenanceWindowTarget` resource registers a target with a maintenance window for AWS Systems Manager . For more information, see [RegisterTargetWithMaintenanceWindow](https://docs.aws.amazon.com/systems-manager/latest/AP... */
export interface MaintenanceWindowTargetProps {
  /** A description for the target. */
  readonly Description?: Value<string>;
  /** The name for the maintenance window target. */
  readonly Name?: Value<string>;
  /** A user-provided value that will be included in any Amazon CloudWatch Events events that are raised while running tasks for these targets in this maintenance window. */
  readonly OwnerInformation?: Value<string>;
  /** The type of target that is being registered with the maintenance window. */
  readonly ResourceType: Value<string>;
  /** The targets to register with the maintenance window. In other words, the instances to run commands on when the maintenance window runs. */
  readonly Targets: ListOf<Value<MaintenanceWindowTarget_Targets>>;
  /** The ID of the maintenance window to register the target with. */
  readonly WindowId: Value<string>;
}

export interface MaintenanceWindowTarget_Targets {
  /** User-defined criteria for sending commands that target managed nodes that meet the criteria. */
  readonly Key: Value<string>;
  /** User-defined criteria that maps to `Key` . For example, if you specified `tag:ServerRole` , you could specify `value:WebServer` to run a command on instances that include EC2 tags of `ServerRole,WebServer` . */
  readonly Values: ListOf<Value<string>>;
}

/** The `AWS::SSM::MaintenanceWindowTask` resource defines information about a task for an AWS Systems Manager maintenance window. For more information, see [RegisterTaskWithMaintenanceWindow](https://docs.aws.amazon.com/systems-manager/late... */
export interface MaintenanceWindowTaskProps {
  /** The specification for whether tasks should continue to run after the cutoff time specified in the maintenance windows is reached. */
  readonly CutoffBehavior?: Value<string>;
  /** A description of the task. */
  readonly Description?: Value<string>;
  /** > `LoggingInfo` has been deprecated. To specify an Amazon S3 bucket to contain logs for Run Command tasks, instead use the `OutputS3BucketName` and `OutputS3KeyPrefix` options in the `TaskInvocationParameters` structure. For information... */
  readonly LoggingInfo?: Value<MaintenanceWindowTask_LoggingInfo>;
  /** The maximum number of targets this task can be run for, in parallel. */
  readonly MaxConcurrency?: Value<string>;
  /** The maximum number of errors allowed before this task stops being scheduled. */
  readonly MaxErrors?: Value<string>;
  /** The task name. */
  readonly Name?: Value<string>;
  /** The priority of the task in the maintenance window. The lower the number, the higher the priority. Tasks that have the same priority are scheduled in parallel. */
  readonly Priority: Value<number>;
  /** The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when running a maintenance window task. If you do not specify a service role ARN, Systems Manager uses a service-linked role in your account. If no... */
  readonly ServiceRoleArn?: Value<string>;
  /** The targets, either instances or window target IDs. */
  readonly Targets?: ListOf<Value<MaintenanceWindowTask_Target>>;
  /** The resource that the task uses during execution. */
  readonly TaskArn: Value<string>;
  /** The parameters to pass to the task when it runs. Populate only the fields that match the task type. All other fields should be empty. */
  readonly TaskInvocationParameters?: Value<MaintenanceWindowTask_TaskInvocationParameters>;
  /** > `TaskParameters` has been deprecated. To specify parameters to pass to a task when it runs, instead use the `Parameters` option in the `TaskInvocationParameters` structure. For information about how Systems Manager handles these option... */
  readonly TaskParameters?: Value<Json>;
  /** The type of task. Valid values: `RUN_COMMAND` , `AUTOMATION` , `LAMBDA` , `STEP_FUNCTIONS` . */
  readonly TaskType: Value<string>;
  /** The ID of the maintenance window where the task is registered. */
  readonly WindowId: Value<string>;
}

export interface MaintenanceWindowTask_CloudWatchOutputConfig {
  /** The name of the CloudWatch Logs log group where you want to send command output. If you don't specify a group name, AWS Systems Manager automatically creates a log group for you. The log group uses the following naming format: */
  readonly CloudWatchLogGroupName?: Value<string>;
  /** Enables Systems Manager to send command output to CloudWatch Logs. */
  readonly CloudWatchOutputEnabled?: Value<boolean>;
}

export interface MaintenanceWindowTask_LoggingInfo {
  /** The AWS Region where the S3 bucket is located. */
  readonly Region: Value<string>;
  /** The name of an S3 bucket where execution logs are stored. */
  readonly S3Bucket: Value<string>;
  /** The Amazon S3 bucket subfolder. */
  readonly S3Prefix?: Value<string>;
}

export interface MaintenanceWindowTask_MaintenanceWindowAutomationParameters {
  /** The version of an Automation runbook to use during task execution. */
  readonly DocumentVersion?: Value<string>;
  /** The parameters for the `AUTOMATION` type task. */
  readonly Parameters?: Value<Json>;
}

export interface MaintenanceWindowTask_MaintenanceWindowLambdaParameters {
  /** Client-specific information to pass to the AWS Lambda function that you're invoking. You can then use the `context` variable to process the client information in your AWS Lambda function. */
  readonly ClientContext?: Value<string>;
  /** JSON to provide to your AWS Lambda function as input. */
  readonly Payload?: Value<string>;
  /** An AWS Lambda function version or alias name. If you specify a function version, the action uses the qualified function Amazon Resource Name (ARN) to invoke a specific Lambda function. If you specify an alias name, the action uses the al... */
  readonly Qualifier?: Value<string>;
}

export interface MaintenanceWindowTask_MaintenanceWindowRunCommandParameters {
  /** Configuration options for sending command output to Amazon CloudWatch Logs. */
  readonly CloudWatchOutputConfig?: Value<MaintenanceWindowTask_CloudWatchOutputConfig>;
  /** Information about the command or commands to run. */
  readonly Comment?: Value<string>;
  /** The SHA-256 or SHA-1 hash created by the system when the document was created. SHA-1 hashes have been deprecated. */
  readonly DocumentHash?: Value<string>;
  /** The SHA-256 or SHA-1 hash type. SHA-1 hashes are deprecated. */
  readonly DocumentHashType?: Value<string>;
  /** The AWS Systems Manager document (SSM document) version to use in the request. You can specify `$DEFAULT` , `$LATEST` , or a specific version number. If you run commands by using the AWS CLI, then you must escape the first two options by... */
  readonly DocumentVersion?: Value<string>;
  /** Configurations for sending notifications about command status changes on a per-managed node basis. */
  readonly NotificationConfig?: Value<MaintenanceWindowTask_NotificationConfig>;
  /** The name of the Amazon Simple Storage Service (Amazon S3) bucket. */
  readonly OutputS3BucketName?: Value<string>;
  /** The S3 bucket subfolder. */
  readonly OutputS3KeyPrefix?: Value<string>;
  /** The parameters for the `RUN_COMMAND` task execution. */
  readonly Parameters?: Value<Json>;
  /** The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when running a maintenance window task. If you do not specify a service role ARN, Systems Manager uses a service-linked role in your account. If no... */
  readonly ServiceRoleArn?: Value<string>;
  /** If this time is reached and the command hasn't already started running, it doesn't run. */
  readonly TimeoutSeconds?: Value<number>;
}

export interface MaintenanceWindowTask_MaintenanceWindowStepFunctionsParameters {
  /** The inputs for the `STEP_FUNCTIONS` task. */
  readonly Input?: Value<string>;
  /** The name of the `STEP_FUNCTIONS` task. */
  readonly Name?: Value<string>;
}

export interface MaintenanceWindowTask_NotificationConfig {
  /** An Amazon Resource Name (ARN) for an Amazon Simple Notification Service (Amazon SNS) topic. Run Command pushes notifications about command status changes to this topic. */
  readonly NotificationArn: Value<string>;
  /** The different events that you can receive notifications for. These events include the following: `All` (events), `InProgress` , `Success` , `TimedOut` , `Cancelled` , `Failed` . To learn more about these events, see [Configuring Amazon S... */
  readonly NotificationEvents?: ListOf<Value<string>>;
  /** The notification type. */
  readonly NotificationType?: Value<string>;
}

export interface MaintenanceWindowTask_Target {
  /** User-defined criteria for sending commands that target instances that meet the criteria. `Key` can be `InstanceIds` or `WindowTargetIds` . For more information about how to target instances within a maintenance window task, see [About 'r... */
  readonly Key: Value<string>;
  /** User-defined criteria that maps to `Key` . For example, if you specify `InstanceIds` , you can specify `i-1234567890abcdef0,i-9876543210abcdef0` to run a command on two EC2 instances. For more information about how to target instances wi... */
  readonly Values: ListOf<Value<string>>;
}

export interface MaintenanceWindowTask_TaskInvocationParameters {
  /** The parameters for an `AUTOMATION` task type. */
  readonly MaintenanceWindowAutomationParameters?: Value<MaintenanceWindowTask_MaintenanceWindowAutomationParameters>;
  /** The parameters for a `LAMBDA` task type. */
  readonly MaintenanceWindowLambdaParameters?: Value<MaintenanceWindowTask_MaintenanceWindowLambdaParameters>;
  /** The parameters for a `RUN_COMMAND` task type. */
  readonly MaintenanceWindowRunCommandParameters?: Value<MaintenanceWindowTask_MaintenanceWindowRunCommandParameters>;
  /** The parameters for a `STEP_FUNCTIONS` task type. */
  readonly MaintenanceWindowStepFunctionsParameters?: Value<MaintenanceWindowTask_MaintenanceWindowStepFunctionsParameters>;
}

/** Resource schema for AWS::SSM::OpsItem. */
export interface OpsItemProps {
  /** The category of the OpsItem. */
  readonly Category?: Value<string>;
  /** The description of the OpsItem. */
  readonly Description: Value<string>;
  /** The priority of the OpsItem. */
  readonly Priority?: Value<number>;
  /** The severity of the OpsItem. */
  readonly Severity?: Value<string>;
  /** The origin of the OpsItem. */
  readonly Source: Value<string>;
  /** Tags for the OpsItem. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The title of the OpsItem. */
  readonly Title: Value<string>;
}

/** The `AWS::SSM::Parameter` resource creates an SSM parameter in AWS Systems Manager Parameter Store. */
export interface ParameterProps {
  /** A regular expression used to validate the parameter value. For example, for `String` types with values restricted to numbers, you can specify the following: `AllowedPattern=^\d+$` */
  readonly AllowedPattern?: Value<string>;
  /** The data type of the parameter, such as `text` or `aws:ec2:image` . The default is `text` . */
  readonly DataType?: Value<string>;
  /** Information about the parameter. */
  readonly Description?: Value<string>;
  /** The name of the parameter. */
  readonly Name?: Value<string>;
  /** Information about the policies assigned to a parameter. */
  readonly Policies?: Value<string>;
  /** Optional metadata that you assign to a resource in the form of an arbitrary set of tags (key-value pairs). Tags enable you to categorize a resource in different ways, such as by purpose, owner, or environment. For example, you might want... */
  readonly Tags?: MapOf<Value<string>>;
  /** The parameter tier. */
  readonly Tier?: Value<string>;
  /** The type of parameter. */
  readonly Type: Value<string>;
  /** The parameter value. */
  readonly Value: Value<string>;
}

/** The `AWS::SSM::PatchBaseline` resource defines the basic information for an AWS Systems Manager patch baseline. A patch baseline defines which patches are approved for installation on your instances. */
export interface PatchBaselineProps {
  /** A set of rules used to include patches in the baseline. */
  readonly ApprovalRules?: Value<PatchBaseline_RuleGroup>;
  /** A list of explicitly approved patches for the baseline. */
  readonly ApprovedPatches?: ListOf<Value<string>>;
  /** Defines the compliance level for approved patches. When an approved patch is reported as missing, this value describes the severity of the compliance violation. The default value is `UNSPECIFIED` . */
  readonly ApprovedPatchesComplianceLevel?: Value<string>;
  /** Indicates whether the list of approved patches includes non-security updates that should be applied to the managed nodes. The default value is `false` . Applies to Linux managed nodes only. */
  readonly ApprovedPatchesEnableNonSecurity?: Value<boolean>;
  /** Indicates the status you want to assign to security patches that are available but not approved because they don't meet the installation criteria specified in the patch baseline. */
  readonly AvailableSecurityUpdatesComplianceStatus?: Value<string>;
  /** Indicates whether this is the default baseline. AWS Systems Manager supports creating multiple default patch baselines. For example, you can create a default patch baseline for each operating system. */
  readonly DefaultBaseline?: Value<boolean>;
  /** A description of the patch baseline. */
  readonly Description?: Value<string>;
  /** A set of global filters used to include patches in the baseline. */
  readonly GlobalFilters?: Value<PatchBaseline_PatchFilterGroup>;
  /** The name of the patch baseline. */
  readonly Name: Value<string>;
  /** Defines the operating system the patch baseline applies to. The default value is `WINDOWS` . */
  readonly OperatingSystem?: Value<string>;
  /** The name of the patch group to be registered with the patch baseline. */
  readonly PatchGroups?: ListOf<Value<string>>;
  /** A list of explicitly rejected patches for the baseline. */
  readonly RejectedPatches?: ListOf<Value<string>>;
  /** The action for Patch Manager to take on patches included in the `RejectedPackages` list. */
  readonly RejectedPatchesAction?: Value<string>;
  /** Information about the patches to use to update the managed nodes, including target operating systems and source repositories. Applies to Linux managed nodes only. */
  readonly Sources?: ListOf<Value<PatchBaseline_PatchSource>>;
  /** Optional metadata that you assign to a resource. Tags enable you to categorize a resource in different ways, such as by purpose, owner, or environment. For example, you might want to tag a patch baseline to identify the severity level of... */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface PatchBaseline_PatchFilter {
  /** The key for the filter. */
  readonly Key?: Value<string>;
  /** The value for the filter key. */
  readonly Values?: ListOf<Value<string>>;
}

export interface PatchBaseline_PatchFilterGroup {
  /** The set of patch filters that make up the group. */
  readonly PatchFilters?: ListOf<Value<PatchBaseline_PatchFilter>>;
}

export interface PatchBaseline_PatchSource {
  /** The value of the repo configuration. */
  readonly Configuration?: Value<string>;
  /** The name specified to identify the patch source. */
  readonly Name?: Value<string>;
  /** The specific operating system versions a patch repository applies to, such as "Ubuntu16.04", "RedhatEnterpriseLinux7.2" or "Suse12.7". For lists of supported product values, see [PatchFilter](https://docs.aws.amazon.com/systems-manager/l... */
  readonly Products?: ListOf<Value<string>>;
}

export interface PatchBaseline_Rule {
  /** The number of days after the release date of each patch matched by the rule that the patch is marked as approved in the patch baseline. For example, a value of `7` means that patches are approved seven days after they are released. */
  readonly ApproveAfterDays?: Value<number>;
  /** The cutoff date for auto approval of released patches. Any patches released on or before this date are installed automatically. */
  readonly ApproveUntilDate?: Value<string>;
  /** A compliance severity level for all approved patches in a patch baseline. Valid compliance severity levels include the following: `UNSPECIFIED` , `CRITICAL` , `HIGH` , `MEDIUM` , `LOW` , and `INFORMATIONAL` . */
  readonly ComplianceLevel?: Value<string>;
  /** For managed nodes identified by the approval rule filters, enables a patch baseline to apply non-security updates available in the specified repository. The default value is `false` . Applies to Linux managed nodes only. */
  readonly EnableNonSecurity?: Value<boolean>;
  /** The patch filter group that defines the criteria for the rule. */
  readonly PatchFilterGroup?: Value<PatchBaseline_PatchFilterGroup>;
}

export interface PatchBaseline_RuleGroup {
  /** The rules that make up the rule group. */
  readonly PatchRules?: ListOf<Value<PatchBaseline_Rule>>;
}

/** The `AWS::SSM::ResourceDataSync` resource creates, updates, or deletes a resource data sync for AWS Systems Manager . A resource data sync helps you view data from multiple sources in a single location. Systems Manager offers two types o... */
export interface ResourceDataSyncProps {
  /** The name of the S3 bucket where the aggregated data is stored. */
  readonly BucketName?: Value<string>;
  /** An Amazon S3 prefix for the bucket. */
  readonly BucketPrefix?: Value<string>;
  /** The AWS Region with the S3 bucket targeted by the resource data sync. */
  readonly BucketRegion?: Value<string>;
  /** The Amazon Resource Name (ARN) of an encryption key for a destination in Amazon S3 . You can use a KMS key to encrypt inventory data in Amazon S3 . You must specify a key that exist in the same AWS Region as the destination Amazon S3 buc... */
  readonly KMSKeyArn?: Value<string>;
  /** Configuration information for the target S3 bucket. */
  readonly S3Destination?: Value<ResourceDataSync_S3Destination>;
  /** A supported sync format. The following format is currently supported: JsonSerDe */
  readonly SyncFormat?: Value<string>;
  /** A name for the resource data sync. */
  readonly SyncName: Value<string>;
  /** Information about the source where the data was synchronized. */
  readonly SyncSource?: Value<ResourceDataSync_SyncSource>;
  /** The type of resource data sync. If `SyncType` is `SyncToDestination` , then the resource data sync synchronizes data to an S3 bucket. If the `SyncType` is `SyncFromSource` then the resource data sync synchronizes data from AWS Organizati... */
  readonly SyncType?: Value<string>;
}

export interface ResourceDataSync_AwsOrganizationsSource {
  /** The AWS Organizations organization units included in the sync. */
  readonly OrganizationalUnits?: ListOf<Value<string>>;
  /** If an AWS organization is present, this is either `OrganizationalUnits` or `EntireOrganization` . For `OrganizationalUnits` , the data is aggregated from a set of organization units. For `EntireOrganization` , the data is aggregated from... */
  readonly OrganizationSourceType: Value<string>;
}

export interface ResourceDataSync_S3Destination {
  /** The name of the S3 bucket where the aggregated data is stored. */
  readonly BucketName: Value<string>;
  /** An Amazon S3 prefix for the bucket. */
  readonly BucketPrefix?: Value<string>;
  /** The AWS Region with the S3 bucket targeted by the resource data sync. */
  readonly BucketRegion: Value<string>;
  /** The ARN of an encryption key for a destination in Amazon S3. Must belong to the same Region as the destination S3 bucket. */
  readonly KMSKeyArn?: Value<string>;
  /** A supported sync format. The following format is currently supported: JsonSerDe */
  readonly SyncFormat: Value<string>;
}

export interface ResourceDataSync_SyncSource {
  /** Information about the AwsOrganizationsSource resource data sync source. A sync source of this type can synchronize data from AWS Organizations . */
  readonly AwsOrganizationsSource?: Value<ResourceDataSync_AwsOrganizationsSource>;
  /** Whether to automatically synchronize and aggregate data from new AWS Regions when those Regions come online. */
  readonly IncludeFutureRegions?: Value<boolean>;
  /** The `SyncSource` AWS Regions included in the resource data sync. */
  readonly SourceRegions: ListOf<Value<string>>;
  /** The type of data source for the resource data sync. `SourceType` is either `AwsOrganizations` (if an organization is present in AWS Organizations ) or `SingleAccountMultiRegions` . */
  readonly SourceType: Value<string>;
}

/** Creates or updates a Systems Manager resource policy. A resource policy helps you to define the IAM entity (for example, an AWS account ) that can manage your Systems Manager resources. Currently, `OpsItemGroup` is the only resource that... */
export interface ResourcePolicyProps {
  /** A policy you want to associate with a resource. */
  readonly Policy: Value<Json> | Value<string>;
  /** The Amazon Resource Name (ARN) of the resource to which you want to attach a policy. */
  readonly ResourceArn: Value<string>;
}

/** Resource Type definition for AWS::SSM::ServiceSetting. ServiceSetting is an account-level setting for an AWS service that defines how a user interacts with or uses a service or feature. */
export interface ServiceSettingProps {
  /** The ID of the service setting, such as /ssm/parameter-store/high-throughput-enabled. */
  readonly SettingId: Value<string>;
  /** The value of the service setting. */
  readonly SettingValue: Value<string>;
}
