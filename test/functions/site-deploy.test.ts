// The site-content custom resource (functions/site-deploy), against moto_server on loopback:
// real S3 (versioned buckets, object versions, delete markers) and real CloudFront invalidations
// (moto implements CreateInvalidation/ListInvalidations). CloudFormation itself cannot run here:
// a loopback server stands in for its presigned response URL.
import { strict as assert } from 'node:assert';
import { CloudFrontClient, CreateDistributionCommand, ListInvalidationsCommand } from '@aws-sdk/client-cloudfront';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createHandler } from '../../functions/site-deploy/index.js';
import { deterministicZip } from '../../generator/package/zip.js';
import { startMoto, type Moto } from '../support/moto.js';
import { customResourceEvent, lambdaContext, responseUrl, type ResponseUrl } from '../support/custom-resource.js';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const SITE_BUCKET = 'app-site-bucket';
const ARTIFACTS = 'artifacts-us-east-1';
const resource = { logicalId: 'SiteContent', type: 'Custom::SiteContent', physicalId: `site-content-${SITE_BUCKET}` };

describe('functions/site-deploy (custom resource, against moto S3 and CloudFront)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let s3: S3Client;
  let cloudfront: CloudFrontClient;
  let cfn: ResponseUrl;
  let distributionId: string;
  const quiet = { log: () => undefined };

  /** Publishes a site zip to the artifact bucket, as `mysfits publish` would; returns its S3 URI. */
  async function publishSite(files: Record<string, string>): Promise<string> {
    const zip = deterministicZip(Object.entries(files).map(([path, content]) => ({ path, content })));
    const key = `mysfits/assets/${'0'.repeat(63)}${Object.keys(files).length}.zip`;
    await s3.send(new PutObjectCommand({ Bucket: ARTIFACTS, Key: key, Body: zip }));
    return `s3://${ARTIFACTS}/${key}`;
  }

  const props = (source: string, apiUrl = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod/') => ({
    BucketName: SITE_BUCKET,
    DistributionId: distributionId,
    ApiUrl: apiUrl,
    Region: 'us-east-1',
    UserPoolId: 'us-east-1_AbC123',
    UserPoolClientId: 'client123',
    Source: source,
  });

  const run = async (type: 'Create' | 'Update' | 'Delete', p: Record<string, unknown>) => {
    cfn.received.length = 0;
    await createHandler({ s3, cloudfront }, quiet)(customResourceEvent(type, cfn.url, p, resource), lambdaContext());
    assert.equal(cfn.received.length, 1, 'exactly one answer to CloudFormation');
    return cfn.received[0].body;
  };

  const keys = async () =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: SITE_BUCKET }))).Contents ?? []).map((o) => o.Key).sort();
  const text = async (key: string) =>
    (await s3.send(new GetObjectCommand({ Bucket: SITE_BUCKET, Key: key }))).Body!.transformToString();
  const invalidations = async () =>
    (await cloudfront.send(new ListInvalidationsCommand({ DistributionId: distributionId }))).InvalidationList
      ?.Quantity ?? 0;

  before(async () => {
    moto = await startMoto();
    const common = { endpoint: moto.endpoint, region: 'us-east-1', credentials };
    s3 = new S3Client({ ...common, forcePathStyle: true });
    cloudfront = new CloudFrontClient(common);
    cfn = await responseUrl();
    await s3.send(new CreateBucketCommand({ Bucket: ARTIFACTS }));
    await s3.send(new CreateBucketCommand({ Bucket: SITE_BUCKET }));
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: SITE_BUCKET, VersioningConfiguration: { Status: 'Enabled' } }),
    );
    const d = await cloudfront.send(
      new CreateDistributionCommand({
        DistributionConfig: {
          CallerReference: 'site',
          Comment: 'site',
          Enabled: true,
          Origins: {
            Quantity: 1,
            Items: [
              {
                Id: 'site',
                DomainName: `${SITE_BUCKET}.s3.amazonaws.com`,
                S3OriginConfig: { OriginAccessIdentity: '' },
              },
            ],
          },
          DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https' },
        },
      }),
    );
    distributionId = d.Distribution!.Id!;
  });
  after(async () => {
    cfn.server.close();
    s3.destroy();
    cloudfront.destroy();
    await moto.stop();
  });

  it('Create: copies the site, writes config.json from the outputs, invalidates CloudFront, answers SUCCESS', async () => {
    const source = await publishSite({
      'index.html': '<!doctype html><title>v1</title>',
      'assets/app-1111.js': 'console.log(1)',
      'favicon.svg': '<svg/>',
    });
    const body = await run('Create', props(source));
    assert.equal(body.Status, 'SUCCESS', String(body.Reason));
    assert.equal(body.PhysicalResourceId, `site-content-${SITE_BUCKET}`);
    assert.deepEqual(await keys(), ['assets/app-1111.js', 'config.json', 'favicon.svg', 'index.html']);
    assert.deepEqual(JSON.parse(await text('config.json')), {
      apiUrl: 'https://abc123.execute-api.us-east-1.amazonaws.com/prod',
      region: 'us-east-1',
      userPoolId: 'us-east-1_AbC123',
      userPoolClientId: 'client123',
      analytics: false, // no Analytics property: the API has no POST /clicks
      mfa: 'off', // no Mfa property: a template from before cognito.mfa
    });
    // The page may call this API and Cognito of the region only (the header allows the region).
    assert.equal(
      await text('index.html'),
      '<!doctype html>\n<meta http-equiv="Content-Security-Policy" content="connect-src \'self\' https://abc123.execute-api.us-east-1.amazonaws.com https://cognito-idp.us-east-1.amazonaws.com"><title>v1</title>',
    );
    const head = (key: string) => s3.send(new HeadObjectCommand({ Bucket: SITE_BUCKET, Key: key }));
    assert.equal((await head('index.html')).ContentType, 'text/html; charset=utf-8');
    assert.equal((await head('index.html')).CacheControl, 'no-cache');
    assert.equal((await head('config.json')).CacheControl, 'no-cache');
    assert.equal((await head('assets/app-1111.js')).CacheControl, 'public, max-age=31536000, immutable');
    assert.equal((await head('favicon.svg')).ContentType, 'image/svg+xml');
    assert.deepEqual(body.Data, {
      Files: '4',
      Uploaded: '4',
      Removed: '0',
      InvalidationId: (body.Data as Record<string, string>).InvalidationId,
    });
    assert.ok((body.Data as Record<string, string>).InvalidationId, 'an invalidation id');
    assert.equal(await invalidations(), 1);
  });

  it('Update with nothing changed: uploads nothing and does not invalidate (idempotent)', async () => {
    const source = `s3://${ARTIFACTS}/mysfits/assets/${'0'.repeat(63)}3.zip`;
    const body = await run('Update', props(source));
    assert.equal(body.Status, 'SUCCESS');
    assert.equal((body.Data as Record<string, string>).Uploaded, '0');
    assert.equal((body.Data as Record<string, string>).InvalidationId, '');
    assert.equal(await invalidations(), 1);
  });

  it('Update to a new site and API: new files in, stale files out, config rewritten, invalidated', async () => {
    const source = await publishSite({
      'index.html': '<!doctype html><title>v2</title>',
      'assets/app-2222.js': 'console.log(2)',
    });
    const body = await run('Update', props(source, 'https://new.execute-api.us-east-1.amazonaws.com/prod'));
    assert.equal(body.Status, 'SUCCESS');
    assert.deepEqual(await keys(), ['assets/app-2222.js', 'config.json', 'index.html']);
    assert.match(await text('index.html'), /v2/);
    assert.equal(JSON.parse(await text('config.json')).apiUrl, 'https://new.execute-api.us-east-1.amazonaws.com/prod');
    assert.equal((body.Data as Record<string, string>).Removed, '2');
    assert.equal(await invalidations(), 2);
  });

  it('a site without index.html is FAILED naming it, and the bucket is left as it was', async () => {
    const before = await keys();
    const source = await publishSite({ 'app.js': 'x', 'b.css': 'y', 'c.txt': 'z', 'd.txt': 'w' });
    const body = await run('Update', props(source));
    assert.equal(body.Status, 'FAILED');
    assert.match(String(body.Reason), /no index\.html/);
    assert.deepEqual(await keys(), before);
  });

  it("the pool's MFA mode reaches config.json; a mode that is not one is FAILED naming it, the bucket left as it was", async () => {
    const source = await publishSite({ 'index.html': '<!doctype html><title>v3</title>' });
    const body = await run('Update', { ...props(source), Mfa: 'optional' });
    assert.equal(body.Status, 'SUCCESS', String(body.Reason));
    assert.equal(JSON.parse(await text('config.json')).mfa, 'optional');
    const before = await keys();
    const bad = await run('Update', { ...props(source), Mfa: 'ON' });
    assert.equal(bad.Status, 'FAILED');
    assert.match(String(bad.Reason), /MFA mode "ON" is not one of off, optional, required/);
    assert.deepEqual(await keys(), before);
  });

  it('a missing required property is FAILED naming it', async () => {
    const { ApiUrl: _drop, ...rest } = props('');
    const body = await run('Create', rest);
    assert.equal(body.Status, 'FAILED');
    assert.match(String(body.Reason), /property ApiUrl/);
  });

  it('Delete: removes every object version and delete marker, so CloudFormation can delete the bucket', async () => {
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: SITE_BUCKET }));
    assert.ok((versions.Versions ?? []).length > 3, 'the versioned bucket holds old versions before');
    const body = await run('Delete', props(''));
    assert.equal(body.Status, 'SUCCESS');
    const after = await s3.send(new ListObjectVersionsCommand({ Bucket: SITE_BUCKET }));
    assert.equal((after.Versions ?? []).length + (after.DeleteMarkers ?? []).length, 0);
    await s3.send(new DeleteBucketCommand({ Bucket: SITE_BUCKET }));
  });

  it('Delete when the bucket is already gone (a rolled-back create): SUCCESS', async () => {
    const body = await run('Delete', props(''));
    assert.equal(body.Status, 'SUCCESS');
  });

  it('Create without a packaged site writes config.json alone', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: SITE_BUCKET }));
    const body = await run('Create', props(''));
    assert.equal(body.Status, 'SUCCESS', String(body.Reason));
    assert.deepEqual(await keys(), ['config.json']);
  });
});
