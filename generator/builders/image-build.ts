// The service image, built in the stack's own account from the packaged source, so a Launch Stack
// click needs no docker step (the tutorial had users build and push by hand from Cloud9).
//
// How it runs, and why it can never leave the stack waiting:
//  - ServiceImage (custom resource) invokes ImageBuildFunction, which answers at once if the
//    repository already has the image of this source (tag src-<sha256 of the source>), and
//    otherwise starts ImageBuildProject (CodeBuild) and returns without answering: a build may
//    outlast the 15 minutes a Lambda can run.
//  - ImageBuildFinished (EventBridge) sends CodeBuild's final state change of this project to the
//    same function, which answers CloudFormation from the build's environment: SUCCESS with the
//    image URI, or FAILED with the failing phase, CodeBuild's message and a link to the logs.
//  - The project's queue and build timeouts end any build; its final state always emits that
//    event. If no answer arrives anyway, the custom resource's ServiceTimeout fails it.
// The task definition uses the built image, so ECS starts tasks only once the image exists.
import type { Config } from '../config/load.js';
import { sub, type Intrinsic } from '../core/intrinsics.js';
import type { Condition, Template } from '../core/template.js';
import { allow, assumedBy, policyDocument, retentionDays, s3ObjectArn } from './common.js';
import { lambdaFunction } from './lambda.js';

/** A packaged source: `s3://bucket/.../<sha256>.zip`, or empty. */
export const SERVICE_SOURCE = {
  AllowedPattern: '^$|^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/([^/]+/)*[0-9a-f]{64}\\.zip$',
  ConstraintDescription: 'empty, or the S3 URI of a packaged asset: s3://BUCKET/PREFIX/assets/SHA256.zip',
} as const;

/** Minutes a build may wait for a machine, and may then run. */
const QUEUED_MINUTES = 15;
const BUILD_MINUTES = 30;
/** CloudFormation fails the image resource if no answer came after the longest build plus a margin. */
const SERVICE_TIMEOUT_SECONDS = (QUEUED_MINUTES + BUILD_MINUTES + 5) * 60;

/** Base image of the Dockerfile, from ECR Public: CodeBuild's shared addresses hit Docker Hub's anonymous pull limits. */
const NODE_IMAGE = 'public.ecr.aws/docker/library/node:22-bookworm-slim';

/** CodeBuild's steps, checked in the template for review. The source's name is its sha256: verified before use. */
const BUILDSPEC = [
  'version: 0.2',
  'phases:',
  '  pre_build:',
  '    commands:',
  '      - aws s3 cp "$SOURCE_URI" source.zip --only-show-errors',
  '      - echo "${IMAGE_TAG#src-}  source.zip" | sha256sum -c -',
  '      - mkdir context && unzip -q source.zip -d context',
  '      - aws ecr get-login-password | docker login --username AWS --password-stdin "${REPOSITORY_URI%%/*}"',
  '  build:',
  '    commands:',
  `      - docker build --pull --build-arg NODE_IMAGE=${NODE_IMAGE} -t "$REPOSITORY_URI:$IMAGE_TAG" context`,
  '      - docker push "$REPOSITORY_URI:$IMAGE_TAG"',
  '',
].join('\n');

export interface ImageBuildInput {
  readonly condition: Condition;
  /** `s3://bucket/key` of the packaged build context. */
  readonly source: Intrinsic;
  readonly repositoryName: Intrinsic;
  readonly repositoryArn: Intrinsic;
  readonly repositoryUri: Intrinsic;
}

