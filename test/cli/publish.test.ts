// mysfits publish against moto_server's S3 on loopback, run as a user runs it (the bundled CLI),
// through a recording proxy (test/support/s3-proxy.ts) that shows which objects were written
// and in which order. What moto cannot show: a bucket name taken by another account (moto has
// one account), and the TLS-only Deny (moto ignores policy conditions; the proxy passes the
// policy on without it and the test checks the policy as sent).
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GetBucketEncryptionCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Manifest } from '../../generator/package/package.js';
import { ROOT, runCli, runCliAsync, tempDir } from '../helpers.js';
import { startMoto, type Moto } from '../support/moto.js';
import { startS3Proxy, type S3Proxy } from '../support/s3-proxy.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const SITE = join(ROOT, 'test', 'fixtures', 'site');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const manifestOf = (out: string, region: string) =>
  JSON.parse(readFileSync(join(out, region, 'manifest.json'), 'utf8')) as Manifest;

describe('mysfits publish (against moto S3)', function () {
  this.timeout(120_000);
  let moto: Moto;
  let proxy: S3Proxy;
  let s3: S3Client;
  let out: string;
  const publish = (...args: string[]) =>
    runCliAsync(['publish', '--regions', REGIONS.join(','), '--from', out, '--endpoint', proxy.endpoint, ...args]);

  before(async () => {
    moto = await startMoto();
    proxy = await startS3Proxy(moto.endpoint);
    s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    out = tempDir('mysfits-publish-');
    const r = runCli(['package', '--regions', REGIONS.join(','), '--out', out, '--site-dir', SITE, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(async () => {
    s3.destroy();
    await proxy.close();
    await moto.stop();
  });

  it('says what it will make public before doing it, creates the buckets and uploads every file once', async () => {
    const r = await publish();
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /let ANYONE read \(s3:GetObject\) the objects under mysfits\/ .* nothing else .* --private/);
    assert.ok(proxy.requests.length > 0);
    for (const region of REGIONS) {
      const m = manifestOf(out, region);
      const puts = proxy.objectPuts(m.bucket);
      assert.equal(puts.length, m.files.length + 1, 'every file and the manifest, once each');
      assert.equal(puts.at(-1), `/${m.bucket}/mysfits/manifest.json`, 'manifest.json last');
      assert.deepEqual(
        puts.slice(-3, -1).sort(),
        [`/${m.bucket}/mysfits/main-lambda.yml`, `/${m.bucket}/mysfits/main.yml`],
        'the root templates after everything they point at',
      );
      for (const f of [...m.files, { path: 'manifest.json', sha256: '' }]) {
        const got = await s3.send(new GetObjectCommand({ Bucket: m.bucket, Key: `mysfits/${f.path}` }));
        const bytes = await got.Body!.transformToByteArray();
        const expected = readFileSync(join(out, region, f.path));
        assert.equal(
          createHash('sha256').update(bytes).digest('hex'),
          createHash('sha256').update(expected).digest('hex'),
        );
        assert.equal(got.Metadata?.sha256, createHash('sha256').update(expected).digest('hex'));
      }
      assert.match(
        r.stdout,
        new RegExp(`${region}: bucket created \\(encrypted, versioned\\); ${m.files.length + 1} uploaded`),
      );
      assert.ok(r.stdout.includes(m.mainTemplateUrl));
    }
  });

  it('the buckets are encrypted and versioned; the policy opens GetObject on the prefix only, TLS only', async () => {
    for (const region of REGIONS) {
      const bucket = `mysfits-artifacts-${region}`;
      const client = new S3Client({ endpoint: moto.endpoint, region, forcePathStyle: true, credentials });
      try {
        const enc = await client.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
        assert.equal(
          enc.ServerSideEncryptionConfiguration?.Rules?.[0].ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
          'AES256',
        );
        assert.equal((await client.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status, 'Enabled');
        const block = (await client.send(new GetPublicAccessBlockCommand({ Bucket: bucket })))
          .PublicAccessBlockConfiguration;
        assert.deepEqual(block, {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: false,
          RestrictPublicBuckets: false,
        });
      } finally {
        client.destroy();
      }
      assert.deepEqual(proxy.policies.get(bucket), {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'LaunchStackUsersReadThePublishedTemplatesAndAssets',
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::${bucket}/mysfits/*`,
          },
          {
            Sid: 'TlsOnly',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      });
    }
    // Anonymous HTTP, as a Launch Stack user's CloudFormation reads it: the prefix yes, the rest no.
    await s3.send(new PutObjectCommand({ Bucket: 'mysfits-artifacts-us-east-1', Key: 'private/notes.txt', Body: 'x' }));
    assert.equal((await fetch(`${moto.endpoint}/mysfits-artifacts-us-east-1/mysfits/main.yml`)).status, 200);
    assert.equal((await fetch(`${moto.endpoint}/mysfits-artifacts-us-east-1/private/notes.txt`)).status, 403);
  });

  it('a second run uploads nothing', async () => {
    const before = proxy.requests.length;
    const r = await publish();
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      proxy.requests.slice(before).filter((q) => q.method === 'PUT' && /^\/[^/]+\/./.test(q.path)),
      [],
    );
    assert.match(r.stdout, /us-east-1: 0 uploaded \(0 KB\), 2[0-9] already there/);
  });

  it('after a change, only what changed goes up (content-addressed), main.yml and manifest.json last', async () => {
    const site = tempDir('mysfits-site-');
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>v2</title>\n');
    const r = runCli(['package', '--regions', REGIONS.join(','), '--out', out, '--site-dir', site, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    const before = proxy.requests.length;
    const p = await publish();
    assert.equal(p.code, 0, p.stderr);
    const puts = proxy.requests
      .slice(before)
      .filter((q) => q.method === 'PUT' && q.path.startsWith('/mysfits-artifacts-us-east-1/mysfits/'))
      .map((q) => q.path.replace('/mysfits-artifacts-us-east-1/mysfits/', ''));
    // The new site zip, the root templates that name it (for the site-content stack), the manifest.
    assert.equal(puts.length, 4, puts.join(', '));
    assert.match(puts[0], /^assets\/[0-9a-f]{64}\.zip$/);
    assert.deepEqual(puts.slice(1), ['main-lambda.yml', 'main.yml', 'manifest.json']);
  });

  it('--private blocks all public access and sends no public statement', async () => {
    const r = await publish('--private');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /privately: all public access blocked/);
    const policy = proxy.policies.get('mysfits-artifacts-eu-west-1') as { Statement: { Sid: string }[] };
    assert.deepEqual(
      policy.Statement.map((s) => s.Sid),
      ['TlsOnly'],
    );
    const client = new S3Client({ endpoint: moto.endpoint, region: 'eu-west-1', forcePathStyle: true, credentials });
    try {
      const block = (await client.send(new GetPublicAccessBlockCommand({ Bucket: 'mysfits-artifacts-eu-west-1' })))
        .PublicAccessBlockConfiguration;
      assert.deepEqual(block, {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      });
    } finally {
      client.destroy();
    }
    assert.equal((await fetch(`${moto.endpoint}/mysfits-artifacts-eu-west-1/mysfits/main.yml`)).status, 403);
  });

  it('refuses, before any request, a region not packaged, a file that differs from the manifest, or another bucket prefix', async () => {
    const before = proxy.requests.length;
    const missing = await runCliAsync([
      'publish',
      '--regions',
      'us-east-1,ap-south-1',
      '--from',
      out,
      '--endpoint',
      proxy.endpoint,
    ]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ap-south-1 is not packaged .*`mysfits package --regions ap-south-1/);
    const prefix = await publish('--bucket-prefix', 'other-prefix');
    assert.equal(prefix.code, 2);
    assert.match(prefix.stderr, /was packaged for bucket mysfits-artifacts-us-east-1, not other-prefix-us-east-1/);
    const main = join(out, 'eu-west-1', 'main.yml');
    writeFileSync(main, readFileSync(main, 'utf8') + '# edited by hand\n');
    const edited = await publish();
    assert.equal(edited.code, 2);
    assert.match(edited.stderr, /main\.yml: content differs from the manifest/);
    assert.equal(proxy.requests.length, before, 'no request reached S3');
  });
});
