// The service image, built in the stack's own account from the packaged source, so a Launch Stack
// click needs no docker step (the tutorial had users build and push by hand from Cloud9).
//
// How it runs, and why it can never leave the stack waiting:
//  - ServiceImage (custom resource) invokes ImageBuildFunction, which answers at once if the
//    repository already has the image of this source (tag src-<sha256 of the source>), and
//    otherwise starts an execution of ImageBuildStateMachine and returns without answering: a
//    build may outlast the 15 minutes a Lambda can run.
//  - The state machine runs the build with Step Functions' CodeBuild integration (startBuild.sync),
//    which waits for the build's end whatever it is (succeeded, failed, stopped, timed out, fault),
//    where CodeBuild's EventBridge events are best effort and were a 50-minute wait when lost.
//    Then it invokes the function again to answer CloudFormation: SUCCESS with the image URI, or
//    FAILED with the failing phase, CodeBuild's message and a link to the logs; a build CodeBuild
//    refuses to start (a fresh account's build quota of 0) is FAILED at once, naming the quota.
//  - CloudFormation's pre-signed response URL travels in the execution's input (readable with
//    states:DescribeExecution on this state machine only), not in the build's environment
//    (readable by anyone allowed codebuild:BatchGetBuilds); the function answers only URLs on
//    CloudFormation's response hosts, and only for builds of this stack's project.
//  - The build task's own timeout and the project's timeouts end any build; the custom resource's
//    ServiceTimeout fails it if no answer arrives anyway.
// The task definition uses the built image, so ECS starts tasks only once the image exists.
import type { Config } from '../config/load.js';
import { sub, type Intrinsic } from '../core/intrinsics.js';
import type { Condition, Template } from '../core/template.js';
import {
  allow,
  arn,
  assumedBy,
  policyDocument,
  logGroupSettings,
  retentionDays,
  s3ObjectArn,
  stackUniqueName,
  WILDCARD_REASONS,
  XRAY_WRITE,
} from './common.js';
import { AWS, join } from '../core/intrinsics.js';
import { lambdaFunction } from './lambda.js';
import { stateMachineAlarm } from './alarms.js';

/** A packaged source: `s3://bucket/.../<sha256>.zip`, or empty. */
export const SERVICE_SOURCE = {
  AllowedPattern: '^$|^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/([^/]+/)*[0-9a-f]{64}\\.zip$',
  ConstraintDescription: 'empty, or the S3 URI of a packaged asset: s3://BUCKET/PREFIX/assets/SHA256.zip',
} as const;

/** What a state machine's role needs to log to CloudWatch Logs (Step Functions' documentation). */
export const STATES_LOG_DELIVERY = [
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
];

/** Minutes a build may wait for a machine, and may then run. */
const QUEUED_MINUTES = 15;
const BUILD_MINUTES = 30;
/** The state machine stops waiting for the build after its longest run plus a margin. */
const BUILD_TASK_SECONDS = (QUEUED_MINUTES + BUILD_MINUTES + 2) * 60;
/** CloudFormation fails the image resource if no answer came after that plus a margin. */
const SERVICE_TIMEOUT_SECONDS = (QUEUED_MINUTES + BUILD_MINUTES + 5) * 60;

/** CodeBuild's AWS-hosted Amazon Linux image (no Docker Hub pull): the image build and the pipeline run on it. */
export const CODEBUILD_IMAGE = 'aws/codebuild/amazonlinux-x86_64-standard:5.0';

