// Custom resource of site-content.yml: puts the built site into the site bucket and writes its
// config.json from the stack's outputs (API URL, region, user pool and client), then invalidates
// CloudFront. The Wild Rydes tutorial's config-writing custom resource, done so a stack can rely
// on it:
//  - idempotent: files already there with the same content (MD5 ETag) are not uploaded again,
//    files of an earlier version that the new one lacks are removed, and a repeated request
//    gives the same bucket;
//  - cleans up on delete: every object version and delete marker goes, so CloudFormation can
//    then delete the (versioned) bucket; this also runs when a failed create is rolled back;
//  - invalidates CloudFront after an update, so visitors get the new files at once;
//  - reports every failure to CloudFormation (shared/custom-resource.ts), never leaving a stack
//    waiting.
// The physical id is the bucket: an update that keeps the bucket keeps the resource, so
// CloudFormation never sends a Delete (emptying) for a bucket still in use.
import { createHash } from 'node:crypto';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
  type ObjectIdentifier,
} from '@aws-sdk/client-s3';
import { unzipSync } from 'fflate';
import {
  customResource,
  stringProperty,
  type CustomResourceEvent,
  type WrapperOptions,
} from '../shared/custom-resource.js';
import { mfaMode, SITE_CONFIG_FILE, siteConfigJson } from '../shared/site-config.js';
import { cognitoEndpoint, withConnectPolicy } from '../shared/site-csp.js';

export interface Clients {
  readonly s3: Pick<S3Client, 'send'>;
  readonly cloudfront: Pick<CloudFrontClient, 'send'>;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  map: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
  webmanifest: 'application/manifest+json',
  woff: 'font/woff',
  woff2: 'font/woff2',
};

function contentType(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * Files under assets/ carry a content hash in their names (the site build's convention): cached
 * for a year. Everything else (index.html, config.json, images named by hand) is revalidated.
 */
function cacheControl(path: string): string {
  return path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `s3://bucket/key` -> bucket and key. */
function parseS3Uri(uri: string): { bucket: string; key: string } {
  const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!m) throw new Error(`Source must be an S3 URI (s3://bucket/key), got "${uri}"`);
  return { bucket: m[1], key: m[2] };
}

async function download(s3: Clients['s3'], uri: string): Promise<Uint8Array> {
  const { bucket, key } = parseS3Uri(uri);
  const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!r.Body) throw new Error(`${uri} is empty`);
  return r.Body.transformToByteArray();
}

/** The current objects of a bucket and their ETags (MD5 of the content for single-part uploads). */
async function listObjects(s3: Clients['s3'], bucket: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let token: string | undefined;
  do {
    const r = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const o of r.Contents ?? []) if (o.Key) found.set(o.Key, (o.ETag ?? '').replace(/"/g, ''));
    token = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (token);
  return found;
}

async function deleteKeys(s3: Clients['s3'], bucket: string, objects: ObjectIdentifier[]): Promise<void> {
  for (let i = 0; i < objects.length; i += 1000) {
    const r = await s3.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects.slice(i, i + 1000), Quiet: true } }),
    );
    if (r.Errors?.length) {
      const e = r.Errors[0];
      throw new Error(
        `could not delete ${r.Errors.length} object(s) from ${bucket}, e.g. ${e.Key}: ${e.Code} ${e.Message}`,
      );
    }
  }
}

/** Every version and delete marker of every object: what stands between a versioned bucket and its deletion. */
async function emptyBucket(s3: Clients['s3'], bucket: string): Promise<number> {
  let removed = 0;
  for (;;) {
    let r;
    try {
      r = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }));
    } catch (err) {
      if ((err as { name?: string }).name === 'NoSuchBucket') return removed;
      throw err;
    }
    const objects = [...(r.Versions ?? []), ...(r.DeleteMarkers ?? [])]
      .filter((v) => v.Key)
      .map((v) => ({ Key: v.Key!, VersionId: v.VersionId }));
    if (objects.length === 0) return removed;
    await deleteKeys(s3, bucket, objects);
    removed += objects.length;
  }
}

interface Deployed {
  readonly uploaded: number;
  readonly unchanged: number;
  readonly removed: number;
}

