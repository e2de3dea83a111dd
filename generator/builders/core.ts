// core.yml: the network the service runs in. Rebuilt from the tutorial's core stack (seed 004,
// part 3) with its fixes: AZs from `!GetAZs ''`, NAT gateways as configured, a DynamoDB gateway
// endpoint scoped to this account's tables, a service security group that admits only the
// service port from inside the VPC, and none of the tutorial's unused CI/CD roles.
import type { Config } from '../config/load.js';
import { getAZs, select, sub } from '../core/intrinsics.js';
import { Template, type Resource } from '../core/template.js';
import { arn, headerFor, tags } from './common.js';

const ZONES = ['One', 'Two'] as const;

export function buildCore(config: Config): Template {
  const { network, service } = config;
  const t = new Template({
    description: `Mythical Mysfits core network: VPC ${network.vpcCidr} across two AZs, public and private subnets, NAT (${network.natGateways}), DynamoDB gateway endpoint, service security group.`,
    header: [
      ...headerFor('core.yml', 'core'),
      '',
      'The network of the app. IAM roles are not here: they live in the stacks whose resources',
      'they grant access to, so each names exact ARNs instead of wildcards.',
    ],
  });

  const vpc = t.resource('Vpc', {
    Type: 'AWS::EC2::VPC',
    comment: 'The app network; DNS support and hostnames on so VPC endpoints resolve privately.',
    Properties: {
      CidrBlock: network.vpcCidr,
      EnableDnsSupport: true,
      EnableDnsHostnames: true,
      Tags: tags(config, 'vpc'),
    },
  });

  const internetGateway = t.resource('InternetGateway', {
    Type: 'AWS::EC2::InternetGateway',
    comment: 'Internet access for the public subnets (NAT gateways); nothing else is public in this stack.',
    Properties: { Tags: tags(config, 'igw') },
  });
  const gatewayAttachment = t.resource('GatewayAttachment', {
    Type: 'AWS::EC2::VPCGatewayAttachment',
    comment: 'Attaches the internet gateway to the VPC.',
    Properties: { VpcId: vpc.ref(), InternetGatewayId: internetGateway.ref() },
  });

  const publicRouteTable = t.resource('PublicRouteTable', {
    Type: 'AWS::EC2::RouteTable',
    comment: 'Routes of both public subnets: the default route goes to the internet gateway.',
    Properties: { VpcId: vpc.ref(), Tags: tags(config, 'public') },
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
      comment: `Public subnet in the ${i === 0 ? 'first' : 'second'} AZ; no public IPs on launch: only NAT gateways live here.`,
      Properties: {
        VpcId: vpc.ref(),
        CidrBlock: network.publicSubnetCidrs[i],
        AvailabilityZone: select(i, getAZs()),
        MapPublicIpOnLaunch: false,
        Tags: tags(config, `public-${i + 1}`),
      },
    });
    t.resource(`PublicSubnet${zone}RouteTableAssociation`, {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      comment: `Puts public subnet ${zone.toLowerCase()} on the public route table.`,
      Properties: { SubnetId: subnet.ref(), RouteTableId: publicRouteTable.ref() },
    });
    return subnet;
  });

  // NAT gateways: one per AZ (the tutorial's layout: a zone outage leaves the other zone online),
  // one shared (half the fixed cost; egress of both zones through one), or none.
  const natCount = { perAz: 2, single: 1, none: 0 }[network.natGateways];
  const natGateways: Resource<'AWS::EC2::NatGateway'>[] = [];
  for (let i = 0; i < natCount; i++) {
    const zone = ZONES[i];
    const eip = t.resource(`NatGateway${zone}Eip`, {
      Type: 'AWS::EC2::EIP',
      comment: `Fixed public address of NAT gateway ${zone.toLowerCase()}.`,
      DependsOn: [gatewayAttachment],
      Properties: { Domain: 'vpc', Tags: tags(config, `nat-${i + 1}`) },
    });
    natGateways.push(
      t.resource(`NatGateway${zone}`, {
        Type: 'AWS::EC2::NatGateway',
        comment:
          natCount === 1
            ? 'The one NAT gateway (natGateways: single): outbound internet for both private subnets.'
            : `NAT gateway of AZ ${i + 1}: outbound internet for private subnet ${zone.toLowerCase()} (image pulls, AWS APIs).`,
        Properties: {
          AllocationId: eip.getAtt('AllocationId'),
          SubnetId: publicSubnets[i].ref(),
          Tags: tags(config, `nat-${i + 1}`),
        },
      }),
    );
  }

  const privateSubnets = ZONES.map((zone, i) =>
    t.resource(`PrivateSubnet${zone}`, {
      Type: 'AWS::EC2::Subnet',
      comment: `Private subnet in the ${i === 0 ? 'first' : 'second'} AZ: Fargate tasks and the internal load balancer.`,
      Properties: {
        VpcId: vpc.ref(),
        CidrBlock: network.privateSubnetCidrs[i],
        AvailabilityZone: select(i, getAZs()),
        MapPublicIpOnLaunch: false,
        Tags: tags(config, `private-${i + 1}`),
      },
    }),
  );
  const privateRouteTables = ZONES.map((zone, i) => {
    const table = t.resource(`PrivateRouteTable${zone}`, {
      Type: 'AWS::EC2::RouteTable',
      comment: `Routes of private subnet ${zone.toLowerCase()}${natCount === 0 ? ': no default route (natGateways: none).' : '.'}`,
      Properties: { VpcId: vpc.ref(), Tags: tags(config, `private-${i + 1}`) },
    });
    if (natCount > 0) {
      const nat = natGateways[Math.min(i, natCount - 1)];
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

  if (natCount === 0) {
    // Without NAT, tasks still need to pull their image (ECR API, ECR registry, image layers in
    // S3), ship logs and call Cognito's user pools API for /auth/*; these endpoints carry exactly
    // that (Cognito's endpoint serves a pool without a domain, as ours is). The user pool's
    // signing keys, which the service would fetch from Cognito's public URL, reach it at deploy
    // time instead (service.yml: UserPoolKeys).
    const endpointSecurityGroup = t.resource('EndpointSecurityGroup', {
      Type: 'AWS::EC2::SecurityGroup',
      comment: 'Interface endpoints accept HTTPS from inside the VPC only.',
      Properties: {
        GroupDescription: 'HTTPS from the VPC to the interface endpoints',
        VpcId: vpc.ref(),
        SecurityGroupIngress: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: network.vpcCidr, Description: 'HTTPS from the VPC' },
        ],
        Tags: tags(config, 'endpoints'),
      },
    });
    const interfaceEndpoints: [string, string, string][] = [
      ['EcrApiEndpoint', 'ecr.api', 'ECR API: image manifests and auth tokens without NAT.'],
      ['EcrDockerEndpoint', 'ecr.dkr', 'ECR registry: image pulls without NAT.'],
      ['LogsEndpoint', 'logs', 'CloudWatch Logs: the awslogs driver ships container logs without NAT.'],
      [
        'CognitoEndpoint',
        'cognito-idp',
        "Cognito user pools API: the service's /auth/* sign-up and sign-in without NAT.",
      ],
    ];
    for (const [id, name, comment] of interfaceEndpoints) {
      t.resource(id, {
        Type: 'AWS::EC2::VPCEndpoint',
        comment,
        Properties: {
          VpcId: vpc.ref(),
          VpcEndpointType: 'Interface',
          ServiceName: sub(`com.amazonaws.\${AWS::Region}.${name}`),
          PrivateDnsEnabled: true,
          SubnetIds: privateSubnets.map((s) => s.ref()),
          SecurityGroupIds: [endpointSecurityGroup.ref()],
        },
      });
    }
    t.resource('S3Endpoint', {
      Type: 'AWS::EC2::VPCEndpoint',
      comment: 'Gateway endpoint for S3, where ECR keeps image layers.',
      Properties: {
        VpcId: vpc.ref(),
        VpcEndpointType: 'Gateway',
        ServiceName: sub('com.amazonaws.${AWS::Region}.s3'),
        RouteTableIds: privateRouteTables.map((rt) => rt.ref()),
      },
    });
  }

  const serviceSecurityGroup = t.resource('ServiceSecurityGroup', {
    Type: 'AWS::EC2::SecurityGroup',
    comment: `Fargate tasks: tcp ${service.port} from inside the VPC only (the tutorial opened every protocol to the world); egress HTTPS only.`,
    Properties: {
      GroupDescription: `Mysfits service: tcp ${service.port} from the VPC, HTTPS out`,
      VpcId: vpc.ref(),
      SecurityGroupIngress: [
        {
          IpProtocol: 'tcp',
          FromPort: service.port,
          ToPort: service.port,
          CidrIp: network.vpcCidr,
          Description: 'Service port from the VPC (internal load balancer and its health checks)',
        },
      ],
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
      Tags: tags(config, 'service'),
    },
  });

  t.output('VpcId', { Description: 'The VPC.', Value: vpc.ref() });
  t.output('VpcCidr', { Description: 'CIDR block of the VPC.', Value: vpc.getAtt('CidrBlock') });
  ZONES.forEach((zone, i) => {
    t.output(`PublicSubnet${zone}`, { Description: `Public subnet in AZ ${i + 1}.`, Value: publicSubnets[i].ref() });
  });
  ZONES.forEach((zone, i) => {
    t.output(`PrivateSubnet${zone}`, { Description: `Private subnet in AZ ${i + 1}.`, Value: privateSubnets[i].ref() });
  });
  t.output('ServiceSecurityGroupId', {
    Description: 'Security group of the Fargate tasks.',
    Value: serviceSecurityGroup.getAtt('GroupId'),
  });
  return t;
}
