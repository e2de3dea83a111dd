// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::DynamoDB::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::DynamoDB::GlobalTable` resource enables you to create and manage a Version 2019.11.21 global table. This resource cannot be used to create or manage a Version 2017.11.29 global table. For more information, see [Global tables](h... */
export interface GlobalTableProps {
  /** A list of attributes that describe the key schema for the global table and indexes. */
  readonly AttributeDefinitions?: ListOf<Value<GlobalTable_AttributeDefinition>>;
  /** Specifies how you are charged for read and write throughput and how you manage capacity. Valid values are: */
  readonly BillingMode?: Value<string>;
  /** Global secondary indexes to be created on the global table. You can create up to 20 global secondary indexes. Each replica in your global table will have the same global secondary index settings. You can only create or delete one global... */
  readonly GlobalSecondaryIndexes?: ListOf<Value<GlobalTable_GlobalSecondaryIndex>>;
  readonly GlobalTableSourceArn?: Value<string>;
  /** The list of witnesses of the MRSC global table. Only one witness Region can be configured per MRSC global table. */
  readonly GlobalTableWitnesses?: ListOf<Value<GlobalTable_GlobalTableWitness>>;
  /** Specifies the attributes that make up the primary key for the table. The attributes in the `KeySchema` property must also be defined in the `AttributeDefinitions` property. */
  readonly KeySchema?: ListOf<Value<GlobalTable_KeySchema>>;
  /** Local secondary indexes to be created on the table. You can create up to five local secondary indexes. Each index is scoped to a given hash key value. The size of each hash key can be up to 10 gigabytes. Each replica in your global table... */
  readonly LocalSecondaryIndexes?: ListOf<Value<GlobalTable_LocalSecondaryIndex>>;
  /** Specifies the consistency mode for a new global table. */
  readonly MultiRegionConsistency?: Value<string>;
  readonly ReadOnDemandThroughputSettings?: Value<GlobalTable_ReadOnDemandThroughputSettings>;
  readonly ReadProvisionedThroughputSettings?: Value<GlobalTable_GlobalReadProvisionedThroughputSettings>;
  /** Specifies the list of replicas for your global table. The list must contain at least one element, the region where the stack defining the global table is deployed. For example, if you define your table in a stack deployed to us-east-1, y... */
  readonly Replicas: ListOf<Value<GlobalTable_ReplicaSpecification>>;
  /** Specifies the settings to enable server-side encryption. These settings will be applied to all replicas. If you plan to use customer-managed KMS keys, you must provide a key for each replica using the `ReplicaSpecification.ReplicaSSESpec... */
  readonly SSESpecification?: Value<GlobalTable_SSESpecification>;
  /** Specifies the streams settings on your global table. You must provide a value for this property if your global table contains more than one replica. You can only change the streams settings if your global table has only one replica. For... */
  readonly StreamSpecification?: Value<GlobalTable_StreamSpecification>;
  /** A name for the global table. If you don't specify a name, AWS CloudFormation generates a unique ID and uses that ID as the table name. For more information, see [Name type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/a... */
  readonly TableName?: Value<string>;
  /** Specifies the time to live (TTL) settings for the table. This setting will be applied to all replicas. */
  readonly TimeToLiveSpecification?: Value<GlobalTable_TimeToLiveSpecification>;
  readonly VectorIndexes?: ListOf<Value<GlobalTable_VectorIndex>>;
  /** Provides visibility into the number of read and write operations your table or secondary index can instantaneously support. The settings can be modified using the `UpdateTable` operation to meet the throughput requirements of an upcoming... */
  readonly WarmThroughput?: Value<GlobalTable_WarmThroughput>;
  /** Sets the write request settings for a global table or a global secondary index. You can only specify this setting if your resource uses the `PAY_PER_REQUEST` `BillingMode` . */
  readonly WriteOnDemandThroughputSettings?: Value<GlobalTable_WriteOnDemandThroughputSettings>;
  /** Specifies an auto scaling policy for write capacity. This policy will be applied to all replicas. This setting must be specified if `BillingMode` is set to `PROVISIONED` . */
  readonly WriteProvisionedThroughputSettings?: Value<GlobalTable_WriteProvisionedThroughputSettings>;
}

