// The fargate mode's private path from API Gateway to the service: a VPC link V2 (issue 26 item 3).
// What the templates say about it (the link, its security group, the integrations), the order a
// delete takes, and the update an existing stack (built with a VPC link V1) goes through: the
// previous release's templates are kept as a fixture (test/fixtures/upgrade/vpc-link-v1) and
// compared with today's by the same change review `mysfits review --against` runs.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApi } from '../../generator/builders/api.js';
import { buildHttpApi } from '../../generator/builders/http-api.js';
import { LISTENER_PORT } from '../../generator/builders/core.js';
import { buildMain } from '../../generator/builders/main.js';
import { validateConfig } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { renderAll } from '../../generator/render.js';
import { reviewChanges } from '../../generator/review/changes.js';
import { estimateCost } from '../../generator/review/cost.js';
import { findExposure } from '../../generator/review/exposure.js';
import { fromTexts } from '../../generator/review/model.js';
import { buildSwagger, variableProblems } from '../../generator/swagger/build.js';
import type { Integration } from '../../generator/swagger/types.js';
import { ROOT } from '../helpers.js';

type Resources = Record<string, { Type: string; DependsOn?: string[]; Properties: Record<string, unknown> }>;
const config = (raw: unknown = {}) => validateConfig(raw, 'test');
const resourcesOf = (raw: unknown = {}): Resources =>
  (toJsonObject(buildApi(config(raw))) as { Resources: Resources }).Resources;
const json = (x: unknown): string => JSON.stringify(x);

