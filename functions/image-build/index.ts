// Custom resource of service.yml: builds the service image from the packaged source in the
// user's own account, so a Launch Stack click ends with a running service and no docker step.
//
// A build can take longer than a Lambda may run (15 minutes), so this function does not wait:
//  1. On Create/Update (CloudFormation invokes it): if the repository already holds the image for
//     this source (its tag is the source's sha256), it answers SUCCESS at once: re-running is
//     free, and a rollback to an earlier source finds its image. Otherwise it starts a CodeBuild
//     build and passes CloudFormation's response URL and ids to it as environment variables,
//     then returns without answering.
//  2. When the build ends, EventBridge delivers CodeBuild's "Build State Change" event to this
//     same function (the template's rule matches this project and the final states only). The
//     event carries the build's environment variables, so the function answers CloudFormation:
//     SUCCESS with the image URI, or FAILED with the failing phase, its message and the logs link.
// Nothing can leave the stack waiting: the project's own timeout ends a stuck build (which
// emits the event), a failure to start answers FAILED at once, and the custom resource's
// ServiceTimeout makes CloudFormation give up if no answer ever arrives.
// Delete does nothing: the images live in the stack's repository, which is emptied with it.
import { CodeBuildClient, StartBuildCommand } from '@aws-sdk/client-codebuild';
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import type { CodeBuildCloudWatchStateEvent, Context } from 'aws-lambda';
import {
  customResource,
  sendResponse,
  stringProperty,
  type CustomResourceEvent,
  type CustomResourceResponse,
  type WrapperOptions,
} from '../shared/custom-resource.js';

export interface Clients {
  readonly codebuild: Pick<CodeBuildClient, 'send'>;
  readonly ecr: Pick<ECRClient, 'send'>;
}

/** Environment variables that carry the custom-resource request through the build. */
const ENV = {
  responseUrl: 'CFN_RESPONSE_URL',
  stackId: 'CFN_STACK_ID',
  requestId: 'CFN_REQUEST_ID',
  logicalId: 'CFN_LOGICAL_RESOURCE_ID',
  repositoryUri: 'REPOSITORY_URI',
  imageTag: 'IMAGE_TAG',
  source: 'SOURCE_URI',
} as const;

/** The image tag of a source: the sha256 its packaged zip is named by (`.../assets/<sha256>.zip`). */
export function imageTagOf(source: string): string {
  const m = /^s3:\/\/[^/]+\/(?:.+\/)?([0-9a-f]{64})\.zip$/.exec(source);
  if (!m)
    throw new Error(`Source must be the S3 URI of a packaged asset (s3://bucket/.../<sha256>.zip), got "${source}"`);
  return `src-${m[1]}`;
}

async function imageExists(ecr: Clients['ecr'], repositoryName: string, tag: string): Promise<boolean> {
  try {
    const r = await ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag: tag }] }));
    return (r.imageDetails ?? []).length > 0;
  } catch (err) {
    if ((err as { name?: string }).name === 'ImageNotFoundException') return false;
    throw err;
  }
}

type BuildEvent = CodeBuildCloudWatchStateEvent;
const isBuildEvent = (e: unknown): e is BuildEvent =>
  typeof e === 'object' && e !== null && (e as { source?: string }).source === 'aws.codebuild';

/** Why a build did not succeed, from its event: the failing phase and CodeBuild's message. */
function failureReason(event: BuildEvent): string {
  const info = event.detail['additional-information'];
  const failed = (info.phases ?? []).find((p) => p['phase-status'] !== undefined && p['phase-status'] !== 'SUCCEEDED');
  const context = (failed?.['phase-context'] ?? []).filter((c) => c && c !== ': ').join('; ');
  const where = failed ? ` in phase ${failed['phase-type']} (${failed['phase-status']})` : '';
  const logs = info.logs?.['deep-link'] ? `; logs: ${info.logs['deep-link']}` : '';
  return `image build ${event.detail['build-id']} ${event.detail['build-status']}${where}${context ? `: ${context}` : ''}${logs}`;
}

/** Answers CloudFormation for a finished build; ignores builds no stack is waiting for. */
async function onBuildFinished(event: BuildEvent, log: (m: string) => void): Promise<void> {
  const status = event.detail['build-status'];
  if (status === 'IN_PROGRESS') return;
  const vars = Object.fromEntries(
    (event.detail['additional-information'].environment['environment-variables'] ?? []).map((v) => [v.name, v.value]),
  );
  const url = vars[ENV.responseUrl];
  if (!url) {
    log(
      `build ${event.detail['build-id']} ${status}: not started by a stack (no ${ENV.responseUrl}); nothing to answer`,
    );
    return;
  }
  const imageUri = `${vars[ENV.repositoryUri]}:${vars[ENV.imageTag]}`;
  const response: CustomResourceResponse = {
    StackId: vars[ENV.stackId],
    RequestId: vars[ENV.requestId],
    LogicalResourceId: vars[ENV.logicalId],
    PhysicalResourceId: imageUri,
    Status: status === 'SUCCEEDED' ? 'SUCCESS' : 'FAILED',
    ...(status === 'SUCCEEDED' ? { Data: { ImageUri: imageUri } } : { Reason: failureReason(event).slice(0, 1000) }),
  };
  log(`build ${event.detail['build-id']} ${status}: answering ${response.Status} for ${response.LogicalResourceId}`);
  await sendResponse(url, response, log);
}

export function createHandler(clients: Clients, options: WrapperOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  const onRequest = customResource(async (event) => {
    if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId };
    const projectName = stringProperty(event, 'ProjectName');
    const repositoryName = stringProperty(event, 'RepositoryName');
    const repositoryUri = stringProperty(event, 'RepositoryUri');
    const source = stringProperty(event, 'Source');
    const tag = imageTagOf(source);
    const imageUri = `${repositoryUri}:${tag}`;
    if (await imageExists(clients.ecr, repositoryName, tag)) {
      log(`${imageUri} is already in the repository: no build needed`);
      return { physicalResourceId: imageUri, data: { ImageUri: imageUri } };
    }
    const variables: Record<string, string> = {
      [ENV.responseUrl]: event.ResponseURL,
      [ENV.stackId]: event.StackId,
      [ENV.requestId]: event.RequestId,
      [ENV.logicalId]: event.LogicalResourceId,
      [ENV.repositoryUri]: repositoryUri,
      [ENV.imageTag]: tag,
      [ENV.source]: source,
    };
    const { build } = await clients.codebuild.send(
      new StartBuildCommand({
        projectName,
        // A retried invocation of the same request does not start a second build.
        idempotencyToken: event.RequestId,
        environmentVariablesOverride: Object.entries(variables).map(([name, value]) => ({
          name,
          value,
          type: 'PLAINTEXT',
        })),
      }),
    );
    return { deferred: `build ${build?.id ?? '(unknown id)'}, answered by its state-change event` };
  }, options);

  return async (
    event: CustomResourceEvent | BuildEvent,
    context: Pick<Context, 'getRemainingTimeInMillis' | 'logStreamName'>,
  ) => {
    if (isBuildEvent(event)) return onBuildFinished(event, log);
    return onRequest(event, context);
  };
}

// Clients are made once per Lambda container; the region comes from the Lambda environment.
export const handler = createHandler({ codebuild: new CodeBuildClient({}), ecr: new ECRClient({}) });
