// What the internet can reach, read from the templates: CloudFront, API stages, internet-facing
// load balancers, public subnets, public buckets, Cognito's public endpoints, function URLs,
// functions others may invoke and security groups open to the world; each with what protects
// it. Things that look exposed but are not (an internal load balancer, a private bucket, a
// function only one API may invoke) are listed too, so the reviewer sees them checked.
//
// A table of rules (EXPOSURE_RULES), one per resource type, each with its test; CLOSED_TYPES
// names the types that nothing outside the account can reach by themselves, with why. A resource
// of any other type is listed as not checked, never skipped without a word.
import type { ParsedResource } from '../core/parse.js';
import { asArray, referencesOf, show, type ReviewTemplate } from './model.js';
import type { RuleInfo } from './rules.js';

export interface Exposure {
  /** The id of the rule that found it (EXP001...). */
  readonly rule: string;
  readonly file: string;
  readonly id: string;
  readonly type: string;
  readonly what: string;
  readonly protections: readonly string[];
  /** What a reviewer should look at: missing protections. */
  readonly concerns: readonly string[];
}

export interface ExposureReport {
  readonly reachable: readonly Exposure[];
  readonly notReachable: readonly Exposure[];
  /** Resource types no rule checks and none known closed: looked at by nobody. */
  readonly unchecked: readonly { readonly type: string; readonly count: number }[];
}

/** What a rule says of one resource. */
export interface Verdict {
  readonly reachable: boolean;
  readonly what: string;
  readonly protections?: readonly string[];
  readonly concerns?: readonly string[];
  /** Reported for another resource than the one checked (an API's stage). */
  readonly resource?: ParsedResource;
}

/** The template a rule looks into. */
export interface ExposureContext {
  readonly resources: readonly ParsedResource[];
  ofType(type: string): ParsedResource[];
}

export interface ExposureRule extends RuleInfo {
  readonly types: readonly string[];
  check(r: ParsedResource, ctx: ExposureContext): readonly Verdict[];
}

const WORLD = new Set(['0.0.0.0/0', '::/0']);

function refersTo(r: ParsedResource, id: string): boolean {
  return referencesOf(r).some((x) => x.target === id);
}

function bool(v: unknown): boolean {
  return v === true || v === 'true';
}

interface BodyMethod {
  readonly method: string;
  readonly secured: boolean;
  /** Answered by API Gateway itself (a mock integration): no backend behind it. */
  readonly mock: boolean;
  /** An AWS service integration: the action it calls (`firehose:PutRecordBatch`), no backend code. */
  readonly serviceAction?: string;
}

/** The service and action of an AWS integration's URI (`arn:...:apigateway:REGION:SERVICE:action/ACTION`). */
function serviceActionOf(uri: unknown): string | undefined {
  const m = /:apigateway:(?:\$\{[^}]*\}|[^:]+):([\w-]+):action\/(\w+)/.exec(JSON.stringify(uri ?? ''));
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/**
 * The methods of an inline Swagger/OpenAPI body, and which have a security requirement. OPTIONS
 * is left out: CORS preflight requests carry no token by design.
 */
function bodyMethods(body: unknown): BodyMethod[] {
  if (!body || typeof body !== 'object') return [];
  type Op = { security?: unknown[]; 'x-amazon-apigateway-integration'?: { type?: unknown; uri?: unknown } };
  const doc = body as { paths?: Record<string, Record<string, Op>>; security?: unknown[] };
  const out: BodyMethod[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [verb, op] of Object.entries(ops ?? {})) {
      if (!/^(get|put|post|delete|patch|head|x-amazon-apigateway-any-method)$/i.test(verb)) continue;
      const security = op?.security ?? doc.security;
      const name = verb === 'x-amazon-apigateway-any-method' ? 'ANY' : verb.toUpperCase();
      out.push({
        method: `${name} ${path}`,
        secured: Array.isArray(security) && security.length > 0,
        mock: op?.['x-amazon-apigateway-integration']?.type === 'mock',
        ...(op?.['x-amazon-apigateway-integration']?.type === 'aws'
          ? { serviceAction: serviceActionOf(op['x-amazon-apigateway-integration'].uri) ?? 'an AWS service' }
          : {}),
      });
    }
  }
  return out;
}

