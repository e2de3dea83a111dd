// Templates over 51,200 bytes cannot be sent inline: CloudFormation reads them from S3. They go to
// one bucket per account and region, `mysfits-templates-<account>-<region>` (or --s3-bucket),
// created on first use: private (public access blocked), encrypted, objects expire after 7 days
// (CloudFormation only reads a template while creating the change set).
import { createHash } from 'node:crypto';
import {
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
  type S3Client,
} from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { lookupRegion, objectUrl } from '../package/regions.js';

/** CloudFormation's limit on TemplateBody, in bytes (UTF-8). */
export const TEMPLATE_BODY_LIMIT = 51_200;
export const TEMPLATE_EXPIRY_DAYS = 7;

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

export async function ensureTemplateBucket(s3: S3Client, bucket: string, region: string): Promise<boolean> {
  if (await bucketExists(s3, bucket)) return false;
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
  await s3.send(
    new PutBucketLifecycleConfigurationCommand({
      Bucket: bucket,
      LifecycleConfiguration: {
        Rules: [
          {
            ID: 'expire-templates',
            Status: 'Enabled',
            Filter: { Prefix: '' },
            Expiration: { Days: TEMPLATE_EXPIRY_DAYS },
          },
        ],
      },
    }),
  );
  return true;
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
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/yaml' }));
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
