// api.yml: the public front door. Rebuilt from the tutorial's create-vpc-link, import-rest-api
// (a Swagger file with REPLACE_ME_* values edited by hand) and create-deployment steps
// (seeds 000, 001): the Swagger is generated and validated (generator/swagger/), its
// deployment-time values are `Fn::Sub`, the stage is throttled and logged, and a new deployment
// is made whenever the Swagger changes.
import { createHash } from 'node:crypto';
import type { Config } from '../config/load.js';
import { ref, sub, type Intrinsic } from '../core/intrinsics.js';
import type { Suppression } from '../core/suppressions.js';
import { Template, type Resource } from '../core/template.js';
import {
  apiName,
  buildSwagger,
  operationEnabled,
  routeList,
  swaggerVariables,
  type SwaggerVariable,
} from '../swagger/build.js';
import { lambdaFunction } from './lambda.js';
import { apiAlarms } from './alarms.js';
import { REST_ACCESS_LOG } from './access-logs.js';
import { toCloudFormation } from '../swagger/render.js';
import { OPERATIONS, OPERATION_IDS, type OperationSpec } from '../../service/src/contract/operations.js';
import {
  allow,
  arn,
  assumedBy,
  headerFor,
  policyDocument,
  logGroupSettings,
  retentionDays,
  siteUrlParameter,
} from './common.js';
import { LISTENER_PORT } from './core.js';
import { analyticsEnabled, apiTracing } from '../config/api.js';

/**
 * The stage's method settings: the whole stage, then each `auth` operation of the contract more
 * tightly (public, and each call reaches Cognito). A method's settings replace the stage's for it,
 * so each entry repeats the logging and metrics.
 */
function methodSettings(config: Config) {
  const { api } = config;
  const common = { LoggingLevel: 'ERROR', DataTraceEnabled: false, MetricsEnabled: true };
  const tighter = OPERATION_IDS.filter((id) => operationEnabled(id, config))
    .map((id): OperationSpec => OPERATIONS[id])
    .filter((op) => op.throttle !== undefined);
  return [
    {
      ResourcePath: '/*',
      HttpMethod: '*',
      ThrottlingRateLimit: api.throttling.rateLimit,
      ThrottlingBurstLimit: api.throttling.burstLimit,
      ...common,
    },
    ...tighter.map((op) => ({
      // MethodSettings write a path's every "/" as "~1" after a leading "/": /~1auth~1signup.
      ResourcePath: `/${op.path.replace(/\//g, '~1')}`,
      HttpMethod: op.method,
      ThrottlingRateLimit: api.throttling[op.throttle!].rateLimit,
      ThrottlingBurstLimit: api.throttling[op.throttle!].burstLimit,
      ...common,
    })),
  ];
}