const cloudFront: ExposureRule = {
  id: 'EXP001',
  description:
    'A CloudFront distribution is public: HTTPS for viewers, origin access to S3, AWS WAF, minimum TLS, security headers and logs are its protections.',
  source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  types: ['AWS::CloudFront::Distribution'],
  check(r) {
    const d = (r.properties.DistributionConfig ?? {}) as Record<string, unknown>;
    const behavior = (d.DefaultCacheBehavior ?? {}) as Record<string, unknown>;
    const protections: string[] = [];
    const concerns: string[] = [];
    const policy = show(behavior.ViewerProtocolPolicy);
    if (policy === 'redirect-to-https' || policy === 'https-only') protections.push(`viewers on HTTPS (${policy})`);
    else concerns.push(`ViewerProtocolPolicy ${policy || 'unset'}: plain HTTP allowed`);
    const origins = asArray(d.Origins) as Record<string, unknown>[];
    if (origins.some((o) => o.OriginAccessControlId !== undefined))
      protections.push('S3 origin readable only through CloudFront (origin access control)');
    else if (origins.some((o) => (o.S3OriginConfig as Record<string, unknown> | undefined)?.OriginAccessIdentity))
      protections.push('S3 origin readable only through CloudFront (origin access identity)');
    if (d.WebACLId !== undefined) protections.push('AWS WAF web ACL');
    else concerns.push('no AWS WAF web ACL');
    const cert = d.ViewerCertificate as Record<string, unknown> | undefined;
    if (cert?.MinimumProtocolVersion) protections.push(`TLS at least ${show(cert.MinimumProtocolVersion)}`);
    if (behavior.ResponseHeadersPolicyId !== undefined) protections.push('response headers policy (security headers)');
    if (d.Logging !== undefined) protections.push('access logs');
    return [
      { reachable: true, what: 'CloudFront distribution: public HTTPS endpoint of the site', protections, concerns },
    ];
  },
};

const restApi: ExposureRule = {
  id: 'EXP002',
  description:
    'A REST API stage is public unless its endpoint is PRIVATE: each method needs an authorizer (or is named as open), plus throttling, WAF and access logs.',
  source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  types: ['AWS::ApiGateway::RestApi', 'AWS::Serverless::Api'],
  check(api, { ofType }) {
    const types = asArray((api.properties.EndpointConfiguration as { Types?: unknown } | undefined)?.Types).map(show);
    if (types.includes('PRIVATE')) {
      return [
        { reachable: false, what: 'REST API with a PRIVATE endpoint: reachable only through interface VPC endpoints' },
      ];
    }
    const stages = ofType('AWS::ApiGateway::Stage').filter((s) => refersTo(s, api.id));
    const protections: string[] = [];
    const concerns: string[] = [];
    const all = bodyMethods(api.properties.Body ?? api.properties.DefinitionBody);
    const mocks = all.filter((m) => m.mock);
    const methods = all.filter((m) => !m.mock);
    for (const a of ofType('AWS::ApiGateway::Authorizer').filter((x) => refersTo(x, api.id))) {
      protections.push(`authorizer ${a.id} (${show(a.properties.Type)})`);
    }
    const bodyAuth = (api.properties.Body as { securityDefinitions?: Record<string, unknown> } | undefined)
      ?.securityDefinitions;
    for (const name of Object.keys(bodyAuth ?? {})) protections.push(`authorizer ${name} (in the API definition)`);
    if (methods.length > 0) {
      const open = methods.filter((m) => !m.secured).map((m) => m.method);
      protections.push(`${methods.length - open.length} of ${methods.length} methods need a token`);
      if (open.length) concerns.push(`public methods (no token): ${open.join(', ')}`);
    }
    for (const m of methods.filter((x) => x.serviceAction)) {
      protections.push(
        `${m.method} calls ${m.serviceAction} directly (AWS service integration with its own role, no backend code)`,
      );
    }
    if (mocks.length > 0) {
      protections.push(`${mocks.length} method(s) answered by API Gateway itself (mock integrations, no backend)`);
    }
    const openMethods = ofType('AWS::ApiGateway::Method').filter(
      (m) =>
        refersTo(m, api.id) &&
        show(m.properties.AuthorizationType) === 'NONE' &&
        show(m.properties.HttpMethod) !== 'OPTIONS',
    );
    if (openMethods.length) concerns.push(`methods without authorization: ${openMethods.map((m) => m.id).join(', ')}`);
    if (api.properties.Policy !== undefined) protections.push('resource policy');
    const wafAssociations = ofType('AWS::WAFv2::WebACLAssociation');
    return (stages.length ? stages : [undefined]).map((s): Verdict => {
      const stageProtections = [...protections];
      const stageConcerns = [...concerns];
      if (s) {
        const settings = asArray(s.properties.MethodSettings) as Record<string, unknown>[];
        const throttled = settings.find(
          (m) => m.ThrottlingRateLimit !== undefined || m.ThrottlingBurstLimit !== undefined,
        );
        if (throttled) {
          stageProtections.push(
            `throttling ${show(throttled.ThrottlingRateLimit)} rps, burst ${show(throttled.ThrottlingBurstLimit)}`,
          );
        } else stageConcerns.push('no stage throttling (account default applies)');
        const tighter = settings.filter((m) => m !== throttled && m.ThrottlingRateLimit !== undefined);
        if (tighter.length) stageProtections.push(`${tighter.length} method(s) throttled on their own`);
        if (s.properties.AccessLogSetting !== undefined) stageProtections.push('access logs');
        else stageConcerns.push('no access logs');
        if (wafAssociations.some((w) => refersTo(w, s.id) || refersTo(w, api.id)))
          stageProtections.push('AWS WAF web ACL');
        else stageConcerns.push('no AWS WAF web ACL');
        if (s.properties.ClientCertificateId !== undefined) stageProtections.push('client certificate to the backend');
      }
      const name = s ? show(s.properties.StageName) : '';
      return {
        reachable: true,
        resource: s,
        what: `API Gateway ${types[0] ?? 'EDGE'} endpoint${s ? `, stage ${name}` : ''} of ${api.id}: public HTTPS`,
        protections: stageProtections,
        concerns: stageConcerns,
      };
    });
  },
};

