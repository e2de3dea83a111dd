// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::ApiGatewayV2::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** The `AWS::ApiGatewayV2::Api` resource creates an API. WebSocket APIs and HTTP APIs are supported. For more information about WebSocket APIs, see [About WebSocket APIs in API Gateway](https://docs.aws.amazon.com/apigateway/latest/develope... */
export interface ApiProps {
  /** An API key selection expression. Supported only for WebSocket APIs. See [API Key Selection Expressions](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html#apigateway-websocket... */
  readonly ApiKeySelectionExpression?: Value<string>;
  /** Specifies how to interpret the base path of the API during import. Valid values are `ignore` , `prepend` , and `split` . The default value is `ignore` . To learn more, see [Set the OpenAPI basePath Property](https://docs.aws.amazon.com/a... */
  readonly BasePath?: Value<string>;
  /** The OpenAPI definition. Supported only for HTTP APIs. To import an HTTP API, you must specify a `Body` or `BodyS3Location` . If you specify a `Body` or `BodyS3Location` , don't specify CloudFormation resources such as `AWS::ApiGatewayV2:... */
  readonly Body?: Value<Json>;
  /** The S3 location of an OpenAPI definition. Supported only for HTTP APIs. To import an HTTP API, you must specify a `Body` or `BodyS3Location` . If you specify a `Body` or `BodyS3Location` , don't specify CloudFormation resources such as `... */
  readonly BodyS3Location?: Value<Api_BodyS3Location>;
  /** A CORS configuration. Supported only for HTTP APIs. See [Configuring CORS](https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html) for more information. */
  readonly CorsConfiguration?: Value<Api_Cors>;
  /** This property is part of quick create. It specifies the credentials required for the integration, if any. For a Lambda integration, three options are available. To specify an IAM Role for API Gateway to assume, use the role's Amazon Reso... */
  readonly CredentialsArn?: Value<string>;
  /** The description of the API. */
  readonly Description?: Value<string>;
  /** Specifies whether clients can invoke your API by using the default `execute-api` endpoint. By default, clients can invoke your API with the default https://{api_id}.execute-api.{region}.amazonaws.com endpoint. To require that clients use... */
  readonly DisableExecuteApiEndpoint?: Value<boolean>;
  /** Avoid validating models when creating a deployment. Supported only for WebSocket APIs. */
  readonly DisableSchemaValidation?: Value<boolean>;
  /** Specifies whether to rollback the API creation when a warning is encountered. By default, API creation continues if a warning is encountered. */
  readonly FailOnWarnings?: Value<boolean>;
  /** The IP address types that can invoke the API. Use `ipv4` to allow only IPv4 addresses to invoke your API, or use `dualstack` to allow both IPv4 and IPv6 addresses to invoke your API. */
  readonly IpAddressType?: Value<string>;
  /** The name of the API. Required unless you specify an OpenAPI definition for `Body` or `S3BodyLocation` . */
  readonly Name?: Value<string>;
  /** The API protocol. Valid values are `WEBSOCKET` or `HTTP` . Required unless you specify an OpenAPI definition for `Body` or `S3BodyLocation` . */
  readonly ProtocolType?: Value<string>;
  /** This property is part of quick create. If you don't specify a `routeKey` , a default route of `$default` is created. The `$default` route acts as a catch-all for any request made to your API, for a particular stage. The `$default` route... */
  readonly RouteKey?: Value<string>;
  /** The route selection expression for the API. For HTTP APIs, the `routeSelectionExpression` must be `${request.method} ${request.path}` . If not provided, this will be the default for HTTP APIs. This property is required for WebSocket APIs. */
  readonly RouteSelectionExpression?: Value<string>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: MapOf<Value<string>>;
  /** This property is part of quick create. Quick create produces an API with an integration, a default catch-all route, and a default stage which is configured to automatically deploy changes. For HTTP integrations, specify a fully qualified... */
  readonly Target?: Value<string>;
  /** A version identifier for the API. */
  readonly Version?: Value<string>;
}

