// The app mode of `mysfits deploy` (no --template): the whole app in one command.
//  1. package the templates and assets for the region (as `mysfits package --regions R`);
//  2. publish them to the region's artifact bucket (as `mysfits publish`, but a bucket it
//     creates stays private: CloudFormation reads it with the deployer's own credentials, and an
//     existing bucket keeps the access it has, so a public Launch Stack bucket is not flipped);
//  3. deploy the root template of the config's compute mode (main.yml or main-lambda.yml) from
//     its published URL through a change set (nested stacks, progress);
//  4. check the site's config.json against the stack's outputs. The stack writes it itself (the
//     site-content custom resource); if it is missing or differs (a stack without that custom
//     resource, or an engine that skips it), it is written here from the outputs.
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { mfaMode, SITE_CONFIG_FILE, siteConfigJson } from '../../functions/shared/site-config.js';
import { runPackage, type PackageRequest } from '../package/run.js';
import { readRegionFolder, publishRegion } from './publish.js';
import type { AwsContext } from './context.js';
import type { DeployInput, Reporter } from './deploy.js';
import { resolveRegions } from '../config/regions.js';

/** The outputs of main.yml that make the site's config. */
const CONFIG_OUTPUTS = ['SiteBucketName', 'ApiUrl', 'Region', 'UserPoolId', 'UserPoolClientId'] as const;

export interface PreparedApp {
  readonly input: DeployInput;
  readonly mainTemplateUrl: string;
}

/** What the whole-app deploy packages and publishes: package's request, and where to publish. */
export interface AppRequest extends Omit<PackageRequest, 'regions' | 'allRegions'> {
  readonly endpoint?: string;
  readonly profile?: string;
}

/** Steps 1 and 2: package and publish for the context's region; returns what to deploy. */
export async function packageAndPublish(
  ctx: AwsContext,
  request: AppRequest,
  base: Omit<DeployInput, 'templateFile' | 'templateUrl'>,
  reporter: Reporter,
): Promise<PreparedApp> {
  const region = resolveRegions([ctx.region], '--region')[0];
  const out = request.out ?? 'out';
  reporter.info(`packaging the app for ${region.code} into ${out}/${region.code} ...`);
  await runPackage(
    { ...request, regions: [region.code], allRegions: false, out },
    (line) => reporter.info(`  ${line}`),
    { hint: false },
  );
  const folder = readRegionFolder(out, region);
  reporter.info(`publishing to s3://${folder.manifest.bucket}/${folder.manifest.prefix}/ ...`);
  const published = await publishRegion(folder, {
    mode: 'private',
    onlyNewBuckets: true,
    endpoint: request.endpoint,
    profile: request.profile,
  });
  reporter.info(
    `  ${published.created ? 'created the bucket (private, encrypted, versioned); ' : ''}${published.uploaded.length} uploaded, ${published.skipped} already there`,
  );
  // The config's compute mode (package puts it first in the manifest as mainTemplateUrl).
  const own = folder.manifest.variants.find((v) => v.compute === folder.manifest.compute)!;
  reporter.info(`deploying ${own.root} (service.compute: ${own.compute})`);
  return {
    input: {
      ...base,
      templateFile: `${folder.dir}/${own.root}`,
      templateUrl: own.templateUrl,
    },
    mainTemplateUrl: own.templateUrl,
  };
}

export type SiteConfigOutcome = 'current' | 'written' | 'no-site';

/** Step 4: makes the site bucket's config.json match the stack's outputs. */
export async function ensureSiteConfig(
  s3: S3Client,
  outputs: Readonly<Record<string, string>>,
  reporter: Reporter,
): Promise<SiteConfigOutcome> {
  const missing = CONFIG_OUTPUTS.filter((k) => !outputs[k]);
  if (missing.length > 0) {
    reporter.info(`site config: the stack has no ${missing.join(', ')} output(s); ${SITE_CONFIG_FILE} not checked`);
    return 'no-site';
  }
  const bucket = outputs.SiteBucketName;
  const text = siteConfigJson({
    apiUrl: outputs.ApiUrl,
    region: outputs.Region,
    userPoolId: outputs.UserPoolId,
    userPoolClientId: outputs.UserPoolClientId,
    // The stack has the click stream when it has its output.
    analytics: outputs.ClicksStreamName !== undefined,
    mfa: mfaMode(outputs.UserPoolMfa),
  });
  let current: string | undefined;
  try {
    const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: SITE_CONFIG_FILE }));
    current = await r.Body?.transformToString();
  } catch (err) {
    const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name !== 'NoSuchKey' && e.$metadata?.httpStatusCode !== 404) throw err;
  }
  if (current === text) {
    reporter.info(`site config: s3://${bucket}/${SITE_CONFIG_FILE} matches the outputs (written by the stack)`);
    return 'current';
  }
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: SITE_CONFIG_FILE,
      Body: text,
      ContentType: 'application/json',
      CacheControl: 'no-cache',
    }),
  );
  reporter.info(
    `site config: ${current === undefined ? 'wrote' : 'rewrote'} s3://${bucket}/${SITE_CONFIG_FILE} from the outputs`,
  );
  return 'written';
}
