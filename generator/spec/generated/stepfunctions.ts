// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::StepFunctions::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json } from '../values.js';

/** An activity is a task that you write in any programming language and host on any machine that has access to AWS Step Functions . Activities must poll Step Functions using the `GetActivityTask` API action and respond using `SendTask*` API... */
export interface ActivityProps {
  /** Encryption configuration for the activity. */
  readonly EncryptionConfiguration?: Value<Activity_EncryptionConfiguration>;
  /** The name of the activity. */
  readonly Name: Value<string>;
  /** The list of tags to add to a resource. */
  readonly Tags?: ListOf<Value<Activity_TagsEntry>>;
}

export interface Activity_EncryptionConfiguration {
  /** Maximum duration that Step Functions will reuse data keys. When the period expires, Step Functions will call `GenerateDataKey` . Only applies to customer managed keys. */
  readonly KmsDataKeyReusePeriodSeconds?: Value<number>;
  /** An alias, alias ARN, key ID, or key ARN of a symmetric encryption AWS key to encrypt data. To specify a AWS key in a different AWS account, you must use the key ARN or alias ARN. */
  readonly KmsKeyId?: Value<string>;
  /** Encryption option for an activity. */
  readonly Type: Value<string>;
}

export interface Activity_TagsEntry {
  /** The `key` for a key-value pair in a tag entry. */
  readonly Key: Value<string>;
  /** The `value` for a key-value pair in a tag entry. */
  readonly Value: Value<string>;
}

/** Provisions a state machine. A state machine consists of a collection of states that can do work ( `Task` states), determine to which states to transition next ( `Choice` states), stop an execution with an error ( `Fail` states), and so o... */
export interface StateMachineProps {
  /** The Amazon States Language definition of the state machine. The state machine definition must be in JSON or YAML, and the format of the object must match the format of your CloudFormation template file. See [Amazon States Language](https... */
  readonly Definition?: Value<Json>;
  /** The name of the S3 bucket where the state machine definition is stored. The state machine definition must be a JSON or YAML file. */
  readonly DefinitionS3Location?: Value<StateMachine_S3Location>;
  /** The Amazon States Language definition of the state machine. The state machine definition must be in JSON. See [Amazon States Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html) . */
  readonly DefinitionString?: Value<string>;
  /** A map (string to string) that specifies the mappings for placeholder variables in the state machine definition. This enables the customer to inject values obtained at runtime, for example from intrinsic functions, in the state machine de... */
  readonly DefinitionSubstitutions?: MapOf<Value<string> | Value<number> | Value<boolean>>;
  /** Encryption configuration for the state machine. */
  readonly EncryptionConfiguration?: Value<StateMachine_EncryptionConfiguration>;
  /** Defines what execution history events are logged and where they are logged. */
  readonly LoggingConfiguration?: Value<StateMachine_LoggingConfiguration>;
  /** The Amazon Resource Name (ARN) of the IAM role to use for this state machine. */
  readonly RoleArn: Value<string>;
  /** The name of the state machine. */
  readonly StateMachineName?: Value<string>;
  /** Determines whether a `STANDARD` or `EXPRESS` state machine is created. The default is `STANDARD` . You cannot update the `type` of a state machine once it has been created. For more information on `STANDARD` and `EXPRESS` workflows, see... */
  readonly StateMachineType?: Value<string>;
  /** The list of tags to add to a resource. */
  readonly Tags?: ListOf<Value<StateMachine_TagsEntry>>;
  /** Selects whether or not the state machine's AWS X-Ray tracing is enabled. */
  readonly TracingConfiguration?: Value<StateMachine_TracingConfiguration>;
}

export interface StateMachine_CloudWatchLogsLogGroup {
  /** The ARN of the the CloudWatch log group to which you want your logs emitted to. The ARN must end with `:*` */
  readonly LogGroupArn?: Value<string>;
}

export interface StateMachine_EncryptionConfiguration {
  /** Maximum duration that Step Functions will reuse data keys. When the period expires, Step Functions will call `GenerateDataKey` . Only applies to customer managed keys. */
  readonly KmsDataKeyReusePeriodSeconds?: Value<number>;
  /** An alias, alias ARN, key ID, or key ARN of a symmetric encryption AWS key to encrypt data. To specify a AWS key in a different AWS account, you must use the key ARN or alias ARN. */
  readonly KmsKeyId?: Value<string>;
  /** Encryption option for a state machine. */
  readonly Type: Value<string>;
}

