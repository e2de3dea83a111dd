// The image-build custom resource (functions/image-build), against moto_server's CodeBuild and
// ECR on loopback: moto creates projects, starts builds (StartBuild) and answers DescribeImages
// for images put into a repository. What no emulator here does: run the build (docker in
// CodeBuild) and deliver CodeBuild's "Build State Change" event through EventBridge. So the test
// builds that event itself, in CodeBuild's documented shape, from the environment variables the
// handler really passed to moto's StartBuild (recorded on the way by a pass-through client), and
// checks what the handler answers CloudFormation for each final state.
import { strict as assert } from 'node:assert';
import { Readable } from 'node:stream';
import {
  CodeBuildClient,
  CreateProjectCommand,
  ListBuildsForProjectCommand,
  StartBuildCommand,
} from '@aws-sdk/client-codebuild';
import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import type { CodeBuildCloudWatchStateEvent } from 'aws-lambda';
import { createHandler, imageTagOf } from '../../functions/image-build/index.js';
import { startMoto, type Moto } from '../support/moto.js';
import { customResourceEvent, lambdaContext, responseUrl, type ResponseUrl } from '../support/custom-resource.js';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const HASH = 'a'.repeat(64);
const SOURCE = `s3://artifacts-us-east-1/mysfits/assets/${HASH}.zip`;
const PROJECT = 'image-build';
const REPOSITORY = 'app-service';
const resource = { logicalId: 'ServiceImage', type: 'Custom::ServiceImage', physicalId: '' };

/** CodeBuild's final state-change event for a build, as EventBridge delivers it (documented shape). */
function buildEvent(
  status: 'SUCCEEDED' | 'FAILED' | 'STOPPED' | 'IN_PROGRESS',
  variables: { name: string; value: string; type: string }[],
  phases: { 'phase-type': string; 'phase-status'?: string; 'phase-context'?: string[] }[] = [],
): CodeBuildCloudWatchStateEvent {
  return {
    version: '0',
    id: 'event-1',
    'detail-type': 'CodeBuild Build State Change',
    source: 'aws.codebuild',
    account: '123456789012',
    time: '2024-01-01T00:00:00Z',
    region: 'us-east-1',
    resources: [`arn:aws:codebuild:us-east-1:123456789012:build/${PROJECT}:1`],
    detail: {
      'build-status': status,
      'project-name': PROJECT,
      'build-id': `arn:aws:codebuild:us-east-1:123456789012:build/${PROJECT}:1`,
      'current-phase': 'COMPLETED',
      'current-phase-context': '[]',
      version: '1',
      'additional-information': {
        environment: {
          image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0',
          'privileged-mode': true,
          'compute-type': 'BUILD_GENERAL1_SMALL',
          type: 'LINUX_CONTAINER',
          'environment-variables': variables,
        },
        'timeout-in-minutes': 30,
        'build-complete': status !== 'IN_PROGRESS',
        initiator: 'image-build-function',
        'build-start-time': 'Jan 1, 2024 12:00:00 AM',
        source: { type: 'NO_SOURCE' },
        logs: {
          'group-name': '/app/image-build',
          'stream-name': 'abc',
          'deep-link': 'https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEvent:group=x',
        },
        phases,
      },
    },
  } as unknown as CodeBuildCloudWatchStateEvent;
}

/**
 * moto answers CodeBuild's JSON with ISO date strings where CodeBuild sends epoch seconds, which
 * the SDK refuses ("Expected real number"). This shim, innermost in the client, turns moto's
 * dates into numbers before the SDK reads the answer: a translation of moto's gap, not a mock.
 */
function acceptMotoDates(client: CodeBuildClient): void {
  type Next = (args: unknown) => Promise<{ response: unknown; output: unknown }>;
  const middleware = (next: Next) => async (args: unknown) => {
    const result = await next(args);
    const response = result.response as { body?: Readable };
    if (response.body instanceof Readable) {
      let text = '';
      for await (const chunk of response.body) text += String(chunk);
      const fixed = text.replace(
        /"(\w*Time)": "(\d{4}-[^"]+)"/g,
        (_, k: string, v: string) => `"${k}": ${Date.parse(v) / 1000}`,
      );
      response.body = Readable.from([Buffer.from(fixed)]);
    }
    return result;
  };
  client.middlewareStack.addRelativeTo(middleware as never, {
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
    name: 'acceptMotoDates',
  });
}

