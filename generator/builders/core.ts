// core.yml: the network the service runs in, and its internal load balancer. Rebuilt from the
// tutorial's core stack (seed 004, part 3) with its fixes: AZs as deploy chose them (else `!GetAZs ''`), NAT gateways as
// configured (and no public side at all without them), gateway endpoints for DynamoDB (this
// account's tables) and S3 (ECR's layers only), a service security group that admits only the
// service port from the private subnets, and none of the tutorial's unused CI/CD roles. The
// internal load balancer (the tutorial's, made internal) is here rather than in service.yml so
// the API's VPC link can be created while the service's image is still building.
import type { Config } from '../config/load.js';
import { natGatewayCount } from '../config/network.js';
import { AWS, equals, fnIf, getAZs, not, select, split, sub, type Intrinsic } from '../core/intrinsics.js';
import { ZONE_PAIR_PATTERN, ZONES_PARAMETER } from '../config/zones.js';
import { Template, type Parameter, type Resource } from '../core/template.js';
import { allow, arn, assumedBy, headerFor, policyDocument, logGroupSettings, retentionDays } from './common.js';
import { healthyTasksAlarm } from './alarms.js';

const ZONES = ['One', 'Two'] as const;

/**
 * The interface endpoints of natGateways none: logical id, service (com.amazonaws.REGION.<name>),
 * what it carries. Deploy checks that the region offers each, in the zones it chooses.
 */
export const INTERFACE_ENDPOINTS: readonly (readonly [string, string, string])[] = [
  ['EcrApiEndpoint', 'ecr.api', 'ECR API: image manifests and auth tokens without NAT.'],
  ['EcrDockerEndpoint', 'ecr.dkr', 'ECR registry: image pulls without NAT.'],
  ['LogsEndpoint', 'logs', 'CloudWatch Logs: the awslogs driver ships container logs without NAT.'],
  ['CognitoEndpoint', 'cognito-idp', "Cognito user pools API: the service's /auth/* sign-up and sign-in without NAT."],
];

/** The endpoint service name of one of INTERFACE_ENDPOINTS in a region. */
export const endpointServiceName = (region: string, name: string): string => `com.amazonaws.${region}.${name}`;

/** The load balancer's port (API Gateway's integrations call http://<nlb>:80/...); the VPC link's security group opens only it. */
export const LISTENER_PORT = 80;

