// A loopback proxy in front of moto_server's S3 that records what crosses the wire (which objects
// are written, in which order, and the bucket policy sent), so a test can check upload order and
// skipped uploads the way S3 would see them.
//
// One thing it changes, because of a moto gap: moto evaluates bucket policies without their
// Conditions, so a "Deny unless aws:SecureTransport" statement denies every request. The proxy
// records the policy as sent and passes it on to moto without Deny statements that carry a
// Condition; moto then still enforces the Allow (public read of the prefix only).
import { forward, read, relay, serve } from './proxy.js';

export interface S3Request {
  readonly method: string;
  /** Path without the query: /bucket/key (path-style). */
  readonly path: string;
  readonly query: string;
}

export interface S3Proxy {
  readonly endpoint: string;
  readonly requests: S3Request[];
  /** Bucket -> the last policy document PUT for it, as the client sent it. */
  readonly policies: Map<string, Record<string, unknown>>;
  /** Object writes (PUT /bucket/key), in order. */
  objectPuts(bucket?: string): string[];
  close(): Promise<void>;
}

export async function startS3Proxy(target: string): Promise<S3Proxy> {
  const requests: S3Request[] = [];
  const policies = new Map<string, Record<string, unknown>>();
  const proxy = await serve(async (req, res) => {
    let body = await read(req);
    const url = new URL(req.url ?? '/', 'http://proxy');
    requests.push({ method: req.method ?? '', path: decodeURIComponent(url.pathname), query: url.search });
    if (req.method === 'PUT' && url.searchParams.has('policy')) {
      const policy = JSON.parse(body.toString()) as { Statement: { Effect: string; Condition?: unknown }[] };
      policies.set(url.pathname.split('/')[1], policy);
      const enforceable = policy.Statement.filter((s) => !(s.Effect === 'Deny' && s.Condition));
      body = Buffer.from(JSON.stringify({ ...policy, Statement: enforceable }));
      // The body changed: drop the checksums computed over the original.
      for (const h of Object.keys(req.headers))
        if (h === 'content-md5' || h.startsWith('x-amz-checksum-')) delete req.headers[h];
    }
    const upstream = await forward(target, req, body);
    relay(upstream, res, Buffer.from(await upstream.arrayBuffer()));
  });
  return {
    endpoint: proxy.endpoint,
    requests,
    policies,
    objectPuts(bucket?: string) {
      return requests
        .filter((r) => r.method === 'PUT' && /^\/[^/]+\/./.test(r.path))
        .filter((r) => bucket === undefined || r.path.startsWith(`/${bucket}/`))
        .map((r) => r.path);
    },
    async close() {
      await proxy.close();
    },
  };
}
