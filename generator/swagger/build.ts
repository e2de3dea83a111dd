// The API as a Swagger 2.0 document with API Gateway extensions: the Body of api.yml's RestApi,
// and the standalone api-swagger.json of seed 001. Every operation, status, schema and header
// comes from the service's API contract (service/src/contract/), the same table the service's
// routes are bound from, so the two cannot disagree.
//
// Values known only after deployment appear as `${Name}` variables named after main.yml's
// outputs (SWAGGER_VARIABLES); render.ts turns them into `Fn::Sub` for the template or into the
// concrete values of a deployed stack.
//
// Differences from the seed's api-swagger.json, on purpose:
//  - integrations are proxies (`http_proxy` over the VPC link, `aws_proxy` to the function in
//    lambda mode): every status and header the
//    service answers reaches the client as the service sent it. With `http` integrations each
//    status had to be mapped by hand and one the mapping lacked became a 502 (a 400 for a bad id,
//    a 413 on a GET), and no header passed unless mapped (WWW-Authenticate, Retry-After,
//    X-Request-Id, Cache-Control). The service answers CORS itself for the site's origin;
//  - CORS allows the site's origin only, not `*`; preflights and API Gateway's own errors (the
//    authorizer's 401, throttling, a missing route) carry it too, in the service's error shape;
//  - a method a path does not have is 405 with Allow, as the service answers it;
//  - the Authorization header is passed on to the service, which verifies the token again.
import type { OpenAPIV2 } from 'openapi-types';
import type { Config } from '../config/load.js';
import { ERRORS, type ErrorCode } from '../../service/src/contract/errors.js';
import {
  CORS,
  OPERATIONS,
  OPERATION_IDS,
  PATHS,
  PATH_PARAMETERS,
  allowedMethods,
  errorsOf,
  ALWAYS_HEADERS,
  headersOf,
  pathParameters,
  statusesOf,
  type OperationId,
  type OperationSpec,
  type ResponseHeader,
} from '../../service/src/contract/operations.js';
import { DEFINITIONS } from '../../service/src/contract/schemas.js';
import { clicksIntegration } from './clicks.js';
import type {
  GatewayResponse,
  GatewayResponseType,
  Integration,
  Operation,
  OperationExtensions,
  SwaggerDocument,
} from './types.js';
import { analyticsEnabled } from '../config/api.js';

/**
 * Deployment-time values in the document, named as main.yml's outputs that provide them: what
 * each is, and the form its value must have (a stack output, or a value typed into an outputs
 * file): a value of another form would give a document API Gateway refuses or, worse, accepts.
 */
