// Types of the API's Swagger 2.0 document: the standard parts from openapi-types (OpenAPIV2),
// plus our own types for the x-amazon-apigateway-* extensions, written from the API Gateway
// developer guide ("API Gateway extensions to OpenAPI"). schemas/api-gateway-extensions.schema.json
// checks the same shapes at run time.
import type { OpenAPIV2 } from 'openapi-types';

/** Mapping expressions: `'static'`, `method.request.path.x`, `integration.response.header.x` ... */
export type ParameterMap = Record<string, string>;

export interface IntegrationResponse {
  readonly statusCode: string;
  readonly responseParameters?: ParameterMap;
  readonly responseTemplates?: Record<string, string>;
}

/** x-amazon-apigateway-integration */
export interface Integration {
  readonly type: 'http' | 'http_proxy' | 'aws' | 'aws_proxy' | 'mock';
  readonly uri?: string;
  readonly httpMethod?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'ANY';
  readonly connectionType?: 'INTERNET' | 'VPC_LINK';
  readonly connectionId?: string;
  /** With a VPC link V2: the load balancer's ARN the requests go to (`uri` then sets only the Host header). */
  readonly integrationTarget?: string;
  /** The role API Gateway assumes to call an AWS service (`aws` integrations). */
  readonly credentials?: string;
  readonly requestParameters?: ParameterMap;
  readonly requestTemplates?: Record<string, string>;
  readonly passthroughBehavior?: 'when_no_match' | 'when_no_templates' | 'never';
  readonly timeoutInMillis?: number;
  /** Keyed by selection pattern: a regex on the backend's status code, or `default`. */
  readonly responses?: Record<string, IntegrationResponse>;
}

/** The extensions an operation may carry. */
export interface OperationExtensions {
  'x-amazon-apigateway-integration': Integration;
  'x-amazon-apigateway-request-validator'?: string;
}

export type Operation = OpenAPIV2.OperationObject<OperationExtensions>;

/** x-amazon-apigateway-authorizer */
export interface Authorizer {
  readonly type: 'token' | 'request' | 'cognito_user_pools';
  readonly providerARNs?: readonly string[];
  readonly authorizerUri?: string;
  readonly identitySource?: string;
  readonly authorizerResultTtlInSeconds?: number;
}

export interface SecuritySchemeWithAuthorizer extends OpenAPIV2.SecuritySchemeApiKey {
  readonly 'x-amazon-apigateway-authtype': string;
  readonly 'x-amazon-apigateway-authorizer': Authorizer;
}

export type GatewayResponseType =
  | 'DEFAULT_4XX'
  | 'DEFAULT_5XX'
  | 'ACCESS_DENIED'
  | 'API_CONFIGURATION_ERROR'
  | 'AUTHORIZER_CONFIGURATION_ERROR'
  | 'AUTHORIZER_FAILURE'
  | 'BAD_REQUEST_PARAMETERS'
  | 'BAD_REQUEST_BODY'
  | 'EXPIRED_TOKEN'
  | 'INTEGRATION_FAILURE'
  | 'INTEGRATION_TIMEOUT'
  | 'INVALID_API_KEY'
  | 'INVALID_SIGNATURE'
  | 'MISSING_AUTHENTICATION_TOKEN'
  | 'QUOTA_EXCEEDED'
  | 'REQUEST_TOO_LARGE'
  | 'RESOURCE_NOT_FOUND'
  | 'THROTTLED'
  | 'UNAUTHORIZED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'WAF_FILTERED';

export interface GatewayResponse {
  readonly statusCode?: string;
  readonly responseParameters?: ParameterMap;
  readonly responseTemplates?: Record<string, string>;
}

export interface RequestValidator {
  readonly validateRequestBody: boolean;
  readonly validateRequestParameters: boolean;
}

/** The whole document: Swagger 2.0 with the API-wide extensions. */
export interface SwaggerDocument extends Omit<OpenAPIV2.Document<OperationExtensions>, 'securityDefinitions'> {
  securityDefinitions?: Record<string, SecuritySchemeWithAuthorizer>;
  'x-amazon-apigateway-request-validators'?: Record<string, RequestValidator>;
  'x-amazon-apigateway-request-validator'?: string;
  'x-amazon-apigateway-gateway-responses'?: Partial<Record<GatewayResponseType, GatewayResponse>>;
}