/** An HTTP API (API Gateway v2): public HTTPS on its default endpoint unless that is disabled. */
const httpApi: ExposureRule = {
  id: 'EXP003',
  description:
    "An HTTP API's default endpoint is public unless disabled: each route needs an authorizer (or is named as open), plus throttling and access logs.",
  source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
  types: ['AWS::ApiGatewayV2::Api'],
  check(api, { ofType }) {
    if (bool(api.properties.DisableExecuteApiEndpoint)) {
      return [{ reachable: false, what: `HTTP API ${api.id} with its default endpoint disabled` }];
    }
    const protections: string[] = [];
    const concerns: string[] = [];
    const routes = ofType('AWS::ApiGatewayV2::Route').filter((r) => refersTo(r, api.id));
    const open = routes.filter((r) => show(r.properties.AuthorizationType ?? 'NONE') === 'NONE');
    for (const a of ofType('AWS::ApiGatewayV2::Authorizer').filter((x) => refersTo(x, api.id))) {
      protections.push(`authorizer ${a.id} (${show(a.properties.AuthorizerType)})`);
    }
    if (routes.length) protections.push(`${routes.length - open.length} of ${routes.length} routes need a token`);
    if (open.length)
      concerns.push(`public routes (no token): ${open.map((r) => show(r.properties.RouteKey)).join(', ')}`);
    if (api.properties.CorsConfiguration !== undefined) protections.push('CORS limited by API Gateway');
    const stages = ofType('AWS::ApiGatewayV2::Stage').filter((st) => refersTo(st, api.id));
    return (stages.length ? stages : [undefined]).map((st): Verdict => {
      const stageProtections = [...protections];
      const stageConcerns = [...concerns];
      if (st) {
        const defaults = st.properties.DefaultRouteSettings as Record<string, unknown> | undefined;
        if (defaults?.ThrottlingRateLimit !== undefined) {
          stageProtections.push(
            `throttling ${show(defaults.ThrottlingRateLimit)} rps, burst ${show(defaults.ThrottlingBurstLimit)}`,
          );
        } else stageConcerns.push('no stage throttling (account default applies)');
        const perRoute = Object.keys((st.properties.RouteSettings as object | undefined) ?? {});
        if (perRoute.length) stageProtections.push(`${perRoute.length} route(s) throttled on their own`);
        if (st.properties.AccessLogSettings !== undefined) stageProtections.push('access logs');
        else stageConcerns.push('no access logs');
        // HTTP APIs take no AWS WAF web ACL: only the throttles bound a flood.
        stageConcerns.push('no AWS WAF (HTTP APIs cannot take a web ACL)');
      }
      return {
        reachable: true,
        resource: st,
        what: `API Gateway HTTP API${st ? `, stage ${show(st.properties.StageName)}` : ''} of ${api.id}: public HTTPS`,
        protections: stageProtections,
        concerns: stageConcerns,
      };
    });
  },
};