export function buildApi(config: Config): Template {
  const { api } = config;
  const lambda = config.service.compute === 'lambda';
  const t = new Template({
    description: `Mythical Mysfits API: REST API (${routeList(config).join(', ')}) ${lambda ? 'proxied to the service function' : 'over a VPC link (V2) to the internal load balancer'}, Cognito authorizer, stage "${api.stageName}" throttled at ${api.throttling.rateLimit} rps with access logs.`,
    header: [
      ...headerFor('api.yml', 'api'),
      '',
      'The API. Its Body is the generated Swagger (also written as api-swagger.json), validated against',
      'Swagger 2.0 and the API Gateway extensions schema on every generate.',
    ],
  });

  const service = lambda ? functionBackend(t) : loadBalancerBackend(t, config);
  const userPoolArn = userPoolArnParameter(t);
  const siteUrl = siteUrlParameter(t);
  t.parameterGroup('Service (service stack)', service.parameters);
  t.parameterGroup('Sign-in and site (cognito and site stacks)', [userPoolArn, siteUrl]);
  if (analyticsEnabled(config)) {
    t.parameterGroup('Click analytics (analytics stack)', [
      t.parameter('ClicksStreamName', {
        Type: 'String',
        Description: 'The Firehose stream POST /clicks writes to (analytics stack output ClicksStreamName).',
        label: 'Click stream',
        AllowedPattern: '^[a-zA-Z0-9_.-]{1,64}$',
        ConstraintDescription: 'a Firehose delivery stream name',
      }),
      t.parameter('ClicksRoleArn', {
        Type: 'String',
        Description: 'The role API Gateway writes to that stream with (analytics stack output ClicksRoleArn).',
        label: 'Click stream role ARN',
        AllowedPattern: '^arn:[a-z-]+:iam::\\d{12}:role/.+$',
        ConstraintDescription: 'an IAM role ARN',
      }),
    ]);
  }

  const body = toCloudFormation(buildSwagger(config), service.names);
  const restApi = t.resource('RestApi', {
    Type: 'AWS::ApiGateway::RestApi',
    nameTag: 'api',
    comment:
      'The generated Swagger as Body (Fn::Sub for the link, load balancer and pool); an import warning fails the stack.',
    suppress: [
      {
        rule: 'AwsSolutions-APIG2',
        reason:
          "Validation is declared in the Swagger Body (x-amazon-apigateway-request-validator on every method), which the rule does not read: API Gateway checks each method's parameters, and the service checks bodies against the same contract so its 400s carry the contract's error codes.",
      },
    ],
    Properties: {
      Body: body,
      FailOnWarnings: true,
      EndpointConfiguration: { Types: ['REGIONAL'] },
    },
  });

  const dependencies: Resource<'AWS::ApiGateway::Account' | 'AWS::Logs::LogGroup' | 'AWS::Lambda::Permission'>[] = [];
  if (api.accountCloudWatchRole) {
    const cloudWatchRole = t.resource('ApiGatewayCloudWatchRole', {
      Type: 'AWS::IAM::Role',
      comment:
        'Account setting REST API logging needs; logs of this account and region only. Retained: other APIs may rely on it.',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      suppress: [
        {
          rule: 'AwsSolutions-IAM5',
          findings: ['Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:*'],
          reason:
            "The account's one API Gateway logging role (AWS::ApiGateway::Account) serves every REST API of the account in this region, whose log groups this stack cannot know; AWS's own AmazonAPIGatewayPushToCloudWatchLogs policy grants the same on every resource.",
        },
      ],
      Properties: {
        AssumeRolePolicyDocument: assumedBy('apigateway.amazonaws.com'),
        Policies: [
          {
            PolicyName: 'write-api-logs',
            PolicyDocument: policyDocument(
              allow(
                'ApiGatewayLogsInThisRegion',
                [
                  'logs:CreateLogGroup',
                  'logs:CreateLogStream',
                  'logs:DescribeLogGroups',
                  'logs:DescribeLogStreams',
                  'logs:PutLogEvents',
                  'logs:GetLogEvents',
                  'logs:FilterLogEvents',
                ],
                [arn('logs', 'log-group:*')],
              ),
            ),
          },
        ],
      },
    });
    dependencies.push(
      t.resource('ApiGatewayAccount', {
        Type: 'AWS::ApiGateway::Account',
        comment:
          'Sets that role for API Gateway in this account and region: stages refuse access and execution logs without one.',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { CloudWatchRoleArn: cloudWatchRole.getAtt('Arn') },
      }),
    );
  }

  const accessLogGroup = t.resource('AccessLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `One JSON line per request (status, latency, integration and authorizer errors), kept ${retentionDays(config)} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });
  dependencies.push(
    t.resource('ExecutionLogGroup', {
      Type: 'AWS::Logs::LogGroup',
      comment: `Made ahead of API Gateway (which would make it without retention) for ERROR-level execution logs, kept ${retentionDays(config)} days.`,
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
      Properties: {
        LogGroupName: sub(`API-Gateway-Execution-Logs_\${RestApi}/${api.stageName}`),
        ...logGroupSettings(config),
      },
    }),
  );

  // A deployment is a snapshot of what the API serves: the Swagger, and the values filled into
  // it at deploy time. Either changing makes a new one (see functions/api-deployment).
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  const deployFunction = lambdaFunction(t, config, {
    id: 'ApiDeploymentFunction',
    invokedBy: 'cloudformation',
    asset: 'api-deployment',
    comment:
      'Deploys the API again whenever the Swagger or a value filled into it changes, so the stage never serves a stale one.',
    description: 'Creates the API deployment the stage serves (custom resource of the API stack).',
    timeoutSeconds: 30,
    memoryMb: 128,
    statements: [
      allow(
        'DeployThisApi',
        ['apigateway:POST', 'apigateway:DELETE'],
        [
          sub('arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${RestApi}/deployments'),
          sub('arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${RestApi}/deployments/*'),
        ],
      ),
    ],
    roleSuppressions: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: ['Resource::arn:<AWS::Partition>:apigateway:<AWS::Region>::/restapis/<RestApi>/deployments/*'],
        reason:
          'Deployments of this API only: the function deletes the deployments it made, whose ids API Gateway assigns when it makes them, so the ARN cannot name them in advance.',
      },
    ],
  });
  const deployment = t.resource('ApiDeployment', {
    Type: 'Custom::ApiDeployment',
    comment:
      'The deployment the stage serves: made again when the Swagger (BodyHash) or any value filled into it (Values) changes; the tutorial redeployed by hand.',
    Properties: {
      ServiceToken: deployFunction.getAtt('Arn'),
      // CloudFormation gives up on an unanswered custom resource after this long instead of an hour.
      ServiceTimeout: 120,
      RestApiId: restApi.ref(),
      BodyHash: hash,
      Values: Object.fromEntries(
        swaggerVariables(config).map((name) => [name, ref(service.names[name] ?? name)]),
      ) as Record<string, Intrinsic>,
    },
  });

  // The function may be invoked by this API's stage only (any method and path of it).
  const permission = lambda
    ? t.resource('ServiceInvokePermission', {
        Type: 'AWS::Lambda::Permission',
        comment: `Lets this API's "${api.stageName}" stage (and nothing else) invoke the service function.`,
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: ref('ServiceFunctionArn'),
          Principal: 'apigateway.amazonaws.com',
          SourceArn: arn('execute-api', `\${RestApi}/${api.stageName}/*`),
        },
      })
    : undefined;
  if (permission) dependencies.push(permission);

  const wafOff: Suppression[] = api.waf
    ? []
    : (['AwsSolutions-APIG3', 'NIST.800.53.R5-APIGWAssociatedWithWAF'] as const).map((rule) => ({
        rule,
        reason:
          'No web ACL by default (api.waf: false): one costs about $8 a month before requests, and the stage is already throttled per method with every call authorised or validated; api.waf: true adds AWS managed rules.',
      }));
  const stage = t.resource('Stage', {
    Type: 'AWS::ApiGateway::Stage',
    nameTag: 'api',
    ...(wafOff.length ? { suppress: wafOff } : {}),
    comment: `Stage "${api.stageName}": throttled (${api.throttling.rateLimit} rps, burst ${api.throttling.burstLimit}; each /auth/* operation ${api.throttling.auth.rateLimit} rps, burst ${api.throttling.auth.burstLimit}), access and error logs; the tutorial had neither.`,
    DependsOn: dependencies,
    Properties: {
      RestApiId: restApi.ref(),
      StageName: api.stageName,
      DeploymentId: deployment.getAtt('DeploymentId'),
      Description: 'The live stage of the Mythical Mysfits API',
      MethodSettings: methodSettings(config),
      AccessLogSetting: { DestinationArn: accessLogGroup.getAtt('Arn'), Format: JSON.stringify(REST_ACCESS_LOG) },
      TracingEnabled: apiTracing(config) === 'all',
    },
  });

  if (api.waf) webAcl(t, config, stage);

  apiAlarms(t, config, { rest: { name: apiName(config), stage: api.stageName } });

  t.output('ApiUrl', {
    Description: 'Base URL of the API (the site calls it).',
    Value: sub(`https://\${RestApi}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/\${${stage.id}}`),
  });
  t.output('RestApiId', { Description: 'The REST API.', Value: restApi.ref() });
  if (service.vpcLink) {
    t.output('VpcLinkId', { Description: 'The VPC link to the load balancer.', Value: service.vpcLink.ref() });
  }
  t.output('StageName', { Description: 'The deployed stage.', Value: stage.ref() });
  t.output('AccessLogGroupName', { Description: 'Access logs of the stage.', Value: accessLogGroup.ref() });
  return t;
}

