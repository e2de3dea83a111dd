// Templates over 51,200 bytes cannot be sent inline: CloudFormation reads them from S3. They go to
// one bucket per account and region, `mysfits-templates-<account>-<region>` (or --s3-bucket),
// created on first use: private (public access blocked), encrypted. What expires when: a template
// (tagged as one) after 7 days, since CloudFormation reads it only while creating the change set;
// everything else (function code, payloads) after a year, since a rollback of an update reads the
// previous code again (an expired zip leaves the stack UPDATE_ROLLBACK_FAILED). A zip deploy
// reuses is copied onto itself, so its year starts again with each deploy that names it.
import { createHash } from 'node:crypto';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  GetBucketLifecycleConfigurationCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
  type LifecycleRule,
  type S3Client,
} from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { lookupRegion, objectUrl } from '../config/regions.js';

/** Days an uploaded template is kept: CloudFormation reads it only while making the change set. */
export const TEMPLATE_EXPIRY_DAYS = 7;
/** Days uploaded code is kept after the last deploy that named it: as long as a rollback may need it. */
export const CODE_EXPIRY_DAYS = 365;
/** The tag an uploaded template carries (its lifecycle rule's filter). */
export const TEMPLATE_TAG = { Key: 'mysfits-upload', Value: 'template' } as const;
/** PutObject's Tagging for a template. */
export const TEMPLATE_TAGGING = `${TEMPLATE_TAG.Key}=${TEMPLATE_TAG.Value}`;

/**
 * The bucket's lifecycle. Both expiry rules match a template; S3 applies the shorter expiration
 * where rules overlap (S3 User Guide, "lifecycle configuration conflicts"): templates go in a week.
 */
export const LIFECYCLE_RULES: LifecycleRule[] = [
  {
    ID: 'expire-templates',
    Status: 'Enabled',
    Filter: { Tag: { ...TEMPLATE_TAG } },
    Expiration: { Days: TEMPLATE_EXPIRY_DAYS },
  },
  { ID: 'expire-code', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: CODE_EXPIRY_DAYS } },
  {
    ID: 'abort-uploads',
    Status: 'Enabled',
    Filter: { Prefix: '' },
    AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
  },
];

/** The one rule older versions of deploy set: everything, code too, gone after 7 days. */
function isOldLifecycle(rules: readonly LifecycleRule[] | undefined): boolean {
  const [rule] = rules ?? [];
  return (
    rules?.length === 1 &&
    rule!.ID === 'expire-templates' &&
    rule!.Filter?.Tag === undefined &&
    (rule!.Filter?.Prefix ?? rule!.Prefix ?? '') === '' &&
    rule!.Expiration?.Days === TEMPLATE_EXPIRY_DAYS
  );
}

export async function defaultTemplateBucket(sts: STSClient, region: string): Promise<string> {
  const { Account } = await sts.send(new GetCallerIdentityCommand({}));
  return `mysfits-templates-${Account}-${region}`;
}

async function bucketExists(s3: S3Client, bucket: string): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return true;
  } catch (err) {
    const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NotFound' || e.name === 'NoSuchBucket' || e.$metadata?.httpStatusCode === 404) return false;
    throw err;
  }
}

/**
 * Creates the bucket if it is missing ('created'); a bucket an older deploy made, whose one rule
 * expires code after 7 days, gets today's rules ('updated'); any other bucket is left as it is.
 */
export async function ensureTemplateBucket(
  s3: S3Client,
  bucket: string,
  region: string,
): Promise<'created' | 'updated' | 'existing'> {
  if (await bucketExists(s3, bucket)) {
    let rules: LifecycleRule[] | undefined;
    try {
      rules = (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }))).Rules;
    } catch (err) {
      if ((err as { name?: string }).name === 'NoSuchLifecycleConfiguration') return 'existing';
      throw err;
    }
    if (!isOldLifecycle(rules)) return 'existing';
    await putLifecycle(s3, bucket);
    return 'updated';
  }
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      CreateBucketConfiguration:
        region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint },
    }),
  );
  await s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: bucket,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
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
  await putLifecycle(s3, bucket);
  return 'created';
}

async function putLifecycle(s3: S3Client, bucket: string): Promise<void> {
  await s3.send(
    new PutBucketLifecycleConfigurationCommand({ Bucket: bucket, LifecycleConfiguration: { Rules: LIFECYCLE_RULES } }),
  );
}

/**
 * Restarts the expiry of code already in the bucket (a deploy reuses it): a copy onto itself is a
 * new object for S3's lifecycle, whose age counts from its creation.
 */
export async function keepCode(s3: S3Client, bucket: string, key: string, contentType: string): Promise<void> {
  await s3.send(
    new CopyObjectCommand({
      Bucket: bucket,
      Key: key,
      CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
      MetadataDirective: 'REPLACE',
      ContentType: contentType,
    }),
  );
}

/** Uploads the template under `<stack>/<sha256>.template` and returns the URL CloudFormation reads. */
export async function uploadTemplate(
  s3: S3Client,
  bucket: string,
  region: string,
  stackName: string,
  body: string,
): Promise<string> {
  const key = `${stackName}/${createHash('sha256').update(body).digest('hex').slice(0, 32)}.template`;
  await s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/yaml', Tagging: TEMPLATE_TAGGING }),
  );
  return bucketObjectUrl(bucket, region, key);
}

/**
 * The HTTPS URL CloudFormation reads an object of this bucket by: the partition's DNS suffix from
 * the SDK's partition data (objectUrl), amazonaws.com for a region it does not list.
 */
export function bucketObjectUrl(bucket: string, region: string, key: string): string {
  const info = lookupRegion(region);
  return info ? objectUrl(info, bucket, key) : `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}
