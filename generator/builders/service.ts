// service.yml: the API service on ECS Fargate behind the internal network load balancer of
// core.yml. Rebuilt from the tutorial's CLI steps (seed 004, part 3: create-repository,
// create-cluster, register-task-definition, create-service; the load balancer's steps are in
// core.yml, so the API's VPC link can be created while the image builds) with its fixes: tasks
// register in the internal load balancer's target group (API Gateway reaches it over the VPC
// link, so nothing public bypasses the authorizer), tasks run in private subnets without
// public IPs, the task role can touch only the mysfits table with the calls the service makes,
// and the execution role is a separate role that can pull only this repository's images and
// write only this log group.
import type { Config } from '../config/load.js';
import { AWS, and, condition, equals, fnIf, not, or, sub } from '../core/intrinsics.js';
import { Template } from '../core/template.js';
import { environment } from '../../service/src/settings.js';
import type { Value } from '../spec/values.js';
import {
  allow,
  arn,
  assumedBy,
  headerFor,
  policyDocument,
  logGroupSettings,
  retentionDays,
  WILDCARD_REASONS,
} from './common.js';
import { serviceInputs, tableStatements } from './service-inputs.js';
import { serviceLinkedRole } from './service-linked-role.js';
import { imageBuild, SERVICE_SOURCE } from './image-build.js';
import { ecsServiceAlarms } from './alarms.js';
import { keysGivenAtDeploy, userPoolKeys } from './user-pool-keys.js';

/** Name of the one container in the task: the load balancer and the service refer to it. */
const CONTAINER = 'service';
/** An image URI (registry/repository:tag or @digest), or empty for "no image yet". */
export const IMAGE_URI = {
  AllowedPattern: '^$|^[\\w.-]+(:\\d+)?(/[\\w.-]+)*(:[\\w.-]+|@sha256:[a-f0-9]{64})$',
  ConstraintDescription: 'empty, or an image URI like ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPOSITORY:TAG',
} as const;

