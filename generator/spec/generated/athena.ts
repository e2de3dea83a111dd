// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Athena::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Tag } from '../values.js';

/** Specifies a capacity reservation with the provided name and number of requested data processing units. */
export interface CapacityReservationProps {
  /** Assigns Athena workgroups (and hence their queries) to capacity reservations. A capacity reservation can have only one capacity assignment configuration, but the capacity assignment configuration can be made up of multiple individual ass... */
  readonly CapacityAssignmentConfiguration?: Value<CapacityReservation_CapacityAssignmentConfiguration>;
  /** The name of the capacity reservation. */
  readonly Name: Value<string>;
  /** An array of key-value pairs to apply to the capacity reservation. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The number of data processing units requested. */
  readonly TargetDpus: Value<number>;
}

export interface CapacityReservation_CapacityAssignment {
  /** The list of workgroup names for the capacity assignment. */
  readonly WorkgroupNames: ListOf<Value<string>>;
}

export interface CapacityReservation_CapacityAssignmentConfiguration {
  /** The list of assignments that make up the capacity assignment configuration. */
  readonly CapacityAssignments: ListOf<Value<CapacityReservation_CapacityAssignment>>;
}

/** The AWS::Athena::DataCatalog resource specifies an Amazon Athena data catalog, which contains a name, description, type, parameters, and tags. For more information, see [DataCatalog](https://docs.aws.amazon.com/athena/latest/APIReference... */
export interface DataCatalogProps {
  /** The type of connection for a `FEDERATED` data catalog (for example, `REDSHIFT` , `MYSQL` , or `SQLSERVER` ). For information about individual connectors, see [Available data source connectors](https://docs.aws.amazon.com/athena/latest/ug... */
  readonly ConnectionType?: Value<string>;
  /** A description of the data catalog. */
  readonly Description?: Value<string>;
  /** Text of the error that occurred during data catalog creation or deletion. */
  readonly Error?: Value<string>;
  /** The name of the data catalog. The catalog name must be unique for the AWS account and can use a maximum of 128 alphanumeric, underscore, at sign, or hyphen characters. */
  readonly Name: Value<string>;
  /** Specifies the Lambda function or functions to use for creating the data catalog. This is a mapping whose values depend on the catalog type. */
  readonly Parameters?: MapOf<Value<string>>;
  /** The status of the creation or deletion of the data catalog. */
  readonly Status?: Value<string>;
  /** The tags (key-value pairs) to associate with this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of data catalog: `LAMBDA` for a federated catalog, `GLUE` for AWS Glue Catalog, or `HIVE` for an external hive metastore. */
  readonly Type: Value<string>;
}

/** The `AWS::Athena::NamedQuery` resource specifies an Amazon Athena saved query, where `QueryString` contains the SQL query statements that make up the query. */
export interface NamedQueryProps {
  /** The database to which the query belongs. */
  readonly Database: Value<string>;
  /** The query description. */
  readonly Description?: Value<string>;
  /** The query name. */
  readonly Name?: Value<string>;
  /** The SQL statements that make up the query. */
  readonly QueryString: Value<string>;
  /** The name of the workgroup that contains the named query. */
  readonly WorkGroup?: Value<string>;
}

/** Specifies a prepared statement for use with SQL queries in Athena. */
export interface PreparedStatementProps {
  /** The description of the prepared statement. */
  readonly Description?: Value<string>;
  /** The query string for the prepared statement. */
  readonly QueryStatement: Value<string>;
  /** The name of the prepared statement. */
  readonly StatementName: Value<string>;
  /** The workgroup to which the prepared statement belongs. */
  readonly WorkGroup: Value<string>;
}

/** The AWS::Athena::WorkGroup resource specifies an Amazon Athena workgroup, which contains a name, description, creation time, state, and other configuration, listed under `WorkGroupConfiguration` . Each workgroup enables you to isolate qu... */
export interface WorkGroupProps {
  /** The workgroup description. */
  readonly Description?: Value<string>;
  /** The workgroup name. */
  readonly Name: Value<string>;
  /** The option to delete a workgroup and its contents even if the workgroup contains any named queries. The default is false. */
  readonly RecursiveDeleteOption?: Value<boolean>;
  /** The state of the workgroup: ENABLED or DISABLED. */
  readonly State?: Value<string>;
  /** The tags (key-value pairs) to associate with this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The configuration of the workgroup, which includes the location in Amazon S3 where query results are stored, the encryption option, if any, used for query results, whether Amazon CloudWatch Metrics are enabled for the workgroup, and the... */
  readonly WorkGroupConfiguration?: Value<WorkGroup_WorkGroupConfiguration>;
  /** The configuration information that will be updated for this workgroup, which includes the location in Amazon S3 where query results are stored, the encryption option, if any, used for query results, whether the Amazon CloudWatch Metrics... */
  readonly WorkGroupConfigurationUpdates?: Value<WorkGroup_WorkGroupConfigurationUpdates>;
}