/** The user pool of the authorizer (cognito stack output UserPoolArn). */
export function userPoolArnParameter(t: Template) {
  return t.parameter('UserPoolArn', {
    Type: 'String',
    Description: 'User pool of the authorizer on like, adopt and /auth/me (cognito stack output UserPoolArn).',
    label: 'User pool ARN',
    AllowedPattern: '^arn:[a-z-]+:cognito-idp:[a-z0-9-]+:\\d{12}:userpool/[\\w-]+_[0-9a-zA-Z]+$',
    ConstraintDescription: 'a Cognito user pool ARN',
  });
}

/**
 * Fargate: the VPC link (V2) into the private subnets, its security group, and where the
 * integrations send requests. A V2 link is a set of API Gateway network interfaces in the
 * subnets (a V1 link was a PrivateLink endpoint service on the load balancer, which held the
 * load balancer's delete until the link was gone); the integrations name the load balancer with
 * integrationTarget. The network load balancer stays: see docs/architecture.md ("VPC link").
 */
export function loadBalancerBackend(t: Template, config: Config) {
  const loadBalancerArn = t.parameter('LoadBalancerArn', {
    Type: 'String',
    Description:
      'The internal network load balancer the integrations target over the VPC link (core stack output LoadBalancerArn).',
    label: 'Load balancer ARN',
    AllowedPattern: '^arn:[a-z-]+:elasticloadbalancing:[a-z0-9-]+:\\d{12}:loadbalancer/net/.+$',
    ConstraintDescription: 'a network load balancer ARN',
  });
  const loadBalancerDnsName = t.parameter('LoadBalancerDnsName', {
    Type: 'String',
    Description:
      "The load balancer's DNS name, the Host header of the integration requests (core stack output LoadBalancerDnsName).",
    label: 'Load balancer DNS name',
    AllowedPattern: '^[A-Za-z0-9.-]+$',
    ConstraintDescription: 'a DNS name',
  });
  const link = vpcLinkV2(t, config);
  return {
    parameters: [loadBalancerArn, loadBalancerDnsName, ...link.parameters],
    names: { VpcLinkId: link.vpcLink.id } as Partial<Record<SwaggerVariable, string>>,
    vpcLink: link.vpcLink,
  };
}

