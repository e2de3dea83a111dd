// `mysfits deploy` without --template (the whole app) against moto_server on loopback, through
// the recording S3 proxy (test/support/s3-proxy.ts: moto ignores bucket-policy conditions).
//
// What moto shows: packaging for the region, publishing to a new private bucket (or leaving an
// existing bucket's access alone), and a change set created from the published main.yml URL, whose
// nested templates moto reads from its own S3 by the packaged URLs. What it cannot show: the
// execution. moto skips SAM resources, so the nested stacks' `!GetAtt SeedFunction.Arn` fails
// there (and it could not run the custom resources, CodeBuild or CloudFront anyway). The last step,
// the site's config.json from the outputs, is tested on its own below against moto's S3.
import { strict as assert } from 'node:assert';
import {
  CreateBucketCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { existsSync, writeFileSync } from 'node:fs';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { ZONES_PARAMETER } from '../../generator/config/zones.js';
import { join } from 'node:path';
import { ensureSiteConfig } from '../../generator/aws/app-deploy.js';
import { ROOT, runCliAsync, tempDir } from '../helpers.js';
import { startMoto, type Moto } from '../support/moto.js';
import { startS3Proxy, type S3Proxy } from '../support/s3-proxy.js';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const SITE = join(ROOT, 'test', 'fixtures', 'site');

describe('mysfits deploy, app mode (against moto)', function () {
  this.timeout(120_000);
  let moto: Moto;
  let proxy: S3Proxy;
  let s3: S3Client;

  before(async () => {
    moto = await startMoto();
    proxy = await startS3Proxy(moto.endpoint);
    s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
  });
  after(async () => {
    s3.destroy();
    await proxy.close();
    await moto.stop();
  });

  it('packages and publishes for the region (a new bucket private), then creates the change set from the published main.yml', async () => {
    const cwd = tempDir('mysfits-app-deploy-');
    const r = await runCliAsync(
      ['deploy', '--region', 'us-east-1', '--endpoint', proxy.endpoint, '--yes', '--site-dir', SITE],
      { cwd },
    );
    assert.match(r.stdout, /packaging the app for us-east-1 into out\/us-east-1/);
    // Before packaging: the zones, chosen by ID from moto's zone mapping (it maps one name to use1-az3).
    assert.match(r.stdout, /availability zones: us-east-1\w, us-east-1\w \(chosen by zone ID\)\n/);
    assert.match(r.stdout, /\n {2}skipped us-east-1\w \(use1-az3\): VPC link V2 \(API Gateway\): not in use1-az3/);
    assert.ok(r.stdout.indexOf('availability zones:') < r.stdout.indexOf('packaging the app'));
    assert.match(r.stdout, /\[ 1\/1\] us-east-1 .* -> s3:\/\/mysfits-artifacts-us-east-1\/mysfits\//);
    assert.doesNotMatch(r.stdout, /next: mysfits publish/);
    assert.match(r.stdout, /created the bucket \(private, encrypted, versioned\); 2[0-9] uploaded, 0 already there/);
    const block = await s3.send(new GetPublicAccessBlockCommand({ Bucket: 'mysfits-artifacts-us-east-1' }));
    assert.equal(block.PublicAccessBlockConfiguration?.BlockPublicPolicy, true, 'a bucket deploy creates is private');
    // moto read main.yml by its published URL and the nested templates by theirs.
    // 8 nested stacks, and the monitoring topic, its key and policy, and the dashboard.
    assert.match(r.stdout, /change set to create stack mysfits:\n {2}mysfits: 12 to add/);
    for (const stack of ['Core', 'Data', 'Cognito', 'Site', 'Analytics', 'Service', 'Api', 'SiteContent']) {
      assert.match(r.stdout, new RegExp(`\\+ Add +${stack}Stack +AWS::CloudFormation::Stack`));
    }
    assert.match(r.stdout, /CAPABILITY_AUTO_EXPAND/);
    // moto's gaps, not ours: it builds an application load balancer for Type network (so the core
    // stack's TCP listener is refused) and skips SAM functions (so a GetAtt of one fails); which
    // comes first depends on moto's order. The CLI reports it as any failure: the cause, exit 1.
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /deploy of mysfits FAILED/);
    assert.match(
      r.stdout,
      /cause: .*(SeedFunction|undefined resource|Listener protocol 'TCP' must be one of 'HTTP, HTTPS')/,
    );
  });

  it("deploys the root template of the config's compute mode: main-lambda.yml for lambda, without a core stack", async () => {
    const cwd = tempDir('mysfits-app-deploy-lambda-');
    writeFileSync(join(cwd, 'lambda.json'), JSON.stringify({ service: { compute: 'lambda' } }));
    const r = await runCliAsync(
      [
        'deploy',
        '--config',
        'lambda.json',
        '--region',
        'us-east-1',
        '--stack-name',
        'mysfits-lambda',
        '--endpoint',
        proxy.endpoint,
        '--yes',
        '--site-dir',
        SITE,
      ],
      { cwd },
    );
    assert.match(r.stdout, /deploying main-lambda\.yml \(service\.compute: lambda\)/);
    // 6 nested stacks (the HTTP API: no click analytics), and the monitoring topic, key, policy and dashboard.
    assert.match(r.stdout, /change set to create stack mysfits-lambda:\n {2}mysfits-lambda: 10 to add/);
    for (const stack of ['Data', 'Cognito', 'Site', 'Service', 'Api', 'SiteContent']) {
      assert.match(r.stdout, new RegExp(`\\+ Add +${stack}Stack +AWS::CloudFormation::Stack`));
    }
    assert.doesNotMatch(r.stdout, /CoreStack|AnalyticsStack/);
    // The same moto gap as above (SAM functions skipped), reported as a failure with its cause.
    assert.equal(r.code, 1, r.stderr);
  });

  it('leaves the access of an existing (published, public) bucket as it is', async () => {
    const cwd = tempDir('mysfits-app-deploy-public-');
    const pkg = await runCliAsync(['package', '--regions', 'eu-west-1', '--quiet'], { cwd });
    assert.equal(pkg.code, 0, pkg.stderr);
    const pub = await runCliAsync(['publish', '--regions', 'eu-west-1', '--endpoint', proxy.endpoint], { cwd });
    assert.equal(pub.code, 0, pub.stderr);
    const policyPuts = () => proxy.requests.filter((q) => q.method === 'PUT' && q.query.includes('policy')).length;
    const before = policyPuts();
    const r = await runCliAsync(['deploy', '--region', 'eu-west-1', '--endpoint', proxy.endpoint, '--yes'], { cwd });
    assert.match(
      r.stdout,
      /publishing to s3:\/\/mysfits-artifacts-eu-west-1\/mysfits\/ \.\.\.\n {2}0 uploaded, 2[0-9] already there/,
    );
    assert.equal(policyPuts(), before, 'no policy change');
    const client = new S3Client({ endpoint: moto.endpoint, region: 'eu-west-1', forcePathStyle: true, credentials });
    try {
      const block = await client.send(new GetPublicAccessBlockCommand({ Bucket: 'mysfits-artifacts-eu-west-1' }));
      assert.equal(block.PublicAccessBlockConfiguration?.BlockPublicPolicy, false, 'still public for Launch Stack');
    } finally {
      client.destroy();
    }
  });

  it('--json carries the zones; a pinned pair (network.availabilityZones) is passed to the stack as AvailabilityZones', async () => {
    const cwd = tempDir('mysfits-app-deploy-zones-');
    writeFileSync(
      join(cwd, 'pinned.json'),
      JSON.stringify({ network: { availabilityZones: ['us-east-1d', 'us-east-1c'] } }),
    );
    const r = await runCliAsync(
      [
        'deploy',
        '--config',
        'pinned.json',
        '--region',
        'us-east-1',
        '--stack-name',
        'mysfits-pinned',
        '--endpoint',
        proxy.endpoint,
        '--yes',
        '--json',
        '--site-dir',
        SITE,
      ],
      { cwd },
    );
    const result = JSON.parse(r.stdout) as { availabilityZones: unknown; stackId: string };
    assert.deepEqual(result.availabilityZones, { source: 'pinned', zones: ['us-east-1d', 'us-east-1c'], skipped: [] });
    assert.match(
      r.stderr,
      /availability zones: us-east-1d, us-east-1c \(network\.availabilityZones of the config, checked\)/,
    );
    const cf = new CloudFormationClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
    try {
      // By id: moto fails the execution (see above), and deploy deletes the stack it created.
      const { Stacks } = await cf.send(new DescribeStacksCommand({ StackName: result.stackId }));
      const passed = Stacks?.[0]?.Parameters?.find((p) => p.ParameterKey === ZONES_PARAMETER)?.ParameterValue;
      assert.equal(passed, 'us-east-1d,us-east-1c');
    } finally {
      cf.destroy();
    }
  });

  describe('refused before anything is written (exit 2)', () => {
    /** Runs deploy with a config in a fresh folder; checks that nothing was packaged, uploaded or created. */
    const refused = async (config: unknown, stackName: string, more: string[] = []) => {
      const cwd = tempDir('mysfits-app-deploy-refused-');
      writeFileSync(join(cwd, 'mysfits.json'), JSON.stringify(config));
      const writes = () => proxy.requests.filter((q) => q.method === 'PUT' || q.method === 'DELETE').length;
      const before = writes();
      const r = await runCliAsync(
        [
          'deploy',
          '--config',
          'mysfits.json',
          '--region',
          'us-east-1',
          '--stack-name',
          stackName,
          '--bucket-prefix',
          stackName,
          '--endpoint',
          proxy.endpoint,
          '--yes',
          '--site-dir',
          SITE,
          ...more,
        ],
        { cwd },
      );
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(existsSync(join(cwd, 'out')), false, 'nothing packaged');
      assert.equal(writes(), before, 'nothing uploaded');
      const cf = new CloudFormationClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
      try {
        await assert.rejects(cf.send(new DescribeStacksCommand({ StackName: stackName })), /does not exist/);
      } finally {
        cf.destroy();
      }
      await assert.rejects(s3.send(new HeadBucketCommand({ Bucket: `${stackName}-us-east-1` })));
      return r;
    };

    it('a pinned zone whose ID lacks VPC link V2 (moto maps us-east-1e to use1-az3)', async () => {
      const r = await refused({ network: { availabilityZones: ['us-east-1e', 'us-east-1a'] } }, 'zones-refused');
      assert.match(r.stderr, /mysfits\.json: network\.availabilityZones cannot hold the app's subnets in us-east-1:/);
      assert.match(r.stderr, /us-east-1e \(use1-az3\): VPC link V2 \(API Gateway\): not in use1-az3/);
    });

    it('the same pair given as --parameters AvailabilityZones= is checked the same way', async () => {
      const r = await refused({}, 'zones-param-refused', ['--parameters', 'AvailabilityZones=us-east-1e,us-east-1a']);
      assert.match(r.stderr, /--parameters: network\.availabilityZones cannot hold the app's subnets in us-east-1:/);
      assert.match(r.stderr, /us-east-1e \(use1-az3\): VPC link V2/);
    });

    it('natGateways none where the cognito-idp endpoint service is missing (moto has none), naming the fix', async () => {
      const r = await refused({ network: { natGateways: 'none' } }, 'cognito-refused');
      assert.match(r.stderr, /region us-east-1 offers no com\.amazonaws\.us-east-1\.cognito-idp endpoint service/);
      assert.match(r.stderr, /Set network\.natGateways to "single"/);
    });
  });

  it('diff has no app mode: it needs --template', async () => {
    const r = await runCliAsync(['diff', '--region', 'us-east-1', '--endpoint', proxy.endpoint]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /diff needs --template FILE/);
  });

  describe("the site's config.json from the outputs (against moto S3)", () => {
    const outputs = {
      SiteBucketName: 'app-site',
      ApiUrl: 'https://abc.execute-api.us-east-1.amazonaws.com/prod',
      Region: 'us-east-1',
      UserPoolId: 'us-east-1_AbC123',
      UserPoolClientId: 'client123',
    };
    const lines: string[] = [];
    const reporter = { info: (l: string) => lines.push(l), progress: () => undefined };
    const read = async () =>
      JSON.parse(
        await (
          await s3.send(new GetObjectCommand({ Bucket: 'app-site', Key: 'config.json' }))
        ).Body!.transformToString(),
      ) as Record<string, string>;

    before(async () => {
      await s3.send(new CreateBucketCommand({ Bucket: 'app-site' }));
    });

    it('writes it when the stack did not', async () => {
      assert.equal(await ensureSiteConfig(s3, outputs, reporter), 'written');
      assert.deepEqual(await read(), {
        apiUrl: outputs.ApiUrl,
        region: 'us-east-1',
        userPoolId: 'us-east-1_AbC123',
        userPoolClientId: 'client123',
        analytics: false, // the stack has no ClicksStreamName output
        mfa: 'off', // nor a UserPoolMfa output (a stack from before cognito.mfa)
      });
      assert.match(lines.at(-1)!, /wrote s3:\/\/app-site\/config\.json from the outputs/);
    });

    it('leaves it when it already matches (the stack wrote it), rewrites it when it differs', async () => {
      assert.equal(await ensureSiteConfig(s3, outputs, reporter), 'current');
      await s3.send(new PutObjectCommand({ Bucket: 'app-site', Key: 'config.json', Body: '{"apiUrl":"https://old"}' }));
      assert.equal(await ensureSiteConfig(s3, outputs, reporter), 'written');
      assert.match(lines.at(-1)!, /rewrote/);
      assert.equal((await read()).apiUrl, outputs.ApiUrl);
    });

    it('says so when the stack has no site outputs', async () => {
      const { ApiUrl: _api, ...rest } = outputs;
      assert.equal(await ensureSiteConfig(s3, rest, reporter), 'no-site');
      assert.match(lines.at(-1)!, /no ApiUrl output/);
    });
  });
});
