// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::KinesisFirehose::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Tag } from '../values.js';

/** The `AWS::KinesisFirehose::DeliveryStream` resource specifies an Amazon Kinesis Data Firehose (Kinesis Data Firehose) delivery stream that delivers real-time streaming data to an Amazon Simple Storage Service (Amazon S3), Amazon Redshift... */
export interface DeliveryStreamProps {
  /** Describes the configuration of a destination in the Serverless offering for Amazon OpenSearch Service. */
  readonly AmazonOpenSearchServerlessDestinationConfiguration?: Value<DeliveryStream_AmazonOpenSearchServerlessDestinationConfiguration>;
  /** The destination in Amazon OpenSearch Service. You can specify only one destination. */
  readonly AmazonopensearchserviceDestinationConfiguration?: Value<DeliveryStream_AmazonopensearchserviceDestinationConfiguration>;
  /** The top level object for configuring streams with database as a source. */
  readonly DatabaseSourceConfiguration?: Value<DeliveryStream_DatabaseSourceConfiguration>;
  /** Specifies the type and Amazon Resource Name (ARN) of the CMK to use for Server-Side Encryption (SSE). */
  readonly DeliveryStreamEncryptionConfigurationInput?: Value<DeliveryStream_DeliveryStreamEncryptionConfigurationInput>;
  /** The name of the Firehose stream. */
  readonly DeliveryStreamName?: Value<string>;
  /** The Firehose stream type. This can be one of the following values: */
  readonly DeliveryStreamType?: Value<string>;
  /** The structure that configures parameters such as `ThroughputHintInMBs` for a stream configured with Direct PUT as a source. */
  readonly DirectPutSourceConfiguration?: Value<DeliveryStream_DirectPutSourceConfiguration>;
  /** An Amazon ES destination for the delivery stream. */
  readonly ElasticsearchDestinationConfiguration?: Value<DeliveryStream_ElasticsearchDestinationConfiguration>;
  /** An Amazon S3 destination for the delivery stream. */
  readonly ExtendedS3DestinationConfiguration?: Value<DeliveryStream_ExtendedS3DestinationConfiguration>;
  /** Enables configuring Kinesis Firehose to deliver data to any HTTP endpoint destination. You can specify only one destination. */
  readonly HttpEndpointDestinationConfiguration?: Value<DeliveryStream_HttpEndpointDestinationConfiguration>;
  /** Specifies the destination configure settings for Apache Iceberg Table. */
  readonly IcebergDestinationConfiguration?: Value<DeliveryStream_IcebergDestinationConfiguration>;
  /** When a Kinesis stream is used as the source for the delivery stream, a [KinesisStreamSourceConfiguration](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisfirehose-deliverystream-kinesisstreamsourcecon... */
  readonly KinesisStreamSourceConfiguration?: Value<DeliveryStream_KinesisStreamSourceConfiguration>;
  /** The configuration for the Amazon MSK cluster to be used as the source for a delivery stream. */
  readonly MSKSourceConfiguration?: Value<DeliveryStream_MSKSourceConfiguration>;
  /** An Amazon Redshift destination for the delivery stream. */
  readonly RedshiftDestinationConfiguration?: Value<DeliveryStream_RedshiftDestinationConfiguration>;
  /** The `S3DestinationConfiguration` property type specifies an Amazon Simple Storage Service (Amazon S3) destination to which Amazon Kinesis Data Firehose (Kinesis Data Firehose) delivers data. */
  readonly S3DestinationConfiguration?: Value<DeliveryStream_S3DestinationConfiguration>;
  /** Configure Snowflake destination */
  readonly SnowflakeDestinationConfiguration?: Value<DeliveryStream_SnowflakeDestinationConfiguration>;
  /** The configuration of a destination in Splunk for the delivery stream. */
  readonly SplunkDestinationConfiguration?: Value<DeliveryStream_SplunkDestinationConfiguration>;
  /** A set of tags to assign to the Firehose stream. A tag is a key-value pair that you can define and assign to AWS resources. Tags are metadata. For example, you can add friendly names and descriptions or other types of information that can... */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface DeliveryStream_AmazonOpenSearchServerlessBufferingHints {
  /** Buffer incoming data for the specified period of time, in seconds, before delivering it to the destination. The default value is 300 (5 minutes). */
  readonly IntervalInSeconds?: Value<number>;
  /** Buffer incoming data to the specified size, in MBs, before delivering it to the destination. The default value is 5. */
  readonly SizeInMBs?: Value<number>;
}

export interface DeliveryStream_AmazonOpenSearchServerlessDestinationConfiguration {
  /** The buffering options. If no value is specified, the default values for AmazonopensearchserviceBufferingHints are used. */
  readonly BufferingHints?: Value<DeliveryStream_AmazonOpenSearchServerlessBufferingHints>;
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The endpoint to use when communicating with the collection in the Serverless offering for Amazon OpenSearch Service. */
  readonly CollectionEndpoint?: Value<string>;
  /** The Serverless offering for Amazon OpenSearch Service index name. */
  readonly IndexName: Value<string>;
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The retry behavior in case Firehose is unable to deliver documents to the Serverless offering for Amazon OpenSearch Service. The default value is 300 (5 minutes). */
  readonly RetryOptions?: Value<DeliveryStream_AmazonOpenSearchServerlessRetryOptions>;
  /** The Amazon Resource Name (ARN) of the IAM role to be assumed by Firehose for calling the Serverless offering for Amazon OpenSearch Service Configuration API and for indexing documents. */
  readonly RoleARN: Value<string>;
  /** Defines how documents should be delivered to Amazon S3. When it is set to FailedDocumentsOnly, Firehose writes any documents that could not be indexed to the configured Amazon S3 destination, with AmazonOpenSearchService-failed/ appended... */
  readonly S3BackupMode?: Value<string>;
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  readonly VpcConfiguration?: Value<DeliveryStream_VpcConfiguration>;
}

export interface DeliveryStream_AmazonOpenSearchServerlessRetryOptions {
  /** After an initial failure to deliver to the Serverless offering for Amazon OpenSearch Service, the total amount of time during which Firehose retries delivery (including the first attempt). After this time has elapsed, the failed document... */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_AmazonopensearchserviceBufferingHints {
  /** Buffer incoming data for the specified period of time, in seconds, before delivering it to the destination. The default value is 300 (5 minutes). */
  readonly IntervalInSeconds?: Value<number>;
  /** Buffer incoming data to the specified size, in MBs, before delivering it to the destination. The default value is 5. We recommend setting this parameter to a value greater than the amount of data you typically ingest into the delivery st... */
  readonly SizeInMBs?: Value<number>;
}

export interface DeliveryStream_AmazonopensearchserviceDestinationConfiguration {
  /** The buffering options. If no value is specified, the default values for AmazonopensearchserviceBufferingHints are used. */
  readonly BufferingHints?: Value<DeliveryStream_AmazonopensearchserviceBufferingHints>;
  /** Describes the Amazon CloudWatch logging options for your delivery stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The endpoint to use when communicating with the cluster. Specify either this ClusterEndpoint or the DomainARN field. */
  readonly ClusterEndpoint?: Value<string>;
  /** Indicates the method for setting up document ID. The supported methods are Firehose generated document ID and OpenSearch Service generated document ID. */
  readonly DocumentIdOptions?: Value<DeliveryStream_DocumentIdOptions>;
  /** The ARN of the Amazon OpenSearch Service domain. */
  readonly DomainARN?: Value<string>;
  /** The Amazon OpenSearch Service index name. */
  readonly IndexName: Value<string>;
  /** The Amazon OpenSearch Service index rotation period. Index rotation appends a timestamp to the IndexName to facilitate the expiration of old data. */
  readonly IndexRotationPeriod?: Value<string>;
  /** Describes a data processing configuration. */
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The retry behavior in case Kinesis Data Firehose is unable to deliver documents to Amazon OpenSearch Service. The default value is 300 (5 minutes). */
  readonly RetryOptions?: Value<DeliveryStream_AmazonopensearchserviceRetryOptions>;
  /** The Amazon Resource Name (ARN) of the IAM role to be assumed by Kinesis Data Firehose for calling the Amazon OpenSearch Service Configuration API and for indexing documents. */
  readonly RoleARN: Value<string>;
  /** Defines how documents should be delivered to Amazon S3. */
  readonly S3BackupMode?: Value<string>;
  /** Describes the configuration of a destination in Amazon S3. */
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The Amazon OpenSearch Service type name. */
  readonly TypeName?: Value<string>;
  /** The details of the VPC of the Amazon OpenSearch Service destination. */
  readonly VpcConfiguration?: Value<DeliveryStream_VpcConfiguration>;
}

export interface DeliveryStream_AmazonopensearchserviceRetryOptions {
  /** After an initial failure to deliver to Amazon OpenSearch Service, the total amount of time during which Kinesis Data Firehose retries delivery (including the first attempt). After this time has elapsed, the failed documents are written t... */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_AuthenticationConfiguration {
  /** The type of connectivity used to access the Amazon MSK cluster. */
  readonly Connectivity: Value<string>;
  /** The ARN of the role used to access the Amazon MSK cluster. */
  readonly RoleARN: Value<string>;
}

export interface DeliveryStream_BufferingHints {
  /** The length of time, in seconds, that Kinesis Data Firehose buffers incoming data before delivering it to the destination. For valid values, see the `IntervalInSeconds` content for the [BufferingHints](https://docs.aws.amazon.com/firehose... */
  readonly IntervalInSeconds?: Value<number>;
  /** The size of the buffer, in MBs, that Kinesis Data Firehose uses for incoming data before delivering it to the destination. For valid values, see the `SizeInMBs` content for the [BufferingHints](https://docs.aws.amazon.com/firehose/latest... */
  readonly SizeInMBs?: Value<number>;
}

export interface DeliveryStream_CatalogConfiguration {
  /** Specifies the Glue catalog ARN identifier of the destination Apache Iceberg Tables. You must specify the ARN in the format `arn:aws:glue:region:account-id:catalog` . */
  readonly CatalogArn?: Value<string>;
  /** The warehouse location for Apache Iceberg tables. You must configure this when schema evolution and table creation is enabled. */
  readonly WarehouseLocation?: Value<string>;
}

export interface DeliveryStream_CloudWatchLoggingOptions {
  /** Indicates whether CloudWatch Logs logging is enabled. */
  readonly Enabled?: Value<boolean>;
  /** The name of the CloudWatch Logs log group that contains the log stream that Kinesis Data Firehose will use. */
  readonly LogGroupName?: Value<string>;
  /** The name of the CloudWatch Logs log stream that Kinesis Data Firehose uses to send logs about data delivery. */
  readonly LogStreamName?: Value<string>;
}

export interface DeliveryStream_CopyCommand {
  /** Parameters to use with the Amazon Redshift `COPY` command. For examples, see the `CopyOptions` content for the [CopyCommand](https://docs.aws.amazon.com/firehose/latest/APIReference/API_CopyCommand.html) data type in the *Amazon Kinesis... */
  readonly CopyOptions?: Value<string>;
  /** A comma-separated list of column names. */
  readonly DataTableColumns?: Value<string>;
  /** The name of the target table. The table must already exist in the database. */
  readonly DataTableName: Value<string>;
}

export interface DeliveryStream_DatabaseColumns {
  readonly Exclude?: ListOf<Value<string>>;
  readonly Include?: ListOf<Value<string>>;
}

export interface DeliveryStream_Databases {
  readonly Exclude?: ListOf<Value<string>>;
  readonly Include?: ListOf<Value<string>>;
}

export interface DeliveryStream_DatabaseSourceAuthenticationConfiguration {
  readonly SecretsManagerConfiguration: Value<DeliveryStream_SecretsManagerConfiguration>;
}

export interface DeliveryStream_DatabaseSourceConfiguration {
  /** The list of column patterns in source database endpoint for Firehose to read from. */
  readonly Columns?: Value<DeliveryStream_DatabaseColumns>;
  /** The list of database patterns in source database endpoint for Firehose to read from. */
  readonly Databases: Value<DeliveryStream_Databases>;
  /** The structure to configure the authentication methods for Firehose to connect to source database endpoint. */
  readonly DatabaseSourceAuthenticationConfiguration: Value<DeliveryStream_DatabaseSourceAuthenticationConfiguration>;
  /** The details of the VPC Endpoint Service which Firehose uses to create a PrivateLink to the database. */
  readonly DatabaseSourceVPCConfiguration: Value<DeliveryStream_DatabaseSourceVPCConfiguration>;
  readonly Digest?: Value<string>;
  /** The endpoint of the database server. */
  readonly Endpoint: Value<string>;
  /** The port of the database. This can be one of the following values. */
  readonly Port: Value<number>;
  readonly PublicCertificate?: Value<string>;
  /** The fully qualified name of the table in source database endpoint that Firehose uses to track snapshot progress. */
  readonly SnapshotWatermarkTable: Value<string>;
  /** The mode to enable or disable SSL when Firehose connects to the database endpoint. */
  readonly SSLMode?: Value<string>;
  /** The optional list of table and column names used as unique key columns when taking snapshot if the tables don’t have primary keys configured. */
  readonly SurrogateKeys?: ListOf<Value<string>>;
  /** The list of table patterns in source database endpoint for Firehose to read from. */
  readonly Tables: Value<DeliveryStream_DatabaseTables>;
  /** The type of database engine. This can be one of the following values. */
  readonly Type: Value<string>;
}

export interface DeliveryStream_DatabaseSourceVPCConfiguration {
  /** The VPC endpoint service name which Firehose uses to create a PrivateLink to the database. The endpoint service must have the Firehose service principle `firehose.amazonaws.com` as an allowed principal on the VPC endpoint service. The VP... */
  readonly VpcEndpointServiceName: Value<string>;
}

export interface DeliveryStream_DatabaseTables {
  readonly Exclude?: ListOf<Value<string>>;
  readonly Include?: ListOf<Value<string>>;
}

export interface DeliveryStream_DataFormatConversionConfiguration {
  /** Defaults to `true` . Set it to `false` if you want to disable format conversion while preserving the configuration details. */
  readonly Enabled?: Value<boolean>;
  /** Specifies the deserializer that you want Firehose to use to convert the format of your data from JSON. This parameter is required if `Enabled` is set to true. */
  readonly InputFormatConfiguration?: Value<DeliveryStream_InputFormatConfiguration>;
  /** Specifies the serializer that you want Firehose to use to convert the format of your data to the Parquet or ORC format. This parameter is required if `Enabled` is set to true. */
  readonly OutputFormatConfiguration?: Value<DeliveryStream_OutputFormatConfiguration>;
  /** Specifies the AWS Glue Data Catalog table that contains the column information. This parameter is required if `Enabled` is set to true. */
  readonly SchemaConfiguration?: Value<DeliveryStream_SchemaConfiguration>;
}

export interface DeliveryStream_DeliveryStreamEncryptionConfigurationInput {
  /** If you set `KeyType` to `CUSTOMER_MANAGED_CMK` , you must specify the Amazon Resource Name (ARN) of the CMK. If you set `KeyType` to `AWS _OWNED_CMK` , Firehose uses a service-account CMK. */
  readonly KeyARN?: Value<string>;
  /** Indicates the type of customer master key (CMK) to use for encryption. The default setting is `AWS_OWNED_CMK` . For more information about CMKs, see [Customer Master Keys (CMKs)](https://docs.aws.amazon.com/kms/latest/developerguide/conc... */
  readonly KeyType: Value<string>;
}

export interface DeliveryStream_Deserializer {
  /** The native Hive / HCatalog JsonSerDe. Used by Firehose for deserializing data, which means converting it from the JSON format in preparation for serializing it to the Parquet or ORC format. This is one of two deserializers you can choose... */
  readonly HiveJsonSerDe?: Value<DeliveryStream_HiveJsonSerDe>;
  /** The OpenX SerDe. Used by Firehose for deserializing data, which means converting it from the JSON format in preparation for serializing it to the Parquet or ORC format. This is one of two deserializers you can choose, depending on which... */
  readonly OpenXJsonSerDe?: Value<DeliveryStream_OpenXJsonSerDe>;
}

export interface DeliveryStream_DestinationTableConfiguration {
  /** The name of the Apache Iceberg database. */
  readonly DestinationDatabaseName: Value<string>;
  /** Specifies the name of the Apache Iceberg Table. */
  readonly DestinationTableName: Value<string>;
  /** The partition spec configuration for a table that is used by automatic table creation. */
  readonly PartitionSpec?: Value<DeliveryStream_PartitionSpec>;
  /** The table specific S3 error output prefix. All the errors that occurred while delivering to this table will be prefixed with this value in S3 destination. */
  readonly S3ErrorOutputPrefix?: Value<string>;
  /** A list of unique keys for a given Apache Iceberg table. Firehose will use these for running Create, Update, or Delete operations on the given Iceberg table. */
  readonly UniqueKeys?: ListOf<Value<string>>;
}

export interface DeliveryStream_DirectPutSourceConfiguration {
  /** The value that you configure for this parameter is for information purpose only and does not affect Firehose delivery throughput limit. You can use the [Firehose Limits form](https://docs.aws.amazon.com/https://support.console.aws.amazon... */
  readonly ThroughputHintInMBs?: Value<number>;
}

export interface DeliveryStream_DocumentIdOptions {
  /** When the `FIREHOSE_DEFAULT` option is chosen, Firehose generates a unique document ID for each record based on a unique internal identifier. The generated document ID is stable across multiple delivery attempts, which helps prevent the s... */
  readonly DefaultDocumentIdFormat: Value<string>;
}

export interface DeliveryStream_DynamicPartitioningConfiguration {
  /** Specifies whether dynamic partitioning is enabled for this Kinesis Data Firehose delivery stream. */
  readonly Enabled?: Value<boolean>;
  /** Specifies the retry behavior in case Kinesis Data Firehose is unable to deliver data to an Amazon S3 prefix. */
  readonly RetryOptions?: Value<DeliveryStream_RetryOptions>;
}

export interface DeliveryStream_ElasticsearchBufferingHints {
  /** The length of time, in seconds, that Kinesis Data Firehose buffers incoming data before delivering it to the destination. For valid values, see the `IntervalInSeconds` content for the [BufferingHints](https://docs.aws.amazon.com/firehose... */
  readonly IntervalInSeconds?: Value<number>;
  /** The size of the buffer, in MBs, that Kinesis Data Firehose uses for incoming data before delivering it to the destination. For valid values, see the `SizeInMBs` content for the [BufferingHints](https://docs.aws.amazon.com/firehose/latest... */
  readonly SizeInMBs?: Value<number>;
}

export interface DeliveryStream_ElasticsearchDestinationConfiguration {
  /** Configures how Kinesis Data Firehose buffers incoming data while delivering it to the Amazon ES domain. */
  readonly BufferingHints?: Value<DeliveryStream_ElasticsearchBufferingHints>;
  /** The Amazon CloudWatch Logs logging options for the delivery stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The endpoint to use when communicating with the cluster. Specify either this `ClusterEndpoint` or the `DomainARN` field. */
  readonly ClusterEndpoint?: Value<string>;
  /** Indicates the method for setting up document ID. The supported methods are Firehose generated document ID and OpenSearch Service generated document ID. */
  readonly DocumentIdOptions?: Value<DeliveryStream_DocumentIdOptions>;
  /** The ARN of the Amazon ES domain. The IAM role must have permissions for `DescribeElasticsearchDomain` , `DescribeElasticsearchDomains` , and `DescribeElasticsearchDomainConfig` after assuming the role specified in *RoleARN* . */
  readonly DomainARN?: Value<string>;
  /** The name of the Elasticsearch index to which Kinesis Data Firehose adds data for indexing. */
  readonly IndexName: Value<string>;
  /** The frequency of Elasticsearch index rotation. If you enable index rotation, Kinesis Data Firehose appends a portion of the UTC arrival timestamp to the specified index name, and rotates the appended timestamp accordingly. For more infor... */
  readonly IndexRotationPeriod?: Value<string>;
  /** The data processing configuration for the Kinesis Data Firehose delivery stream. */
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The retry behavior when Kinesis Data Firehose is unable to deliver data to Amazon ES. */
  readonly RetryOptions?: Value<DeliveryStream_ElasticsearchRetryOptions>;
  /** The Amazon Resource Name (ARN) of the IAM role to be assumed by Kinesis Data Firehose for calling the Amazon ES Configuration API and for indexing documents. For more information, see [Controlling Access with Amazon Kinesis Data Firehose... */
  readonly RoleARN: Value<string>;
  /** The condition under which Kinesis Data Firehose delivers data to Amazon Simple Storage Service (Amazon S3). You can send Amazon S3 all documents (all data) or only the documents that Kinesis Data Firehose could not deliver to the Amazon... */
  readonly S3BackupMode?: Value<string>;
  /** The S3 bucket where Kinesis Data Firehose backs up incoming data. */
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The Elasticsearch type name that Amazon ES adds to documents when indexing data. */
  readonly TypeName?: Value<string>;
  /** The details of the VPC of the Amazon ES destination. */
  readonly VpcConfiguration?: Value<DeliveryStream_VpcConfiguration>;
}

export interface DeliveryStream_ElasticsearchRetryOptions {
  /** After an initial failure to deliver to Amazon ES, the total amount of time during which Kinesis Data Firehose re-attempts delivery (including the first attempt). If Kinesis Data Firehose can't deliver the data within the specified time,... */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_EncryptionConfiguration {
  /** The AWS Key Management Service ( AWS KMS) encryption key that Amazon S3 uses to encrypt your data. */
  readonly KMSEncryptionConfig?: Value<DeliveryStream_KMSEncryptionConfig>;
  /** Disables encryption. For valid values, see the `NoEncryptionConfig` content for the [EncryptionConfiguration](https://docs.aws.amazon.com/firehose/latest/APIReference/API_EncryptionConfiguration.html) data type in the *Amazon Kinesis Dat... */
  readonly NoEncryptionConfig?: Value<string>;
}

export interface DeliveryStream_ExtendedS3DestinationConfiguration {
  /** The Amazon Resource Name (ARN) of the Amazon S3 bucket. For constraints, see [ExtendedS3DestinationConfiguration](https://docs.aws.amazon.com/firehose/latest/APIReference/API_ExtendedS3DestinationConfiguration.html) in the *Amazon Kinesi... */
  readonly BucketARN: Value<string>;
  /** The buffering option. */
  readonly BufferingHints?: Value<DeliveryStream_BufferingHints>;
  /** The Amazon CloudWatch logging options for your Firehose stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The compression format. If no value is specified, the default is `UNCOMPRESSED` . */
  readonly CompressionFormat?: Value<string>;
  /** The time zone you prefer. UTC is the default. */
  readonly CustomTimeZone?: Value<string>;
  /** The serializer, deserializer, and schema for converting data from the JSON format to the Parquet or ORC format before writing it to Amazon S3. */
  readonly DataFormatConversionConfiguration?: Value<DeliveryStream_DataFormatConversionConfiguration>;
  /** The configuration of the dynamic partitioning mechanism that creates targeted data sets from the streaming data by partitioning it based on partition keys. */
  readonly DynamicPartitioningConfiguration?: Value<DeliveryStream_DynamicPartitioningConfiguration>;
  /** The encryption configuration for the Kinesis Data Firehose delivery stream. The default value is `NoEncryption` . */
  readonly EncryptionConfiguration?: Value<DeliveryStream_EncryptionConfiguration>;
  /** A prefix that Kinesis Data Firehose evaluates and adds to failed records before writing them to S3. This prefix appears immediately following the bucket name. For information about how to specify this prefix, see [Custom Prefixes for Ama... */
  readonly ErrorOutputPrefix?: Value<string>;
  /** Specify a file extension. It will override the default file extension */
  readonly FileExtension?: Value<string>;
  /** The `YYYY/MM/DD/HH` time format prefix is automatically used for delivered Amazon S3 files. For more information, see [ExtendedS3DestinationConfiguration](https://docs.aws.amazon.com/firehose/latest/APIReference/API_ExtendedS3Destination... */
  readonly Prefix?: Value<string>;
  /** The data processing configuration for the Kinesis Data Firehose delivery stream. */
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The Amazon Resource Name (ARN) of the AWS credentials. For constraints, see [ExtendedS3DestinationConfiguration](https://docs.aws.amazon.com/firehose/latest/APIReference/API_ExtendedS3DestinationConfiguration.html) in the *Amazon Kinesis... */
  readonly RoleARN: Value<string>;
  /** The configuration for backup in Amazon S3. */
  readonly S3BackupConfiguration?: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The Amazon S3 backup mode. After you create a Firehose stream, you can update it to enable Amazon S3 backup if it is disabled. If backup is enabled, you can't update the Firehose stream to disable it. */
  readonly S3BackupMode?: Value<string>;
}

export interface DeliveryStream_HiveJsonSerDe {
  /** Indicates how you want Firehose to parse the date and timestamps that may be present in your input data JSON. To specify these format strings, follow the pattern syntax of JodaTime's DateTimeFormat format strings. For more information, s... */
  readonly TimestampFormats?: ListOf<Value<string>>;
}

export interface DeliveryStream_HttpEndpointCommonAttribute {
  /** The name of the HTTP endpoint common attribute. */
  readonly AttributeName: Value<string>;
  /** The value of the HTTP endpoint common attribute. */
  readonly AttributeValue: Value<string>;
}

export interface DeliveryStream_HttpEndpointConfiguration {
  /** The access key required for Kinesis Firehose to authenticate with the HTTP endpoint selected as the destination. */
  readonly AccessKey?: Value<string>;
  /** The name of the HTTP endpoint selected as the destination. */
  readonly Name?: Value<string>;
  /** The URL of the HTTP endpoint selected as the destination. */
  readonly Url: Value<string>;
}

export interface DeliveryStream_HttpEndpointDestinationConfiguration {
  /** The buffering options that can be used before data is delivered to the specified destination. Kinesis Data Firehose treats these options as hints, and it might choose to use more optimal values. The SizeInMBs and IntervalInSeconds parame... */
  readonly BufferingHints?: Value<DeliveryStream_BufferingHints>;
  /** Describes the Amazon CloudWatch logging options for your delivery stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The configuration of the HTTP endpoint selected as the destination. */
  readonly EndpointConfiguration: Value<DeliveryStream_HttpEndpointConfiguration>;
  /** Describes the data processing configuration. */
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The configuration of the request sent to the HTTP endpoint specified as the destination. */
  readonly RequestConfiguration?: Value<DeliveryStream_HttpEndpointRequestConfiguration>;
  /** Describes the retry behavior in case Kinesis Data Firehose is unable to deliver data to the specified HTTP endpoint destination, or if it doesn't receive a valid acknowledgment of receipt from the specified HTTP endpoint destination. */
  readonly RetryOptions?: Value<DeliveryStream_RetryOptions>;
  /** Kinesis Data Firehose uses this IAM role for all the permissions that the delivery stream needs. */
  readonly RoleARN?: Value<string>;
  /** Describes the S3 bucket backup options for the data that Kinesis Data Firehose delivers to the HTTP endpoint destination. You can back up all documents (AllData) or only the documents that Kinesis Data Firehose could not deliver to the s... */
  readonly S3BackupMode?: Value<string>;
  /** Describes the configuration of a destination in Amazon S3. */
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The configuration that defines how you access secrets for HTTP Endpoint destination. */
  readonly SecretsManagerConfiguration?: Value<DeliveryStream_SecretsManagerConfiguration>;
}

export interface DeliveryStream_HttpEndpointRequestConfiguration {
  /** Describes the metadata sent to the HTTP endpoint destination. */
  readonly CommonAttributes?: ListOf<Value<DeliveryStream_HttpEndpointCommonAttribute>>;
  /** Kinesis Data Firehose uses the content encoding to compress the body of a request before sending the request to the destination. For more information, see Content-Encoding in MDN Web Docs, the official Mozilla documentation. */
  readonly ContentEncoding?: Value<string>;
}

export interface DeliveryStream_IcebergDestinationConfiguration {
  /** Describes whether all incoming data for this delivery stream will be append only (inserts only and not for updates and deletes) for Iceberg delivery. This feature is only applicable for Apache Iceberg Tables. */
  readonly AppendOnly?: Value<boolean>;
  readonly BufferingHints?: Value<DeliveryStream_BufferingHints>;
  /** Configuration describing where the destination Apache Iceberg Tables are persisted. */
  readonly CatalogConfiguration: Value<DeliveryStream_CatalogConfiguration>;
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** Provides a list of `DestinationTableConfigurations` which Firehose uses to deliver data to Apache Iceberg Tables. Firehose will write data with insert if table specific configuration is not provided here. */
  readonly DestinationTableConfigurationList?: ListOf<Value<DeliveryStream_DestinationTableConfiguration>>;
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  readonly RetryOptions?: Value<DeliveryStream_RetryOptions>;
  /** The Amazon Resource Name (ARN) of the IAM role to be assumed by Firehose for calling Apache Iceberg Tables. */
  readonly RoleARN: Value<string>;
  /** Describes how Firehose will backup records. Currently,S3 backup only supports `FailedDataOnly` . */
  readonly s3BackupMode?: Value<string>;
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The configuration to enable automatic schema evolution. */
  readonly SchemaEvolutionConfiguration?: Value<DeliveryStream_SchemaEvolutionConfiguration>;
  /** The configuration to enable automatic table creation. */
  readonly TableCreationConfiguration?: Value<DeliveryStream_TableCreationConfiguration>;
}

export interface DeliveryStream_InputFormatConfiguration {
  /** Specifies which deserializer to use. You can choose either the Apache Hive JSON SerDe or the OpenX JSON SerDe. If both are non-null, the server rejects the request. */
  readonly Deserializer?: Value<DeliveryStream_Deserializer>;
}

export interface DeliveryStream_KinesisStreamSourceConfiguration {
  /** The ARN of the source Kinesis data stream. */
  readonly KinesisStreamARN: Value<string>;
  /** The ARN of the role that provides access to the source Kinesis data stream. */
  readonly RoleARN: Value<string>;
}

export interface DeliveryStream_KMSEncryptionConfig {
  /** The Amazon Resource Name (ARN) of the AWS KMS encryption key that Amazon S3 uses to encrypt data delivered by the Kinesis Data Firehose stream. The key must belong to the same region as the destination S3 bucket. */
  readonly AWSKMSKeyARN: Value<string>;
}

export interface DeliveryStream_MSKSourceConfiguration {
  /** The authentication configuration of the Amazon MSK cluster. */
  readonly AuthenticationConfiguration: Value<DeliveryStream_AuthenticationConfiguration>;
  /** The ARN of the Amazon MSK cluster. */
  readonly MSKClusterARN: Value<string>;
  /** The start date and time in UTC for the offset position within your MSK topic from where Firehose begins to read. By default, this is set to timestamp when Firehose becomes Active. */
  readonly ReadFromTimestamp?: Value<string>;
  /** The topic name within the Amazon MSK cluster. */
  readonly TopicName: Value<string>;
}

export interface DeliveryStream_OpenXJsonSerDe {
  /** When set to `true` , which is the default, Firehose converts JSON keys to lowercase before deserializing them. */
  readonly CaseInsensitive?: Value<boolean>;
  /** Maps column names to JSON keys that aren't identical to the column names. This is useful when the JSON contains keys that are Hive keywords. For example, `timestamp` is a Hive keyword. If you have a JSON key named `timestamp` , set this... */
  readonly ColumnToJsonKeyMappings?: MapOf<Value<string>>;
  /** When set to `true` , specifies that the names of the keys include dots and that you want Firehose to replace them with underscores. This is useful because Apache Hive does not allow dots in column names. For example, if the JSON contains... */
  readonly ConvertDotsInJsonKeysToUnderscores?: Value<boolean>;
}

export interface DeliveryStream_OrcSerDe {
  /** The Hadoop Distributed File System (HDFS) block size. This is useful if you intend to copy the data from Amazon S3 to HDFS before querying. The default is 256 MiB and the minimum is 64 MiB. Firehose uses this value for padding calculations. */
  readonly BlockSizeBytes?: Value<number>;
  /** The column names for which you want Firehose to create bloom filters. The default is `null` . */
  readonly BloomFilterColumns?: ListOf<Value<string>>;
  /** The Bloom filter false positive probability (FPP). The lower the FPP, the bigger the Bloom filter. The default value is 0.05, the minimum is 0, and the maximum is 1. */
  readonly BloomFilterFalsePositiveProbability?: Value<number>;
  /** The compression code to use over data blocks. The default is `SNAPPY` . */
  readonly Compression?: Value<string>;
  /** Represents the fraction of the total number of non-null rows. To turn off dictionary encoding, set this fraction to a number that is less than the number of distinct keys in a dictionary. To always use dictionary encoding, set this thres... */
  readonly DictionaryKeyThreshold?: Value<number>;
  /** Set this to `true` to indicate that you want stripes to be padded to the HDFS block boundaries. This is useful if you intend to copy the data from Amazon S3 to HDFS before querying. The default is `false` . */
  readonly EnablePadding?: Value<boolean>;
  /** The version of the file to write. The possible values are `V0_11` and `V0_12` . The default is `V0_12` . */
  readonly FormatVersion?: Value<string>;
  /** A number between 0 and 1 that defines the tolerance for block padding as a decimal fraction of stripe size. The default value is 0.05, which means 5 percent of stripe size. */
  readonly PaddingTolerance?: Value<number>;
  /** The number of rows between index entries. The default is 10,000 and the minimum is 1,000. */
  readonly RowIndexStride?: Value<number>;
  /** The number of bytes in each stripe. The default is 64 MiB and the minimum is 8 MiB. */
  readonly StripeSizeBytes?: Value<number>;
}

export interface DeliveryStream_OutputFormatConfiguration {
  /** Specifies which serializer to use. You can choose either the ORC SerDe or the Parquet SerDe. If both are non-null, the server rejects the request. */
  readonly Serializer?: Value<DeliveryStream_Serializer>;
}

export interface DeliveryStream_ParquetSerDe {
  /** The Hadoop Distributed File System (HDFS) block size. This is useful if you intend to copy the data from Amazon S3 to HDFS before querying. The default is 256 MiB and the minimum is 64 MiB. Firehose uses this value for padding calculations. */
  readonly BlockSizeBytes?: Value<number>;
  /** The compression code to use over data blocks. The possible values are `UNCOMPRESSED` , `SNAPPY` , and `GZIP` , with the default being `SNAPPY` . Use `SNAPPY` for higher decompression speed. Use `GZIP` if the compression ratio is more imp... */
  readonly Compression?: Value<string>;
  /** Indicates whether to enable dictionary compression. */
  readonly EnableDictionaryCompression?: Value<boolean>;
  /** The maximum amount of padding to apply. This is useful if you intend to copy the data from Amazon S3 to HDFS before querying. The default is 0. */
  readonly MaxPaddingBytes?: Value<number>;
  /** The Parquet page size. Column chunks are divided into pages. A page is conceptually an indivisible unit (in terms of compression and encoding). The minimum value is 64 KiB and the default is 1 MiB. */
  readonly PageSizeBytes?: Value<number>;
  /** Indicates the version of row format to output. The possible values are `V1` and `V2` . The default is `V1` . */
  readonly WriterVersion?: Value<string>;
}

export interface DeliveryStream_PartitionField {
  /** The column name to be configured in partition spec. */
  readonly SourceName: Value<string>;
}

export interface DeliveryStream_PartitionSpec {
  /** List of identity [transforms](https://docs.aws.amazon.com/https://iceberg.apache.org/spec/#partition-transforms) that performs an identity transformation. The transform takes the source value, and does not modify it. Result type is the s... */
  readonly Identity?: ListOf<Value<DeliveryStream_PartitionField>>;
}

export interface DeliveryStream_ProcessingConfiguration {
  /** Indicates whether data processing is enabled (true) or disabled (false). */
  readonly Enabled?: Value<boolean>;
  /** The data processors. */
  readonly Processors?: ListOf<Value<DeliveryStream_Processor>>;
}

export interface DeliveryStream_Processor {
  /** The processor parameters. */
  readonly Parameters?: ListOf<Value<DeliveryStream_ProcessorParameter>>;
  /** The type of processor. Valid values: `Lambda` . */
  readonly Type: Value<string>;
}

export interface DeliveryStream_ProcessorParameter {
  /** The name of the parameter. Currently the following default values are supported: 3 for `NumberOfRetries` and 60 for the `BufferIntervalInSeconds` . The `BufferSizeInMBs` ranges between 0.2 MB and up to 3MB. The default buffering hint is... */
  readonly ParameterName: Value<string>;
  /** The parameter value. */
  readonly ParameterValue: Value<string>;
}

export interface DeliveryStream_RedshiftDestinationConfiguration {
  /** The CloudWatch logging options for your Firehose stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The connection string that Kinesis Data Firehose uses to connect to the Amazon Redshift cluster. */
  readonly ClusterJDBCURL: Value<string>;
  /** Configures the Amazon Redshift `COPY` command that Kinesis Data Firehose uses to load data into the cluster from the Amazon S3 bucket. */
  readonly CopyCommand: Value<DeliveryStream_CopyCommand>;
  /** The password for the Amazon Redshift user that you specified in the `Username` property. */
  readonly Password?: Value<string>;
  /** The data processing configuration for the Kinesis Data Firehose delivery stream. */
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The retry behavior in case Firehose is unable to deliver documents to Amazon Redshift. Default value is 3600 (60 minutes). */
  readonly RetryOptions?: Value<DeliveryStream_RedshiftRetryOptions>;
  /** The ARN of the AWS Identity and Access Management (IAM) role that grants Kinesis Data Firehose access to your Amazon S3 bucket and AWS KMS (if you enable data encryption). For more information, see [Grant Kinesis Data Firehose Access to... */
  readonly RoleARN: Value<string>;
  /** The configuration for backup in Amazon S3. */
  readonly S3BackupConfiguration?: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The Amazon S3 backup mode. After you create a Firehose stream, you can update it to enable Amazon S3 backup if it is disabled. If backup is enabled, you can't update the Firehose stream to disable it. */
  readonly S3BackupMode?: Value<string>;
  /** The S3 bucket where Kinesis Data Firehose first delivers data. After the data is in the bucket, Kinesis Data Firehose uses the `COPY` command to load the data into the Amazon Redshift cluster. For the Amazon S3 bucket's compression forma... */
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The configuration that defines how you access secrets for Amazon Redshift. */
  readonly SecretsManagerConfiguration?: Value<DeliveryStream_SecretsManagerConfiguration>;
  /** The Amazon Redshift user that has permission to access the Amazon Redshift cluster. This user must have `INSERT` privileges for copying data from the Amazon S3 bucket to the cluster. */
  readonly Username?: Value<string>;
}

export interface DeliveryStream_RedshiftRetryOptions {
  /** The length of time during which Firehose retries delivery after a failure, starting from the initial request and including the first attempt. The default value is 3600 seconds (60 minutes). Firehose does not retry if the value of `Durati... */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_RetryOptions {
  /** The total amount of time that Kinesis Data Firehose spends on retries. This duration starts after the initial attempt to send data to the custom destination via HTTPS endpoint fails. It doesn't include the periods during which Kinesis Da... */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_S3DestinationConfiguration {
  /** The Amazon Resource Name (ARN) of the Amazon S3 bucket to send data to. */
  readonly BucketARN: Value<string>;
  /** Configures how Kinesis Data Firehose buffers incoming data while delivering it to the Amazon S3 bucket. */
  readonly BufferingHints?: Value<DeliveryStream_BufferingHints>;
  /** The CloudWatch logging options for your Firehose stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The type of compression that Kinesis Data Firehose uses to compress the data that it delivers to the Amazon S3 bucket. For valid values, see the `CompressionFormat` content for the [S3DestinationConfiguration](https://docs.aws.amazon.com... */
  readonly CompressionFormat?: Value<string>;
  /** Configures Amazon Simple Storage Service (Amazon S3) server-side encryption. Kinesis Data Firehose uses AWS Key Management Service ( AWS KMS) to encrypt the data that it delivers to your Amazon S3 bucket. */
  readonly EncryptionConfiguration?: Value<DeliveryStream_EncryptionConfiguration>;
  /** A prefix that Kinesis Data Firehose evaluates and adds to failed records before writing them to S3. This prefix appears immediately following the bucket name. For information about how to specify this prefix, see [Custom Prefixes for Ama... */
  readonly ErrorOutputPrefix?: Value<string>;
  /** A prefix that Kinesis Data Firehose adds to the files that it delivers to the Amazon S3 bucket. The prefix helps you identify the files that Kinesis Data Firehose delivered. */
  readonly Prefix?: Value<string>;
  /** The ARN of an AWS Identity and Access Management (IAM) role that grants Kinesis Data Firehose access to your Amazon S3 bucket and AWS KMS (if you enable data encryption). For more information, see [Grant Kinesis Data Firehose Access to a... */
  readonly RoleARN: Value<string>;
}

export interface DeliveryStream_SchemaConfiguration {
  /** The ID of the AWS Glue Data Catalog. If you don't supply this, the AWS account ID is used by default. */
  readonly CatalogId?: Value<string>;
  /** Specifies the name of the AWS Glue database that contains the schema for the output data. */
  readonly DatabaseName?: Value<string>;
  /** If you don't specify an AWS Region, the default is the current Region. */
  readonly Region?: Value<string>;
  /** The role that Firehose can use to access AWS Glue. This role must be in the same account you use for Firehose. Cross-account roles aren't allowed. */
  readonly RoleARN?: Value<string>;
  /** Specifies the AWS Glue table that contains the column information that constitutes your data schema. */
  readonly TableName?: Value<string>;
  /** Specifies the table version for the output data schema. If you don't specify this version ID, or if you set it to `LATEST` , Firehose uses the most recent version. This means that any updates to the table are automatically picked up. */
  readonly VersionId?: Value<string>;
}

export interface DeliveryStream_SchemaEvolutionConfiguration {
  /** Specify whether you want to enable schema evolution. */
  readonly Enabled?: Value<boolean>;
}

export interface DeliveryStream_SecretsManagerConfiguration {
  /** Specifies whether you want to use the secrets manager feature. When set as `True` the secrets manager configuration overwrites the existing secrets in the destination configuration. When it's set to `False` Firehose falls back to the cre... */
  readonly Enabled: Value<boolean>;
  /** Specifies the role that Firehose assumes when calling the Secrets Manager API operation. When you provide the role, it overrides any destination specific role defined in the destination configuration. If you do not provide the then we us... */
  readonly RoleARN?: Value<string>;
  /** The ARN of the secret that stores your credentials. It must be in the same region as the Firehose stream and the role. The secret ARN can reside in a different account than the Firehose stream and role as Firehose supports cross-account... */
  readonly SecretARN?: Value<string>;
}

export interface DeliveryStream_Serializer {
  /** A serializer to use for converting data to the ORC format before storing it in Amazon S3. For more information, see [Apache ORC](https://docs.aws.amazon.com/https://orc.apache.org/docs/) . */
  readonly OrcSerDe?: Value<DeliveryStream_OrcSerDe>;
  /** A serializer to use for converting data to the Parquet format before storing it in Amazon S3. For more information, see [Apache Parquet](https://docs.aws.amazon.com/https://parquet.apache.org/docs/contribution-guidelines/) . */
  readonly ParquetSerDe?: Value<DeliveryStream_ParquetSerDe>;
}

export interface DeliveryStream_SnowflakeBufferingHints {
  /** Buffer incoming data for the specified period of time, in seconds, before delivering it to the destination. The default value is 0. */
  readonly IntervalInSeconds?: Value<number>;
  /** Buffer incoming data to the specified size, in MBs, before delivering it to the destination. The default value is 128. */
  readonly SizeInMBs?: Value<number>;
}

export interface DeliveryStream_SnowflakeDestinationConfiguration {
  /** URL for accessing your Snowflake account. This URL must include your [account identifier](https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/admin-account-identifier) . Note that the protocol (https://) and port number... */
  readonly AccountUrl: Value<string>;
  /** Describes the buffering to perform before delivering data to the Snowflake destination. If you do not specify any value, Firehose uses the default values. */
  readonly BufferingHints?: Value<DeliveryStream_SnowflakeBufferingHints>;
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The name of the record content column. */
  readonly ContentColumnName?: Value<string>;
  /** All data in Snowflake is maintained in databases. */
  readonly Database: Value<string>;
  /** Choose to load JSON keys mapped to table column names or choose to split the JSON payload where content is mapped to a record content column and source metadata is mapped to a record metadata column. */
  readonly DataLoadingOption?: Value<string>;
  /** Passphrase to decrypt the private key when the key is encrypted. For information, see [Using Key Pair Authentication & Key Rotation](https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-config... */
  readonly KeyPassphrase?: Value<string>;
  /** Specify a column name in the table, where the metadata information has to be loaded. When you enable this field, you will see the following column in the snowflake table, which differs based on the source type. */
  readonly MetaDataColumnName?: Value<string>;
  /** The private key used to encrypt your Snowflake client. For information, see [Using Key Pair Authentication & Key Rotation](https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-configuration#us... */
  readonly PrivateKey?: Value<string>;
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The time period where Firehose will retry sending data to the chosen HTTP endpoint. */
  readonly RetryOptions?: Value<DeliveryStream_SnowflakeRetryOptions>;
  /** The Amazon Resource Name (ARN) of the Snowflake role */
  readonly RoleARN: Value<string>;
  /** Choose an S3 backup mode */
  readonly S3BackupMode?: Value<string>;
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** Each database consists of one or more schemas, which are logical groupings of database objects, such as tables and views */
  readonly Schema: Value<string>;
  /** The configuration that defines how you access secrets for Snowflake. */
  readonly SecretsManagerConfiguration?: Value<DeliveryStream_SecretsManagerConfiguration>;
  /** Optionally configure a Snowflake role. Otherwise the default user role will be used. */
  readonly SnowflakeRoleConfiguration?: Value<DeliveryStream_SnowflakeRoleConfiguration>;
  /** The VPCE ID for Firehose to privately connect with Snowflake. The ID format is com.amazonaws.vpce.[region].vpce-svc-<[id]>. For more information, see [Amazon PrivateLink & Snowflake](https://docs.aws.amazon.com/https://docs.snowflake.com... */
  readonly SnowflakeVpcConfiguration?: Value<DeliveryStream_SnowflakeVpcConfiguration>;
  /** All data in Snowflake is stored in database tables, logically structured as collections of columns and rows. */
  readonly Table: Value<string>;
  /** User login name for the Snowflake account. */
  readonly User?: Value<string>;
}

export interface DeliveryStream_SnowflakeRetryOptions {
  /** the time period where Firehose will retry sending data to the chosen HTTP endpoint. */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_SnowflakeRoleConfiguration {
  /** Enable Snowflake role */
  readonly Enabled?: Value<boolean>;
  /** The Snowflake role you wish to configure */
  readonly SnowflakeRole?: Value<string>;
}

export interface DeliveryStream_SnowflakeVpcConfiguration {
  /** The VPCE ID for Firehose to privately connect with Snowflake. The ID format is com.amazonaws.vpce.[region].vpce-svc-<[id]>. For more information, see [Amazon PrivateLink & Snowflake](https://docs.aws.amazon.com/https://docs.snowflake.com... */
  readonly PrivateLinkVpceId: Value<string>;
}

export interface DeliveryStream_SplunkBufferingHints {
  /** Buffer incoming data for the specified period of time, in seconds, before delivering it to the destination. The default value is 60 (1 minute). */
  readonly IntervalInSeconds?: Value<number>;
  /** Buffer incoming data to the specified size, in MBs, before delivering it to the destination. The default value is 5. */
  readonly SizeInMBs?: Value<number>;
}

export interface DeliveryStream_SplunkDestinationConfiguration {
  /** The buffering options. If no value is specified, the default values for Splunk are used. */
  readonly BufferingHints?: Value<DeliveryStream_SplunkBufferingHints>;
  /** The Amazon CloudWatch logging options for your Firehose stream. */
  readonly CloudWatchLoggingOptions?: Value<DeliveryStream_CloudWatchLoggingOptions>;
  /** The amount of time that Firehose waits to receive an acknowledgment from Splunk after it sends it data. At the end of the timeout period, Firehose either tries to send the data again or considers it an error, based on your retry settings. */
  readonly HECAcknowledgmentTimeoutInSeconds?: Value<number>;
  /** The HTTP Event Collector (HEC) endpoint to which Firehose sends your data. */
  readonly HECEndpoint: Value<string>;
  /** This type can be either `Raw` or `Event` . */
  readonly HECEndpointType: Value<string>;
  /** This is a GUID that you obtain from your Splunk cluster when you create a new HEC endpoint. */
  readonly HECToken?: Value<string>;
  /** The data processing configuration. */
  readonly ProcessingConfiguration?: Value<DeliveryStream_ProcessingConfiguration>;
  /** The retry behavior in case Firehose is unable to deliver data to Splunk, or if it doesn't receive an acknowledgment of receipt from Splunk. */
  readonly RetryOptions?: Value<DeliveryStream_SplunkRetryOptions>;
  /** Defines how documents should be delivered to Amazon S3. When set to `FailedEventsOnly` , Firehose writes any data that could not be indexed to the configured Amazon S3 destination. When set to `AllEvents` , Firehose delivers all incoming... */
  readonly S3BackupMode?: Value<string>;
  /** The configuration for the backup Amazon S3 location. */
  readonly S3Configuration: Value<DeliveryStream_S3DestinationConfiguration>;
  /** The configuration that defines how you access secrets for Splunk. */
  readonly SecretsManagerConfiguration?: Value<DeliveryStream_SecretsManagerConfiguration>;
}

export interface DeliveryStream_SplunkRetryOptions {
  /** The total amount of time that Firehose spends on retries. This duration starts after the initial attempt to send data to Splunk fails. It doesn't include the periods during which Firehose waits for acknowledgment from Splunk after each a... */
  readonly DurationInSeconds?: Value<number>;
}

export interface DeliveryStream_TableCreationConfiguration {
  /** Specify whether you want to enable automatic table creation. */
  readonly Enabled?: Value<boolean>;
}

export interface DeliveryStream_VpcConfiguration {
  /** The ARN of the IAM role that you want the delivery stream to use to create endpoints in the destination VPC. You can use your existing Kinesis Data Firehose delivery role or you can specify a new role. In either case, make sure that the... */
  readonly RoleARN: Value<string>;
  /** The IDs of the security groups that you want Kinesis Data Firehose to use when it creates ENIs in the VPC of the Amazon ES destination. You can use the same security group that the Amazon ES domain uses or different ones. If you specify... */
  readonly SecurityGroupIds: ListOf<Value<string>>;
  /** The IDs of the subnets that Kinesis Data Firehose uses to create ENIs in the VPC of the Amazon ES destination. Make sure that the routing tables and inbound and outbound rules allow traffic to flow from the subnets whose IDs are specifie... */
  readonly SubnetIds: ListOf<Value<string>>;
}