export const SWAGGER_VARIABLES = {
  VpcLinkId: {
    meaning: 'the API Gateway VPC link (V2) into the private subnets, to the internal load balancer (fargate)',
    pattern: /^[a-z0-9]{1,32}$/,
    form: 'a VPC link id (lower case letters and digits)',
  },
  LoadBalancerArn: {
    meaning: 'the internal load balancer the integrations send requests to over the VPC link (fargate)',
    pattern:
      /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/(net|app)\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{1,32}$/,
    form: 'a load balancer ARN',
  },
  LoadBalancerDnsName: {
    meaning: "the internal load balancer's DNS name (fargate)",
    pattern: /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/,
    form: 'a DNS name (like internal-mysfits-nlb-1234.elb.us-east-1.amazonaws.com)',
  },
  ServiceFunctionArn: {
    meaning: 'the Lambda function of the service (lambda)',
    pattern: /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/,
    form: 'a Lambda function ARN',
  },
  UserPoolArn: {
    meaning: 'the Cognito user pool that signs the tokens the authorizer takes',
    pattern: /^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/[\w-]+_[0-9a-zA-Z]+$/,
    form: 'a Cognito user pool ARN',
  },
  SiteUrl: {
    meaning: "the site's URL, the only origin CORS allows",
    pattern: /^https?:\/\/[^\s/?#]+$/,
    form: 'an http(s) origin without a path (like https://d111111abcdef8.cloudfront.net)',
  },
  ClicksStreamName: {
    meaning: 'the Firehose stream POST /clicks writes to (analytics)',
    pattern: /^[a-zA-Z0-9_.-]{1,64}$/,
    form: 'a Firehose stream name',
  },
  ClicksRoleArn: {
    meaning: 'the role API Gateway assumes to write to that stream (analytics)',
    pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
    form: 'an IAM role ARN',
  },
} as const satisfies Record<string, { readonly meaning: string; readonly pattern: RegExp; readonly form: string }>;
export type SwaggerVariable = keyof typeof SWAGGER_VARIABLES;

/** Each given variable whose value does not have its form, in words. */
export function variableProblems(values: Readonly<Record<string, string>>): string[] {
  return (Object.keys(SWAGGER_VARIABLES) as SwaggerVariable[]).flatMap((name) => {
    const value = values[name];
    const { pattern, form } = SWAGGER_VARIABLES[name];
    return value === undefined || pattern.test(value) ? [] : [`${name}: ${JSON.stringify(value)} is not ${form}`];
  });
}

/** The variables a config's document uses: the service's address depends on how it runs. */
export function swaggerVariables(config: Config): SwaggerVariable[] {
  const service: SwaggerVariable[] =
    config.service.compute === 'lambda'
      ? ['ServiceFunctionArn']
      : ['VpcLinkId', 'LoadBalancerArn', 'LoadBalancerDnsName'];
  return [
    ...service,
    'UserPoolArn',
    'SiteUrl',
    ...(analyticsEnabled(config) ? (['ClicksStreamName', 'ClicksRoleArn'] as const) : []),
  ];
}

/** Whether the config's API has an operation: one answered by Firehose needs analytics on. */
export function operationEnabled(id: OperationId, config: Config): boolean {
  const op: OperationSpec = OPERATIONS[id];
  return op.backend !== 'firehose' || analyticsEnabled(config);
}

/**
 * Pseudo parameters the lambda integration's URI names (`${AWS::Partition}`, `${AWS::Region}`):
 * Fn::Sub fills them in the template; `mysfits swagger` gives them from the stack's outputs.
 */
export const PSEUDO_VARIABLES = ['AWS::Partition', 'AWS::Region'] as const;

const v = (name: SwaggerVariable): string => `\${${name}}`;

/** The security definition of the Cognito authorizer. */
export const AUTHORIZER = 'CognitoUserPool';
/** The request validator every operation uses: parameters (the service checks bodies, with its error codes). */
const VALIDATOR = 'parameters';
/** For an operation no service answers: API Gateway checks the body against the model too. */
const BODY_VALIDATOR = 'body-and-parameters';

const quoted = (s: string): string => `'${s}'`;
/** The headers every answer carries (the contract's ALWAYS_HEADERS), as API Gateway's static values. */
const ALWAYS: Record<string, string> = Object.fromEntries(
  Object.entries(ALWAYS_HEADERS).map(([name, value]) => [name, quoted(value)]),
);
const ORIGIN_HEADER = 'Access-Control-Allow-Origin';

function parametersOf(op: OperationSpec): OpenAPIV2.Parameter[] {
  const params: OpenAPIV2.Parameter[] = pathParameters(op.path).map((name) => ({
    name,
    in: 'path',
    type: 'string',
    required: true,
    // The pattern in words: the service answers 400 itself, and an import with
    // --fail-on-warnings should meet nothing API Gateway only half supports.
    description: `${PATH_PARAMETERS[name].description} ${PATH_PARAMETERS[name].pattern} (else 400 ${PATH_PARAMETERS[name].error})`,
  }));
  for (const [name, q] of Object.entries(op.query ?? {})) {
    params.push({
      name,
      in: 'query',
      type: 'string',
      required: false,
      description: q.values ? `${q.description} One of ${q.values.join(', ')}.` : q.description,
    });
  }
  if (op.token) {
    params.push({
      name: 'Authorization',
      in: 'header',
      type: 'string',
      required: true,
      description: "The user's Cognito ID token, raw or as `Bearer <token>`.",
    });
  }
  if (op.body) {
    params.push({ name: 'body', in: 'body', required: true, schema: { $ref: `#/definitions/${op.body}` } });
  }
  return params;
}

/**
 * The proxy to the service: in lambda mode the function (aws_proxy: one POST invocation per
 * request, the request as a payload 1.0 event); in fargate mode the load balancer over the VPC
 * link V2 (http_proxy: path parameters mapped, query, headers and body passed as they are).
 */
function integrationOf(id: OperationId, op: OperationSpec, config: Config): Integration {
  if (op.backend === 'firehose') {
    const headers: Record<string, string> = {
      [ORIGIN_HEADER]: quoted(v('SiteUrl')),
      'X-Request-Id': 'context.requestId',
      ...ALWAYS,
    };
    for (const h of headersOf(id, op.success.status))
      if (!(h in headers)) throw new Error(`${id}: no mapping for ${h}`);
    return clicksIntegration(headers);
  }
  if (config.service.compute === 'lambda') {
    return {
      type: 'aws_proxy',
      httpMethod: 'POST',
      uri: `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/${v('ServiceFunctionArn')}/invocations`,
      passthroughBehavior: 'when_no_match',
      timeoutInMillis: 29000,
    };
  }
  const requestParameters = Object.fromEntries(
    pathParameters(op.path).map((name) => [`integration.request.path.${name}`, `method.request.path.${name}`]),
  );
  return {
    type: 'http_proxy',
    httpMethod: op.method,
    uri: `http://${v('LoadBalancerDnsName')}${op.path}`,
    connectionType: 'VPC_LINK',
    // A VPC link V2 (any load balancer it can reach): integrationTarget names the load balancer,
    // and uri only sets the Host header.
    connectionId: v('VpcLinkId'),
    integrationTarget: v('LoadBalancerArn'),
    ...(Object.keys(requestParameters).length > 0 ? { requestParameters } : {}),
    passthroughBehavior: 'when_no_match',
    timeoutInMillis: 29000,
  };
}

// What each header says is in docs/api.md's API section (RESPONSE_HEADERS), once, not on every answer.
const headerObjects = (names: readonly ResponseHeader[]): Record<string, OpenAPIV2.HeaderObject> =>
  Object.fromEntries([...names, ORIGIN_HEADER].map((n) => [n, { type: 'string' }]));

/** A status of an operation: its error codes (docs/api.md's error table says what each means). */
function errorDescription(codes: readonly ErrorCode[]): string {
  return `Error: ${codes.join(', ')}.`;
}

function operationOf(id: OperationId, config: Config): Operation {
  const op: OperationSpec = OPERATIONS[id];
  const errors = errorsOf(id);
  const responses: OpenAPIV2.ResponsesObject = {};
  for (const status of statusesOf(id)) {
    const success = status === op.success.status;
    responses[String(status)] = {
      description: success
        ? op.success.description
        : errorDescription(errors.filter((c) => ERRORS[c].status === status)),
      schema: { $ref: `#/definitions/${success ? op.success.schema : 'Error'}` },
      headers: headerObjects(headersOf(id, status)),
    };
  }
  const parameters = parametersOf(op);
  return {
    operationId: id,
    summary: op.summary,
    produces: ['application/json'],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.token ? { security: [{ [AUTHORIZER]: [] }] } : {}),
    responses,
    'x-amazon-apigateway-request-validator': op.backend ? BODY_VALIDATOR : VALIDATOR,
    'x-amazon-apigateway-integration': integrationOf(id, op, config),
  };
}

