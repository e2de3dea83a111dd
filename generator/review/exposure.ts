// What the internet can reach, read from the templates: CloudFront, API stages, internet-facing
// load balancers, public subnets, public buckets, Cognito's public endpoints, function URLs and
// security groups open to the world; each with what protects it. Things that look exposed but are
// not (an internal load balancer, a private bucket) are listed too, so the reviewer sees them checked.
import type { ParsedResource } from '../core/parse.js';
import { asArray, referencesOf, show, type ReviewTemplate } from './model.js';

export interface Exposure {
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
}

const WORLD = new Set(['0.0.0.0/0', '::/0']);

function refersTo(r: ParsedResource, id: string): boolean {
  return referencesOf(r).some((x) => x.target === id);
}

function bool(v: unknown): boolean {
  return v === true || v === 'true';
}

/**
 * The methods of an inline Swagger/OpenAPI body, and which have a security requirement. OPTIONS
 * is left out: CORS preflight requests carry no token by design.
 */
function bodyMethods(body: unknown): { method: string; secured: boolean }[] {
  if (!body || typeof body !== 'object') return [];
  const doc = body as { paths?: Record<string, Record<string, { security?: unknown[] }>>; security?: unknown[] };
  const out: { method: string; secured: boolean }[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [verb, op] of Object.entries(ops ?? {})) {
      if (!/^(get|put|post|delete|patch|head|x-amazon-apigateway-any-method)$/i.test(verb)) continue;
      const security = op?.security ?? doc.security;
      out.push({ method: `${verb.toUpperCase()} ${path}`, secured: Array.isArray(security) && security.length > 0 });
    }
  }
  return out;
}

