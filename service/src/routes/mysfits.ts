// The tutorial's API: health, the list (optionally filtered), a profile, like and adopt.
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { ApiError } from '../errors.js';
import { requireToken, type TokenVerifier } from '../auth/tokens.js';
import { FILTERS, type FilterName, type ListFilter, type MysfitStore } from '../mysfits/store.js';

// Ids are the table's keys; anything else cannot name a mysfit, and is refused before DynamoDB
// sees it (a key over DynamoDB's size limit would be a ValidationException there).
const MYSFIT_ID = /^[A-Za-z0-9_-]{1,128}$/;

export interface MysfitRoutesOptions {
  readonly store: MysfitStore;
  readonly verifier: TokenVerifier;
  /** False while shutting down, so the health check reports the task is going away. */
  readonly healthy: () => boolean;
}

export function mysfitRoutes({ store, verifier, healthy }: MysfitRoutesOptions): Router {
  const router = new Router();

  // Health check for the load balancer: no database call, so a slow table does not take tasks
  // out of service.
  router.get('/', (ctx) => {
    if (!healthy()) throw new ApiError(503, 'shutting_down', 'this task is shutting down');
    ctx.body = { status: 'ok', service: 'mysfits' };
  });

  router.get('/mysfits', async (ctx) => {
    ctx.body = { mysfits: await store.list(listFilter(ctx)) };
  });

  router.get('/mysfits/:id', async (ctx) => {
    const id = mysfitId(ctx.params.id);
    const mysfit = await store.get(id);
    if (!mysfit) throw notFound(id);
    ctx.set('Cache-Control', 'no-cache'); // likes change: browsers must ask again
    ctx.body = mysfit;
  });

  router.post('/mysfits/:id/like', async (ctx) => {
    await requireToken(ctx, verifier);
    const id = mysfitId(ctx.params.id);
    const likes = await store.like(id);
    if (likes === undefined) throw notFound(id);
    ctx.body = { mysfitId: id, likes };
  });

  router.post('/mysfits/:id/adopt', async (ctx) => {
    await requireToken(ctx, verifier);
    const id = mysfitId(ctx.params.id);
    const result = await store.adopt(id);
    if (result === 'not_found') throw notFound(id);
    if (result === 'already_adopted') {
      throw new ApiError(409, 'already_adopted', `mysfit ${id} has already been adopted`);
    }
    ctx.body = { mysfitId: id, adopted: true };
  });

  return router;
}

function mysfitId(raw: string | undefined): string {
  if (raw === undefined || !MYSFIT_ID.test(raw)) {
    throw new ApiError(400, 'invalid_id', 'a mysfit id is 1 to 128 letters, digits, "-" or "_"');
  }
  return raw;
}

function notFound(id: string): ApiError {
  return new ApiError(404, 'mysfit_not_found', `no mysfit has the id ${id}`);
}

function single(ctx: Context, name: string): string | undefined {
  const v = ctx.query[name];
  if (Array.isArray(v)) throw new ApiError(400, `invalid_${name}`, `give "${name}" once, not ${v.length} times`);
  return v;
}

/** `?filter=GoodEvil&value=Evil`: both or neither; only the indexed attributes and their values. */
function listFilter(ctx: Context): ListFilter | undefined {
  const filter = single(ctx, 'filter');
  const value = single(ctx, 'value');
  if (filter === undefined && value === undefined) return undefined;
  const names = Object.keys(FILTERS) as FilterName[];
  if (filter === undefined || filter === '') {
    throw new ApiError(400, 'missing_filter', `"value" needs a "filter": one of ${names.join(', ')}`);
  }
  if (!names.includes(filter as FilterName)) {
    throw new ApiError(400, 'invalid_filter', `filter must be one of ${names.join(', ')}`);
  }
  const allowed: readonly string[] = FILTERS[filter as FilterName];
  if (value === undefined || value === '') {
    throw new ApiError(400, 'missing_value', `filter ${filter} needs a "value": one of ${allowed.join(', ')}`);
  }
  if (!allowed.includes(value)) {
    throw new ApiError(400, 'invalid_value', `value for ${filter} must be one of ${allowed.join(', ')}`);
  }
  return { name: filter as FilterName, value };
}