export function buildCore(config: Config): Template {
  const { network } = config;
  const t = new Template({
    description: `Mythical Mysfits core network: VPC ${network.vpcCidr} across two AZs, ${network.natGateways === 'none' ? 'private subnets, no NAT' : `public and private subnets, NAT (${network.natGateways})`}, DynamoDB and S3 gateway endpoints, service security group, internal network load balancer.`,
    header: [
      ...headerFor('core.yml', 'core'),
      '',
      "The network of the app. Its one IAM role is the flow log's, writing its own log group; the",
      'others live in the stacks whose resources they grant access to, so each names exact ARNs.',
    ],
  });

  const zones = zoneList(t);
  const vpc = buildVpc(t, config);

  // NAT gateways: one per AZ (the tutorial's layout: a zone outage leaves the other zone online),
  // one shared (half the fixed cost; egress of both zones through one), or none. Without NAT,
  // nothing uses the public side: no internet gateway, public subnets or public route.
  const natCount = natGatewayCount(config);
  const publicSide = natCount > 0 ? buildPublicSide(t, config, vpc, zones) : undefined;
  const natGateways = publicSide ? buildNatGateways(t, publicSide, natCount) : [];
  const { privateSubnets, privateRouteTables } = buildPrivateSide(t, config, vpc, natGateways, zones);
  buildGatewayEndpoints(t, vpc, privateRouteTables);
  if (natCount === 0) buildInterfaceEndpoints(t, config, vpc, privateSubnets);
  const serviceSecurityGroup = buildServiceSecurityGroup(t, config, vpc, natCount);
  const { loadBalancer, targetGroup, listener } = buildLoadBalancer(t, config, vpc, privateSubnets);

  t.output('VpcId', { Description: 'The VPC.', Value: vpc.ref() });
  t.output('VpcCidr', { Description: 'CIDR block of the VPC.', Value: vpc.getAtt('CidrBlock') });
  if (publicSide) {
    ZONES.forEach((zone, i) => {
      t.output(`PublicSubnet${zone}`, {
        Description: `Public subnet in AZ ${i + 1}.`,
        Value: publicSide.subnets[i].ref(),
      });
    });
  }
  ZONES.forEach((zone, i) => {
    t.output(`PrivateSubnet${zone}`, { Description: `Private subnet in AZ ${i + 1}.`, Value: privateSubnets[i].ref() });
  });
  t.output('LoadBalancerArn', {
    Description: 'The internal network load balancer, target of the API VPC link.',
    Value: loadBalancer.ref(),
  });
  t.output('LoadBalancerDnsName', {
    Description: 'Private DNS name of the load balancer, used by the API integrations.',
    Value: loadBalancer.getAtt('DNSName'),
  });
  t.output('ListenerArn', {
    Description: "The load balancer's listener, target of an HTTP API's private integration (api.type http).",
    Value: listener.ref(),
  });
  t.output('TargetGroupArn', {
    Description: 'The target group the service registers its tasks in.',
    Value: targetGroup.ref(),
  });
  healthyTasksAlarm(
    t,
    config,
    { targetGroup: targetGroup.id, loadBalancer: loadBalancer.id },
    config.service.desiredCount,
  );

  t.output('ServiceSecurityGroupId', {
    Description: 'Security group of the Fargate tasks.',
    Value: serviceSecurityGroup.getAtt('GroupId'),
  });
  return t;
}

/** The AvailabilityZones parameter, the same in core.yml and main.yml (which passes it on). */
export function zonesParameter(t: Template): Parameter {
  return t.parameter(ZONES_PARAMETER, {
    Type: 'String',
    Description:
      "Two availability zone names for the subnets, comma-separated (us-east-1a,us-east-1c). Empty (the default): the region's first two zones. `mysfits deploy` fills it, choosing zones where Fargate, the VPC link and the VPC endpoints exist. Changing it on a stack that exists replaces both subnets and everything in them.",
    label: 'Availability zones (optional)',
    Default: '',
    AllowedPattern: ZONE_PAIR_PATTERN,
    ConstraintDescription: 'empty, or two zone names separated by a comma (us-east-1a,us-east-1c)',
  });
}

/**
 * The two zones' names as a list: the AvailabilityZones parameter when given (`mysfits deploy`
 * chooses them by zone ID), else `!GetAZs ''` (the region's zones in name order). A stack made
 * before the parameter, or updated without it, resolves exactly the names it had: its subnets stay.
 */
function zoneList(t: Template): Intrinsic {
  const zones = zonesParameter(t);
  const given = t.condition(
    'ZonesGiven',
    not(equals(zones.ref(), '')),
    `The ${ZONES_PARAMETER} parameter names the two zones.`,
  );
  return fnIf(given, split(',', zones.ref()), getAZs());
}

