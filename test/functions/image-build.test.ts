// The image-build custom resource (functions/image-build), against moto_server's Step Functions
// and ECR on loopback: the function starts a run of a state machine moto holds (StartExecution)
// and answers DescribeImages for images put into a repository. What no emulator here does: run
// the state machine's CodeBuild task (docker in CodeBuild) and its Lambda task. So the test reads
// the run's input back from moto (DescribeExecution: what the real state machine would start
// with) and builds the answer event the state machine's tasks pass the function, in Step
// Functions' documented shapes: the selected build on success, a Catch's { Error, Cause } (the
// build as JSON, or CodeBuild's refusal) on failure. The state machine itself is checked with
// asl-validator, and its selected fields against what the function reads.
import { strict as assert } from 'node:assert';
import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  ListExecutionsCommand,
  SFNClient,
} from '@aws-sdk/client-sfn';
import aslValidator from 'asl-validator';
import {
  createHandler,
  failureReason,
  imageTagOf,
  isResponseUrl,
  type AnswerEvent,
  type BuildRun,
} from '../../functions/image-build/index.js';
import { imageBuildDefinition } from '../../generator/builders/image-build.js';
import { buildService } from '../../generator/builders/service.js';
import { validateConfig } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { startMoto, type Moto } from '../support/moto.js';
import { customResourceEvent, lambdaContext, responseUrl, type ResponseUrl } from '../support/custom-resource.js';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const HASH = 'a'.repeat(64);
const SOURCE = `s3://artifacts-us-east-1/mysfits/assets/${HASH}.zip`;
const PROJECT = 'image-build';
/** The service integrations' ARNs as the template resolves them in the aws partition. */
const awsArn = (integration: string) => `arn:aws:states:::${integration}`;
const REPOSITORY = 'app-service';
const resource = { logicalId: 'ServiceImage', type: 'Custom::ServiceImage', physicalId: '' };

/** A failed CodeBuild build as startBuild.sync's Cause carries it (CodeBuild's API shape). */
function failedBuildCause(status: string, phases: Record<string, unknown>[], project = PROJECT): string {
  return JSON.stringify({
    Build: {
      Id: `${project}:1234`,
      Arn: `arn:aws:codebuild:us-east-1:123456789012:build/${project}:1234`,
      BuildStatus: status,
      ProjectName: project,
      Phases: phases,
      Logs: { DeepLink: 'https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEvent:group=x' },
    },
  });
}