/** An answer API Gateway makes itself (mock integration): status, headers and a JSON body. */
function mockOf(
  operationId: string,
  path: string,
  status: number,
  headers: Record<string, string>,
  body: string,
  summary: string,
): Operation {
  const names = pathParameters(path);
  const all = { ...headers, [ORIGIN_HEADER]: quoted(v('SiteUrl')), 'X-Request-Id': 'context.requestId', ...ALWAYS };
  return {
    operationId,
    summary,
    produces: ['application/json'],
    ...(names.length > 0
      ? { parameters: names.map((name) => ({ name, in: 'path', type: 'string', required: true })) }
      : {}),
    responses: {
      [String(status)]: {
        description: summary,
        ...(body === '' ? {} : { schema: { $ref: '#/definitions/Error' } }),
        headers: Object.fromEntries(Object.keys(all).map((n) => [n, { type: 'string' }])),
      },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': `{"statusCode": ${status}}` },
      passthroughBehavior: 'when_no_match',
      responses: {
        default: {
          statusCode: String(status),
          responseParameters: Object.fromEntries(
            Object.entries(all).map(([n, value]) => [`method.response.header.${n}`, value]),
          ),
          responseTemplates: { 'application/json': body },
        },
      },
    },
  };
}

/** `/mysfits/{mysfitId}/like` -> `MysfitsMysfitIdLike` (`Root` for `/`). */
const pathName = (path: string): string =>
  path.replace(/[^A-Za-z]+(.)?/g, (_, c?: string) => (c ?? '').toUpperCase()) || 'Root';