/**
 * The VPC link V2 (REST or HTTP API): API Gateway's network interfaces in the two private
 * subnets, with a security group that lets nothing in and only the load balancer's listener port
 * out, to the private subnets (where the load balancer's nodes are).
 */
export function vpcLinkV2(t: Template, config: Config) {
  const vpcId = t.parameter('VpcId', {
    Type: 'AWS::EC2::VPC::Id',
    Description: "The VPC of the load balancer, home of the VPC link's security group (core stack output VpcId).",
    label: 'VPC',
  });
  const subnets = (['One', 'Two'] as const).map((zone, i) =>
    t.parameter(`PrivateSubnet${zone}`, {
      Type: 'AWS::EC2::Subnet::Id',
      Description: `Private subnet ${i + 1}, where the VPC link's network interfaces go (core stack output PrivateSubnet${zone}).`,
      label: `Private subnet ${i + 1}`,
    }),
  );
  const linkSecurityGroup = t.resource('VpcLinkSecurityGroup', {
    Type: 'AWS::EC2::SecurityGroup',
    nameTag: 'vpc-link',
    comment: `The VPC link's network interfaces: nothing in, tcp ${LISTENER_PORT} out to the private subnets only (the load balancer's nodes).`,
    Properties: {
      GroupDescription: `Mysfits API VPC link: tcp ${LISTENER_PORT} to the internal load balancer only`,
      VpcId: vpcId.ref(),
      SecurityGroupEgress: config.network.privateSubnetCidrs.map((cidr, i) => ({
        IpProtocol: 'tcp',
        FromPort: LISTENER_PORT,
        ToPort: LISTENER_PORT,
        CidrIp: cidr,
        Description: `Listener port of the load balancer's node in private subnet ${i + 1}`,
      })),
    },
  });
  const vpcLink = t.resource('VpcLinkV2', {
    Type: 'AWS::ApiGatewayV2::VpcLink',
    comment:
      'Private path from API Gateway into the private subnets, to the internal load balancer: the service has no public entry point.',
    Properties: {
      Name: sub('${AWS::StackName}-service'),
      SubnetIds: subnets.map((s) => s.ref()),
      SecurityGroupIds: [linkSecurityGroup.getAtt('GroupId')],
    },
  });
  return { parameters: [vpcId, ...subnets], vpcLink };
}

/** Lambda: the service function the integrations invoke. */
export function functionBackend(t: Template) {
  const functionArn = t.parameter('ServiceFunctionArn', {
    Type: 'String',
    Description: 'The service function API Gateway invokes (service stack output ServiceFunctionArn).',
    label: 'Service function ARN',
    AllowedPattern: '^arn:[a-z-]+:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$',
    ConstraintDescription: 'a Lambda function ARN',
  });
  return {
    parameters: [functionArn],
    functionArn,
    names: {} as Partial<Record<SwaggerVariable, string>>,
    vpcLink: undefined,
  };
}

/** AWS managed rule groups the API's web ACL runs, in order (each $1 a month). */
const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/**
 * api.waf's per-client rate-based rules (api.wafRateLimits), in order: every request, then tighter
 * the writes, /auth/* and /clicks. A client (one IP) over a limit in the last 5 minutes gets 429
 * until it slows down; the stage's throttles still bound the API as a whole.
 */