/** Adds the build's resources; returns the built image's URI. */
export function imageBuild(t: Template, config: Config, input: ImageBuildInput): Intrinsic {
  const when = { Condition: input.condition };
  const sourceObjectArn = s3ObjectArn(input.source);

  const logGroup = t.resource('ImageBuildLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    ...when,
    comment: `Logs of the image builds, kept ${retentionDays(config)} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: { RetentionInDays: retentionDays(config) },
  });

  const role = t.resource('ImageBuildRole', {
    Type: 'AWS::IAM::Role',
    ...when,
    comment: "CodeBuild's role: read the one packaged source object, push to this repository, write its log group.",
    Properties: {
      AssumeRolePolicyDocument: assumedBy('codebuild.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'build-and-push',
          PolicyDocument: policyDocument(
            allow('ReadThePackagedSource', ['s3:GetObject'], [sourceObjectArn]),
            // GetAuthorizationToken has no resource-level permissions: '*' is the only resource it takes.
            allow('RegistryLogin', ['ecr:GetAuthorizationToken'], ['*']),
            allow(
              'PushToThisRepository',
              [
                'ecr:BatchCheckLayerAvailability',
                'ecr:BatchGetImage',
                'ecr:CompleteLayerUpload',
                'ecr:GetDownloadUrlForLayer',
                'ecr:InitiateLayerUpload',
                'ecr:PutImage',
                'ecr:UploadLayerPart',
              ],
              [input.repositoryArn],
            ),
            allow('WriteItsLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.getAtt('Arn')]),
          ),
        },
      ],
    },
  });

  const project = t.resource('ImageBuildProject', {
    Type: 'AWS::CodeBuild::Project',
    ...when,
    comment: `Builds the service image from the packaged source and pushes it (docker in CodeBuild); ends within ${QUEUED_MINUTES} min queued + ${BUILD_MINUTES} min running.`,
    Properties: {
      Description: sub('Builds the Mythical Mysfits service image of stack ${AWS::StackName}'),
      ServiceRole: role.getAtt('Arn'),
      Source: { Type: 'NO_SOURCE', BuildSpec: BUILDSPEC },
      Artifacts: { Type: 'NO_ARTIFACTS' },
      Environment: {
        Type: 'LINUX_CONTAINER',
        ComputeType: 'BUILD_GENERAL1_SMALL',
        // x86_64, like the task definition's runtime platform.
        Image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0',
        // Docker needs it: the build runs `docker build`.
        PrivilegedMode: true,
      },
      QueuedTimeoutInMinutes: QUEUED_MINUTES,
      TimeoutInMinutes: BUILD_MINUTES,
      LogsConfig: { CloudWatchLogs: { Status: 'ENABLED', GroupName: logGroup.ref() } },
    },
  });

  const fn = lambdaFunction(t, config, {
    id: 'ImageBuildFunction',
    asset: 'image-build',
    condition: input.condition,
    comment:
      'Starts the image build and answers CloudFormation when it ends (from the build event): a build may outlast any Lambda.',
    description: 'Builds the service image (custom resource of the service stack; answered on the build event).',
    timeoutSeconds: 60,
    memoryMb: 256,
    statements: [
      allow('StartTheBuild', ['codebuild:StartBuild'], [project.getAtt('Arn')]),
      allow('FindAnEarlierImage', ['ecr:DescribeImages'], [input.repositoryArn]),
    ],
  });

  const rule = t.resource('ImageBuildFinished', {
    Type: 'AWS::Events::Rule',
    ...when,
    comment:
      "Sends the build's final state (succeeded, failed, stopped or timed out) to the function that answers CloudFormation.",
    Properties: {
      Description: 'Image build of the service stack finished',
      EventPattern: {
        source: ['aws.codebuild'],
        'detail-type': ['CodeBuild Build State Change'],
        detail: { 'project-name': [project.ref()], 'build-status': ['SUCCEEDED', 'FAILED', 'STOPPED'] },
      },
      Targets: [{ Id: 'answer-cloudformation', Arn: fn.getAtt('Arn') }],
    },
  });

  const permission = t.resource('ImageBuildFinishedPermission', {
    Type: 'AWS::Lambda::Permission',
    ...when,
    comment: 'Lets that one rule invoke the function.',
    Properties: {
      FunctionName: fn.ref(),
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      SourceArn: rule.getAtt('Arn'),
    },
  });

  const image = t.resource('ServiceImage', {
    Type: 'Custom::ServiceImage',
    ...when,
    comment:
      'The image of this source (a new source builds a new image; an image already built is reused); nothing to undo on delete.',
    // The rule and its permission must be in place before a build can end.
    DependsOn: [rule, permission],
    Properties: {
      ServiceToken: fn.getAtt('Arn'),
      ServiceTimeout: SERVICE_TIMEOUT_SECONDS,
      ProjectName: project.ref(),
      RepositoryName: input.repositoryName,
      RepositoryUri: input.repositoryUri,
      Source: input.source,
    },
  });
  return image.getAtt('ImageUri');
}