export interface StateMachine_LogDestination {
  /** An object describing a CloudWatch log group. For more information, see [AWS::Logs::LogGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html) in the CloudFormation User Guide. */
  readonly CloudWatchLogsLogGroup?: Value<StateMachine_CloudWatchLogsLogGroup>;
}

export interface StateMachine_LoggingConfiguration {
  /** An array of objects that describes where your execution history events will be logged. Limited to size 1. Required, if your log level is not set to `OFF` . */
  readonly Destinations?: ListOf<Value<StateMachine_LogDestination>>;
  /** Determines whether execution data is included in your log. When set to `false` , data is excluded. */
  readonly IncludeExecutionData?: Value<boolean>;
  /** Defines which category of execution history events are logged. */
  readonly Level?: Value<string>;
}

export interface StateMachine_S3Location {
  /** The name of the S3 bucket where the state machine definition JSON or YAML file is stored. */
  readonly Bucket: Value<string>;
  /** The name of the state machine definition file (Amazon S3 object name). */
  readonly Key: Value<string>;
  /** For versioning-enabled buckets, a specific version of the state machine definition. */
  readonly Version?: Value<string>;
}

export interface StateMachine_TagsEntry {
  /** The `key` for a key-value pair in a tag entry. */
  readonly Key: Value<string>;
  /** The `value` for a key-value pair in a tag entry. */
  readonly Value: Value<string>;
}

export interface StateMachine_TracingConfiguration {
  /** When set to `true` , X-Ray tracing is enabled. */
  readonly Enabled?: Value<boolean>;
}

/** Represents a state machine [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html) . An alias routes traffic to one or two versions of the same state machine. */
export interface StateMachineAliasProps {
  /** The settings that enable gradual state machine deployments. These settings include [Alarms](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachinealias-deploymentpreference.html#cfn-stepf... */
  readonly DeploymentPreference?: Value<StateMachineAlias_DeploymentPreference>;
  /** An optional description of the state machine alias. */
  readonly Description?: Value<string>;
  /** The name of the state machine alias. If you don't provide a name, it uses an automatically generated name based on the logical ID. */
  readonly Name?: Value<string>;
  /** The routing configuration of an alias. Routing configuration splits [StartExecution](https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html) requests between one or two versions of the same state machine. */
  readonly RoutingConfiguration?: ListOf<Value<StateMachineAlias_RoutingConfigurationVersion>>;
  readonly StateMachineArn?: Value<string>;
}

export interface StateMachineAlias_DeploymentPreference {
  /** A list of Amazon CloudWatch alarm names to be monitored during the deployment. The deployment fails and rolls back if any of these alarms go into the `ALARM` state. */
  readonly Alarms?: ListOf<Value<string>>;
  /** The time in minutes between each traffic shifting increment. */
  readonly Interval?: Value<number>;
  /** The percentage of traffic to shift to the new version in each increment. */
  readonly Percentage?: Value<number>;
  /** The Amazon Resource Name (ARN) of the [`AWS::StepFunctions::StateMachineVersion`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachineversion.html) resource that will be the final version... */
  readonly StateMachineVersionArn: Value<string>;
  /** The type of deployment you want to perform. You can specify one of the following types: */
  readonly Type: Value<string>;
}

export interface StateMachineAlias_RoutingConfigurationVersion {
  /** The Amazon Resource Name (ARN) that identifies one or two state machine versions defined in the routing configuration. */
  readonly StateMachineVersionArn: Value<string>;
  /** The percentage of traffic you want to route to the state machine version. The sum of the weights in the routing configuration must be equal to 100. */
  readonly Weight: Value<number>;
}

/** Represents a state machine [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html) . A published version uses the latest state machine [*revision*](https://docs.aws.amazon.com/step-functions/la... */
export interface StateMachineVersionProps {
  /** An optional description of the state machine version. */
  readonly Description?: Value<string>;
  /** The Amazon Resource Name (ARN) of the state machine. */
  readonly StateMachineArn: Value<string>;
  /** Identifier for a state machine revision, which is an immutable, read-only snapshot of a state machine’s definition and configuration. */
  readonly StateMachineRevisionId?: Value<string>;
}
