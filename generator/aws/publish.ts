// `mysfits publish`: uploads packaged region folders to their artifact buckets.
//  - The bucket is created if missing: encrypted (SSE-S3), versioned, ACLs disabled.
//  - Public mode (the default, for Launch Stack users, who launch in their own accounts): a bucket
//    policy lets anyone s3:GetObject under the app's prefix only; nothing else is public (no
//    listing, no writes, no other prefix), and every request must use TLS. Private mode (--private,
//    for launching in the publishing account): all public access blocked, no public statement.
//  - Upload order makes a half-finished publish harmless: content-addressed files first (assets,
//    nested templates: new names, so nothing published changes), then main.yml (what the buttons
//    open), manifest.json last (what says a region is complete).
//  - An object whose hash is already there is skipped: content-addressed names by existence,
//    main.yml and manifest.json by the sha256 stored in their metadata.
import { describeS3Failures } from './s3-errors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { InputError } from '../errors.js';
import { sha256 } from '../package/assets.js';
import { MANIFEST, STABLE_FILES, type Manifest } from '../package/package.js';
import type { RegionInfo } from '../config/regions.js';
import { s3ClientConfig, type AwsOptions } from './client-config.js';
import { allPages } from './paging.js';

export type AccessMode = 'public' | 'private';

export interface RegionFolder {
  readonly region: RegionInfo;
  readonly dir: string;
  readonly manifest: Manifest;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Reads and checks a packaged region folder: every file the manifest lists, with its hash. */
export function readRegionFolder(from: string, region: RegionInfo): RegionFolder {
  const dir = join(from, region.code);
  const source = join(dir, MANIFEST);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(source, 'utf8')) as Manifest;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(source, [
      missing
        ? `${region.code} is not packaged in ${from}: run \`mysfits package --regions ${region.code} --out ${from}\` first`
        : `not a readable manifest: ${(err as Error).message}`,
    ]);
  }
  const problems: string[] = [];
  if (manifest.region !== region.code) problems.push(`manifest is for region ${manifest.region}, not ${region.code}`);
  const files = new Map<string, Uint8Array>();
  for (const f of manifest.files ?? []) {
    let data: Buffer;
    try {
      data = readFileSync(join(dir, f.path));
    } catch {
      problems.push(`${f.path}: listed in the manifest but missing`);
      continue;
    }
    if (sha256(data) !== f.sha256 || data.byteLength !== f.size) {
      problems.push(`${f.path}: content differs from the manifest (re-run mysfits package)`);
    }
    files.set(f.path, data);
  }
  if (!files.has('main.yml')) problems.push('main.yml is not in the manifest');
  if (problems.length > 0) throw new InputError(source, problems);
  files.set(MANIFEST, readFileSync(source));
  return { region, dir, manifest, files };
}

/** The bucket policy: public read of the app's prefix (public mode), TLS only (always). */
export function bucketPolicy(region: RegionInfo, bucket: string, prefix: string, mode: AccessMode): string {
  const arn = `arn:${region.partition}:s3:::${bucket}`;
  const statements: object[] = [];
  if (mode === 'public') {
    statements.push({
      Sid: 'LaunchStackUsersReadThePublishedTemplatesAndAssets',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: `${arn}/${prefix}/*`,
    });
  }
  statements.push({
    Sid: 'TlsOnly',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [arn, `${arn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

const statusOf = (err: unknown): number | undefined =>
  (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** Creates the bucket if missing; returns whether it did. */
async function ensureBucket(s3: S3Client, bucket: string, region: RegionInfo): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return false;
  } catch (err) {
    const status = statusOf(err);
    if (status === 403) {
      throw new Error(
        `bucket ${bucket} exists but this account may not use it (bucket names are global: it may belong to another account); choose another --bucket-prefix`,
        { cause: err },
      );
    }
    if (status !== 404 && (err as { name?: string }).name !== 'NotFound') throw err;
  }
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      ObjectOwnership: 'BucketOwnerEnforced',
      CreateBucketConfiguration:
        region.code === 'us-east-1' ? undefined : { LocationConstraint: region.code as BucketLocationConstraint },
    }),
  );
  await s3.send(
    new PutBucketOwnershipControlsCommand({
      Bucket: bucket,
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    }),
  );
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: bucket,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    }),
  );
  await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  return true;
}

/** Sets who may read: the policy and the public access block agree with the mode, every run. */
async function applyAccess(s3: S3Client, region: RegionInfo, bucket: string, prefix: string, mode: AccessMode) {
  const block = (policy: boolean) =>
    s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: policy,
          RestrictPublicBuckets: policy,
        },
      }),
    );
  const policy = () =>
    s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: bucketPolicy(region, bucket, prefix, mode) }));
  // The order never leaves a moment with a public policy while the owner asked for private.
  if (mode === 'public') {
    await block(false);
    await policy();
  } else {
    await policy();
    await block(true);
  }
}

async function existingKeys(s3: S3Client, bucket: string, prefix: string): Promise<Set<string>> {
  const objects = await allPages(async (token) => {
    const r = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}/`, ContinuationToken: token }),
    );
    return [r.Contents, r.IsTruncated ? r.NextContinuationToken : undefined];
  });
  return new Set(objects.flatMap((o) => (o.Key ? [o.Key] : [])));
}

