// The service's routes, bound from the API contract (contract/operations.ts): the request's path
// and method pick the operation, then what the contract declares for it is enforced here, in one
// place, before its handler runs: Cache-Control, the body's size, the token (and its kind), the
// path parameters' patterns, the body's schema. The handler gets what it needs and returns the success body.
//
// Not a router library: the contract is the route table, and a second table would be one more
// thing to keep in agreement (and @koa/router adds HEAD to every GET and answers unknown methods
// 501, neither of which API Gateway does). A path the contract lacks is 404 not_found; a method
// the path lacks is 405 with Allow, whatever the method (TRACE, PROPFIND and HEAD included).
import type { Context, Next } from 'koa';
import { checkedBody, jsonBody, readBody } from '../body.js';
import { ERRORS } from '../contract/errors.js';
import { DEFINITIONS } from '../contract/schemas.js';
import {
  ALL_METHODS,
  OPERATIONS,
  PATHS,
  PATH_PARAMETERS,
  allowedMethods,
  matchPath,
  type Method,
  type OperationId,
  type OperationSpec,
  type PathParameter,
  type ServiceOperationId,
} from '../contract/operations.js';
import { REQUEST_DEADLINE_MS, withinDeadline } from '../call-limits.js';
import { ApiError, isUnavailable } from '../errors.js';
import { requireToken, type TokenClaims, type TokenVerifier } from '../auth/tokens.js';

export interface OperationRequest {
  readonly ctx: Context;
  /** The path parameters, each matching its pattern. */
  readonly params: Readonly<Record<PathParameter, string>>;
  /** The verified token's claims, for operations that take a token. */
  readonly claims: TokenClaims | undefined;
  /** The body's fields, checked against the operation's schema; {} for operations without one. */
  readonly body: Readonly<Record<string, string>>;
}

/** An operation another backend answers in AWS, where a handler stands in for it (the local run). */
export interface BackendRequest {
  readonly ctx: Context;
  /** The JSON body as sent: the handler checks it against the operation's schema itself. */
  readonly json: Readonly<Record<string, unknown>>;
}

/**
 * One handler per operation the service answers: it returns the success answer's body. An
 * operation with a `backend` (API Gateway answers it in AWS) may have one, for the local run.
 */
export type Handlers = {
  readonly [id in ServiceOperationId]: (request: OperationRequest) => Promise<unknown> | unknown;
} & {
  readonly [id in Exclude<OperationId, ServiceOperationId>]?: (request: BackendRequest) => Promise<unknown> | unknown;
};

/**
 * A success body already serialised: an answer many requests share (the list) is turned into
 * JSON once, not once per request. Sent as Koa sends an object (application/json; charset=utf-8).
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Sets the success body: an object as Koa serialises it, a JsonText as it is. */
function answerWith(ctx: Context, answer: unknown): void {
  if (answer instanceof JsonText) {
    ctx.type = 'application/json';
    ctx.body = answer.text;
  } else {
    ctx.body = answer;
  }
}

const PREFLIGHT = 'OPTIONS';
const RETRY_AFTER = { 'Retry-After': '1' } as const;
const PARAMETER_PATTERNS = Object.fromEntries(
  Object.entries(PATH_PARAMETERS).map(([name, { pattern }]) => [name, new RegExp(pattern, 'u')]),
) as Record<PathParameter, RegExp>;

export function dispatch(handlers: Handlers, verifier: TokenVerifier) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.method === 'CONNECT') {
      // Its target is a host:port, not a path: no resource of the API takes it (server.ts routes it here).
      const target = matchPath(ctx.url);
      const allow = target ? allowedMethods(target.path) : ALL_METHODS;
      throw new ApiError('method_not_allowed', `CONNECT is not allowed; use ${allow}`, { Allow: allow });
    }
    const match = matchPath(ctx.path);
    if (!match) throw new ApiError('not_found', `no route for ${ctx.method} ${ctx.path.slice(0, 200)}`);
    const allow = allowedMethods(match.path);
    const id = PATHS.get(match.path)!.get(ctx.method as Method);
    if (id === undefined) {
      if (ctx.method === PREFLIGHT) {
        // A preflight from an origin CORS does not allow (cors.ts answers the allowed ones).
        ctx.set('Allow', allow);
        ctx.status = 204;
        return;
      }
      throw new ApiError(
        'method_not_allowed',
        `${ctx.method.slice(0, 20)} is not allowed on ${match.path}; use ${allow}`,
        {
          Allow: allow,
        },
      );
    }
    const op: OperationSpec = OPERATIONS[id];
    if (op.cacheControl !== undefined) ctx.set('Cache-Control', op.cacheControl);
    await readBody(ctx); // any operation refuses an oversized body, on a GET too
    if (op.backend !== undefined) {
      const stand = handlers[id as Exclude<OperationId, ServiceOperationId>];
      if (!stand) {
        throw new ApiError(
          'not_found',
          `${op.method} ${op.path} is answered by API Gateway (${op.backend}), not the service`,
        );
      }
      const answer = await withinRequestDeadline(op, () => stand({ ctx, json: jsonBody(ctx) }));
      ctx.status = op.success.status;
      answerWith(ctx, answer);
      await next();
      return;
    }
    const claims = op.token ? await requireToken(ctx, verifier, op.token) : undefined;
    for (const [name, value] of Object.entries(match.params)) {
      const { error } = PATH_PARAMETERS[name as PathParameter];
      if (!PARAMETER_PATTERNS[name as PathParameter].test(value)) throw new ApiError(error, ERRORS[error].meaning);
    }
    const body = op.body ? checkedBody(ctx, DEFINITIONS[op.body]) : {};
    const answer = await withinRequestDeadline(op, () =>
      handlers[id as ServiceOperationId]({
        ctx,
        params: match.params as Record<PathParameter, string>,
        claims,
        body,
      }),
    );
    ctx.status = op.success.status;
    answerWith(ctx, answer);
    await next();
  };
}

/**
 * The operation's work, answered within REQUEST_DEADLINE_MS whatever it waits for. A write that
 * declares `outcome_unknown` (like, adopt) and fails once it may have reached the table (its
 * answer lost, late, or the deadline passed) says so, rather than `unavailable`: the caller
 * cannot tell whether it was saved, and retrying with the same X-Request-Id is what counts it once.
 */
async function withinRequestDeadline<T>(op: OperationSpec, work: () => Promise<T> | T): Promise<T> {
  try {
    return await withinDeadline((async () => work())(), REQUEST_DEADLINE_MS, "the request's backends");
  } catch (err) {
    if (!(op.errors as readonly string[]).includes('outcome_unknown') || !isUnavailable(err)) throw err;
    throw new ApiError(
      'outcome_unknown',
      'the write was sent but its outcome is unknown: retry with the same X-Request-Id, which counts it once',
      RETRY_AFTER,
      err,
    );
  }
}
