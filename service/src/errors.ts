// Every error leaves the service as JSON `{ "error": code, "message": text }`. Handlers throw
// ApiError for what they expect; the error middleware at the top of the app turns anything
// thrown into that shape, and anything it does not recognise into a 500 that is logged in full
// but says nothing about the internals to the caller.
import type { Context, Next } from 'koa';
import { errorFields, type Logger } from './log.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Response headers that go with this error (WWW-Authenticate, Retry-After, ...). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  readonly error: string;
  readonly message: string;
}

/** What the request log records about a failed request (never the message: it may echo input). */
export interface ErrorState {
  errorCode?: string;
}

// Errors thrown by Koa itself and the router (http-errors): status and a code named after it.
const HTTP_CODES: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  501: 'not_implemented',
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
      // No route answered: the router leaves a bare 404, or a 405/501 with an Allow header.
      if (ctx.body === undefined || ctx.body === null) {
        if (ctx.status === 404) throw new ApiError(404, 'not_found', `no route for ${ctx.method} ${ctx.path}`);
        if (ctx.status === 405 || ctx.status === 501) {
          const allowed = ctx.response.get('Allow');
          throw new ApiError(
            ctx.status,
            ctx.status === 405 ? 'method_not_allowed' : 'not_implemented',
            `${ctx.method} is not allowed on ${ctx.path}${allowed ? `; use ${allowed}` : ''}`,
          );
        }
      }
    } catch (err) {
      let status = 500;
      let body: ErrorBody = { error: 'internal', message: 'internal error; the request id identifies it in the logs' };
      let headers: Record<string, string> = {};
      if (err instanceof ApiError) {
        status = err.status;
        body = { error: err.code, message: err.message };
        headers = { ...err.headers };
      } else if (isExposedHttpError(err)) {
        status = err.status;
        body = { error: HTTP_CODES[status] ?? `http_${status}`, message: err.message };
        headers = { ...err.headers };
      } else {
        const busy = unavailable(err);
        const requestId = (ctx.state as { requestId?: string }).requestId;
        (busy ? log.warn : log.error)(busy ? 'upstream unavailable' : 'unexpected error', {
          requestId,
          ...errorFields(err),
        });
        if (busy) {
          status = busy.status;
          body = { error: busy.code, message: busy.message };
          headers = { ...busy.headers };
        }
      }
      ctx.status = status;
      for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
      ctx.body = body;
      (ctx.state as ErrorState).errorCode = body.error;
    }
  };
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

function unavailable(err: unknown): ApiError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const throttled = e.name !== undefined && THROTTLED.has(e.name);
  const network = typeof e.code === 'string' && NETWORK.test(e.code);
  if (!throttled && !network) return undefined;
  return new ApiError(503, 'unavailable', 'a backing service is unavailable or busy: retry shortly', {
    'Retry-After': '1',
  });
}
