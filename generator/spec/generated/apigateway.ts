// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::ApiGateway::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** The `AWS::ApiGateway::Account` resource specifies the IAM role that Amazon API Gateway uses to write API logs to Amazon CloudWatch Logs. To avoid overwriting other roles, you should only have one `AWS::ApiGateway::Account` resource per r... */
export interface AccountProps {
  /** The ARN of an Amazon CloudWatch role for the current Account. */
  readonly CloudWatchRoleArn?: Value<string>;
}

/** The `AWS::ApiGateway::ApiKey` resource creates a unique key that you can distribute to clients who are executing API Gateway `Method` resources that require an API key. To specify which API key clients must use, map the API key with the... */
export interface ApiKeyProps {
  /** An AWS Marketplace customer identifier, when integrating with the AWS SaaS Marketplace. */
  readonly CustomerId?: Value<string>;
  /** The description of the ApiKey. */
  readonly Description?: Value<string>;
  /** Specifies whether the ApiKey can be used by callers. */
  readonly Enabled?: Value<boolean>;
  /** Specifies whether ( `true` ) or not ( `false` ) the key identifier is distinct from the created API key value. This parameter is deprecated and should not be used. */
  readonly GenerateDistinctId?: Value<boolean>;
  /** A name for the API key. If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID for the API key name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuid... */
  readonly Name?: Value<string>;
  /** DEPRECATED FOR USAGE PLANS - Specifies stages associated with the API key. */
  readonly StageKeys?: ListOf<Value<ApiKey_StageKey>>;
  /** The key-value map of strings. The valid character set is [a-zA-Z+-=._:/]. The tag key can be up to 128 characters and must not start with `aws:` . The tag value can be up to 256 characters. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Specifies a value of the API key. */
  readonly Value?: Value<string>;
}

export interface ApiKey_StageKey {
  /** The string identifier of the associated RestApi. */
  readonly RestApiId?: Value<string>;
  /** The stage name associated with the stage key. */
  readonly StageName?: Value<string>;
}

/** The `AWS::ApiGateway::Authorizer` resource creates an authorization layer that API Gateway activates for methods that have authorization enabled. API Gateway activates the authorizer when a client calls those methods. */
export interface AuthorizerProps {
  /** Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer. To specify an IAM role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To use resource-based permissions on the Lambda func... */
  readonly AuthorizerCredentials?: Value<string>;
  /** The TTL in seconds of cached authorizer results. If it equals 0, authorization caching is disabled. If it is greater than 0, API Gateway will cache authorizer responses. If this field is not set, the default value is 300. The maximum val... */
  readonly AuthorizerResultTtlInSeconds?: Value<number>;
  /** Specifies the authorizer's Uniform Resource Identifier (URI). For `TOKEN` or `REQUEST` authorizers, this must be a well-formed Lambda function URI, for example, `arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambd... */
  readonly AuthorizerUri?: Value<string>;
  /** Optional customer-defined field, used in OpenAPI imports and exports without functional impact. */
  readonly AuthType?: Value<string>;
  /** The identity source for which authorization is requested. For a `TOKEN` or `COGNITO_USER_POOLS` authorizer, this is required and specifies the request header mapping expression for the custom header holding the authorization token submit... */
  readonly IdentitySource?: Value<string>;
  /** A validation expression for the incoming identity token. For `TOKEN` authorizers, this value is a regular expression. For `COGNITO_USER_POOLS` authorizers, API Gateway will match the `aud` field of the incoming token from the client agai... */
  readonly IdentityValidationExpression?: Value<string>;
  /** The name of the authorizer. */
  readonly Name: Value<string>;
  /** A list of the Amazon Cognito user pool ARNs for the `COGNITO_USER_POOLS` authorizer. Each element is of this format: `arn:aws:cognito-idp:{region}:{account_id}:userpool/{user_pool_id}` . For a `TOKEN` or `REQUEST` authorizer, this is not... */
  readonly ProviderARNs?: ListOf<Value<string>>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
  /** The authorizer type. Valid values are `TOKEN` for a Lambda function using a single authorization token submitted in a custom header, `REQUEST` for a Lambda function using incoming request parameters, and `COGNITO_USER_POOLS` for using an... */
  readonly Type: Value<string>;
}

/** The `AWS::ApiGateway::BasePathMapping` resource creates a base path that clients who call your API must use in the invocation URL. Supported only for public custom domain names. */
export interface BasePathMappingProps {
  /** The base path name that callers of the API must provide as part of the URL after the domain name. */
  readonly BasePath?: Value<string>;
  /** The domain name of the BasePathMapping resource to be described. */
  readonly DomainName: Value<string>;
  readonly Id?: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId?: Value<string>;
  /** The name of the associated stage. */
  readonly Stage?: Value<string>;
}

/** The `AWS::ApiGateway::BasePathMappingV2` resource creates a base path that clients who call your API must use in the invocation URL. Supported only for private custom domain names. */
export interface BasePathMappingV2Props {
  /** The base path name that callers of the private API must provide as part of the URL after the domain name. */
  readonly BasePath?: Value<string>;
  /** The ARN of the domain name for the BasePathMappingV2 resource to be described. */
  readonly DomainNameArn: Value<string>;
  /** The private API's identifier. This identifier is unique across all of your APIs in API Gateway. */
  readonly RestApiId: Value<string>;
  /** Represents a unique identifier for a version of a deployed private RestApi that is callable by users. The Stage must depend on the `RestApi` 's stage. To create a dependency, add a DependsOn attribute to the BasePathMappingV2 resource. */
  readonly Stage?: Value<string>;
}