/** The CORS preflight of a path, answered by API Gateway for the site's origin (as cors.ts does). */
function preflightOf(path: string): Operation {
  return mockOf(
    `preflight${pathName(path)}`,
    path,
    CORS.preflightStatus,
    {
      'Access-Control-Allow-Methods': quoted(allowedMethods(path)),
      'Access-Control-Allow-Headers': quoted(CORS.allowHeaders.join(', ')),
      'Access-Control-Max-Age': quoted(String(CORS.maxAgeSeconds)),
      'Access-Control-Expose-Headers': quoted(CORS.exposeHeaders.join(', ')),
    },
    '',
    'CORS preflight.',
  );
}

/** Any other method on a path: 405 with Allow, as the service answers. */
function methodNotAllowedOf(path: string): Operation {
  const allow = allowedMethods(path);
  return mockOf(
    `methodNotAllowed${pathName(path)}`,
    path,
    ERRORS.method_not_allowed.status,
    { Allow: quoted(allow), 'Access-Control-Expose-Headers': quoted(CORS.exposeHeaders.join(', ')) },
    JSON.stringify({
      error: 'method_not_allowed',
      message: `$context.httpMethod is not allowed on ${path}; use ${allow}`,
    }),
    'A method this path does not have.',
  );
}

/**
 * API Gateway's own answers, in the service's error shape with its codes and CORS. `statusCode`
 * where API Gateway's default differs from the code's status.
 */
const GATEWAY_RESPONSES: Partial<Record<GatewayResponseType, { code: ErrorCode; headers?: Record<string, string> }>> = {
  // The authorizer refused the token (missing, expired, forged, for another pool).
  UNAUTHORIZED: { code: 'invalid_token', headers: { 'WWW-Authenticate': quoted('Bearer realm="mysfits"') } },
  ACCESS_DENIED: { code: 'forbidden' },
  WAF_FILTERED: { code: 'forbidden' },
  // No IAM auth here, so "missing authentication token" only ever means "no such route".
  MISSING_AUTHENTICATION_TOKEN: { code: 'not_found' },
  RESOURCE_NOT_FOUND: { code: 'not_found' },
  THROTTLED: { code: 'too_many_requests', headers: { 'Retry-After': quoted('1') } },
  QUOTA_EXCEEDED: { code: 'too_many_requests', headers: { 'Retry-After': quoted('60') } },
  REQUEST_TOO_LARGE: { code: 'body_too_large' },
  BAD_REQUEST_PARAMETERS: { code: 'bad_request' },
  BAD_REQUEST_BODY: { code: 'invalid_body' },
  UNSUPPORTED_MEDIA_TYPE: { code: 'unsupported_media_type' },
  INTEGRATION_FAILURE: { code: 'gateway_error' },
  INTEGRATION_TIMEOUT: { code: 'gateway_timeout' },
  DEFAULT_4XX: { code: 'bad_request' },
  DEFAULT_5XX: { code: 'gateway_error' },
};
// The defaults keep API Gateway's own status (any 4xx or 5xx); the others get their code's.
const KEEPS_STATUS = new Set<GatewayResponseType>(['DEFAULT_4XX', 'DEFAULT_5XX']);

