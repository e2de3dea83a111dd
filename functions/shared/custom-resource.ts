// The CloudFormation custom-resource protocol, once, for every custom-resource Lambda of the app.
// CloudFormation waits for a response PUT to a presigned S3 URL; a handler that throws, hangs or
// runs out of time without answering leaves the stack waiting for up to an hour. So the wrapper:
//  - always answers: SUCCESS with the handler's result, FAILED with its error message;
//  - answers FAILED on its own shortly before the Lambda would time out;
//  - sends the response as CloudFormation's presigned URL needs it (empty content-type: the
//    type is part of what the URL's signature covers), retrying a failed PUT a few times;
//  - waits out IAM's propagation: the function's role was often created seconds before the stack
//    first calls it, and AWS may refuse it (AccessDenied) until the role has propagated. Work
//    refused so is run again for up to 30 s (every handler here is idempotent) before it fails.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';

export type CustomResourceEvent = CloudFormationCustomResourceEvent;

export interface CustomResourceResult {
  /** Identifies what the resource manages; a new value on Update makes CloudFormation Delete the old one. */
  readonly physicalResourceId: string;
  /** Attributes readable with `!GetAtt Resource.Name` (strings; the response must stay under 4 KB). */
  readonly data?: Readonly<Record<string, string>>;
}

/**
 * The work goes on elsewhere and something else answers CloudFormation (for example a build that
 * outlives the Lambda, answered when its completion event arrives). The custom resource's
 * `ServiceTimeout` is then the last guard against a stack left waiting.
 */
export interface DeferredResult {
  /** Who will answer, for the log. */
  readonly deferred: string;
}

export type CustomResourceWork = (event: CustomResourceEvent) => Promise<CustomResourceResult | DeferredResult>;

export interface WrapperOptions {
  /** Answer FAILED this long before the Lambda's own timeout (default 5 s). */
  readonly marginMs?: number;
  /** How long work refused with AccessDenied is run again (default 30 s: IAM propagation). */
  readonly accessDeniedRetryMs?: number;
  /** The first pause between tries (default 1 s, doubling up to 8 s). */
  readonly retryDelayMs?: number;
  /** Where progress goes (default console.log); tests pass their own. */
  readonly log?: (message: string) => void;
}

/** What CloudFormation receives. */
export interface CustomResourceResponse {
  Status: 'SUCCESS' | 'FAILED';
  Reason?: string;
  PhysicalResourceId: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  Data?: Record<string, string>;
}

const MAX_REASON = 1000;

class Timeout extends Error {}

/** A Lambda handler that runs `work` and always reports the outcome to CloudFormation. */
export function customResource(
  work: CustomResourceWork,
  options: WrapperOptions = {},
): (event: CustomResourceEvent, context: Pick<Context, 'getRemainingTimeInMillis' | 'logStreamName'>) => Promise<void> {
  const log = options.log ?? ((m: string) => console.log(m));
  const marginMs = options.marginMs ?? 5000;
  return async (event, context) => {
    const what = `${event.RequestType} ${event.LogicalResourceId} (${event.ResourceType})`;
    log(`${what}: started`);
    // The id CloudFormation already knows, else one for a Create that fails before choosing one
    // (CloudFormation then sends a Delete with it, which handlers treat as "nothing to undo").
    const knownId = event.RequestType === 'Create' ? context.logStreamName : event.PhysicalResourceId;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      const ms = Math.max(0, context.getRemainingTimeInMillis() - marginMs);
      timer = setTimeout(() => reject(new Timeout(`timed out after ${Math.round(ms / 1000)} s`)), ms);
    });
    let response: CustomResourceResponse;
    try {
      const result = await Promise.race([untilAllowed(() => work(event), options, log), deadline]);
      if ('deferred' in result) {
        log(`${what}: answer deferred to ${result.deferred}`);
        return;
      }
      response = {
        ...base(event),
        Status: 'SUCCESS',
        PhysicalResourceId: result.physicalResourceId,
        ...(result.data ? { Data: { ...result.data } } : {}),
      };
      log(`${what}: SUCCESS (${result.physicalResourceId})`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const reason = `${message} (see CloudWatch log stream ${context.logStreamName})`;
      response = {
        ...base(event),
        Status: 'FAILED',
        Reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 3)}...` : reason,
        PhysicalResourceId: knownId,
      };
      log(`${what}: FAILED: ${message}`);
      if (err instanceof Error && !(err instanceof Timeout) && err.stack) log(err.stack);
    } finally {
      clearTimeout(timer);
    }
    await sendResponse(event.ResponseURL, response, log);
  };
}

/** AWS's refusals of a role that is not allowed (yet): the SDKs' names and messages for it. */
export function isAccessDenied(err: unknown): boolean {
  const e = err as { name?: string; Code?: string; message?: string } | undefined;
  return (
    /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError)$/.test(e?.name ?? e?.Code ?? '') ||
    /is not authorized to perform/.test(e?.message ?? '')
  );
}

/** Runs `work`, again while AWS refuses it with AccessDenied, for up to `accessDeniedRetryMs`. */
async function untilAllowed<T>(work: () => Promise<T>, options: WrapperOptions, log: (m: string) => void): Promise<T> {
  const until = Date.now() + (options.accessDeniedRetryMs ?? 30_000);
  let pause = options.retryDelayMs ?? 1000;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (!isAccessDenied(err) || Date.now() + pause > until) throw err;
      log(`refused (${(err as Error).message}); the role may still be propagating: again in ${pause} ms`);
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 8 * (options.retryDelayMs ?? 1000));
    }
  }
}

function base(event: CustomResourceEvent): Pick<CustomResourceResponse, 'StackId' | 'RequestId' | 'LogicalResourceId'> {
  return { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId };
}

/** PUTs the response to CloudFormation's presigned URL; retries network errors and 5xx. */
export async function sendResponse(
  url: string,
  response: CustomResourceResponse,
  log: (message: string) => void = (m) => console.log(m),
  attempts = 4,
): Promise<void> {
  const body = JSON.stringify(response);
  for (let attempt = 1; ; attempt++) {
    try {
      const status = await put(url, body);
      if (status >= 200 && status < 300) return;
      throw new Error(`response URL answered HTTP ${status}`);
    } catch (err) {
      if (attempt >= attempts) throw err;
      log(`sending the response failed (${(err as Error).message}); retry ${attempt} of ${attempts - 1}`);
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
}

function put(url: string, body: string): Promise<number> {
  const target = new URL(url);
  const request = target.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'PUT',
        // The presigned URL's signature covers the content type: it must be empty.
        headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('response URL did not answer in 10 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A required string property of the resource, or a clear error naming it. */
export function stringProperty(event: CustomResourceEvent, name: string): string {
  const value = (event.ResourceProperties as Record<string, unknown>)[name];
  if (typeof value !== 'string' || value === '') {
    throw new Error(`the custom resource needs a non-empty string property ${name}`);
  }
  return value;
}