export interface Api_BodyS3Location {
  /** The S3 bucket that contains the OpenAPI definition to import. Required if you specify a `BodyS3Location` for an API. */
  readonly Bucket?: Value<string>;
  /** The Etag of the S3 object. */
  readonly Etag?: Value<string>;
  /** The key of the S3 object. Required if you specify a `BodyS3Location` for an API. */
  readonly Key?: Value<string>;
  /** The version of the S3 object. */
  readonly Version?: Value<string>;
}

export interface Api_Cors {
  /** Specifies whether credentials are included in the CORS request. Supported only for HTTP APIs. */
  readonly AllowCredentials?: Value<boolean>;
  /** Represents a collection of allowed headers. Supported only for HTTP APIs. */
  readonly AllowHeaders?: ListOf<Value<string>>;
  /** Represents a collection of allowed HTTP methods. Supported only for HTTP APIs. */
  readonly AllowMethods?: ListOf<Value<string>>;
  /** Represents a collection of allowed origins. Supported only for HTTP APIs. */
  readonly AllowOrigins?: ListOf<Value<string>>;
  /** Represents a collection of exposed headers. Supported only for HTTP APIs. */
  readonly ExposeHeaders?: ListOf<Value<string>>;
  /** The number of seconds that the browser should cache preflight request results. Supported only for HTTP APIs. */
  readonly MaxAge?: Value<number>;
}

/** The `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` resource overrides the default properties of API Gateway-managed resources that are implicitly configured for you when you use quick create. When you create an API by using quick create... */
export interface ApiGatewayManagedOverridesProps {
  /** The ID of the API for which to override the configuration of API Gateway-managed resources. */
  readonly ApiId: Value<string>;
  /** Overrides the integration configuration for an API Gateway-managed integration. */
  readonly Integration?: Value<ApiGatewayManagedOverrides_IntegrationOverrides>;
  /** Overrides the route configuration for an API Gateway-managed route. */
  readonly Route?: Value<ApiGatewayManagedOverrides_RouteOverrides>;
  /** Overrides the stage configuration for an API Gateway-managed stage. */
  readonly Stage?: Value<ApiGatewayManagedOverrides_StageOverrides>;
}

export interface ApiGatewayManagedOverrides_AccessLogSettings {
  /** The ARN of the CloudWatch Logs log group to receive access logs. */
  readonly DestinationArn?: Value<string>;
  /** A single line format of the access logs of data, as specified by selected $context variables. The format must include at least $context.requestId. */
  readonly Format?: Value<string>;
}

export interface ApiGatewayManagedOverrides_IntegrationOverrides {
  /** The description of the integration. */
  readonly Description?: Value<string>;
  /** Specifies the integration's HTTP method type. For WebSocket APIs, if you use a Lambda integration, you must set the integration method to `POST` . */
  readonly IntegrationMethod?: Value<string>;
  /** Specifies the format of the payload sent to an integration. Required for HTTP APIs. For HTTP APIs, supported values for Lambda proxy integrations are `1.0` and `2.0` . For all other integrations, `1.0` is the only supported value. To lea... */
  readonly PayloadFormatVersion?: Value<string>;
  /** Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs and between 50 and 30,000 milliseconds for HTTP APIs. The default timeout is 29 seconds for WebSocket APIs and 30 seconds for HTTP APIs. */
  readonly TimeoutInMillis?: Value<number>;
}

export interface ApiGatewayManagedOverrides_RouteOverrides {
  /** The authorization scopes supported by this route. */
  readonly AuthorizationScopes?: ListOf<Value<string>>;
  /** The authorization type for the route. To learn more, see [AuthorizationType](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html#cfn-apigatewayv2-route-authorizationtype) . */
  readonly AuthorizationType?: Value<string>;
  /** The identifier of the `Authorizer` resource to be associated with this route. The authorizer identifier is generated by API Gateway when you created the authorizer. */
  readonly AuthorizerId?: Value<string>;
  /** The operation name for the route. */
  readonly OperationName?: Value<string>;
  /** For HTTP integrations, specify a fully qualified URL. For Lambda integrations, specify a function ARN. The type of the integration will be HTTP_PROXY or AWS_PROXY, respectively. */
  readonly Target?: Value<string>;
}