describe('fargate: the VPC link V2 to the internal load balancer', () => {
  const r = resourcesOf();

  it('api.yml makes a VPC link V2 in the two private subnets with its own security group, and no V1 link', () => {
    const types = Object.values(r).map((x) => x.Type);
    assert.ok(!types.includes('AWS::ApiGateway::VpcLink'), 'no VPC link V1 (legacy)');
    assert.equal(r.VpcLinkV2.Type, 'AWS::ApiGatewayV2::VpcLink');
    assert.deepEqual(r.VpcLinkV2.Properties.SubnetIds, [{ Ref: 'PrivateSubnetOne' }, { Ref: 'PrivateSubnetTwo' }]);
    assert.deepEqual(r.VpcLinkV2.Properties.SecurityGroupIds, [{ 'Fn::GetAtt': ['VpcLinkSecurityGroup', 'GroupId'] }]);
    // No logical id reused with another type: CloudFormation refuses to change a resource's type.
    assert.equal(r.VpcLink, undefined);
  });

  it("the link's security group lets nothing in and only the listener port out, to the private subnets", () => {
    const sg = r.VpcLinkSecurityGroup.Properties;
    assert.deepEqual(sg.VpcId, { Ref: 'VpcId' });
    assert.equal(sg.SecurityGroupIngress, undefined);
    const egress = sg.SecurityGroupEgress as { IpProtocol: string; FromPort: number; ToPort: number; CidrIp: string }[];
    assert.deepEqual(
      egress.map((e) => [e.IpProtocol, e.FromPort, e.ToPort, e.CidrIp]),
      config().network.privateSubnetCidrs.map((cidr) => ['tcp', LISTENER_PORT, LISTENER_PORT, cidr]),
    );
    const custom = resourcesOf({ network: { privateSubnetCidrs: ['10.0.8.0/24', '10.0.9.0/24'] } });
    assert.deepEqual(
      (custom.VpcLinkSecurityGroup.Properties.SecurityGroupEgress as { CidrIp: string }[]).map((e) => e.CidrIp),
      ['10.0.8.0/24', '10.0.9.0/24'],
    );
  });

  it('every service integration goes over the link to the load balancer (connectionId, integrationTarget)', () => {
    const doc = buildSwagger(config());
    const proxies = Object.values(doc.paths)
      .flatMap((item) => Object.values(item as Record<string, { 'x-amazon-apigateway-integration'?: Integration }>))
      .map((op) => op['x-amazon-apigateway-integration'])
      .filter((i): i is Integration => i?.type === 'http_proxy');
    assert.ok(proxies.length > 5, `${proxies.length} proxies`);
    for (const i of proxies) {
      assert.equal(i.connectionType, 'VPC_LINK');
      assert.equal(i.connectionId, '${VpcLinkId}');
      assert.equal(i.integrationTarget, '${LoadBalancerArn}');
      assert.match(i.uri!, /^http:\/\/\$\{LoadBalancerDnsName\}\//);
    }
    const body = json(r.RestApi.Properties.Body);
    assert.match(body, /"connectionId":\{"Ref":"VpcLinkV2"\},"integrationTarget":\{"Ref":"LoadBalancerArn"\}/);
    // Lambda mode has no link and no load balancer.
    const lambda = resourcesOf({ service: { compute: 'lambda' } });
    assert.ok(!Object.values(lambda).some((x) => /VpcLink|SecurityGroup/.test(x.Type)));
  });

  it('the load balancer ARN is checked as the document is rendered with typed-in values', () => {
    assert.deepEqual(
      variableProblems({
        LoadBalancerArn:
          'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits-core-nlb/0123456789abcdef',
      }),
      [],
    );
    assert.match(variableProblems({ LoadBalancerArn: 'nlb-1' }).join(), /LoadBalancerArn: "nlb-1" is not a load balancer ARN/);
  });

  it('delete order: the API before the link, the link before its security group, no waiter left', () => {
    // CloudFormation deletes a resource only after everything that refers to it.
    assert.match(json(r.RestApi.Properties.Body), /"Ref":"VpcLinkV2"/);
    assert.match(json(r.VpcLinkV2.Properties), /VpcLinkSecurityGroup/);
    // A V1 link was a PrivateLink endpoint service on the load balancer (its delete waited on
    // Custom::VpcLinkGone); a V2 link is not attached to the load balancer at all.
    assert.ok(!Object.values(r).some((x) => x.Type === 'Custom::VpcLinkGone'));
    assert.ok(!json(r).includes('vpc-link-gone'));
  });

  it("main.yml gives the API stack the core stack's VPC, private subnets and load balancer", () => {
    const main = toJsonObject(buildMain(config())) as { Resources: Resources; Outputs: Record<string, unknown> };
    const params = main.Resources.ApiStack.Properties.Parameters as Record<string, unknown>;
    for (const [name, output] of [
      ['VpcId', 'VpcId'],
      ['PrivateSubnetOne', 'PrivateSubnetOne'],
      ['PrivateSubnetTwo', 'PrivateSubnetTwo'],
      ['LoadBalancerArn', 'LoadBalancerArn'],
    ])
      assert.deepEqual(params[name], { 'Fn::GetAtt': ['CoreStack', `Outputs.${output}`] }, name);
    // `mysfits swagger` renders the document from main.yml's outputs: the target is one of them.
    assert.ok(main.Outputs.LoadBalancerArn, 'LoadBalancerArn output');
  });
});

describe('updating a stack made with the VPC link V1 (the previous release)', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'upgrade', 'vpc-link-v1');
  const old = fromTexts(
    readdirSync(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') })),
  );
  const now = fromTexts(renderAll(config()).filter((f) => f.file.endsWith('.yml')));
  const review = reviewChanges(old, now, 'us-east-1');
  const change = (file: string, id: string) => review.changes.find((c) => c.file === file && c.id === id);

  it('the fixture is the V1 design: a VPC link V1 and its delete waiter', () => {
    const api = readFileSync(join(dir, 'api.yml'), 'utf8');
    assert.match(api, /Type: AWS::ApiGateway::VpcLink/);
    assert.match(api, /Type: Custom::VpcLinkGone/);
  });

  it('adds the V2 link and its group, removes the V1 link and its waiter, and loses no data', () => {
    assert.equal(change('api.yml', 'VpcLinkV2')?.action, 'add');
    assert.equal(change('api.yml', 'VpcLinkSecurityGroup')?.action, 'add');
    assert.equal(change('api.yml', 'VpcLink')?.action, 'remove');
    assert.equal(change('api.yml', 'VpcLinkGone')?.action, 'remove');
    assert.deepEqual(review.dataLoss, [], json(review.dataLoss));
  });

  it('keeps the load balancer, its listener and target group, and the ECS service as they are', () => {
    for (const [file, id] of [
      ['core.yml', 'LoadBalancer'],
      ['core.yml', 'Listener'],
      ['core.yml', 'TargetGroup'],
      ['service.yml', 'Service'],
    ] as const) {
      const c = change(file, id);
      assert.ok(c === undefined || c.action === 'modify', `${file} ${id}: ${c?.action} ${c?.because ?? ''}`);
    }
    // Nothing in the stacks that hold data is replaced or removed.
    const risky = review.changes.filter(
      (c) => ['data.yml', 'cognito.yml', 'analytics.yml'].includes(c.file) && c.action !== 'modify' && c.action !== 'add',
    );
    assert.deepEqual(risky, []);
  });
});

