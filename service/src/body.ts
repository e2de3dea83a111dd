// Request bodies: read whole, at most 16 KB, before any route runs. A declared Content-Length
// over the limit is refused without reading; a chunked body is counted as it arrives and refused
// the moment it passes the limit. Either way the answer is 413 and the connection is closed, so
// the server does not go on draining an upload nobody wants.
import type { Context, Next } from 'koa';
import { ApiError } from './errors.js';

export const BODY_LIMIT = 16 * 1024;

export interface BodyState {
  rawBody?: Buffer;
}

function tooLarge(): ApiError {
  return new ApiError(413, 'body_too_large', `request body is over the limit of ${BODY_LIMIT} bytes`, {
    Connection: 'close',
  });
}

export function readBody(limit = BODY_LIMIT) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const length = ctx.get('content-length');
    const chunked = /\bchunked\b/i.test(ctx.get('transfer-encoding'));
    if (length !== '' && Number(length) > limit) throw tooLarge();
    if (chunked || (length !== '' && Number(length) > 0)) {
      (ctx.state as BodyState).rawBody = await collect(ctx, limit);
    }
    await next();
  };
}

function collect(ctx: Context, limit: number): Promise<Buffer> {
  const req = ctx.req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(new ApiError(400, 'bad_request', `could not read the request body: ${err.message}`));
    };
    const onAborted = (): void => onError(new Error('the client closed the connection'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/**
 * The body as a JSON object. An empty body is `{}`; a body that is not JSON (by content type or
 * by content) or not an object is a 4xx naming the problem.
 */
export function jsonBody(ctx: Context): Record<string, unknown> {
  const raw = (ctx.state as BodyState).rawBody;
  if (raw === undefined || raw.length === 0) return {};
  const type = ctx.get('content-type');
  if (type !== '' && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', `send the body as application/json, not ${type.slice(0, 100)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new ApiError(400, 'invalid_json', `the body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'invalid_body', 'the body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}