export interface WorkGroup_AclConfiguration {
  /** The Amazon S3 canned ACL that Athena should specify when storing query results, including data files inserted by Athena as the result of statements like CTAS or INSERT INTO. Currently the only supported canned ACL is `BUCKET_OWNER_FULL_C... */
  readonly S3AclOption: Value<string>;
}

export interface WorkGroup_Classification {
  /** The name of the configuration classification. */
  readonly Name?: Value<string>;
  /** A set of properties specified within a configuration classification. */
  readonly Properties?: MapOf<Value<string>>;
}

export interface WorkGroup_CloudWatchLoggingConfiguration {
  /** Enables CloudWatch logging. */
  readonly Enabled?: Value<boolean>;
  /** The name of the log group in Amazon CloudWatch Logs where you want to publish your logs. */
  readonly LogGroup?: Value<string>;
  /** Prefix for the CloudWatch log stream name. */
  readonly LogStreamNamePrefix?: Value<string>;
  /** The types of logs that you want to publish to CloudWatch. */
  readonly LogTypes?: MapOf<ListOf<Value<string>>>;
}

export interface WorkGroup_CustomerContentEncryptionConfiguration {
  /** The customer managed KMS key that is used to encrypt the user's data stores in Athena. */
  readonly KmsKey: Value<string>;
}

export interface WorkGroup_EncryptionConfiguration {
  /** Indicates whether Amazon S3 server-side encryption with Amazon S3-managed keys ( `SSE_S3` ), server-side encryption with KMS-managed keys ( `SSE_KMS` ), or client-side encryption with KMS-managed keys ( `CSE_KMS` ) is used. */
  readonly EncryptionOption: Value<string>;
  /** For `SSE_KMS` and `CSE_KMS` , this is the KMS key ARN or ID. */
  readonly KmsKey?: Value<string>;
}

export interface WorkGroup_EngineConfiguration {
  /** Contains additional notebook engine `MAP<string, string>` parameter mappings in the form of key-value pairs. To specify an Athena notebook that the Jupyter server will download and serve, specify a value for the `StartSessionRequest$Note... */
  readonly AdditionalConfigs?: MapOf<Value<string>>;
  /** The configuration classifications that can be specified for the engine. */
  readonly Classifications?: ListOf<Value<WorkGroup_Classification>>;
  /** The number of DPUs to use for the coordinator. A coordinator is a special executor that orchestrates processing work and manages other executors in a notebook session. The default is 1. */
  readonly CoordinatorDpuSize?: Value<number>;
  /** The default number of DPUs to use for executors. An executor is the smallest unit of compute that a notebook session can request from Athena. The default is 1. */
  readonly DefaultExecutorDpuSize?: Value<number>;
  /** The maximum number of DPUs that can run concurrently. */
  readonly MaxConcurrentDpus?: Value<number>;
  /** Specifies custom jar files and Spark properties for use cases like cluster encryption, table formats, and general Spark tuning. */
  readonly SparkProperties?: MapOf<Value<string>>;
}

export interface WorkGroup_EngineVersion {
  /** Read only. The engine version on which the query runs. If the user requests a valid engine version other than Auto, the effective engine version is the same as the engine version that the user requested. If the user requests Auto, the ef... */
  readonly EffectiveEngineVersion?: Value<string>;
  /** The engine version requested by the user. Possible values are determined by the output of `ListEngineVersions` , including AUTO. The default is AUTO. */
  readonly SelectedEngineVersion?: Value<string>;
}

export interface WorkGroup_ManagedLoggingConfiguration {
  /** Enables mamanged log persistence. */
  readonly Enabled?: Value<boolean>;
  /** The KMS key ARN to encrypt the logs stored in managed log persistence. */
  readonly KmsKey?: Value<string>;
}

export interface WorkGroup_ManagedQueryResultsConfiguration {
  /** If set to true, allows you to store query results in Athena owned storage. If set to false, workgroup member stores query results in location specified under `ResultConfiguration$OutputLocation` . The default is false. A workgroup cannot... */
  readonly Enabled?: Value<boolean>;
  /** If you encrypt query and calculation results in Athena owned storage, this field indicates the encryption option (for example, SSE_KMS or CSE_KMS) and key information. */
  readonly EncryptionConfiguration?: Value<WorkGroup_ManagedStorageEncryptionConfiguration>;
}