export interface ApiGatewayManagedOverrides_RouteSettings {
  /** Specifies whether ( `true` ) or not ( `false` ) data trace logging is enabled for this route. This property affects the log entries pushed to Amazon CloudWatch Logs. Supported only for WebSocket APIs. */
  readonly DataTraceEnabled?: Value<boolean>;
  /** Specifies whether detailed metrics are enabled. */
  readonly DetailedMetricsEnabled?: Value<boolean>;
  /** Specifies the logging level for this route: `INFO` , `ERROR` , or `OFF` . This property affects the log entries pushed to Amazon CloudWatch Logs. Supported only for WebSocket APIs. */
  readonly LoggingLevel?: Value<string>;
  /** Specifies the throttling burst limit. */
  readonly ThrottlingBurstLimit?: Value<number>;
  /** Specifies the throttling rate limit. */
  readonly ThrottlingRateLimit?: Value<number>;
}

export interface ApiGatewayManagedOverrides_StageOverrides {
  /** Settings for logging access in a stage. */
  readonly AccessLogSettings?: Value<ApiGatewayManagedOverrides_AccessLogSettings>;
  /** Specifies whether updates to an API automatically trigger a new deployment. The default value is `true` . */
  readonly AutoDeploy?: Value<boolean>;
  /** The default route settings for the stage. */
  readonly DefaultRouteSettings?: Value<ApiGatewayManagedOverrides_RouteSettings>;
  /** The description for the API stage. */
  readonly Description?: Value<string>;
  /** Route settings for the stage. */
  readonly RouteSettings?: MapOf<Value<ApiGatewayManagedOverrides_RouteSettings>>;
  /** A map that defines the stage variables for a `Stage` . Variable names can have alphanumeric and underscore characters, and the values must match [A-Za-z0-9-._~:/?#&=,]+. */
  readonly StageVariables?: MapOf<Value<string>>;
}

/** The `AWS::ApiGatewayV2::ApiMapping` resource contains an API mapping. An API mapping relates a path of your custom domain name to a stage of your API. A custom domain name can have multiple API mappings, but the paths can't overlap. A cu... */
export interface ApiMappingProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** The API mapping key. */
  readonly ApiMappingKey?: Value<string>;
  /** The domain name. */
  readonly DomainName: Value<string>;
  /** The API stage. */
  readonly Stage: Value<string>;
}

/** The `AWS::ApiGatewayV2::Authorizer` resource creates an authorizer for a WebSocket API or an HTTP API. To learn more, see [Controlling and managing access to a WebSocket API in API Gateway](https://docs.aws.amazon.com/apigateway/latest/d... */
export interface AuthorizerProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer. To specify an IAM role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To use resource-based permissions on the Lambda func... */
  readonly AuthorizerCredentialsArn?: Value<string>;
  /** Specifies the format of the payload sent to an HTTP API Lambda authorizer. Required for HTTP API Lambda authorizers. Supported values are `1.0` and `2.0` . To learn more, see [Working with AWS Lambda authorizers for HTTP APIs](https://do... */
  readonly AuthorizerPayloadFormatVersion?: Value<string>;
  /** The time to live (TTL) for cached authorizer results, in seconds. If it equals 0, authorization caching is disabled. If it is greater than 0, API Gateway caches authorizer responses. The maximum value is 3600, or 1 hour. Supported only f... */
  readonly AuthorizerResultTtlInSeconds?: Value<number>;
  /** The authorizer type. Specify `REQUEST` for a Lambda function using incoming request parameters. Specify `JWT` to use JSON Web Tokens (supported only for HTTP APIs). */
  readonly AuthorizerType: Value<string>;
  /** The authorizer's Uniform Resource Identifier (URI). For `REQUEST` authorizers, this must be a well-formed Lambda function URI, for example, `arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2: *{accoun... */
  readonly AuthorizerUri?: Value<string>;
  /** Specifies whether a Lambda authorizer returns a response in a simple format. By default, a Lambda authorizer must return an IAM policy. If enabled, the Lambda authorizer can return a boolean value instead of an IAM policy. Supported only... */
  readonly EnableSimpleResponses?: Value<boolean>;
  /** The identity source for which authorization is requested. */
  readonly IdentitySource?: ListOf<Value<string>>;
  /** This parameter is not used. */
  readonly IdentityValidationExpression?: Value<string>;
  /** The `JWTConfiguration` property specifies the configuration of a JWT authorizer. Required for the `JWT` authorizer type. Supported only for HTTP APIs. */
  readonly JwtConfiguration?: Value<Authorizer_JWTConfiguration>;
  /** The name of the authorizer. */
  readonly Name: Value<string>;
}