/** The `AWS::ApiGateway::ClientCertificate` resource creates a client certificate that API Gateway uses to configure client-side SSL authentication for sending requests to the integration endpoint. */
export interface ClientCertificateProps {
  /** The description of the client certificate. */
  readonly Description?: Value<string>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::ApiGateway::Deployment` resource deploys an API Gateway `RestApi` resource to a stage so that clients can call the API over the internet. The stage acts as an environment. */
export interface DeploymentProps {
  /** The input configuration for a canary deployment. */
  readonly DeploymentCanarySettings?: Value<Deployment_DeploymentCanarySettings>;
  /** The description for the Deployment resource to create. */
  readonly Description?: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
  /** The description of the Stage resource for the Deployment resource to create. To specify a stage description, you must also provide a stage name. */
  readonly StageDescription?: Value<Deployment_StageDescription>;
  /** The name of the Stage resource for the Deployment resource to create. */
  readonly StageName?: Value<string>;
}

export interface Deployment_AccessLogSetting {
  /** The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery stream, the stream name must begin with `amazon-apigateway-` . */
  readonly DestinationArn?: Value<string>;
  /** A single line format of the access logs of data, as specified by selected $context variables. The format must include at least `$context.requestId` . */
  readonly Format?: Value<string>;
}

export interface Deployment_CanarySetting {
  /** The percent (0-100) of traffic diverted to a canary deployment. */
  readonly PercentTraffic?: Value<number>;
  /** Stage variables overridden for a canary release deployment, including new stage variables introduced in the canary. These stage variables are represented as a string-to-string map between stage variable names and their values. */
  readonly StageVariableOverrides?: MapOf<Value<string>>;
  /** A Boolean flag to indicate whether the canary deployment uses the stage cache or not. */
  readonly UseStageCache?: Value<boolean>;
}

export interface Deployment_DeploymentCanarySettings {
  /** The percentage (0.0-100.0) of traffic routed to the canary deployment. */
  readonly PercentTraffic?: Value<number>;
  /** A stage variable overrides used for the canary release deployment. They can override existing stage variables or add new stage variables for the canary release deployment. These stage variables are represented as a string-to-string map b... */
  readonly StageVariableOverrides?: MapOf<Value<string>>;
  /** A Boolean flag to indicate whether the canary release deployment uses the stage cache or not. */
  readonly UseStageCache?: Value<boolean>;
}

export interface Deployment_MethodSetting {
  /** Specifies whether the cached responses are encrypted. */
  readonly CacheDataEncrypted?: Value<boolean>;
  /** Specifies the time to live (TTL), in seconds, for cached responses. The higher the TTL, the longer the response will be cached. */
  readonly CacheTtlInSeconds?: Value<number>;
  /** Specifies whether responses should be cached and returned for requests. A cache cluster must be enabled on the stage for responses to be cached. */
  readonly CachingEnabled?: Value<boolean>;
  /** Specifies whether data trace logging is enabled for this method, which affects the log entries pushed to Amazon CloudWatch Logs. This can be useful to troubleshoot APIs, but can result in logging sensitive data. We recommend that you don... */
  readonly DataTraceEnabled?: Value<boolean>;
  /** The HTTP method. */
  readonly HttpMethod?: Value<string>;
  /** Specifies the logging level for this method, which affects the log entries pushed to Amazon CloudWatch Logs. Valid values are `OFF` , `ERROR` , and `INFO` . Choose `ERROR` to write only error-level entries to CloudWatch Logs, or choose `... */
  readonly LoggingLevel?: Value<string>;
  /** Specifies whether Amazon CloudWatch metrics are enabled for this method. */
  readonly MetricsEnabled?: Value<boolean>;
  /** The resource path for this method. Forward slashes ( `/` ) are encoded as `~1` and the initial slash must include a forward slash. For example, the path value `/resource/subresource` must be encoded as `/~1resource~1subresource` . To spe... */
  readonly ResourcePath?: Value<string>;
  /** Specifies the throttling burst limit. */
  readonly ThrottlingBurstLimit?: Value<number>;
  /** Specifies the throttling rate limit. */
  readonly ThrottlingRateLimit?: Value<number>;
}

