// core.yml: the network the service runs in, and its internal load balancer. Rebuilt from the
// tutorial's core stack (seed 004, part 3) with its fixes: AZs from `!GetAZs ''`, NAT gateways as
// configured (and no public side at all without them), gateway endpoints for DynamoDB (this
// account's tables) and S3 (ECR's layers only), a service security group that admits only the
// service port from the private subnets, and none of the tutorial's unused CI/CD roles. The
// internal load balancer (the tutorial's, made internal) is here rather than in service.yml so
// the API's VPC link can be created while the service's image is still building.
import type { Config } from '../config/load.js';
import { AWS, getAZs, select, sub } from '../core/intrinsics.js';
import { Template, type Resource } from '../core/template.js';
import { allow, arn, assumedBy, headerFor, policyDocument, logGroupSettings, retentionDays, tags } from './common.js';
import { healthyTasksAlarm } from './alarms.js';

const ZONES = ['One', 'Two'] as const;

/** The load balancer's port (API Gateway's integrations call http://<nlb>:80/...); the VPC link's security group opens only it. */
export const LISTENER_PORT = 80;

export function buildCore(config: Config): Template {
  const { network, service } = config;
  const t = new Template({
    description: `Mythical Mysfits core network: VPC ${network.vpcCidr} across two AZs, ${network.natGateways === 'none' ? 'private subnets, no NAT' : `public and private subnets, NAT (${network.natGateways})`}, DynamoDB and S3 gateway endpoints, service security group, internal network load balancer.`,
    header: [
      ...headerFor('core.yml', 'core'),
      '',
      "The network of the app. Its one IAM role is the flow log's, writing its own log group; the",
      'others live in the stacks whose resources they grant access to, so each names exact ARNs.',
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
    comment: 'Records every connection in the VPC (accepted and rejected) to the flow log group.',
    Properties: {
      ResourceId: vpc.ref(),
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
      LogGroupName: flowLogGroup.ref(),
      DeliverLogsPermissionArn: flowLogRole.getAtt('Arn'),
      Tags: tags(config, 'flow-log'),
    },
  });

  // NAT gateways: one per AZ (the tutorial's layout: a zone outage leaves the other zone online),
  // one shared (half the fixed cost; egress of both zones through one), or none. Without NAT,
  // nothing uses the public side: no internet gateway, public subnets or public route.
  const natCount = { perAz: 2, single: 1, none: 0 }[network.natGateways];
  const publicSide = natCount > 0 ? buildPublicSide(t, config, vpc) : undefined;
  const natGateways: Resource<'AWS::EC2::NatGateway'>[] = [];
  for (let i = 0; i < natCount; i++) {
    const zone = ZONES[i];
    const eip = t.resource(`NatGateway${zone}Eip`, {
      Type: 'AWS::EC2::EIP',
      comment: `Fixed public address of NAT gateway ${zone.toLowerCase()}.`,
      DependsOn: [publicSide!.gatewayAttachment],
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
          SubnetId: publicSide!.subnets[i].ref(),
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

  if (natCount === 0) {
    // Without NAT, tasks still need to pull their image (ECR API, ECR registry, image layers in
    // S3), ship logs and call Cognito's user pools API for /auth/*; these endpoints carry exactly
    // that (Cognito's endpoint serves a pool without a domain, as ours is). The user pool's
    // signing keys, which the service would fetch from Cognito's public URL, reach it at deploy
    // time instead (service.yml: UserPoolKeys).
    const endpointSecurityGroup = t.resource('EndpointSecurityGroup', {
      Type: 'AWS::EC2::SecurityGroup',
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
  }

  const serviceSecurityGroup = t.resource('ServiceSecurityGroup', {
    Type: 'AWS::EC2::SecurityGroup',
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
      Tags: tags(config, 'service'),
    },
  });

  // The internal load balancer lives with the network, not with the service: the API's VPC link
  // needs only it, so the VPC link (minutes to create) is made while the service's image builds.
  const loadBalancer = t.resource('LoadBalancer', {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
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
      Tags: tags(config, 'nlb'),
    },
  });
  const targetGroup = t.resource('TargetGroup', {
    Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
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
      Tags: tags(config, 'service'),
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

/** The internet gateway, the public route table and the public subnets (which hold only NAT gateways). */
function buildPublicSide(t: Template, config: Config, vpc: Resource<'AWS::EC2::VPC'>) {
  const { network } = config;
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

  return { gatewayAttachment, subnets: publicSubnets };
}