export interface Authorizer_JWTConfiguration {
  /** A list of the intended recipients of the JWT. A valid JWT must provide an `aud` that matches at least one entry in this list. See [RFC 7519](https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc7519#section-4.1.3) . Required for th... */
  readonly Audience?: ListOf<Value<string>>;
  /** The base domain of the identity provider that issues JSON Web Tokens. For example, an Amazon Cognito user pool has the following format: `https://cognito-idp. {region} .amazonaws.com/ {userPoolId}` . Required for the `JWT` authorizer typ... */
  readonly Issuer?: Value<string>;
}

/** The `AWS::ApiGatewayV2::Deployment` resource creates a deployment for an API. */
export interface DeploymentProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** The description for the deployment resource. */
  readonly Description?: Value<string>;
  /** The name of an existing stage to associate with the deployment. */
  readonly StageName?: Value<string>;
}

/** The `AWS::ApiGatewayV2::DomainName` resource specifies a custom domain name for your API in Amazon API Gateway (API Gateway). */
export interface DomainNameProps {
  /** The custom domain name for your API in Amazon API Gateway. Uppercase letters and the underscore ( `_` ) character are not supported. */
  readonly DomainName: Value<string>;
  /** The domain name configurations. */
  readonly DomainNameConfigurations?: ListOf<Value<DomainName_DomainNameConfiguration>>;
  /** The mutual TLS authentication configuration for a custom domain name. */
  readonly MutualTlsAuthentication?: Value<DomainName_MutualTlsAuthentication>;
  /** The routing mode API Gateway uses to route traffic to your APIs. */
  readonly RoutingMode?: Value<string>;
  /** The collection of tags associated with a domain name. */
  readonly Tags?: MapOf<Value<string>>;
}

export interface DomainName_DomainNameConfiguration {
  /** An AWS -managed certificate that will be used by the edge-optimized endpoint for this domain name. AWS Certificate Manager is the only supported source. */
  readonly CertificateArn?: Value<string>;
  /** The user-friendly name of the certificate that will be used by the edge-optimized endpoint for this domain name. */
  readonly CertificateName?: Value<string>;
  /** The endpoint type. */
  readonly EndpointType?: Value<string>;
  /** The IP address types that can invoke the domain name. Use `ipv4` to allow only IPv4 addresses to invoke your domain name, or use `dualstack` to allow both IPv4 and IPv6 addresses to invoke your domain name. */
  readonly IpAddressType?: Value<string>;
  /** The Amazon resource name (ARN) for the public certificate issued by Certificate Manager . This ARN is used to validate custom domain ownership. It's required only if you configure mutual TLS and use either an ACM-imported or a private CA... */
  readonly OwnershipVerificationCertificateArn?: Value<string>;
  /** The Transport Layer Security (TLS) version of the security policy for this domain name. The valid values are `TLS_1_0` and `TLS_1_2` . */
  readonly SecurityPolicy?: Value<string>;
}