export interface GlobalTable_AttributeDefinition {
  /** A name for the attribute. */
  readonly AttributeName: Value<string>;
  /** The data type for the attribute, where: */
  readonly AttributeType: Value<string>;
}

export interface GlobalTable_CapacityAutoScalingSettings {
  /** The maximum provisioned capacity units for the global table. */
  readonly MaxCapacity: Value<number>;
  /** The minimum provisioned capacity units for the global table. */
  readonly MinCapacity: Value<number>;
  /** When switching billing mode from `PAY_PER_REQUEST` to `PROVISIONED` , DynamoDB requires you to specify read and write capacity unit values for the table and for each global secondary index. These values will be applied to all replicas. T... */
  readonly SeedCapacity?: Value<number>;
  /** Defines a target tracking scaling policy. */
  readonly TargetTrackingScalingPolicyConfiguration: Value<GlobalTable_TargetTrackingScalingPolicyConfiguration>;
}

export interface GlobalTable_ContributorInsightsSpecification {
  /** Indicates whether CloudWatch Contributor Insights are to be enabled (true) or disabled (false). */
  readonly Enabled: Value<boolean>;
  /** Specifies the CloudWatch Contributor Insights mode for a global table. Valid values are `ACCESSED_AND_THROTTLED_KEYS` (tracks all access and throttled events) or `THROTTLED_KEYS` (tracks only throttled events). This setting determines wh... */
  readonly Mode?: Value<string>;
}

export interface GlobalTable_GlobalReadProvisionedThroughputSettings {
  readonly ReadCapacityUnits?: Value<number>;
}

export interface GlobalTable_GlobalSecondaryIndex {
  /** The name of the global secondary index. The name must be unique among all other indexes on this table. */
  readonly IndexName: Value<string>;
  /** The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types: */
  readonly KeySchema: ListOf<Value<GlobalTable_KeySchema>>;
  /** Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. */
  readonly Projection: Value<GlobalTable_Projection>;
  readonly ReadOnDemandThroughputSettings?: Value<GlobalTable_ReadOnDemandThroughputSettings>;
  readonly ReadProvisionedThroughputSettings?: Value<GlobalTable_GlobalReadProvisionedThroughputSettings>;
  /** Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify `ReadUnitsPerSecond` , `WriteUnitsPerSecond` , or both. */
  readonly WarmThroughput?: Value<GlobalTable_WarmThroughput>;
  /** Sets the write request settings for a global table or a global secondary index. You can only specify this setting if your resource uses the `PAY_PER_REQUEST` `BillingMode` . */
  readonly WriteOnDemandThroughputSettings?: Value<GlobalTable_WriteOnDemandThroughputSettings>;
  /** Defines write capacity settings for the global secondary index. You must specify a value for this property if the table's `BillingMode` is `PROVISIONED` . All replicas will have the same write capacity settings for this global secondary... */
  readonly WriteProvisionedThroughputSettings?: Value<GlobalTable_WriteProvisionedThroughputSettings>;
}

export interface GlobalTable_GlobalTableWitness {
  /** The name of the AWS Region that serves as a witness for the MRSC global table. */
  readonly Region?: Value<string>;
}

export interface GlobalTable_KeySchema {
  /** The name of a key attribute. */
  readonly AttributeName: Value<string>;
  /** The role that this key attribute will assume: */
  readonly KeyType: Value<string>;
}

export interface GlobalTable_KinesisStreamSpecification {
  /** The precision for the time and date that the stream was created. */
  readonly ApproximateCreationDateTimePrecision?: Value<string>;
  /** The ARN for a specific Kinesis data stream. */
  readonly StreamArn: Value<string>;
}

export interface GlobalTable_LocalSecondaryIndex {
  /** The name of the local secondary index. The name must be unique among all other indexes on this table. */
  readonly IndexName: Value<string>;
  /** The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types: */
  readonly KeySchema: ListOf<Value<GlobalTable_KeySchema>>;
  /** Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. */
  readonly Projection: Value<GlobalTable_Projection>;
}