/** The VPC, and its flow log: a log group kept the configured days, and the role that writes it. */
function buildVpc(t: Template, config: Config): Resource<'AWS::EC2::VPC'> {
  const { network } = config;
  const vpc = t.resource('Vpc', {
    Type: 'AWS::EC2::VPC',
    nameTag: 'vpc',
    comment: 'The app network; DNS support and hostnames on so VPC endpoints resolve privately.',
    Properties: {
      CidrBlock: network.vpcCidr,
      EnableDnsSupport: true,
      EnableDnsHostnames: true,
    },
  });

  // Flow logs: who talked to what in the VPC (accepted and rejected), for the ops reviewer and for
  // debugging a security group. CloudWatch Logs, with the configured retention.
  const flowLogGroup = t.resource('FlowLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `The VPC's flow log records (every accepted and rejected connection), kept ${retentionDays(config)} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });
  const flowLogRole = t.resource('FlowLogRole', {
    Type: 'AWS::IAM::Role',
    comment: "Lets VPC Flow Logs write this account's flow log group, nothing else.",
    Properties: {
      // The service may act for this account only (confused-deputy guard).
      AssumeRolePolicyDocument: assumedBy('vpc-flow-logs.amazonaws.com', {
        StringEquals: { 'aws:SourceAccount': AWS.AccountId },
      }),
      Policies: [
        {
          PolicyName: 'write-flow-logs',
          PolicyDocument: policyDocument(
            allow(
              'WriteTheFlowLogGroup',
              ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
              [flowLogGroup.getAtt('Arn')],
            ),
          ),
        },
      ],
    },
  });
  t.resource('FlowLog', {
    Type: 'AWS::EC2::FlowLog',
    nameTag: 'flow-log',
    comment: 'Records every connection in the VPC (accepted and rejected) to the flow log group.',
    Properties: {
      ResourceId: vpc.ref(),
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
      LogGroupName: flowLogGroup.ref(),
      DeliverLogsPermissionArn: flowLogRole.getAtt('Arn'),
    },
  });
  return vpc;
}

/** The NAT gateways (`natCount` of them, in the public subnets), each with its fixed public address. */
function buildNatGateways(t: Template, publicSide: PublicSide, natCount: number): Resource<'AWS::EC2::NatGateway'>[] {
  const natGateways: Resource<'AWS::EC2::NatGateway'>[] = [];
  for (let i = 0; i < natCount; i++) {
    const zone = ZONES[i];
    const eip = t.resource(`NatGateway${zone}Eip`, {
      Type: 'AWS::EC2::EIP',
      nameTag: `nat-${i + 1}`,
      comment: `Fixed public address of NAT gateway ${zone.toLowerCase()}.`,
      DependsOn: [publicSide.gatewayAttachment],
      Properties: { Domain: 'vpc' },
    });
    natGateways.push(
      t.resource(`NatGateway${zone}`, {
        Type: 'AWS::EC2::NatGateway',
        nameTag: `nat-${i + 1}`,
        comment:
          natCount === 1
            ? 'The one NAT gateway (natGateways: single): outbound internet for both private subnets.'
            : `NAT gateway of AZ ${i + 1}: outbound internet for private subnet ${zone.toLowerCase()} (image pulls, AWS APIs).`,
        Properties: {
          AllocationId: eip.getAtt('AllocationId'),
          SubnetId: publicSide.subnets[i].ref(),
        },
      }),
    );
  }
  return natGateways;
}

/** The private subnets (tasks, load balancer), each on its own route table, whose default route is a NAT gateway if any. */
function buildPrivateSide(
  t: Template,
  config: Config,
  vpc: Resource<'AWS::EC2::VPC'>,
  natGateways: Resource<'AWS::EC2::NatGateway'>[],
  zones: Intrinsic,
) {
  const { network } = config;
  const privateSubnets = ZONES.map((zone, i) =>
    t.resource(`PrivateSubnet${zone}`, {
      Type: 'AWS::EC2::Subnet',
      nameTag: `private-${i + 1}`,
      comment: `Private subnet in the ${i === 0 ? 'first' : 'second'} AZ: Fargate tasks and the internal load balancer.`,
      Properties: {
        VpcId: vpc.ref(),
        CidrBlock: network.privateSubnetCidrs[i],
        AvailabilityZone: select(i, zones),
        MapPublicIpOnLaunch: false,
      },
    }),
  );
  const privateRouteTables = ZONES.map((zone, i) => {
    const table = t.resource(`PrivateRouteTable${zone}`, {
      Type: 'AWS::EC2::RouteTable',
      nameTag: `private-${i + 1}`,
      comment: `Routes of private subnet ${zone.toLowerCase()}${natGateways.length === 0 ? ': no default route (natGateways: none).' : '.'}`,
      Properties: { VpcId: vpc.ref() },
    });
    if (natGateways.length > 0) {
      const nat = natGateways[Math.min(i, natGateways.length - 1)];
      t.resource(`PrivateRoute${zone}`, {
        Type: 'AWS::EC2::Route',
        comment: `Default route of private subnet ${zone.toLowerCase()} through ${nat.id}.`,
        Properties: { RouteTableId: table.ref(), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: nat.ref() },
      });
    }
    t.resource(`PrivateSubnet${zone}RouteTableAssociation`, {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      comment: `Puts private subnet ${zone.toLowerCase()} on its own route table.`,
      Properties: { SubnetId: privateSubnets[i].ref(), RouteTableId: table.ref() },
    });
    return table;
  });
  return { privateSubnets, privateRouteTables };
}