export interface DomainName_MutualTlsAuthentication {
  /** An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example, `s3:// bucket-name / key-name` . The truststore can contain certificates from public or private certificate authorities. To update the truststore,... */
  readonly TruststoreUri?: Value<string>;
  /** The version of the S3 object that contains your truststore. To specify a version, you must have versioning enabled for the S3 bucket. */
  readonly TruststoreVersion?: Value<string>;
}

/** The `AWS::ApiGatewayV2::Integration` resource creates an integration for an API. */
export interface IntegrationProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** The ID of the VPC link for a private integration. Supported only for HTTP APIs. */
  readonly ConnectionId?: Value<string>;
  /** The type of the network connection to the integration endpoint. Specify `INTERNET` for connections through the public routable internet or `VPC_LINK` for private connections between API Gateway and resources in a VPC. The default value i... */
  readonly ConnectionType?: Value<string>;
  /** Supported only for WebSocket APIs. Specifies how to handle response payload content type conversions. Supported values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT` , with the following behaviors: */
  readonly ContentHandlingStrategy?: Value<string>;
  /** Specifies the credentials required for the integration, if any. For AWS integrations, three options are available. To specify an IAM Role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To require that the caller's... */
  readonly CredentialsArn?: Value<string>;
  /** The description of the integration. */
  readonly Description?: Value<string>;
  /** Specifies the integration's HTTP method type. For WebSocket APIs, if you use a Lambda integration, you must set the integration method to `POST` . */
  readonly IntegrationMethod?: Value<string>;
  /** Supported only for HTTP API `AWS_PROXY` integrations. Specifies the AWS service action to invoke. To learn more, see [Integration subtype reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integratio... */
  readonly IntegrationSubtype?: Value<string>;
  /** The integration type of an integration. One of the following: */
  readonly IntegrationType: Value<string>;
  /** For a Lambda integration, specify the URI of a Lambda function. */
  readonly IntegrationUri?: Value<string>;
  /** Specifies the pass-through behavior for incoming requests based on the `Content-Type` header in the request, and the available mapping templates specified as the `requestTemplates` property on the `Integration` resource. There are three... */
  readonly PassthroughBehavior?: Value<string>;
  /** Specifies the format of the payload sent to an integration. Required for HTTP APIs. For HTTP APIs, supported values for Lambda proxy integrations are `1.0` and `2.0` . For all other integrations, `1.0` is the only supported value. To lea... */
  readonly PayloadFormatVersion?: Value<string>;
  /** For WebSocket APIs, a key-value map specifying request parameters that are passed from the method request to the backend. The key is an integration request parameter name and the associated value is a method request parameter value or st... */
  readonly RequestParameters?: MapOf<Value<string>>;
  /** Represents a map of Velocity templates that are applied on the request payload based on the value of the Content-Type header sent by the client. The content type value is the key in this map, and the template (as a String) is the value.... */
  readonly RequestTemplates?: MapOf<Value<string>>;
  /** Supported only for HTTP APIs. You use response parameters to transform the HTTP response from a backend integration before returning the response to clients. Specify a key-value map from a selection key to response parameters. The select... */
  readonly ResponseParameters?: MapOf<Value<Integration_ResponseParameterMap>>;
  /** The template selection expression for the integration. Supported only for WebSocket APIs. */
  readonly TemplateSelectionExpression?: Value<string>;
  /** Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs and between 50 and 30,000 milliseconds for HTTP APIs. The default timeout is 29 seconds for WebSocket APIs and 30 seconds for HTTP APIs. */
  readonly TimeoutInMillis?: Value<number>;
  /** The TLS configuration for a private integration. If you specify a TLS configuration, private integration traffic uses the HTTPS protocol. Supported only for HTTP APIs. */
  readonly TlsConfig?: Value<Integration_TlsConfig>;
}