/** Makes the bucket hold exactly the site's files plus config.json. */
async function deploySite(
  s3: Clients['s3'],
  bucket: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<Deployed> {
  const current = await listObjects(s3, bucket);
  let uploaded = 0;
  let unchanged = 0;
  // config.json last: a visitor never gets a config pointing at files not yet there.
  const order = [...files.keys()].sort((a, b) => Number(a === SITE_CONFIG_FILE) - Number(b === SITE_CONFIG_FILE));
  for (const path of order) {
    const body = files.get(path)!;
    if (current.get(path) === createHash('md5').update(body).digest('hex')) {
      unchanged++;
      continue;
    }
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: path,
        Body: body,
        ContentType: contentType(path),
        CacheControl: cacheControl(path),
      }),
    );
    uploaded++;
  }
  const stale = [...current.keys()].filter((k) => !files.has(k));
  await deleteKeys(
    s3,
    bucket,
    stale.map((Key) => ({ Key })),
  );
  return { uploaded, unchanged, removed: stale.length };
}

export function createHandler(clients: Clients, options: WrapperOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  return customResource(async (event: CustomResourceEvent) => {
    const bucket = stringProperty(event, 'BucketName');
    if (event.RequestType === 'Delete') {
      const removed = await emptyBucket(clients.s3, bucket);
      log(`emptied ${bucket}: ${removed} object version(s) and delete marker(s) removed`);
      return { physicalResourceId: event.PhysicalResourceId };
    }
    const distributionId = stringProperty(event, 'DistributionId');
    const config = siteConfigJson({
      apiUrl: stringProperty(event, 'ApiUrl'),
      region: stringProperty(event, 'Region'),
      userPoolId: stringProperty(event, 'UserPoolId'),
      userPoolClientId: stringProperty(event, 'UserPoolClientId'),
      analytics: (event.ResourceProperties as Record<string, unknown>).Analytics === 'true',
      mfa: mfaMode((event.ResourceProperties as Record<string, unknown>).Mfa),
    });
    const source = (event.ResourceProperties as Record<string, unknown>).Source;
    const files = new Map<string, Uint8Array>();
    if (typeof source === 'string' && source !== '') {
      for (const [path, data] of Object.entries(unzipSync(await download(clients.s3, source)))) {
        if (!path.endsWith('/') && path !== SITE_CONFIG_FILE) files.set(path, data);
      }
      const index = files.get('index.html');
      if (!index) throw new Error(`the site in ${source} has no index.html`);
      // The page may call this API and Cognito only (functions/shared/site-csp.ts).
      const narrowed = withConnectPolicy(new TextDecoder().decode(index), [
        stringProperty(event, 'ApiUrl'),
        cognitoEndpoint(stringProperty(event, 'Region')),
      ]);
      files.set('index.html', new TextEncoder().encode(narrowed));
    }
    files.set(SITE_CONFIG_FILE, new TextEncoder().encode(config));
    const result = await deploySite(clients.s3, bucket, files);
    log(`${bucket}: ${result.uploaded} uploaded, ${result.unchanged} unchanged, ${result.removed} removed`);
    let invalidation = '';
    if (result.uploaded > 0 || result.removed > 0) {
      const r = await clients.cloudfront.send(
        new CreateInvalidationCommand({
          DistributionId: distributionId,
          // One invalidation per request, even if this request is retried.
          InvalidationBatch: { CallerReference: event.RequestId, Paths: { Quantity: 1, Items: ['/*'] } },
        }),
      );
      invalidation = r.Invalidation?.Id ?? '';
      log(`invalidated ${distributionId}: ${invalidation}`);
    }
    return {
      physicalResourceId: `site-content-${bucket}`,
      data: {
        Files: String(files.size),
        Uploaded: String(result.uploaded),
        Removed: String(result.removed),
        InvalidationId: invalidation,
      },
    };
  }, options);
}

// Clients are made once per Lambda container; the region comes from the Lambda environment.
// CloudFront is a global service: its API answers in us-east-1 (aws partition).
export const handler = createHandler({ s3: new S3Client({}), cloudfront: new CloudFrontClient({}) });