export interface Deployment_StageDescription {
  /** Specifies settings for logging access in this stage. */
  readonly AccessLogSetting?: Value<Deployment_AccessLogSetting>;
  /** Specifies whether a cache cluster is enabled for the stage. To activate a method-level cache, set `CachingEnabled` to `true` for a method. */
  readonly CacheClusterEnabled?: Value<boolean>;
  /** The size of the stage's cache cluster. For more information, see [cacheClusterSize](https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html#apigw-CreateStage-request-cacheClusterSize) in the *API Gateway API Reference* . */
  readonly CacheClusterSize?: Value<string>;
  /** Indicates whether the cached responses are encrypted. */
  readonly CacheDataEncrypted?: Value<boolean>;
  /** The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches responses. */
  readonly CacheTtlInSeconds?: Value<number>;
  /** Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses. For more information, see [Enable API Gateway Caching in a Stage to Enhance API Performance](https://docs.... */
  readonly CachingEnabled?: Value<boolean>;
  /** Specifies settings for the canary deployment in this stage. */
  readonly CanarySetting?: Value<Deployment_CanarySetting>;
  /** The identifier of the client certificate that API Gateway uses to call your integration endpoints in the stage. */
  readonly ClientCertificateId?: Value<string>;
  /** Indicates whether data trace logging is enabled for methods in the stage. API Gateway pushes these logs to Amazon CloudWatch Logs. */
  readonly DataTraceEnabled?: Value<boolean>;
  /** A description of the purpose of the stage. */
  readonly Description?: Value<string>;
  /** The version identifier of the API documentation snapshot. */
  readonly DocumentationVersion?: Value<string>;
  /** The logging level for this method. For valid values, see the `loggingLevel` property of the [MethodSetting](https://docs.aws.amazon.com/apigateway/latest/api/API_MethodSetting.html) resource in the *Amazon API Gateway API Reference* . */
  readonly LoggingLevel?: Value<string>;
  /** Configures settings for all of the stage's methods. */
  readonly MethodSettings?: ListOf<Value<Deployment_MethodSetting>>;
  /** Indicates whether Amazon CloudWatch metrics are enabled for methods in the stage. */
  readonly MetricsEnabled?: Value<boolean>;
  /** An array of arbitrary tags (key-value pairs) to associate with the stage. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguid... */
  readonly ThrottlingBurstLimit?: Value<number>;
  /** The target request steady-state rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide* . */
  readonly ThrottlingRateLimit?: Value<number>;
  /** Specifies whether active tracing with X-ray is enabled for this stage. */
  readonly TracingEnabled?: Value<boolean>;
  /** A map that defines the stage variables. Variable names must consist of alphanumeric characters, and the values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+` . */
  readonly Variables?: MapOf<Value<string>>;
}

/** The `AWS::ApiGateway::DocumentationPart` resource creates a documentation part for an API. For more information, see [Representation of API Documentation in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-ga... */
export interface DocumentationPartProps {
  /** The location of the targeted API entity of the to-be-created documentation part. */
  readonly Location: Value<DocumentationPart_Location>;
  /** The new documentation content map of the targeted API entity. Enclosed key-value pairs are API-specific, but only OpenAPI-compliant key-value pairs can be exported and, hence, published. */
  readonly Properties: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
}

export interface DocumentationPart_Location {
  /** The HTTP verb of a method. It is a valid field for the API entity types of `METHOD` , `PATH_PARAMETER` , `QUERY_PARAMETER` , `REQUEST_HEADER` , `REQUEST_BODY` , `RESPONSE` , `RESPONSE_HEADER` , and `RESPONSE_BODY` . The default value is... */
  readonly Method?: Value<string>;
  /** The name of the targeted API entity. It is a valid and required field for the API entity types of `AUTHORIZER` , `MODEL` , `PATH_PARAMETER` , `QUERY_PARAMETER` , `REQUEST_HEADER` , `REQUEST_BODY` and `RESPONSE_HEADER` . It is an invalid... */
  readonly Name?: Value<string>;
  /** The URL path of the target. It is a valid field for the API entity types of `RESOURCE` , `METHOD` , `PATH_PARAMETER` , `QUERY_PARAMETER` , `REQUEST_HEADER` , `REQUEST_BODY` , `RESPONSE` , `RESPONSE_HEADER` , and `RESPONSE_BODY` . The def... */
  readonly Path?: Value<string>;
  /** The HTTP status code of a response. It is a valid field for the API entity types of `RESPONSE` , `RESPONSE_HEADER` , and `RESPONSE_BODY` . The default value is `*` for any status code. When an applicable child entity inherits the content... */
  readonly StatusCode?: Value<string>;
  /** The type of API entity to which the documentation content applies. Valid values are `API` , `AUTHORIZER` , `MODEL` , `RESOURCE` , `METHOD` , `PATH_PARAMETER` , `QUERY_PARAMETER` , `REQUEST_HEADER` , `REQUEST_BODY` , `RESPONSE` , `RESPONS... */
  readonly Type?: Value<string>;
}

/** The `AWS::ApiGateway::DocumentationVersion` resource creates a snapshot of the documentation for an API. For more information, see [Representation of API Documentation in API Gateway](https://docs.aws.amazon.com/apigateway/latest/develop... */
export interface DocumentationVersionProps {
  /** A description about the new documentation snapshot. */
  readonly Description?: Value<string>;
  /** The version identifier of the to-be-updated documentation version. */
  readonly DocumentationVersion: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
}

