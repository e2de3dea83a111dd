// The availability zones `mysfits deploy` puts the fargate network in, and its check of the
// interface endpoint services without NAT (issue 26 item 8).
//
// Against moto_server: DescribeAvailabilityZones (moto maps us-east-1's names to zone IDs, one of
// them use1-az3, which the API Gateway guide leaves out of VPC links V2), DescribeVpcEndpointServices
// for ECR and CloudWatch Logs, and CloudFormation for a stack that exists. Where moto has no
// answer, RECORDED answers in the documented EC2 shapes stand in, and each test says so: moto has no
// com.amazonaws.us-east-1.cognito-idp endpoint service (AWS has, in us-east-1), and moto's zone
// mapping is fixed (an account whose FIRST zone is use1-az3 is a recorded answer).
import { strict as assert } from 'node:assert';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { Readable } from 'node:stream';
import { EC2Client } from '@aws-sdk/client-ec2';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';
import { ec2Reader, type Ec2Reader } from '../../generator/aws/ec2.js';
import {
  planZones,
  zonePlanJson,
  zonePlanLines,
  ZoneRefusal,
  zoneTemplateConfiguration,
} from '../../generator/aws/zones.js';
import { INTERFACE_ENDPOINTS } from '../../generator/builders/core.js';
import { ZONE_LIMITS, ZONE_READS, ZONES_PARAMETER } from '../../generator/config/zones.js';
import { motoClientConfig, startMoto, type Moto } from '../support/moto.js';

/** A DescribeAvailabilityZones answer in EC2's documented XML shape (recorded form). */
const zonesXml = (zones: readonly (readonly [string, string, string?, string?])[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<DescribeAvailabilityZonesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>e1a1c7a4-0000-4000-8000-000000000000</requestId>
  <availabilityZoneInfo>${zones
    .map(
      ([name, id, state = 'available', type = 'availability-zone']) => `
    <item>
      <zoneName>${name}</zoneName>
      <zoneState>${state}</zoneState>
      <regionName>us-east-1</regionName>
      <zoneId>${id}</zoneId>
      <zoneType>${type}</zoneType>
      <optInStatus>${type === 'availability-zone' ? 'opt-in-not-required' : 'opted-in'}</optInStatus>
      <groupName>us-east-1</groupName>
      <networkBorderGroup>us-east-1</networkBorderGroup>
      <messageSet/>
    </item>`,
    )
    .join('')}
  </availabilityZoneInfo>
</DescribeAvailabilityZonesResponse>`;

/** A DescribeVpcEndpointServices answer for one service (documented shape: serviceDetailSet/item). */
const serviceXml = (service: string, zones: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<DescribeVpcEndpointServicesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>0c5e0f7e-0000-4000-8000-000000000000</requestId>
  <serviceNameSet><item>${service}</item></serviceNameSet>
  <serviceDetailSet>
    <item>
      <serviceName>${service}</serviceName>
      <serviceId>vpce-svc-0123456789abcdef0</serviceId>
      <serviceType><item><serviceType>Interface</serviceType></item></serviceType>
      <availabilityZoneSet>${zones.map((z) => `<item>${z}</item>`).join('')}</availabilityZoneSet>
      <owner>amazon</owner>
      <baseEndpointDnsNameSet><item>cognito-idp.us-east-1.vpce.amazonaws.com</item></baseEndpointDnsNameSet>
      <privateDnsName>cognito-idp.us-east-1.amazonaws.com</privateDnsName>
      <vpcEndpointPolicySupported>true</vpcEndpointPolicySupported>
      <acceptanceRequired>false</acceptanceRequired>
      <managesVpcEndpoints>false</managesVpcEndpoints>
      <tagSet/>
    </item>
  </serviceDetailSet>
</DescribeVpcEndpointServicesResponse>`;

/**
 * An EC2 reader whose client gets `answer(action)` as EC2's HTTP answer (200, XML): a recorded
 * answer goes through the SDK's own EC2 Query deserializer, as AWS's would.
 */
const recordedEc2 = (answer: (action: string, params: URLSearchParams) => string, statusCode = 200): Ec2Reader =>
  ec2Reader(
    new EC2Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'recorded', secretAccessKey: 'recorded' },
      requestHandler: {
        handle: async (request: HttpRequest) => ({
          response: new HttpResponse({
            statusCode,
            headers: { 'content-type': 'text/xml;charset=UTF-8' },
            body: Readable.from([
              Buffer.from(
                ((params) => answer(params.get('Action') ?? '', params))(new URLSearchParams(String(request.body))),
              ),
            ]),
          }),
        }),
      },
    }),
  );