export interface Integration_ResponseParameter {
  /** Specifies the location of the response to modify, and how to modify it. To learn more, see [Transforming API requests and responses](https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html) . */
  readonly Destination?: Value<string>;
  /** Specifies the data to update the parameter with. To learn more, see [Transforming API requests and responses](https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html) . */
  readonly Source?: Value<string>;
}

export interface Integration_ResponseParameterList {
  readonly ResponseParameters?: ListOf<Value<Integration_ResponseParameter>>;
}

export interface Integration_ResponseParameterMap {
  /** list of response parameters */
  readonly ResponseParameters?: ListOf<Value<Integration_ResponseParameter>>;
}

export interface Integration_TlsConfig {
  /** If you specify a server name, API Gateway uses it to verify the hostname on the integration's certificate. The server name is also included in the TLS handshake to support Server Name Indication (SNI) or virtual hosting. */
  readonly ServerNameToVerify?: Value<string>;
}

/** The `AWS::ApiGatewayV2::IntegrationResponse` resource updates an integration response for an WebSocket API. For more information, see [Set up WebSocket API Integration Responses in API Gateway](https://docs.aws.amazon.com/apigateway/late... */
export interface IntegrationResponseProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** Supported only for WebSocket APIs. Specifies how to handle response payload content type conversions. Supported values are `CONVERT_TO_BINARY` and `CONVERT_TO_TEXT` , with the following behaviors: */
  readonly ContentHandlingStrategy?: Value<string>;
  /** The integration ID. */
  readonly IntegrationId: Value<string>;
  /** The integration response key. */
  readonly IntegrationResponseKey: Value<string>;
  /** A key-value map specifying response parameters that are passed to the method response from the backend. The key is a method response header parameter name and the mapped value is an integration response header value, a static value enclo... */
  readonly ResponseParameters?: Value<Json>;
  /** The collection of response templates for the integration response as a string-to-string map of key-value pairs. Response templates are represented as a key/value map, with a content-type as the key and a template as the value. */
  readonly ResponseTemplates?: Value<Json>;
  /** The template selection expression for the integration response. Supported only for WebSocket APIs. */
  readonly TemplateSelectionExpression?: Value<string>;
}

/** The `AWS::ApiGatewayV2::Model` resource updates data model for a WebSocket API. For more information, see [Model Selection Expressions](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expre... */
export interface ModelProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** The content-type for the model, for example, "application/json". */
  readonly ContentType?: Value<string>;
  /** The description of the model. */
  readonly Description?: Value<string>;
  /** The name of the model. */
  readonly Name: Value<string>;
  /** The schema for the model. For application/json models, this should be JSON schema draft 4 model. */
  readonly Schema: Value<Json>;
}

/** Represents a portal product in Amazon API Gateway V2, which is a logical grouping of APIs that can be published in a developer portal. */
export interface PortalProductProps {
  /** A description of the portal product. */
  readonly Description?: Value<string>;
  /** The name of the portal product as it appears in a published portal. */
  readonly DisplayName: Value<string>;
  /** The collection of tags associated with the portal product. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::ApiGatewayV2::Route` resource creates a route for an API. */
export interface RouteProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** Specifies whether an API key is required for the route. Supported only for WebSocket APIs. */
  readonly ApiKeyRequired?: Value<boolean>;
  /** The authorization scopes supported by this route. */
  readonly AuthorizationScopes?: ListOf<Value<string>>;
  /** The authorization type for the route. For WebSocket APIs, valid values are `NONE` for open access, `AWS_IAM` for using AWS IAM permissions, and `CUSTOM` for using a Lambda authorizer. For HTTP APIs, valid values are `NONE` for open acces... */
  readonly AuthorizationType?: Value<string>;
  /** The identifier of the `Authorizer` resource to be associated with this route. The authorizer identifier is generated by API Gateway when you created the authorizer. */
  readonly AuthorizerId?: Value<string>;
  /** The model selection expression for the route. Supported only for WebSocket APIs. */
  readonly ModelSelectionExpression?: Value<string>;
  /** The operation name for the route. */
  readonly OperationName?: Value<string>;
  /** The request models for the route. Supported only for WebSocket APIs. */
  readonly RequestModels?: Value<Json>;
  /** The request parameters for the route. Supported only for WebSocket APIs. */
  readonly RequestParameters?: Value<Json>;
  /** The route key for the route. For HTTP APIs, the route key can be either `$default` , or a combination of an HTTP method and resource path, for example, `GET /pets` . */
  readonly RouteKey: Value<string>;
  /** The route response selection expression for the route. Supported only for WebSocket APIs. */
  readonly RouteResponseSelectionExpression?: Value<string>;
  /** The target for the route. */
  readonly Target?: Value<string>;
}