export interface GlobalTable_PointInTimeRecoverySpecification {
  /** Indicates whether point in time recovery is enabled (true) or disabled (false) on the table. */
  readonly PointInTimeRecoveryEnabled?: Value<boolean>;
  /** The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional. If no value is provided,... */
  readonly RecoveryPeriodInDays?: Value<number>;
}

export interface GlobalTable_Projection {
  /** Represents the non-key attribute names which will be projected into the index. */
  readonly NonKeyAttributes?: ListOf<Value<string>>;
  /** The set of attributes that are projected into the index: */
  readonly ProjectionType?: Value<string>;
}

export interface GlobalTable_ReadOnDemandThroughputSettings {
  /** Maximum number of read request units for the specified replica of a global table. */
  readonly MaxReadRequestUnits?: Value<number>;
}

export interface GlobalTable_ReadProvisionedThroughputSettings {
  /** Specifies auto scaling settings for the replica table or global secondary index. */
  readonly ReadCapacityAutoScalingSettings?: Value<GlobalTable_CapacityAutoScalingSettings>;
  /** Specifies a fixed read capacity for the replica table or global secondary index. */
  readonly ReadCapacityUnits?: Value<number>;
}

export interface GlobalTable_ReplicaGlobalSecondaryIndexSpecification {
  /** Updates the status for contributor insights for a specific table or index. CloudWatch Contributor Insights for DynamoDB graphs display the partition key and (if applicable) sort key of frequently accessed items and frequently throttled i... */
  readonly ContributorInsightsSpecification?: Value<GlobalTable_ContributorInsightsSpecification>;
  /** The name of the global secondary index. The name must be unique among all other indexes on this table. */
  readonly IndexName: Value<string>;
  /** Sets the read request settings for a replica global secondary index. You can only specify this setting if your resource uses the `PAY_PER_REQUEST` `BillingMode` . */
  readonly ReadOnDemandThroughputSettings?: Value<GlobalTable_ReadOnDemandThroughputSettings>;
  /** Allows you to specify the read capacity settings for a replica global secondary index when the `BillingMode` is set to `PROVISIONED` . */
  readonly ReadProvisionedThroughputSettings?: Value<GlobalTable_ReadProvisionedThroughputSettings>;
}

export interface GlobalTable_ReplicaSpecification {
  /** The settings used to enable or disable CloudWatch Contributor Insights for the specified replica. When not specified, defaults to contributor insights disabled for the replica. */
  readonly ContributorInsightsSpecification?: Value<GlobalTable_ContributorInsightsSpecification>;
  /** Determines if a replica is protected from deletion. When enabled, the table cannot be deleted by any user or process. This setting is disabled by default. For more information, see [Using deletion protection](https://docs.aws.amazon.com/... */
  readonly DeletionProtectionEnabled?: Value<boolean>;
  /** Defines additional settings for the global secondary indexes of this replica. */
  readonly GlobalSecondaryIndexes?: ListOf<Value<GlobalTable_ReplicaGlobalSecondaryIndexSpecification>>;
  readonly GlobalTableSettingsReplicationMode?: Value<string>;
  /** Defines the Kinesis Data Streams configuration for the specified replica. */
  readonly KinesisStreamSpecification?: Value<GlobalTable_KinesisStreamSpecification>;
  /** The settings used to enable point in time recovery. When not specified, defaults to point in time recovery disabled for the replica. */
  readonly PointInTimeRecoverySpecification?: Value<GlobalTable_PointInTimeRecoverySpecification>;
  /** Sets read request settings for the replica table. */
  readonly ReadOnDemandThroughputSettings?: Value<GlobalTable_ReadOnDemandThroughputSettings>;
  /** Defines read capacity settings for the replica table. */
  readonly ReadProvisionedThroughputSettings?: Value<GlobalTable_ReadProvisionedThroughputSettings>;
  /** The region in which this replica exists. */
  readonly Region: Value<string>;
  /** Represents the DynamoDB Streams configuration for a global table replica. */
  readonly ReplicaStreamSpecification?: Value<GlobalTable_ReplicaStreamSpecification>;
  /** A resource-based policy document that contains permissions to add to the specified replica of a DynamoDB global table. Resource-based policies let you define access permissions by specifying who has access to each resource, and the actio... */
  readonly ResourcePolicy?: Value<GlobalTable_ResourcePolicy>;
  /** Allows you to specify a customer-managed key for the replica. When using customer-managed keys for server-side encryption, this property must have a value in all replicas. */
  readonly SSESpecification?: Value<GlobalTable_ReplicaSSESpecification>;
  /** The table class of the specified table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS` . */
  readonly TableClass?: Value<string>;
  /** An array of key-value pairs to apply to this replica. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface GlobalTable_ReplicaSSESpecification {
  /** The AWS key that should be used for the AWS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default Dyn... */
  readonly KMSMasterKeyId: Value<string>;
}