describe('functions/image-build (custom resource, against moto CodeBuild and ECR)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let codebuild: CodeBuildClient;
  let ecr: ECRClient;
  let repositoryUri: string;
  let cfn: ResponseUrl;
  const started: StartBuildCommand['input'][] = [];
  const quiet = { log: () => undefined };
  /** Passes every call through to moto, keeping StartBuild's input to build the event from. */
  const recording = {
    send: ((command: unknown) => {
      if (command instanceof StartBuildCommand) started.push(command.input);
      return codebuild.send(command as StartBuildCommand);
    }) as CodeBuildClient['send'],
  };
  const handler = () => createHandler({ codebuild: recording, ecr }, quiet);
  const props = (source = SOURCE, project = PROJECT) => ({
    ProjectName: project,
    RepositoryName: REPOSITORY,
    RepositoryUri: repositoryUri,
    Source: source,
  });

  before(async () => {
    moto = await startMoto();
    const common = { endpoint: moto.endpoint, region: 'us-east-1', credentials };
    codebuild = new CodeBuildClient(common);
    acceptMotoDates(codebuild);
    ecr = new ECRClient(common);
    cfn = await responseUrl();
    repositoryUri = (await ecr.send(new CreateRepositoryCommand({ repositoryName: REPOSITORY }))).repository!
      .repositoryUri!;
    await codebuild.send(
      new CreateProjectCommand({
        name: PROJECT,
        // moto insists on a source location even for NO_SOURCE (AWS does not); the template has none.
        source: { type: 'NO_SOURCE', location: 'unused', buildspec: 'version: 0.2' },
        artifacts: { type: 'NO_ARTIFACTS' },
        environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/x' },
        serviceRole: 'arn:aws:iam::123456789012:role/build',
      }),
    );
  });
  after(async () => {
    cfn.server.close();
    codebuild.destroy();
    ecr.destroy();
    await moto.stop();
  });
  beforeEach(() => {
    cfn.received.length = 0;
    started.length = 0;
  });

  const builds = async () =>
    (await codebuild.send(new ListBuildsForProjectCommand({ projectName: PROJECT }))).ids ?? [];

  it('Create without an image: starts one build carrying the request, and does not answer yet', async () => {
    const event = customResourceEvent('Create', cfn.url, props(), resource);
    await handler()(event, lambdaContext());
    assert.equal((await builds()).length, 1, 'moto has the build');
    assert.equal(
      cfn.received.length,
      0,
      `the build event answers, not this invocation: ${JSON.stringify(cfn.received[0]?.body)}`,
    );
    assert.equal(started.length, 1);
    assert.equal(started[0].idempotencyToken, event.RequestId);
    const vars = Object.fromEntries((started[0].environmentVariablesOverride ?? []).map((v) => [v.name, v.value]));
    assert.deepEqual(vars, {
      CFN_RESPONSE_URL: cfn.url,
      CFN_STACK_ID: event.StackId,
      CFN_REQUEST_ID: event.RequestId,
      CFN_LOGICAL_RESOURCE_ID: 'ServiceImage',
      REPOSITORY_URI: repositoryUri,
      IMAGE_TAG: `src-${HASH}`,
      SOURCE_URI: SOURCE,
    });
  });

  const variablesOfLastBuild = () =>
    (started[0].environmentVariablesOverride ?? []).map((v) => ({ name: v.name!, value: v.value!, type: 'PLAINTEXT' }));

  it('the build SUCCEEDED event answers SUCCESS with the image URI', async () => {
    await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
    cfn.received.length = 0;
    await handler()(buildEvent('SUCCEEDED', variablesOfLastBuild()), lambdaContext());
    assert.equal(cfn.received.length, 1);
    const { body } = cfn.received[0];
    assert.equal(body.Status, 'SUCCESS');
    assert.equal(body.PhysicalResourceId, `${repositoryUri}:src-${HASH}`);
    assert.deepEqual(body.Data, { ImageUri: `${repositoryUri}:src-${HASH}` });
    assert.equal(body.LogicalResourceId, 'ServiceImage');
    assert.match(String(body.RequestId), /^req-Create-/);
  });

  it('a FAILED build answers FAILED with the phase, CodeBuild message and logs link', async () => {
    await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
    cfn.received.length = 0;
    await handler()(
      buildEvent('FAILED', variablesOfLastBuild(), [
        { 'phase-type': 'PRE_BUILD', 'phase-status': 'SUCCEEDED', 'phase-context': [': '] },
        {
          'phase-type': 'BUILD',
          'phase-status': 'FAILED',
          'phase-context': [
            'COMMAND_EXECUTION_ERROR: Error while executing command: docker build. Reason: exit status 1',
          ],
        },
        { 'phase-type': 'FINALIZING', 'phase-status': 'SUCCEEDED' },
      ]),
      lambdaContext(),
    );
    const { body } = cfn.received[0];
    assert.equal(body.Status, 'FAILED');
    assert.match(String(body.Reason), /FAILED in phase BUILD \(FAILED\): COMMAND_EXECUTION_ERROR: .*docker build/);
    assert.match(String(body.Reason), /logs: https:\/\/console\.aws\.amazon\.com\/cloudwatch/);
  });

  it('a STOPPED build (timed out or stopped by hand) answers FAILED; IN_PROGRESS answers nothing', async () => {
    await handler()(customResourceEvent('Create', cfn.url, props(), resource), lambdaContext());
    cfn.received.length = 0;
    await handler()(buildEvent('IN_PROGRESS', variablesOfLastBuild()), lambdaContext());
    assert.equal(cfn.received.length, 0);
    await handler()(buildEvent('STOPPED', variablesOfLastBuild()), lambdaContext());
    assert.equal(cfn.received[0].body.Status, 'FAILED');
    assert.match(String(cfn.received[0].body.Reason), /STOPPED/);
  });

  it('a build no stack started (run by hand) is ignored', async () => {
    await handler()(buildEvent('SUCCEEDED', [{ name: 'X', value: 'y', type: 'PLAINTEXT' }]), lambdaContext());
    assert.equal(cfn.received.length, 0);
  });

  it('an image of this source already in the repository: SUCCESS at once, no build (re-runs and rollbacks)', async () => {
    await ecr.send(
      new PutImageCommand({
        repositoryName: REPOSITORY,
        imageTag: `src-${HASH}`,
        imageManifest: JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          config: {},
          layers: [],
        }),
      }),
    );
    const before = (await builds()).length;
    await handler()(
      customResourceEvent('Update', cfn.url, props(), { ...resource, physicalId: 'old' }),
      lambdaContext(),
    );
    assert.equal((await builds()).length, before, 'no new build');
    assert.equal(cfn.received[0].body.Status, 'SUCCESS');
    assert.deepEqual(cfn.received[0].body.Data, { ImageUri: `${repositoryUri}:src-${HASH}` });
  });

  it('a build that cannot start is FAILED at once', async () => {
    await handler()(
      customResourceEvent('Create', cfn.url, props(SOURCE.replace(HASH, 'b'.repeat(64)), 'no-such-project'), resource),
      lambdaContext(),
    );
    assert.equal(cfn.received.length, 1);
    assert.equal(cfn.received[0].body.Status, 'FAILED');
  });

  it('a Source that is not a packaged asset is FAILED naming it', async () => {
    await handler()(
      customResourceEvent('Create', cfn.url, props('s3://bucket/service.zip'), resource),
      lambdaContext(),
    );
    assert.equal(cfn.received[0].body.Status, 'FAILED');
    assert.match(String(cfn.received[0].body.Reason), /Source must be the S3 URI of a packaged asset/);
  });

  it('Delete: SUCCESS without touching anything (the repository goes with the stack)', async () => {
    const before = (await builds()).length;
    await handler()(
      customResourceEvent('Delete', cfn.url, props(), { ...resource, physicalId: `${repositoryUri}:src-${HASH}` }),
      lambdaContext(),
    );
    assert.equal(cfn.received[0].body.Status, 'SUCCESS');
    assert.equal(cfn.received[0].body.PhysicalResourceId, `${repositoryUri}:src-${HASH}`);
    assert.equal((await builds()).length, before);
  });

  it('image tags come from the source hash only', () => {
    assert.equal(imageTagOf(SOURCE), `src-${HASH}`);
    assert.throws(() => imageTagOf('https://x/y.zip'), /packaged asset/);
  });
});
