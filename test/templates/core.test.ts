// What core.yml must guarantee, read from the generated template as a reviewer would.
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { buildCore } from '../../generator/builders/core.js';
import { toJsonObject, toYaml } from '../../generator/core/emit.js';
import { ZONE_NAME, ZONE_PAIR_PATTERN, ZONES_PARAMETER } from '../../generator/config/zones.js';
import { readdirSync, readFileSync } from 'node:fs';
import { renderAll } from '../../generator/render.js';
import { compareResource, parameterResolver, reviewChanges } from '../../generator/review/changes.js';
import { fromTexts } from '../../generator/review/model.js';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;
const resourcesOf = (raw: unknown): Resources =>
  (toJsonObject(buildCore(validateConfig(raw, 'test'))) as { Resources: Resources }).Resources;
const ofType = (r: Resources, type: string) => Object.entries(r).filter(([, v]) => v.Type === type);

describe('core.yml', () => {
  it('perAz: a NAT gateway in each public subnet, each private subnet routed to its own', () => {
    const r = resourcesOf({});
    const nats = ofType(r, 'AWS::EC2::NatGateway');
    assert.deepEqual(nats.map(([, v]) => v.Properties.SubnetId), [{ Ref: 'PublicSubnetOne' }, { Ref: 'PublicSubnetTwo' }]);
    assert.deepEqual(r.PrivateRouteOne.Properties.NatGatewayId, { Ref: 'NatGatewayOne' });
    assert.deepEqual(r.PrivateRouteTwo.Properties.NatGatewayId, { Ref: 'NatGatewayTwo' });
  });

  it('single: one NAT gateway shared by both private subnets', () => {
    const r = resourcesOf({ network: { natGateways: 'single' } });
    assert.equal(ofType(r, 'AWS::EC2::NatGateway').length, 1);
    assert.deepEqual(r.PrivateRouteOne.Properties.NatGatewayId, { Ref: 'NatGatewayOne' });
    assert.deepEqual(r.PrivateRouteTwo.Properties.NatGatewayId, { Ref: 'NatGatewayOne' });
  });

  it('none: no NAT, no default route, endpoints so tasks can still pull images, log and call Cognito', () => {
    const r = resourcesOf({ network: { natGateways: 'none' } });
    assert.equal(ofType(r, 'AWS::EC2::NatGateway').length, 0);
    assert.equal(ofType(r, 'AWS::EC2::EIP').length, 0);
    assert.equal(r.PrivateRouteOne, undefined);
    const services = ofType(r, 'AWS::EC2::VPCEndpoint').map(([, v]) => JSON.stringify(v.Properties.ServiceName));
    for (const s of ['dynamodb', 'ecr.api', 'ecr.dkr', 'logs', 's3', 'cognito-idp']) {
      assert.ok(services.some((x) => x.endsWith(`.${s}"}`)), `no ${s} endpoint`);
    }
  });

  it('takes AZs from the AvailabilityZones parameter when given, else !GetAZs of the stack region; never a hard-coded zone', () => {
    const yaml = toYaml(buildCore(validateConfig({}, 'test')));
    // (The parameter's description shows an example pair; no resource names a zone.)
    assert.doesNotMatch(yaml.slice(yaml.indexOf('\nResources:')), /[a-z]{2}-[a-z]+-\d[a-f]\b/, 'a literal availability zone');
    assert.doesNotMatch(yaml, /arn:aws:/, 'an ARN without ${AWS::Partition}');
    const t = toJsonObject(buildCore(validateConfig({}, 'test'))) as {
      Parameters: Record<string, Record<string, unknown>>;
      Conditions: Record<string, unknown>;
      Resources: Resources;
    };
    // Empty by default: a stack that never passes it resolves the names it always had.
    assert.equal(t.Parameters[ZONES_PARAMETER].Type, 'String');
    assert.equal(t.Parameters[ZONES_PARAMETER].Default, '');
    assert.equal(t.Parameters[ZONES_PARAMETER].AllowedPattern, ZONE_PAIR_PATTERN);
    assert.deepEqual(t.Conditions.ZonesGiven, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: ZONES_PARAMETER }, ''] }] });
    const subnets = ofType(t.Resources, 'AWS::EC2::Subnet');
    assert.equal(subnets.length, 4);
    for (const [id, s] of subnets) {
      const index = id.endsWith('One') ? 0 : 1;
      assert.deepEqual(
        s.Properties.AvailabilityZone,
        {
          'Fn::Select': [
            index,
            { 'Fn::If': ['ZonesGiven', { 'Fn::Split': [',', { Ref: ZONES_PARAMETER }] }, { 'Fn::GetAZs': '' }] },
          ],
        },
        id,
      );
    }
    // Exactly two names or nothing; the config schema's zone name is the same pattern.
    const pair = new RegExp(ZONE_PAIR_PATTERN);
    for (const ok of ['', 'us-east-1b,us-east-1c', 'ap-southeast-2a,ap-southeast-2c']) assert.ok(pair.test(ok), ok);
    for (const bad of ['us-east-1a', 'us-east-1a,us-east-1b,us-east-1c', 'us-east-1a, us-east-1b', 'use1-az1,use1-az2'])
      assert.ok(!pair.test(bad), bad);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8')) as {
      properties: { network: { properties: { availabilityZones: { items: { pattern: string } } } } };
    };
    assert.equal(schema.properties.network.properties.availabilityZones.items.pattern, `^${ZONE_NAME}$`);
  });

  it("the service security group admits only tcp on the service port, from the private subnets (the load balancer's nodes)", () => {
    const r = resourcesOf({ service: { port: 9090 }, network: { vpcCidr: '10.8.0.0/16', publicSubnetCidrs: ['10.8.0.0/24', '10.8.1.0/24'], privateSubnetCidrs: ['10.8.2.0/24', '10.8.3.0/24'] } });
    const ingress = r.ServiceSecurityGroup.Properties.SecurityGroupIngress as Record<string, unknown>[];
    assert.deepEqual(
      ingress.map((i) => ({ p: i.IpProtocol, from: i.FromPort, to: i.ToPort, cidr: i.CidrIp })),
      [
        { p: 'tcp', from: 9090, to: 9090, cidr: '10.8.2.0/24' },
        { p: 'tcp', from: 9090, to: 9090, cidr: '10.8.3.0/24' },
      ],
    );
  });

  it('an S3 gateway endpoint in every NAT mode, limited to the ECR layer bucket', () => {
    for (const natGateways of ['perAz', 'single', 'none']) {
      const endpoint = resourcesOf({ network: { natGateways } }).S3Endpoint;
      assert.equal(endpoint.Properties.VpcEndpointType, 'Gateway', natGateways);
      const [statement] = (endpoint.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
      assert.deepEqual(statement.Action, ['s3:GetObject']);
      assert.deepEqual(statement.Resource, [{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::prod-${AWS::Region}-starport-layer-bucket/*' }]);
    }
  });

  it('natGateways none: no internet gateway, public subnet or public route (nothing would use them)', () => {
    const r = resourcesOf({ network: { natGateways: 'none' } });
    for (const type of ['AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment', 'AWS::EC2::EIP', 'AWS::EC2::Route']) {
      assert.deepEqual(ofType(r, type), [], type);
    }
    assert.deepEqual(ofType(r, 'AWS::EC2::Subnet').map(([id]) => id), ['PrivateSubnetOne', 'PrivateSubnetTwo']);
  });

  it('holds the internal load balancer, its target group and listener, in the private subnets', () => {
    const r = resourcesOf({});
    assert.equal(r.LoadBalancer.Properties.Scheme, 'internal');
    assert.equal(r.LoadBalancer.Properties.Type, 'network');
    assert.deepEqual(r.LoadBalancer.Properties.Subnets, [{ Ref: 'PrivateSubnetOne' }, { Ref: 'PrivateSubnetTwo' }]);
    assert.deepEqual(r.Listener.Properties.LoadBalancerArn, { Ref: 'LoadBalancer' });
  });

  it("has one role, the flow log's (writing its own log group only), and gives every subnet no public IP on launch", () => {
    const r = resourcesOf({});
    assert.deepEqual(ofType(r, 'AWS::IAM::Role').map(([id]) => id), ['FlowLogRole']);
    const [statement] = (r.FlowLogRole.Properties.Policies as { PolicyDocument: { Statement: { Resource: unknown }[] } }[])[0]
      .PolicyDocument.Statement;
    assert.deepEqual(statement.Resource, [{ 'Fn::GetAtt': ['FlowLogGroup', 'Arn'] }]);
    assert.deepEqual(r.FlowLog.Properties.ResourceId, { Ref: 'Vpc' });
    assert.equal(r.FlowLog.Properties.TrafficType, 'ALL');
    for (const [, subnet] of ofType(r, 'AWS::EC2::Subnet')) assert.equal(subnet.Properties.MapPublicIpOnLaunch, false);
  });
});

describe('core.yml zones: updating a stack made before the AvailabilityZones parameter', () => {
  // The previous release's templates (subnets on `!Select [i, !GetAZs '']`), compared with
  // today's by the change review `mysfits review --against` runs: with the parameter left empty
  // (what deploy does for a stack that exists) the subnets resolve to the same zones.
  const dir = join(ROOT, 'test', 'fixtures', 'upgrade', 'vpc-link-v1');
  const oldText = readFileSync(join(dir, 'core.yml'), 'utf8');
  const old = fromTexts(readdirSync(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') })));
  const now = fromTexts(renderAll(validateConfig({}, 'test')).filter((f) => f.file.endsWith('.yml')));
  const subnetIds = ['PublicSubnetOne', 'PublicSubnetTwo', 'PrivateSubnetOne', 'PrivateSubnetTwo'];

  it('the fixture places its subnets by !GetAZs', () => {
    assert.equal((oldText.match(/AvailabilityZone: !Select \[[01], !GetAZs ''\]/g) ?? []).length, 4);
  });

  it('no subnet (nor anything in core.yml built on them) is replaced or changed', () => {
    const review = reviewChanges(old, now, 'us-east-1');
    const core = review.changes.filter((c) => c.file === 'core.yml');
    for (const id of subnetIds) assert.equal(core.find((c) => c.id === id), undefined, `${id}: ${JSON.stringify(core.find((c) => c.id === id))}`);
    assert.deepEqual(core.filter((c) => c.action === 'replace' || c.action === 'may-replace' || c.action === 'remove'), []);
  });

  it('a value given for the parameter is seen for what it is: both subnets of a zone replaced', () => {
    const before = old.find((t) => t.file === 'core.yml')!.parsed;
    const after = now.find((t) => t.file === 'core.yml')!.parsed;
    const subnet = (t: typeof before, id: string) => t.resources.find((r) => r.id === id)!;
    const change = compareResource('core.yml', subnet(before, 'PrivateSubnetOne'), subnet(after, 'PrivateSubnetOne'), {
      old: parameterResolver(before, {}),
      new: parameterResolver(after, { [ZONES_PARAMETER]: 'us-east-1b,us-east-1c' }),
    });
    assert.equal(change?.action, 'replace');
    assert.deepEqual(change?.properties, ['AvailabilityZone']);
    const same = compareResource('core.yml', subnet(before, 'PrivateSubnetOne'), subnet(after, 'PrivateSubnetOne'), {
      old: parameterResolver(before, {}),
      new: parameterResolver(after, { [ZONES_PARAMETER]: '' }),
    });
    assert.equal(same, undefined);
  });
});