/** DescribeVpcEndpointServices' answer for a service the region lacks: an empty set. */
const NO_SUCH_SERVICE = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeVpcEndpointServicesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>0c5e0f7e-0000-4000-8000-000000000001</requestId>
  <serviceNameSet/>
  <serviceDetailSet/>
</DescribeVpcEndpointServicesResponse>`;

const COGNITO = 'com.amazonaws.us-east-1.cognito-idp';

describe('deploy: availability zones chosen by zone ID, and the endpoint services without NAT', function () {
  this.timeout(120_000);
  let moto: Moto;
  let cf: CloudFormationClient;
  let ec2: Ec2Reader;
  let ec2Client: EC2Client;
  /** moto for everything, but a recorded answer for Cognito's endpoint service (moto has none). */
  const withCognito = (zones: readonly string[]): Ec2Reader => ({
    availabilityZones: () => ec2.availabilityZones(),
    endpointServiceZones: async (name) =>
      name === COGNITO
        ? recordedEc2(() => serviceXml(COGNITO, zones)).endpointServiceZones(COGNITO)
        : ec2.endpointServiceZones(name),
  });

  before(async () => {
    moto = await startMoto();
    const config = motoClientConfig(moto);
    cf = new CloudFormationClient(config);
    ec2Client = new EC2Client(config);
    ec2 = ec2Reader(ec2Client);
    // Stacks that exist: one made with a zone pair, one from before the parameter.
    const template = (parameters: boolean) =>
      JSON.stringify({
        ...(parameters ? { Parameters: { [ZONES_PARAMETER]: { Type: 'String', Default: '' } } } : {}),
        Resources: { Marker: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'x' } } },
      });
    for (const [name, parameters] of [
      ['pinned', [{ ParameterKey: ZONES_PARAMETER, ParameterValue: 'us-east-1c,us-east-1d' }]],
      ['older', undefined],
    ] as const) {
      // (A retried CreateStack on a loaded machine finds its first attempt's stack: that is the one.)
      await cf
        .send(
          new CreateStackCommand({
            StackName: name,
            TemplateBody: template(!!parameters),
            Parameters: parameters ? [...parameters] : undefined,
          }),
        )
        .catch((err: Error) => {
          if (err.name !== 'AlreadyExistsException') throw err;
        });
    }
  });
  after(async () => {
    cf?.destroy();
    ec2Client?.destroy();
    await moto?.stop();
  });

  it("reads the account's zone names and IDs, and where an endpoint service is offered (moto)", async () => {
    const zones = await ec2.availabilityZones();
    assert.ok(zones.length >= 3, JSON.stringify(zones));
    assert.ok(
      zones.some((z) => z.id === 'use1-az3'),
      'moto maps one us-east-1 name to use1-az3',
    );
    assert.ok(zones.every((z) => z.type === 'availability-zone' && z.state === 'available'));
    const ecr = await ec2.endpointServiceZones('com.amazonaws.us-east-1.ecr.api');
    assert.deepEqual(ecr, zones.map((z) => z.name).sort());
    // An unknown service is an InvalidServiceName error from EC2: absent, not a failure.
    assert.equal(await ec2.endpointServiceZones('com.amazonaws.us-east-1.no-such-service'), undefined);
  });

  it('a new stack gets the first two zones whose IDs have VPC link V2 and Fargate; use1-az3 is skipped, saying why', async () => {
    const az3 = (await ec2.availabilityZones()).find((z) => z.id === 'use1-az3')!;
    const plan = await planZones(cf, ec2, { region: 'us-east-1', stackName: 'new-app', natGateways: 'perAz' });
    assert.equal(plan.source, 'chosen');
    assert.equal(plan.zones.length, 2);
    assert.ok(!plan.zones.includes(az3.name));
    assert.equal(plan.parameter, plan.zones.join(','));
    const skipped = plan.skipped.find((v) => v.zone.id === 'use1-az3');
    assert.match(skipped?.lacks.join() ?? '', /VPC link V2 \(API Gateway\): not in use1-az3 \(https:\/\/docs\.aws/);
    const lines = zonePlanLines(plan).join('\n');
    assert.match(lines, new RegExp(`availability zones: ${plan.zones.join(', ')} \\(chosen by zone ID\\)`));
    assert.match(lines, new RegExp(`skipped ${az3.name} \\(use1-az3\\): VPC link V2`));
    assert.deepEqual(zonePlanJson(plan), {
      source: 'chosen',
      zones: plan.zones,
      skipped: plan.skipped.map((v) => ({ zone: v.zone.name, zoneId: v.zone.id, lacks: v.lacks })),
    });
  });

  it('an account whose FIRST zone is use1-az3 (a recorded answer: moto maps names its own way) gets the next two', async () => {
    // Recorded answers: this account's zones, and no endpoint service asked about exists.
    const recorded = recordedEc2((action) =>
      action === 'DescribeAvailabilityZones'
        ? zonesXml([
            ['us-east-1a', 'use1-az3'],
            // An opted-in Local Zone sorts before us-east-1b: never a candidate, nor listed.
            ['us-east-1-bos-1a', 'use1-bos1-az1', 'available', 'local-zone'],
            ['us-east-1b', 'use1-az6'],
            ['us-east-1c', 'use1-az1'],
            ['us-east-1d', 'use1-az2'],
          ])
        : NO_SUCH_SERVICE,
    );
    const plan = await planZones(cf, recorded, { region: 'us-east-1', stackName: 'new-app', natGateways: 'single' });
    assert.deepEqual(plan.zones, ['us-east-1b', 'us-east-1c']);
    assert.deepEqual(
      plan.skipped.map((v) => v.zone.name),
      ['us-east-1a'],
    );
  });

  it('a stack that exists keeps its zones (the parameter is not passed), however the config would choose', async () => {
    const kept = await planZones(cf, ec2, { region: 'us-east-1', stackName: 'pinned', natGateways: 'perAz' });
    assert.deepEqual(kept, { source: 'kept', zones: ['us-east-1c', 'us-east-1d'], skipped: [] });
    assert.equal(kept.parameter, undefined);
    assert.match(
      zonePlanLines(kept).join(),
      /kept as the stack has them \(us-east-1c, us-east-1d\); subnets never move/,
    );
    // Made before the parameter: it stays on !GetAZs '' (the template's default resolves the same names).
    const older = await planZones(cf, ec2, { region: 'us-east-1', stackName: 'older', natGateways: 'perAz' });
    assert.deepEqual(older, { source: 'kept', zones: [], skipped: [] });
    // For the pipeline's template configuration the kept value is written out, '' included.
    assert.deepEqual(zoneTemplateConfiguration(kept), { Parameters: { [ZONES_PARAMETER]: 'us-east-1c,us-east-1d' } });
    assert.deepEqual(zoneTemplateConfiguration(older), { Parameters: { [ZONES_PARAMETER]: '' } });
    // The same pin as the stack's is fine; another pair is refused (it would replace both subnets).
    const same = await planZones(cf, ec2, {
      region: 'us-east-1',
      stackName: 'pinned',
      natGateways: 'perAz',
      pinned: ['us-east-1c', 'us-east-1d'],
    });
    assert.equal(same.source, 'kept');
    await assert.rejects(
      planZones(cf, ec2, {
        region: 'us-east-1',
        stackName: 'pinned',
        natGateways: 'perAz',
        pinned: ['us-east-1a', 'us-east-1b'],
      }),
      (err: Error) =>
        err instanceof ZoneRefusal &&
        /stack pinned exists with its subnets in us-east-1c, us-east-1d; moving them would replace both subnets/.test(
          err.message,
        ) &&
        /set it to \["us-east-1c", "us-east-1d"\]/.test(err.message),
    );
  });

  it('a pinned pair is checked against the same data: a zone without VPC link V2, or not in the account, is refused', async () => {
    const az3 = (await ec2.availabilityZones()).find((z) => z.id === 'use1-az3')!;
    const others = (await ec2.availabilityZones()).filter((z) => z.id !== 'use1-az3').map((z) => z.name);
    await assert.rejects(
      planZones(cf, ec2, {
        region: 'us-east-1',
        stackName: 'new-app',
        natGateways: 'perAz',
        pinned: [az3.name, others[0]],
      }),
      (err: Error) =>
        err instanceof ZoneRefusal &&
        new RegExp(`${az3.name} \\(use1-az3\\): VPC link V2 \\(API Gateway\\): not in use1-az3`).test(err.message) &&
        new RegExp(`Zones that qualify: ${others.join(', ')}`).test(err.message),
    );
    await assert.rejects(
      planZones(cf, ec2, {
        region: 'us-east-1',
        stackName: 'new-app',
        natGateways: 'perAz',
        pinned: ['us-east-1z', others[0]],
      }),
      /us-east-1z: not a zone of us-east-1 for this account/,
    );
    const pinned = await planZones(cf, ec2, {
      region: 'us-east-1',
      stackName: 'new-app',
      natGateways: 'perAz',
      pinned: [others[2], others[0]],
    });
    assert.deepEqual(pinned, {
      source: 'pinned',
      zones: [others[2], others[0]],
      parameter: `${others[2]},${others[0]}`,
      skipped: [],
    });
  });

  it('natGateways none in a region without the cognito-idp endpoint service (moto has none) is refused, naming the region and the fix', async () => {
    await assert.rejects(
      planZones(cf, ec2, { region: 'us-east-1', stackName: 'new-app', natGateways: 'none' }),
      (err: Error) =>
        err instanceof ZoneRefusal &&
        /region us-east-1 offers no com\.amazonaws\.us-east-1\.cognito-idp endpoint service/.test(err.message) &&
        /Set network\.natGateways to "single"/.test(err.message),
    );
    // An existing stack is checked too: natGateways none may be new to it.
    await assert.rejects(
      planZones(cf, ec2, { region: 'us-east-1', stackName: 'pinned', natGateways: 'none' }),
      /cognito-idp endpoint service/,
    );
    // With NAT there are no interface endpoints to check.
    assert.equal(
      (await planZones(cf, ec2, { region: 'us-east-1', stackName: 'n', natGateways: 'single' })).source,
      'chosen',
    );
  });

  it('natGateways none: only zones where every endpoint service is offered (Cognito: a recorded answer)', async () => {
    const all = (await ec2.availabilityZones()).map((z) => z.name).sort();
    // Cognito's endpoint offered in all zones but the first.
    const plan = await planZones(cf, withCognito(all.slice(1)), {
      region: 'us-east-1',
      stackName: 'new-app',
      natGateways: 'none',
    });
    assert.ok(!plan.zones.includes(all[0]), plan.zones.join());
    const first = plan.skipped.find((v) => v.zone.name === all[0]);
    assert.deepEqual(first?.lacks, [`interface endpoint ${COGNITO}: not offered in ${all[0]}`]);
    // Every service core.yml makes an endpoint for was asked about.
    const asked: string[] = [];
    await planZones(
      cf,
      {
        availabilityZones: () => ec2.availabilityZones(),
        endpointServiceZones: async (name) => (asked.push(name), all),
      },
      { region: 'us-east-1', stackName: 'new-app', natGateways: 'none' },
    );
    assert.deepEqual(
      asked,
      INTERFACE_ENDPOINTS.map(([, name]) => `com.amazonaws.us-east-1.${name}`),
    );
  });

  it('fewer than two zones qualifying is refused, naming every zone and what it lacks (recorded answer)', async () => {
    // Recorded answers: this account's zones, and no endpoint service asked about exists.
    const recorded = recordedEc2((action) =>
      action === 'DescribeAvailabilityZones'
        ? zonesXml([
            ['us-west-1a', 'usw1-az1'],
            ['us-west-1b', 'usw1-az2'],
            ['us-west-1c', 'usw1-az3', 'impaired'],
          ])
        : NO_SUCH_SERVICE,
    );
    await assert.rejects(
      planZones(cf, recorded, { region: 'us-west-1', stackName: 'new-app', natGateways: 'perAz' }),
      (err: Error) => {
        assert.match(err.message, /fewer than two zones of us-west-1 can hold the app's subnets \(1 can\)/);
        assert.match(err.message, /us-west-1a \(usw1-az1\): qualifies/);
        assert.match(
          err.message,
          /us-west-1b \(usw1-az2\): VPC link V2 \(API Gateway\): not in usw1-az2 .*; Fargate \(ECS\): not in usw1-az2/,
        );
        assert.match(err.message, /us-west-1c \(usw1-az3\): state impaired/);
        return err instanceof ZoneRefusal;
      },
    );
  });

  it("calls exactly the EC2 actions ZONE_READS names (the pipeline build role's grant), with natGateways none (recorded answers)", async () => {
    const actions = new Set<string>();
    const recorded = recordedEc2((action, params) => {
      actions.add(`ec2:${action}`);
      if (action === 'DescribeAvailabilityZones')
        return zonesXml([
          ['us-east-1a', 'use1-az1'],
          ['us-east-1b', 'use1-az2'],
        ]);
      // Every endpoint service asked for, offered in both zones.
      return serviceXml(params.get('ServiceName.1') ?? '', ['us-east-1a', 'us-east-1b']);
    });
    const plan = await planZones(cf, recorded, { region: 'us-east-1', stackName: 'new-app', natGateways: 'none' });
    assert.deepEqual(plan.zones, ['us-east-1a', 'us-east-1b']);
    assert.deepEqual([...actions].sort(), [...ZONE_READS].sort());
  });

  it('every zone limit cites the AWS documentation page its list is copied from', () => {
    for (const limit of ZONE_LIMITS) {
      assert.match(limit.source, /^https:\/\/docs\.aws\.amazon\.com\//, limit.what);
      for (const [region, ids] of Object.entries(limit.supported)) {
        for (const id of ids) assert.match(id, /^[a-z0-9]+-az[0-9]+$/, `${limit.what} ${region}`);
      }
    }
  });

  it("reads EC2's InvalidServiceName error as a service the region does not have (recorded answer)", async () => {
    // What EC2 answers when any name asked for is not an endpoint service of the region.
    const reader = recordedEc2(
      () => `<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>InvalidServiceName</Code><Message>The Vpc Endpoint Service '${COGNITO}' does not exist</Message></Error></Errors><RequestID>0c5e0f7e-0000-4000-8000-000000000002</RequestID></Response>`,
      400,
    );
    assert.equal(await reader.endpointServiceZones(COGNITO), undefined);
    // Any other error is not read as an answer.
    const denied = recordedEc2(
      () => `<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>0c5e0f7e-0000-4000-8000-000000000003</RequestID></Response>`,
      403,
    );
    await assert.rejects(denied.endpointServiceZones(COGNITO), { name: 'UnauthorizedOperation' });
  });
});