export interface WorkGroup_ManagedStorageEncryptionConfiguration {
  /** For SSE-KMS and CSE-KMS, this is the KMS key ARN or ID. */
  readonly KmsKey?: Value<string>;
}

export interface WorkGroup_MonitoringConfiguration {
  /** Configuration settings for delivering logs to Amazon CloudWatch log groups. */
  readonly CloudWatchLoggingConfiguration?: Value<WorkGroup_CloudWatchLoggingConfiguration>;
  /** Configuration settings for managed log persistence. */
  readonly ManagedLoggingConfiguration?: Value<WorkGroup_ManagedLoggingConfiguration>;
  /** Configuration settings for delivering logs to Amazon S3 buckets. */
  readonly S3LoggingConfiguration?: Value<WorkGroup_S3LoggingConfiguration>;
}

export interface WorkGroup_ResultConfiguration {
  /** Indicates that an Amazon S3 canned ACL should be set to control ownership of stored query results. Currently the only supported canned ACL is `BUCKET_OWNER_FULL_CONTROL` . This is a client-side setting. If workgroup settings override cli... */
  readonly AclConfiguration?: Value<WorkGroup_AclConfiguration>;
  /** If query results are encrypted in Amazon S3, indicates the encryption option used (for example, `SSE_KMS` or `CSE_KMS` ) and key information. This is a client-side setting. If workgroup settings override client-side settings, then the qu... */
  readonly EncryptionConfiguration?: Value<WorkGroup_EncryptionConfiguration>;
  /** The account ID that you expect to be the owner of the Amazon S3 bucket specified by `ResultConfiguration:OutputLocation` . If set, Athena uses the value for `ExpectedBucketOwner` when it makes Amazon S3 calls to your specified output loc... */
  readonly ExpectedBucketOwner?: Value<string>;
  /** The location in Amazon S3 where your query results are stored, such as `s3://path/to/query/bucket/` . To run a query, you must specify the query results location using either a client-side setting for individual queries or a location spe... */
  readonly OutputLocation?: Value<string>;
}

export interface WorkGroup_ResultConfigurationUpdates {
  /** The ACL configuration for the query results. */
  readonly AclConfiguration?: Value<WorkGroup_AclConfiguration>;
  /** The encryption configuration for the query results. */
  readonly EncryptionConfiguration?: Value<WorkGroup_EncryptionConfiguration>;
  /** The AWS account ID that you expect to be the owner of the Amazon S3 bucket specified by [](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-resultconfiguration.html#cfn-athena-workgro... */
  readonly ExpectedBucketOwner?: Value<string>;
  /** The location in Amazon S3 where your query results are stored, such as `s3://path/to/query/bucket/` . For more information, see [Query Results](https://docs.aws.amazon.com/athena/latest/ug/querying.html) If workgroup settings override cl... */
  readonly OutputLocation?: Value<string>;
  /** If set to `true` , indicates that the previously-specified ACL configuration for queries in this workgroup should be ignored and set to null. If set to `false` or not set, and a value is present in the `AclConfiguration` of `ResultConfig... */
  readonly RemoveAclConfiguration?: Value<boolean>;
  /** If set to "true", indicates that the previously-specified encryption configuration (also known as the client-side setting) for queries in this workgroup should be ignored and set to null. If set to "false" or not set, and a value is pres... */
  readonly RemoveEncryptionConfiguration?: Value<boolean>;
  /** If set to "true", removes the AWS account ID previously specified for [](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-resultconfiguration.html#cfn-athena-workgroup-resultconfigura... */
  readonly RemoveExpectedBucketOwner?: Value<boolean>;
  /** If set to "true", indicates that the previously-specified query results location (also known as a client-side setting) for queries in this workgroup should be ignored and set to null. If set to "false" or not set, and a value is present... */
  readonly RemoveOutputLocation?: Value<boolean>;
}

export interface WorkGroup_S3LoggingConfiguration {
  /** Enables S3 log delivery. */
  readonly Enabled?: Value<boolean>;
  /** The KMS key ARN to encrypt the logs published to the given Amazon S3 destination. */
  readonly KmsKey?: Value<string>;
  /** The Amazon S3 destination URI for log publishing. */
  readonly LogLocation?: Value<string>;
}