const loadBalancer: ExposureRule = {
  id: 'EXP004',
  description:
    'A load balancer is reachable from the internet unless its scheme is internal (the default scheme is internet-facing).',
  source:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#load-balancer-scheme',
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  check(lb, { ofType }) {
    const scheme = show(lb.properties.Scheme) || 'internet-facing';
    const kind = show(lb.properties.Type) === 'network' ? 'network load balancer' : 'application load balancer';
    const listeners = ofType('AWS::ElasticLoadBalancingV2::Listener').filter((l) => refersTo(l, lb.id));
    const ports = listeners.map((l) => `${show(l.properties.Protocol)} ${show(l.properties.Port)}`).join(', ');
    if (scheme === 'internal') {
      return [
        { reachable: false, what: `internal ${kind}${ports ? ` (${ports})` : ''}: reachable only from inside the VPC` },
      ];
    }
    const protections: string[] = [];
    const concerns: string[] = [];
    if (lb.properties.SecurityGroups !== undefined)
      protections.push(`security groups ${show(lb.properties.SecurityGroups)}`);
    else concerns.push('no security group');
    if (listeners.some((l) => /HTTPS|TLS/.test(show(l.properties.Protocol)))) protections.push('TLS listener');
    else concerns.push('no TLS listener');
    return [{ reachable: true, what: `internet-facing ${kind}${ports ? ` (${ports})` : ''}`, protections, concerns }];
  },
};

const subnet: ExposureRule = {
  id: 'EXP005',
  description:
    'A subnet whose route table sends 0.0.0.0/0 to an internet gateway is public; what it launches may get a public address.',
  source: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  types: ['AWS::EC2::Subnet'],
  check(sn, { ofType, resources }) {
    const igwRouteTables = new Set(
      ofType('AWS::EC2::Route')
        .filter((r) => show(r.properties.DestinationCidrBlock) === '0.0.0.0/0' && r.properties.GatewayId !== undefined)
        .map((r) => show(r.properties.RouteTableId).replace('!Ref ', '')),
    );
    const viaIgw = ofType('AWS::EC2::SubnetRouteTableAssociation').some(
      (a) => refersTo(a, sn.id) && igwRouteTables.has(show(a.properties.RouteTableId).replace('!Ref ', '')),
    );
    const publicIps = bool(sn.properties.MapPublicIpOnLaunch);
    if (!viaIgw && !publicIps) return []; // private: checked, nothing to say
    const residents = resources
      .filter((r) => r.type !== 'AWS::EC2::SubnetRouteTableAssociation' && r.id !== sn.id && refersTo(r, sn.id))
      .map((r) => `${r.id} (${r.type.split('::').slice(1).join('::')})`);
    const protections: string[] = [];
    const concerns: string[] = [];
    if (!publicIps) protections.push('no public IP addresses on launch');
    else concerns.push('MapPublicIpOnLaunch: anything launched here gets a public IP');
    if (residents.every((r) => /NatGateway/.test(r))) {
      protections.push(
        `holds only ${residents.length ? 'NAT gateways (outbound only)' : 'nothing in these templates'}`,
      );
    }
    return [
      {
        reachable: true,
        what: `public subnet (default route to the internet gateway)${residents.length ? `; in it: ${residents.join(', ')}` : ''}`,
        protections,
        concerns,
      },
    ];
  },
};

