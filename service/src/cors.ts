// CORS for the site's origin. API Gateway passes the service's answers through (proxy
// integrations), so the service adds the headers itself, in AWS as locally: only to requests
// from a listed origin (the site's URL; CORS_ORIGIN). A preflight from such an origin is answered
// here, with the methods of the path it asks about, so it never reaches a route or needs a token.
// API Gateway answers preflights itself with the same headers (the contract's CORS).
import type { Context, Next } from 'koa';
import { CORS, allowedMethods, matchPath } from './contract/operations.js';

const ALLOW_HEADERS = CORS.allowHeaders.join(', ');
const EXPOSE_HEADERS = CORS.exposeHeaders.join(', ');

export function cors(origins: readonly string[]) {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return async (ctx: Context, next: Next): Promise<void> => {
    const origin = ctx.get('origin');
    if (origins.length === 0 || origin === '') return next();
    ctx.vary('Origin');
    if (!any && !allowed.has(origin)) return next();
    ctx.set('Access-Control-Allow-Origin', any ? '*' : origin);
    ctx.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    const match = ctx.method === 'OPTIONS' && ctx.get('access-control-request-method') !== '' && matchPath(ctx.path);
    if (match) {
      ctx.set('Access-Control-Allow-Methods', allowedMethods(match.path));
      ctx.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
      ctx.set('Access-Control-Max-Age', String(CORS.maxAgeSeconds));
      ctx.status = CORS.preflightStatus;
      return;
    }
    await next();
  };
}