/** Base image of the Dockerfile, from ECR Public: CodeBuild's shared addresses hit Docker Hub's anonymous pull limits. */
const NODE_IMAGE = 'public.ecr.aws/docker/library/node:24-bookworm-slim';

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
  // Tags are immutable: an image another build pushed for this source meanwhile is the result.
  '      - |',
  '        if aws ecr describe-images --repository-name "${REPOSITORY_URI#*/}" --image-ids imageTag="$IMAGE_TAG" > /dev/null 2>&1; then',
  '          echo "$IMAGE_TAG is in the repository already: nothing to build"',
  '        else',
  `          docker build --pull --build-arg NODE_IMAGE=${NODE_IMAGE} -t "$REPOSITORY_URI:$IMAGE_TAG" context`,
  '          docker push "$REPOSITORY_URI:$IMAGE_TAG" || aws ecr describe-images --repository-name "${REPOSITORY_URI#*/}" --image-ids imageTag="$IMAGE_TAG"',
  '        fi',
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
    Properties: logGroupSettings(config),
  });

  const role = t.resource('ImageBuildRole', {
    Type: 'AWS::IAM::Role',
    ...when,
    comment: "CodeBuild's role: read the one packaged source object, push to this repository, write its log group.",
    suppress: [WILDCARD_REASONS.registryLogin],
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
                'ecr:DescribeImages',
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
    suppress: [
      {
        rule: 'AwsSolutions-CB4',
        reason:
          "The key would encrypt the project's build artifacts and S3 logs, and it has neither (NO_ARTIFACTS, logs to CloudWatch Logs): its one output is the image, which ECR encrypts at rest.",
      },
    ],
    Properties: {
      Description: sub('Builds the Mythical Mysfits service image of stack ${AWS::StackName}'),
      ServiceRole: role.getAtt('Arn'),
      Source: { Type: 'NO_SOURCE', BuildSpec: BUILDSPEC },
      Artifacts: { Type: 'NO_ARTIFACTS' },
      Environment: {
        Type: 'LINUX_CONTAINER',
        ComputeType: 'BUILD_GENERAL1_SMALL',
        // x86_64, like the task definition's runtime platform.
        Image: CODEBUILD_IMAGE,
        // Docker needs it: the build runs `docker build`.
        PrivilegedMode: true,
      },
      QueuedTimeoutInMinutes: QUEUED_MINUTES,
      TimeoutInMinutes: BUILD_MINUTES,
      LogsConfig: { CloudWatchLogs: { Status: 'ENABLED', GroupName: logGroup.ref() } },
    },
  });

  // Named by the stack's id, so the function's role can name it without depending on it (the
  // state machine invokes the function: a reference both ways would be a cycle).
  const stateMachineName = stackUniqueName('image-build');
  const stateMachineArn = join('', [
    'arn:',
    AWS.Partition,
    ':states:',
    AWS.Region,
    ':',
    AWS.AccountId,
    ':stateMachine:',
    stateMachineName,
  ]);

  const fn = lambdaFunction(t, config, {
    id: 'ImageBuildFunction',
    invokedBy: 'cloudformation',
    asset: 'image-build',
    condition: input.condition,
    comment:
      'Starts the image build (a state machine run) and answers CloudFormation when the run says how it ended: a build may outlast any Lambda.',
    description: 'Builds the service image (custom resource of the service stack; answered by its state machine).',
    timeoutSeconds: 60,
    memoryMb: 256,
    environment: { PROJECT_NAME: project.ref() },
    statements: [
      allow('StartTheBuildRun', ['states:StartExecution'], [stateMachineArn]),
      allow('FindAnEarlierImage', ['ecr:DescribeImages'], [input.repositoryArn]),
    ],
  });

  const machineRole = t.resource('ImageBuildStateMachineRole', {
    Type: 'AWS::IAM::Role',
    ...when,
    comment:
      "The state machine's role: run and watch this project's builds, then invoke the function that answers CloudFormation.",
    Properties: {
      AssumeRolePolicyDocument: assumedBy('states.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'build-and-answer',
          PolicyDocument: policyDocument(
            allow(
              'RunThisProjectsBuilds',
              ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds'],
              [project.getAtt('Arn')],
            ),
            // What startBuild.sync waits with: a rule Step Functions manages in the account.
            allow(
              'WatchTheBuild',
              ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
              [arn('events', 'rule/StepFunctionsGetEventForCodeBuildStartBuildRule')],
            ),
            allow('AnswerCloudFormation', ['lambda:InvokeFunction'], [fn.getAtt('Arn')]),
            allow('Tracing', XRAY_WRITE, ['*']),
            // Step Functions' documented permissions for logging to CloudWatch Logs.
            allow('LogDelivery', STATES_LOG_DELIVERY, ['*']),
          ),
        },
      ],
    },
    suppress: [
      {
        ...WILDCARD_REASONS.xray,
        reason:
          "Only for X-Ray's trace writes and the log-delivery actions Step Functions' logging needs (CreateLogDelivery and the like), none of which takes a resource ARN (Service Authorization Reference).",
      },
    ],
  });

  const machineLogGroup = t.resource('ImageBuildStateMachineLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    ...when,
    comment: `Every state transition of the build runs (without their input, which holds CloudFormation's response URL), kept ${retentionDays(config)} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: {
      // Under /aws/vendedlogs/: CloudWatch Logs then needs no resource policy per log group.
      LogGroupName: join('', ['/aws/vendedlogs/states/', stateMachineName]),
      ...logGroupSettings(config),
    },
  });

  t.resource('ImageBuildStateMachine', {
    Type: 'AWS::StepFunctions::StateMachine',
    ...when,
    comment:
      'Runs the build and waits for its end (any end: CodeBuild events are best effort), then has the function answer CloudFormation.',
    Properties: {
      StateMachineName: stateMachineName,
      RoleArn: machineRole.getAtt('Arn'),
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: {
        Level: 'ALL',
        IncludeExecutionData: false,
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: machineLogGroup.getAtt('Arn') } }],
      },
      Definition: imageBuildDefinition((integration) => sub(`arn:\${AWS::Partition}:states:::${integration}`)),
      DefinitionSubstitutions: {
        ProjectName: project.ref(),
        AnswerFunctionArn: fn.getAtt('Arn'),
      },
    },
  });

  stateMachineAlarm(t, config, 'ImageBuildStateMachine', input.condition);

  const image = t.resource('ServiceImage', {
    Type: 'Custom::ServiceImage',
    ...when,
    comment:
      'The image of this source (a new source builds a new image; an image already built is reused); nothing to undo on delete.',
    Properties: {
      ServiceToken: fn.getAtt('Arn'),
      ServiceTimeout: SERVICE_TIMEOUT_SECONDS,
      StateMachineArn: stateMachineArn,
      ProjectName: project.ref(),
      RepositoryName: input.repositoryName,
      RepositoryUri: input.repositoryUri,
      Source: input.source,
    },
    // The run needs its state machine (named, not referenced: see above).
    DependsOn: ['ImageBuildStateMachine'],
  });
  return image.getAtt('ImageUri');
}

/**
 * The build's state machine (Amazon States Language). The execution's input is what the function
 * starts it with: the CloudFormation request to answer, and the image to build. Its service
 * integrations are named by `integrationArn` (the template: `arn:${AWS::Partition}:states:::...`,
 * so no template carries a literal `arn:aws:`; a test gives plain ARNs).
 */
export function imageBuildDefinition(integrationArn: (integration: string) => unknown): Record<string, unknown> {
  const answer = (comment: string) => ({
    Type: 'Task',
    Resource: integrationArn('lambda:invoke'),
    Comment: comment,
    Parameters: { FunctionName: '${AnswerFunctionArn}', Payload: { 'answer.$': '$' } },
    // A throttled or briefly failing invocation is retried: the stack is waiting on this answer.
    Retry: [
      {
        ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'Lambda.SdkClientException'],
        IntervalSeconds: 2,
        MaxAttempts: 5,
        BackoffRate: 2,
      },
    ],
    End: true,
  });
  return {
    Comment: 'Builds the service image, then answers CloudFormation (functions/image-build).',
    StartAt: 'Build',
    States: {
      Build: {
        Type: 'Task',
        Resource: integrationArn('codebuild:startBuild.sync'),
        Parameters: {
          ProjectName: '${ProjectName}',
          EnvironmentVariablesOverride: [
            { Name: 'REPOSITORY_URI', 'Value.$': '$.repositoryUri', Type: 'PLAINTEXT' },
            { Name: 'IMAGE_TAG', 'Value.$': '$.imageTag', Type: 'PLAINTEXT' },
            { Name: 'SOURCE_URI', 'Value.$': '$.source', Type: 'PLAINTEXT' },
          ],
        },
        TimeoutSeconds: BUILD_TASK_SECONDS,
        ResultSelector: {
          'id.$': '$.Build.Id',
          'status.$': '$.Build.BuildStatus',
          'projectName.$': '$.Build.ProjectName',
        },
        ResultPath: '$.build',
        // Any end but success (the build failed, stopped, timed out; StartBuild was refused; the
        // task's own timeout) is answered FAILED with what went wrong.
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'AnswerFailed' }],
        Next: 'AnswerBuilt',
      },
      AnswerBuilt: answer('Answer SUCCESS with the image'),
      AnswerFailed: answer('Answer FAILED with the cause'),
    },
  };
}