describe('functions/image-build (custom resource, against moto Step Functions and ECR)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let sfn: SFNClient;
  let ecr: ECRClient;
  let repositoryUri: string;
  let stateMachineArn: string;
  let cfn: ResponseUrl;
  const quiet = { log: () => undefined };
  // The loopback stand-in for CloudFormation's URL is accepted here; isResponseUrl is tested apart.
  const handler = (extra: object = {}) =>
    createHandler({ sfn, ecr }, { ...quiet, projectName: PROJECT, acceptResponseUrl: () => true, ...extra });
  const props = (source = SOURCE) => ({
    StateMachineArn: stateMachineArn,
    ProjectName: PROJECT,
    RepositoryName: REPOSITORY,
    RepositoryUri: repositoryUri,
    Source: source,
  });
  const answers = () => cfn.received.map((r) => r.body);

  /** The input moto recorded for the newest run: what the state machine starts with. */
  async function lastRun(): Promise<BuildRun> {
    const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    const newest = executions![0];
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: newest.executionArn }));
    return JSON.parse(described.input!) as BuildRun;
  }

  before(async () => {
    [moto, cfn] = await Promise.all([startMoto(), responseUrl()]);
    const config = { endpoint: moto.endpoint, region: 'us-east-1', credentials };
    sfn = new SFNClient(config);
    ecr = new ECRClient(config);
    const repo = await ecr.send(new CreateRepositoryCommand({ repositoryName: REPOSITORY }));
    repositoryUri = repo.repository!.repositoryUri!;
    const machine = await sfn.send(
      new CreateStateMachineCommand({
        name: 'image-build',
        roleArn: 'arn:aws:iam::123456789012:role/image-build',
        definition: JSON.stringify(imageBuildDefinition(awsArn)),
      }),
    );
    stateMachineArn = machine.stateMachineArn!;
  });
  after(async () => {
    sfn.destroy();
    ecr.destroy();
    cfn.server.close();
    await moto.stop();
  });

  it('Create without an image: starts one run carrying the request, and does not answer yet', async () => {
    const before = answers().length;
    const event = customResourceEvent('Create', cfn.url, props(), resource);
    await handler()(event, lambdaContext());
    assert.equal(answers().length, before, 'answered before the build ended');
    const run = await lastRun();
    assert.deepEqual(run.request, {
      responseUrl: cfn.url,
      stackId: event.StackId,
      requestId: event.RequestId,
      logicalId: 'ServiceImage',
    });
    assert.equal(run.imageTag, `src-${HASH}`);
    assert.equal(run.source, SOURCE);
    // The same request invoked again (Lambda retries an async invocation) starts no second run.
    await handler()(event, lambdaContext());
    const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    assert.equal(executions!.filter((e) => e.name === event.RequestId).length, 1);
  });

  it('the run answering a SUCCEEDED build: SUCCESS with the image URI', async () => {
    await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
    const run = await lastRun();
    const event: AnswerEvent = {
      answer: { ...run, build: { id: `${PROJECT}:1`, status: 'SUCCEEDED', projectName: PROJECT } },
    };
    assert.equal(await handler()(event, lambdaContext()), 'SUCCESS');
    const answer = answers().at(-1)!;
    assert.equal(answer.Status, 'SUCCESS');
    assert.equal(answer.RequestId, run.request.requestId);
    assert.deepEqual(answer.Data, { ImageUri: `${repositoryUri}:src-${HASH}` });
  });

  it('a FAILED build answers FAILED with the phase, CodeBuild message and logs link', async () => {
    await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
    const run = await lastRun();
    const cause = failedBuildCause('FAILED', [
      { PhaseType: 'PRE_BUILD', PhaseStatus: 'SUCCEEDED' },
      {
        PhaseType: 'BUILD',
        PhaseStatus: 'FAILED',
        Contexts: [{ StatusCode: 'COMMAND_EXECUTION_ERROR', Message: 'Error while executing command: docker build' }],
      },
    ]);
    await handler()({ answer: { ...run, error: { Error: 'States.TaskFailed', Cause: cause } } }, lambdaContext());
    const answer = answers().at(-1)!;
    assert.equal(answer.Status, 'FAILED');
    assert.match(
      String(answer.Reason),
      /image build image-build:1234 FAILED in phase BUILD \(FAILED\): COMMAND_EXECUTION_ERROR: Error while executing command: docker build; logs: https:\/\/console/,
    );
  });

  it('TIMED_OUT and FAULT builds, and the task timing out, are FAILED too (none is left unanswered)', async () => {
    for (const [error, expected] of [
      [{ Error: 'States.TaskFailed', Cause: failedBuildCause('TIMED_OUT', []) }, /image-build:1234 TIMED_OUT/],
      [{ Error: 'States.TaskFailed', Cause: failedBuildCause('FAULT', []) }, /image-build:1234 FAULT/],
      [{ Error: 'States.Timeout' }, /did not end in time/],
    ] as const) {
      await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
      await handler()({ answer: { ...(await lastRun()), error } }, lambdaContext());
      assert.equal(answers().at(-1)!.Status, 'FAILED');
      assert.match(String(answers().at(-1)!.Reason), expected);
    }
  });

  it("a build CodeBuild will not start (a new account's quota of 0) is FAILED naming the quota and how to raise it", () => {
    const reason = failureReason({
      Error: 'CodeBuild.AccountLimitExceededException',
      Cause:
        'Cannot have more than 0 builds in queue for the account (Service: AWSCodeBuild; Status Code: 400; Error Code: AccountLimitExceededException)',
    });
    assert.match(reason, /Cannot have more than 0 builds in queue/);
    assert.match(
      reason,
      /Service Quotas \(AWS CodeBuild, "Concurrently running builds for Linux\/Small environment"\)/,
    );
  });

  it("answers only CloudFormation response URLs, and only builds of this stack's project", async () => {
    await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
    const run = await lastRun();
    const before = answers().length;
    // The real check of the URL: a loopback URL (anywhere but CloudFormation) is not answered.
    const strict = createHandler({ sfn, ecr }, { ...quiet, projectName: PROJECT });
    const built = { id: `${PROJECT}:1`, status: 'SUCCEEDED', projectName: PROJECT };
    assert.match(
      String(await strict({ answer: { ...run, build: built } }, lambdaContext())),
      /refused: not a CloudFormation response URL/,
    );
    // Another project's build (someone else's image) is not answered either.
    const other = { ...built, projectName: 'someone-elses-project' };
    assert.match(
      String(await handler()({ answer: { ...run, build: other } }, lambdaContext())),
      /refused: project someone-elses-project/,
    );
    const otherFailed = { Error: 'States.TaskFailed', Cause: failedBuildCause('FAILED', [], 'someone-elses-project') };
    assert.match(String(await handler()({ answer: { ...run, error: otherFailed } }, lambdaContext())), /refused/);
    assert.equal(answers().length, before, 'nothing was sent');
  });

  it("CloudFormation's response hosts, and nothing else, are response URLs", () => {
    for (const url of [
      'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/arn%3Aaws?X-Amz-Signature=x',
      'https://cloudformation-custom-resource-response-euwest1.s3-eu-west-1.amazonaws.com/x',
      'https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/x',
      'https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/x',
    ]) {
      assert.ok(isResponseUrl(url), url);
    }
    for (const url of [
      'http://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x',
      'https://evil.example.com/x',
      'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com.evil.example/x',
      'https://my-bucket.s3.amazonaws.com/x',
      'not a url',
    ]) {
      assert.ok(!isResponseUrl(url), url);
    }
  });

  it('an image of this source already in the repository: SUCCESS at once, no run (re-runs and rollbacks)', async () => {
    const hash = 'b'.repeat(64);
    await ecr.send(
      new PutImageCommand({
        repositoryName: REPOSITORY,
        imageTag: `src-${hash}`,
        imageManifest: JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          config: {},
          layers: [],
        }),
      }),
    );
    const { executions: before } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    await handler()(
      customResourceEvent('Update', cfn.url, props(`s3://b/assets/${hash}.zip`), resource),
      lambdaContext(),
    );
    const answer = answers().at(-1)!;
    assert.equal(answer.Status, 'SUCCESS');
    assert.deepEqual(answer.Data, { ImageUri: `${repositoryUri}:src-${hash}` });
    const { executions: after } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    assert.equal(after!.length, before!.length, 'a run was started');
  });

  it('a run that cannot start is FAILED at once; a Source that is not a packaged asset is FAILED naming it', async () => {
    const missing = { ...props(), StateMachineArn: `${stateMachineArn}-gone` };
    await handler()(customResourceEvent('Create', cfn.url, missing, resource), lambdaContext());
    assert.equal(answers().at(-1)!.Status, 'FAILED');
    await handler()(customResourceEvent('Create', cfn.url, props('s3://b/latest.zip'), resource), lambdaContext());
    assert.equal(answers().at(-1)!.Status, 'FAILED');
    assert.match(String(answers().at(-1)!.Reason), /Source must be the S3 URI of a packaged asset/);
  });

  it('Delete: SUCCESS without touching anything (the repository goes with the stack)', async () => {
    const { executions: before } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    await handler()(
      customResourceEvent('Delete', cfn.url, props(), { ...resource, physicalId: 'x:src-1' }),
      lambdaContext(),
    );
    assert.equal(answers().at(-1)!.Status, 'SUCCESS');
    const { executions: after } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    assert.equal(after!.length, before!.length);
  });

  it('image tags come from the source hash only', () => {
    assert.equal(imageTagOf(SOURCE), `src-${HASH}`);
    assert.throws(() => imageTagOf('s3://b/x.zip'), /packaged asset/);
  });

  it("service.yml's state machine gives every substitution its definition names, and the function the project", () => {
    const service = toJsonObject(buildService(validateConfig({}, 'test'))) as {
      Resources: Record<string, { Properties: Record<string, unknown> }>;
    };
    const machine = service.Resources.ImageBuildStateMachine.Properties;
    const names = [...JSON.stringify(machine.Definition).matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(names)].sort(), Object.keys(machine.DefinitionSubstitutions as object).sort());
    const fn = service.Resources.ImageBuildFunction.Properties as {
      Environment: { Variables: Record<string, unknown> };
    };
    assert.deepEqual(fn.Environment.Variables.PROJECT_NAME, { Ref: 'ImageBuildProject' });
    // No EventBridge rule any more: the run waits for the build itself.
    assert.equal(service.Resources.ImageBuildFinished, undefined);
  });

  it('the state machine is valid Amazon States Language, and selects the build fields the function reads', () => {
    const definition = imageBuildDefinition(awsArn);
    // As Step Functions reads it: after the template's DefinitionSubstitutions.
    const substituted = JSON.parse(
      JSON.stringify(definition)
        .replace(/\$\{ProjectName\}/g, 'image-build')
        .replace(/\$\{AnswerFunctionArn\}/g, 'arn:aws:lambda:us-east-1:123456789012:function:answer'),
    ) as unknown;
    const { isValid, errors } = aslValidator(substituted);
    assert.ok(isValid, JSON.stringify(errors));
    assert.doesNotMatch(JSON.stringify(substituted), /\$\{/, 'a substitution the template does not give');
    const build = (definition.States as Record<string, { ResultSelector?: Record<string, string> }>).Build;
    assert.deepEqual(
      Object.keys(build.ResultSelector!)
        .map((k) => k.replace(/\.\$$/, ''))
        .sort(),
      ['id', 'projectName', 'status'],
    );
  });
});