const bucket: ExposureRule = {
  id: 'EXP006',
  description:
    'A bucket is public unless all four Block Public Access settings are on and its policy grants no one outside.',
  source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  types: ['AWS::S3::Bucket'],
  check(b, { ofType }) {
    const block = (b.properties.PublicAccessBlockConfiguration ?? {}) as Record<string, unknown>;
    const blocked = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'].every((k) =>
      bool(block[k]),
    );
    const policies = ofType('AWS::S3::BucketPolicy').filter((p) => refersTo(p, b.id));
    const publicStatements = policies.flatMap((p) =>
      (
        asArray((p.properties.PolicyDocument as { Statement?: unknown } | undefined)?.Statement) as Record<
          string,
          unknown
        >[]
      ).filter(
        (s) =>
          s.Effect === 'Allow' &&
          (s.Principal === '*' || show((s.Principal as { AWS?: unknown } | undefined)?.AWS) === '*') &&
          s.Condition === undefined,
      ),
    );
    const website = b.properties.WebsiteConfiguration !== undefined;
    if (website || publicStatements.length > 0 || !blocked) {
      const concerns: string[] = [];
      if (website) concerns.push('static website hosting: plain HTTP endpoint');
      if (publicStatements.length) concerns.push('bucket policy allows anyone without a condition');
      if (!blocked) concerns.push('public access block not fully on');
      return [
        {
          reachable: true,
          what: 'S3 bucket that may be public',
          protections: b.properties.BucketEncryption ? ['encryption at rest'] : [],
          concerns,
        },
      ];
    }
    const via = policies.length ? ' (bucket policy grants named principals only)' : '';
    return [{ reachable: false, what: `private S3 bucket: public access blocked${via}` }];
  },
};

const userPool: ExposureRule = {
  id: 'EXP007',
  description:
    "A user pool's sign-up and sign-in are public endpoints: self-registration, password policy and MFA are what protect them.",
  source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-admin-create-user-policy.html',
  types: ['AWS::Cognito::UserPool'],
  check(pool) {
    const adminOnly = bool(
      (pool.properties.AdminCreateUserConfig as Record<string, unknown> | undefined)?.AllowAdminCreateUserOnly,
    );
    const policy = ((pool.properties.Policies as Record<string, unknown> | undefined)?.PasswordPolicy ?? {}) as Record<
      string,
      unknown
    >;
    const protections: string[] = [
      adminOnly ? 'self sign-up disabled' : 'self sign-up open (by design: users register on the site)',
    ];
    const concerns: string[] = [];
    if (policy.MinimumLength !== undefined)
      protections.push(`passwords of at least ${show(policy.MinimumLength)} characters`);
    if (asArray(pool.properties.AutoVerifiedAttributes).length) {
      protections.push(`verified ${asArray(pool.properties.AutoVerifiedAttributes).map(show).join(', ')}`);
    }
    const mfa = show(pool.properties.MfaConfiguration) || 'OFF';
    if (mfa === 'OFF') concerns.push('MFA off');
    else if (mfa === 'OPTIONAL') protections.push('MFA optional (each user may turn it on)');
    else protections.push(mfa === 'ON' ? 'MFA required' : `MFA ${mfa}`);
    const lambdas = pool.properties.LambdaConfig as Record<string, unknown> | undefined;
    if (lambdas?.PreSignUp !== undefined) protections.push('pre-sign-up trigger');
    return [
      { reachable: true, what: 'Cognito user pool: its sign-up and sign-in API is public', protections, concerns },
    ];
  },
};

const functionUrl: ExposureRule = {
  id: 'EXP008',
  description: 'A function URL is a public HTTPS endpoint; with AuthType NONE anyone may invoke the function.',
  source: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  types: ['AWS::Lambda::Url', 'AWS::Serverless::Function', 'AWS::Lambda::Function'],
  check(fn) {
    const config =
      fn.type === 'AWS::Lambda::Url'
        ? fn.properties
        : (fn.properties.FunctionUrlConfig as Record<string, unknown> | undefined);
    const events = Object.values((fn.properties.Events ?? {}) as Record<string, { Type?: string }>).filter(
      (e) => e.Type === 'Api' || e.Type === 'HttpApi',
    );
    // No URL and no implicit API: only the principals its permissions name invoke it (checked there).
    if (!config && events.length === 0) return [];
    const auth = show(config?.AuthType);
    return [
      {
        reachable: true,
        what: config ? `Lambda function URL (AuthType ${auth || '?'})` : 'Lambda behind an implicit API',
        protections: auth === 'AWS_IAM' ? ['IAM authentication'] : [],
        concerns: auth === 'NONE' ? ['function URL without authentication'] : [],
      },
    ];
  },
};

