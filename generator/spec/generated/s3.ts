// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::S3::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::S3::AccessGrant` resource creates an access grant that gives a grantee access to your S3 data. The grantee can be an IAM user or role or a directory user, or group. Before you can create a grant, you must have an S3 Access Gran... */
export interface AccessGrantProps {
  /** The configuration options of the grant location. The grant location is the S3 path to the data to which you are granting access. It contains the `S3SubPrefix` field. The grant scope is the result of appending the subprefix to the locatio... */
  readonly AccessGrantsLocationConfiguration?: Value<AccessGrant_AccessGrantsLocationConfiguration>;
  /** The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated... */
  readonly AccessGrantsLocationId: Value<string>;
  /** The Amazon Resource Name (ARN) of an AWS IAM Identity Center application associated with your Identity Center instance. If the grant includes an application ARN, the grantee can only access the S3 data through this application. */
  readonly ApplicationArn?: Value<string>;
  /** The user, group, or role to which you are granting access. You can grant access to an IAM user or role. If you have added your corporate directory to AWS IAM Identity Center and associated your Identity Center instance with your S3 Acces... */
  readonly Grantee: Value<AccessGrant_Grantee>;
  /** The type of access that you are granting to your S3 data, which can be set to one of the following values: */
  readonly Permission: Value<string>;
  /** The type of `S3SubPrefix` . The only possible value is `Object` . Pass this value if the access grant scope is an object. Do not pass this value if the access grant scope is a bucket or a bucket and a prefix. */
  readonly S3PrefixType?: Value<string>;
  /** The AWS resource tags that you are adding to the access grant. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface AccessGrant_AccessGrantsLocationConfiguration {
  /** The `S3SubPrefix` is appended to the location scope creating the grant scope. Use this field to narrow the scope of the grant to a subset of the location scope. This field is required if the location scope is the default location `s3://`... */
  readonly S3SubPrefix: Value<string>;
}

export interface AccessGrant_Grantee {
  /** The unique identifier of the `Grantee` . If the grantee type is `IAM` , the identifier is the IAM Amazon Resource Name (ARN) of the user or role. If the grantee type is a directory user or group, the identifier is 128-bit universally uni... */
  readonly GranteeIdentifier: Value<string>;
  /** The type of the grantee to which access has been granted. It can be one of the following values: */
  readonly GranteeType: Value<string>;
}