/** The gateway endpoints (free) for DynamoDB and S3, on the private route tables, each limited by its policy. */
function buildGatewayEndpoints(
  t: Template,
  vpc: Resource<'AWS::EC2::VPC'>,
  privateRouteTables: Resource<'AWS::EC2::RouteTable'>[],
): void {
  t.resource('DynamoDbEndpoint', {
    Type: 'AWS::EC2::VPCEndpoint',
    comment:
      "Gateway endpoint: table traffic stays on the AWS network and costs no NAT data; policy limits it to this account's tables.",
    Properties: {
      VpcId: vpc.ref(),
      VpcEndpointType: 'Gateway',
      ServiceName: sub('com.amazonaws.${AWS::Region}.dynamodb'),
      RouteTableIds: privateRouteTables.map((rt) => rt.ref()),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ThisAccountsTablesOnly',
            Effect: 'Allow',
            Principal: '*',
            Action: [
              'dynamodb:GetItem',
              'dynamodb:PutItem',
              'dynamodb:UpdateItem',
              'dynamodb:DeleteItem',
              'dynamodb:BatchGetItem',
              'dynamodb:BatchWriteItem',
              'dynamodb:Query',
              'dynamodb:Scan',
              'dynamodb:DescribeTable',
              'dynamodb:ConditionCheckItem',
            ],
            Resource: [arn('dynamodb', 'table/*')],
          },
        ],
      },
    },
  });

  t.resource('S3Endpoint', {
    Type: 'AWS::EC2::VPCEndpoint',
    comment:
      "Gateway endpoint (free) for S3, where ECR keeps image layers: pulls skip NAT (no data charge) and work without it; policy: ECR's layer bucket of the region only.",
    Properties: {
      VpcId: vpc.ref(),
      VpcEndpointType: 'Gateway',
      ServiceName: sub('com.amazonaws.${AWS::Region}.s3'),
      RouteTableIds: privateRouteTables.map((rt) => rt.ref()),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EcrImageLayersOnly',
            Effect: 'Allow',
            Principal: '*',
            Action: ['s3:GetObject'],
            // Where ECR stores the layers of every repository of the region (ECR's documentation).
            Resource: [sub('arn:${AWS::Partition}:s3:::prod-${AWS::Region}-starport-layer-bucket/*')],
          },
        ],
      },
    },
  });
}

