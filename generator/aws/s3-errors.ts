// S3's refusals in words. A refused HEAD (HeadBucket, HeadObject) has no body, so the SDK can only
// call it "UnknownError" or "403"; and no S3 error names the bucket or key it was about. A
// middleware on every S3 client the CLI makes notes on a failed call's error which operation,
// bucket and key it was (the error itself is left as it is, so callers that expect NoSuchKey or a
// 404 still see them); the CLI prints such an error as the operation, where, the HTTP status and
// S3's error code, with what to do about it (s3Message).
import type { S3Client } from '@aws-sdk/client-s3';

const CALL = Symbol('mysfits S3 call');

interface NotedCall {
  readonly operation: string;
  readonly where: string;
}

interface SdkFailure {
  name?: string;
  message?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
  [CALL]?: NotedCall;
}

/** Notes the call on every failure of `client`'s calls. */
export function describeS3Failures(client: S3Client): S3Client {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        if (typeof err === 'object' && err !== null && !(CALL in err)) {
          const input = args.input as { Bucket?: string; Key?: string };
          Object.defineProperty(err, CALL, {
            value: {
              operation: (context.commandName ?? 'S3 call').replace(/Command$/, ''),
              where: `s3://${input.Bucket ?? ''}${input.Key ? `/${input.Key}` : ''}`,
            } satisfies NotedCall,
          });
        }
        throw err;
      }
    },
    { step: 'initialize', name: 'describeS3Failures', override: true },
  );
  return client;
}

/** What a status or code usually means for this tool's calls (publish, deploy, destroy). */
function hintFor(code: string, status: number): string {
  if (code === 'NoSuchBucket' || status === 404) return 'the bucket or object does not exist';
  if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301)
    return 'the bucket is in another region: pass that --region';
  if (code === 'BucketAlreadyExists') return 'another account owns that bucket name: choose another --bucket-prefix';
  if (code === 'AccessDenied' || code === 'AllAccessDisabled' || status === 403)
    return "these credentials may not do this on that bucket, or the bucket is another account's: bucket names are global, choose another --bucket-prefix";
  if (code === 'SlowDown' || status === 503) return 'S3 is throttling: run the command again in a minute';
  return '';
}

/** A failed S3 call as one line: operation, bucket and key, HTTP status, S3's code, a hint; else undefined. */
export function s3Message(err: unknown): string | undefined {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SdkFailure;
  const call = e[CALL];
  const status = e.$metadata?.httpStatusCode;
  if (!call || status === undefined) return undefined;
  // A body-less refusal is named after its status by the SDK ("Unknown", "UnknownError", "403", "Forbidden").
  const named = e.Code ?? e.name ?? '';
  const bodiless =
    !named ||
    named === 'UnknownError' ||
    named === 'Unknown' ||
    /^\d+$/.test(named) ||
    named === 'Forbidden' ||
    named === 'NotFound';
  const code = bodiless ? (status === 403 ? 'AccessDenied' : status === 404 ? 'NotFound' : `HTTP${status}`) : named;
  const detail = e.message && e.message !== named && e.message !== 'UnknownError' ? `: ${e.message}` : '';
  const hint = hintFor(code, status);
  return `${call.operation} ${call.where} refused: HTTP ${status} ${code}${detail}${hint ? ` (${hint})` : ''}`;
}