function gatewayResponses(): Partial<Record<GatewayResponseType, GatewayResponse>> {
  const out: Partial<Record<GatewayResponseType, GatewayResponse>> = {};
  for (const [type, { code, headers = {} }] of Object.entries(GATEWAY_RESPONSES) as [
    GatewayResponseType,
    { code: ErrorCode; headers?: Record<string, string> },
  ][]) {
    out[type] = {
      ...(KEEPS_STATUS.has(type) ? {} : { statusCode: String(ERRORS[code].status) }),
      responseParameters: Object.fromEntries(
        Object.entries({
          [ORIGIN_HEADER]: quoted(v('SiteUrl')),
          'Access-Control-Expose-Headers': quoted(CORS.exposeHeaders.join(', ')),
          ...ALWAYS,
          ...headers,
        }).map(([n, value]) => [`gatewayresponse.header.${n}`, value]),
      ),
      responseTemplates: {
        'application/json': `{"error":"${code}","message":$context.error.messageString}`,
      },
    };
  }
  return out;
}

/** The API's document, with `${Name}` variables (SWAGGER_VARIABLES) for deployment-time values. */
/** The API's title, and so the name of the REST API and its metrics' ApiName dimension. */
export const apiName = (config: Config): string => `${config.appName}-api`;

export function buildSwagger(config: Config): SwaggerDocument {
  const paths: SwaggerDocument['paths'] = {};
  for (const [path, methods] of PATHS) {
    const item: OpenAPIV2.PathItemObject<OperationExtensions> & {
      'x-amazon-apigateway-any-method'?: Operation;
    } = {};
    const enabled = [...methods].filter(([, id]) => operationEnabled(id, config));
    if (enabled.length === 0) continue;
    for (const [method, id] of enabled) item[method.toLowerCase() as OpenAPIV2.HttpMethods] = operationOf(id, config);
    item.options = preflightOf(path);
    item['x-amazon-apigateway-any-method'] = methodNotAllowedOf(path);
    paths[path] = item;
  }
  return {
    swagger: '2.0',
    info: {
      title: apiName(config),
      description:
        'Mythical Mysfits: browse, like and adopt mysfits; sign up and sign in. Like, adopt and /auth/me need a Cognito ID token in Authorization.',
      version: '1.0.0',
    },
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths,
    securityDefinitions: {
      [AUTHORIZER]: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools', providerARNs: [v('UserPoolArn')] },
      },
    },
    definitions: DEFINITIONS as unknown as OpenAPIV2.DefinitionsObject,
    'x-amazon-apigateway-request-validators': {
      [VALIDATOR]: { validateRequestBody: false, validateRequestParameters: true },
      [BODY_VALIDATOR]: { validateRequestBody: true, validateRequestParameters: true },
    },
    'x-amazon-apigateway-request-validator': VALIDATOR,
    'x-amazon-apigateway-gateway-responses': gatewayResponses(),
  };
}

/** Paths and methods, for summaries: `GET /mysfits` ... */
export function routeList(config: Config): string[] {
  return OPERATION_IDS.filter((id) => operationEnabled(id, config)).map((id) => {
    const op: OperationSpec = OPERATIONS[id];
    return `${op.method} ${op.path}${op.token ? ' (auth)' : ''}`;
  });
}