/** Without NAT: the interface endpoints the tasks need, and the security group that admits the tasks to them. */
function buildInterfaceEndpoints(
  t: Template,
  config: Config,
  vpc: Resource<'AWS::EC2::VPC'>,
  privateSubnets: Resource<'AWS::EC2::Subnet'>[],
): void {
  const { network } = config;
  // Without NAT, tasks still need to pull their image (ECR API, ECR registry, image layers in
  // S3), ship logs and call Cognito's user pools API for /auth/*; these endpoints carry exactly
  // that (Cognito's endpoint serves a pool without a domain, as ours is). The user pool's
  // signing keys, which the service would fetch from Cognito's public URL, reach it at deploy
  // time instead (service.yml: UserPoolKeys).
  const endpointSecurityGroup = t.resource('EndpointSecurityGroup', {
    Type: 'AWS::EC2::SecurityGroup',
    nameTag: 'endpoints',
    comment: 'Interface endpoints accept HTTPS from the private subnets (the tasks) only.',
    Properties: {
      GroupDescription: 'HTTPS from the private subnets to the interface endpoints',
      VpcId: vpc.ref(),
      SecurityGroupIngress: network.privateSubnetCidrs.map((cidr, i) => ({
        IpProtocol: 'tcp',
        FromPort: 443,
        ToPort: 443,
        CidrIp: cidr,
        Description: `HTTPS from private subnet ${i + 1} (the tasks)`,
      })),
    },
  });
  for (const [id, name, comment] of INTERFACE_ENDPOINTS) {
    t.resource(id, {
      Type: 'AWS::EC2::VPCEndpoint',
      comment,
      Properties: {
        VpcId: vpc.ref(),
        VpcEndpointType: 'Interface',
        ServiceName: sub(endpointServiceName('${AWS::Region}', name)),
        PrivateDnsEnabled: true,
        SubnetIds: privateSubnets.map((s) => s.ref()),
        SecurityGroupIds: [endpointSecurityGroup.ref()],
      },
    });
  }
}

/** The tasks' security group: the service port from the private subnets in, HTTPS out. */
function buildServiceSecurityGroup(
  t: Template,
  config: Config,
  vpc: Resource<'AWS::EC2::VPC'>,
  natCount: number,
): Resource<'AWS::EC2::SecurityGroup'> {
  const { network, service } = config;
  const serviceSecurityGroup = t.resource('ServiceSecurityGroup', {
    Type: 'AWS::EC2::SecurityGroup',
    nameTag: 'service',
    comment: `Fargate tasks: tcp ${service.port} from the private subnets only, where the load balancer's nodes are (the tutorial opened every protocol to the world); egress HTTPS only.`,
    Properties: {
      GroupDescription: `Mysfits service: tcp ${service.port} from the private subnets, HTTPS out`,
      VpcId: vpc.ref(),
      // The internal load balancer's nodes (and its health checks) are in the private subnets.
      SecurityGroupIngress: network.privateSubnetCidrs.map((cidr, i) => ({
        IpProtocol: 'tcp',
        FromPort: service.port,
        ToPort: service.port,
        CidrIp: cidr,
        Description: `Service port from private subnet ${i + 1} (the internal load balancer's nodes)`,
      })),
      SecurityGroupEgress: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          CidrIp: '0.0.0.0/0',
          Description:
            natCount === 0
              ? 'HTTPS to AWS APIs through the VPC endpoints: ECR, CloudWatch Logs, S3, DynamoDB'
              : 'HTTPS to AWS APIs: ECR, CloudWatch Logs, DynamoDB, Cognito signing keys',
        },
      ],
    },
  });
  return serviceSecurityGroup;
}