export function findExposure(templates: readonly ReviewTemplate[]): ExposureReport {
  const reachable: Exposure[] = [];
  const notReachable: Exposure[] = [];
  for (const t of templates) {
    const resources = t.parsed.resources;
    const ofType = (type: string): ParsedResource[] => resources.filter((r) => r.type === type);
    const push = (
      list: Exposure[],
      r: ParsedResource,
      what: string,
      protections: string[],
      concerns: string[] = [],
    ): void => {
      list.push({ file: t.file, id: r.id, type: r.type, what, protections, concerns });
    };

    for (const r of ofType('AWS::CloudFront::Distribution')) {
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
      if (behavior.ResponseHeadersPolicyId !== undefined)
        protections.push('response headers policy (security headers)');
      if (d.Logging !== undefined) protections.push('access logs');
      push(reachable, r, 'CloudFront distribution: public HTTPS endpoint of the site', protections, concerns);
    }

    const authorizers = [...ofType('AWS::ApiGateway::Authorizer')];
    const wafAssociations = ofType('AWS::WAFv2::WebACLAssociation');
    for (const api of [...ofType('AWS::ApiGateway::RestApi'), ...ofType('AWS::Serverless::Api')]) {
      const types = asArray((api.properties.EndpointConfiguration as { Types?: unknown } | undefined)?.Types).map(show);
      const stages = ofType('AWS::ApiGateway::Stage').filter((s) => refersTo(s, api.id));
      if (types.includes('PRIVATE')) {
        push(notReachable, api, 'REST API with a PRIVATE endpoint: reachable only through interface VPC endpoints', []);
        continue;
      }
      const protections: string[] = [];
      const concerns: string[] = [];
      const methods = bodyMethods(api.properties.Body ?? api.properties.DefinitionBody);
      const apiAuthorizers = authorizers.filter((a) => refersTo(a, api.id));
      for (const a of apiAuthorizers) protections.push(`authorizer ${a.id} (${show(a.properties.Type)})`);
      const bodyAuth = (api.properties.Body as { securityDefinitions?: Record<string, unknown> } | undefined)
        ?.securityDefinitions;
      for (const name of Object.keys(bodyAuth ?? {})) protections.push(`authorizer ${name} (in the API definition)`);
      if (methods.length > 0) {
        const open = methods.filter((m) => !m.secured).map((m) => m.method);
        protections.push(`${methods.length - open.length} of ${methods.length} methods need a token`);
        if (open.length) concerns.push(`public methods (no token): ${open.join(', ')}`);
      }
      const openMethods = ofType('AWS::ApiGateway::Method').filter(
        (m) =>
          refersTo(m, api.id) &&
          show(m.properties.AuthorizationType) === 'NONE' &&
          show(m.properties.HttpMethod) !== 'OPTIONS',
      );
      if (openMethods.length)
        concerns.push(`methods without authorization: ${openMethods.map((m) => m.id).join(', ')}`);
      if (api.properties.Policy !== undefined) protections.push('resource policy');
      for (const s of stages.length ? stages : [undefined]) {
        const stageProtections = [...protections];
        const stageConcerns = [...concerns];
        if (s) {
          const settings = asArray(s.properties.MethodSettings) as Record<string, unknown>[];
          const throttled = settings.find(
            (m) => m.ThrottlingRateLimit !== undefined || m.ThrottlingBurstLimit !== undefined,
          );
          if (throttled)
            stageProtections.push(
              `throttling ${show(throttled.ThrottlingRateLimit)} rps, burst ${show(throttled.ThrottlingBurstLimit)}`,
            );
          else stageConcerns.push('no stage throttling (account default applies)');
          if (s.properties.AccessLogSetting !== undefined) stageProtections.push('access logs');
          else stageConcerns.push('no access logs');
          if (wafAssociations.some((w) => refersTo(w, s.id) || refersTo(w, api.id)))
            stageProtections.push('AWS WAF web ACL');
          else stageConcerns.push('no AWS WAF web ACL');
          if (s.properties.ClientCertificateId !== undefined)
            stageProtections.push('client certificate to the backend');
        }
        const name = s ? show(s.properties.StageName) : '';
        push(
          reachable,
          s ?? api,
          `API Gateway ${types[0] ?? 'EDGE'} endpoint${s ? `, stage ${name}` : ''} of ${api.id}: public HTTPS`,
          stageProtections,
          stageConcerns,
        );
      }
    }

    for (const lb of ofType('AWS::ElasticLoadBalancingV2::LoadBalancer')) {
      const scheme = show(lb.properties.Scheme) || 'internet-facing';
      const kind = show(lb.properties.Type) === 'network' ? 'network load balancer' : 'application load balancer';
      const listeners = ofType('AWS::ElasticLoadBalancingV2::Listener').filter((l) => refersTo(l, lb.id));
      const ports = listeners.map((l) => `${show(l.properties.Protocol)} ${show(l.properties.Port)}`).join(', ');
      if (scheme === 'internal') {
        push(notReachable, lb, `internal ${kind}${ports ? ` (${ports})` : ''}: reachable only from inside the VPC`, []);
      } else {
        const protections: string[] = [];
        const concerns: string[] = [];
        if (lb.properties.SecurityGroups !== undefined)
          protections.push(`security groups ${show(lb.properties.SecurityGroups)}`);
        else concerns.push('no security group');
        if (listeners.some((l) => /HTTPS|TLS/.test(show(l.properties.Protocol)))) protections.push('TLS listener');
        else concerns.push('no TLS listener');
        push(reachable, lb, `internet-facing ${kind}${ports ? ` (${ports})` : ''}`, protections, concerns);
      }
    }

    const igwRouteTables = new Set(
      ofType('AWS::EC2::Route')
        .filter((r) => show(r.properties.DestinationCidrBlock) === '0.0.0.0/0' && r.properties.GatewayId !== undefined)
        .map((r) => show(r.properties.RouteTableId).replace('!Ref ', '')),
    );
    for (const subnet of ofType('AWS::EC2::Subnet')) {
      const viaIgw = ofType('AWS::EC2::SubnetRouteTableAssociation').some(
        (a) => refersTo(a, subnet.id) && igwRouteTables.has(show(a.properties.RouteTableId).replace('!Ref ', '')),
      );
      const publicIps = bool(subnet.properties.MapPublicIpOnLaunch);
      if (!viaIgw && !publicIps) continue;
      const residents = resources
        .filter(
          (r) => r.type !== 'AWS::EC2::SubnetRouteTableAssociation' && r.id !== subnet.id && refersTo(r, subnet.id),
        )
        .map((r) => `${r.id} (${r.type.split('::').slice(1).join('::')})`);
      const protections: string[] = [];
      const concerns: string[] = [];
      if (!publicIps) protections.push('no public IP addresses on launch');
      else concerns.push('MapPublicIpOnLaunch: anything launched here gets a public IP');
      if (residents.every((r) => /NatGateway/.test(r)))
        protections.push(
          `holds only ${residents.length ? 'NAT gateways (outbound only)' : 'nothing in these templates'}`,
        );
      push(
        reachable,
        subnet,
        `public subnet (default route to the internet gateway)${residents.length ? `; in it: ${residents.join(', ')}` : ''}`,
        protections,
        concerns,
      );
    }

    for (const bucket of ofType('AWS::S3::Bucket')) {
      const block = (bucket.properties.PublicAccessBlockConfiguration ?? {}) as Record<string, unknown>;
      const blocked = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'].every((k) =>
        bool(block[k]),
      );
      const policies = ofType('AWS::S3::BucketPolicy').filter((p) => refersTo(p, bucket.id));
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
      const website = bucket.properties.WebsiteConfiguration !== undefined;
      if (website || publicStatements.length > 0 || !blocked) {
        const concerns: string[] = [];
        if (website) concerns.push('static website hosting: plain HTTP endpoint');
        if (publicStatements.length) concerns.push('bucket policy allows anyone without a condition');
        if (!blocked) concerns.push('public access block not fully on');
        push(
          reachable,
          bucket,
          'S3 bucket that may be public',
          bucket.properties.BucketEncryption ? ['encryption at rest'] : [],
          concerns,
        );
      } else {
        const via = policies.length ? ' (bucket policy grants named principals only)' : '';
        push(notReachable, bucket, `private S3 bucket: public access blocked${via}`, []);
      }
    }

    for (const pool of ofType('AWS::Cognito::UserPool')) {
      const adminOnly = bool(
        (pool.properties.AdminCreateUserConfig as Record<string, unknown> | undefined)?.AllowAdminCreateUserOnly,
      );
      const policy = ((pool.properties.Policies as Record<string, unknown> | undefined)?.PasswordPolicy ??
        {}) as Record<string, unknown>;
      const protections: string[] = [];
      const concerns: string[] = [];
      protections.push(
        adminOnly ? 'self sign-up disabled' : 'self sign-up open (by design: users register on the site)',
      );
      if (policy.MinimumLength !== undefined)
        protections.push(`passwords of at least ${show(policy.MinimumLength)} characters`);
      if (asArray(pool.properties.AutoVerifiedAttributes).length)
        protections.push(`verified ${asArray(pool.properties.AutoVerifiedAttributes).map(show).join(', ')}`);
      const mfa = show(pool.properties.MfaConfiguration) || 'OFF';
      if (mfa === 'OFF') concerns.push('MFA off');
      else protections.push(`MFA ${mfa}`);
      const lambdas = pool.properties.LambdaConfig as Record<string, unknown> | undefined;
      if (lambdas?.PreSignUp !== undefined) protections.push('pre-sign-up trigger');
      push(reachable, pool, 'Cognito user pool: its sign-up and sign-in API is public', protections, concerns);
    }

    for (const fn of [...ofType('AWS::Lambda::Url'), ...ofType('AWS::Serverless::Function')]) {
      const config =
        fn.type === 'AWS::Lambda::Url'
          ? fn.properties
          : (fn.properties.FunctionUrlConfig as Record<string, unknown> | undefined);
      const events = Object.values((fn.properties.Events ?? {}) as Record<string, { Type?: string }>).filter(
        (e) => e.Type === 'Api' || e.Type === 'HttpApi',
      );
      if (!config && events.length === 0) continue;
      const auth = show(config?.AuthType);
      push(
        reachable,
        fn,
        config ? `Lambda function URL (AuthType ${auth || '?'})` : 'Lambda behind an implicit API',
        auth === 'AWS_IAM' ? ['IAM authentication'] : [],
        auth === 'NONE' ? ['function URL without authentication'] : [],
      );
    }

    for (const sg of [...ofType('AWS::EC2::SecurityGroup'), ...ofType('AWS::EC2::SecurityGroupIngress')]) {
      const rules =
        sg.type === 'AWS::EC2::SecurityGroup'
          ? (asArray(sg.properties.SecurityGroupIngress) as Record<string, unknown>[])
          : [sg.properties];
      for (const rule of rules) {
        const cidr = show(rule.CidrIp ?? rule.CidrIpv6);
        if (!WORLD.has(cidr)) continue;
        const ports =
          rule.FromPort === undefined
            ? 'all ports'
            : `${show(rule.IpProtocol)} ${show(rule.FromPort)}-${show(rule.ToPort)}`;
        push(
          reachable,
          sg,
          `security group open to ${cidr} on ${ports}`,
          [],
          ['ingress from anywhere: check what uses this group'],
        );
      }
    }
  }
  return { reachable, notReachable };
}