describe('fargate with api.type http: an HTTP API over the same VPC link V2 (issue 26)', () => {
  const raw = { api: { type: 'http' } };
  const api = (toJsonObject(buildHttpApi(config(raw))) as { Resources: Resources; Outputs: Record<string, unknown> });
  const r = api.Resources;

  it('one HTTP proxy integration over the link to the load balancer listener, no function permission', () => {
    assert.equal(r.HttpApi.Type, 'AWS::ApiGatewayV2::Api');
    assert.deepEqual(r.ServiceIntegration.Properties, {
      ApiId: { Ref: 'HttpApi' },
      IntegrationType: 'HTTP_PROXY',
      IntegrationMethod: 'ANY',
      IntegrationUri: { Ref: 'ListenerArn' },
      ConnectionType: 'VPC_LINK',
      ConnectionId: { Ref: 'VpcLinkV2' },
      PayloadFormatVersion: '1.0',
      TimeoutInMillis: 29000,
    });
    assert.equal(r.ServiceInvokePermission, undefined);
    assert.equal(r.VpcLinkV2.Type, 'AWS::ApiGatewayV2::VpcLink');
    assert.deepEqual(r.VpcLinkV2.Properties.SubnetIds, [{ Ref: 'PrivateSubnetOne' }, { Ref: 'PrivateSubnetTwo' }]);
    assert.equal(r.VpcLinkSecurityGroup.Properties.SecurityGroupIngress, undefined);
    assert.ok(api.Outputs.VpcLinkId);
  });

  it("the same routes as lambda mode's HTTP API, the token ones behind the JWT authorizer", () => {
    const lambda = (toJsonObject(buildHttpApi(config({ service: { compute: 'lambda' } }))) as { Resources: Resources })
      .Resources;
    const routes = (res: Resources) =>
      Object.values(res)
        .filter((x) => x.Type === 'AWS::ApiGatewayV2::Route')
        .map((x) => `${String(x.Properties.RouteKey)} ${String(x.Properties.AuthorizationType)}`)
        .sort();
    assert.deepEqual(routes(r), routes(lambda));
    assert.ok(routes(r).some((x) => x.endsWith(' JWT')));
    assert.equal(r.JwtAuthorizer.Properties.AuthorizerType, 'JWT');
  });

  it("main.yml gives it the core stack's listener, VPC and subnets and the app client (audience)", () => {
    const main = toJsonObject(buildMain(config(raw))) as { Resources: Resources };
    const params = main.Resources.ApiStack.Properties.Parameters as Record<string, unknown>;
    assert.deepEqual(params.ListenerArn, { 'Fn::GetAtt': ['CoreStack', 'Outputs.ListenerArn'] });
    assert.deepEqual(params.VpcId, { 'Fn::GetAtt': ['CoreStack', 'Outputs.VpcId'] });
    assert.ok(params.UserPoolClientId, 'UserPoolClientId');
    assert.equal(params.LoadBalancerDnsName, undefined, 'an HTTP API names the listener, not the DNS name');
  });

  it('the review: the HTTP API is what the internet reaches, priced as an HTTP API beside the NLB; the link is checked', () => {
    const templates = fromTexts(renderAll(config(raw)).filter((f) => f.file.endsWith('.yml')));
    const exposure = findExposure(templates);
    const reachable = exposure.reachable.filter((e) => e.file === 'api.yml').map((e) => e.what);
    assert.ok(reachable.some((w) => /HTTP API/.test(w)), reachable.join('\n'));
    assert.ok(!reachable.some((w) => /VPC link|security group/.test(w)), reachable.join('\n'));
    assert.ok(!exposure.unchecked.some((u) => u.type === 'AWS::ApiGatewayV2::VpcLink'), 'the link is known');
    const cost = estimateCost(templates, 'us-east-1');
    const components = cost.lines.filter((l) => l.monthly > 0).map((l) => l.component);
    assert.ok(components.includes('API Gateway (HTTP)'), components.join());
    assert.ok(!components.includes('API Gateway (REST)'), components.join());
    assert.ok(components.includes('Load balancer'), components.join());
    const rest = estimateCost(fromTexts(renderAll(config()).filter((f) => f.file.endsWith('.yml'))), 'us-east-1');
    assert.ok(cost.total < rest.total, `http ${cost.total} vs rest ${rest.total}`);
  });
});