export function buildService(config: Config): Template {
  const { service } = config;
  const t = new Template({
    description: `Mythical Mysfits service: ECR repository, image build from the packaged source (CodeBuild), ECS cluster, Fargate service (${service.desiredCount} x ${service.cpu} CPU / ${service.memory} MiB, port ${service.port}) in private subnets behind the core stack's internal load balancer.`,
    header: [
      ...headerFor('service.yml', 'service'),
      '',
      'The API service. Its load balancer is internal: the only way in from the internet is API',
      'Gateway over the VPC link (api.yml), so every like and adopt passes the Cognito authorizer.',
      '',
      'The image: ImageUri if given; else, with ServiceSource (the packaged build context), the stack',
      'builds it in this account. ServiceImage (custom resource) starts ImageBuildProject (CodeBuild)',
      'and returns without answering, because a build may outlast the 15 minutes a Lambda may run;',
      "ImageBuildFinished (EventBridge) hands the build's final state to the same function, which then",
      'answers CloudFormation (SUCCESS with the image URI, or FAILED with the phase, message and logs).',
      "The project's queue and build timeouts end any build, and the custom resource's ServiceTimeout",
      'fails it if no answer ever comes: the stack is never left waiting.',
      ...(keysGivenAtDeploy(config)
        ? [
            '',
            "natGateways none: the tasks cannot reach Cognito, so UserPoolKeys fetches the pool's signing",
            'keys at deploy time (UserPoolKeysFunction, outside the VPC) and the task gets them in',
            'COGNITO_JWKS; the service then checks tokens against them and never fetches.',
          ]
        : []),
    ],
  });

  const targetGroupArn = t.parameter('TargetGroupArn', {
    Type: 'String',
    Description: 'Target group of the internal load balancer the tasks register in (core stack output TargetGroupArn).',
    label: 'Load balancer target group',
    AllowedPattern: '^arn:[a-z-]+:elasticloadbalancing:[a-z0-9-]+:\\d{12}:targetgroup/.+$',
    ConstraintDescription: 'a target group ARN',
  });
  const subnets = (['One', 'Two'] as const).map((zone, i) =>
    t.parameter(`PrivateSubnet${zone}`, {
      Type: 'AWS::EC2::Subnet::Id',
      Description: `Private subnet in AZ ${i + 1} for the tasks (core stack output PrivateSubnet${zone}).`,
      label: `Private subnet ${i + 1}`,
    }),
  );
  const securityGroup = t.parameter('ServiceSecurityGroupId', {
    Type: 'AWS::EC2::SecurityGroup::Id',
    Description: `Security group of the tasks, admitting tcp ${service.port} from the VPC (core stack output ServiceSecurityGroupId).`,
    label: 'Service security group',
  });
  const imageUri = t.parameter('ImageUri', {
    Type: 'String',
    Description:
      "Image of the service, from this stack's repository (output RepositoryUri) or a public registry; tag each build uniquely (the repository's tags are immutable). Empty: the service is created with no running task until an image is given.",
    label: 'Service image URI',
    Default: '',
    ...IMAGE_URI,
  });
  t.parameterGroup('Network (core stack)', [...subnets, securityGroup, targetGroupArn]);
  const { tableName, tableArn, userPoolId, clientId, siteUrl } = serviceInputs(t);
  const serviceSource = t.parameter('ServiceSource', {
    Type: 'String',
    Description:
      "S3 URI of the service's packaged image build context (`mysfits package` writes it: s3://BUCKET/.../SHA256.zip). With it and no ImageUri, the stack builds the image itself (CodeBuild, in this account) and runs it. Empty: no build.",
    label: 'Packaged service source (optional)',
    Default: '',
    ...SERVICE_SOURCE,
  });
  t.parameterGroup('Service image', [imageUri, serviceSource]);

  const hasImage = t.condition(
    'HasImage',
    not(equals(imageUri.ref(), '')),
    'An image was given: run the configured number of tasks.',
  );
  const buildImage = t.condition(
    'BuildImage',
    and(equals(imageUri.ref(), ''), not(equals(serviceSource.ref(), ''))),
    'No image given but a packaged source: build the image in this account, then run it.',
  );
  const runTasks = t.condition(
    'RunTasks',
    or(condition(hasImage), condition(buildImage)),
    'An image is given or built: run the configured number of tasks.',
  );

  const repository = t.resource('Repository', {
    Type: 'AWS::ECR::Repository',
    nameTag: 'service',
    comment:
      'Images of the service: scanned on push, immutable tags, old images expired; emptied on delete (images rebuild from service/).',
    Properties: {
      ImageScanningConfiguration: { ScanOnPush: true },
      ImageTagMutability: 'IMMUTABLE',
      EncryptionConfiguration: { EncryptionType: 'AES256' },
      EmptyOnDelete: true,
      LifecyclePolicy: {
        LifecyclePolicyText: JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              description: 'Expire untagged images (superseded layers) after 7 days',
              selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
              action: { type: 'expire' },
            },
            {
              rulePriority: 2,
              description: 'Keep the 20 most recent images',
              selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 20 },
              action: { type: 'expire' },
            },
          ],
        }),
      },
    },
  });

  const built = imageBuild(t, config, {
    condition: buildImage,
    source: serviceSource.ref(),
    repositoryName: repository.ref(),
    repositoryArn: repository.getAtt('Arn'),
    repositoryUri: repository.getAtt('RepositoryUri'),
  });

  const givenKeys = keysGivenAtDeploy(config) ? userPoolKeys(t, config, userPoolId.ref()) : undefined;

  const ecsRole = serviceLinkedRole(t, config, 'ecs.amazonaws.com', 'AWSServiceRoleForECS');
  const cluster = t.resource('Cluster', {
    Type: 'AWS::ECS::Cluster',
    nameTag: 'cluster',
    comment:
      "The Fargate cluster: no servers to manage (the tutorial created it by hand with create-cluster). After ECS's service-linked role exists.",
    DependsOn: [ecsRole],
    suppress: [
      {
        rule: 'AwsSolutions-ECS4',
        reason:
          "Container Insights bills its task and service metrics as CloudWatch custom metrics ($0.30 each a month) plus performance log events; for one small service ECS's free CPU and memory metrics and the target group's health checks answer the same questions.",
      },
    ],
    Properties: {},
  });

  const logGroup = t.resource('ServiceLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `Container logs, kept ${retentionDays(config)} days (the tutorial's log group kept them forever).`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });

  const executionRole = t.resource('ExecutionRole', {
    Type: 'AWS::IAM::Role',
    comment: "Used by ECS to start tasks: pull this repository's images and write this log group, nothing else.",
    suppress: [WILDCARD_REASONS.registryLogin],
    Properties: {
      AssumeRolePolicyDocument: assumedBy('ecs-tasks.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'pull-image-and-log',
          PolicyDocument: policyDocument(
            // GetAuthorizationToken has no resource-level permissions: '*' is the only resource it takes.
            allow('RegistryLogin', ['ecr:GetAuthorizationToken'], ['*']),
            allow(
              'PullThisRepository',
              ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
              [repository.getAtt('Arn')],
            ),
            allow('WriteThisLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.getAtt('Arn')]),
          ),
        },
      ],
    },
  });

  const taskRole = t.resource('TaskRole', {
    Type: 'AWS::IAM::Role',
    comment:
      'Used by the service code: get, query, scan and update the mysfits table and query its indexes; nothing else, and only for ECS tasks of this account.',
    Properties: {
      // Only tasks of this account's ECS can assume it (confused-deputy guard).
      AssumeRolePolicyDocument: assumedBy('ecs-tasks.amazonaws.com', {
        ArnLike: { 'aws:SourceArn': arn('ecs', '*') },
        StringEquals: { 'aws:SourceAccount': AWS.AccountId },
      }),
      Policies: [
        {
          PolicyName: 'mysfits-table',
          PolicyDocument: policyDocument(...tableStatements(tableArn.ref())),
        },
      ],
    },
  });

  const taskDefinition = t.resource('TaskDefinition', {
    Type: 'AWS::ECS::TaskDefinition',
    nameTag: 'service',
    comment: `One container on port ${service.port}, read-only root file system, settings from the environment; the given or built image, else a placeholder that never runs (0 tasks).`,
    suppress: [
      {
        rule: 'AwsSolutions-ECS2',
        reason:
          "The environment holds names and public values only (the table, the user pool, its client and public signing keys, the site's origin, the port), none of them secret: the task reaches the table through its role, not a credential.",
      },
    ],
    Properties: {
      Family: sub('${AWS::StackName}-service'),
      Cpu: String(service.cpu),
      Memory: String(service.memory),
      NetworkMode: 'awsvpc',
      RequiresCompatibilities: ['FARGATE'],
      RuntimePlatform: { OperatingSystemFamily: 'LINUX', CpuArchitecture: 'X86_64' },
      ExecutionRoleArn: executionRole.getAtt('Arn'),
      TaskRoleArn: taskRole.getAtt('Arn'),
      ContainerDefinitions: [
        {
          Name: CONTAINER,
          Image: fnIf(hasImage, imageUri.ref(), fnIf(buildImage, built, sub('${Repository.RepositoryUri}:none'))),
          Essential: true,
          ReadonlyRootFilesystem: true,
          PortMappings: [{ ContainerPort: service.port, Protocol: 'tcp' }],
          Environment: environment<Value<string>>({
            PORT: String(service.port),
            TABLE_NAME: tableName.ref(),
            AWS_REGION: AWS.Region,
            COGNITO_USER_POOL_ID: userPoolId.ref(),
            COGNITO_CLIENT_ID: clientId.ref(),
            COGNITO_JWKS: givenKeys,
            // API Gateway passes answers through (proxy integrations): the service adds CORS itself.
            CORS_ORIGIN: siteUrl.ref(),
          }),
          LogConfiguration: {
            LogDriver: 'awslogs',
            Options: {
              'awslogs-group': logGroup.ref(),
              'awslogs-region': AWS.Region,
              'awslogs-stream-prefix': CONTAINER,
            },
          },
        },
      ],
    },
  });

  const ecsService = t.resource('Service', {
    Type: 'AWS::ECS::Service',
    nameTag: 'service',
    comment:
      "Fargate tasks in the private subnets, no public IPs, registered in the core stack's target group; a failed deployment rolls back on its own (circuit breaker).",
    Properties: {
      Cluster: cluster.ref(),
      LaunchType: 'FARGATE',
      TaskDefinition: taskDefinition.ref(),
      DesiredCount: fnIf(runTasks, service.desiredCount, 0),
      NetworkConfiguration: {
        AwsvpcConfiguration: {
          AssignPublicIp: 'DISABLED',
          Subnets: subnets.map((s) => s.ref()),
          SecurityGroups: [securityGroup.ref()],
        },
      },
      LoadBalancers: [{ ContainerName: CONTAINER, ContainerPort: service.port, TargetGroupArn: targetGroupArn.ref() }],
      HealthCheckGracePeriodSeconds: 60,
      DeploymentConfiguration: {
        MinimumHealthyPercent: 100,
        MaximumPercent: 200,
        DeploymentCircuitBreaker: { Enable: true, Rollback: true },
      },
      PropagateTags: 'SERVICE',
      EnableECSManagedTags: true,
    },
  });

  ecsServiceAlarms(t, config, { cluster: cluster.id, service: ecsService.id });

  t.output('RepositoryUri', { Description: 'Push service images here.', Value: repository.getAtt('RepositoryUri') });
  t.output('ClusterName', { Description: 'The ECS cluster.', Value: cluster.ref() });
  t.output('ServiceName', { Description: 'The ECS service.', Value: ecsService.getAtt('Name') });
  t.output('ServiceLogGroupName', { Description: 'Container logs.', Value: logGroup.ref() });
  return t;
}
