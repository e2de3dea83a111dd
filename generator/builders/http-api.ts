// api.yml with api.type: http: an API Gateway HTTP API (v2) in front of the service, at $1.00 per
// million requests where a REST API costs $3.50. The routes are the contract's operations
// (service/src/contract/operations.ts), each a Lambda proxy integration with payload format 2.0
// (lambda mode: the function's handler answers both 1.0 and 2.0) or an HTTP proxy over the VPC
// link V2 to the internal load balancer's listener (fargate mode); those with a token
// have the JWT authorizer of the user pool (issuer and audience, the app client); CORS for the
// site's origin is API Gateway's own (it answers preflights and replaces the function's CORS
// headers); the stage throttles every route and, tighter, each /auth/* route; access logs one
// JSON line per request. What a REST API has and this does not (request validation, AWS WAF,
// X-Ray, POST /clicks straight to Firehose) is refused at config (generator/config/api.ts) and
// compared in the ops review.
import type { Config } from '../config/load.js';
import { select, split, sub } from '../core/intrinsics.js';
import { Template } from '../core/template.js';
import { operationEnabled, routeList } from '../swagger/build.js';
import { CORS, OPERATIONS, OPERATION_IDS, type OperationSpec } from '../../service/src/contract/operations.js';
import { arn, headerFor, logGroupSettings, retentionDays, siteUrlParameter } from './common.js';
import { apiAlarms } from './alarms.js';
import { HTTP_ACCESS_LOG } from './access-logs.js';
import { functionBackend, userPoolArnParameter, vpcLinkV2 } from './api.js';

/** The stage of an HTTP API that serves at the API's root: the function sees the contract's paths. */
export const HTTP_API_STAGE = '$default';

/** An operation's route key: `POST /mysfits/{mysfitId}/like` (path parameters as in the contract). */
export const routeKey = (op: Pick<OperationSpec, 'method' | 'path'>): string => `${op.method} ${op.path}`;

/** Logical id of an operation's route: RouteLikeMysfit. */
const routeId = (id: string): string => `Route${id[0]!.toUpperCase()}${id.slice(1)}`;