const lambdaPermission: ExposureRule = {
  id: 'EXP009',
  description:
    'A Lambda permission for any principal, or a service principal without a SourceArn, lets others invoke the function.',
  source: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  types: ['AWS::Lambda::Permission'],
  check(p) {
    const principal = show(p.properties.Principal);
    const source = show(p.properties.SourceArn);
    if (principal === '*' || principal === '') {
      return [
        {
          reachable: true,
          what: `anyone may invoke ${show(p.properties.FunctionName)}`,
          concerns: ['permission for any principal'],
        },
      ];
    }
    if (p.properties.FunctionUrlAuthType !== undefined && show(p.properties.FunctionUrlAuthType) === 'NONE') {
      return [
        { reachable: true, what: 'public function URL permission', concerns: ['function URL without authentication'] },
      ];
    }
    return [
      {
        reachable: false,
        what: `${principal} may invoke ${show(p.properties.FunctionName)}${source ? ` from ${source} only` : ''}`,
        ...(source ? {} : { concerns: ['no SourceArn: any resource of that service may invoke it'] }),
      },
    ];
  },
};

const securityGroup: ExposureRule = {
  id: 'EXP010',
  description: 'A security group ingress rule open to 0.0.0.0/0 or ::/0 admits the whole internet on its ports.',
  source: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  types: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  check(sg) {
    const rules =
      sg.type === 'AWS::EC2::SecurityGroup'
        ? (asArray(sg.properties.SecurityGroupIngress) as Record<string, unknown>[])
        : [sg.properties];
    const verdicts: Verdict[] = [];
    for (const rule of rules) {
      const cidr = show(rule.CidrIp ?? rule.CidrIpv6);
      if (!WORLD.has(cidr)) continue;
      const ports =
        rule.FromPort === undefined
          ? 'all ports'
          : `${show(rule.IpProtocol)} ${show(rule.FromPort)}-${show(rule.ToPort)}`;
      verdicts.push({
        reachable: true,
        what: `security group open to ${cidr} on ${ports}`,
        concerns: ['ingress from anywhere: check what uses this group'],
      });
    }
    // A group no rule of which is open to the world is checked without a line of its own.
    return verdicts;
  },
};

export const EXPOSURE_RULES: readonly ExposureRule[] = [
  cloudFront,
  restApi,
  httpApi,
  loadBalancer,
  subnet,
  bucket,
  userPool,
  functionUrl,
  lambdaPermission,
  securityGroup,
];