export interface WorkGroup_WorkGroupConfiguration {
  /** Specifies a user defined JSON string that is passed to the session engine. */
  readonly AdditionalConfiguration?: Value<string>;
  /** The upper limit (cutoff) for the amount of bytes a single query in a workgroup is allowed to scan. No default is defined. */
  readonly BytesScannedCutoffPerQuery?: Value<number>;
  /** Specifies the KMS key that is used to encrypt the user's data stores in Athena. This setting does not apply to Athena SQL workgroups. */
  readonly CustomerContentEncryptionConfiguration?: Value<WorkGroup_CustomerContentEncryptionConfiguration>;
  /** If set to "true", the settings for the workgroup override client-side settings. If set to "false", client-side settings are used. For more information, see [Override client-side settings](https://docs.aws.amazon.com/athena/latest/ug/work... */
  readonly EnforceWorkGroupConfiguration?: Value<boolean>;
  /** The engine configuration for running queries. */
  readonly EngineConfiguration?: Value<WorkGroup_EngineConfiguration>;
  /** The engine version that all queries running on the workgroup use. */
  readonly EngineVersion?: Value<WorkGroup_EngineVersion>;
  /** Role used to access user resources in an Athena for Apache Spark session. This property applies only to Spark-enabled workgroups in Athena. */
  readonly ExecutionRole?: Value<string>;
  /** The configuration for storing results in Athena owned storage, which includes whether this feature is enabled; whether encryption configuration, if any, is used for encrypting query results. */
  readonly ManagedQueryResultsConfiguration?: Value<WorkGroup_ManagedQueryResultsConfiguration>;
  /** Contains the configuration settings for managed log persistence, delivering logs to Amazon S3 buckets, Amazon CloudWatch log groups etc. */
  readonly MonitoringConfiguration?: Value<WorkGroup_MonitoringConfiguration>;
  /** Indicates that the Amazon CloudWatch metrics are enabled for the workgroup. */
  readonly PublishCloudWatchMetricsEnabled?: Value<boolean>;
  /** If set to `true` , allows members assigned to a workgroup to reference Amazon S3 Requester Pays buckets in queries. If set to `false` , workgroup members cannot query data from Requester Pays buckets, and queries that retrieve data from... */
  readonly RequesterPaysEnabled?: Value<boolean>;
  /** Specifies the location in Amazon S3 where query results are stored and the encryption option, if any, used for query results. For more information, see [Work with query results and recent queries](https://docs.aws.amazon.com/athena/lates... */
  readonly ResultConfiguration?: Value<WorkGroup_ResultConfiguration>;
}

export interface WorkGroup_WorkGroupConfigurationUpdates {
  /** Additional Configuration that are passed to Athena Spark Calculations running in this workgroup */
  readonly AdditionalConfiguration?: Value<string>;
  /** The upper data usage limit (cutoff) for the amount of bytes a single query in a workgroup is allowed to scan. */
  readonly BytesScannedCutoffPerQuery?: Value<number>;
  /** Indicates the KMS key for encrypting notebook content. */
  readonly CustomerContentEncryptionConfiguration?: Value<WorkGroup_CustomerContentEncryptionConfiguration>;
  /** If set to "true", the settings for the workgroup override client-side settings. If set to "false", client-side settings are used */
  readonly EnforceWorkGroupConfiguration?: Value<boolean>;
  /** The engine configuration for running queries. */
  readonly EngineConfiguration?: Value<WorkGroup_EngineConfiguration>;
  /** The Athena engine version for running queries. */
  readonly EngineVersion?: Value<WorkGroup_EngineVersion>;
  /** The ARN of the execution role used to access user resources for Spark sessions and Identity Center enabled workgroups. This property applies only to Spark enabled workgroups and Identity Center enabled workgroups. */
  readonly ExecutionRole?: Value<string>;
  /** The configuration for the managed query results and encryption option. ResultConfiguration and ManagedQueryResultsConfiguration cannot be set at the same time */
  readonly ManagedQueryResultsConfiguration?: Value<WorkGroup_ManagedQueryResultsConfiguration>;
  /** Contains the configuration settings for managed log persistence, delivering logs to Amazon S3 buckets, Amazon CloudWatch log groups etc. */
  readonly MonitoringConfiguration?: Value<WorkGroup_MonitoringConfiguration>;
  /** Indicates that the Amazon CloudWatch metrics are enabled for the workgroup. */
  readonly PublishCloudWatchMetricsEnabled?: Value<boolean>;
  /** Indicates that the data usage control limit per query is removed. */
  readonly RemoveBytesScannedCutoffPerQuery?: Value<boolean>;
  readonly RemoveCustomerContentEncryptionConfiguration?: Value<boolean>;
  /** If set to true, allows members assigned to a workgroup to reference Amazon S3 Requester Pays buckets in queries. If set to false, workgroup members cannot query data from Requester Pays buckets, and queries that retrieve data from Reques... */
  readonly RequesterPaysEnabled?: Value<boolean>;
  /** The result configuration information about the queries in this workgroup that will be updated. Includes the updated results location and an updated option for encrypting query results. */
  readonly ResultConfigurationUpdates?: Value<WorkGroup_ResultConfigurationUpdates>;
}