export function rateRules(config: Config) {
  const limits = config.api.wafRateLimits;
  const stagePath = (path: string) => `/${config.api.stageName}${path}`;
  const match = (field: Record<string, unknown>, constraint: 'EXACTLY' | 'STARTS_WITH', value: string) => ({
    ByteMatchStatement: {
      FieldToMatch: field,
      PositionalConstraint: constraint,
      SearchString: value,
      TextTransformations: [{ Priority: 0, Type: 'NONE' }],
    },
  });
  return [
    { name: 'RateLimitPerIp', limit: limits.all, what: 'any request', scope: undefined },
    {
      name: 'RateLimitWritesPerIp',
      limit: limits.writes,
      what: 'POST',
      scope: match({ Method: {} }, 'EXACTLY', 'POST'),
    },
    {
      name: 'RateLimitAuthPerIp',
      limit: limits.auth,
      what: '/auth/*',
      scope: match({ UriPath: {} }, 'STARTS_WITH', stagePath('/auth/')),
    },
    ...(analyticsEnabled(config)
      ? [
          {
            name: 'RateLimitClicksPerIp',
            limit: limits.clicks,
            what: '/clicks',
            scope: match({ UriPath: {} }, 'STARTS_WITH', stagePath('/clicks')),
          },
        ]
      : []),
  ];
}

/** api.waf: a regional web ACL on the stage: per-client rate limits, then AWS managed rules; what it blocks is logged. */
function webAcl(t: Template, config: Config, stage: Resource<'AWS::ApiGateway::Stage'>): void {
  const visibility = (name: string) => ({
    SampledRequestsEnabled: true,
    CloudWatchMetricsEnabled: true,
    MetricName: name,
  });
  const rates = rateRules(config);
  const acl = t.resource('WebAcl', {
    Type: 'AWS::WAFv2::WebACL',
    nameTag: 'api',
    comment: `api.waf: per client IP at most ${rates.map((r) => `${r.limit} ${r.what}`).join(', ')} in any 5 minutes (429 beyond), then AWS managed rules (${MANAGED_RULE_GROUPS.join(', ')}); requests they match are blocked.`,
    Properties: {
      Scope: 'REGIONAL',
      Description: 'Mythical Mysfits API: per-client rate limits and AWS managed rules',
      DefaultAction: { Allow: {} },
      VisibilityConfig: visibility('mysfits-api'),
      Rules: [
        ...rates.map((r, i) => ({
          Name: r.name,
          Priority: i,
          Action: { Block: { CustomResponse: { ResponseCode: 429 } } },
          Statement: {
            RateBasedStatement: {
              Limit: r.limit,
              EvaluationWindowSec: 300,
              AggregateKeyType: 'IP',
              ...(r.scope ? { ScopeDownStatement: r.scope } : {}),
            },
          },
          VisibilityConfig: visibility(r.name),
        })),
        ...MANAGED_RULE_GROUPS.map((name, i) => ({
          Name: name,
          Priority: rates.length + i,
          OverrideAction: { None: {} },
          Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } },
          VisibilityConfig: visibility(name),
        })),
      ],
    },
  });
  t.resource('WebAclAssociation', {
    Type: 'AWS::WAFv2::WebACLAssociation',
    comment: 'Puts the web ACL in front of the stage.',
    Properties: {
      ResourceArn: sub(
        `arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/\${RestApi}/stages/\${${stage.id}}`,
      ),
      WebACLArn: acl.getAtt('Arn'),
    },
  });
  const logGroup = t.resource('WafLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `The requests the web ACL blocks (allowed ones are not logged), kept ${retentionDays(config)} days; WAF needs the aws-waf-logs- prefix.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: { LogGroupName: sub('aws-waf-logs-${AWS::StackName}'), ...logGroupSettings(config) },
  });
  t.resource('WafLogging', {
    Type: 'AWS::WAFv2::LoggingConfiguration',
    comment: 'Logs what the web ACL blocks (a flood is logged only while it is refused), not every request.',
    Properties: {
      ResourceArn: acl.getAtt('Arn'),
      // The log group's ARN without the ":*" its Arn attribute ends with, as WAF takes it.
      LogDestinationConfigs: [
        sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${logGroup.id}}`),
      ],
      LoggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }],
          },
        ],
      },
    },
  });
}