export interface Route_ParameterConstraints {
  readonly Required: Value<boolean>;
}

/** The `AWS::ApiGatewayV2::RouteResponse` resource creates a route response for a WebSocket API. For more information, see [Set up Route Responses for a WebSocket API in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developergu... */
export interface RouteResponseProps {
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** The model selection expression for the route response. Supported only for WebSocket APIs. */
  readonly ModelSelectionExpression?: Value<string>;
  /** The response models for the route response. */
  readonly ResponseModels?: Value<Json>;
  /** The route response parameters. */
  readonly ResponseParameters?: MapOf<Value<RouteResponse_ParameterConstraints>>;
  /** The route ID. */
  readonly RouteId: Value<string>;
  /** The route response key. */
  readonly RouteResponseKey: Value<string>;
}

export interface RouteResponse_ParameterConstraints {
  /** Specifies whether the parameter is required. */
  readonly Required: Value<boolean>;
}

/** Represents a routing rule. When the incoming request to a domain name matches the conditions for a rule, API Gateway invokes a stage of a target API. Supported only for REST APIs. */
export interface RoutingRuleProps {
  /** The resulting action based on matching a routing rules condition. Only InvokeApi is supported. */
  readonly Actions: ListOf<Value<RoutingRule_Action>>;
  /** The conditions of the routing rule. */
  readonly Conditions: ListOf<Value<RoutingRule_Condition>>;
  /** The ARN of the domain name. */
  readonly DomainNameArn: Value<string>;
  /** The order in which API Gateway evaluates a rule. Priority is evaluated from the lowest value to the highest value. Rules can't have the same priority. Priority values 1-1,000,000 are supported. */
  readonly Priority: Value<number>;
}

export interface RoutingRule_Action {
  /** Represents an InvokeApi action. */
  readonly InvokeApi: Value<RoutingRule_ActionInvokeApi>;
}

export interface RoutingRule_ActionInvokeApi {
  /** The API identifier of the target API. */
  readonly ApiId: Value<string>;
  /** The name of the target stage. */
  readonly Stage: Value<string>;
  /** The strip base path setting. When true, API Gateway strips the incoming matched base path when forwarding the request to the target API. */
  readonly StripBasePath?: Value<boolean>;
}

export interface RoutingRule_Condition {
  /** The base path to be matched. */
  readonly MatchBasePaths?: Value<RoutingRule_MatchBasePaths>;
  /** The headers to be matched. */
  readonly MatchHeaders?: Value<RoutingRule_MatchHeaders>;
}

export interface RoutingRule_MatchBasePaths {
  /** The string of the case sensitive base path to be matched. */
  readonly AnyOf: ListOf<Value<string>>;
}

export interface RoutingRule_MatchHeaders {
  /** The header name and header value glob to be matched. The matchHeaders condition is matched if any of the header name and header value globs are matched. */
  readonly AnyOf: ListOf<Value<RoutingRule_MatchHeaderValue>>;
}

