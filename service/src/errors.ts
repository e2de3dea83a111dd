// Every error leaves the service as JSON `{ "error": code, "message": text }`. Handlers throw
// ApiError for what they expect; the error middleware at the top of the app turns anything
// thrown into that shape, and anything it does not recognise into a 500 that is logged in full
// but says nothing about the internals to the caller.
import type { Context, Next } from 'koa';
import { statusOf, type ErrorBody, type ErrorCode } from './contract/errors.js';
import { errorFields, type Logger } from './log.js';

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Response headers that go with this error (WWW-Authenticate, Retry-After, ...). */
    readonly headers: Readonly<Record<string, string>> = {},
    /** For a 5xx, what went wrong upstream: logged, never sent. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ApiError';
    this.status = statusOf(code);
  }
}

/** The challenge of a 401; token errors add `error="invalid_token"`. */
export const BEARER_REALM = 'Bearer realm="mysfits"';

/** What the request log records about a failed request (never the message: it may echo input). */
export interface ErrorState {
  errorCode?: string;
}

// Errors thrown by Koa itself (http-errors): the code of their status; any other 4xx is a bad request.
const HTTP_CODES: Record<number, ErrorCode> = {
  408: 'request_timeout',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

interface HttpErrorLike {
  status?: unknown;
  expose?: unknown;
  message: string;
  headers?: Record<string, string>;
}

/** The error middleware: the first the request meets after the request log. */
export function errorHandler(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
    } catch (err) {
      const known = err instanceof ApiError ? err : (fromHttpError(err) ?? unavailable(err));
      if (!known || known.status >= 500) {
        const requestId = (ctx.state as { requestId?: string }).requestId;
        if (!known) log.error('unexpected error', { requestId, ...errorFields(err) });
        else if (known !== err) log.warn('upstream unavailable', { requestId, ...errorFields(err) });
        else if (known.cause !== undefined) log.warn(known.code, { requestId, ...errorFields(known.cause) });
      }
      const answer = known ?? new ApiError('internal', 'internal error; the request id identifies it in the logs');
      ctx.status = answer.status;
      // Every 401 says how to authenticate (RFC 9110); the token checks add why.
      if (answer.status === 401) ctx.set('WWW-Authenticate', BEARER_REALM);
      for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
      ctx.body = { error: answer.code, message: answer.message } satisfies ErrorBody;
      (ctx.state as ErrorState).errorCode = answer.code;
    }
  };
}

/** A 4xx Koa or the router threw (http-errors), as an ApiError. */
function fromHttpError(err: unknown): ApiError | undefined {
  if (!isExposedHttpError(err)) return undefined;
  return new ApiError(HTTP_CODES[err.status] ?? 'bad_request', err.message, err.headers);
}

function isExposedHttpError(err: unknown): err is HttpErrorLike & { status: number } {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as HttpErrorLike;
  return typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true;
}

// An AWS service throttled or out of reach: the caller can retry, so 503 rather than 500.
const THROTTLED = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);
const NETWORK = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/;

/** Whether `err` is an AWS service throttled, out of reach or too slow (answered 503 `unavailable`). */
export const isUnavailable = (err: unknown): boolean => unavailable(err) !== undefined;

function unavailable(err: unknown): ApiError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const throttled = e.name !== undefined && THROTTLED.has(e.name);
  const network = typeof e.code === 'string' && NETWORK.test(e.code);
  if (!throttled && !network) return undefined;
  return new ApiError('unavailable', 'a backing service is unavailable or busy: retry shortly', {
    'Retry-After': '1',
  });
}
