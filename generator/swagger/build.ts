// The API as a Swagger 2.0 document with API Gateway extensions: the Body of api.yml's RestApi,
// and the standalone api-swagger.json of seed 001. Built from one table of routes, so the
// integration, CORS, auth and documented responses of a route cannot drift apart.
//
// Values known only after deployment appear as `${Name}` variables named after main.yml's
// outputs (SWAGGER_VARIABLES); render.ts turns them into `Fn::Sub` for the template or into the
// concrete values of a deployed stack.
//
// Differences from the seed's api-swagger.json, on purpose:
//  - integrations are `http` (not `http_proxy`) so API Gateway itself adds the CORS origin to every
//    answer; the backend's status codes are mapped one by one, and one it does not declare becomes
//    a 502 instead of passing for a success;
//  - CORS allows the site's origin only, not `*`;
//  - the Authorization header is passed on to the service, which verifies the token again;
//  - request parameters are validated, and API Gateway's own errors (401, 429, ...) are JSON in
//    the service's error shape with CORS headers, so the site can read them.
import type { OpenAPIV2 } from 'openapi-types';
import type { Config } from '../config/load.js';
import { INDEXES } from '../../service/src/data/table.js';
import type { GatewayResponse, Integration, Operation, OperationExtensions, SwaggerDocument } from './types.js';

/** Deployment-time values in the document, named as main.yml's outputs that provide them. */
export const SWAGGER_VARIABLES = {
  VpcLinkId: 'the API Gateway VPC link to the internal load balancer',
  LoadBalancerDnsName: "the internal load balancer's DNS name",
  UserPoolArn: 'the Cognito user pool that signs tokens for like and adopt',
  SiteUrl: "the site's URL, the only origin CORS allows",
} as const;
export type SwaggerVariable = keyof typeof SWAGGER_VARIABLES;

const v = (name: SwaggerVariable): string => `\${${name}}`;

/** The security definition of the Cognito authorizer. */
export const AUTHORIZER = 'CognitoUserPool';
/** The request validator every operation uses. */
const VALIDATOR = 'parameters';

type Method = 'get' | 'post';

interface Route {
  readonly path: string;
  readonly method: Method;
  readonly operationId: string;
  readonly summary: string;
  /** Requires a Cognito token. */
  readonly auth?: boolean;
  readonly query?: readonly OpenAPIV2.GeneralParameterObject[];
  /** Schema of a 200 answer (a definition name). */
  readonly ok?: string;
  /** Error statuses the service answers on this route, with what each means here. */
  readonly errors: Readonly<Record<string, string>>;
}

const UNAVAILABLE = {
  '500': 'The service failed.',
  '503': 'The service is starting or shutting down.',
};

const FILTERS = Object.keys(INDEXES).map((index) => index.replace(/Index$/, ''));

const ROUTES: readonly Route[] = [
  {
    path: '/',
    method: 'get',
    operationId: 'health',
    summary: 'Health check of the service (no database call).',
    ok: 'Health',
    errors: UNAVAILABLE,
  },
  {
    path: '/mysfits',
    method: 'get',
    operationId: 'listMysfits',
    summary: 'All mysfits, or those matching one filter.',
    query: [
      {
        name: 'filter',
        in: 'query',
        type: 'string',
        required: false,
        // The values go in words, not `enum`: the service answers 400 for others itself, and an
        // import with --fail-on-warnings should meet nothing API Gateway only half supports.
        description: `Attribute to filter on (uses its index): ${FILTERS.join(' or ')}; requires value.`,
      },
      {
        name: 'value',
        in: 'query',
        type: 'string',
        required: false,
        description: 'Value of the filter attribute, like Good or Chaotic.',
      },
    ],
    ok: 'MysfitList',
    errors: { '400': 'Unknown filter, or a filter without a value.', ...UNAVAILABLE },
  },
  {
    path: '/mysfits/{mysfitId}',
    method: 'get',
    operationId: 'getMysfit',
    summary: 'The profile of one mysfit.',
    ok: 'MysfitProfile',
    errors: { '404': 'No mysfit has this id.', ...UNAVAILABLE },
  },
  {
    path: '/mysfits/{mysfitId}/like',
    method: 'post',
    operationId: 'likeMysfit',
    summary: 'Add one like (signed-in users).',
    auth: true,
    errors: {
      '401': 'No valid token (checked by the authorizer, then by the service).',
      '404': 'No mysfit has this id.',
      '413': 'Request body too large.',
      ...UNAVAILABLE,
    },
  },
  {
    path: '/mysfits/{mysfitId}/adopt',
    method: 'post',
    operationId: 'adoptMysfit',
    summary: 'Adopt a mysfit (signed-in users; each mysfit once).',
    auth: true,
    errors: {
      '401': 'No valid token (checked by the authorizer, then by the service).',
      '404': 'No mysfit has this id.',
      '409': 'Already adopted.',
      '413': 'Request body too large.',
      ...UNAVAILABLE,
    },
  },
];