export function buildHttpApi(config: Config): Template {
  const { api } = config;
  const operations = OPERATION_IDS.filter((id) => operationEnabled(id, config)).map(
    (id) => [id, OPERATIONS[id] as OperationSpec] as const,
  );
  const t = new Template({
    description: `Mythical Mysfits API: HTTP API (${routeList(config).join(', ')}) ${config.service.compute === 'lambda' ? 'proxied to the service function (payload 2.0)' : 'over a VPC link (V2) to the internal load balancer'}, JWT authorizer of the user pool, throttled at ${api.throttling.rateLimit} rps with access logs.`,
    header: [
      ...headerFor('api.yml', 'http-api'),
      '',
      'The API (api.type: http): an API Gateway HTTP API whose routes are the contract operations,',
      `each proxied to ${config.service.compute === 'lambda' ? 'the service function' : 'the load balancer over a VPC link V2'}; the REST API's Swagger is not used.`,
    ],
  });

  const lambda = config.service.compute === 'lambda';
  const service = lambda ? functionBackend(t) : listenerBackend(t, config);
  const userPoolArn = userPoolArnParameter(t);
  const clientId = t.parameter('UserPoolClientId', {
    Type: 'String',
    Description:
      'App client the tokens must be issued to: the audience the authorizer checks (cognito stack output UserPoolClientId).',
    label: 'User pool client id',
    AllowedPattern: '^[\\w+]+$',
    ConstraintDescription: 'an app client id',
  });
  const siteUrl = siteUrlParameter(t);
  t.parameterGroup('Service (service stack)', service.parameters);
  t.parameterGroup('Sign-in and site (cognito and site stacks)', [userPoolArn, clientId, siteUrl]);

  const methods = [...new Set(operations.map(([, op]) => op.method))];
  const httpApi = t.resource('HttpApi', {
    Type: 'AWS::ApiGatewayV2::Api',
    comment: `HTTP API; CORS for the site's origin only (API Gateway answers preflights, ${CORS.maxAgeSeconds} s max age, and sets the CORS headers of every answer).`,
    Properties: {
      Name: sub('${AWS::StackName}'),
      Description: `Mythical Mysfits API (HTTP API, proxied to the service ${lambda ? 'function' : 'over a VPC link'})`,
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: [siteUrl.ref()],
        AllowMethods: [...methods, 'OPTIONS'],
        AllowHeaders: [...CORS.allowHeaders],
        ExposeHeaders: [...CORS.exposeHeaders],
        MaxAge: CORS.maxAgeSeconds,
      },
    },
  });

  const poolId = select(1, split('/', userPoolArn.ref()));
  const authorizer = t.resource('JwtAuthorizer', {
    Type: 'AWS::ApiGatewayV2::Authorizer',
    comment:
      "Checks the ID token of like, adopt and /auth/me: signed by the user pool (issuer) and issued to the site's app client (audience); the service checks it again.",
    Properties: {
      ApiId: httpApi.ref(),
      Name: 'CognitoUserPool',
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: sub('https://cognito-idp.${AWS::Region}.${AWS::URLSuffix}/${PoolId}', { PoolId: poolId }),
        Audience: [clientId.ref()],
      },
    },
  });

  const integration = t.resource('ServiceIntegration', {
    Type: 'AWS::ApiGatewayV2::Integration',
    comment: service.functionArn
      ? 'Lambda proxy to the service function, payload format 2.0; gives up after 29 s as a REST API does.'
      : "HTTP proxy over the VPC link to the load balancer's listener (the request's method and path as they came: the $default stage adds no prefix); gives up after 29 s as a REST API does.",
    Properties: service.functionArn
      ? {
          ApiId: httpApi.ref(),
          IntegrationType: 'AWS_PROXY',
          IntegrationUri: service.functionArn.ref(),
          PayloadFormatVersion: '2.0',
          TimeoutInMillis: 29000,
        }
      : {
          ApiId: httpApi.ref(),
          IntegrationType: 'HTTP_PROXY',
          IntegrationMethod: 'ANY',
          IntegrationUri: service.listenerArn.ref(),
          ConnectionType: 'VPC_LINK',
          ConnectionId: service.vpcLink.ref(),
          PayloadFormatVersion: '1.0',
          TimeoutInMillis: 29000,
        },
  });
  const target = sub(`integrations/\${${integration.id}}`);

  const routes = operations.map(([id, op]) =>
    t.resource(routeId(id), {
      Type: 'AWS::ApiGatewayV2::Route',
      comment: op.token
        ? `${routeKey(op)}: needs a valid ID token (JWT authorizer).`
        : `${routeKey(op)}: public, as in the contract.`,
      ...(op.token
        ? {}
        : {
            suppress: [
              {
                rule: 'AwsSolutions-APIG4',
                reason: `Public by the API contract (${routeKey(op)} takes no token: browsing${op.throttle === 'auth' ? ', or the sign-up and sign-in that obtain one' : ''}); throttled by the stage.`,
              },
            ],
          }),
      Properties: {
        ApiId: httpApi.ref(),
        RouteKey: routeKey(op),
        Target: target,
        ...(op.token ? { AuthorizationType: 'JWT', AuthorizerId: authorizer.ref() } : { AuthorizationType: 'NONE' }),
      },
    }),
  );
  const fallback = t.resource('RouteDefault', {
    Type: 'AWS::ApiGatewayV2::Route',
    comment:
      'Every other method and path to the service, so an unknown path is the service\'s 404 and a wrong method its 405 (JSON with the contract\'s error codes), not API Gateway\'s plain {"message":"Not Found"}.',
    suppress: [
      {
        rule: 'AwsSolutions-APIG4',
        reason:
          'No operation lives here: the service answers every request of this route with its 404 or 405 (the authorized routes are matched first, by their more specific keys).',
      },
    ],
    Properties: { ApiId: httpApi.ref(), RouteKey: '$default', Target: target, AuthorizationType: 'NONE' },
  });

  const accessLogGroup = t.resource('AccessLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `One JSON line per request (route, status, latency, integration and authorizer errors), kept ${retentionDays(config)} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });

  const tighter = operations.filter(([, op]) => op.throttle !== undefined);
  const stage = t.resource('Stage', {
    Type: 'AWS::ApiGatewayV2::Stage',
    comment: `Stage ${HTTP_API_STAGE} (the API's root URL), deployed on every change: throttled (${api.throttling.rateLimit} rps, burst ${api.throttling.burstLimit} for the API; each /auth/* route ${api.throttling.auth.rateLimit} rps, burst ${api.throttling.auth.burstLimit}), access logs.`,
    DependsOn: [...routes, fallback],
    Properties: {
      ApiId: httpApi.ref(),
      StageName: HTTP_API_STAGE,
      AutoDeploy: true,
      Description: 'The live stage of the Mythical Mysfits API',
      DefaultRouteSettings: {
        ThrottlingRateLimit: api.throttling.rateLimit,
        ThrottlingBurstLimit: api.throttling.burstLimit,
        DetailedMetricsEnabled: true,
      },
      RouteSettings: Object.fromEntries(
        tighter.map(([, op]) => [
          routeKey(op),
          {
            ThrottlingRateLimit: api.throttling[op.throttle!].rateLimit,
            ThrottlingBurstLimit: api.throttling[op.throttle!].burstLimit,
            DetailedMetricsEnabled: true,
          },
        ]),
      ),
      AccessLogSettings: { DestinationArn: accessLogGroup.getAtt('Arn'), Format: JSON.stringify(HTTP_ACCESS_LOG) },
    },
  });

  if (service.functionArn) {
    t.resource('ServiceInvokePermission', {
      Type: 'AWS::Lambda::Permission',
      comment: 'Lets this HTTP API (and nothing else) invoke the service function, on any of its routes.',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: service.functionArn.ref(),
        Principal: 'apigateway.amazonaws.com',
        SourceArn: arn('execute-api', '${HttpApi}/*'),
      },
    });
  }

  apiAlarms(t, config, { http: { id: httpApi.ref(), stage: HTTP_API_STAGE } });

  t.output('ApiUrl', {
    Description: 'Base URL of the API (the site calls it).',
    Value: httpApi.getAtt('ApiEndpoint'),
  });
  t.output('HttpApiId', { Description: 'The HTTP API.', Value: httpApi.ref() });
  if (service.vpcLink) {
    t.output('VpcLinkId', { Description: 'The VPC link (V2) to the load balancer.', Value: service.vpcLink.ref() });
  }
  t.output('StageName', { Description: 'The deployed stage.', Value: stage.ref() });
  t.output('AccessLogGroupName', { Description: 'Access logs of the stage.', Value: accessLogGroup.ref() });
  return t;
}

/**
 * Fargate: the VPC link V2 and the load balancer's listener, which an HTTP API's private
 * integration names (a REST API names the load balancer itself).
 */
function listenerBackend(t: Template, config: Config) {
  const listenerArn = t.parameter('ListenerArn', {
    Type: 'String',
    Description:
      "The internal load balancer's listener the integration sends requests to over the VPC link (core stack output ListenerArn).",
    label: 'Load balancer listener ARN',
    AllowedPattern: '^arn:[a-z-]+:elasticloadbalancing:[a-z0-9-]+:\\d{12}:listener/net/.+$',
    ConstraintDescription: 'a network load balancer listener ARN',
  });
  const link = vpcLinkV2(t, config);
  return {
    parameters: [listenerArn, ...link.parameters],
    functionArn: undefined,
    listenerArn,
    vpcLink: link.vpcLink,
  };
}