/** The `AWS::ApiGateway::DomainName` resource specifies a public custom domain name for your API in API Gateway. */
export interface DomainNameProps {
  /** The reference to an AWS -managed certificate that will be used by edge-optimized endpoint or private endpoint for this domain name. Certificate Manager is the only supported source. */
  readonly CertificateArn?: Value<string>;
  /** The custom domain name as an API host name, for example, `my-api.example.com` . */
  readonly DomainName?: Value<string>;
  /** The endpoint access mode for your DomainName. */
  readonly EndpointAccessMode?: Value<string>;
  /** The endpoint configuration of this DomainName showing the endpoint types and IP address types of the domain name. */
  readonly EndpointConfiguration?: Value<DomainName_EndpointConfiguration>;
  /** The mutual TLS authentication configuration for a custom domain name. If specified, API Gateway performs two-way authentication between the client and the server. Clients must present a trusted certificate to access your API. */
  readonly MutualTlsAuthentication?: Value<DomainName_MutualTlsAuthentication>;
  /** The ARN of the public certificate issued by ACM to validate ownership of your custom domain. Only required when configuring mutual TLS and using an ACM imported or private CA certificate ARN as the RegionalCertificateArn. */
  readonly OwnershipVerificationCertificateArn?: Value<string>;
  /** The reference to an AWS -managed certificate that will be used for validating the regional domain name. Certificate Manager is the only supported source. */
  readonly RegionalCertificateArn?: Value<string>;
  /** The routing mode for this domain name. The routing mode determines how API Gateway sends traffic from your custom domain name to your public APIs. */
  readonly RoutingMode?: Value<string>;
  /** The Transport Layer Security (TLS) version + cipher suite for this DomainName. */
  readonly SecurityPolicy?: Value<string>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface DomainName_EndpointConfiguration {
  /** The IP address types that can invoke this DomainName. Use `ipv4` to allow only IPv4 addresses to invoke this DomainName, or use `dualstack` to allow both IPv4 and IPv6 addresses to invoke this DomainName. For the `PRIVATE` endpoint type,... */
  readonly IpAddressType?: Value<string>;
  /** A list of endpoint types of an API (RestApi) or its custom domain name (DomainName). For an edge-optimized API and its custom domain name, the endpoint type is `"EDGE"` . For a regional API and its custom domain name, the endpoint type i... */
  readonly Types?: ListOf<Value<string>>;
}

export interface DomainName_MutualTlsAuthentication {
  /** An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example `s3://bucket-name/key-name` . The truststore can contain certificates from public or private certificate authorities. To update the truststore, upl... */
  readonly TruststoreUri?: Value<string>;
  /** The version of the S3 object that contains your truststore. To specify a version, you must have versioning enabled for the S3 bucket. */
  readonly TruststoreVersion?: Value<string>;
}

/** The `AWS::ApiGateway::DomainNameAccessAssociation` resource creates a domain name access association between an access association source and a private custom domain name. */
export interface DomainNameAccessAssociationProps {
  /** The identifier of the domain name access association source. For a `VPCE` , the value is the VPC endpoint ID. */
  readonly AccessAssociationSource: Value<string>;
  /** The type of the domain name access association source. Only `VPCE` is currently supported. */
  readonly AccessAssociationSourceType: Value<string>;
  /** The ARN of the domain name. */
  readonly DomainNameArn: Value<string>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::ApiGateway::DomainNameV2` resource specifies a custom domain name for your private APIs in API Gateway. You can use a private custom domain name to provide a URL for your private API that's more intuitive and easier to recall. */
export interface DomainNameV2Props {
  /** The reference to an AWS -managed certificate that will be used by the private endpoint for this domain name. AWS Certificate Manager is the only supported source. */
  readonly CertificateArn?: Value<string>;
  /** Represents a custom domain name as a user-friendly host name of an API (RestApi). */
  readonly DomainName?: Value<string>;
  /** The endpoint access mode for your DomainName. */
  readonly EndpointAccessMode?: Value<string>;
  /** The endpoint configuration to indicate the types of endpoints an API (RestApi) or its custom domain name (DomainName) has and the IP address types that can invoke it. */
  readonly EndpointConfiguration?: Value<DomainNameV2_EndpointConfiguration>;
  /** A stringified JSON policy document that applies to the `execute-api` service for this DomainName regardless of the caller and Method configuration. You can use `Fn::ToJsonString` to enter your `policy` . For more information, see [Fn::To... */
  readonly Policy?: Value<Json> | Value<string>;
  /** The routing mode for this domain name. The routing mode determines how API Gateway sends traffic from your custom domain name to your private APIs. */
  readonly RoutingMode?: Value<string>;
  /** The Transport Layer Security (TLS) version + cipher suite for this DomainName. */
  readonly SecurityPolicy?: Value<string>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface DomainNameV2_EndpointConfiguration {
  /** The IP address types that can invoke an API (RestApi) or a DomainName. Use `ipv4` to allow only IPv4 addresses to invoke an API or DomainName, or use `dualstack` to allow both IPv4 and IPv6 addresses to invoke an API or a DomainName. For... */
  readonly IpAddressType?: Value<string>;
  /** A list of endpoint types of an API (RestApi) or its custom domain name (DomainName). For an edge-optimized API and its custom domain name, the endpoint type is `"EDGE"` . For a regional API and its custom domain name, the endpoint type i... */
  readonly Types?: ListOf<Value<string>>;
}

/** The `AWS::ApiGateway::GatewayResponse` resource creates a gateway response for your API. When you delete a stack containing this resource, your custom gateway responses are reset. For more information, see [API Gateway Responses](https:/... */
export interface GatewayResponseProps {
  /** Response parameters (paths, query strings and headers) of the GatewayResponse as a string-to-string map of key-value pairs. */
  readonly ResponseParameters?: MapOf<Value<string>>;
  /** Response templates of the GatewayResponse as a string-to-string map of key-value pairs. */
  readonly ResponseTemplates?: MapOf<Value<string>>;
  /** The response type of the associated GatewayResponse. */
  readonly ResponseType: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
  /** The HTTP status code for this GatewayResponse. */
  readonly StatusCode?: Value<string>;
}

/** The `AWS::ApiGateway::Method` resource creates API Gateway methods that define the parameters and body that clients must send in their requests. */
export interface MethodProps {
  /** A boolean flag specifying whether a valid ApiKey is required to invoke this method. */
  readonly ApiKeyRequired?: Value<boolean>;
  /** A list of authorization scopes configured on the method. The scopes are used with a `COGNITO_USER_POOLS` authorizer to authorize the method invocation. The authorization works by matching the method scopes against the scopes parsed from... */
  readonly AuthorizationScopes?: ListOf<Value<string>>;
  /** The method's authorization type. This parameter is required. For valid values, see [Method](https://docs.aws.amazon.com/apigateway/latest/api/API_Method.html) in the *API Gateway API Reference* . */
  readonly AuthorizationType?: Value<string>;
  /** The identifier of an authorizer to use on this method. The method's authorization type must be `CUSTOM` or `COGNITO_USER_POOLS` . */
  readonly AuthorizerId?: Value<string>;
  /** The method's HTTP verb. */
  readonly HttpMethod: Value<string>;
  /** Represents an `HTTP` , `HTTP_PROXY` , `AWS` , `AWS_PROXY` , or Mock integration. */
  readonly Integration?: Value<Method_Integration>;
  /** Gets a method response associated with a given HTTP status code. */
  readonly MethodResponses?: ListOf<Value<Method_MethodResponse>>;
  /** A human-friendly operation identifier for the method. For example, you can assign the `operationName` of `ListPets` for the `GET /pets` method in the `PetStore` example. */
  readonly OperationName?: Value<string>;
  /** A key-value map specifying data schemas, represented by Model resources, (as the mapped value) of the request payloads of given content types (as the mapping key). */
  readonly RequestModels?: MapOf<Value<string>>;
  /** A key-value map defining required or optional method request parameters that can be accepted by API Gateway. A key is a method request parameter name matching the pattern of `method.request.{location}.{name}` , where `location` is `query... */
  readonly RequestParameters?: MapOf<Value<boolean> | Value<string>>;
  /** The identifier of a RequestValidator for request validation. */
  readonly RequestValidatorId?: Value<string>;
  /** The Resource identifier for the MethodResponse resource. */
  readonly ResourceId: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
}

export interface Method_Integration {
  /** A list of request parameters whose values API Gateway caches. To be valid values for `cacheKeyParameters` , these parameters must also be specified for Method `requestParameters` . */
  readonly CacheKeyParameters?: ListOf<Value<string>>;
  /** Specifies a group of related cached parameters. By default, API Gateway uses the resource ID as the `cacheNamespace` . You can specify the same `cacheNamespace` across resources to return the same cached data for requests to different re... */
  readonly CacheNamespace?: Value<string>;
  /** The ID of the VpcLink used for the integration when `connectionType=VPC_LINK` and undefined, otherwise. */
  readonly ConnectionId?: Value<string>;
  /** The type of the network connection to the integration endpoint. The valid value is `INTERNET` for connections through the public routable internet or `VPC_LINK` for private connections between API Gateway and a network load balancer in a... */
  readonly ConnectionType?: Value<string>;
  /** Specifies how to handle request payload content type conversions. Supported values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT` , with the following behaviors: */
  readonly ContentHandling?: Value<string>;
  /** Specifies the credentials required for the integration, if any. For AWS integrations, three options are available. To specify an IAM Role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To require that the caller's... */
  readonly Credentials?: Value<string>;
  /** Specifies the integration's HTTP method type. For the Type property, if you specify `MOCK` , this property is optional. For Lambda integrations, you must set the integration method to `POST` . For all other types, you must specify this p... */
  readonly IntegrationHttpMethod?: Value<string>;
  /** Specifies the integration's responses. */
  readonly IntegrationResponses?: ListOf<Value<Method_IntegrationResponse>>;
  /** The ALB or NLB listener to send the request to. Only supported for private integrations that use VPC links V2. */
  readonly IntegrationTarget?: Value<string>;
  /** Specifies how the method request body of an unmapped content type will be passed through the integration request to the back end without transformation. A content type is unmapped if no mapping template is defined in the integration or t... */
  readonly PassthroughBehavior?: Value<string>;
  /** A key-value map specifying request parameters that are passed from the method request to the back end. The key is an integration request parameter name and the associated value is a method request parameter value or static value that mus... */
  readonly RequestParameters?: MapOf<Value<string>>;
  /** Represents a map of Velocity templates that are applied on the request payload based on the value of the Content-Type header sent by the client. The content type value is the key in this map, and the template (as a String) is the value. */
  readonly RequestTemplates?: MapOf<Value<string>>;
  /** The response transfer mode of the integration. Use `STREAM` to have API Gateway stream response your back to you or use `BUFFERED` to have API Gateway wait to receive the complete response before beginning transmission. */
  readonly ResponseTransferMode?: Value<string>;
  /** Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds or 29 seconds. You can increase the default value to longer than 29 seconds for Regional or private APIs only. */
  readonly TimeoutInMillis?: Value<number>;
  /** Specifies an API method integration type. The valid value is one of the following: */
  readonly Type: Value<string>;
  /** Specifies Uniform Resource Identifier (URI) of the integration endpoint. */
  readonly Uri?: Value<string>;
}

export interface Method_IntegrationResponse {
  /** Specifies how to handle response payload content type conversions. Supported values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT` , with the following behaviors: */
  readonly ContentHandling?: Value<string>;
  /** A key-value map specifying response parameters that are passed to the method response from the back end. The key is a method response header parameter name and the mapped value is an integration response header value, a static value encl... */
  readonly ResponseParameters?: MapOf<Value<string>>;
  /** Specifies the templates used to transform the integration response body. Response templates are represented as a key/value map, with a content-type as the key and a template as the value. */
  readonly ResponseTemplates?: MapOf<Value<string>>;
  /** Specifies the regular expression (regex) pattern used to choose an integration response based on the response from the back end. For example, if the success response returns nothing and the error response returns some string, you could u... */
  readonly SelectionPattern?: Value<string>;
  /** Specifies the status code that is used to map the integration response to an existing MethodResponse. */
  readonly StatusCode: Value<string>;
}

export interface Method_MethodResponse {
  /** Specifies the Model resources used for the response's content-type. Response models are represented as a key/value map, with a content-type as the key and a Model name as the value. */
  readonly ResponseModels?: MapOf<Value<string>>;
  /** A key-value map specifying required or optional response parameters that API Gateway can send back to the caller. A key defines a method response header and the value specifies whether the associated method response header is required or... */
  readonly ResponseParameters?: MapOf<Value<boolean> | Value<string>>;
  /** The method response's status code. */
  readonly StatusCode: Value<string>;
}

/** The `AWS::ApiGateway::Model` resource defines the structure of a request or response payload for an API method. */
export interface ModelProps {
  /** The content-type for the model. */
  readonly ContentType?: Value<string>;
  /** The description of the model. */
  readonly Description?: Value<string>;
  /** A name for the model. If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID for the model name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aw... */
  readonly Name?: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
  /** The schema for the model. For `application/json` models, this should be JSON schema draft 4 model. Do not include "\*\/" characters in the description of any properties because such "\*\/" characters may be interpreted as the closing marke... */
  readonly Schema?: Value<Json> | Value<string>;
}

/** The `AWS::ApiGateway::RequestValidator` resource sets up basic validation rules for incoming requests to your API. For more information, see [Enable Basic Request Validation for an API in API Gateway](https://docs.aws.amazon.com/apigatew... */
export interface RequestValidatorProps {
  /** The name of this RequestValidator */
  readonly Name?: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
  /** A Boolean flag to indicate whether to validate a request body according to the configured Model schema. */
  readonly ValidateRequestBody?: Value<boolean>;
  /** A Boolean flag to indicate whether to validate request parameters ( `true` ) or not ( `false` ). */
  readonly ValidateRequestParameters?: Value<boolean>;
}

/** The `AWS::ApiGateway::Resource` resource creates a resource in an API. */
export interface ResourceProps {
  /** The parent resource's identifier. */
  readonly ParentId: Value<string>;
  /** The last path segment for this resource. */
  readonly PathPart: Value<string>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
}

/** The `AWS::ApiGateway::RestApi` resource creates a REST API. For more information, see [restapi:create](https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRestApi.html) in the *Amazon API Gateway REST API Reference* . */
export interface RestApiProps {
  /** The source of the API key for metering requests according to a usage plan. Valid values are: `HEADER` to read the API key from the `X-API-Key` header of a request. `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a cus... */
  readonly ApiKeySourceType?: Value<string>;
  /** The list of binary media types supported by the RestApi. By default, the RestApi supports only UTF-8-encoded text payloads. */
  readonly BinaryMediaTypes?: ListOf<Value<string>>;
  /** An OpenAPI specification that defines a set of RESTful APIs in JSON format. For YAML templates, you can also provide the specification in YAML format. */
  readonly Body?: Value<Json> | Value<string>;
  /** The Amazon Simple Storage Service (Amazon S3) location that points to an OpenAPI file, which defines a set of RESTful APIs in JSON or YAML format. */
  readonly BodyS3Location?: Value<RestApi_S3Location>;
  /** The ID of the RestApi that you want to clone from. */
  readonly CloneFrom?: Value<string>;
  /** The description of the RestApi. */
  readonly Description?: Value<string>;
  /** Specifies whether clients can invoke your API by using the default `execute-api` endpoint. By default, clients can invoke your API with the default `https://{api_id}.execute-api.{region}.amazonaws.com` endpoint. To require that clients u... */
  readonly DisableExecuteApiEndpoint?: Value<boolean>;
  /** The endpoint access mode for your RestApi. */
  readonly EndpointAccessMode?: Value<string>;
  /** A list of the endpoint types and IP address types of the API. Use this property when creating an API. When importing an existing API, specify the endpoint configuration types using the `Parameters` property. */
  readonly EndpointConfiguration?: Value<RestApi_EndpointConfiguration>;
  /** A query parameter to indicate whether to rollback the API update ( `true` ) or not ( `false` ) when a warning is encountered. The default value is `false` . */
  readonly FailOnWarnings?: Value<boolean>;
  /** A nullable integer that is used to enable compression (with non-negative between 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null value) on an API. When compression is enabled, compression or decompression is no... */
  readonly MinimumCompressionSize?: Value<number>;
  /** This property applies only when you use OpenAPI to define your REST API. The `Mode` determines how API Gateway handles resource updates. */
  readonly Mode?: Value<string>;
  /** The name of the RestApi. A name is required if the REST API is not based on an OpenAPI specification. */
  readonly Name?: Value<string>;
  /** Custom header parameters as part of the request. For example, to exclude DocumentationParts from an imported API, set `ignore=documentation` as a `parameters` value, as in the AWS CLI command of `aws apigateway import-rest-api --paramete... */
  readonly Parameters?: MapOf<Value<string>>;
  /** A policy document that contains the permissions for the `RestApi` resource. To set the ARN for the policy, use the `!Join` intrinsic function with `""` as delimiter and values of `"execute-api:/"` and `"*"` . */
  readonly Policy?: Value<Json> | Value<string>;
  /** The Transport Layer Security (TLS) version + cipher suite for this RestApi. */
  readonly SecurityPolicy?: Value<string>;
  /** The key-value map of strings. The valid character set is [a-zA-Z+-=._:/]. The tag key can be up to 128 characters and must not start with `aws:` . The tag value can be up to 256 characters. */
  readonly Tags?: ListOf<Value<Tag>>;
  readonly Version?: Value<string>;
}

export interface RestApi_EndpointConfiguration {
  /** The IP address types that can invoke an API (RestApi). Use `ipv4` to allow only IPv4 addresses to invoke an API, or use `dualstack` to allow both IPv4 and IPv6 addresses to invoke an API. For the `PRIVATE` endpoint type, only `dualstack`... */
  readonly IpAddressType?: Value<string>;
  /** A list of endpoint types of an API (RestApi) or its custom domain name (DomainName). For an edge-optimized API and its custom domain name, the endpoint type is `"EDGE"` . For a regional API and its custom domain name, the endpoint type i... */
  readonly Types?: ListOf<Value<string>>;
  /** A list of VpcEndpointIds of an API (RestApi) against which to create Route53 ALIASes. It is only supported for `PRIVATE` endpoint type. */
  readonly VpcEndpointIds?: ListOf<Value<string>>;
}

export interface RestApi_S3Location {
  /** The name of the S3 bucket where the OpenAPI file is stored. */
  readonly Bucket?: Value<string>;
  /** The Amazon S3 ETag (a file checksum) of the OpenAPI file. If you don't specify a value, API Gateway skips ETag validation of your OpenAPI file. */
  readonly ETag?: Value<string>;
  /** The file name of the OpenAPI file (Amazon S3 object name). */
  readonly Key?: Value<string>;
  /** For versioning-enabled buckets, a specific version of the OpenAPI file. */
  readonly Version?: Value<string>;
}

/** The `AWS::ApiGateway::Stage` resource creates a stage for a deployment. */
export interface StageProps {
  /** Access log settings, including the access log format and access log destination ARN. */
  readonly AccessLogSetting?: Value<Stage_AccessLogSetting>;
  /** Specifies whether a cache cluster is enabled for the stage. To activate a method-level cache, set `CachingEnabled` to `true` for a method. */
  readonly CacheClusterEnabled?: Value<boolean>;
  /** The stage's cache capacity in GB. For more information about choosing a cache size, see [Enabling API caching to enhance responsiveness](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html) . */
  readonly CacheClusterSize?: Value<string>;
  /** Settings for the canary deployment in this stage. */
  readonly CanarySetting?: Value<Stage_CanarySetting>;
  /** The identifier of a client certificate for an API stage. */
  readonly ClientCertificateId?: Value<string>;
  /** The identifier of the Deployment that the stage points to. */
  readonly DeploymentId?: Value<string>;
  /** The stage's description. */
  readonly Description?: Value<string>;
  /** The version of the associated API documentation. */
  readonly DocumentationVersion?: Value<string>;
  /** A map that defines the method settings for a Stage resource. Keys (designated as `/{method_setting_key` below) are method paths defined as `{resource_path}/{http_method}` for an individual method override, or `/\*\/\*` for overriding all... */
  readonly MethodSettings?: ListOf<Value<Stage_MethodSetting>>;
  /** The string identifier of the associated RestApi. */
  readonly RestApiId: Value<string>;
  /** The name of the stage is the first path segment in the Uniform Resource Identifier (URI) of a call to API Gateway. Stage names can only contain alphanumeric characters, hyphens, and underscores. Maximum length is 128 characters. */
  readonly StageName?: Value<string>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Specifies whether active tracing with X-ray is enabled for the Stage. */
  readonly TracingEnabled?: Value<boolean>;
  /** A map (string-to-string map) that defines the stage variables, where the variable name is the key and the variable value is the value. Variable names are limited to alphanumeric characters. Values must match the following regular express... */
  readonly Variables?: MapOf<Value<string>>;
}

export interface Stage_AccessLogSetting {
  /** The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery stream, the stream name must begin with `amazon-apigateway-`... */
  readonly DestinationArn?: Value<string>;
  /** A single line format of the access logs of data, as specified by selected [$context variables](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference) . The for... */
  readonly Format?: Value<string>;
}

export interface Stage_CanarySetting {
  /** The ID of the canary deployment. */
  readonly DeploymentId?: Value<string>;
  /** The percent (0-100) of traffic diverted to a canary deployment. */
  readonly PercentTraffic?: Value<number>;
  /** Stage variables overridden for a canary release deployment, including new stage variables introduced in the canary. These stage variables are represented as a string-to-string map between stage variable names and their values. */
  readonly StageVariableOverrides?: MapOf<Value<string>>;
  /** A Boolean flag to indicate whether the canary deployment uses the stage cache or not. */
  readonly UseStageCache?: Value<boolean>;
}

export interface Stage_MethodSetting {
  /** Specifies whether the cached responses are encrypted. */
  readonly CacheDataEncrypted?: Value<boolean>;
  /** Specifies the time to live (TTL), in seconds, for cached responses. The higher the TTL, the longer the response will be cached. */
  readonly CacheTtlInSeconds?: Value<number>;
  /** Specifies whether responses should be cached and returned for requests. A cache cluster must be enabled on the stage for responses to be cached. */
  readonly CachingEnabled?: Value<boolean>;
  /** Specifies whether data trace logging is enabled for this method, which affects the log entries pushed to Amazon CloudWatch Logs. This can be useful to troubleshoot APIs, but can result in logging sensitive data. We recommend that you don... */
  readonly DataTraceEnabled?: Value<boolean>;
  /** The HTTP method. To apply settings to multiple resources and methods, specify an asterisk ( `*` ) for the `HttpMethod` and `/*` for the `ResourcePath` . This parameter is required when you specify a `MethodSetting` . */
  readonly HttpMethod?: Value<string>;
  /** Specifies the logging level for this method, which affects the log entries pushed to Amazon CloudWatch Logs. Valid values are `OFF` , `ERROR` , and `INFO` . Choose `ERROR` to write only error-level entries to CloudWatch Logs, or choose `... */
  readonly LoggingLevel?: Value<string>;
  /** Specifies whether Amazon CloudWatch metrics are enabled for this method. */
  readonly MetricsEnabled?: Value<boolean>;
  /** The resource path for this method. Forward slashes ( `/` ) are encoded as `~1` and the initial slash must include a forward slash. For example, the path value `/resource/subresource` must be encoded as `/~1resource~1subresource` . To spe... */
  readonly ResourcePath?: Value<string>;
  /** Specifies the throttling burst limit. */
  readonly ThrottlingBurstLimit?: Value<number>;
  /** Specifies the throttling rate limit. */
  readonly ThrottlingRateLimit?: Value<number>;
}

/** The `AWS::ApiGateway::UsagePlan` resource creates a usage plan for deployed APIs. A usage plan sets a target for the throttling and quota limits on individual client API keys. For more information, see [Creating and Using API Usage Plans... */
export interface UsagePlanProps {
  /** The associated API stages of a usage plan. */
  readonly ApiStages?: ListOf<Value<UsagePlan_ApiStage>>;
  /** The description of a usage plan. */
  readonly Description?: Value<string>;
  /** The target maximum number of permitted requests per a given unit time interval. */
  readonly Quota?: Value<UsagePlan_QuotaSettings>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** A map containing method level throttling information for API stage in a usage plan. */
  readonly Throttle?: Value<UsagePlan_ThrottleSettings>;
  /** The name of a usage plan. */
  readonly UsagePlanName?: Value<string>;
}

export interface UsagePlan_ApiStage {
  /** API Id of the associated API stage in a usage plan. */
  readonly ApiId?: Value<string>;
  /** API stage name of the associated API stage in a usage plan. */
  readonly Stage?: Value<string>;
  /** Map containing method level throttling information for API stage in a usage plan. */
  readonly Throttle?: MapOf<Value<UsagePlan_ThrottleSettings>>;
}

export interface UsagePlan_QuotaSettings {
  /** The target maximum number of requests that can be made in a given time period. */
  readonly Limit?: Value<number>;
  /** The number of requests subtracted from the given limit in the initial time period. */
  readonly Offset?: Value<number>;
  /** The time period in which the limit applies. Valid values are "DAY", "WEEK" or "MONTH". */
  readonly Period?: Value<string>;
}

export interface UsagePlan_ThrottleSettings {
  /** The API target request burst rate limit. This allows more requests through for a period of time than the target rate limit. */
  readonly BurstLimit?: Value<number>;
  /** The API target request rate limit. */
  readonly RateLimit?: Value<number>;
}

/** The `AWS::ApiGateway::UsagePlanKey` resource associates an API key with a usage plan. This association determines which users the usage plan is applied to. */
export interface UsagePlanKeyProps {
  /** The Id of the UsagePlanKey resource. */
  readonly KeyId: Value<string>;
  /** The type of a UsagePlanKey resource for a plan customer. */
  readonly KeyType: Value<string>;
  /** The Id of the UsagePlan resource representing the usage plan containing the UsagePlanKey resource representing a plan customer. */
  readonly UsagePlanId: Value<string>;
}

/** The `AWS::ApiGateway::VpcLink` resource creates an API Gateway VPC link for a REST API to access resources in an Amazon Virtual Private Cloud (VPC). For more information, see [vpclink:create](https://docs.aws.amazon.com/apigateway/latest... */
export interface VpcLinkProps {
  /** The description of the VPC link. */
  readonly Description?: Value<string>;
  /** The name used to label and identify the VPC link. */
  readonly Name: Value<string>;
  /** An array of arbitrary tags (key-value pairs) to associate with the VPC link. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ARN of the network load balancer of the VPC targeted by the VPC link. The network load balancer must be owned by the same AWS account of the API owner. */
  readonly TargetArns: ListOf<Value<string>>;
}
