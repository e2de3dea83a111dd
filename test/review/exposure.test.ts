// The exposure rules, one test each: a fixture with the resource open and one with it closed,
// and what the review says of each. Plus: a type no rule checks is listed, and every type of the
// app's own templates (both modes, every variant) is checked or known closed.
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { CLOSED_TYPES, EXPOSURE_RULES, findExposure } from '../../generator/review/exposure.js';
import { fromTexts } from '../../generator/review/model.js';
import { renderAll } from '../../generator/render.js';
import { variants } from '../support/variants.js';

const exposure = (resources: string) => findExposure(fromTexts([{ file: 't.yml', text: `Resources:\n${resources}` }]));
const whats = (list: readonly { what: string }[]) => list.map((e) => e.what);

describe('exposure rules', () => {
  const cases: Record<string, { open: string; openWhat: RegExp; closed?: string; closedWhat?: RegExp }> = {
    'AWS::CloudFront::Distribution': {
      open: '  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties: { DistributionConfig: { DefaultCacheBehavior: { ViewerProtocolPolicy: allow-all } } }',
      openWhat: /CloudFront distribution/,
    },
    'AWS::ApiGateway::RestApi': {
      open: "  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Body: { paths: { /a: { get: { 'x-amazon-apigateway-integration': { type: http_proxy } }, x-amazon-apigateway-any-method: { 'x-amazon-apigateway-integration': { type: mock } } } } }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { RestApiId: !Ref Api, StageName: prod }",
      openWhat: /API Gateway EDGE endpoint, stage prod of Api/,
      closed:
        '  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { EndpointConfiguration: { Types: [PRIVATE] } }',
      closedWhat: /PRIVATE endpoint/,
    },
    'AWS::ElasticLoadBalancingV2::LoadBalancer': {
      open: '  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties: { Type: application }',
      openWhat: /internet-facing application load balancer/,
      closed:
        '  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties: { Type: network, Scheme: internal }',
      closedWhat: /internal network load balancer/,
    },
    'AWS::EC2::Subnet': {
      open: '  S:\n    Type: AWS::EC2::Subnet\n    Properties: { MapPublicIpOnLaunch: true }',
      openWhat: /public subnet/,
    },
    'AWS::S3::Bucket': {
      open: '  B:\n    Type: AWS::S3::Bucket\n    Properties: { WebsiteConfiguration: { IndexDocument: index.html } }',
      openWhat: /S3 bucket that may be public/,
      closed:
        '  B:\n    Type: AWS::S3::Bucket\n    Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true } }',
      closedWhat: /private S3 bucket/,
    },
    'AWS::Cognito::UserPool': {
      open: '  P:\n    Type: AWS::Cognito::UserPool\n    Properties: {}',
      openWhat: /Cognito user pool/,
    },
    'AWS::Lambda::Url': {
      open: '  U:\n    Type: AWS::Lambda::Url\n    Properties: { AuthType: NONE }',
      openWhat: /Lambda function URL \(AuthType NONE\)/,
    },
    'AWS::Lambda::Permission': {
      open: "  P:\n    Type: AWS::Lambda::Permission\n    Properties: { Principal: '*', FunctionName: f }",
      openWhat: /anyone may invoke f/,
      closed:
        '  P:\n    Type: AWS::Lambda::Permission\n    Properties: { Principal: apigateway.amazonaws.com, FunctionName: f, SourceArn: !Sub "arn:aws:execute-api:r:1:${Api}/prod/*" }',
      closedWhat: /apigateway\.amazonaws\.com may invoke f from arn:aws:execute-api:r:1:\$\{Api\}\/prod\/\* only/,
    },
    'AWS::ApiGatewayV2::Api': {
      open: '  H:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: h, ProtocolType: HTTP }\n  R:\n    Type: AWS::ApiGatewayV2::Route\n    Properties: { ApiId: !Ref H, RouteKey: GET /a }',
      openWhat: /HTTP API of H: public HTTPS/,
      closed:
        '  H:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: h, ProtocolType: HTTP, DisableExecuteApiEndpoint: true }',
      closedWhat: /default endpoint disabled/,
    },
    'AWS::EC2::SecurityGroup': {
      open: '  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties: { SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }] }',
      openWhat: /open to 0\.0\.0\.0\/0 on tcp 22-22/,
    },
  };

  it('every rule type has a test here, and no type is both checked and closed', () => {
    const ruled = EXPOSURE_RULES.flatMap((r) => r.types);
    for (const type of Object.keys(cases)) assert.ok(ruled.includes(type), type);
    for (const rule of EXPOSURE_RULES)
      assert.ok(
        rule.types.some((t) => cases[t]),
        rule.types.join(),
      );
    for (const type of ruled) assert.equal(CLOSED_TYPES[type], undefined, type);
  });

  for (const [type, c] of Object.entries(cases)) {
    it(`${type}: reachable when open${c.closed ? ', checked and not reachable when closed' : ''}`, () => {
      assert.ok(
        whats(exposure(c.open).reachable).some((w) => c.openWhat.test(w)),
        whats(exposure(c.open).reachable).join('\n'),
      );
      if (c.closed) {
        const closed = exposure(c.closed);
        assert.deepEqual(closed.reachable, []);
        assert.ok(
          whats(closed.notReachable).some((w) => c.closedWhat!.test(w)),
          whats(closed.notReachable).join('\n'),
        );
      }
    });
  }

  it("an API's mock methods (preflights, 405s) are not counted as public backend methods", () => {
    const [stage] = exposure(cases['AWS::ApiGateway::RestApi'].open).reachable;
    assert.ok(stage.protections.includes('1 method(s) answered by API Gateway itself (mock integrations, no backend)'));
    assert.deepEqual(
      stage.concerns.filter((c) => c.startsWith('public methods')),
      ['public methods (no token): GET /a'],
    );
  });

  it('the public POST /clicks is listed, and named as a direct call of its one Firehose action', () => {
    const report = findExposure(fromTexts(renderAll(validateConfig({}, 'test'))));
    const stage = report.reachable.find((v) => v.what.startsWith('API Gateway'))!;
    assert.ok(
      stage.concerns.some((c) => c.startsWith('public methods') && c.includes('POST /clicks')),
      stage.concerns.join('\n'),
    );
    assert.ok(
      stage.protections.includes(
        'POST /clicks calls firehose:PutRecordBatch directly (AWS service integration with its own role, no backend code)',
      ),
      stage.protections.join('\n'),
    );
  });

  it('lists a resource type no rule checks', () => {
    const report = exposure('  Q:\n    Type: AWS::MQ::Broker\n    Properties: {}');
    assert.deepEqual(report.unchecked, [{ type: 'AWS::MQ::Broker', count: 1 }]);
  });

  it("every resource type of the app's templates, both modes and every variant, is checked or known closed", () => {
    for (const raw of [{}, ...variants().map((v) => v.raw)]) {
      const report = findExposure(fromTexts(renderAll(validateConfig(raw, 'test'))));
      assert.deepEqual(report.unchecked, [], JSON.stringify(raw));
    }
  });

  it('lambda mode: the service function may be invoked by this API stage only', () => {
    const permissionOf = (api: object) => {
      const config = validateConfig({ service: { compute: 'lambda' }, api }, 'test');
      const report = findExposure(fromTexts(renderAll(config)));
      const permission = report.notReachable.find((e) => e.id === 'ServiceInvokePermission');
      assert.ok(permission, whats(report.notReachable).join('\n'));
      assert.deepEqual(permission.concerns, []);
      return permission.what;
    };
    assert.match(
      permissionOf({ type: 'rest' }),
      /apigateway\.amazonaws\.com may invoke !Ref ServiceFunctionArn from .*\$\{RestApi\}\/prod\/\* only/,
    );
    // The HTTP API (lambda mode's default): its one $default stage, any route.
    assert.match(
      permissionOf({}),
      /apigateway\.amazonaws\.com may invoke !Ref ServiceFunctionArn from .*\$\{HttpApi\}\/\* only/,
    );
  });

  it('the user pool: MFA off is a concern; optional and required are protections, each named', () => {
    const pool = (mfa: 'off' | 'optional' | 'required') => {
      const report = findExposure(fromTexts(renderAll(validateConfig({ cognito: { mfa } }, 'test'))));
      return report.reachable.find((e) => e.id === 'UserPool')!;
    };
    assert.ok(pool('off').concerns.includes('MFA off'));
    assert.ok(pool('optional').protections.includes('MFA optional (each user may turn it on)'));
    assert.ok(pool('required').protections.includes('MFA required'));
    assert.ok(!pool('required').concerns.some((c) => /MFA/.test(c)));
  });
});