/** The `AWS::S3::AccessGrantInstance` resource creates an S3 Access Grants instance, which serves as a logical grouping for access grants. You can create one S3 Access Grants instance per Region per account. */
export interface AccessGrantsInstanceProps {
  /** If you would like to associate your S3 Access Grants instance with an AWS IAM Identity Center instance, use this field to pass the Amazon Resource Name (ARN) of the AWS IAM Identity Center instance that you are associating with your S3 A... */
  readonly IdentityCenterArn?: Value<string>;
  /** The AWS resource tags that you are adding to the S3 Access Grants instance. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::S3::AccessGrantsLocation` resource creates the S3 data location that you would like to register in your S3 Access Grants instance. Your S3 data must be in the same Region as your S3 Access Grants instance. The location can be o... */
export interface AccessGrantsLocationProps {
  /** The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants assumes this role to manage access to the registered location. */
  readonly IamRoleArn: Value<string>;
  /** The S3 URI path to the location that you are registering. The location scope can be the default S3 location `s3://` , the S3 path to a bucket, or the S3 path to a bucket and prefix. A prefix in S3 is a string of characters at the beginni... */
  readonly LocationScope: Value<string>;
  /** The AWS resource tags that you are adding to the S3 Access Grants location. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The AWS::S3::AccessPoint resource is an Amazon S3 resource type that you can use to access buckets. */
export interface AccessPointProps {
  /** The name of the bucket associated with this access point. */
  readonly Bucket: Value<string>;
  /** The AWS account ID associated with the S3 bucket associated with this access point. */
  readonly BucketAccountId?: Value<string>;
  /** The name of this access point. If you don't specify a name, AWS CloudFormation generates a unique ID and uses that ID for the access point name. */
  readonly Name?: Value<string>;
  /** The access point policy associated with this access point. */
  readonly Policy?: Value<Json>;
  /** The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can enable the configuration options in any combination. For more information about when Amazon S3 considers a bucket or object public, see [The Mea... */
  readonly PublicAccessBlockConfiguration?: Value<AccessPoint_PublicAccessBlockConfiguration>;
  /** An array of tags that you can apply to access points. Tags are key-value pairs of metadata used to categorize your access points and control access. For more information, see [Using tags for attribute-based access control (ABAC)](https:/... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The Virtual Private Cloud (VPC) configuration for this access point, if one exists. */
  readonly VpcConfiguration?: Value<AccessPoint_VpcConfiguration>;
}

export interface AccessPoint_PublicAccessBlockConfiguration {
  /** Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket and objects in this bucket. Setting this element to `TRUE` causes the following behavior: */
  readonly BlockPublicAcls?: Value<boolean>;
  /** Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access. */
  readonly BlockPublicPolicy?: Value<boolean>;
  /** Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this bucket. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on this bucket and objects in this bucket. */
  readonly IgnorePublicAcls?: Value<boolean>;
  /** Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting this element to `TRUE` restricts access to this bucket to only AWS service principals and authorized users within this account if the bucket has... */
  readonly RestrictPublicBuckets?: Value<boolean>;
}

export interface AccessPoint_VpcConfiguration {
  /** If this field is specified, the access point will only allow connections from the specified VPC ID. */
  readonly VpcId?: Value<string>;
}

/** The `AWS::S3::Bucket` resource creates an Amazon S3 bucket in the same AWS Region where you create the AWS CloudFormation stack. */
export interface BucketProps {
  /** The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose bucket, you can use tags to manage access to the general purpose buckets as well as for cost tracking purposes. When ABAC is disabled for the gen... */
  readonly AbacStatus?: Value<string>;
  /** Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see [Amazon S3 Transfer Acceleration](https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html) in the *Amazon S3 User Guide* . */
  readonly AccelerateConfiguration?: Value<Bucket_AccelerateConfiguration>;
  /** > This is a legacy property, and it is not recommended for most use cases. A majority of modern use cases in Amazon S3 no longer require the use of ACLs, and we recommend that you keep ACLs disabled. For more information, see [Controllin... */
  readonly AccessControl?: Value<string>;
  /** Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket. */
  readonly AnalyticsConfigurations?: ListOf<Value<Bucket_AnalyticsConfiguration>>;
  /** Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with KMS-managed keys (DSSE-KMS). For information about the... */
  readonly BucketEncryption?: Value<Bucket_BucketEncryption>;
  /** A name for the bucket. If you don't specify a name, AWS CloudFormation generates a unique ID and uses that ID for the bucket name. The bucket name must contain only lowercase letters, numbers, periods (.), and dashes (-) and must follow... */
  readonly BucketName?: Value<string>;
  readonly BucketNamePrefix?: Value<string>;
  readonly BucketNamespace?: Value<string>;
  /** Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more information, see [Enabling Cross-Origin Resource Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User Guid... */
  readonly CorsConfiguration?: Value<Bucket_CorsConfiguration>;
  /** Defines how Amazon S3 handles Intelligent-Tiering storage. */
  readonly IntelligentTieringConfigurations?: ListOf<Value<Bucket_IntelligentTieringConfiguration>>;
  /** Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see [GET Bucket inventory](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html) in the *Amazon S3 API Reference* . */
  readonly InventoryConfigurations?: ListOf<Value<Bucket_InventoryConfiguration>>;
  /** Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information, see [Object Lifecycle Management](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html) in the *Amazon S3 User Guide* . */
  readonly LifecycleConfiguration?: Value<Bucket_LifecycleConfiguration>;
  /** Settings that define where logs are stored. */
  readonly LoggingConfiguration?: Value<Bucket_LoggingConfiguration>;
  /** The S3 Metadata configuration for a general purpose bucket. */
  readonly MetadataConfiguration?: Value<Bucket_MetadataConfiguration>;
  /** The metadata table configuration of an Amazon S3 general purpose bucket. */
  readonly MetadataTableConfiguration?: Value<Bucket_MetadataTableConfiguration>;
  /** Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics configuration, note that this is a full replacement of the... */
  readonly MetricsConfigurations?: ListOf<Value<Bucket_MetricsConfiguration>>;
  /** Configuration that defines how Amazon S3 handles bucket notifications. */
  readonly NotificationConfiguration?: Value<Bucket_NotificationConfiguration>;
  /** > This operation is not supported for directory buckets. */
  readonly ObjectLockConfiguration?: Value<Bucket_ObjectLockConfiguration>;
  /** Indicates whether this bucket has an Object Lock configuration enabled. Enable `ObjectLockEnabled` when you apply `ObjectLockConfiguration` to a bucket. */
  readonly ObjectLockEnabled?: Value<boolean>;
  /** Configuration that defines how Amazon S3 handles Object Ownership rules. */
  readonly OwnershipControls?: Value<Bucket_OwnershipControls>;
  /** Configuration that defines how Amazon S3 handles public access. */
  readonly PublicAccessBlockConfiguration?: Value<Bucket_PublicAccessBlockConfiguration>;
  /** Configuration for replicating objects in an S3 bucket. To enable replication, you must also enable versioning by using the `VersioningConfiguration` property. */
  readonly ReplicationConfiguration?: Value<Bucket_ReplicationConfiguration>;
  /** An arbitrary set of tags (key-value pairs) for this S3 bucket. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Enables multiple versions of all objects in this bucket. You might enable versioning to prevent objects from being deleted or overwritten by mistake or to archive objects so that you can retrieve previous versions of them. */
  readonly VersioningConfiguration?: Value<Bucket_VersioningConfiguration>;
  /** Information used to configure the bucket as a static website. For more information, see [Hosting Websites on Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html) . */
  readonly WebsiteConfiguration?: Value<Bucket_WebsiteConfiguration>;
}

export interface Bucket_AbortIncompleteMultipartUpload {
  /** Specifies the number of days after which Amazon S3 stops an incomplete multipart upload. */
  readonly DaysAfterInitiation: Value<number>;
}

export interface Bucket_AccelerateConfiguration {
  /** Specifies the transfer acceleration status of the bucket. */
  readonly AccelerationStatus: Value<string>;
}

export interface Bucket_AccessControlTranslation {
  /** Specifies the replica ownership. For default and valid values, see [PUT bucket replication](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html) in the *Amazon S3 API Reference* . */
  readonly Owner: Value<string>;
}

export interface Bucket_AnalyticsConfiguration {
  /** The ID that identifies the analytics configuration. */
  readonly Id: Value<string>;
  /** The prefix that an object must have to be included in the analytics results. */
  readonly Prefix?: Value<string>;
  /** Contains data related to access patterns to be collected and made available to analyze the tradeoffs between different storage classes. */
  readonly StorageClassAnalysis: Value<Bucket_StorageClassAnalysis>;
  /** The tags to use when evaluating an analytics filter. */
  readonly TagFilters?: ListOf<Value<Bucket_TagFilter>>;
}

export interface Bucket_AnnotationTableConfiguration {
  /** Specifies whether the annotation table configuration is enabled or disabled. */
  readonly ConfigurationState: Value<string>;
  /** The encryption settings for an S3 Metadata journal table or inventory table configuration. */
  readonly EncryptionConfiguration?: Value<Bucket_MetadataTableEncryptionConfiguration>;
  /** The ARN of the IAM role that grants Amazon S3 Metadata permission to read annotations from your bucket. */
  readonly Role?: Value<string>;
  /** The Amazon Resource Name (ARN) for the annotation table. */
  readonly TableArn?: Value<string>;
  /** The name of the annotation table. */
  readonly TableName?: Value<string>;
}

export interface Bucket_BlockedEncryptionTypes {
  /** The object encryption type that you want to block or unblock for an Amazon S3 general purpose bucket. */
  readonly EncryptionType?: ListOf<Value<string>>;
}

export interface Bucket_BucketEncryption {
  /** Specifies the default server-side-encryption configuration. */
  readonly ServerSideEncryptionConfiguration: ListOf<Value<Bucket_ServerSideEncryptionRule>>;
}

export interface Bucket_CorsConfiguration {
  /** A set of origins and methods (cross-origin access that you want to allow). You can add up to 100 rules to the configuration. */
  readonly CorsRules: ListOf<Value<Bucket_CorsRule>>;
}

export interface Bucket_CorsRule {
  /** Headers that are specified in the `Access-Control-Request-Headers` header. These headers are allowed in a preflight OPTIONS request. In response to any preflight OPTIONS request, Amazon S3 returns any requested headers that are allowed. */
  readonly AllowedHeaders?: ListOf<Value<string>>;
  /** An HTTP method that you allow the origin to run. */
  readonly AllowedMethods: ListOf<Value<string>>;
  /** One or more origins you want customers to be able to access the bucket from. */
  readonly AllowedOrigins: ListOf<Value<string>>;
  /** One or more headers in the response that you want customers to be able to access from their applications (for example, from a JavaScript `XMLHttpRequest` object). */
  readonly ExposedHeaders?: ListOf<Value<string>>;
  /** A unique identifier for this rule. The value must be no more than 255 characters. */
  readonly Id?: Value<string>;
  /** The time in seconds that your browser is to cache the preflight response for the specified resource. */
  readonly MaxAge?: Value<number>;
}

export interface Bucket_DataExport {
  /** The place to store the data for an analysis. */
  readonly Destination: Value<Bucket_Destination>;
  /** The version of the output schema to use when exporting data. Must be `V_1` . */
  readonly OutputSchemaVersion: Value<string>;
}

export interface Bucket_DefaultEventHold {
  readonly Days?: Value<number>;
  readonly Years?: Value<number>;
}

export interface Bucket_DefaultRetention {
  /** The number of days that you want to specify for the default retention period. If Object Lock is turned on, you must specify `Mode` and specify either `Days` or `Years` . */
  readonly Days?: Value<number>;
  readonly DefaultEventHold?: Value<Bucket_DefaultEventHold>;
  /** The default Object Lock retention mode you want to apply to new objects placed in the specified bucket. If Object Lock is turned on, you must specify `Mode` and specify either `Days` or `Years` . */
  readonly Mode?: Value<string>;
  /** The number of years that you want to specify for the default retention period. If Object Lock is turned on, you must specify `Mode` and specify either `Days` or `Years` . */
  readonly Years?: Value<number>;
}

export interface Bucket_DeleteMarkerReplication {
  /** Indicates whether to replicate delete markers. */
  readonly Status?: Value<string>;
}

export interface Bucket_Destination {
  /** The account ID that owns the destination S3 bucket. If no account ID is provided, the owner is not validated before exporting data. */
  readonly BucketAccountId?: Value<string>;
  /** The Amazon Resource Name (ARN) of the bucket to which data is exported. */
  readonly BucketArn: Value<string>;
  /** Specifies the file format used when exporting data to Amazon S3. */
  readonly Format: Value<string>;
  /** The prefix to use when exporting data. The prefix is prepended to all results. */
  readonly Prefix?: Value<string>;
}

export interface Bucket_EncryptionConfiguration {
  /** Specifies the ID (Key ARN or Alias ARN) of the customer managed AWS KMS key stored in AWS Key Management Service (KMS) for the destination bucket. Amazon S3 uses this key to encrypt replica objects. Amazon S3 only supports symmetric encr... */
  readonly ReplicaKmsKeyID: Value<string>;
}

export interface Bucket_EventBridgeConfiguration {
  /** Enables delivery of events to Amazon EventBridge. */
  readonly EventBridgeEnabled: Value<boolean>;
}

export interface Bucket_FilterRule {
  /** The object key name prefix or suffix identifying one or more objects to which the filtering rule applies. The maximum length is 1,024 characters. Overlapping prefixes and suffixes are not supported. For more information, see [Configuring... */
  readonly Name: Value<string>;
  /** The value that the filter searches for in object key names. */
  readonly Value: Value<string>;
}

export interface Bucket_IntelligentTieringConfiguration {
  /** The ID used to identify the S3 Intelligent-Tiering configuration. */
  readonly Id: Value<string>;
  /** An object key name prefix that identifies the subset of objects to which the rule applies. */
  readonly Prefix?: Value<string>;
  /** Specifies the status of the configuration. */
  readonly Status: Value<string>;
  /** A container for a key-value pair. */
  readonly TagFilters?: ListOf<Value<Bucket_TagFilter>>;
  /** Specifies a list of S3 Intelligent-Tiering storage class tiers in the configuration. At least one tier must be defined in the list. At most, you can specify two tiers in the list, one for each available AccessTier: `ARCHIVE_ACCESS` and `... */
  readonly Tierings: ListOf<Value<Bucket_Tiering>>;
}

export interface Bucket_InventoryConfiguration {
  /** Contains information about where to publish the inventory results. */
  readonly Destination: Value<Bucket_Destination>;
  /** Specifies whether the inventory is enabled or disabled. If set to `True` , an inventory list is generated. If set to `False` , no inventory list is generated. */
  readonly Enabled: Value<boolean>;
  /** The ID used to identify the inventory configuration. */
  readonly Id: Value<string>;
  /** Object versions to include in the inventory list. If set to `All` , the list includes all the object versions, which adds the version-related fields `VersionId` , `IsLatest` , and `DeleteMarker` to the list. If set to `Current` , the lis... */
  readonly IncludedObjectVersions: Value<string>;
  /** Contains the optional fields that are included in the inventory results. */
  readonly OptionalFields?: ListOf<Value<string>>;
  /** Specifies the inventory filter prefix. */
  readonly Prefix?: Value<string>;
  /** Specifies the schedule for generating inventory results. */
  readonly ScheduleFrequency: Value<string>;
}

export interface Bucket_InventoryTableConfiguration {
  /** The configuration state of the inventory table, indicating whether the inventory table is enabled or disabled. */
  readonly ConfigurationState: Value<string>;
  /** The encryption configuration for the inventory table. */
  readonly EncryptionConfiguration?: Value<Bucket_MetadataTableEncryptionConfiguration>;
  /** The Amazon Resource Name (ARN) for the inventory table. */
  readonly TableArn?: Value<string>;
  /** The name of the inventory table. */
  readonly TableName?: Value<string>;
}

export interface Bucket_JournalTableConfiguration {
  /** The encryption configuration for the journal table. */
  readonly EncryptionConfiguration?: Value<Bucket_MetadataTableEncryptionConfiguration>;
  /** The journal table record expiration settings for the journal table. */
  readonly RecordExpiration: Value<Bucket_RecordExpiration>;
  /** The Amazon Resource Name (ARN) for the journal table. */
  readonly TableArn?: Value<string>;
  /** The name of the journal table. */
  readonly TableName?: Value<string>;
}

export interface Bucket_LambdaConfiguration {
  /** The Amazon S3 bucket event for which to invoke the AWS Lambda function. For more information, see [Supported Event Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon S3 User Guide* . */
  readonly Event: Value<string>;
  /** The filtering rules that determine which objects invoke the AWS Lambda function. For example, you can create a filter so that only image files with a `.jpg` extension invoke the function when they are added to the Amazon S3 bucket. */
  readonly Filter?: Value<Bucket_NotificationFilter>;
  /** The Amazon Resource Name (ARN) of the AWS Lambda function that Amazon S3 invokes when the specified event type occurs. */
  readonly Function: Value<string>;
}

export interface Bucket_LifecycleConfiguration {
  /** A lifecycle rule for individual objects in an Amazon S3 bucket. */
  readonly Rules: ListOf<Value<Bucket_Rule>>;
  /** Indicates which default minimum object size behavior is applied to the lifecycle configuration. */
  readonly TransitionDefaultMinimumObjectSize?: Value<string>;
}

export interface Bucket_LoggingConfiguration {
  /** The name of the bucket where Amazon S3 should store server access log files. You can store log files in any bucket that you own. By default, logs are stored in the bucket where the `LoggingConfiguration` property is defined. */
  readonly DestinationBucketName?: Value<string>;
  /** A prefix for all log object keys. If you store log files from multiple Amazon S3 buckets in a single bucket, you can use a prefix to distinguish which log files came from which bucket. */
  readonly LogFilePrefix?: Value<string>;
  /** Amazon S3 key format for log objects. Only one format, either PartitionedPrefix or SimplePrefix, is allowed. */
  readonly TargetObjectKeyFormat?: Value<Bucket_TargetObjectKeyFormat>;
}

export interface Bucket_MetadataConfiguration {
  /** The annotation table configuration for an S3 Metadata configuration. The annotation table tracks all annotations on objects in your bucket so that you can query annotation data at scale. If you've disabled your annotation table configura... */
  readonly AnnotationTableConfiguration?: Value<Bucket_AnnotationTableConfiguration>;
  /** The destination information for the S3 Metadata configuration. */
  readonly Destination?: Value<Bucket_MetadataDestination>;
  /** The inventory table configuration for a metadata configuration. */
  readonly InventoryTableConfiguration?: Value<Bucket_InventoryTableConfiguration>;
  /** The journal table configuration for a metadata configuration. */
  readonly JournalTableConfiguration: Value<Bucket_JournalTableConfiguration>;
}

export interface Bucket_MetadataDestination {
  /** The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is stored. */
  readonly TableBucketArn?: Value<string>;
  /** The type of the table bucket where the metadata configuration is stored. The `aws` value indicates an AWS managed table bucket, and the `customer` value indicates a customer-managed table bucket. V2 metadata configurations are stored in... */
  readonly TableBucketType: Value<string>;
  /** The namespace in the table bucket where the metadata tables for a metadata configuration are stored. */
  readonly TableNamespace?: Value<string>;
}

export interface Bucket_MetadataTableConfiguration {
  /** The destination information for the metadata table configuration. The destination table bucket must be in the same Region and AWS account as the general purpose bucket. The specified metadata table name must be unique within the `aws_s3_... */
  readonly S3TablesDestination: Value<Bucket_S3TablesDestination>;
}

export interface Bucket_MetadataTableEncryptionConfiguration {
  /** If server-side encryption with AWS Key Management Service ( AWS ) keys (SSE-KMS) is specified, you must also specify the KMS key Amazon Resource Name (ARN). You must specify a customer-managed KMS key that's located in the same Region as... */
  readonly KmsKeyArn?: Value<string>;
  /** The encryption type specified for a metadata table. To specify server-side encryption with AWS Key Management Service ( AWS ) keys (SSE-KMS), use the `aws:kms` value. To specify server-side encryption with Amazon S3 managed keys (SSE-S3)... */
  readonly SseAlgorithm: Value<string>;
}

export interface Bucket_Metrics {
  /** A container specifying the time threshold for emitting the `s3:Replication:OperationMissedThreshold` event. */
  readonly EventThreshold?: Value<Bucket_ReplicationTimeValue>;
  /** Specifies whether the replication metrics are enabled. */
  readonly Status: Value<string>;
}

export interface Bucket_MetricsConfiguration {
  /** The access point that was used while performing operations on the object. The metrics configuration only includes objects that meet the filter's criteria. */
  readonly AccessPointArn?: Value<string>;
  /** The ID used to identify the metrics configuration. This can be any value you choose that helps you identify your metrics configuration. */
  readonly Id: Value<string>;
  /** The prefix that an object must have to be included in the metrics results. */
  readonly Prefix?: Value<string>;
  /** Specifies a list of tag filters to use as a metrics configuration filter. The metrics configuration includes only objects that meet the filter's criteria. */
  readonly TagFilters?: ListOf<Value<Bucket_TagFilter>>;
}

export interface Bucket_NoncurrentVersionExpiration {
  /** Specifies how many noncurrent versions Amazon S3 will retain. If there are this many more recent noncurrent versions, Amazon S3 will take the associated action. For more information about noncurrent versions, see [Lifecycle configuration... */
  readonly NewerNoncurrentVersions?: Value<number>;
  /** Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see [How Amazon S3 Calculates When an Object Became Noncurrent](https://docs... */
  readonly NoncurrentDays: Value<number>;
}

export interface Bucket_NoncurrentVersionTransition {
  /** Specifies how many noncurrent versions Amazon S3 will retain. If there are this many more recent noncurrent versions, Amazon S3 will take the associated action. For more information about noncurrent versions, see [Lifecycle configuration... */
  readonly NewerNoncurrentVersions?: Value<number>;
  /** The class of storage used to store the object. */
  readonly StorageClass: Value<string>;
  /** Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see [How Amazon S3 Calculates How Long an Object Has Been Noncurrent](https:... */
  readonly TransitionInDays: Value<number>;
}

export interface Bucket_NotificationConfiguration {
  /** Enables delivery of events to Amazon EventBridge. */
  readonly EventBridgeConfiguration?: Value<Bucket_EventBridgeConfiguration>;
  /** Describes the AWS Lambda functions to invoke and the events for which to invoke them. */
  readonly LambdaConfigurations?: ListOf<Value<Bucket_LambdaConfiguration>>;
  /** The Amazon Simple Queue Service queues to publish messages to and the events for which to publish messages. */
  readonly QueueConfigurations?: ListOf<Value<Bucket_QueueConfiguration>>;
  /** The topic to which notifications are sent and the events for which notifications are generated. */
  readonly TopicConfigurations?: ListOf<Value<Bucket_TopicConfiguration>>;
}

export interface Bucket_NotificationFilter {
  /** A container for object key name prefix and suffix filtering rules. */
  readonly S3Key: Value<Bucket_S3KeyFilter>;
}

export interface Bucket_ObjectLockConfiguration {
  /** Indicates whether this bucket has an Object Lock configuration enabled. Enable `ObjectLockEnabled` when you apply `ObjectLockConfiguration` to a bucket. */
  readonly ObjectLockEnabled?: Value<string>;
  /** Specifies the Object Lock rule for the specified object. Enable this rule when you apply `ObjectLockConfiguration` to a bucket. If Object Lock is turned on, bucket settings require both `Mode` and a period of either `Days` or `Years` . Y... */
  readonly Rule?: Value<Bucket_ObjectLockRule>;
}

export interface Bucket_ObjectLockRule {
  /** The default Object Lock retention mode and period that you want to apply to new objects placed in the specified bucket. If Object Lock is turned on, bucket settings require both `Mode` and a period of either `Days` or `Years` . You canno... */
  readonly DefaultRetention?: Value<Bucket_DefaultRetention>;
}

export interface Bucket_OwnershipControls {
  /** Specifies the container element for Object Ownership rules. */
  readonly Rules: ListOf<Value<Bucket_OwnershipControlsRule>>;
}

export interface Bucket_OwnershipControlsRule {
  /** Specifies an object ownership rule. */
  readonly ObjectOwnership?: Value<string>;
}

export interface Bucket_PartitionedPrefix {
  /** Specifies the partition date source for the partitioned prefix. `PartitionDateSource` can be `EventTime` or `DeliveryTime` . */
  readonly PartitionDateSource?: Value<string>;
}

export interface Bucket_PublicAccessBlockConfiguration {
  /** Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket and objects in this bucket. Setting this element to `TRUE` causes the following behavior: */
  readonly BlockPublicAcls?: Value<boolean>;
  /** Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access. */
  readonly BlockPublicPolicy?: Value<boolean>;
  /** Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this bucket. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on this bucket and objects in this bucket. */
  readonly IgnorePublicAcls?: Value<boolean>;
  /** Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting this element to `TRUE` restricts access to this bucket to only AWS service principals and authorized users within this account if the bucket has... */
  readonly RestrictPublicBuckets?: Value<boolean>;
}

export interface Bucket_QueueConfiguration {
  /** The Amazon S3 bucket event about which you want to publish messages to Amazon SQS. For more information, see [Supported Event Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon S3 User Guide* . */
  readonly Event: Value<string>;
  /** The filtering rules that determine which objects trigger notifications. For example, you can create a filter so that Amazon S3 sends notifications only when image files with a `.jpg` extension are added to the bucket. For more informatio... */
  readonly Filter?: Value<Bucket_NotificationFilter>;
  /** The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message when it detects events of the specified type. FIFO queues are not allowed when enabling an SQS queue as the event notification destination. */
  readonly Queue: Value<string>;
}

export interface Bucket_RecordExpiration {
  /** If you enable journal table record expiration, you can set the number of days to retain your journal table records. Journal table records must be retained for a minimum of 7 days. To set this value, specify any whole number from `7` to `... */
  readonly Days?: Value<number>;
  /** Specifies whether journal table record expiration is enabled or disabled. */
  readonly Expiration: Value<string>;
}

export interface Bucket_RedirectAllRequestsTo {
  /** Name of the host where requests are redirected. */
  readonly HostName: Value<string>;
  /** Protocol to use when redirecting requests. The default is the protocol that is used in the original request. */
  readonly Protocol?: Value<string>;
}

export interface Bucket_RedirectRule {
  /** The host name to use in the redirect request. */
  readonly HostName?: Value<string>;
  /** The HTTP redirect code to use on the response. Not required if one of the siblings is present. */
  readonly HttpRedirectCode?: Value<string>;
  /** Protocol to use when redirecting requests. The default is the protocol that is used in the original request. */
  readonly Protocol?: Value<string>;
  /** The object key prefix to use in the redirect request. For example, to redirect requests for all pages with prefix `docs/` (objects in the `docs/` folder) to `documents/` , you can set a condition block with `KeyPrefixEquals` set to `docs... */
  readonly ReplaceKeyPrefixWith?: Value<string>;
  /** The specific object key to use in the redirect request. For example, redirect request to `error.html` . Not required if one of the siblings is present. Can be present only if `ReplaceKeyPrefixWith` is not provided. */
  readonly ReplaceKeyWith?: Value<string>;
}

export interface Bucket_ReplicaModifications {
  /** Specifies whether Amazon S3 replicates modifications on replicas. */
  readonly Status: Value<string>;
}

export interface Bucket_ReplicationConfiguration {
  /** The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role that Amazon S3 assumes when replicating objects. For more information, see [How to Set Up Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/re... */
  readonly Role: Value<string>;
  /** A container for one or more replication rules. A replication configuration must have at least one rule and can contain a maximum of 1,000 rules. */
  readonly Rules: ListOf<Value<Bucket_ReplicationRule>>;
}

export interface Bucket_ReplicationDestination {
  /** Specify this only in a cross-account scenario (where source and destination bucket owners are not the same), and you want to change replica ownership to the AWS account that owns the destination bucket. If this is not specified in the re... */
  readonly AccessControlTranslation?: Value<Bucket_AccessControlTranslation>;
  /** Destination bucket owner account ID. In a cross-account scenario, if you direct Amazon S3 to change replica ownership to the AWS account that owns the destination bucket by specifying the `AccessControlTranslation` property, this is the... */
  readonly Account?: Value<string>;
  /** The Amazon Resource Name (ARN) of the bucket where you want Amazon S3 to store the results. */
  readonly Bucket: Value<string>;
  /** Specifies encryption-related information. */
  readonly EncryptionConfiguration?: Value<Bucket_EncryptionConfiguration>;
  /** A container specifying replication metrics-related settings enabling replication metrics and events. */
  readonly Metrics?: Value<Bucket_Metrics>;
  /** A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated. Must be specified together with a `Metrics` block. */
  readonly ReplicationTime?: Value<Bucket_ReplicationTime>;
  /** The storage class to use when replicating objects, such as S3 Standard or reduced redundancy. By default, Amazon S3 uses the storage class of the source object to create the object replica. */
  readonly StorageClass?: Value<string>;
}

export interface Bucket_ReplicationRule {
  /** Specifies whether Amazon S3 replicates delete markers. If you specify a `Filter` in your replication configuration, you must also include a `DeleteMarkerReplication` element. If your `Filter` includes a `Tag` element, the `DeleteMarkerRe... */
  readonly DeleteMarkerReplication?: Value<Bucket_DeleteMarkerReplication>;
  /** A container for information about the replication destination and its configurations including enabling the S3 Replication Time Control (S3 RTC). */
  readonly Destination: Value<Bucket_ReplicationDestination>;
  /** A filter that identifies the subset of objects to which the replication rule applies. A `Filter` must specify exactly one `Prefix` , `TagFilter` , or an `And` child element. The use of the filter field indicates that this is a V2 replica... */
  readonly Filter?: Value<Bucket_ReplicationRuleFilter>;
  /** A unique identifier for the rule. The maximum value is 255 characters. If you don't specify a value, AWS CloudFormation generates a random ID. When using a V2 replication configuration this property is capitalized as "ID". */
  readonly Id?: Value<string>;
  /** An object key name prefix that identifies the object or objects to which the rule applies. The maximum prefix length is 1,024 characters. To include all objects in a bucket, specify an empty string. To filter using a V1 replication confi... */
  readonly Prefix?: Value<string>;
  /** The priority indicates which rule has precedence whenever two or more replication rules conflict. Amazon S3 will attempt to replicate objects according to all replication rules. However, if there are two or more rules with the same desti... */
  readonly Priority?: Value<number>;
  /** A container that describes additional filters for identifying the source objects that you want to replicate. You can choose to enable or disable the replication of these objects. */
  readonly SourceSelectionCriteria?: Value<Bucket_SourceSelectionCriteria>;
  /** Specifies whether the rule is enabled. */
  readonly Status: Value<string>;
}

export interface Bucket_ReplicationRuleAndOperator {
  /** An object key name prefix that identifies the subset of objects to which the rule applies. */
  readonly Prefix?: Value<string>;
  /** An array of tags containing key and value pairs. */
  readonly TagFilters?: ListOf<Value<Bucket_TagFilter>>;
}

export interface Bucket_ReplicationRuleFilter {
  /** A container for specifying rule filters. The filters determine the subset of objects to which the rule applies. This element is required only if you specify more than one filter. For example: */
  readonly And?: Value<Bucket_ReplicationRuleAndOperator>;
  /** An object key name prefix that identifies the subset of objects to which the rule applies. */
  readonly Prefix?: Value<string>;
  /** A container for specifying a tag key and value. */
  readonly TagFilter?: Value<Bucket_TagFilter>;
}

export interface Bucket_ReplicationTime {
  /** Specifies whether the replication time is enabled. */
  readonly Status: Value<string>;
  /** A container specifying the time by which replication should be complete for all objects and operations on objects. */
  readonly Time: Value<Bucket_ReplicationTimeValue>;
}

export interface Bucket_ReplicationTimeValue {
  /** Contains an integer specifying time in minutes. */
  readonly Minutes: Value<number>;
}

export interface Bucket_RoutingRule {
  /** Container for redirect information. You can redirect requests to another host, to another page, or with another protocol. In the event of an error, you can specify a different error code to return. */
  readonly RedirectRule: Value<Bucket_RedirectRule>;
  /** A container for describing a condition that must be met for the specified redirect to apply. For example, 1. If request is for pages in the `/docs` folder, redirect to the `/documents` folder. 2. If request results in HTTP error 4xx, red... */
  readonly RoutingRuleCondition?: Value<Bucket_RoutingRuleCondition>;
}

export interface Bucket_RoutingRuleCondition {
  /** The HTTP error code when the redirect is applied. In the event of an error, if the error code equals this value, then the specified redirect is applied. */
  readonly HttpErrorCodeReturnedEquals?: Value<string>;
  /** The object key name prefix when the redirect is applied. For example, to redirect requests for `ExamplePage.html` , the key prefix will be `ExamplePage.html` . To redirect request for all pages with the prefix `docs/` , the key prefix wi... */
  readonly KeyPrefixEquals?: Value<string>;
}

export interface Bucket_Rule {
  /** Specifies a lifecycle rule that stops incomplete multipart uploads to an Amazon S3 bucket. */
  readonly AbortIncompleteMultipartUpload?: Value<Bucket_AbortIncompleteMultipartUpload>;
  /** Indicates when objects are deleted from Amazon S3 and Amazon S3 Glacier. The date value must be in ISO 8601 format. The time is always midnight UTC. If you specify an expiration and transition time, you must use the same time unit for bo... */
  readonly ExpirationDate?: Value<string>;
  /** Indicates the number of days after creation when objects are deleted from Amazon S3 and Amazon S3 Glacier. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date).... */
  readonly ExpirationInDays?: Value<number>;
  /** Indicates whether Amazon S3 will remove a delete marker without any noncurrent versions. If set to true, the delete marker will be removed if there are no noncurrent versions. This cannot be specified with `ExpirationInDays` , `Expiratio... */
  readonly ExpiredObjectDeleteMarker?: Value<boolean>;
  /** Unique identifier for the rule. The value can't be longer than 255 characters. */
  readonly Id?: Value<string>;
  /** Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to reques... */
  readonly NoncurrentVersionExpiration?: Value<Bucket_NoncurrentVersionExpiration>;
  /** (Deprecated.) For buckets with versioning enabled (or suspended), specifies the time, in days, between when a new version of the object is uploaded to the bucket and when old versions of the object expire. When object versions expire, Am... */
  readonly NoncurrentVersionExpirationInDays?: Value<number>;
  /** (Deprecated.) For buckets with versioning enabled (or suspended), specifies when non-current objects transition to a specified storage class. If you specify a transition and expiration time, the expiration time must be later than the tra... */
  readonly NoncurrentVersionTransition?: Value<Bucket_NoncurrentVersionTransition>;
  /** For buckets with versioning enabled (or suspended), one or more transition rules that specify when non-current objects transition to a specified storage class. If you specify a transition and expiration time, the expiration time must be... */
  readonly NoncurrentVersionTransitions?: ListOf<Value<Bucket_NoncurrentVersionTransition>>;
  /** Specifies the minimum object size in bytes for this rule to apply to. Objects must be larger than this value in bytes. For more information about size based rules, see [Lifecycle configuration using size-based rules](https://docs.aws.ama... */
  readonly ObjectSizeGreaterThan?: Value<number>;
  /** Specifies the maximum object size in bytes for this rule to apply to. Objects must be smaller than this value in bytes. For more information about sized based rules, see [Lifecycle configuration using size-based rules](https://docs.aws.a... */
  readonly ObjectSizeLessThan?: Value<number>;
  /** Object key prefix that identifies one or more objects to which this rule applies. */
  readonly Prefix?: Value<string>;
  /** If `Enabled` , the rule is currently being applied. If `Disabled` , the rule is not currently being applied. */
  readonly Status: Value<string>;
  /** Tags to use to identify a subset of objects to which the lifecycle rule applies. */
  readonly TagFilters?: ListOf<Value<Bucket_TagFilter>>;
  /** (Deprecated.) Specifies when an object transitions to a specified storage class. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date). The expiration time must... */
  readonly Transition?: Value<Bucket_Transition>;
  /** One or more transition rules that specify when an object transitions to a specified storage class. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date). The exp... */
  readonly Transitions?: ListOf<Value<Bucket_Transition>>;
}

export interface Bucket_S3KeyFilter {
  /** A list of containers for the key-value pair that defines the criteria for the filter rule. */
  readonly Rules: ListOf<Value<Bucket_FilterRule>>;
}

export interface Bucket_S3TablesDestination {
  /** The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration. The specified metadata table name must be unique within the `aws_s3_metadata` namespace in the destination table bucket. */
  readonly TableArn?: Value<string>;
  /** The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in the metadata table configuration. The destination table bucket must be in the same Region and AWS account as the general purpose bucket. */
  readonly TableBucketArn: Value<string>;
  /** The name for the metadata table in your metadata table configuration. The specified metadata table name must be unique within the `aws_s3_metadata` namespace in the destination table bucket. */
  readonly TableName: Value<string>;
  /** The table bucket namespace for the metadata table in your metadata table configuration. This value is always `aws_s3_metadata` . */
  readonly TableNamespace?: Value<string>;
}

export interface Bucket_ServerSideEncryptionByDefault {
  /** AWS Key Management Service (KMS) customer managed key ID to use for the default encryption. */
  readonly KMSMasterKeyID?: Value<string>;
  /** Server-side encryption algorithm to use for the default encryption. */
  readonly SSEAlgorithm: Value<string>;
}

export interface Bucket_ServerSideEncryptionRule {
  /** A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type. For example, blocking an encryption type will block `PutObject` , `CopyObjec... */
  readonly BlockedEncryptionTypes?: Value<Bucket_BlockedEncryptionTypes>;
  /** Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS (SSE-KMS) for new objects in the bucket. Existing objects are not affected. Setting the `BucketKeyEnabled` element to `true` causes Amazon S3 t... */
  readonly BucketKeyEnabled?: Value<boolean>;
  /** Specifies the default server-side encryption to apply to new objects in the bucket. If a PUT Object request doesn't specify any server-side encryption, this default encryption will be applied. */
  readonly ServerSideEncryptionByDefault?: Value<Bucket_ServerSideEncryptionByDefault>;
}

export interface Bucket_SourceSelectionCriteria {
  /** A filter that you can specify for selection for modifications on replicas. */
  readonly ReplicaModifications?: Value<Bucket_ReplicaModifications>;
  /** A container for filter information for the selection of Amazon S3 objects encrypted with AWS KMS. */
  readonly SseKmsEncryptedObjects?: Value<Bucket_SseKmsEncryptedObjects>;
}

export interface Bucket_SseKmsEncryptedObjects {
  /** Specifies whether Amazon S3 replicates objects created with server-side encryption using an AWS KMS key stored in AWS Key Management Service. */
  readonly Status: Value<string>;
}

export interface Bucket_StorageClassAnalysis {
  /** Specifies how data related to the storage class analysis for an Amazon S3 bucket should be exported. */
  readonly DataExport?: Value<Bucket_DataExport>;
}

export interface Bucket_TagFilter {
  /** The tag key. */
  readonly Key: Value<string>;
  /** The tag value. */
  readonly Value: Value<string>;
}

export interface Bucket_TargetObjectKeyFormat {
  /** Partitioned S3 key for log objects. */
  readonly PartitionedPrefix?: Value<Bucket_PartitionedPrefix>;
  /** To use the simple format for S3 keys for log objects. To specify SimplePrefix format, set SimplePrefix to {}. */
  readonly SimplePrefix?: Value<Json>;
}

export interface Bucket_Tiering {
  /** S3 Intelligent-Tiering access tier. See [Storage class for automatically optimizing frequently and infrequently accessed objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access) for a list... */
  readonly AccessTier: Value<string>;
  /** The number of consecutive days of no access after which an object will be eligible to be transitioned to the corresponding tier. The minimum number of days specified for Archive Access tier must be at least 90 days and Deep Archive Acces... */
  readonly Days: Value<number>;
}

export interface Bucket_TopicConfiguration {
  /** The Amazon S3 bucket event about which to send notifications. For more information, see [Supported Event Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon S3 User Guide* . */
  readonly Event: Value<string>;
  /** The filtering rules that determine for which objects to send notifications. For example, you can create a filter so that Amazon S3 sends notifications only when image files with a `.jpg` extension are added to the bucket. */
  readonly Filter?: Value<Bucket_NotificationFilter>;
  /** The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a message when it detects events of the specified type. */
  readonly Topic: Value<string>;
}

export interface Bucket_Transition {
  /** The storage class to which you want the object to transition. */
  readonly StorageClass: Value<string>;
  /** Indicates when objects are transitioned to the specified storage class. The date value must be in ISO 8601 format. The time is always midnight UTC. */
  readonly TransitionDate?: Value<string>;
  /** Indicates the number of days after creation when objects are transitioned to the specified storage class. If the specified storage class is `INTELLIGENT_TIERING` , `GLACIER_IR` , `GLACIER` , or `DEEP_ARCHIVE` , valid values are `0` or po... */
  readonly TransitionInDays?: Value<number>;
}

export interface Bucket_VersioningConfiguration {
  /** The versioning state of the bucket. */
  readonly Status: Value<string>;
}

export interface Bucket_WebsiteConfiguration {
  /** The name of the error document for the website. */
  readonly ErrorDocument?: Value<string>;
  /** The name of the index document for the website. */
  readonly IndexDocument?: Value<string>;
  /** The redirect behavior for every request to this bucket's website endpoint. */
  readonly RedirectAllRequestsTo?: Value<Bucket_RedirectAllRequestsTo>;
  /** Rules that define when a redirect is applied and the redirect behavior. */
  readonly RoutingRules?: ListOf<Value<Bucket_RoutingRule>>;
}

/** Applies an Amazon S3 bucket policy to an Amazon S3 bucket. If you are using an identity other than the root user of the AWS account that owns the bucket, the calling identity must have the `PutBucketPolicy` permissions on the specified b... */
export interface BucketPolicyProps {
  /** The name of the Amazon S3 bucket to which the policy applies. */
  readonly Bucket: Value<string>;
  /** A policy document containing permissions to add to the specified bucket. In IAM, you must provide policy documents in JSON format. However, in CloudFormation you can provide the policy in JSON or YAML format because CloudFormation conver... */
  readonly PolicyDocument: Value<Json> | Value<string>;
}

/** The `AWS::S3::MultiRegionAccessPoint` resource creates an Amazon S3 Multi-Region Access Point. To learn more about Multi-Region Access Points, see [Multi-Region Access Points in Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/user... */
export interface MultiRegionAccessPointProps {
  /** The name of the Multi-Region Access Point. */
  readonly Name?: Value<string>;
  /** The PublicAccessBlock configuration that you want to apply to this Multi-Region Access Point. You can enable the configuration options in any combination. For more information about when Amazon S3 considers an object public, see [The Mea... */
  readonly PublicAccessBlockConfiguration?: Value<MultiRegionAccessPoint_PublicAccessBlockConfiguration>;
  /** A collection of the Regions and buckets associated with the Multi-Region Access Point. */
  readonly Regions: ListOf<Value<MultiRegionAccessPoint_Region>>;
}

export interface MultiRegionAccessPoint_PublicAccessBlockConfiguration {
  /** Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket and objects in this bucket. Setting this element to `TRUE` causes the following behavior: */
  readonly BlockPublicAcls?: Value<boolean>;
  /** Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access. */
  readonly BlockPublicPolicy?: Value<boolean>;
  /** Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this bucket. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on this bucket and objects in this bucket. */
  readonly IgnorePublicAcls?: Value<boolean>;
  /** Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting this element to `TRUE` restricts access to this bucket to only AWS service principals and authorized users within this account if the bucket has... */
  readonly RestrictPublicBuckets?: Value<boolean>;
}

export interface MultiRegionAccessPoint_Region {
  /** The name of the associated bucket for the Region. */
  readonly Bucket: Value<string>;
  /** The AWS account ID that owns the Amazon S3 bucket that's associated with this Multi-Region Access Point. */
  readonly BucketAccountId?: Value<string>;
}

/** Applies an Amazon S3 access policy to an Amazon S3 Multi-Region Access Point. */
export interface MultiRegionAccessPointPolicyProps {
  /** The name of the Multi-Region Access Point. */
  readonly MrapName: Value<string>;
  /** The access policy associated with the Multi-Region Access Point. */
  readonly Policy: Value<Json>;
}

export interface MultiRegionAccessPointPolicy_PolicyStatus {
  /** The policy status for this bucket. `TRUE` indicates that this bucket is public. `FALSE` indicates that the bucket is not public. */
  readonly IsPublic: Value<string>;
}

/** The AWS::S3::StorageLens resource creates an Amazon S3 Storage Lens configuration. */
export interface StorageLensProps {
  /** This resource contains the details Amazon S3 Storage Lens configuration. */
  readonly StorageLensConfiguration: Value<StorageLens_StorageLensConfiguration>;
  /** A set of tags (key–value pairs) to associate with the Storage Lens configuration. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface StorageLens_AccountLevel {
  /** This property contains the details of account-level activity metrics for S3 Storage Lens. */
  readonly ActivityMetrics?: Value<StorageLens_ActivityMetrics>;
  /** This property contains the details of account-level advanced cost optimization metrics for S3 Storage Lens. */
  readonly AdvancedCostOptimizationMetrics?: Value<StorageLens_AdvancedCostOptimizationMetrics>;
  /** This property contains the details of account-level advanced data protection metrics for S3 Storage Lens. */
  readonly AdvancedDataProtectionMetrics?: Value<StorageLens_AdvancedDataProtectionMetrics>;
  /** This property contains the account-level details for S3 Storage Lens advanced performance metrics. */
  readonly AdvancedPerformanceMetrics?: Value<StorageLens_AdvancedPerformanceMetrics>;
  /** This property contains the details of the account-level bucket-level configurations for Amazon S3 Storage Lens. To enable bucket-level configurations, make sure to also set the same metrics at the account level. */
  readonly BucketLevel: Value<StorageLens_BucketLevel>;
  /** This property contains the details of account-level detailed status code metrics for S3 Storage Lens. */
  readonly DetailedStatusCodesMetrics?: Value<StorageLens_DetailedStatusCodesMetrics>;
  /** This property determines the scope of Storage Lens group data that is displayed in the Storage Lens dashboard. */
  readonly StorageLensGroupLevel?: Value<StorageLens_StorageLensGroupLevel>;
}

export interface StorageLens_ActivityMetrics {
  /** A property that indicates whether the activity metrics is enabled. */
  readonly IsEnabled?: Value<boolean>;
}

export interface StorageLens_AdvancedCostOptimizationMetrics {
  /** Indicates whether advanced cost optimization metrics are enabled. */
  readonly IsEnabled?: Value<boolean>;
}

export interface StorageLens_AdvancedDataProtectionMetrics {
  /** Indicates whether advanced data protection metrics are enabled. */
  readonly IsEnabled?: Value<boolean>;
}

export interface StorageLens_AdvancedPerformanceMetrics {
  /** This property indicates whether the advanced performance metrics are enabled. */
  readonly IsEnabled?: Value<boolean>;
}

export interface StorageLens_AwsOrg {
  /** This resource contains the ARN of the AWS Organization. */
  readonly Arn: Value<string>;
}

export interface StorageLens_BucketLevel {
  /** A property for bucket-level activity metrics for S3 Storage Lens. */
  readonly ActivityMetrics?: Value<StorageLens_ActivityMetrics>;
  /** A property for bucket-level advanced cost optimization metrics for S3 Storage Lens. */
  readonly AdvancedCostOptimizationMetrics?: Value<StorageLens_AdvancedCostOptimizationMetrics>;
  /** A property for bucket-level advanced data protection metrics for S3 Storage Lens. */
  readonly AdvancedDataProtectionMetrics?: Value<StorageLens_AdvancedDataProtectionMetrics>;
  /** A property for bucket-level advanced performance metrics for S3 Storage Lens. */
  readonly AdvancedPerformanceMetrics?: Value<StorageLens_AdvancedPerformanceMetrics>;
  /** A property for bucket-level detailed status code metrics for S3 Storage Lens. */
  readonly DetailedStatusCodesMetrics?: Value<StorageLens_DetailedStatusCodesMetrics>;
  /** A property for bucket-level prefix-level storage metrics for S3 Storage Lens. */
  readonly PrefixLevel?: Value<StorageLens_PrefixLevel>;
}

export interface StorageLens_BucketsAndRegions {
  /** This property contains the details of the buckets for the Amazon S3 Storage Lens configuration. This should be the bucket Amazon Resource Name(ARN). For valid values, see [Buckets ARN format here](https://docs.aws.amazon.com/AmazonS3/lat... */
  readonly Buckets?: ListOf<Value<string>>;
  /** This property contains the details of the Regions for the S3 Storage Lens configuration. */
  readonly Regions?: ListOf<Value<string>>;
}

export interface StorageLens_CloudWatchMetrics {
  /** This property identifies whether the CloudWatch publishing option for S3 Storage Lens is enabled. */
  readonly IsEnabled: Value<boolean>;
}

export interface StorageLens_DataExport {
  /** This property enables the Amazon CloudWatch publishing option for S3 Storage Lens metrics. */
  readonly CloudWatchMetrics?: Value<StorageLens_CloudWatchMetrics>;
  /** This property contains the details of the bucket where the S3 Storage Lens metrics export will be placed. */
  readonly S3BucketDestination?: Value<StorageLens_S3BucketDestination>;
  /** This property contains the details of the S3 table bucket where the S3 Storage Lens default metrics report will be placed. This property enables you to store your Storage Lens metrics in read-only S3 Tables. */
  readonly StorageLensTableDestination?: Value<StorageLens_StorageLensTableDestination>;
}

export interface StorageLens_DetailedStatusCodesMetrics {
  /** Indicates whether detailed status code metrics are enabled. */
  readonly IsEnabled?: Value<boolean>;
}

export interface StorageLens_Encryption {
  /** Specifies the use of AWS Key Management Service keys (SSE-KMS) to encrypt the S3 Storage Lens metrics export file. */
  readonly SSEKMS?: Value<StorageLens_SSEKMS>;
  /** Specifies the use of an Amazon S3-managed key (SSE-S3) to encrypt the S3 Storage Lens metrics export file. */
  readonly SSES3?: Value<Json>;
}

export interface StorageLens_PrefixLevel {
  /** A property for the prefix-level storage metrics for Amazon S3 Storage Lens. */
  readonly StorageMetrics: Value<StorageLens_PrefixLevelStorageMetrics>;
}

export interface StorageLens_PrefixLevelStorageMetrics {
  /** This property identifies whether the details of the prefix-level storage metrics for S3 Storage Lens are enabled. */
  readonly IsEnabled?: Value<boolean>;
  /** This property identifies whether the details of the prefix-level storage metrics for S3 Storage Lens are enabled. */
  readonly SelectionCriteria?: Value<StorageLens_SelectionCriteria>;
}

export interface StorageLens_S3BucketDestination {
  /** This property contains the details of the AWS account ID of the S3 Storage Lens export bucket destination. */
  readonly AccountId: Value<string>;
  /** This property contains the details of the ARN of the bucket destination of the S3 Storage Lens export. */
  readonly Arn: Value<string>;
  /** This property contains the details of the encryption of the bucket destination of the Amazon S3 Storage Lens metrics export. */
  readonly Encryption?: Value<StorageLens_Encryption>;
  /** This property contains the details of the format of the S3 Storage Lens export bucket destination. */
  readonly Format: Value<string>;
  /** This property contains the details of the output schema version of the S3 Storage Lens export bucket destination. */
  readonly OutputSchemaVersion: Value<string>;
  /** This property contains the details of the prefix of the bucket destination of the S3 Storage Lens export . */
  readonly Prefix?: Value<string>;
}

export interface StorageLens_SelectionCriteria {
  /** This property contains the details of the S3 Storage Lens delimiter being used. */
  readonly Delimiter?: Value<string>;
  /** This property contains the details of the max depth that S3 Storage Lens will collect metrics up to. */
  readonly MaxDepth?: Value<number>;
  /** This property contains the details of the minimum storage bytes percentage threshold that S3 Storage Lens will collect metrics up to. */
  readonly MinStorageBytesPercentage?: Value<number>;
}

export interface StorageLens_SSEKMS {
  /** Specifies the Amazon Resource Name (ARN) of the customer managed AWS key to use for encrypting the S3 Storage Lens metrics export file. Amazon S3 only supports symmetric encryption keys. For more information, see [Special-purpose keys](h... */
  readonly KeyId: Value<string>;
}

export interface StorageLens_StorageLensConfiguration {
  /** This property contains the details of the account-level metrics for Amazon S3 Storage Lens configuration. */
  readonly AccountLevel: Value<StorageLens_AccountLevel>;
  /** This property contains the details of the AWS Organization for the S3 Storage Lens configuration. */
  readonly AwsOrg?: Value<StorageLens_AwsOrg>;
  /** This property contains the details of this S3 Storage Lens configuration's metrics export. */
  readonly DataExport?: Value<StorageLens_DataExport>;
  /** This property contains the details of the bucket and or Regions excluded for Amazon S3 Storage Lens configuration. */
  readonly Exclude?: Value<StorageLens_BucketsAndRegions>;
  /** This property configures your S3 Storage Lens expanded prefixes metrics report. */
  readonly ExpandedPrefixesDataExport?: Value<StorageLens_StorageLensExpandedPrefixesDataExport>;
  /** This property contains the details of the ID of the S3 Storage Lens configuration. */
  readonly Id: Value<string>;
  /** This property contains the details of the bucket and or Regions included for Amazon S3 Storage Lens configuration. */
  readonly Include?: Value<StorageLens_BucketsAndRegions>;
  /** This property contains the details of whether the Amazon S3 Storage Lens configuration is enabled. */
  readonly IsEnabled: Value<boolean>;
  /** The delimiter to divide S3 key into hierarchy of prefixes. */
  readonly PrefixDelimiter?: Value<string>;
  /** This property contains the details of the ARN of the S3 Storage Lens configuration. This property is read-only. */
  readonly StorageLensArn?: Value<string>;
}

export interface StorageLens_StorageLensExpandedPrefixesDataExport {
  /** This property specifies the general purpose bucket where the S3 Storage Lens Expanded Prefixes metrics export files are located. At least one export destination must be specified. */
  readonly S3BucketDestination?: Value<StorageLens_S3BucketDestination>;
  /** This property configures S3 Storage Lens Expanded Prefixes metrics report to read-only S3 table buckets. */
  readonly StorageLensTableDestination?: Value<StorageLens_StorageLensTableDestination>;
}

export interface StorageLens_StorageLensGroupLevel {
  /** This property indicates which Storage Lens group ARNs to include or exclude in the Storage Lens group aggregation. If this value is left null, then all Storage Lens groups are selected. */
  readonly StorageLensGroupSelectionCriteria?: Value<StorageLens_StorageLensGroupSelectionCriteria>;
}

export interface StorageLens_StorageLensGroupSelectionCriteria {
  /** This property indicates which Storage Lens group ARNs to exclude from the Storage Lens group aggregation. */
  readonly Exclude?: ListOf<Value<string>>;
  /** This property indicates which Storage Lens group ARNs to include in the Storage Lens group aggregation. */
  readonly Include?: ListOf<Value<string>>;
}

export interface StorageLens_StorageLensTableDestination {
  /** This resource configures your data encryption settings for Storage Lens metrics in read-only S3 table buckets. */
  readonly Encryption?: Value<StorageLens_Encryption>;
  /** This property indicates whether the export to read-only S3 table buckets is enabled for your S3 Storage Lens configuration. When set to true, Storage Lens reports are automatically exported to tables in addition to other configured desti... */
  readonly IsEnabled: Value<boolean>;
}

/** The `AWS::S3::StorageLensGroup` resource creates an S3 Storage Lens group. A Storage Lens group is a custom grouping of objects that include filters for prefixes, suffixes, object tags, object size, or object age. You can create an S3 St... */
export interface StorageLensGroupProps {
  /** This property contains the criteria for the Storage Lens group data that is displayed */
  readonly Filter: Value<StorageLensGroup_Filter>;
  /** This property contains the Storage Lens group name. */
  readonly Name: Value<string>;
  /** This property contains the AWS resource tags that you're adding to your Storage Lens group. This parameter is optional. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface StorageLensGroup_And {
  /** This property contains a list of prefixes. At least one prefix must be specified. Up to 10 prefixes are allowed. */
  readonly MatchAnyPrefix?: ListOf<Value<string>>;
  /** This property contains a list of suffixes. At least one suffix must be specified. Up to 10 suffixes are allowed. */
  readonly MatchAnySuffix?: ListOf<Value<string>>;
  /** This property contains the list of object tags. At least one object tag must be specified. Up to 10 object tags are allowed. */
  readonly MatchAnyTag?: ListOf<Value<Tag>>;
  /** This property contains `DaysGreaterThan` and `DaysLessThan` properties to define the object age range (minimum and maximum number of days). */
  readonly MatchObjectAge?: Value<StorageLensGroup_MatchObjectAge>;
  /** This property contains `BytesGreaterThan` and `BytesLessThan` to define the object size range (minimum and maximum number of Bytes). */
  readonly MatchObjectSize?: Value<StorageLensGroup_MatchObjectSize>;
}

export interface StorageLensGroup_Filter {
  /** This property contains the `And` logical operator, which allows multiple filter conditions to be joined for more complex comparisons of Storage Lens group data. Objects must match all of the listed filter conditions that are joined by th... */
  readonly And?: Value<StorageLensGroup_And>;
  /** This property contains a list of prefixes. At least one prefix must be specified. Up to 10 prefixes are allowed. */
  readonly MatchAnyPrefix?: ListOf<Value<string>>;
  /** This property contains a list of suffixes. At least one suffix must be specified. Up to 10 suffixes are allowed. */
  readonly MatchAnySuffix?: ListOf<Value<string>>;
  /** This property contains the list of S3 object tags. At least one object tag must be specified. Up to 10 object tags are allowed. */
  readonly MatchAnyTag?: ListOf<Value<Tag>>;
  /** This property contains `DaysGreaterThan` and `DaysLessThan` to define the object age range (minimum and maximum number of days). */
  readonly MatchObjectAge?: Value<StorageLensGroup_MatchObjectAge>;
  /** This property contains `BytesGreaterThan` and `BytesLessThan` to define the object size range (minimum and maximum number of Bytes). */
  readonly MatchObjectSize?: Value<StorageLensGroup_MatchObjectSize>;
  /** This property contains the `Or` logical operator, which allows multiple filter conditions to be joined. Objects can match any of the listed filter conditions, which are joined by the `Or` logical operator. Only one of each filter conditi... */
  readonly Or?: Value<StorageLensGroup_Or>;
}

export interface StorageLensGroup_MatchObjectAge {
  /** This property indicates the minimum object age in days. */
  readonly DaysGreaterThan?: Value<number>;
  /** This property indicates the maximum object age in days. */
  readonly DaysLessThan?: Value<number>;
}

export interface StorageLensGroup_MatchObjectSize {
  /** This property specifies the minimum object size in bytes. The value must be a positive number, greater than 0 and less than 5 TB. */
  readonly BytesGreaterThan?: Value<number>;
  /** This property specifies the maximum object size in bytes. The value must be a positive number, greater than the minimum object size and less than 5 TB. */
  readonly BytesLessThan?: Value<number>;
}

export interface StorageLensGroup_Or {
  /** This property contains a list of prefixes. At least one prefix must be specified. Up to 10 prefixes are allowed. */
  readonly MatchAnyPrefix?: ListOf<Value<string>>;
  /** This property contains the list of suffixes. At least one suffix must be specified. Up to 10 suffixes are allowed. */
  readonly MatchAnySuffix?: ListOf<Value<string>>;
  /** This property contains the list of S3 object tags. At least one object tag must be specified. Up to 10 object tags are allowed. */
  readonly MatchAnyTag?: ListOf<Value<Tag>>;
  /** This property filters objects that match the specified object age range. */
  readonly MatchObjectAge?: Value<StorageLensGroup_MatchObjectAge>;
  /** This property contains the `BytesGreaterThan` and `BytesLessThan` values to define the object size range (minimum and maximum number of Bytes). */
  readonly MatchObjectSize?: Value<StorageLensGroup_MatchObjectSize>;
}
