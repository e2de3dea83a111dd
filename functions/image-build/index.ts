// Custom resource of service.yml: builds the service image from the packaged source in the
// user's own account, so a Launch Stack click ends with a running service and no docker step.
//
// A build can take longer than a Lambda may run (15 minutes), so this function does not wait:
//  1. On Create/Update (CloudFormation invokes it): if the repository already holds the image for
//     this source (its tag is the source's sha256), it answers SUCCESS at once: re-running is
//     free, and a rollback to an earlier source finds its image. Otherwise it starts a run of the
//     stack's image-build state machine, with CloudFormation's request as the run's input, and
//     returns without answering.
//  2. The state machine runs the build (Step Functions' startBuild.sync waits for any end of it)
//     and invokes this same function with `{ answer }`: the request, and the build's result or
//     the error that ended it. The function answers CloudFormation: SUCCESS with the image URI,
//     or FAILED with the failing phase, CodeBuild's message and the logs link, or, for a build
//     CodeBuild would not start, the quota to raise.
// The answer is sent only to a URL on CloudFormation's response hosts, and only for a build of
// this stack's project (PROJECT_NAME): whoever may invoke the function cannot make it answer a
// stack with an image of their choice or send a request anywhere else.
// Delete does nothing: the images live in the stack's repository, which is emptied with it.
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { Context } from 'aws-lambda';
import {
  customResource,
  sendResponse,
  stringProperty,
  type CustomResourceEvent,
  type CustomResourceResponse,
  type WrapperOptions,
} from '../shared/custom-resource.js';

export interface Clients {
  readonly sfn: Pick<SFNClient, 'send'>;
  readonly ecr: Pick<ECRClient, 'send'>;
}

/** The request a build run carries, to answer CloudFormation with. */
export interface PendingRequest {
  readonly responseUrl: string;
  readonly stackId: string;
  readonly requestId: string;
  readonly logicalId: string;
}

/** The input of a run: what to build, and whom to answer. */
export interface BuildRun {
  readonly request: PendingRequest;
  readonly repositoryUri: string;
  readonly imageTag: string;
  readonly source: string;
}

/** What the state machine invokes the function with once the build has ended. */
export interface AnswerEvent {
  readonly answer: BuildRun & {
    /** The build, when it succeeded (startBuild.sync's result, selected). */
    readonly build?: { readonly id: string; readonly status: string; readonly projectName: string };
    /** Why the run failed (a Catch's output): the error name and its cause (for a build: its JSON). */
    readonly error?: { readonly Error: string; readonly Cause?: string };
  };
}

/** The image tag of a source: the sha256 its packaged zip is named by (`.../assets/<sha256>.zip`). */
export function imageTagOf(source: string): string {
  const m = /^s3:\/\/[^/]+\/(?:.+\/)?([0-9a-f]{64})\.zip$/.exec(source);
  if (!m)
    throw new Error(`Source must be the S3 URI of a packaged asset (s3://bucket/.../<sha256>.zip), got "${source}"`);
  return `src-${m[1]}`;
}

/**
 * Whether a URL is a CloudFormation response URL: HTTPS on the regional response bucket's host
 * (`cloudformation-custom-resource-response-<region>.s3[.-]<region>.amazonaws.com[.cn]`).
 */
export function isResponseUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    /^cloudformation-custom-resource-response-[a-z0-9]+\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.test(u.hostname)
  );
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

interface BuildPhase {
  readonly phaseType?: string;
  readonly phaseStatus?: string;
  readonly contexts?: readonly { readonly statusCode?: string; readonly message?: string }[];
}
interface BuildDetail {
  readonly id?: string;
  readonly buildStatus?: string;
  readonly projectName?: string;
  readonly phases?: readonly BuildPhase[];
  readonly logs?: { readonly deepLink?: string };
}

/** The build a failed `.sync` task's Cause describes (CodeBuild's build, in its API shape). */
function causeBuild(cause: string | undefined): BuildDetail | undefined {
  if (!cause) return undefined;
  try {
    const parsed = JSON.parse(cause) as { Build?: Record<string, unknown> } & Record<string, unknown>;
    const b = (parsed.Build ?? parsed) as Record<string, unknown>;
    if (typeof b.Id !== 'string' && typeof b.BuildStatus !== 'string') return undefined;
    const phases = (b.Phases as Record<string, unknown>[] | undefined) ?? [];
    return {
      id: b.Id as string | undefined,
      buildStatus: b.BuildStatus as string | undefined,
      projectName: b.ProjectName as string | undefined,
      phases: phases.map((p) => ({
        phaseType: p.PhaseType as string | undefined,
        phaseStatus: p.PhaseStatus as string | undefined,
        contexts: ((p.Contexts as Record<string, string>[] | undefined) ?? []).map((c) => ({
          statusCode: c.StatusCode,
          message: c.Message,
        })),
      })),
      logs: { deepLink: (b.Logs as Record<string, string> | undefined)?.DeepLink },
    };
  } catch {
    return undefined;
  }
}

/** What the quota message says to do; CodeBuild words it "Cannot have more than 0 builds in queue". */
const QUOTA_HELP =
  'CodeBuild\'s quota of concurrently running builds in this region is 0, as it can be in a new account: ask for more in Service Quotas (AWS CodeBuild, "Concurrently running builds for Linux/Small environment") or from AWS Support, then delete this stack and launch it again';