/** Types nothing outside the account reaches by themselves, each with why. */
export const CLOSED_TYPES: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'a nested stack: its resources are checked in their template',
  'AWS::IAM::Role': 'assumed only by the principals its trust policy names (see IAM statements)',
  'AWS::IAM::Policy': 'grants to named principals (see IAM statements)',
  'AWS::IAM::ServiceLinkedRole': 'assumed by its AWS service only',
  'AWS::Logs::LogGroup': 'read and written through IAM only',
  'AWS::DynamoDB::Table': 'reached through IAM only (the roles that may are in IAM statements)',
  'AWS::ECR::Repository': 'private registry: pulls need IAM',
  'AWS::ECS::Cluster': 'no endpoint of its own',
  'AWS::ECS::TaskDefinition': 'no endpoint of its own',
  'AWS::ECS::Service': 'its tasks run in the subnets and security group it names (checked there)',
  'AWS::EC2::VPC': 'checked through its subnets, routes and security groups',
  'AWS::EC2::InternetGateway': 'checked through the subnets that route to it',
  'AWS::EC2::VPCGatewayAttachment': 'attaches the internet gateway (checked through the subnets)',
  'AWS::EC2::RouteTable': 'checked through the subnets it serves',
  'AWS::EC2::Route': 'checked through the subnets it serves',
  'AWS::EC2::SubnetRouteTableAssociation': 'checked through the subnet',
  'AWS::EC2::NatGateway': 'outbound only: nothing can connect in through it',
  'AWS::EC2::EIP': "the NAT gateway's address (outbound only)",
  'AWS::EC2::VPCEndpoint': 'reachable only from inside the VPC, under its endpoint policy',
  'AWS::EC2::SecurityGroupEgress': 'outbound rules',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'reached only through its load balancer (checked)',
  'AWS::ElasticLoadBalancingV2::Listener': 'checked with its load balancer',
  'AWS::ApiGateway::VpcLink': "API Gateway's private path to the load balancer",
  'AWS::ApiGatewayV2::VpcLink':
    "API Gateway's network interfaces in the private subnets: they only open connections (their security group is checked)",
  'AWS::ApiGateway::Deployment': 'served by the stage (checked with the API)',
  'AWS::ApiGateway::Stage': 'checked with its API',
  'AWS::ApiGateway::Account': 'an account setting',
  'AWS::ApiGateway::Authorizer': 'checked with its API',
  'AWS::ApiGateway::Method': 'checked with its API',
  'AWS::ApiGatewayV2::Authorizer': 'checked with its HTTP API',
  'AWS::ApiGatewayV2::Integration':
    'checked with its HTTP API (the function it invokes is checked through its permission)',
  'AWS::ApiGatewayV2::Route': 'checked with its HTTP API',
  'AWS::ApiGatewayV2::Stage': 'checked with its HTTP API',
  'AWS::Cognito::UserPoolClient': "the pool's app client (checked with the pool)",
  'AWS::CloudFront::OriginAccessControl': "CloudFront's identity toward the bucket",
  'AWS::CloudFront::ResponseHeadersPolicy': 'headers of the distribution (checked with it)',
  'AWS::CloudFront::CachePolicy': 'caching of the distribution',
  'AWS::CloudFront::Function': "runs on the distribution's requests (checked with it)",
  'AWS::S3::BucketPolicy': 'checked with its bucket',
  'AWS::CodeBuild::Project': 'started through IAM only; no endpoint',
  'AWS::CodeBuild::ReportGroup': 'test reports read through IAM only',
  'AWS::CodePipeline::Pipeline': 'started by its source (EventBridge or the connection) and through IAM; no endpoint',
  'AWS::CodeConnections::Connection': 'a link to the repository host, completed once by a person in the console',
  'AWS::Events::Rule': 'matches events inside the account',
  'AWS::StepFunctions::StateMachine': 'started through IAM only; no endpoint',
  'AWS::WAFv2::WebACLAssociation': 'protection (checked with what it protects)',
  'AWS::WAFv2::LoggingConfiguration': "sends the web ACL's logs to its log group",
  'AWS::WAFv2::WebACL': 'rules applied to what it is associated with (checked there)',
  'AWS::SQS::Queue':
    'reached through IAM and its queue policy, whose statements are under IAM statements (an Allow to anyone is flagged there)',
  'AWS::SQS::QueuePolicy': 'checked with its queue (statements under IAM statements)',
  'AWS::EC2::FlowLog': 'writes to its log group; no endpoint',
  'AWS::KinesisFirehose::DeliveryStream':
    'written through IAM only (the roles that may are in IAM statements; POST /clicks reaches it through its API)',
  'AWS::Glue::Database': 'catalog metadata, read through IAM',
  'AWS::Glue::Table': 'catalog metadata, read through IAM',
  'AWS::Athena::WorkGroup': 'queries run through IAM only',
  'AWS::Athena::NamedQuery': 'a saved query text',
  'AWS::Logs::LogStream': 'read and written through IAM only',
  'AWS::CloudWatch::Alarm': 'watches metrics inside the account; notifies its topic',
  'AWS::CloudWatch::Dashboard': 'read through IAM only (the console)',
  'AWS::KMS::Key': 'used under its key policy, whose statements are under IAM statements',
  'AWS::SNS::Topic': 'published to under its topic policy (statements under IAM statements)',
  'AWS::SNS::TopicPolicy': 'checked with its topic (statements under IAM statements)',
  'AWS::SNS::Subscription': 'delivers the topic to the endpoint it names; nothing reaches in',
  'AWS::Budgets::Budget': 'an account setting that notifies its topic',
};

export function findExposure(templates: readonly ReviewTemplate[]): ExposureReport {
  const reachable: Exposure[] = [];
  const notReachable: Exposure[] = [];
  const counts = new Map<string, number>();
  const ruled = new Map(EXPOSURE_RULES.flatMap((rule) => rule.types.map((type) => [type, rule] as const)));
  for (const t of templates) {
    const resources = t.parsed.resources;
    const ctx: ExposureContext = { resources, ofType: (type) => resources.filter((r) => r.type === type) };
    for (const r of resources) {
      const rule = ruled.get(r.type);
      if (!rule) {
        // A custom resource is a deploy-time call of its function, which is checked.
        if (!CLOSED_TYPES[r.type] && !r.type.startsWith('Custom::')) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
        continue;
      }
      for (const v of rule.check(r, ctx)) {
        const target = v.resource ?? r;
        const entry: Exposure = {
          rule: rule.id,
          file: t.file,
          id: target.id,
          type: target.type,
          what: v.what,
          protections: v.protections ?? [],
          concerns: v.concerns ?? [],
        };
        (v.reachable ? reachable : notReachable).push(entry);
      }
    }
  }
  const unchecked = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type, count }));
  return { reachable, notReachable, unchecked };
}