/** The internal network load balancer, its target group (the tasks) and its TCP listener. */
function buildLoadBalancer(
  t: Template,
  config: Config,
  vpc: Resource<'AWS::EC2::VPC'>,
  privateSubnets: Resource<'AWS::EC2::Subnet'>[],
) {
  const { service } = config;
  // The internal load balancer lives with the network, not with the service: the API's VPC link
  // needs only it, so the VPC link (minutes to create) is made while the service's image builds.
  const loadBalancer = t.resource('LoadBalancer', {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    nameTag: 'nlb',
    comment:
      'INTERNAL network load balancer in the private subnets: reachable only from the VPC link (the tutorial made it internet-facing, bypassing auth).',
    suppress: [
      {
        rule: 'AwsSolutions-ELB2',
        reason:
          "A network load balancer writes access logs only for TLS listeners, and this one's TCP listener is reached only through the VPC link; API Gateway's access log records every request it forwards.",
      },
    ],
    Properties: {
      Type: 'network',
      Scheme: 'internal',
      Subnets: privateSubnets.map((s) => s.ref()),
      LoadBalancerAttributes: [
        // One task can serve both zones' load balancer nodes.
        { Key: 'load_balancing.cross_zone.enabled', Value: 'true' },
      ],
    },
  });
  const targetGroup = t.resource('TargetGroup', {
    Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    nameTag: 'service',
    comment: `Task IPs on tcp ${service.port} (the service stack registers them), health-checked over HTTP on / (the service's health route; no database call).`,
    Properties: {
      TargetType: 'ip',
      Protocol: 'TCP',
      Port: service.port,
      VpcId: vpc.ref(),
      HealthCheckProtocol: 'HTTP',
      HealthCheckPath: '/',
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 3,
      UnhealthyThresholdCount: 3,
      TargetGroupAttributes: [
        // Long enough for the service's graceful shutdown to finish requests in flight.
        { Key: 'deregistration_delay.timeout_seconds', Value: '30' },
      ],
    },
  });
  const listener = t.resource('Listener', {
    Type: 'AWS::ElasticLoadBalancingV2::Listener',
    comment: `TCP ${LISTENER_PORT} to the tasks; plain TCP inside the VPC, TLS ends at API Gateway.`,
    Properties: {
      LoadBalancerArn: loadBalancer.ref(),
      Port: LISTENER_PORT,
      Protocol: 'TCP',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroup.ref() }],
    },
  });
  return { loadBalancer, targetGroup, listener };
}

/** What the NAT gateways need of the public side. */
interface PublicSide {
  gatewayAttachment: Resource<'AWS::EC2::VPCGatewayAttachment'>;
  subnets: Resource<'AWS::EC2::Subnet'>[];
}

/** The internet gateway, the public route table and the public subnets (which hold only NAT gateways). */
function buildPublicSide(t: Template, config: Config, vpc: Resource<'AWS::EC2::VPC'>, zones: Intrinsic): PublicSide {
  const { network } = config;
  const internetGateway = t.resource('InternetGateway', {
    Type: 'AWS::EC2::InternetGateway',
    nameTag: 'igw',
    comment: 'Internet access for the public subnets (NAT gateways); nothing else is public in this stack.',
    Properties: {},
  });
  const gatewayAttachment = t.resource('GatewayAttachment', {
    Type: 'AWS::EC2::VPCGatewayAttachment',
    comment: 'Attaches the internet gateway to the VPC.',
    Properties: { VpcId: vpc.ref(), InternetGatewayId: internetGateway.ref() },
  });

  const publicRouteTable = t.resource('PublicRouteTable', {
    Type: 'AWS::EC2::RouteTable',
    nameTag: 'public',
    comment: 'Routes of both public subnets: the default route goes to the internet gateway.',
    Properties: { VpcId: vpc.ref() },
  });
  t.resource('PublicRoute', {
    Type: 'AWS::EC2::Route',
    comment: 'Default route of the public subnets, once the gateway is attached.',
    DependsOn: [gatewayAttachment],
    Properties: {
      RouteTableId: publicRouteTable.ref(),
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: internetGateway.ref(),
    },
  });

  const publicSubnets = ZONES.map((zone, i) => {
    const subnet = t.resource(`PublicSubnet${zone}`, {
      Type: 'AWS::EC2::Subnet',
      nameTag: `public-${i + 1}`,
      comment: `Public subnet in the ${i === 0 ? 'first' : 'second'} AZ; no public IPs on launch: only NAT gateways live here.`,
      Properties: {
        VpcId: vpc.ref(),
        CidrBlock: network.publicSubnetCidrs[i],
        AvailabilityZone: select(i, zones),
        MapPublicIpOnLaunch: false,
      },
    });
    t.resource(`PublicSubnet${zone}RouteTableAssociation`, {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      comment: `Puts public subnet ${zone.toLowerCase()} on the public route table.`,
      Properties: { SubnetId: subnet.ref(), RouteTableId: publicRouteTable.ref() },
    });
    return subnet;
  });

  return { gatewayAttachment, subnets: publicSubnets };
}
