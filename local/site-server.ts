// The site for the local run, served as CloudFront serves it in AWS (site.yml): the built files
// of dist/site/, the same security headers (the Content-Security-Policy of the site stack, with
// the local API and Cognito as the places the page may call), compression, hashed assets cached
// for good, index.html and config.json never cached, and index.html for any path that is not a
// file. config.json is generated here, pointing at the local services; it is never written to
// dist/site/, which is what gets packaged for AWS.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_ROUTING_CODE } from '../generator/builders/site-routing.js';
import { contentSecurityPolicyDirectives } from '../generator/builders/site.js';
import { withConnectPolicy } from '../functions/shared/site-csp.js';
import type { SiteConfig } from '../functions/shared/site-config.js';

/** The site's routing, evaluated from the very code the CloudFront Function runs. */
const route = new Function(`${SITE_ROUTING_CODE}\nreturn route;`)() as (
  uri: string,
) => { file: string; redirect?: undefined } | { file?: undefined; redirect: string };

/** config.json as site-deploy writes it, plus the local Cognito endpoint. */
export interface SiteConfigFile extends SiteConfig {
  readonly cognitoEndpoint?: string;
}

export interface SiteServerOptions {
  /** The built site (dist/site). */
  readonly root: string;
  readonly config: SiteConfigFile;
  /** Origins the page may call besides its own (the API, Cognito). */
  readonly connect: readonly string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.webmanifest']);

interface Body {
  readonly type: string;
  readonly raw: Buffer;
  readonly compressible: boolean;
  gzip?: Buffer;
}

function body(ext: string, raw: Buffer): Body {
  return { type: TYPES[ext] ?? 'application/octet-stream', raw, compressible: COMPRESSIBLE.has(ext) };
}

/** A request handler for the site (exported for tests; `serveSite` wraps it in a server). */
export function siteHandler(options: SiteServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normalize(options.root);
  const headers = {
    'Content-Security-Policy': contentSecurityPolicyDirectives(options.connect).join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const config = body('.json', Buffer.from(JSON.stringify(options.config, null, 2) + '\n'));
  const cache = new Map<string, Body>();

  const load = async (file: string): Promise<Body | null> => {
    const known = cache.get(file);
    if (known) return known;
    try {
      if (!(await stat(file)).isFile()) return null;
      let raw = await readFile(file);
      // As site-deploy writes it in AWS: the connect policy narrowed to the API and Cognito.
      if (file === join(root, 'index.html'))
        raw = Buffer.from(withConnectPolicy(raw.toString('utf8'), options.connect));
      const loaded = body(extname(file), raw);
      cache.set(file, loaded);
      return loaded;
    } catch {
      return null;
    }
  };

  return (req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed\n');
        return;
      }
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad path\n');
        return;
      }
      // The same routing as CloudFront's (generator/builders/site-routing.ts).
      const routed = route(path);
      if (routed.redirect !== undefined) {
        res.writeHead(302, { Location: routed.redirect, 'Content-Type': 'text/plain' }).end(`see ${routed.redirect}\n`);
        return;
      }
      let found: Body | null = null;
      let cacheControl = 'no-cache';
      if (routed.file === '/config.json') {
        found = config;
        cacheControl = 'no-store';
      } else {
        const file = normalize(join(root, routed.file));
        // Never outside the site's folder.
        if (file.startsWith(root + sep)) found = await load(file);
        if (found && routed.file.startsWith('/assets/')) cacheControl = 'public, max-age=31536000, immutable';
      }
      if (!found) {
        if (routed.file === '/index.html') {
          res
            .writeHead(500, { 'Content-Type': 'text/plain' })
            .end(`the site is not built: ${root} has no index.html\n`);
        } else {
          // What the private bucket behind CloudFront answers for a key it does not have.
          res.writeHead(403, { 'Content-Type': 'text/plain' }).end('not found\n');
        }
        return;
      }
      const gzip = found.compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) found.gzip ??= gzipSync(found.raw);
      const data = gzip ? found.gzip! : found.raw;
      res.writeHead(200, {
        ...headers,
        'Content-Type': found.type,
        'Content-Length': data.length,
        'Cache-Control': cacheControl,
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`site server error: ${err instanceof Error ? err.message : String(err)}\n`);
    });
  };
}

export async function serveSite(options: SiteServerOptions, port: number, host: string): Promise<Server> {
  const server = createServer(siteHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
