// Request bodies: read whole, at most 16 KB, once the request's operation is known (dispatch.ts).
// A declared Content-Length over the limit is refused without reading; a chunked body is counted as it arrives and refused
// the moment it passes the limit. Either way the answer is 413 and the connection is closed, so
// the server does not go on draining an upload nobody wants.
import type { Context } from 'koa';
import type { Schema } from './contract/schemas.js';
import { ApiError } from './errors.js';

export const BODY_LIMIT = 16 * 1024;

/**
 * How much of a refused body is still read (and thrown away) so the client, still sending,
 * reads its 413 instead of a broken pipe; past this the connection is closed.
 */
export const DISCARD_LIMIT = 16 * 1024 * 1024;

/** Sockets whose request Node timed out (server.ts marks them): their body read is a 408. */
export const timedOutSockets = new WeakSet<object>();

export interface BodyState {
  rawBody?: Buffer;
}

/** 413; the connection closes only when the rest of the body is more than worth reading away. */
function tooLarge(declared?: number): ApiError {
  return new ApiError(
    'body_too_large',
    `request body is over the limit of ${BODY_LIMIT} bytes`,
    declared !== undefined && declared > DISCARD_LIMIT ? { Connection: 'close' } : {},
  );
}

/** Reads the whole body into `ctx.state.rawBody`, refusing one over `limit` (413). */
export async function readBody(ctx: Context, limit = BODY_LIMIT): Promise<void> {
  const length = ctx.get('content-length');
  const chunked = /\bchunked\b/i.test(ctx.get('transfer-encoding'));
  if (length !== '' && Number(length) > limit) throw tooLarge(Number(length));
  if (chunked || (length !== '' && Number(length) > 0)) {
    (ctx.state as BodyState).rawBody = await collect(ctx, limit);
  }
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
        // Node reads the rest away once the 413 is sent; past DISCARD_LIMIT, stop it.
        let discarded = size;
        req.on('data', (more: Buffer) => {
          discarded += more.length;
          if (discarded > DISCARD_LIMIT) req.socket.destroy();
        });
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
      if (timedOutSockets.has(req.socket)) {
        reject(new ApiError('request_timeout', 'the request body did not arrive in time'));
      } else reject(new ApiError('bad_request', `could not read the request body: ${err.message}`));
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
    throw new ApiError('unsupported_media_type', `send the body as application/json, not ${type.slice(0, 100)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new ApiError('invalid_json', `the body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError('invalid_body', 'the body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/**
 * The body checked against its contract schema (an object of string fields: the subset the
 * operations use): no field the schema does not name (a typo is an error, not ignored), every
 * required one present, each a string within its length and pattern. The message names the
 * field and, from the schema's description, what it must be.
 */
export function checkedBody(ctx: Context, schema: Schema): Record<string, string> {
  const body = jsonBody(ctx);
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  const unknown = Object.keys(body).filter((k) => !names.includes(k));
  if (unknown.length > 0) {
    throw new ApiError(
      'unknown_field',
      `unknown field ${unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}; expected ${names.join(', ')}`,
    );
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = body[name];
    if (v === undefined || v === null || v === '') {
      if (schema.required?.includes(name)) throw new ApiError('missing_field', `${name} is required`);
      continue;
    }
    const rule = properties[name];
    if (typeof v !== 'string' || !fits(v, rule)) {
      throw new ApiError('invalid_field', `${name} must be ${rule.description ?? 'a string'}`);
    }
    out[name] = v;
  }
  return out;
}

const patterns = new Map<string, RegExp>();

function fits(v: string, rule: Schema): boolean {
  if (rule.minLength !== undefined && v.length < rule.minLength) return false;
  if (rule.maxLength !== undefined && v.length > rule.maxLength) return false;
  if (rule.pattern === undefined) return true;
  let re = patterns.get(rule.pattern);
  if (!re) patterns.set(rule.pattern, (re = new RegExp(rule.pattern, 'u')));
  return re.test(v);
}