/** Why a run did not produce the image, in words for the stack's event. */
export function failureReason(error: { Error: string; Cause?: string }): string {
  const build = causeBuild(error.Cause);
  if (build) {
    const failed = (build.phases ?? []).find((p) => p.phaseStatus !== undefined && p.phaseStatus !== 'SUCCEEDED');
    const context = (failed?.contexts ?? [])
      .map((c) => [c.statusCode, c.message].filter(Boolean).join(': '))
      .filter((c) => c !== '')
      .join('; ');
    const where = failed ? ` in phase ${failed.phaseType} (${failed.phaseStatus})` : '';
    const logs = build.logs?.deepLink ? `; logs: ${build.logs.deepLink}` : '';
    return `image build ${build.id ?? ''} ${build.buildStatus ?? 'FAILED'}${where}${context ? `: ${context}` : ''}${logs}`;
  }
  const cause = error.Cause ?? '';
  if (/AccountLimitExceeded/.test(error.Error) || /Cannot have more than 0 builds/.test(cause)) {
    return `CodeBuild would not start the image build (${cause || error.Error}): ${QUOTA_HELP}`;
  }
  if (error.Error === 'States.Timeout') {
    return 'the image build did not end in time (the state machine stopped waiting); see the project in CodeBuild';
  }
  return `the image build did not run: ${error.Error}${cause ? `: ${cause.slice(0, 500)}` : ''}`;
}

/** Answers CloudFormation for a finished run (see the top of this file for what is refused). */
async function onAnswer(
  event: AnswerEvent,
  projectName: string | undefined,
  acceptResponseUrl: (url: string) => boolean,
  log: (m: string) => void,
): Promise<string> {
  const { request, repositoryUri, imageTag, build, error } = event.answer;
  if (!acceptResponseUrl(request.responseUrl)) {
    log(`refusing to answer: ${request.responseUrl.slice(0, 100)} is not a CloudFormation response URL`);
    return 'refused: not a CloudFormation response URL';
  }
  const builtBy = build?.projectName ?? causeBuild(error?.Cause)?.projectName;
  if (builtBy !== undefined && builtBy !== projectName) {
    log(`refusing to answer for build of project ${builtBy}: this stack's project is ${projectName}`);
    return `refused: project ${builtBy}`;
  }
  const imageUri = `${repositoryUri}:${imageTag}`;
  const succeeded = error === undefined && build?.status === 'SUCCEEDED';
  const response: CustomResourceResponse = {
    StackId: request.stackId,
    RequestId: request.requestId,
    LogicalResourceId: request.logicalId,
    PhysicalResourceId: imageUri,
    Status: succeeded ? 'SUCCESS' : 'FAILED',
    ...(succeeded
      ? { Data: { ImageUri: imageUri } }
      : { Reason: failureReason(error ?? { Error: `build ended ${build?.status ?? 'unknown'}` }).slice(0, 1000) }),
  };
  log(
    `build ${build?.id ?? causeBuild(error?.Cause)?.id ?? ''} done: answering ${response.Status} for ${response.LogicalResourceId}`,
  );
  await sendResponse(request.responseUrl, response, log);
  return response.Status;
}

const isAnswer = (e: unknown): e is AnswerEvent => typeof e === 'object' && e !== null && 'answer' in e;

export interface ImageBuildOptions extends WrapperOptions {
  /** The stack's project (default: PROJECT_NAME): only its builds are answered. */
  readonly projectName?: string;
  /** Which response URLs are answered (default: isResponseUrl); tests answer a loopback stand-in. */
  readonly acceptResponseUrl?: (url: string) => boolean;
}

export function createHandler(clients: Clients, options: ImageBuildOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  const onRequest = customResource(async (event) => {
    if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId };
    const stateMachineArn = stringProperty(event, 'StateMachineArn');
    const repositoryName = stringProperty(event, 'RepositoryName');
    const repositoryUri = stringProperty(event, 'RepositoryUri');
    const source = stringProperty(event, 'Source');
    const imageTag = imageTagOf(source);
    const imageUri = `${repositoryUri}:${imageTag}`;
    if (await imageExists(clients.ecr, repositoryName, imageTag)) {
      log(`${imageUri} is already in the repository: no build needed`);
      return { physicalResourceId: imageUri, data: { ImageUri: imageUri } };
    }
    const run: BuildRun = {
      request: {
        responseUrl: event.ResponseURL,
        stackId: event.StackId,
        requestId: event.RequestId,
        logicalId: event.LogicalResourceId,
      },
      repositoryUri,
      imageTag,
      source,
    };
    // A retried invocation of the same request does not start a second run: the run is named by
    // the request (Step Functions answers a repeat with the same input as the first run).
    const name = event.RequestId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80);
    try {
      const started = await clients.sfn.send(
        new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(run) }),
      );
      return { deferred: `state machine run ${started.executionArn ?? name}, which answers when the build ends` };
    } catch (err) {
      if ((err as { name?: string }).name !== 'ExecutionAlreadyExists') throw err;
      return { deferred: `state machine run ${name} (started by an earlier try of this request)` };
    }
  }, options);

  return async (
    event: CustomResourceEvent | AnswerEvent,
    context: Pick<Context, 'getRemainingTimeInMillis' | 'logStreamName'>,
  ) => {
    if (isAnswer(event)) {
      return onAnswer(
        event,
        options.projectName ?? process.env.PROJECT_NAME,
        options.acceptResponseUrl ?? isResponseUrl,
        log,
      );
    }
    return onRequest(event, context);
  };
}

// Clients are made once per Lambda container; the region comes from the Lambda environment.
export const handler = createHandler({ sfn: new SFNClient({}), ecr: new ECRClient({}) });