async function storedHash(s3: S3Client, bucket: string, key: string): Promise<string | undefined> {
  try {
    return (await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).Metadata?.sha256;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  yml: 'application/x-yaml',
  json: 'application/json',
  zip: 'application/zip',
};

/** Upload order: content-addressed files, then the root templates, then manifest.json. */
export function uploadOrder(paths: Iterable<string>): string[] {
  const rank = (p: string): number => (p === MANIFEST ? 2 : STABLE_FILES.includes(p) ? 1 : 0);
  return [...paths].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface PublishedRegion {
  readonly region: string;
  readonly bucket: string;
  readonly created: boolean;
  readonly uploaded: readonly string[];
  readonly skipped: number;
  readonly bytes: number;
  readonly mainTemplateUrl: string;
  readonly launchUrl: string;
}

export interface PublishOptions extends AwsOptions {
  readonly mode: AccessMode;
  /** Apply `mode` only to a bucket this run creates (deploy: never flips a published bucket). */
  readonly onlyNewBuckets?: boolean;
  readonly onFile?: (path: string, uploaded: boolean) => void;
}

export async function publishRegion(folder: RegionFolder, options: PublishOptions): Promise<PublishedRegion> {
  const { manifest, region } = folder;
  const s3 = describeS3Failures(
    new S3Client(await s3ClientConfig({ region: region.code, endpoint: options.endpoint, profile: options.profile })),
  );
  try {
    const created = await ensureBucket(s3, manifest.bucket, region);
    if (created || !options.onlyNewBuckets)
      await applyAccess(s3, region, manifest.bucket, manifest.prefix, options.mode);
    const present = await existingKeys(s3, manifest.bucket, manifest.prefix);
    const uploaded: string[] = [];
    let skipped = 0;
    let bytes = 0;
    for (const path of uploadOrder(folder.files.keys())) {
      const body = folder.files.get(path)!;
      const key = `${manifest.prefix}/${path}`;
      const hash = sha256(body);
      const stable = STABLE_FILES.includes(path);
      const there = stable
        ? present.has(key) && (await storedHash(s3, manifest.bucket, key)) === hash
        : present.has(key);
      if (there) {
        skipped++;
        options.onFile?.(path, false);
        continue;
      }
      await s3.send(
        new PutObjectCommand({
          Bucket: manifest.bucket,
          Key: key,
          Body: body,
          ContentType: CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
          // Stable names are re-read on every launch; content-addressed ones never change.
          CacheControl: stable ? 'no-cache' : 'public, max-age=31536000, immutable',
          Metadata: { sha256: hash },
          // S3 checks the bytes it stores against the hash the manifest states.
          ChecksumSHA256: Buffer.from(hash, 'hex').toString('base64'),
        }),
      );
      uploaded.push(path);
      bytes += body.byteLength;
      options.onFile?.(path, true);
    }
    return {
      region: region.code,
      bucket: manifest.bucket,
      created,
      uploaded,
      skipped,
      bytes,
      mainTemplateUrl: manifest.mainTemplateUrl,
      launchUrl: manifest.launchUrl,
    };
  } finally {
    s3.destroy();
  }
}