export interface RoutingRule_MatchHeaderValue {
  /** The case insensitive header name to be matched. The header name must be less than 40 characters and the only allowed characters are `a-z` , `A-Z` , `0-9` , and the following special characters: `*?-!#$%&'.^_`|~.` . */
  readonly Header: Value<string>;
  /** The case sensitive header glob value to be matched against entire header value. The header glob value must be less than 128 characters and the only allowed characters are `a-z` , `A-Z` , `0-9` , and the following special characters: `*?-... */
  readonly ValueGlob: Value<string>;
}

/** The `AWS::ApiGatewayV2::Stage` resource specifies a stage for an API. Each stage is a named reference to a deployment of the API and is made available for client applications to call. To learn more, see [Working with stages for HTTP APIs... */
export interface StageProps {
  /** Settings for logging access in this stage. */
  readonly AccessLogSettings?: Value<Stage_AccessLogSettings>;
  /** This parameter is not currently supported. */
  readonly AccessPolicyId?: Value<string>;
  /** The API identifier. */
  readonly ApiId: Value<string>;
  /** Specifies whether updates to an API automatically trigger a new deployment. The default value is `false` . */
  readonly AutoDeploy?: Value<boolean>;
  /** The identifier of a client certificate for a `Stage` . Supported only for WebSocket APIs. */
  readonly ClientCertificateId?: Value<string>;
  /** The default route settings for the stage. */
  readonly DefaultRouteSettings?: Value<Stage_RouteSettings>;
  /** The deployment identifier for the API stage. Can't be updated if `autoDeploy` is enabled. */
  readonly DeploymentId?: Value<string>;
  /** The description for the API stage. */
  readonly Description?: Value<string>;
  /** Route settings for the stage. */
  readonly RouteSettings?: Value<Json>;
  /** The stage name. Stage names can contain only alphanumeric characters, hyphens, and underscores, or be `$default` . Maximum length is 128 characters. */
  readonly StageName: Value<string>;
  /** A map that defines the stage variables for a `Stage` . Variable names can have alphanumeric and underscore characters, and the values must match [A-Za-z0-9-._~:/?#&=,]+. */
  readonly StageVariables?: Value<Json>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: Value<Json>;
}

export interface Stage_AccessLogSettings {
  /** The ARN of the CloudWatch Logs log group to receive access logs. This parameter is required to enable access logging. */
  readonly DestinationArn?: Value<string>;
  /** A single line format of the access logs of data, as specified by selected $context variables. The format must include at least $context.requestId. This parameter is required to enable access logging. */
  readonly Format?: Value<string>;
}

export interface Stage_RouteSettings {
  /** Specifies whether ( `true` ) or not ( `false` ) data trace logging is enabled for this route. This property affects the log entries pushed to Amazon CloudWatch Logs. Supported only for WebSocket APIs. */
  readonly DataTraceEnabled?: Value<boolean>;
  /** Specifies whether detailed metrics are enabled. */
  readonly DetailedMetricsEnabled?: Value<boolean>;
  /** Specifies the logging level for this route: `INFO` , `ERROR` , or `OFF` . This property affects the log entries pushed to Amazon CloudWatch Logs. Supported only for WebSocket APIs. */
  readonly LoggingLevel?: Value<string>;
  /** Specifies the throttling burst limit. */
  readonly ThrottlingBurstLimit?: Value<number>;
  /** Specifies the throttling rate limit. */
  readonly ThrottlingRateLimit?: Value<number>;
}

/** The `AWS::ApiGatewayV2::VpcLink` resource creates a VPC link. Supported only for HTTP APIs. The VPC link status must transition from `PENDING` to `AVAILABLE` to successfully create a VPC link, which can take up to 10 minutes. To learn mo... */
export interface VpcLinkProps {
  /** The name of the VPC link. */
  readonly Name: Value<string>;
  /** A list of security group IDs for the VPC link. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** A list of subnet IDs to include in the VPC link. */
  readonly SubnetIds: ListOf<Value<string>>;
  /** The collection of tags. Each tag element is associated with a given resource. */
  readonly Tags?: MapOf<Value<string>>;
}