/** The status a backend answer the route does not declare becomes. */
const UNDECLARED = '502';
const ALLOWED_HEADERS = 'Content-Type,Authorization';
/** How long browsers may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

const quoted = (s: string): string => `'${s}'`;
const ORIGIN_HEADER = 'Access-Control-Allow-Origin';
const corsHeader = { [ORIGIN_HEADER]: { type: 'string' } };
const corsMapping = { [`method.response.header.${ORIGIN_HEADER}`]: quoted(v('SiteUrl')) };

const pathParameters = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

function parametersOf(route: Route): OpenAPIV2.Parameters {
  const params: OpenAPIV2.Parameter[] = pathParameters(route.path).map((name) => ({
    name,
    in: 'path',
    type: 'string',
    required: true,
    description: 'Id of the mysfit.',
  }));
  params.push(...(route.query ?? []));
  if (route.auth) {
    params.push({
      name: 'Authorization',
      in: 'header',
      type: 'string',
      required: true,
      description: "The user's Cognito ID token, as is (the authorizer reads the raw token).",
    });
  }
  return params;
}

function integrationOf(route: Route): Integration {
  const requestParameters: Record<string, string> = {};
  for (const p of parametersOf(route) as OpenAPIV2.GeneralParameterObject[]) {
    const where = p.in === 'query' ? 'querystring' : p.in;
    requestParameters[`integration.request.${where}.${p.name}`] = `method.request.${where}.${p.name}`;
  }
  const responses: Integration['responses'] = {
    '2\\d{2}': { statusCode: '200', responseParameters: corsMapping },
    ...Object.fromEntries(
      Object.keys(route.errors).map((code) => [code, { statusCode: code, responseParameters: corsMapping }]),
    ),
    default: { statusCode: UNDECLARED, responseParameters: corsMapping },
  };
  return {
    type: 'http',
    httpMethod: route.method.toUpperCase() as Integration['httpMethod'],
    uri: `http://${v('LoadBalancerDnsName')}${route.path}`,
    connectionType: 'VPC_LINK',
    connectionId: v('VpcLinkId'),
    ...(Object.keys(requestParameters).length > 0 ? { requestParameters } : {}),
    passthroughBehavior: 'when_no_templates',
    timeoutInMillis: 29000,
    responses,
  };
}

function operationOf(route: Route): Operation {
  const errorResponse = (description: string): OpenAPIV2.ResponseObject => ({
    description,
    schema: { $ref: '#/definitions/Error' },
    headers: corsHeader,
  });
  return {
    operationId: route.operationId,
    summary: route.summary,
    produces: ['application/json'],
    ...(parametersOf(route).length > 0 ? { parameters: parametersOf(route) } : {}),
    ...(route.auth ? { security: [{ [AUTHORIZER]: [] }] } : {}),
    responses: {
      '200': {
        description: 'Success.',
        ...(route.ok ? { schema: { $ref: `#/definitions/${route.ok}` } } : {}),
        headers: corsHeader,
      },
      ...Object.fromEntries(Object.entries(route.errors).map(([code, text]) => [code, errorResponse(text)])),
      [UNDECLARED]: errorResponse('The service answered with a status this API does not declare.'),
    },
    'x-amazon-apigateway-request-validator': VALIDATOR,
    'x-amazon-apigateway-integration': integrationOf(route),
  };
}

/** The CORS preflight of a path: answered by API Gateway itself, for the site's origin only. */
function preflightOf(path: string, methods: readonly Method[]): Operation {
  const allowed = [...methods.map((m) => m.toUpperCase()), 'OPTIONS'].join(',');
  const headers = {
    [ORIGIN_HEADER]: { type: 'string' },
    'Access-Control-Allow-Methods': { type: 'string' },
    'Access-Control-Allow-Headers': { type: 'string' },
    'Access-Control-Max-Age': { type: 'string' },
  };
  return {
    operationId: `preflight${path.replace(/[^A-Za-z]+(.)?/g, (_, c?: string) => (c ?? '').toUpperCase()) || 'Root'}`,
    summary: 'CORS preflight.',
    produces: ['application/json'],
    ...(pathParameters(path).length > 0
      ? { parameters: pathParameters(path).map((name) => ({ name, in: 'path', type: 'string', required: true })) }
      : {}),
    responses: { '200': { description: 'Preflight answer.', headers } },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      passthroughBehavior: 'when_no_match',
      responses: {
        default: {
          statusCode: '200',
          responseParameters: {
            ...corsMapping,
            'method.response.header.Access-Control-Allow-Methods': quoted(allowed),
            'method.response.header.Access-Control-Allow-Headers': quoted(ALLOWED_HEADERS),
            'method.response.header.Access-Control-Max-Age': quoted(PREFLIGHT_MAX_AGE),
          },
          responseTemplates: { 'application/json': '' },
        },
      },
    },
  };
}