export interface GlobalTable_ReplicaStreamSpecification {
  /** A resource-based policy document that contains the permissions for the specified stream of a DynamoDB global table replica. Resource-based policies let you define access permissions by specifying who has access to each resource, and the... */
  readonly ResourcePolicy?: Value<GlobalTable_ResourcePolicy>;
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface GlobalTable_ResourcePolicy {
  /** A resource-based policy document that contains permissions to add to the specified DynamoDB table, its indexes, and stream. In a CloudFormation template, you can provide the policy in JSON or YAML format because CloudFormation converts Y... */
  readonly PolicyDocument: Value<Json>;
}

export interface GlobalTable_SearchSchemaElement {
  readonly AttributeName: Value<string>;
  readonly SearchSchemaElementType: Value<string>;
}

export interface GlobalTable_SSESpecification {
  /** Indicates whether server-side encryption is performed using an AWS managed key or an AWS owned key. If enabled (true), server-side encryption type is set to KMS and an AWS managed key is used ( AWS charges apply). If disabled (false) or... */
  readonly SSEEnabled: Value<boolean>;
  /** Server-side encryption type. The only supported value is: */
  readonly SSEType?: Value<string>;
}

export interface GlobalTable_StreamSpecification {
  /** When an item in the table is modified, `StreamViewType` determines what information is written to the stream for this table. Valid values for `StreamViewType` are: */
  readonly StreamViewType: Value<string>;
}

export interface GlobalTable_TargetTrackingScalingPolicyConfiguration {
  /** Indicates whether scale in by the target tracking scaling policy is disabled. The default value is `false` . */
  readonly DisableScaleIn?: Value<boolean>;
  /** The amount of time, in seconds, after a scale-in activity completes before another scale-in activity can start. */
  readonly ScaleInCooldown?: Value<number>;
  /** The amount of time, in seconds, after a scale-out activity completes before another scale-out activity can start. */
  readonly ScaleOutCooldown?: Value<number>;
  /** Defines a target value for the scaling policy. */
  readonly TargetValue: Value<number>;
}

export interface GlobalTable_TimeToLiveSpecification {
  /** The name of the attribute used to store the expiration time for items in the table. */
  readonly AttributeName?: Value<string>;
  /** Indicates whether TTL is to be enabled (true) or disabled (false) on the table. */
  readonly Enabled: Value<boolean>;
}

export interface GlobalTable_VectorAttribute {
  readonly AttributeName: Value<string>;
}

export interface GlobalTable_VectorIndex {
  readonly Dimensions: Value<number>;
  readonly DistanceFunction: Value<string>;
  readonly IndexName: Value<string>;
  readonly Projection: Value<GlobalTable_Projection>;
  readonly SearchSchema?: ListOf<Value<GlobalTable_SearchSchemaElement>>;
  readonly VectorAttribute: Value<GlobalTable_VectorAttribute>;
}

export interface GlobalTable_WarmThroughput {
  /** Represents the number of read operations your base table can instantaneously support. */
  readonly ReadUnitsPerSecond?: Value<number>;
  /** Represents the number of write operations your base table can instantaneously support. */
  readonly WriteUnitsPerSecond?: Value<number>;
}

export interface GlobalTable_WriteOnDemandThroughputSettings {
  /** Maximum number of write request settings for the specified replica of a global table. */
  readonly MaxWriteRequestUnits?: Value<number>;
}

export interface GlobalTable_WriteProvisionedThroughputSettings {
  /** Specifies auto scaling settings for the replica table or global secondary index. */
  readonly WriteCapacityAutoScalingSettings?: Value<GlobalTable_CapacityAutoScalingSettings>;
}

/** The `AWS::DynamoDB::Table` resource creates a DynamoDB table. For more information, see [CreateTable](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html) in the *Amazon DynamoDB API Reference* . */
export interface TableProps {
  /** A list of attributes that describe the key schema for the table and indexes. */
  readonly AttributeDefinitions?: ListOf<Value<Table_AttributeDefinition>>;
  /** Specify how you are charged for read and write throughput and how you manage capacity. */
  readonly BillingMode?: Value<string>;
  /** The settings used to specify whether to enable CloudWatch Contributor Insights for the table and define which events to monitor. */
  readonly ContributorInsightsSpecification?: Value<Table_ContributorInsightsSpecification>;
  /** Determines if a table is protected from deletion. When enabled, the table cannot be deleted by any user or process. This setting is disabled by default. For more information, see [Using deletion protection](https://docs.aws.amazon.com/am... */
  readonly DeletionProtectionEnabled?: Value<boolean>;
  /** Global secondary indexes to be created on the table. You can create up to 20 global secondary indexes. */
  readonly GlobalSecondaryIndexes?: ListOf<Value<Table_GlobalSecondaryIndex>>;
  /** Specifies the properties of data being imported from the S3 bucket source to the" table. */
  readonly ImportSourceSpecification?: Value<Table_ImportSourceSpecification>;
  /** Specifies the attributes that make up the primary key for the table. The attributes in the `KeySchema` property must also be defined in the `AttributeDefinitions` property. */
  readonly KeySchema: ListOf<Value<Table_KeySchema>> | Value<Json>;
  /** The Kinesis Data Streams configuration for the specified table. */
  readonly KinesisStreamSpecification?: Value<Table_KinesisStreamSpecification>;
  /** Local secondary indexes to be created on the table. You can create up to 5 local secondary indexes. Each index is scoped to a given hash key value. The size of each hash key can be up to 10 gigabytes. */
  readonly LocalSecondaryIndexes?: ListOf<Value<Table_LocalSecondaryIndex>>;
  /** Sets the maximum number of read and write units for the specified on-demand table. If you use this property, you must specify `MaxReadRequestUnits` , `MaxWriteRequestUnits` , or both. */
  readonly OnDemandThroughput?: Value<Table_OnDemandThroughput>;
  /** The settings used to enable point in time recovery. */
  readonly PointInTimeRecoverySpecification?: Value<Table_PointInTimeRecoverySpecification>;
  /** Throughput for the specified table, which consists of values for `ReadCapacityUnits` and `WriteCapacityUnits` . For more information about the contents of a provisioned throughput structure, see [Amazon DynamoDB Table ProvisionedThroughp... */
  readonly ProvisionedThroughput?: Value<Table_ProvisionedThroughput>;
  /** An AWS resource-based policy document in JSON format that will be attached to the table. */
  readonly ResourcePolicy?: Value<Table_ResourcePolicy>;
  /** Specifies the settings to enable server-side encryption. */
  readonly SSESpecification?: Value<Table_SSESpecification>;
  /** The settings for the DynamoDB table stream, which captures changes to items stored in the table. Including this property in your AWS CloudFormation template automatically enables streaming. */
  readonly StreamSpecification?: Value<Table_StreamSpecification>;
  /** The table class of the new table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS` . */
  readonly TableClass?: Value<string>;
  /** A name for the table. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the table name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuid... */
  readonly TableName?: Value<string>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Specifies the Time to Live (TTL) settings for the table. */
  readonly TimeToLiveSpecification?: Value<Table_TimeToLiveSpecification>;
  readonly VectorIndexes?: ListOf<Value<Table_VectorIndex>>;
  /** Represents the warm throughput (in read units per second and write units per second) for creating a table. */
  readonly WarmThroughput?: Value<Table_WarmThroughput>;
}

export interface Table_AttributeDefinition {
  /** A name for the attribute. */
  readonly AttributeName: Value<string>;
  /** The data type for the attribute, where: */
  readonly AttributeType: Value<string>;
}

export interface Table_ContributorInsightsSpecification {
  /** Indicates whether CloudWatch Contributor Insights are to be enabled (true) or disabled (false). */
  readonly Enabled: Value<boolean>;
  /** Specifies the CloudWatch Contributor Insights mode for a table. Valid values are `ACCESSED_AND_THROTTLED_KEYS` (tracks all access and throttled events) or `THROTTLED_KEYS` (tracks only throttled events). This setting determines what type... */
  readonly Mode?: Value<string>;
}

export interface Table_Csv {
  /** The delimiter used for separating items in the CSV file being imported. */
  readonly Delimiter?: Value<string>;
  /** List of the headers used to specify a common header for all source CSV files being imported. If this field is specified then the first line of each CSV file is treated as data instead of the header. If this field is not specified the the... */
  readonly HeaderList?: ListOf<Value<string>>;
}

export interface Table_GlobalSecondaryIndex {
  /** The settings used to specify whether to enable CloudWatch Contributor Insights for the global table and define which events to monitor. */
  readonly ContributorInsightsSpecification?: Value<Table_ContributorInsightsSpecification>;
  /** The name of the global secondary index. The name must be unique among all other indexes on this table. */
  readonly IndexName: Value<string>;
  /** The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types: */
  readonly KeySchema: ListOf<Value<Table_KeySchema>>;
  /** The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits` , `MaxWriteRequestUnits` , or both. You must use either `OnDemandThroughput` or `Provi... */
  readonly OnDemandThroughput?: Value<Table_OnDemandThroughput>;
  /** Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. */
  readonly Projection: Value<Table_Projection>;
  /** Represents the provisioned throughput settings for the specified global secondary index. You must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's capacity mode. */
  readonly ProvisionedThroughput?: Value<Table_ProvisionedThroughput>;
  /** Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify `ReadUnitsPerSecond` , `WriteUnitsPerSecond` , or both. */
  readonly WarmThroughput?: Value<Table_WarmThroughput>;
}

export interface Table_ImportSourceSpecification {
  /** Type of compression to be used on the input coming from the imported table. */
  readonly InputCompressionType?: Value<string>;
  /** The format of the source data. Valid values for `ImportFormat` are `CSV` , `DYNAMODB_JSON` or `ION` . */
  readonly InputFormat: Value<string>;
  /** Additional properties that specify how the input is formatted, */
  readonly InputFormatOptions?: Value<Table_InputFormatOptions>;
  /** The S3 bucket that provides the source for the import. */
  readonly S3BucketSource: Value<Table_S3BucketSource>;
}

export interface Table_InputFormatOptions {
  /** The options for imported source files in CSV format. The values are Delimiter and HeaderList. */
  readonly Csv?: Value<Table_Csv>;
}

export interface Table_KeySchema {
  /** The name of a key attribute. */
  readonly AttributeName: Value<string>;
  /** The role that this key attribute will assume: */
  readonly KeyType: Value<string>;
}

export interface Table_KinesisStreamSpecification {
  /** The precision for the time and date that the stream was created. */
  readonly ApproximateCreationDateTimePrecision?: Value<string>;
  /** The ARN for a specific Kinesis data stream. */
  readonly StreamArn: Value<string>;
}

export interface Table_LocalSecondaryIndex {
  /** The name of the local secondary index. The name must be unique among all other indexes on this table. */
  readonly IndexName: Value<string>;
  /** The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types: */
  readonly KeySchema: ListOf<Value<Table_KeySchema>>;
  /** Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. */
  readonly Projection: Value<Table_Projection>;
}

export interface Table_OnDemandThroughput {
  /** Maximum number of read request units for the specified table. */
  readonly MaxReadRequestUnits?: Value<number>;
  /** Maximum number of write request units for the specified table. */
  readonly MaxWriteRequestUnits?: Value<number>;
}

export interface Table_PointInTimeRecoverySpecification {
  /** Indicates whether point in time recovery is enabled (true) or disabled (false) on the table. */
  readonly PointInTimeRecoveryEnabled?: Value<boolean>;
  /** The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional. If no value is provided,... */
  readonly RecoveryPeriodInDays?: Value<number>;
}

export interface Table_Projection {
  /** Represents the non-key attribute names which will be projected into the index. */
  readonly NonKeyAttributes?: ListOf<Value<string>>;
  /** The set of attributes that are projected into the index: */
  readonly ProjectionType?: Value<string>;
}

export interface Table_ProvisionedThroughput {
  /** The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException` . For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/de... */
  readonly ReadCapacityUnits: Value<number>;
  /** The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException` . For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Provis... */
  readonly WriteCapacityUnits: Value<number>;
}

export interface Table_ResourcePolicy {
  /** A resource-based policy document that contains permissions to add to the specified DynamoDB table, index, or both. In a CloudFormation template, you can provide the policy in JSON or YAML format because CloudFormation converts YAML to JS... */
  readonly PolicyDocument: Value<Json>;
}

export interface Table_S3BucketSource {
  /** The S3 bucket that is being imported from. */
  readonly S3Bucket: Value<string>;
  /** The account number of the S3 bucket that is being imported from. If the bucket is owned by the requester this is optional. */
  readonly S3BucketOwner?: Value<string>;
  /** The key prefix shared by all S3 Objects that are being imported. */
  readonly S3KeyPrefix?: Value<string>;
}

export interface Table_SearchSchemaElement {
  readonly AttributeName: Value<string>;
  readonly SearchSchemaElementType: Value<string>;
}

export interface Table_SSESpecification {
  /** The AWS key that should be used for the AWS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default Dyn... */
  readonly KMSMasterKeyId?: Value<string>;
  /** Indicates whether server-side encryption is done using an AWS managed key or an AWS owned key. If enabled (true), server-side encryption type is set to `KMS` and an AWS managed key is used ( AWS charges apply). If disabled (false) or not... */
  readonly SSEEnabled: Value<boolean>;
  /** Server-side encryption type. The only supported value is: */
  readonly SSEType?: Value<string>;
}

export interface Table_StreamSpecification {
  /** Creates or updates a resource-based policy document that contains the permissions for DynamoDB resources, such as a table's streams. Resource-based policies let you define access permissions by specifying who has access to each resource,... */
  readonly ResourcePolicy?: Value<Table_ResourcePolicy>;
  /** When an item in the table is modified, `StreamViewType` determines what information is written to the stream for this table. Valid values for `StreamViewType` are: */
  readonly StreamViewType: Value<string>;
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Table_TimeToLiveSpecification {
  /** The name of the TTL attribute used to store the expiration time for items in the table. */
  readonly AttributeName?: Value<string>;
  /** Indicates whether TTL is to be enabled (true) or disabled (false) on the table. */
  readonly Enabled: Value<boolean>;
}

export interface Table_VectorAttribute {
  readonly AttributeName: Value<string>;
}

export interface Table_VectorIndex {
  readonly Dimensions: Value<number>;
  readonly DistanceFunction: Value<string>;
  readonly IndexName: Value<string>;
  /** Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. */
  readonly Projection: Value<Table_Projection>;
  readonly SearchSchema?: ListOf<Value<Table_SearchSchemaElement>>;
  readonly VectorAttribute: Value<Table_VectorAttribute>;
}

export interface Table_WarmThroughput {
  /** Represents the number of read operations your base table can instantaneously support. */
  readonly ReadUnitsPerSecond?: Value<number>;
  /** Represents the number of write operations your base table can instantaneously support. */
  readonly WriteUnitsPerSecond?: Value<number>;
}
