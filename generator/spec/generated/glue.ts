// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Glue::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** Resource Type definition for AWS::Glue::Blueprint. Registers a blueprint with AWS Glue. */
export interface BlueprintProps {
  /** Specifies a path in Amazon S3 where the blueprint is published. */
  readonly BlueprintLocation: Value<string>;
  /** A description of the blueprint. */
  readonly Description?: Value<string>;
  /** The name of the blueprint. */
  readonly Name: Value<string>;
  /** The tags to be applied to this blueprint. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates a catalog in the Glue Data Catalog. */
export interface CatalogProps {
  /** Allows third-party engines to access data in Amazon S3 locations that are registered with Lake Formation. */
  readonly AllowFullTableExternalDataAccess?: Value<string>;
  /** A structure that specifies data lake access properties and other custom properties. */
  readonly CatalogProperties?: Value<Catalog_CatalogProperties>;
  /** An array of PrincipalPermissions objects for default database permissions. */
  readonly CreateDatabaseDefaultPermissions?: ListOf<Value<Catalog_PrincipalPermissions>>;
  /** An array of PrincipalPermissions objects for default table permissions. */
  readonly CreateTableDefaultPermissions?: ListOf<Value<Catalog_PrincipalPermissions>>;
  /** A description of the catalog. */
  readonly Description?: Value<string>;
  /** A FederatedCatalog structure that references an entity outside the Glue Data Catalog. */
  readonly FederatedCatalog?: Value<Catalog_FederatedCatalog>;
  /** The name of the catalog to create. */
  readonly Name: Value<string>;
  /** Specifies whether to overwrite child resource permissions with the default permissions. */
  readonly OverwriteChildResourcePermissionsWithDefault?: Value<string>;
  /** A map of key-value pairs that define parameters and properties of the catalog. */
  readonly Parameters?: MapOf<Value<string>>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** A structure that describes a target catalog for resource linking. */
  readonly TargetRedshiftCatalog?: Value<Catalog_TargetRedshiftCatalog>;
}

export interface Catalog_CatalogProperties {
  /** Additional key-value properties for the catalog. */
  readonly CustomProperties?: MapOf<Value<string>>;
  /** Data lake access properties for the catalog. */
  readonly DataLakeAccessProperties?: Value<Catalog_DataLakeAccessProperties>;
}

export interface Catalog_DataLakeAccessProperties {
  /** Allows third-party engines to access data in Amazon S3 locations that are registered with Lake Formation. */
  readonly AllowFullTableExternalDataAccess?: Value<string>;
  /** Specifies a federated catalog type for the native catalog resource. */
  readonly CatalogType?: Value<string>;
  /** Turns on or off data lake access for Apache Spark applications that access Amazon Redshift databases in the Data Catalog from any non-Redshift engine. */
  readonly DataLakeAccess?: Value<boolean>;
  /** A role that will be assumed by Glue for transferring data into/out of the staging bucket during a query. */
  readonly DataTransferRole?: Value<string>;
  /** An encryption key that will be used for the staging bucket that will be created along with the catalog. */
  readonly KmsKey?: Value<string>;
  /** The name of the managed workgroup associated with the catalog. */
  readonly ManagedWorkgroupName?: Value<string>;
  /** The status of the managed workgroup. */
  readonly ManagedWorkgroupStatus?: Value<string>;
  /** The name of the Redshift database. */
  readonly RedshiftDatabaseName?: Value<string>;
}

export interface Catalog_DataLakePrincipal {
  /** An identifier for the Lake Formation principal. */
  readonly DataLakePrincipalIdentifier?: Value<string>;
}

export interface Catalog_FederatedCatalog {
  /** The name of the connection to an external data source. */
  readonly ConnectionName?: Value<string>;
  /** A unique identifier for the federated catalog. */
  readonly Identifier?: Value<string>;
}

export interface Catalog_PrincipalPermissions {
  /** The permissions that are granted to the principal. */
  readonly Permissions?: ListOf<Value<string>>;
  /** The Lake Formation principal. */
  readonly Principal?: Value<Catalog_DataLakePrincipal>;
}

export interface Catalog_TargetRedshiftCatalog {
  /** The Amazon Resource Name (ARN) of the catalog resource. */
  readonly CatalogArn: Value<string>;
}

/** The `AWS::Glue::Classifier` resource creates an AWS Glue classifier that categorizes data sources and specifies schemas. For more information, see [Adding Classifiers to a Crawler](https://docs.aws.amazon.com/glue/latest/dg/add-classifie... */
export interface ClassifierProps {
  /** A classifier for comma-separated values (CSV). */
  readonly CsvClassifier?: Value<Classifier_CsvClassifier>;
  /** A classifier that uses `grok` . */
  readonly GrokClassifier?: Value<Classifier_GrokClassifier>;
  /** A classifier for JSON content. */
  readonly JsonClassifier?: Value<Classifier_JsonClassifier>;
  /** A classifier for XML content. */
  readonly XMLClassifier?: Value<Classifier_XMLClassifier>;
}

export interface Classifier_CsvClassifier {
  /** Enables the processing of files that contain only one column. */
  readonly AllowSingleColumn?: Value<boolean>;
  /** Indicates whether the CSV file contains custom data types. */
  readonly ContainsCustomDatatype?: ListOf<Value<string>>;
  /** Indicates whether the CSV file contains a header. */
  readonly ContainsHeader?: Value<string>;
  /** Enables the configuration of custom data types. */
  readonly CustomDatatypeConfigured?: Value<boolean>;
  /** A custom symbol to denote what separates each column entry in the row. */
  readonly Delimiter?: Value<string>;
  /** Specifies not to trim values before identifying the type of column values. The default value is `true` . */
  readonly DisableValueTrimming?: Value<boolean>;
  /** A list of strings representing column names. */
  readonly Header?: ListOf<Value<string>>;
  /** The name of the classifier. */
  readonly Name?: Value<string>;
  /** A custom symbol to denote what combines content into a single column value. It must be different from the column delimiter. */
  readonly QuoteSymbol?: Value<string>;
}

export interface Classifier_GrokClassifier {
  /** An identifier of the data format that the classifier matches, such as Twitter, JSON, Omniture logs, and so on. */
  readonly Classification: Value<string>;
  /** Optional custom grok patterns defined by this classifier. For more information, see custom patterns in [Writing Custom Classifiers](https://docs.aws.amazon.com/glue/latest/dg/custom-classifier.html) . */
  readonly CustomPatterns?: Value<string>;
  /** The grok pattern applied to a data store by this classifier. For more information, see built-in patterns in [Writing Custom Classifiers](https://docs.aws.amazon.com/glue/latest/dg/custom-classifier.html) . */
  readonly GrokPattern: Value<string>;
  /** The name of the classifier. */
  readonly Name?: Value<string>;
}

export interface Classifier_JsonClassifier {
  /** A `JsonPath` string defining the JSON data for the classifier to classify. AWS Glue supports a subset of `JsonPath` , as described in [Writing JsonPath Custom Classifiers](https://docs.aws.amazon.com/glue/latest/dg/custom-classifier.html... */
  readonly JsonPath: Value<string>;
  /** The name of the classifier. */
  readonly Name?: Value<string>;
}

export interface Classifier_XMLClassifier {
  /** An identifier of the data format that the classifier matches. */
  readonly Classification: Value<string>;
  /** The name of the classifier. */
  readonly Name?: Value<string>;
  /** The XML tag designating the element that contains each record in an XML document being parsed. This can't identify a self-closing element (closed by `/>` ). An empty row element that contains only attributes can be parsed as long as it e... */
  readonly RowTag: Value<string>;
}

/** The `AWS::Glue::Connection` resource specifies an AWS Glue connection to a data source. For more information, see [Adding a Connection to Your Data Store](https://docs.aws.amazon.com/glue/latest/dg/populate-add-connection.html) and [Conn... */
export interface ConnectionProps {
  /** The ID of the data catalog to create the catalog object in. Currently, this should be the AWS account ID. */
  readonly CatalogId: Value<string>;
  /** The connection that you want to create. */
  readonly ConnectionInput: Value<Connection_ConnectionInput>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: Value<Json>;
}

export interface Connection_AuthenticationConfiguration {
  /** A structure containing the authentication configuration in the CreateConnection request. */
  readonly AuthenticationType: Value<string>;
  /** A structure containing the authentication credentials in the CreateConnection request. */
  readonly BasicAuthenticationCredentials?: Value<Connection_BasicAuthenticationCredentials>;
  /** A structure containing the authentication credentials in the CreateConnection request. */
  readonly CustomAuthenticationCredentials?: Value<Json>;
  /** The Amazon Resource Name (ARN) of the KMS key used in the authentication configuration. */
  readonly KmsKeyArn?: Value<string>;
  /** A structure containing the authentication credentials in the CreateConnection request. */
  readonly OAuth2Properties?: Value<Connection_OAuth2Properties>;
  /** The secret manager ARN to store credentials in the CreateConnection request. */
  readonly SecretArn?: Value<string>;
}

export interface Connection_AuthorizationCodeProperties {
  /** An authorization code to be used in the third leg of the `AUTHORIZATION_CODE` grant workflow. This is a single-use code which becomes invalid once exchanged for an access token, thus it is acceptable to have this value as a request param... */
  readonly AuthorizationCode?: Value<string>;
  /** The redirect URI where the user gets redirected to by authorization server when issuing an authorization code. The URI is subsequently used when the authorization code is exchanged for an access token. */
  readonly RedirectUri?: Value<string>;
}

export interface Connection_BasicAuthenticationCredentials {
  /** The password to connect to the data source. */
  readonly Password?: Value<string>;
  /** The username to connect to the data source. */
  readonly Username?: Value<string>;
}

export interface Connection_ConnectionInput {
  /** Connection properties specific to the Athena compute environment. */
  readonly AthenaProperties?: Value<Json>;
  /** The authentication properties of the connection. */
  readonly AuthenticationConfiguration?: Value<Connection_AuthenticationConfiguration>;
  /** These key-value pairs define parameters for the connection. */
  readonly ConnectionProperties?: Value<Json>;
  /** The type of the connection. Currently, these types are supported: */
  readonly ConnectionType: Value<string>;
  /** The description of the connection. */
  readonly Description?: Value<string>;
  /** A list of criteria that can be used in selecting this connection. */
  readonly MatchCriteria?: ListOf<Value<string>>;
  /** The name of the connection. */
  readonly Name?: Value<string>;
  /** The physical connection requirements, such as virtual private cloud (VPC) and `SecurityGroup` , that are needed to successfully make this connection. */
  readonly PhysicalConnectionRequirements?: Value<Connection_PhysicalConnectionRequirements>;
  /** Connection properties specific to the Python compute environment. */
  readonly PythonProperties?: Value<Json>;
  /** Connection properties specific to the Spark compute environment. */
  readonly SparkProperties?: Value<Json>;
  /** A flag to validate the credentials during create connection. Default is true. */
  readonly ValidateCredentials?: Value<boolean>;
  /** The compute environments that the specified connection properties are validated against. */
  readonly ValidateForComputeEnvironments?: ListOf<Value<string>>;
}

export interface Connection_OAuth2ClientApplication {
  /** The reference to the SaaS-side client app that is AWS managed. */
  readonly AWSManagedClientApplicationReference?: Value<string>;
  /** The client application clientID if the ClientAppType is `USER_MANAGED` . */
  readonly UserManagedClientApplicationClientId?: Value<string>;
}

export interface Connection_OAuth2Credentials {
  /** The access token used when the authentication type is OAuth2. */
  readonly AccessToken?: Value<string>;
  /** The JSON Web Token (JWT) used when the authentication type is OAuth2. */
  readonly JwtToken?: Value<string>;
  /** The refresh token used when the authentication type is OAuth2. */
  readonly RefreshToken?: Value<string>;
  /** The client application client secret if the client application is user managed. */
  readonly UserManagedClientApplicationClientSecret?: Value<string>;
}

export interface Connection_OAuth2Properties {
  /** A structure containing the authorization code used in the authentication configuration. */
  readonly AuthorizationCodeProperties?: Value<Connection_AuthorizationCodeProperties>;
  /** The OAuth2 client app used for the connection. */
  readonly OAuth2ClientApplication?: Value<Connection_OAuth2ClientApplication>;
  /** A structure containing the OAuth2 credentials used in the authentication configuration. */
  readonly OAuth2Credentials?: Value<Connection_OAuth2Credentials>;
  /** The grant type used in the authentication configuration. */
  readonly OAuth2GrantType?: Value<string>;
  /** The URL used in the authentication configuration. */
  readonly TokenUrl?: Value<string>;
  /** A map of key-value pairs used in the authentication configuration. */
  readonly TokenUrlParametersMap?: Value<Json>;
}

export interface Connection_PhysicalConnectionRequirements {
  /** The connection's Availability Zone. */
  readonly AvailabilityZone?: Value<string>;
  /** The security group ID list used by the connection. */
  readonly SecurityGroupIdList?: ListOf<Value<string>>;
  /** The subnet ID used by the connection. */
  readonly SubnetId?: Value<string>;
}

/** Registers a custom connection type in Glue based on the configuration provided. This enables customers to configure custom connectors for any data source with REST-based APIs. */
export interface ConnectionTypeProps {
  /** Configuration that defines the base URL and additional request parameters needed during connection creation. */
  readonly ConnectionProperties?: Value<ConnectionType_ConnectionPropertiesConfiguration>;
  /** The name of the connection type. Must be prefixed with REST-. */
  readonly ConnectionType: Value<string>;
  /** Configuration that defines supported authentication types and required properties. */
  readonly ConnectorAuthenticationConfiguration?: Value<ConnectionType_ConnectorAuthenticationConfiguration>;
  /** A description of the connection type. */
  readonly Description?: Value<string>;
  /** The integration type for the connection. Currently only REST is supported. */
  readonly IntegrationType?: Value<string>;
  /** Configuration for HTTP request and response handling. */
  readonly RestConfiguration: Value<ConnectionType_RestConfiguration>;
  /** Tags to assign to the connection type. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface ConnectionType_BasicAuthenticationProperties {
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly Password?: Value<ConnectionType_SecretConnectorProperty>;
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly Username?: Value<ConnectionType_SecretConnectorProperty>;
}

export interface ConnectionType_BetweenConfiguration {
  /** The parameter name used for the upper bound value in a BETWEEN filter operation. */
  readonly HighBoundKey?: Value<string>;
  /** The parameter name used for the lower bound value in a BETWEEN filter operation. */
  readonly LowBoundKey?: Value<string>;
  /** A template string for constructing the BETWEEN filter expression. */
  readonly Template?: Value<string>;
}

export interface ConnectionType_ClientCredentialsProperties {
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly ClientId?: Value<ConnectionType_SecretConnectorProperty>;
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly ClientSecret?: Value<ConnectionType_SecretConnectorProperty>;
  readonly ContentType?: Value<string>;
  readonly RequestMethod?: Value<string>;
  /** Defines a property configuration for connection types. */
  readonly Scope?: Value<ConnectionType_ConnectorProperty>;
  /** Defines a property configuration for connection types. */
  readonly TokenUrl?: Value<ConnectionType_ConnectorProperty>;
  readonly TokenUrlParameters?: ListOf<Value<ConnectionType_ConnectorProperty>>;
}

export interface ConnectionType_ConnectionPropertiesConfiguration {
  /** Key-value pairs of additional request parameters. */
  readonly AdditionalRequestParameters?: ListOf<Value<ConnectionType_ConnectorProperty>>;
  /** Defines a property configuration for connection types. */
  readonly Url?: Value<ConnectionType_ConnectorProperty>;
}

export interface ConnectionType_ConnectorAuthenticationConfiguration {
  /** A list of authentication types supported. */
  readonly AuthenticationTypes: ListOf<Value<string>>;
  /** Basic authentication configuration. */
  readonly BasicAuthenticationProperties?: Value<ConnectionType_BasicAuthenticationProperties>;
  /** Custom authentication configuration. */
  readonly CustomAuthenticationProperties?: Value<ConnectionType_CustomAuthenticationProperties>;
  /** OAuth2 configuration container. */
  readonly OAuth2Properties?: Value<ConnectionType_ConnectorOAuth2Properties>;
}

export interface ConnectionType_ConnectorAuthorizationCodeProperties {
  /** Defines a property configuration for connection types. */
  readonly AuthorizationCode?: Value<ConnectionType_ConnectorProperty>;
  /** Defines a property configuration for connection types. */
  readonly AuthorizationCodeUrl?: Value<ConnectionType_ConnectorProperty>;
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly ClientId?: Value<ConnectionType_SecretConnectorProperty>;
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly ClientSecret?: Value<ConnectionType_SecretConnectorProperty>;
  readonly ContentType?: Value<string>;
  /** Defines a property configuration for connection types. */
  readonly Prompt?: Value<ConnectionType_ConnectorProperty>;
  /** Defines a property configuration for connection types. */
  readonly RedirectUri?: Value<ConnectionType_ConnectorProperty>;
  readonly RequestMethod?: Value<string>;
  /** Defines a property configuration for connection types. */
  readonly Scope?: Value<ConnectionType_ConnectorProperty>;
  /** Defines a property configuration for connection types. */
  readonly TokenUrl?: Value<ConnectionType_ConnectorProperty>;
  readonly TokenUrlParameters?: ListOf<Value<ConnectionType_ConnectorProperty>>;
}

export interface ConnectionType_ConnectorOAuth2Properties {
  /** OAuth2 authorization code configuration. */
  readonly AuthorizationCodeProperties?: Value<ConnectionType_ConnectorAuthorizationCodeProperties>;
  /** OAuth2 client credentials configuration. */
  readonly ClientCredentialsProperties?: Value<ConnectionType_ClientCredentialsProperties>;
  /** JWT bearer token configuration. */
  readonly JWTBearerProperties?: Value<ConnectionType_JWTBearerProperties>;
  /** The OAuth2 grant type to use. */
  readonly OAuth2GrantType: Value<string>;
}

export interface ConnectionType_ConnectorProperty {
  /** A list of allowed values for the property. */
  readonly AllowedValues?: ListOf<Value<string>>;
  /** The default value for the property. */
  readonly DefaultValue?: Value<string>;
  /** A key name to use when sending this property in API requests. */
  readonly KeyOverride?: Value<string>;
  /** The name of the property. */
  readonly Name: Value<string>;
  /** Specifies where this property should be included in REST requests. */
  readonly PropertyLocation?: Value<string>;
  /** The data type of this property. */
  readonly PropertyType: Value<string>;
  /** Indicates whether the property is required. */
  readonly Required: Value<boolean>;
}

export interface ConnectionType_CursorConfiguration {
  /** Parameter extraction configuration. */
  readonly LimitParameter?: Value<ConnectionType_ExtractedParameter>;
  /** Parameter extraction configuration. */
  readonly NextPage: Value<ConnectionType_ExtractedParameter>;
}

export interface ConnectionType_CustomAuthenticationProperties {
  readonly AuthenticationParameters: ListOf<Value<ConnectionType_SecretConnectorProperty>>;
}

export interface ConnectionType_EntityConfiguration {
  /** The schema definition for this entity. */
  readonly Schema?: MapOf<Value<ConnectionType_FieldDefinition>>;
  /** Configuration that defines how to make requests to endpoints. */
  readonly SourceConfiguration?: Value<ConnectionType_SourceConfiguration>;
}

export interface ConnectionType_ExtractedParameter {
  /** The default value. */
  readonly DefaultValue?: Value<string>;
  /** The parameter key name. */
  readonly Key?: Value<string>;
  /** Specifies where to place the parameter in requests. */
  readonly PropertyLocation?: Value<string>;
  /** Defines how to extract values from HTTP responses. */
  readonly Value?: Value<ConnectionType_ResponseExtractionMapping>;
}

export interface ConnectionType_FieldDefinition {
  /** The data type of the field. */
  readonly FieldDataType: Value<string>;
  /** Configuration that defines per-field overrides for filter behavior, allowing individual fields to customize how filter operations are applied. */
  readonly FilterOverrides?: Value<ConnectionType_FilterOverrides>;
  /** Indicates whether this field can contain null values. */
  readonly IsNullable?: Value<boolean>;
  /** Indicates whether this field can be used for ordering results. */
  readonly IsOrderable?: Value<boolean>;
  /** Indicates whether this field can be used for partitioning queries to the data source. */
  readonly IsPartitionable?: Value<boolean>;
  /** Indicates whether this field can be used in filter predicates when querying data. */
  readonly IsQueryable?: Value<boolean>;
  /** The name of the field. */
  readonly Name: Value<string>;
  /** The format pattern for parsing date values from API responses. Accepts Java DateTimeFormatter patterns, EPOCH_SECONDS, or EPOCH_MILLIS. */
  readonly ResponseDateFormat?: Value<string>;
}

export interface ConnectionType_FilterConfiguration {
  /** Configuration that defines how BETWEEN range filter operations are translated into REST API request parameters. */
  readonly BetweenConfiguration?: Value<ConnectionType_BetweenConfiguration>;
  /** The global date and time format for filter expressions. */
  readonly DateTimeFormat?: Value<string>;
  /** The strategy for applying filters to requests. */
  readonly FilterMode: Value<string>;
  /** Configuration for constructing filter expression strings when using the FILTER_STRING filter mode. */
  readonly FilterStringConfiguration?: Value<ConnectionType_FilterStringConfiguration>;
  /** A map of logical filter operators to their API-specific string representations. */
  readonly OperatorMappings?: MapOf<Value<string>>;
  /** Indicates whether surrounding double quotes should be stripped from filter values before processing. */
  readonly StripQuotes?: Value<boolean>;
}

export interface ConnectionType_FilterOverrides {
  /** Configuration that defines how BETWEEN range filter operations are translated into REST API request parameters. */
  readonly BetweenConfiguration?: Value<ConnectionType_BetweenConfiguration>;
  /** The date and time format for filter expressions on this field, overriding the global DateTimeFormat. */
  readonly DateTimeFormat?: Value<string>;
  /** An override for the field name to use in filter expressions, if different from the schema field name. */
  readonly FieldName?: Value<string>;
  /** A map of logical filter operators to their field-specific API representations, overriding the global operator mappings. */
  readonly OperatorMappings?: MapOf<Value<string>>;
}

export interface ConnectionType_FilterStringConfiguration {
  /** The query parameter name used to send the constructed filter expression string in API requests. */
  readonly QueryParameterName: Value<string>;
  /** The character used to quote values when QuoteStringValues is true. Defaults to double quotes if not specified. */
  readonly QuoteCharacter?: Value<string>;
  /** Indicates whether string and date values should be wrapped with a quote character in the filter expression. */
  readonly QuoteStringValues?: Value<boolean>;
}

export interface ConnectionType_JWTBearerProperties {
  readonly ContentType?: Value<string>;
  /** Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or AllowedValues. */
  readonly JwtToken?: Value<ConnectionType_SecretConnectorProperty>;
  readonly RequestMethod?: Value<string>;
  /** Defines a property configuration for connection types. */
  readonly TokenUrl?: Value<ConnectionType_ConnectorProperty>;
  readonly TokenUrlParameters?: ListOf<Value<ConnectionType_ConnectorProperty>>;
}

export interface ConnectionType_OffsetConfiguration {
  /** Parameter extraction configuration. */
  readonly LimitParameter: Value<ConnectionType_ExtractedParameter>;
  /** Parameter extraction configuration. */
  readonly OffsetParameter: Value<ConnectionType_ExtractedParameter>;
}

export interface ConnectionType_PaginationConfiguration {
  /** Cursor-based pagination configuration. */
  readonly CursorConfiguration?: Value<ConnectionType_CursorConfiguration>;
  /** Offset-based pagination configuration. */
  readonly OffsetConfiguration?: Value<ConnectionType_OffsetConfiguration>;
}

export interface ConnectionType_ResponseConfiguration {
  /** JSON path expression for error information location. */
  readonly ErrorPath?: Value<string>;
  /** JSON path expression for result data location. */
  readonly ResultPath: Value<string>;
}

export interface ConnectionType_ResponseExtractionMapping {
  /** A JSON path expression to extract a value from response body. */
  readonly ContentPath?: Value<string>;
  /** The name of an HTTP response header from which to extract the value. */
  readonly HeaderKey?: Value<string>;
}

export interface ConnectionType_RestConfiguration {
  /** A map of entity configurations. */
  readonly EntityConfigurations?: MapOf<Value<ConnectionType_EntityConfiguration>>;
  /** Configuration that defines how to make requests to endpoints. */
  readonly GlobalSourceConfiguration?: Value<ConnectionType_SourceConfiguration>;
  /** Configuration for the validation endpoint. Only supports RequestMethod and RequestPath. */
  readonly ValidationEndpointConfiguration?: Value<ConnectionType_ValidationEndpointConfiguration>;
}

export interface ConnectionType_SecretConnectorProperty {
  /** A key name to use when sending this property in API requests. */
  readonly KeyOverride?: Value<string>;
  /** The name of the property. */
  readonly Name: Value<string>;
  /** Specifies where this property should be included in REST requests. */
  readonly PropertyLocation?: Value<string>;
  /** The data type of this property. Must be SECRET for secret properties. */
  readonly PropertyType: Value<string>;
  /** Indicates whether the property is required. */
  readonly Required: Value<boolean>;
}

export interface ConnectionType_SourceConfiguration {
  /** Configuration that defines how filter predicates are applied to REST API requests, supporting both query parameter and filter string strategies. */
  readonly FilterConfiguration?: Value<ConnectionType_FilterConfiguration>;
  /** Configuration for handling paginated responses. */
  readonly PaginationConfiguration?: Value<ConnectionType_PaginationConfiguration>;
  /** The HTTP method to use. */
  readonly RequestMethod?: Value<string>;
  /** Request parameters configuration. */
  readonly RequestParameters?: ListOf<Value<ConnectionType_ConnectorProperty>>;
  /** The URL path for the REST endpoint. */
  readonly RequestPath?: Value<string>;
  /** Configuration for parsing JSON responses from REST API calls. */
  readonly ResponseConfiguration?: Value<ConnectionType_ResponseConfiguration>;
}

export interface ConnectionType_ValidationEndpointConfiguration {
  /** The HTTP method to use. */
  readonly RequestMethod?: Value<string>;
  /** The URL path for the REST endpoint. */
  readonly RequestPath?: Value<string>;
}

/** The `AWS::Glue::Crawler` resource specifies an AWS Glue crawler. For more information, see [Cataloging Tables with a Crawler](https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html) and [Crawler Structure](https://docs.aws.amazon.co... */
export interface CrawlerProps {
  /** A list of UTF-8 strings that specify the names of custom classifiers that are associated with the crawler. */
  readonly Classifiers?: ListOf<Value<string>>;
  /** Crawler configuration information. This versioned JSON string allows users to specify aspects of a crawler's behavior. For more information, see [Configuring a Crawler](https://docs.aws.amazon.com/glue/latest/dg/crawler-configuration.htm... */
  readonly Configuration?: Value<string>;
  /** The name of the `SecurityConfiguration` structure to be used by this crawler. */
  readonly CrawlerSecurityConfiguration?: Value<string>;
  /** The name of the database in which the crawler's output is stored. */
  readonly DatabaseName?: Value<string>;
  /** A description of the crawler. */
  readonly Description?: Value<string>;
  /** Specifies whether the crawler should use AWS Lake Formation credentials for the crawler instead of the IAM role credentials. */
  readonly LakeFormationConfiguration?: Value<Crawler_LakeFormationConfiguration>;
  /** The name of the crawler. */
  readonly Name?: Value<string>;
  /** A policy that specifies whether to crawl the entire dataset again, or to crawl only folders that were added since the last crawler run. */
  readonly RecrawlPolicy?: Value<Crawler_RecrawlPolicy>;
  /** The Amazon Resource Name (ARN) of an IAM role that's used to access customer resources, such as Amazon Simple Storage Service (Amazon S3) data. */
  readonly Role: Value<string>;
  /** For scheduled crawlers, the schedule when the crawler runs. */
  readonly Schedule?: Value<Crawler_Schedule>;
  /** The policy that specifies update and delete behaviors for the crawler. The policy tells the crawler what to do in the event that it detects a change in a table that already exists in the customer's database at the time of the crawl. The... */
  readonly SchemaChangePolicy?: Value<Crawler_SchemaChangePolicy>;
  /** The prefix added to the names of tables that are created. */
  readonly TablePrefix?: Value<string>;
  /** The tags to use with this crawler. */
  readonly Tags?: Value<Json>;
  /** A collection of targets to crawl. */
  readonly Targets: Value<Crawler_Targets>;
}

export interface Crawler_CatalogTarget {
  /** The name of the connection for an Amazon S3-backed Data Catalog table to be a target of the crawl when using a `Catalog` connection type paired with a `NETWORK` Connection type. */
  readonly ConnectionName?: Value<string>;
  /** The name of the database to be synchronized. */
  readonly DatabaseName?: Value<string>;
  /** A valid Amazon dead-letter SQS ARN. For example, `arn:aws:sqs:region:account:deadLetterQueue` . */
  readonly DlqEventQueueArn?: Value<string>;
  /** A valid Amazon SQS ARN. For example, `arn:aws:sqs:region:account:sqs` . */
  readonly EventQueueArn?: Value<string>;
  /** A list of the tables to be synchronized. */
  readonly Tables?: ListOf<Value<string>>;
}

export interface Crawler_DeltaTarget {
  /** The name of the connection to use to connect to the Delta table target. */
  readonly ConnectionName?: Value<string>;
  /** Specifies whether the crawler will create native tables, to allow integration with query engines that support querying of the Delta transaction log directly. */
  readonly CreateNativeDeltaTable?: Value<boolean>;
  /** A list of the Amazon S3 paths to the Delta tables. */
  readonly DeltaTables?: ListOf<Value<string>>;
  /** Specifies whether to write the manifest files to the Delta table path. */
  readonly WriteManifest?: Value<boolean>;
}

export interface Crawler_DynamoDBTarget {
  /** The name of the DynamoDB table to crawl. */
  readonly Path?: Value<string>;
  /** Indicates whether to scan all the records, or to sample rows from the table. Scanning all the records can take a long time when the table is not a high throughput table. */
  readonly ScanAll?: Value<boolean>;
  /** The percentage of the configured read capacity units to use by the AWS Glue crawler. Read capacity units is a term defined by DynamoDB, and is a numeric value that acts as rate limiter for the number of reads that can be performed on tha... */
  readonly ScanRate?: Value<number>;
}

export interface Crawler_HudiTarget {
  /** The name of the connection to use to connect to the Hudi target. If your Hudi files are stored in buckets that require VPC authorization, you can set their connection properties here. */
  readonly ConnectionName?: Value<string>;
  /** A list of glob patterns used to exclude from the crawl. For more information, see [Catalog Tables with a Crawler](https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html) . */
  readonly Exclusions?: ListOf<Value<string>>;
  /** The maximum depth of Amazon S3 paths that the crawler can traverse to discover the Hudi metadata folder in your Amazon S3 path. Used to limit the crawler run time. */
  readonly MaximumTraversalDepth?: Value<number>;
  /** An array of Amazon S3 location strings for Hudi, each indicating the root folder with which the metadata files for a Hudi table resides. The Hudi folder may be located in a child folder of the root folder. */
  readonly Paths?: ListOf<Value<string>>;
}

export interface Crawler_IcebergTarget {
  /** The name of the connection to use to connect to the Iceberg target. */
  readonly ConnectionName?: Value<string>;
  /** A list of global patterns used to exclude from the crawl. */
  readonly Exclusions?: ListOf<Value<string>>;
  /** The maximum depth of Amazon S3 paths that the crawler can traverse to discover the Iceberg metadata folder in your Amazon S3 path. Used to limit the crawler run time. */
  readonly MaximumTraversalDepth?: Value<number>;
  /** One or more Amazon S3 paths that contains Iceberg metadata folders as s3://bucket/prefix . */
  readonly Paths?: ListOf<Value<string>>;
}

export interface Crawler_JdbcTarget {
  /** The name of the connection to use to connect to the JDBC target. */
  readonly ConnectionName?: Value<string>;
  /** Specify a value of `RAWTYPES` or `COMMENTS` to enable additional metadata in table responses. `RAWTYPES` provides the native-level datatype. `COMMENTS` provides comments associated with a column or table in the database. */
  readonly EnableAdditionalMetadata?: ListOf<Value<string>>;
  /** A list of glob patterns used to exclude from the crawl. For more information, see [Catalog Tables with a Crawler](https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html) . */
  readonly Exclusions?: ListOf<Value<string>>;
  /** The path of the JDBC target. */
  readonly Path?: Value<string>;
}

export interface Crawler_LakeFormationConfiguration {
  /** Required for cross account crawls. For same account crawls as the target data, this can be left as null. */
  readonly AccountId?: Value<string>;
  /** Specifies whether to use AWS Lake Formation credentials for the crawler instead of the IAM role credentials. */
  readonly UseLakeFormationCredentials?: Value<boolean>;
}

export interface Crawler_MongoDBTarget {
  /** The name of the connection to use to connect to the Amazon DocumentDB or MongoDB target. */
  readonly ConnectionName?: Value<string>;
  /** The path of the Amazon DocumentDB or MongoDB target (database/collection). */
  readonly Path?: Value<string>;
}

export interface Crawler_RecrawlPolicy {
  /** Specifies whether to crawl the entire dataset again or to crawl only folders that were added since the last crawler run. */
  readonly RecrawlBehavior?: Value<string>;
}

export interface Crawler_S3Target {
  /** The name of a connection which allows a job or crawler to access data in Amazon S3 within an Amazon Virtual Private Cloud environment (Amazon VPC). */
  readonly ConnectionName?: Value<string>;
  /** A valid Amazon dead-letter SQS ARN. For example, `arn:aws:sqs:region:account:deadLetterQueue` . */
  readonly DlqEventQueueArn?: Value<string>;
  /** A valid Amazon SQS ARN. For example, `arn:aws:sqs:region:account:sqs` . */
  readonly EventQueueArn?: Value<string>;
  /** A list of glob patterns used to exclude from the crawl. For more information, see [Catalog Tables with a Crawler](https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html) . */
  readonly Exclusions?: ListOf<Value<string>>;
  /** The path to the Amazon S3 target. */
  readonly Path?: Value<string>;
  /** Sets the number of files in each leaf folder to be crawled when crawling sample files in a dataset. If not set, all the files are crawled. A valid value is an integer between 1 and 249. */
  readonly SampleSize?: Value<number>;
}

export interface Crawler_Schedule {
  /** A `cron` expression used to specify the schedule. For more information, see [Time-Based Schedules for Jobs and Crawlers](https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html) . For example, to run something eve... */
  readonly ScheduleExpression?: Value<string>;
}

export interface Crawler_SchemaChangePolicy {
  /** The deletion behavior when the crawler finds a deleted object. */
  readonly DeleteBehavior?: Value<string>;
  /** The update behavior when the crawler finds a changed schema. */
  readonly UpdateBehavior?: Value<string>;
}

export interface Crawler_Targets {
  /** Specifies AWS Glue Data Catalog targets. */
  readonly CatalogTargets?: ListOf<Value<Crawler_CatalogTarget>>;
  /** Specifies an array of Delta data store targets. */
  readonly DeltaTargets?: ListOf<Value<Crawler_DeltaTarget>>;
  /** Specifies Amazon DynamoDB targets. */
  readonly DynamoDBTargets?: ListOf<Value<Crawler_DynamoDBTarget>>;
  /** Specifies Apache Hudi data store targets. */
  readonly HudiTargets?: ListOf<Value<Crawler_HudiTarget>>;
  /** Specifies Apache Iceberg data store targets. */
  readonly IcebergTargets?: ListOf<Value<Crawler_IcebergTarget>>;
  /** Specifies JDBC targets. */
  readonly JdbcTargets?: ListOf<Value<Crawler_JdbcTarget>>;
  /** A list of Mongo DB targets. */
  readonly MongoDBTargets?: ListOf<Value<Crawler_MongoDBTarget>>;
  /** Specifies Amazon Simple Storage Service (Amazon S3) targets. */
  readonly S3Targets?: ListOf<Value<Crawler_S3Target>>;
}

/** Creates a custom pattern that is used to detect sensitive data across the columns and rows of your structured data. */
export interface CustomEntityTypeProps {
  /** A list of context words. If none of these context words are found within the vicinity of the regular expression the data will not be detected as sensitive data. */
  readonly ContextWords?: ListOf<Value<string>>;
  /** A name for the custom pattern that allows it to be retrieved or deleted later. This name must be unique per AWS account. */
  readonly Name?: Value<string>;
  /** A regular expression string that is used for detecting sensitive data in a custom pattern. */
  readonly RegexString?: Value<string>;
  /** AWS tags that contain a key value pair and may be searched by console, command line, or API. */
  readonly Tags?: Value<Json>;
}

/** The `AWS::Glue::Database` resource specifies a logical grouping of tables in AWS Glue . For more information, see [Defining a Database in Your Data Catalog](https://docs.aws.amazon.com/glue/latest/dg/define-database.html) and [Database S... */
export interface DatabaseProps {
  /** The AWS account ID for the account in which to create the catalog object. */
  readonly CatalogId: Value<string>;
  /** The metadata for the database. */
  readonly DatabaseInput: Value<Database_DatabaseInput>;
  /** The name of the catalog database. */
  readonly DatabaseName?: Value<string>;
}

export interface Database_DatabaseIdentifier {
  /** The ID of the Data Catalog in which the database resides. */
  readonly CatalogId?: Value<string>;
  /** The name of the catalog database. */
  readonly DatabaseName?: Value<string>;
  /** The Region of the database. */
  readonly Region?: Value<string>;
}

export interface Database_DatabaseInput {
  /** Creates a set of default permissions on the table for principals. Used by AWS Lake Formation . Not used in the normal course of AWS Glue operations. */
  readonly CreateTableDefaultPermissions?: ListOf<Value<Database_PrincipalPrivileges>>;
  /** A description of the database. */
  readonly Description?: Value<string>;
  /** A `FederatedDatabase` structure that references an entity outside the AWS Glue Data Catalog . */
  readonly FederatedDatabase?: Value<Database_FederatedDatabase>;
  /** The location of the database (for example, an HDFS path). */
  readonly LocationUri?: Value<string>;
  /** The name of the database. For Hive compatibility, this is folded to lowercase when it is stored. */
  readonly Name?: Value<string>;
  /** These key-value pairs define parameters and properties of the database. */
  readonly Parameters?: Value<Json>;
  /** A `DatabaseIdentifier` structure that describes a target database for resource linking. */
  readonly TargetDatabase?: Value<Database_DatabaseIdentifier>;
}

export interface Database_DataLakePrincipal {
  /** An identifier for the AWS Lake Formation principal. */
  readonly DataLakePrincipalIdentifier?: Value<string>;
}

export interface Database_FederatedDatabase {
  /** The name of the connection to the external metastore. */
  readonly ConnectionName?: Value<string>;
  /** A unique identifier for the federated database. */
  readonly Identifier?: Value<string>;
}

export interface Database_PrincipalPrivileges {
  /** The permissions that are granted to the principal. */
  readonly Permissions?: ListOf<Value<string>>;
  /** The principal who is granted permissions. */
  readonly Principal?: Value<Database_DataLakePrincipal>;
}

/** Sets the security configuration for a specified catalog. After the configuration has been set, the specified encryption is applied to every catalog write thereafter. */
export interface DataCatalogEncryptionSettingsProps {
  /** The ID of the Data Catalog in which the settings are created. */
  readonly CatalogId: Value<string>;
  /** Contains configuration information for maintaining Data Catalog security. */
  readonly DataCatalogEncryptionSettings: Value<DataCatalogEncryptionSettings_DataCatalogEncryptionSettings>;
}

export interface DataCatalogEncryptionSettings_ConnectionPasswordEncryption {
  /** An AWS key that is used to encrypt the connection password. */
  readonly KmsKeyId?: Value<string>;
  /** When the `ReturnConnectionPasswordEncrypted` flag is set to "true", passwords remain encrypted in the responses of `GetConnection` and `GetConnections` . This encryption takes effect independently from catalog encryption. */
  readonly ReturnConnectionPasswordEncrypted?: Value<boolean>;
}

export interface DataCatalogEncryptionSettings_DataCatalogEncryptionSettings {
  /** When connection password protection is enabled, the Data Catalog uses a customer-provided key to encrypt the password as part of `CreateConnection` or `UpdateConnection` and store it in the `ENCRYPTED_PASSWORD` field in the connection pr... */
  readonly ConnectionPasswordEncryption?: Value<DataCatalogEncryptionSettings_ConnectionPasswordEncryption>;
  /** Specifies the encryption-at-rest configuration for the Data Catalog. */
  readonly EncryptionAtRest?: Value<DataCatalogEncryptionSettings_EncryptionAtRest>;
}

export interface DataCatalogEncryptionSettings_EncryptionAtRest {
  /** The encryption-at-rest mode for encrypting Data Catalog data. */
  readonly CatalogEncryptionMode?: Value<string>;
  /** The role that AWS Glue assumes to encrypt and decrypt the Data Catalog objects on the caller's behalf. */
  readonly CatalogEncryptionServiceRole?: Value<string>;
  /** The ID of the AWS key to use for encryption at rest. */
  readonly SseAwsKmsKeyId?: Value<string>;
}

/** The `AWS::Glue::DataQualityRuleset` resource specifies a data quality ruleset with DQDL rules applied to a specified AWS Glue table. For more information, see AWS Glue Data Quality in the AWS Glue Developer Guide. */
export interface DataQualityRulesetProps {
  /** Used for idempotency and is recommended to be set to a random ID (such as a UUID) to avoid creating or starting multiple instances of the same resource. */
  readonly ClientToken?: Value<string>;
  /** A description of the data quality ruleset. */
  readonly Description?: Value<string>;
  /** The name of the data quality ruleset. */
  readonly Name: Value<string>;
  /** A Data Quality Definition Language (DQDL) ruleset. For more information see the AWS Glue Developer Guide. */
  readonly Ruleset?: Value<string>;
  /** A list of tags applied to the data quality ruleset. */
  readonly Tags?: MapOf<Value<string>>;
  /** An object representing an AWS Glue table. */
  readonly TargetTable?: Value<DataQualityRuleset_DataQualityTargetTable>;
}

export interface DataQualityRuleset_DataQualityTargetTable {
  /** The name of the database where the AWS Glue table exists. */
  readonly DatabaseName: Value<string>;
  /** The name of the AWS Glue table. */
  readonly TableName: Value<string>;
}

/** The `AWS::Glue::DevEndpoint` resource specifies a development endpoint where a developer can remotely debug ETL scripts for AWS Glue . For more information, see [DevEndpoint Structure](https://docs.aws.amazon.com/glue/latest/dg/aws-glue-... */
export interface DevEndpointProps {
  /** A map of arguments used to configure the `DevEndpoint` . */
  readonly Arguments?: Value<Json>;
  /** The name of the `DevEndpoint` . */
  readonly EndpointName?: Value<string>;
  /** The path to one or more Java `.jar` files in an S3 bucket that should be loaded in your `DevEndpoint` . */
  readonly ExtraJarsS3Path?: Value<string>;
  /** The paths to one or more Python libraries in an Amazon S3 bucket that should be loaded in your `DevEndpoint` . Multiple values must be complete paths separated by a comma. */
  readonly ExtraPythonLibsS3Path?: Value<string>;
  /** The AWS Glue version determines the versions of Apache Spark and Python that AWS Glue supports. The Python version indicates the version supported for running your ETL scripts on development endpoints. */
  readonly GlueVersion?: Value<string>;
  /** The number of AWS Glue Data Processing Units (DPUs) allocated to this `DevEndpoint` . */
  readonly NumberOfNodes?: Value<number>;
  /** The number of workers of a defined `workerType` that are allocated to the development endpoint. */
  readonly NumberOfWorkers?: Value<number>;
  /** The public key to be used by this `DevEndpoint` for authentication. This attribute is provided for backward compatibility because the recommended attribute to use is public keys. */
  readonly PublicKey?: Value<string>;
  /** A list of public keys to be used by the `DevEndpoints` for authentication. Using this attribute is preferred over a single public key because the public keys allow you to have a different private key per client. */
  readonly PublicKeys?: ListOf<Value<string>>;
  /** The Amazon Resource Name (ARN) of the IAM role used in this `DevEndpoint` . */
  readonly RoleArn: Value<string>;
  /** The name of the `SecurityConfiguration` structure to be used with this `DevEndpoint` . */
  readonly SecurityConfiguration?: Value<string>;
  /** A list of security group identifiers used in this `DevEndpoint` . */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** The subnet ID for this `DevEndpoint` . */
  readonly SubnetId?: Value<string>;
  /** The tags to use with this DevEndpoint. */
  readonly Tags?: Value<Json>;
  /** The type of predefined worker that is allocated to the development endpoint. Accepts a value of Standard, G.1X, or G.2X. */
  readonly WorkerType?: Value<string>;
}

/** Creates a new AWS Glue Identity Center configuration to enable integration between AWS Glue and AWS IAM Identity Center for authentication and authorization. */
export interface IdentityCenterConfigurationProps {
  /** The Amazon Resource Name (ARN) of the Identity Center instance associated with the AWS Glue configuration. */
  readonly InstanceArn: Value<string>;
  /** A list of Identity Center scopes that define the permissions and access levels for the AWS Glue configuration. */
  readonly Scopes?: ListOf<Value<string>>;
  /** Indicates whether users can run background sessions when using Identity Center authentication with AWS Glue services. */
  readonly UserBackgroundSessionsEnabled?: Value<boolean>;
}

/** The `AWS::Glue::Integration` resource specifies an AWS Glue zero-ETL integration from a data source to a target. For more information, see [zero-ETL integration supported by AWS Glue](https://docs.aws.amazon.com/glue/latest/dg/zero-etl-u... */
export interface IntegrationProps {
  /** An optional set of non-secret key–value pairs that contains additional contextual information for encryption. This can only be provided if `KMSKeyId` is provided. */
  readonly AdditionalEncryptionContext?: MapOf<Value<string>>;
  /** Selects source tables for the integration using Maxwell filter syntax. */
  readonly DataFilter?: Value<string>;
  /** A description for the integration. */
  readonly Description?: Value<string>;
  /** The structure used to define properties associated with the zero-ETL integration. For more information, see [IntegrationConfig structure.](https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-integrations.html#aws-glue-api-integration... */
  readonly IntegrationConfig?: Value<Integration_IntegrationConfig>;
  /** A unique name for the integration. */
  readonly IntegrationName: Value<string>;
  /** The ARN of a KMS key used for encrypting the channel. */
  readonly KmsKeyId?: Value<string>;
  /** The ARN for the source of the integration. */
  readonly SourceArn: Value<string>;
  /** Metadata assigned to the resource consisting of a list of key-value pairs. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ARN for the target of the integration. */
  readonly TargetArn: Value<string>;
}

export interface Integration_IntegrationConfig {
  /** Enables continuous synchronization for on-demand data extractions from SaaS applications to AWS data services like Amazon Redshift and Amazon S3. */
  readonly ContinuousSync?: Value<boolean>;
  /** Specifies the frequency at which CDC (Change Data Capture) pulls or incremental loads should occur. This parameter provides flexibility to align the refresh rate with your specific data update patterns, system load considerations, and pe... */
  readonly RefreshInterval?: Value<string>;
  /** A collection of key-value pairs that specify additional properties for the integration source. These properties provide configuration options that can be used to customize the behavior of the ODB source during data integration operations. */
  readonly SourceProperties?: MapOf<Value<string>>;
}

/** The `AWS::Glue::IntegrationResourceProperty` resource type can be used to setup `ResourceProperty` of the AWS Glue connection (for the SaaS source), DynamoDB Database (for DynamoDB source), or AWS Glue database ARN (for the target). Reso... */
export interface IntegrationResourcePropertyProps {
  /** The connection ARN of the source, or the database ARN of the target. */
  readonly ResourceArn: Value<string>;
  /** The resource properties associated with the integration source. */
  readonly SourceProcessingProperties?: Value<IntegrationResourceProperty_SourceProcessingProperties>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The structure used to define the resource properties associated with the integration target. */
  readonly TargetProcessingProperties?: Value<IntegrationResourceProperty_TargetProcessingProperties>;
}

export interface IntegrationResourceProperty_SourceProcessingProperties {
  /** The IAM role to access the AWS Glue connection. */
  readonly RoleArn: Value<string>;
}

export interface IntegrationResourceProperty_TargetProcessingProperties {
  /** The AWS Glue network connection to configure the AWS Glue job running in the customer VPC. */
  readonly ConnectionName?: Value<string>;
  /** The ARN of an Eventbridge event bus to receive the integration status notification. */
  readonly EventBusArn?: Value<string>;
  /** The ARN of the KMS key used for encryption. */
  readonly KmsArn?: Value<string>;
  /** The IAM role to access the AWS Glue database. */
  readonly RoleArn: Value<string>;
}

/** The `AWS::Glue::Job` resource specifies an AWS Glue job in the data catalog. For more information, see [Adding Jobs in AWS Glue](https://docs.aws.amazon.com/glue/latest/dg/add-job.html) and [Job Structure](https://docs.aws.amazon.com/glu... */
export interface JobProps {
  /** This parameter is no longer supported. Use `MaxCapacity` instead. */
  readonly AllocatedCapacity?: Value<number>;
  /** The code that executes a job. */
  readonly Command: Value<Job_JobCommand>;
  /** The connections used for this job. */
  readonly Connections?: Value<Job_ConnectionsList>;
  /** The default arguments for this job, specified as name-value pairs. */
  readonly DefaultArguments?: Value<Json>;
  /** A description of the job. */
  readonly Description?: Value<string>;
  /** Indicates whether the job is run with a standard or flexible execution class. The standard execution class is ideal for time-sensitive workloads that require fast job startup and dedicated resources. */
  readonly ExecutionClass?: Value<string>;
  /** The maximum number of concurrent runs that are allowed for this job. */
  readonly ExecutionProperty?: Value<Job_ExecutionProperty>;
  /** Glue version determines the versions of Apache Spark and Python that AWS Glue supports. The Python version indicates the version supported for jobs of type Spark. */
  readonly GlueVersion?: Value<string>;
  /** A mode that describes how a job was created. Valid values are: */
  readonly JobMode?: Value<string>;
  /** Specifies whether job run queuing is enabled for the job runs for this job. */
  readonly JobRunQueuingEnabled?: Value<boolean>;
  /** This field is reserved for future use. */
  readonly LogUri?: Value<string>;
  /** This field specifies a day of the week and hour for a maintenance window for streaming jobs. AWS Glue periodically performs maintenance activities. During these maintenance windows, AWS Glue will need to restart your streaming jobs. */
  readonly MaintenanceWindow?: Value<string>;
  /** The number of AWS Glue data processing units (DPUs) that can be allocated when this job runs. A DPU is a relative measure of processing power that consists of 4 vCPUs of compute capacity and 16 GB of memory. */
  readonly MaxCapacity?: Value<number>;
  /** The maximum number of times to retry this job after a JobRun fails. */
  readonly MaxRetries?: Value<number>;
  /** The name you assign to this job definition. */
  readonly Name?: Value<string>;
  /** Non-overridable arguments for this job, specified as name-value pairs. */
  readonly NonOverridableArguments?: Value<Json>;
  /** Specifies configuration properties of a notification. */
  readonly NotificationProperty?: Value<Job_NotificationProperty>;
  /** The number of workers of a defined `workerType` that are allocated when a job runs. */
  readonly NumberOfWorkers?: Value<number>;
  /** The name or Amazon Resource Name (ARN) of the IAM role associated with this job. */
  readonly Role: Value<string>;
  /** The name of the `SecurityConfiguration` structure to be used with this job. */
  readonly SecurityConfiguration?: Value<string>;
  /** The tags to use with this job. */
  readonly Tags?: Value<Json>;
  /** The job timeout in minutes. This is the maximum time that a job run can consume resources before it is terminated and enters TIMEOUT status. The default is 2,880 minutes (48 hours). */
  readonly Timeout?: Value<number>;
  /** The type of predefined worker that is allocated when a job runs. */
  readonly WorkerType?: Value<string>;
}

export interface Job_ConnectionsList {
  /** A list of connections used by the job. */
  readonly Connections?: ListOf<Value<string>>;
}

export interface Job_ExecutionProperty {
  /** The maximum number of concurrent runs allowed for the job. The default is 1. An error is returned when this threshold is reached. The maximum value you can specify is controlled by a service limit. */
  readonly MaxConcurrentRuns?: Value<number>;
}

export interface Job_JobCommand {
  /** The name of the job command. For an Apache Spark ETL job, this must be `glueetl` . For a Python shell job, it must be `pythonshell` . For an Apache Spark streaming ETL job, this must be `gluestreaming` . For a Ray job, this must be `glue... */
  readonly Name?: Value<string>;
  /** The Python version being used to execute a Python shell job. Allowed values are 3 or 3.9. Version 2 is deprecated. */
  readonly PythonVersion?: Value<string>;
  /** In Ray jobs, Runtime is used to specify the versions of Ray, Python and additional libraries available in your environment. This field is not used in other job types. For supported runtime environment values, see [Working with Ray jobs](... */
  readonly Runtime?: Value<string>;
  /** Specifies the Amazon Simple Storage Service (Amazon S3) path to a script that executes a job (required). */
  readonly ScriptLocation?: Value<string>;
}

export interface Job_NotificationProperty {
  /** After a job run starts, the number of minutes to wait before sending a job run delay notification. */
  readonly NotifyDelayAfter?: Value<number>;
}

/** The AWS::Glue::MLTransform is an AWS Glue resource type that manages machine learning transforms. */
export interface MLTransformProps {
  /** A user-defined, long-form description text for the machine learning transform. */
  readonly Description?: Value<string>;
  /** This value determines which version of AWS Glue this machine learning transform is compatible with. Glue 1.0 is recommended for most customers. If the value is not set, the Glue compatibility defaults to Glue 0.9. For more information, s... */
  readonly GlueVersion?: Value<string>;
  /** A list of AWS Glue table definitions used by the transform. */
  readonly InputRecordTables: Value<MLTransform_InputRecordTables>;
  /** The number of AWS Glue data processing units (DPUs) that are allocated to task runs for this transform. You can allocate from 2 to 100 DPUs; the default is 10. A DPU is a relative measure of processing power that consists of 4 vCPUs of c... */
  readonly MaxCapacity?: Value<number>;
  /** The maximum number of times to retry after an `MLTaskRun` of the machine learning transform fails. */
  readonly MaxRetries?: Value<number>;
  /** A user-defined name for the machine learning transform. Names are required to be unique. `Name` is optional: */
  readonly Name?: Value<string>;
  /** The number of workers of a defined `workerType` that are allocated when a task of the transform runs. */
  readonly NumberOfWorkers?: Value<number>;
  /** The name or Amazon Resource Name (ARN) of the IAM role with the required permissions. The required permissions include both AWS Glue service role permissions to AWS Glue resources, and Amazon S3 permissions required by the transform. */
  readonly Role: Value<string>;
  /** The tags to use with this machine learning transform. You may use tags to limit access to the machine learning transform. For more information about tags in AWS Glue , see [AWS Tags in AWS Glue](https://docs.aws.amazon.com/glue/latest/dg... */
  readonly Tags?: MapOf<Value<string>>;
  /** The timeout in minutes of the machine learning transform. */
  readonly Timeout?: Value<number>;
  /** The encryption-at-rest settings of the transform that apply to accessing user data. Machine learning transforms can access user data encrypted in Amazon S3 using KMS. */
  readonly TransformEncryption?: Value<MLTransform_TransformEncryption>;
  /** The algorithm-specific parameters that are associated with the machine learning transform. */
  readonly TransformParameters: Value<MLTransform_TransformParameters>;
  /** The type of predefined worker that is allocated when a task of this transform runs. Accepts a value of Standard, G.1X, or G.2X. */
  readonly WorkerType?: Value<string>;
}

export interface MLTransform_FindMatchesParameters {
  /** The value that is selected when tuning your transform for a balance between accuracy and cost. A value of 0.5 means that the system balances accuracy and cost concerns. A value of 1.0 means a bias purely for accuracy, which typically res... */
  readonly AccuracyCostTradeoff?: Value<number>;
  /** The value to switch on or off to force the output to match the provided labels from users. If the value is `True` , the `find matches` transform forces the output to match the provided labels. The results override the normal conflation r... */
  readonly EnforceProvidedLabels?: Value<boolean>;
  /** The value selected when tuning your transform for a balance between precision and recall. A value of 0.5 means no preference; a value of 1.0 means a bias purely for precision, and a value of 0.0 means a bias for recall. Because this is a... */
  readonly PrecisionRecallTradeoff?: Value<number>;
  /** The name of a column that uniquely identifies rows in the source table. Used to help identify matching records. */
  readonly PrimaryKeyColumnName: Value<string>;
}

export interface MLTransform_GlueTables {
  /** A unique identifier for the AWS Glue Data Catalog . */
  readonly CatalogId?: Value<string>;
  /** The name of the connection to the AWS Glue Data Catalog . */
  readonly ConnectionName?: Value<string>;
  /** A database name in the AWS Glue Data Catalog . */
  readonly DatabaseName: Value<string>;
  /** A table name in the AWS Glue Data Catalog . */
  readonly TableName: Value<string>;
}

export interface MLTransform_InputRecordTables {
  /** The database and table in the AWS Glue Data Catalog that is used for input or output data. */
  readonly GlueTables?: ListOf<Value<MLTransform_GlueTables>>;
}

export interface MLTransform_MLUserDataEncryption {
  /** The ID for the customer-provided KMS key. */
  readonly KmsKeyId?: Value<string>;
  /** The encryption mode applied to user data. Valid values are: */
  readonly MLUserDataEncryptionMode: Value<string>;
}

export interface MLTransform_TransformEncryption {
  /** The encryption-at-rest settings of the transform that apply to accessing user data. */
  readonly MLUserDataEncryption?: Value<MLTransform_MLUserDataEncryption>;
  /** The name of the security configuration. */
  readonly TaskRunSecurityConfigurationName?: Value<string>;
}

export interface MLTransform_TransformParameters {
  /** The parameters for the find matches algorithm. */
  readonly FindMatchesParameters?: Value<MLTransform_FindMatchesParameters>;
  /** The type of machine learning transform. `FIND_MATCHES` is the only option. */
  readonly TransformType: Value<string>;
}

/** The `AWS::Glue::Partition` resource creates an AWS Glue partition, which represents a slice of table data. For more information, see [CreatePartition Action](https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html... */
export interface PartitionProps {
  /** The AWS account ID of the catalog in which the partion is to be created. */
  readonly CatalogId: Value<string>;
  /** The name of the catalog database in which to create the partition. */
  readonly DatabaseName: Value<string>;
  /** The structure used to create and update a partition. */
  readonly PartitionInput: Value<Partition_PartitionInput>;
  /** The name of the metadata table in which the partition is to be created. */
  readonly TableName: Value<string>;
}

export interface Partition_Column {
  /** A free-form text comment. */
  readonly Comment?: Value<string>;
  /** The name of the `Column` . */
  readonly Name: Value<string>;
  /** The data type of the `Column` . */
  readonly Type?: Value<string>;
}

export interface Partition_Order {
  /** The name of the column. */
  readonly Column: Value<string>;
  /** Indicates that the column is sorted in ascending order ( `== 1` ), or in descending order ( `==0` ). */
  readonly SortOrder?: Value<number>;
}

export interface Partition_PartitionInput {
  /** These key-value pairs define partition parameters. */
  readonly Parameters?: Value<Json>;
  /** Provides information about the physical location where the partition is stored. */
  readonly StorageDescriptor?: Value<Partition_StorageDescriptor>;
  /** The values of the partition. Although this parameter is not required by the SDK, you must specify this parameter for a valid input. */
  readonly Values: ListOf<Value<string>>;
}

export interface Partition_SchemaId {
  /** The name of the schema registry that contains the schema. */
  readonly RegistryName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the schema. One of `SchemaArn` or `SchemaName` has to be provided. */
  readonly SchemaArn?: Value<string>;
  /** The name of the schema. One of `SchemaArn` or `SchemaName` has to be provided. */
  readonly SchemaName?: Value<string>;
}

export interface Partition_SchemaReference {
  /** A structure that contains schema identity fields. Either this or the `SchemaVersionId` has to be provided. */
  readonly SchemaId?: Value<Partition_SchemaId>;
  /** The unique ID assigned to a version of the schema. Either this or the `SchemaId` has to be provided. */
  readonly SchemaVersionId?: Value<string>;
  /** The version number of the schema. */
  readonly SchemaVersionNumber?: Value<number>;
}

export interface Partition_SerdeInfo {
  /** Name of the SerDe. */
  readonly Name?: Value<string>;
  /** These key-value pairs define initialization parameters for the SerDe. */
  readonly Parameters?: Value<Json>;
  /** Usually the class that implements the SerDe. An example is `org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe` . */
  readonly SerializationLibrary?: Value<string>;
}

export interface Partition_SkewedInfo {
  /** A list of names of columns that contain skewed values. */
  readonly SkewedColumnNames?: ListOf<Value<string>>;
  /** A mapping of skewed values to the columns that contain them. */
  readonly SkewedColumnValueLocationMaps?: Value<Json>;
  /** A list of values that appear so frequently as to be considered skewed. */
  readonly SkewedColumnValues?: ListOf<Value<string>>;
}

export interface Partition_StorageDescriptor {
  /** A list of reducer grouping columns, clustering columns, and bucketing columns in the table. */
  readonly BucketColumns?: ListOf<Value<string>>;
  /** A list of the `Columns` in the table. */
  readonly Columns?: ListOf<Value<Partition_Column>>;
  /** `True` if the data in the table is compressed, or `False` if not. */
  readonly Compressed?: Value<boolean>;
  /** The input format: `SequenceFileInputFormat` (binary), or `TextInputFormat` , or a custom format. */
  readonly InputFormat?: Value<string>;
  /** The physical location of the table. By default, this takes the form of the warehouse location, followed by the database location in the warehouse, followed by the table name. */
  readonly Location?: Value<string>;
  /** The number of buckets. */
  readonly NumberOfBuckets?: Value<number>;
  /** The output format: `SequenceFileOutputFormat` (binary), or `IgnoreKeyTextOutputFormat` , or a custom format. */
  readonly OutputFormat?: Value<string>;
  /** The user-supplied properties in key-value form. */
  readonly Parameters?: Value<Json>;
  /** An object that references a schema stored in the AWS Glue Schema Registry. */
  readonly SchemaReference?: Value<Partition_SchemaReference>;
  /** The serialization/deserialization (SerDe) information. */
  readonly SerdeInfo?: Value<Partition_SerdeInfo>;
  /** The information about values that appear frequently in a column (skewed values). */
  readonly SkewedInfo?: Value<Partition_SkewedInfo>;
  /** A list specifying the sort order of each bucket in the table. */
  readonly SortColumns?: ListOf<Value<Partition_Order>>;
  /** `True` if the table data is stored in subdirectories, or `False` if not. */
  readonly StoredAsSubDirectories?: Value<boolean>;
}

/** The AWS::Glue::Registry is an AWS Glue resource type that manages registries of schemas in the AWS Glue Schema Registry. */
export interface RegistryProps {
  /** A description of the registry. */
  readonly Description?: Value<string>;
  /** The name of the registry. */
  readonly Name: Value<string>;
  /** AWS tags that contain a key value pair and may be searched by console, command line, or API. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::Glue::Schema` is an AWS Glue resource type that manages schemas in the AWS Glue Schema Registry. */
export interface SchemaProps {
  /** Specify the `VersionNumber` or the `IsLatest` for setting the checkpoint for the schema. This is only required for updating a checkpoint. */
  readonly CheckpointVersion?: Value<Schema_SchemaVersion>;
  /** The compatibility mode of the schema. */
  readonly Compatibility: Value<string>;
  /** The data format of the schema definition. Currently only `AVRO` is supported. */
  readonly DataFormat: Value<string>;
  /** A description of the schema if specified when created. */
  readonly Description?: Value<string>;
  /** Name of the schema to be created of max length of 255, and may only contain letters, numbers, hyphen, underscore, dollar sign, or hash mark. No whitespace. */
  readonly Name: Value<string>;
  /** The registry where a schema is stored. */
  readonly Registry?: Value<Schema_Registry>;
  /** The schema definition using the `DataFormat` setting for `SchemaName` . */
  readonly SchemaDefinition?: Value<string>;
  /** AWS tags that contain a key value pair and may be searched by console, command line, or API. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Schema_Registry {
  /** The Amazon Resource Name (ARN) of the registry. */
  readonly Arn?: Value<string>;
  /** The name of the registry. */
  readonly Name?: Value<string>;
}

export interface Schema_SchemaVersion {
  /** Indicates if this version is the latest version of the schema. */
  readonly IsLatest?: Value<boolean>;
  /** The version number of the schema. */
  readonly VersionNumber?: Value<number>;
}

/** The `AWS::Glue::SchemaVersion` is an AWS Glue resource type that manages schema versions of schemas in the AWS Glue Schema Registry. */
export interface SchemaVersionProps {
  /** The schema that includes the schema version. */
  readonly Schema: Value<SchemaVersion_Schema>;
  /** The schema definition for the schema version. */
  readonly SchemaDefinition: Value<string>;
}

export interface SchemaVersion_Schema {
  /** The name of the registry where the schema is stored. Either `SchemaArn` , or `SchemaName` and `RegistryName` has to be provided. */
  readonly RegistryName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the schema. Either `SchemaArn` , or `SchemaName` and `RegistryName` has to be provided. */
  readonly SchemaArn?: Value<string>;
  /** The name of the schema. Either `SchemaArn` , or `SchemaName` and `RegistryName` has to be provided. */
  readonly SchemaName?: Value<string>;
}

/** The `AWS::Glue::SchemaVersionMetadata` is an AWS Glue resource type that defines the metadata key-value pairs for a schema version in AWS Glue Schema Registry. */
export interface SchemaVersionMetadataProps {
  /** A metadata key in a key-value pair for metadata. */
  readonly Key: Value<string>;
  /** The version number of the schema. */
  readonly SchemaVersionId: Value<string>;
  /** A metadata key's corresponding value. */
  readonly Value: Value<string>;
}

/** Creates a new security configuration. A security configuration is a set of security properties that can be used by AWS Glue . You can use a security configuration to encrypt data at rest. For information about using security configuratio... */
export interface SecurityConfigurationProps {
  /** The encryption configuration associated with this security configuration. */
  readonly EncryptionConfiguration: Value<SecurityConfiguration_EncryptionConfiguration>;
  /** The name of the security configuration. */
  readonly Name: Value<string>;
}

export interface SecurityConfiguration_CloudWatchEncryption {
  /** The encryption mode to use for CloudWatch data. */
  readonly CloudWatchEncryptionMode?: Value<string>;
  /** The Amazon Resource Name (ARN) of the KMS key to be used to encrypt the data. */
  readonly KmsKeyArn?: Value<string>;
}

export interface SecurityConfiguration_EncryptionConfiguration {
  /** The encryption configuration for Amazon CloudWatch. */
  readonly CloudWatchEncryption?: Value<SecurityConfiguration_CloudWatchEncryption>;
  /** The encryption configuration for job bookmarks. */
  readonly JobBookmarksEncryption?: Value<SecurityConfiguration_JobBookmarksEncryption>;
  /** The encyption configuration for Amazon Simple Storage Service (Amazon S3) data. */
  readonly S3Encryptions?: ListOf<Value<SecurityConfiguration_S3Encryption>>;
}

export interface SecurityConfiguration_JobBookmarksEncryption {
  /** The encryption mode to use for job bookmarks data. */
  readonly JobBookmarksEncryptionMode?: Value<string>;
  /** The Amazon Resource Name (ARN) of the KMS key to be used to encrypt the data. */
  readonly KmsKeyArn?: Value<string>;
}

export interface SecurityConfiguration_S3Encryption {
  /** The Amazon Resource Name (ARN) of the KMS key to be used to encrypt the data. */
  readonly KmsKeyArn?: Value<string>;
  /** The encryption mode to use for Amazon S3 data. */
  readonly S3EncryptionMode?: Value<string>;
}

/** Resource Type definition for AWS::Glue::Session. Sessions provide an on-demand, serverless Apache Spark runtime environment for building, testing, and running data preparation and analytics applications. */
export interface SessionProps {
  /** The SessionCommand that runs the job. */
  readonly Command: Value<Session_SessionCommand>;
  /** Specifies the connections used by the session. */
  readonly Connections?: Value<Session_ConnectionsList>;
  /** A map array of key-value pairs. Max is 75 pairs. */
  readonly DefaultArguments?: MapOf<Value<string>>;
  /** The description of the session. */
  readonly Description?: Value<string>;
  /** The Glue version determines the versions of Apache Spark and Python that Glue supports. The GlueVersion must be greater than 2.0. */
  readonly GlueVersion?: Value<string>;
  /** The ID of the session. */
  readonly Id: Value<string>;
  /** The number of minutes when idle before session times out. Default is the value of Timeout. */
  readonly IdleTimeout?: Value<number>;
  /** The number of Glue data processing units (DPUs) that can be allocated when the job runs. */
  readonly MaxCapacity?: Value<number>;
  /** The number of workers of a defined WorkerType to use for the session. */
  readonly NumberOfWorkers?: Value<number>;
  /** The origin of the request. */
  readonly RequestOrigin?: Value<string>;
  /** The IAM Role ARN. */
  readonly Role: Value<string>;
  /** The name of the SecurityConfiguration structure to be used with the session. */
  readonly SecurityConfiguration?: Value<string>;
  /** The tags belonging to the session. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The number of minutes before session times out. */
  readonly Timeout?: Value<number>;
  /** The type of predefined worker that is allocated when a session runs. */
  readonly WorkerType?: Value<string>;
}

export interface Session_ConnectionsList {
  /** A list of connection names used by the session. */
  readonly Connections?: ListOf<Value<string>>;
}

export interface Session_SessionCommand {
  /** Specifies the name of the SessionCommand. Can be 'glueetl' or 'gluestreaming'. */
  readonly Name?: Value<string>;
  /** Specifies the Python version. The Python version indicates the version supported for jobs of type Spark. */
  readonly PythonVersion?: Value<string>;
}

/** The `AWS::Glue::Table` resource specifies tabular data in the AWS Glue data catalog. For more information, see [Defining Tables in the AWS Glue Data Catalog](https://docs.aws.amazon.com/glue/latest/dg/tables-described.html) and [Table St... */
export interface TableProps {
  /** The ID of the Data Catalog in which to create the `Table` . */
  readonly CatalogId: Value<string>;
  /** The name of the database where the table metadata resides. For Hive compatibility, this must be all lowercase. */
  readonly DatabaseName: Value<string>;
  readonly Name?: Value<string>;
  /** Specifies an `OpenTableFormatInput` structure when creating an open format table. */
  readonly OpenTableFormatInput?: Value<Table_OpenTableFormatInput>;
  /** A structure used to define a table. */
  readonly TableInput?: Value<Table_TableInput>;
}

export interface Table_Column {
  /** A free-form text comment. */
  readonly Comment?: Value<string>;
  /** The name of the `Column` . */
  readonly Name: Value<string>;
  /** The data type of the `Column` . */
  readonly Type?: Value<string>;
}

export interface Table_IcebergInput {
  readonly IcebergTableInput?: Value<Table_IcebergTableInput>;
  /** A required metadata operation. Can only be set to CREATE. */
  readonly MetadataOperation?: Value<Json>;
  /** The table version for the Iceberg table. Defaults to 2. */
  readonly Version?: Value<string>;
}

export interface Table_IcebergPartitionField {
  readonly FieldId?: Value<number>;
  readonly Name: Value<string>;
  readonly SourceId: Value<number>;
  readonly Transform: Value<string>;
}

export interface Table_IcebergPartitionSpec {
  readonly Fields: ListOf<Value<Table_IcebergPartitionField>>;
  readonly SpecId?: Value<number>;
}

export interface Table_IcebergSchema {
  readonly Fields: ListOf<Value<Table_IcebergStructField>>;
  readonly IdentifierFieldIds?: ListOf<Value<number>>;
  readonly SchemaId?: Value<number>;
  readonly Type?: Value<string>;
}

export interface Table_IcebergSortField {
  readonly Direction: Value<string>;
  readonly NullOrder: Value<string>;
  readonly SourceId: Value<number>;
  readonly Transform: Value<string>;
}

export interface Table_IcebergSortOrder {
  readonly Fields: ListOf<Value<Table_IcebergSortField>>;
  readonly OrderId: Value<number>;
}

export interface Table_IcebergStructField {
  readonly Doc?: Value<string>;
  readonly Id: Value<number>;
  readonly Name: Value<string>;
  readonly Required: Value<boolean>;
  readonly Type: Value<string>;
}

export interface Table_IcebergTableInput {
  readonly Location: Value<string>;
  readonly PartitionSpec?: Value<Table_IcebergPartitionSpec>;
  readonly Properties?: Value<Json>;
  readonly Schema: Value<Table_IcebergSchema>;
  readonly WriteOrder?: Value<Table_IcebergSortOrder>;
}

export interface Table_OpenTableFormatInput {
  /** Specifies an `IcebergInput` structure that defines an Apache Iceberg metadata table. */
  readonly IcebergInput?: Value<Table_IcebergInput>;
}

export interface Table_Order {
  /** The name of the column. */
  readonly Column: Value<string>;
  /** Indicates that the column is sorted in ascending order ( `== 1` ), or in descending order ( `==0` ). */
  readonly SortOrder: Value<number>;
}

export interface Table_SchemaId {
  /** The name of the schema registry that contains the schema. */
  readonly RegistryName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the schema. One of `SchemaArn` or `SchemaName` has to be provided. */
  readonly SchemaArn?: Value<string>;
  /** The name of the schema. One of `SchemaArn` or `SchemaName` has to be provided. */
  readonly SchemaName?: Value<string>;
}

export interface Table_SchemaReference {
  /** A structure that contains schema identity fields. Either this or the `SchemaVersionId` has to be provided. */
  readonly SchemaId?: Value<Table_SchemaId>;
  /** The unique ID assigned to a version of the schema. Either this or the `SchemaId` has to be provided. */
  readonly SchemaVersionId?: Value<string>;
  /** The version number of the schema. */
  readonly SchemaVersionNumber?: Value<number>;
}

export interface Table_SerdeInfo {
  /** Name of the SerDe. */
  readonly Name?: Value<string>;
  /** These key-value pairs define initialization parameters for the SerDe. */
  readonly Parameters?: Value<Json>;
  /** Usually the class that implements the SerDe. An example is `org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe` . */
  readonly SerializationLibrary?: Value<string>;
}

export interface Table_SkewedInfo {
  /** A list of names of columns that contain skewed values. */
  readonly SkewedColumnNames?: ListOf<Value<string>>;
  /** A mapping of skewed values to the columns that contain them. */
  readonly SkewedColumnValueLocationMaps?: Value<Json>;
  /** A list of values that appear so frequently as to be considered skewed. */
  readonly SkewedColumnValues?: ListOf<Value<string>>;
}

export interface Table_StorageDescriptor {
  /** A list of reducer grouping columns, clustering columns, and bucketing columns in the table. */
  readonly BucketColumns?: ListOf<Value<string>>;
  /** A list of the `Columns` in the table. */
  readonly Columns?: ListOf<Value<Table_Column>>;
  /** `True` if the data in the table is compressed, or `False` if not. */
  readonly Compressed?: Value<boolean>;
  /** The input format: `SequenceFileInputFormat` (binary), or `TextInputFormat` , or a custom format. */
  readonly InputFormat?: Value<string>;
  /** The physical location of the table. By default, this takes the form of the warehouse location, followed by the database location in the warehouse, followed by the table name. */
  readonly Location?: Value<string>;
  /** Must be specified if the table contains any dimension columns. */
  readonly NumberOfBuckets?: Value<number>;
  /** The output format: `SequenceFileOutputFormat` (binary), or `IgnoreKeyTextOutputFormat` , or a custom format. */
  readonly OutputFormat?: Value<string>;
  /** The user-supplied properties in key-value form. */
  readonly Parameters?: Value<Json>;
  /** An object that references a schema stored in the AWS Glue Schema Registry. */
  readonly SchemaReference?: Value<Table_SchemaReference>;
  /** The serialization/deserialization (SerDe) information. */
  readonly SerdeInfo?: Value<Table_SerdeInfo>;
  /** The information about values that appear frequently in a column (skewed values). */
  readonly SkewedInfo?: Value<Table_SkewedInfo>;
  /** A list specifying the sort order of each bucket in the table. */
  readonly SortColumns?: ListOf<Value<Table_Order>>;
  /** `True` if the table data is stored in subdirectories, or `False` if not. */
  readonly StoredAsSubDirectories?: Value<boolean>;
}

export interface Table_TableIdentifier {
  /** The ID of the Data Catalog in which the table resides. */
  readonly CatalogId?: Value<string>;
  /** The name of the catalog database that contains the target table. */
  readonly DatabaseName?: Value<string>;
  /** The name of the target table. */
  readonly Name?: Value<string>;
  /** The Region of the table. */
  readonly Region?: Value<string>;
}

export interface Table_TableInput {
  /** A description of the table. */
  readonly Description?: Value<string>;
  /** The table name. For Hive compatibility, this is folded to lowercase when it is stored. */
  readonly Name?: Value<string>;
  /** The table owner. Included for Apache Hive compatibility. Not used in the normal course of AWS Glue operations. */
  readonly Owner?: Value<string>;
  /** These key-value pairs define properties associated with the table. */
  readonly Parameters?: Value<Json>;
  /** A list of columns by which the table is partitioned. Only primitive types are supported as partition keys. */
  readonly PartitionKeys?: ListOf<Value<Table_Column>>;
  /** The retention time for this table. */
  readonly Retention?: Value<number>;
  /** A storage descriptor containing information about the physical storage of this table. */
  readonly StorageDescriptor?: Value<Table_StorageDescriptor>;
  /** The type of this table. AWS Glue will create tables with the `EXTERNAL_TABLE` type. Other services, such as Athena, may create tables with additional table types. */
  readonly TableType?: Value<string>;
  /** A `TableIdentifier` structure that describes a target table for resource linking. */
  readonly TargetTable?: Value<Table_TableIdentifier>;
  readonly ViewDefinition?: Value<Table_ViewDefinition>;
  /** Included for Apache Hive compatibility. Not used in the normal course of AWS Glue operations. */
  readonly ViewExpandedText?: Value<string>;
  /** Included for Apache Hive compatibility. Not used in the normal course of AWS Glue operations. If the table is a `VIRTUAL_VIEW` , certain Athena configuration encoded in base64. */
  readonly ViewOriginalText?: Value<string>;
}

export interface Table_ViewDefinition {
  readonly Definer?: Value<string>;
  readonly IsProtected?: Value<boolean>;
  readonly Representations?: ListOf<Value<Table_ViewRepresentation>>;
  readonly SubObjects?: ListOf<Value<string>>;
}

export interface Table_ViewRepresentation {
  readonly Dialect?: Value<string>;
  readonly DialectVersion?: Value<string>;
  readonly ValidationConnection?: Value<string>;
  readonly ViewExpandedText?: Value<string>;
  readonly ViewOriginalText?: Value<string>;
}

/** An AWS Glue resource for enabling table optimizers to improve read performance for open table formats. */
export interface TableOptimizerProps {
  /** The catalog ID of the table. */
  readonly CatalogId: Value<string>;
  /** The name of the database. For Hive compatibility, this is folded to lowercase when it is stored. */
  readonly DatabaseName: Value<string>;
  /** The table name. For Hive compatibility, this must be entirely lowercase. */
  readonly TableName: Value<string>;
  /** Specifies configuration details of a table optimizer. */
  readonly TableOptimizerConfiguration: Value<TableOptimizer_TableOptimizerConfiguration>;
  /** The type of table optimizer. The valid values are: */
  readonly Type: Value<string>;
}

export interface TableOptimizer_CompactionConfiguration {
  readonly IcebergConfiguration?: Value<TableOptimizer_IcebergCompactionConfiguration>;
}

export interface TableOptimizer_IcebergCompactionConfiguration {
  /** The minimum number of deletes in a data file to make it eligible for compaction. */
  readonly DeleteFileThreshold?: Value<number>;
  /** The minimum number of input files before compaction is triggered. */
  readonly MinInputFiles?: Value<number>;
  /** The compaction strategy to use. Valid values are binpack, sort, and z-order. */
  readonly Strategy?: Value<string>;
}

export interface TableOptimizer_IcebergConfiguration {
  /** Specifies a directory in which to look for orphan files (defaults to the table's location). You may choose a sub-directory rather than the top-level table location. */
  readonly Location?: Value<string>;
  /** The specific number of days you want to keep the orphan files. */
  readonly OrphanFileRetentionPeriodInDays?: Value<number>;
}

export interface TableOptimizer_IcebergRetentionConfiguration {
  readonly CleanExpiredFiles?: Value<boolean>;
  readonly NumberOfSnapshotsToRetain?: Value<number>;
  readonly SnapshotRetentionPeriodInDays?: Value<number>;
}

export interface TableOptimizer_OrphanFileDeletionConfiguration {
  /** The `IcebergConfiguration` property helps optimize your Iceberg tables in AWS Glue by allowing you to specify format-specific settings that control how data is stored, compressed, and managed. */
  readonly IcebergConfiguration?: Value<TableOptimizer_IcebergConfiguration>;
}

export interface TableOptimizer_RetentionConfiguration {
  /** The configuration for an Iceberg snapshot retention optimizer. */
  readonly IcebergConfiguration?: Value<TableOptimizer_IcebergRetentionConfiguration>;
}

export interface TableOptimizer_TableOptimizerConfiguration {
  readonly CompactionConfiguration?: Value<TableOptimizer_CompactionConfiguration>;
  /** Whether the table optimization is enabled. */
  readonly Enabled: Value<boolean>;
  /** `OrphanFileDeletionConfiguration` is a property that can be included within the TableOptimizer resource. It controls the automatic deletion of orphaned files - files that are not tracked by the table metadata, and older than the configur... */
  readonly OrphanFileDeletionConfiguration?: Value<TableOptimizer_OrphanFileDeletionConfiguration>;
  /** The configuration for a snapshot retention optimizer for Apache Iceberg tables. */
  readonly RetentionConfiguration?: Value<TableOptimizer_RetentionConfiguration>;
  /** A role passed by the caller which gives the service permission to update the resources associated with the optimizer on the caller's behalf. */
  readonly RoleArn: Value<string>;
  /** An object that describes the VPC configuration for a table optimizer. This configuration is necessary to perform optimization on tables that are in a customer VPC. */
  readonly VpcConfiguration?: Value<TableOptimizer_VpcConfiguration>;
}

export interface TableOptimizer_VpcConfiguration {
  /** The name of the AWS Glue connection used for the VPC for the table optimizer. */
  readonly GlueConnectionName?: Value<string>;
}

/** The `AWS::Glue::Trigger` resource specifies triggers that run AWS Glue jobs. For more information, see [Triggering Jobs in AWS Glue](https://docs.aws.amazon.com/glue/latest/dg/trigger-job.html) and [Trigger Structure](https://docs.aws.am... */
export interface TriggerProps {
  /** The actions initiated by this trigger. */
  readonly Actions: ListOf<Value<Trigger_Action>>;
  /** A description of this trigger. */
  readonly Description?: Value<string>;
  /** Batch condition that must be met (specified number of events received or batch time window expired) before EventBridge event trigger fires. */
  readonly EventBatchingCondition?: Value<Trigger_EventBatchingCondition>;
  /** The name of the trigger. */
  readonly Name?: Value<string>;
  /** The predicate of this trigger, which defines when it will fire. */
  readonly Predicate?: Value<Trigger_Predicate>;
  /** A `cron` expression used to specify the schedule. For more information, see [Time-Based Schedules for Jobs and Crawlers](https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html) in the *AWS Glue Developer Guide* .... */
  readonly Schedule?: Value<string>;
  /** Set to true to start `SCHEDULED` and `CONDITIONAL` triggers when created. True is not supported for `ON_DEMAND` triggers. */
  readonly StartOnCreation?: Value<boolean>;
  /** The tags to use with this trigger. */
  readonly Tags?: Value<Json>;
  /** The type of trigger that this is. */
  readonly Type: Value<string>;
  /** The name of the workflow associated with the trigger. */
  readonly WorkflowName?: Value<string>;
}

export interface Trigger_Action {
  /** The job arguments used when this trigger fires. For this job run, they replace the default arguments set in the job definition itself. */
  readonly Arguments?: Value<Json>;
  /** The name of the crawler to be used with this action. */
  readonly CrawlerName?: Value<string>;
  /** The name of a job to be executed. */
  readonly JobName?: Value<string>;
  /** Specifies configuration properties of a job run notification. */
  readonly NotificationProperty?: Value<Trigger_NotificationProperty>;
  /** The name of the `SecurityConfiguration` structure to be used with this action. */
  readonly SecurityConfiguration?: Value<string>;
  /** The `JobRun` timeout in minutes. This is the maximum time that a job run can consume resources before it is terminated and enters TIMEOUT status. The default is 2,880 minutes (48 hours). This overrides the timeout value set in the parent... */
  readonly Timeout?: Value<number>;
}

export interface Trigger_Condition {
  /** The name of the crawler to which this condition applies. */
  readonly CrawlerName?: Value<string>;
  /** The state of the crawler to which this condition applies. */
  readonly CrawlState?: Value<string>;
  /** The name of the job whose `JobRuns` this condition applies to, and on which this trigger waits. */
  readonly JobName?: Value<string>;
  /** A logical operator. */
  readonly LogicalOperator?: Value<string>;
  /** The condition state. Currently, the values supported are `SUCCEEDED` , `STOPPED` , `TIMEOUT` , and `FAILED` . */
  readonly State?: Value<string>;
}

export interface Trigger_EventBatchingCondition {
  /** Number of events that must be received from Amazon EventBridge before EventBridge event trigger fires. */
  readonly BatchSize: Value<number>;
  /** Window of time in seconds after which EventBridge event trigger fires. Window starts when first event is received. */
  readonly BatchWindow?: Value<number>;
}

export interface Trigger_NotificationProperty {
  /** After a job run starts, the number of minutes to wait before sending a job run delay notification */
  readonly NotifyDelayAfter?: Value<number>;
}

export interface Trigger_Predicate {
  /** A list of the conditions that determine when the trigger will fire. */
  readonly Conditions?: ListOf<Value<Trigger_Condition>>;
  /** An optional field if only one condition is listed. If multiple conditions are listed, then this field is required. */
  readonly Logical?: Value<string>;
}

/** Creates an AWS Glue usage profile. */
export interface UsageProfileProps {
  readonly Configuration?: Value<UsageProfile_ProfileConfiguration>;
  /** A description of the usage profile. */
  readonly Description?: Value<string>;
  /** The name of the usage profile. */
  readonly Name: Value<string>;
  /** The tags to be applied to this UsageProfiles. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface UsageProfile_ConfigurationObject {
  /** A list of allowed values for the parameter. */
  readonly AllowedValues?: ListOf<Value<string>>;
  /** A default value for the parameter. */
  readonly DefaultValue?: Value<string>;
  /** A maximum allowed value for the parameter. */
  readonly MaxValue?: Value<string>;
  /** A minimum allowed value for the parameter. */
  readonly MinValue?: Value<string>;
}

export interface UsageProfile_ProfileConfiguration {
  /** A key-value map of configuration parameters for AWS Glue jobs. */
  readonly JobConfiguration?: MapOf<Value<UsageProfile_ConfigurationObject>>;
  /** A key-value map of configuration parameters for AWS Glue sessions. */
  readonly SessionConfiguration?: MapOf<Value<UsageProfile_ConfigurationObject>>;
}

/** Represents a user-defined function (UDF) definition in the AWS Glue Data Catalog. */
export interface UserDefinedFunctionProps {
  /** The Java class that contains the function code. */
  readonly ClassName?: Value<string>;
  /** The name of the catalog database in which the function is located. */
  readonly DatabaseName: Value<string>;
  /** The name of the function. */
  readonly FunctionName: Value<string>;
  /** The type of the function. */
  readonly FunctionType?: Value<string>;
  /** The owner of the function. */
  readonly OwnerName?: Value<string>;
  /** The owner type. */
  readonly OwnerType?: Value<string>;
  /** The resource URIs for the function. */
  readonly ResourceUris?: ListOf<Value<UserDefinedFunction_ResourceUri>>;
}

export interface UserDefinedFunction_ResourceUri {
  /** The type of the resource. */
  readonly ResourceType?: Value<string>;
  /** The URI for accessing the resource. */
  readonly Uri?: Value<string>;
}

/** The `AWS::Glue::Workflow` is an AWS Glue resource type that manages AWS Glue workflows. A workflow is a container for a set of related jobs, crawlers, and triggers in AWS Glue . Using a workflow, you can design a complex multi-job extrac... */
export interface WorkflowProps {
  /** A collection of properties to be used as part of each execution of the workflow */
  readonly DefaultRunProperties?: Value<Json>;
  /** A description of the workflow */
  readonly Description?: Value<string>;
  /** You can use this parameter to prevent unwanted multiple updates to data, to control costs, or in some cases, to prevent exceeding the maximum number of concurrent runs of any of the component jobs. If you leave this parameter blank, ther... */
  readonly MaxConcurrentRuns?: Value<number>;
  /** The name of the workflow representing the flow */
  readonly Name?: Value<string>;
  /** The tags to use with this workflow. */
  readonly Tags?: Value<Json>;
}