/** API Gateway's own answers: JSON in the service's `{ error, message }` shape, with CORS. */
function gatewayResponse(statusCode?: string, message = '$context.error.messageString'): GatewayResponse {
  return {
    ...(statusCode ? { statusCode } : {}),
    responseParameters: {
      [`gatewayresponse.header.${ORIGIN_HEADER}`]: quoted(v('SiteUrl')),
      'gatewayresponse.header.Access-Control-Allow-Headers': quoted(ALLOWED_HEADERS),
    },
    responseTemplates: {
      'application/json': `{"error":"$context.error.responseType","message":${message}}`,
    },
  };
}

/** The fields of a mysfit in the list (the seed's JSON shape). */
const MYSFIT_SUMMARY: Record<string, OpenAPIV2.SchemaObject> = {
  mysfitId: { type: 'string' },
  name: { type: 'string' },
  species: { type: 'string' },
  goodevil: { type: 'string' },
  lawchaos: { type: 'string' },
  thumbImageUri: { type: 'string' },
};

const definitions: OpenAPIV2.DefinitionsObject = {
  Error: {
    type: 'object',
    required: ['error', 'message'],
    properties: { error: { type: 'string' }, message: { type: 'string' } },
  },
  Health: { type: 'object', properties: { status: { type: 'string' } } },
  Mysfit: { type: 'object', required: ['mysfitId', 'name'], properties: MYSFIT_SUMMARY },
  MysfitList: {
    type: 'object',
    required: ['mysfits'],
    properties: { mysfits: { type: 'array', items: { $ref: '#/definitions/Mysfit' } } },
  },
  // A profile is the summary plus the details and the visitors' state.
  MysfitProfile: {
    type: 'object',
    required: ['mysfitId', 'name'],
    properties: {
      ...MYSFIT_SUMMARY,
      description: { type: 'string' },
      age: { type: 'integer' },
      profileImageUri: { type: 'string' },
      likes: { type: 'integer' },
      adopted: { type: 'boolean' },
    },
  },
};

/** The API's document, with `${Name}` variables (SWAGGER_VARIABLES) for deployment-time values. */
export function buildSwagger(config: Config): SwaggerDocument {
  const paths: SwaggerDocument['paths'] = {};
  for (const path of [...new Set(ROUTES.map((r) => r.path))]) {
    const routes = ROUTES.filter((r) => r.path === path);
    const item: OpenAPIV2.PathItemObject<OperationExtensions> = {};
    for (const route of routes) item[route.method as OpenAPIV2.HttpMethods] = operationOf(route);
    item.options = preflightOf(
      path,
      routes.map((r) => r.method),
    );
    paths[path] = item;
  }
  return {
    swagger: '2.0',
    info: {
      title: `${config.appName}-api`,
      description:
        'Mythical Mysfits: browse, like and adopt mysfits. Like and adopt need a Cognito ID token in Authorization.',
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
    definitions,
    'x-amazon-apigateway-request-validators': {
      [VALIDATOR]: { validateRequestBody: false, validateRequestParameters: true },
    },
    'x-amazon-apigateway-request-validator': VALIDATOR,
    'x-amazon-apigateway-gateway-responses': {
      DEFAULT_4XX: gatewayResponse(),
      DEFAULT_5XX: gatewayResponse(),
      // No IAM auth here, so "missing authentication token" only ever means "no such route".
      MISSING_AUTHENTICATION_TOKEN: gatewayResponse('404', '"No such route."'),
    },
  };
}

/** Paths and methods, for summaries: `GET /mysfits` ... */
export function routeList(): string[] {
  return ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}${r.auth ? ' (auth)' : ''}`);
}
