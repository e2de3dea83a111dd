// The tutorial's API: health, the list (optionally filtered), a profile, like and adopt. The
// contract (contract/operations.ts) declares each; dispatch.ts has already checked the id, the
// token and the body by the time a handler runs.
import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { FILTERS, type FilterName } from '../contract/schemas.js';
import { ApiError } from '../errors.js';
import type { RequestState } from '../log.js';
import type { ListFilter, MysfitStore, MysfitSummary } from '../mysfits/store.js';
import { JsonText, type Handlers } from './dispatch.js';

export interface MysfitRoutesOptions {
  readonly store: MysfitStore;
  /** False while shutting down, so the health check reports the task is going away. */
  readonly healthy: () => boolean;
}

type MysfitHandlers = Pick<Handlers, 'health' | 'listMysfits' | 'getMysfit' | 'likeMysfit' | 'adoptMysfit'>;

export function mysfitHandlers({ store, healthy }: MysfitRoutesOptions): MysfitHandlers {
  return {
    // Health check for the load balancer: no database call, so a slow table does not take tasks
    // out of service.
    health: () => {
      if (!healthy()) throw new ApiError('shutting_down', 'this task is shutting down', { 'Retry-After': '1' });
      return { status: 'ok', service: 'mysfits' };
    },

    // The store hands every request of one read (or of the cache's life) the same array: its
    // JSON is written once for all of them.
    listMysfits: async ({ ctx }) => listJson(await store.list(listFilter(ctx))),

    getMysfit: async ({ params: { mysfitId } }) => {
      const mysfit = await store.get(mysfitId);
      if (!mysfit) throw notFound(mysfitId);
      return mysfit;
    },

    likeMysfit: async ({ ctx, params: { mysfitId }, claims }) => {
      const likes = await store.like(mysfitId, likeToken(claims!.sub, (ctx.state as RequestState).requestId));
      if (likes === undefined) throw notFound(mysfitId);
      return { mysfitId, likes };
    },

    adoptMysfit: async ({ params: { mysfitId }, claims }) => {
      const result = await store.adopt(mysfitId, claims!.sub);
      if (result === 'not_found') throw notFound(mysfitId);
      if (result === 'already_adopted')
        throw new ApiError('already_adopted', `mysfit ${mysfitId} has already been adopted`);
      return { mysfitId, adopted: true };
    },
  };
}

/**
 * The like's idempotency token (DynamoDB's ClientRequestToken, at most 36 characters): one per
 * request and user, so the SDK's retries of it count once, a client retrying with the same
 * X-Request-Id counts once, and two users can never share one.
 */
export function likeToken(sub: string, requestId: string): string {
  return createHash('sha256').update(`${sub}\n${requestId}`).digest('base64url').slice(0, 36);
}

const LIST_JSON = new WeakMap<readonly MysfitSummary[], JsonText>();

function listJson(mysfits: readonly MysfitSummary[]): JsonText {
  let json = LIST_JSON.get(mysfits);
  if (!json) {
    json = new JsonText(JSON.stringify({ mysfits }));
    LIST_JSON.set(mysfits, json);
  }
  return json;
}

function notFound(id: string): ApiError {
  return new ApiError('mysfit_not_found', `no mysfit has the id ${id}`);
}

function single(ctx: Context, name: 'filter' | 'value'): string | undefined {
  const v = ctx.query[name];
  if (Array.isArray(v)) throw new ApiError(`invalid_${name}`, `give "${name}" once, not ${v.length} times`);
  return v;
}

/** `?filter=GoodEvil&value=Evil`: both or neither; only the indexed attributes and their values. */
function listFilter(ctx: Context): ListFilter | undefined {
  const filter = single(ctx, 'filter');
  const value = single(ctx, 'value');
  if (filter === undefined && value === undefined) return undefined;
  const names = Object.keys(FILTERS) as FilterName[];
  if (filter === undefined || filter === '') {
    throw new ApiError('missing_filter', `"value" needs a "filter": one of ${names.join(', ')}`);
  }
  if (!names.includes(filter as FilterName)) {
    throw new ApiError('invalid_filter', `filter must be one of ${names.join(', ')}`);
  }
  const allowed: readonly string[] = FILTERS[filter as FilterName];
  if (value === undefined || value === '') {
    throw new ApiError('missing_value', `filter ${filter} needs a "value": one of ${allowed.join(', ')}`);
  }
  if (!allowed.includes(value)) {
    throw new ApiError('invalid_value', `value for ${filter} must be one of ${allowed.join(', ')}`);
  }
  return { name: filter as FilterName, value };
}
