// mysfits package, run as a user runs it (the bundled CLI): deterministic region folders whose
// every reference points at that region, a manifest that tells the truth, Launch Stack links that
// decode to the published main.yml, clear errors for bad regions, and cfn-lint-clean output.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { parseTemplate } from '../../generator/core/parse.js';
import { deterministicZip } from '../../generator/package/zip.js';
import { runtimeDockerfile } from '../../generator/package/assets.js';
import { STABLE_FILES, type Manifest } from '../../generator/package/package.js';
import { lookupRegion, objectUrl } from '../../generator/config/regions.js';
import { launchKeeps, launchStackUrl } from '../../generator/package/launch.js';
import { validateConfig } from '../../generator/config/load.js';
import { FUNCTION_ASSETS } from '../../generator/builders/common.js';
import { validate } from 'dockerfile-utils';
import { CLOUDFRONT_METRICS_REGION } from '../../generator/builders/alarms.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { DOCKERFILE, stages, STRICT } from '../support/dockerfile.js';
import { cfnLint, describeFinding } from '../support/cfn-lint.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** relative path -> sha256 of every file under a folder (the package cache left out). */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name === '.cache') continue;
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = sha256(readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Every string in a parsed template, with where it is. */
function strings(value: unknown, where: string, out: { where: string; value: string }[] = []) {
  if (typeof value === 'string') out.push({ where, value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${where}.${k}`, out);
  return out;
}

const REGIONS = ['us-east-1', 'eu-west-1'];

/** The launching region's artifact bucket, as a packaged template names it. */
const BUCKET = 'mysfits-artifacts-${AWS::Region}';
const REGIONAL_HTTPS = `https://${BUCKET}.s3.\${AWS::Region}.\${AWS::URLSuffix}/mysfits/`;
const REGIONAL_S3 = `s3://${BUCKET}/mysfits/`;

/** The path in a region folder of a packaged location: a TemplateURL, an S3 URI or a CodeUri. */
function packagedPath(value: unknown): string {
  const v = value as { 'Fn::Sub'?: string; Bucket?: unknown; Key?: string };
  if (typeof v['Fn::Sub'] === 'string') {
    for (const base of [REGIONAL_HTTPS, REGIONAL_S3])
      if (v['Fn::Sub'].startsWith(base)) return v['Fn::Sub'].slice(base.length);
  }
  if (typeof v.Key === 'string' && JSON.stringify(v.Bucket) === JSON.stringify({ 'Fn::Sub': BUCKET })) {
    if (v.Key.startsWith('mysfits/')) return v.Key.slice('mysfits/'.length);
  }
  throw new Error(`not a location in the launching region's bucket: ${JSON.stringify(value)}`);
}
const SITE = join(ROOT, 'test', 'fixtures', 'site');

describe('mysfits package', function () {
  this.timeout(120_000);
  let a: string;
  let b: string;
  let first: ReturnType<typeof runCli>;
  before(() => {
    a = tempDir('mysfits-package-a-');
    b = tempDir('mysfits-package-b-');
    first = runCli(['package', '--regions', REGIONS.join(','), '--out', a, '--site-dir', SITE]);
    assert.equal(first.code, 0, first.stderr);
  });

  it('prints progress: each asset built once, then each region', () => {
    for (const name of ['seed-table', 'pre-sign-up', 'image-build', 'site-deploy', 'user-pool-keys', 'site']) {
      assert.equal(
        first.stdout.split('\n').filter((l) => new RegExp(`^  \\S+ +${name} `).test(l)).length,
        1,
        `${name} listed once:\n${first.stdout}`,
      );
    }
    assert.match(first.stdout, /\[ 1\/2\] us-east-1 .* -> s3:\/\/mysfits-artifacts-us-east-1\/mysfits\//);
    assert.match(first.stdout, /\[ 2\/2\] eu-west-1 /);
    assert.match(first.stdout, /launch\.html/);
  });

  it('is deterministic: another run from scratch gives byte-identical folders, a re-run reuses the cache', () => {
    const second = runCli(['package', '--regions', REGIONS.join(','), '--out', b, '--site-dir', SITE]);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(hashes(b), hashes(a));
    const again = runCli(['package', '--regions', REGIONS.join(','), '--out', a, '--site-dir', SITE]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /seed-table .* cached/);
    assert.match(again.stdout, /0 written/);
    assert.deepEqual(hashes(a), hashes(b));
  });

  it('manifest.json lists every file with its size and sha256; content-addressed names match their hash', () => {
    for (const region of REGIONS) {
      const dir = join(a, region);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      assert.equal(manifest.region, region);
      assert.equal(manifest.bucket, `mysfits-artifacts-${region}`);
      const onDisk = Object.keys(hashes(dir)).filter((f) => f !== 'manifest.json');
      assert.deepEqual(manifest.files.map((f) => f.path).sort(), onDisk.sort());
      for (const f of manifest.files) {
        const data = readFileSync(join(dir, f.path));
        assert.equal(f.size, data.byteLength, f.path);
        assert.equal(f.sha256, sha256(data), f.path);
        if (!STABLE_FILES.includes(f.path)) assert.ok(f.path.includes(f.sha256), `${f.path} is named by its hash`);
      }
    }
  });

  it("region-free: every region folder holds the same template bytes, whose every reference is the launching region's bucket", () => {
    const [first, ...others] = REGIONS.map((region) => {
      const manifest = JSON.parse(readFileSync(join(a, region, 'manifest.json'), 'utf8')) as Manifest;
      return manifest.files.filter((f) => f.path.endsWith('.yml')).map((f) => [f.path, f.sha256]);
    });
    for (const other of others) assert.deepEqual(other, first, 'the same templates, byte for byte');
    // Whichever region a stack is launched in, it reads that region's bucket.
    const [bucket, base, s3] = [BUCKET, REGIONAL_HTTPS, REGIONAL_S3];
    for (const region of REGIONS) {
      const dir = join(a, region);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      const templates = manifest.files.filter((f) => f.path.endsWith('.yml')).map((f) => f.path);
      // Two roots, and the nested templates of both modes: api.yml (REST or HTTP API) and
      // site-content.yml (analytics on or off) differ, the rest is shared.
      assert.equal(templates.length, 13, templates.join(', '));
      let nested = 0;
      const referenced = new Set<string>();
      for (const path of templates) {
        const text = readFileSync(join(dir, path), 'utf8');
        // No packaged region is named anywhere (us-east-1 only where CloudFront's certificate must be).
        assert.ok(!text.includes('eu-west-1'), `${path} names eu-west-1`);
        // CloudFront's metrics live in us-east-1 only: the dashboard's site widget names it.
        const cloudFrontWidget = new RegExp(
          `"region":"${CLOUDFRONT_METRICS_REGION}"(?=,[^\\]]*\\[\\["AWS/CloudFront")`,
          'g',
        );
        for (const line of text.split('\n').filter((l) => l.replace(cloudFrontWidget, '').includes('us-east-1'))) {
          // A description or comment, or the condition that makes the CloudFront alarm where its metrics are.
          assert.match(
            line,
            /^\s*(#|Description:|ConstraintDescription:|InCloudFrontMetricsRegion: !Equals \[!Ref AWS::Region, us-east-1\]$)/,
            `${path}: ${line}`,
          );
        }
        const t = parseTemplate(text, path);
        for (const { where, value } of strings(t.data, path)) {
          assert.ok(!/^\.{1,2}\//.test(value), `${where}: relative path ${value}`);
          if (value.includes('mysfits-artifacts-')) assert.ok(value.includes(bucket), `${where}: ${value}`);
          if (value.startsWith(base)) {
            const file = value.slice(base.length);
            assert.ok(existsSync(join(dir, file)), `${where}: ${file} is packaged`);
            assert.ok(file.includes(sha256(readFileSync(join(dir, file)))), `${where}: names its content`);
            nested++;
          }
          if (value.startsWith(s3)) {
            assert.ok(existsSync(join(dir, value.slice(s3.length))), `${where}: asset is packaged`);
            referenced.add(value.slice(s3.length));
          }
        }
        for (const r of t.resources) {
          if (r.type === 'AWS::CloudFormation::Stack') {
            assert.match(JSON.stringify(r.properties.TemplateURL), /^\{"Fn::Sub":"https:\/\//, r.id);
          }
          if (r.type === 'AWS::Serverless::Function') {
            const code = packagedPath(r.properties.CodeUri);
            assert.ok(code.startsWith('assets/') && existsSync(join(dir, code)), r.id);
            referenced.add(code);
          }
        }
      }
      // main-lambda.yml: an HTTP API by default, so no analytics stack.
      assert.equal(nested, 8 + 6, 'every nested stack of main.yml and main-lambda.yml');
      // What the templates point at is packaged; what they do not are the functions only other
      // configs use (the pre-sign-up trigger, the signing keys of natGateways none).
      const packaged = manifest.files.map((f) => f.path).filter((p) => p.startsWith('assets/'));
      for (const key of referenced) assert.ok(packaged.includes(key), `${key} is not packaged`);
      assert.equal(packaged.length - referenced.size, 2, 'assets no template of this config uses');
      assert.ok(referenced.size >= FUNCTION_ASSETS.length - 2, `${referenced.size} assets referenced`);
    }
  });

  it('packaged templates pass cfn-lint with no finding (and without the source form W3002 suppression)', () => {
    const dir = join(a, 'eu-west-1');
    const files = [
      join(dir, 'main.yml'),
      join(dir, 'main-lambda.yml'),
      ...readdirSync(join(dir, 'templates')).map((f) => join(dir, 'templates', f)),
    ];
    assert.doesNotMatch(readFileSync(files[0], 'utf8'), /W3002/);
    const results = cfnLint(files);
    assert.deepEqual([...results.values()].flat().map(describeFinding), []);
  });

  it('the site asset holds the site build output as it is; main.yml passes it to the site-content stack', () => {
    const dir = join(a, 'us-east-1');
    const main = parseTemplate(readFileSync(join(dir, 'main.yml'), 'utf8'), 'main.yml');
    const content = main.resources.find((r) => r.id === 'SiteContentStack')!;
    const source = packagedPath((content.properties.Parameters as Record<string, unknown>).SiteSource);
    const zip = readFileSync(join(dir, source));
    const files = unzipSync(zip);
    assert.deepEqual(Object.keys(files).sort(), ['assets/app-3f9a1c.js', 'assets/app-77e0b2.css', 'index.html']);
    assert.equal(Buffer.from(files['index.html']).toString(), readFileSync(join(SITE, 'index.html'), 'utf8'));
  });

  it("the service image's build context: the Dockerfile's runtime stage and the same bundle as its build stage", () => {
    const dir = join(a, 'us-east-1');
    const main = parseTemplate(readFileSync(join(dir, 'main.yml'), 'utf8'), 'main.yml');
    const service = main.resources.find((r) => r.id === 'ServiceStack')!;
    const source = packagedPath((service.properties.Parameters as Record<string, unknown>).ServiceSource);
    assert.match(source, /^assets\/[0-9a-f]{64}\.zip$/);
    const files = unzipSync(readFileSync(join(dir, source)));
    assert.deepEqual(Object.keys(files).sort(), ['Dockerfile', 'server.mjs']);
    // scripts/bundle-service.mjs (what the Dockerfile's build stage runs) wrote dist/service/server.mjs in npm run build.
    const bundled = readFileSync(join(ROOT, 'dist', 'service', 'server.mjs'));
    assert.ok(Buffer.from(files['server.mjs']).equals(bundled), 'server.mjs is the bundle the Dockerfile would build');
    const dockerfile = Buffer.from(files.Dockerfile).toString();
    assert.deepEqual(
      validate(dockerfile, STRICT).map((d) => d.message),
      [],
    );
    const [packaged] = stages(dockerfile);
    const runtime = stages(readFileSync(DOCKERFILE, 'utf8')).at(-1)!;
    assert.equal(stages(dockerfile).length, 1);
    assert.equal(packaged.image, runtime.image);
    const withoutCopy = (lines: typeof runtime.lines) => lines.filter((l) => l.keyword !== 'COPY');
    assert.deepEqual(withoutCopy(packaged.lines), withoutCopy(runtime.lines), 'every other instruction is the same');
    assert.deepEqual(
      packaged.lines.filter((l) => l.keyword === 'COPY').map((l) => l.args),
      ['server.mjs ./server.mjs'],
    );
  });

  it('launch.html keeps each region code on one line (eu-central-1 never broken at its hyphens)', () => {
    const html = readFileSync(join(a, 'launch.html'), 'utf8');
    assert.match(html, /td code \{ white-space: nowrap; \}/);
    for (const region of REGIONS) assert.ok(html.includes(`<td><code>${region}</code></td>`), region);
  });

  it("Launch Stack links open quick-create in the region with the stack name and each mode's root template, correctly encoded", () => {
    const html = readFileSync(join(a, 'launch.html'), 'utf8');
    const markdown = readFileSync(join(a, 'launch.md'), 'utf8');
    const hrefs = [...html.matchAll(/class="launch" href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    assert.equal(hrefs.length, REGIONS.length * 2, 'two buttons a region');
    for (const [i, region] of REGIONS.entries()) {
      const manifest = JSON.parse(readFileSync(join(a, region, 'manifest.json'), 'utf8')) as Manifest;
      assert.deepEqual(
        manifest.variants.map((v) => [v.compute, v.root]),
        [
          ['fargate', 'main.yml'],
          ['lambda', 'main-lambda.yml'],
        ],
      );
      assert.equal(manifest.compute, 'fargate');
      assert.equal(manifest.launchUrl, manifest.variants[0].launchUrl, "the config's own mode");
      for (const [j, variant] of manifest.variants.entries()) {
        assert.equal(hrefs[i * 2 + j], variant.launchUrl);
        assert.ok(markdown.includes(`](${variant.launchUrl})`), 'in the README table');
        const url = new URL(variant.launchUrl);
        assert.equal(url.host, `${region}.console.aws.amazon.com`);
        assert.equal(url.pathname, '/cloudformation/home');
        assert.equal(url.searchParams.get('region'), region);
        const [route, query] = url.hash.slice(1).split('?');
        assert.equal(route, '/stacks/quickcreate');
        assert.equal(query.split('&').length, 2, 'the template URL is one encoded component');
        const params = new URLSearchParams(query);
        assert.equal(params.get('templateURL'), variant.templateUrl);
        assert.equal(params.get('stackName'), 'mysfits');
        assert.equal(
          variant.templateUrl,
          `https://mysfits-artifacts-${region}.s3.${region}.amazonaws.com/mysfits/${variant.root}`,
        );
      }
    }
    // Each button with its estimated cost, and each mode with what it creates and needs.
    const costs = [...html.matchAll(/<span class="cost">~\$([0-9.]+)\/month<\/span>/g)].map((m) => Number(m[1]));
    assert.equal(costs.length, REGIONS.length * 2);
    for (let i = 0; i < costs.length; i += 2) assert.ok(costs[i + 1] < costs[i] / 5, 'lambda is the cheaper by far');
    assert.match(markdown, /\*\*Serverless \(Lambda\)\*\* creates the service as one Lambda function/);
    assert.match(
      markdown,
      /\*\*Containers \(Fargate\)\*\* creates .* Needs: 1 VPC .* 2 Elastic IP addresses .* CodeBuild/,
    );
    assert.match(markdown, /but the API Gateway account's CloudWatch role/);
  });

  it('a lambda config with api.type http packages the fargate button too (its API settings derived again)', () => {
    const out = tempDir('mysfits-package-http-');
    const config = join(out, 'http.json');
    writeFileSync(config, JSON.stringify({ service: { compute: 'lambda' }, api: { type: 'http' } }));
    const r = runCli(['package', '--config', config, '--regions', 'us-east-1', '--out', join(out, 'pkg')]);
    assert.equal(r.code, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'pkg', 'us-east-1', 'manifest.json'), 'utf8')) as Manifest;
    assert.deepEqual(
      manifest.variants.map((v) => v.compute),
      ['lambda', 'fargate'],
    );
  });

  it('natGateways none: service.yml runs the packaged user-pool-keys function, whose bundle answers CloudFormation', async () => {
    const out = tempDir('mysfits-package-nat-none-');
    const config = join(out, 'none.json');
    writeFileSync(config, JSON.stringify({ network: { natGateways: 'none' } }));
    const r = runCli(['package', '--config', config, '--regions', 'us-east-1', '--out', join(out, 'pkg')]);
    assert.equal(r.code, 0, r.stderr);
    const dir = join(out, 'pkg', 'us-east-1');
    const main = parseTemplate(readFileSync(join(dir, 'main.yml'), 'utf8'), 'main.yml');
    const serviceUrl = packagedPath(main.resources.find((x) => x.id === 'ServiceStack')!.properties.TemplateURL);
    const service = parseTemplate(readFileSync(join(dir, serviceUrl), 'utf8'), 'service.yml');
    const codeUri = packagedPath(service.resources.find((x) => x.id === 'UserPoolKeysFunction')!.properties.CodeUri);
    assert.match(codeUri, /^assets\/[0-9a-f]{64}\.zip$/);
    const files = unzipSync(readFileSync(join(dir, codeUri)));
    assert.deepEqual(Object.keys(files), ['index.js']);
    // The bundle as Lambda loads it (CommonJS, index.handler): a Delete fetches nothing and succeeds.
    writeFileSync(join(out, 'index.cjs'), files['index.js']);
    const { handler } = createRequire(import.meta.url)(join(out, 'index.cjs')) as {
      handler: (e: unknown, c: unknown) => Promise<void>;
    };
    const cfn = await responseUrl();
    try {
      const event = customResourceEvent(
        'Delete',
        cfn.url,
        { UserPoolId: 'us-east-1_AbC123' },
        { logicalId: 'UserPoolKeys', type: 'Custom::UserPoolKeys', physicalId: 'us-east-1_AbC123-signing-keys' },
      );
      await handler(event, lambdaContext());
      assert.equal(cfn.received[0]?.body.Status, 'SUCCESS');
    } finally {
      cfn.server.close();
    }
  });

  it('China and GovCloud regions get their partition URL suffix and console (package refuses them: see below)', () => {
    const cn = lookupRegion('cn-north-1')!;
    assert.equal(
      objectUrl(cn, 'acme-apps-cn-north-1', 'mysfits/main.yml'),
      'https://acme-apps-cn-north-1.s3.cn-north-1.amazonaws.com.cn/mysfits/main.yml',
    );
    assert.equal(new URL(launchStackUrl(cn, 'mysfits', 'https://x/main.yml')).host, 'console.amazonaws.cn');
    const gov = lookupRegion('us-gov-west-1')!;
    assert.equal(
      objectUrl(gov, 'acme-apps-us-gov-west-1', 'mysfits/main.yml'),
      'https://acme-apps-us-gov-west-1.s3.us-gov-west-1.amazonaws.com/mysfits/main.yml',
    );
    assert.equal(new URL(launchStackUrl(gov, 'mysfits', 'https://x/main.yml')).host, 'console.amazonaws-us-gov.com');
  });

  it('a region-bound value (KMS key, SES identity) packaged for another region is exit 2 naming the setting and the region', () => {
    const dir = tempDir('mysfits-package-bound-');
    const out = join(dir, 'out');
    const config = join(dir, 'hardened.json');
    const key = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
    const identity = 'arn:aws:ses:us-east-1:123456789012:identity/example.com';
    writeFileSync(
      config,
      JSON.stringify({
        logs: { kmsKeyArn: key },
        cognito: { email: { from: 'no-reply@example.com', sesIdentityArn: identity } },
      }),
    );
    const r = runCli(['package', '--config', config, '--regions', 'us-east-1,eu-west-1,us-west-2', '--out', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /logs\.kmsKeyArn is in us-east-1, so it cannot serve eu-west-1, us-west-2/);
    assert.match(r.stderr, /cognito\.email\.sesIdentityArn is in us-east-1, so it cannot serve eu-west-1, us-west-2/);
    assert.ok(!existsSync(out), 'nothing written');
  });

  it('an unknown region code is exit 2 naming it, and nothing is written', () => {
    const out = join(tempDir('mysfits-package-bad-'), 'out');
    const r = runCli(['package', '--regions', 'us-east-1,eu-moon-1,us-east-7', '--out', out]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /"eu-moon-1", "us-east-7" are not AWS regions/);
    assert.ok(!existsSync(out));
    const both = runCli(['package', '--regions', 'us-east-1', '--all-regions', '--out', out]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /exclude each other/);
    const prefix = runCli(['package', '--bucket-prefix', 'My.Bucket', '--out', out]);
    assert.equal(prefix.code, 2);
    assert.match(prefix.stderr, /--bucket-prefix "My.Bucket"/);
    const config = join(tempDir(), 'c.json');
    writeFileSync(config, JSON.stringify({ regions: ['us-east-1', 'mars-north-1'] }));
    const fromConfig = runCli(['package', '--config', config, '--out', out]);
    assert.equal(fromConfig.code, 2);
    assert.match(fromConfig.stderr, /mars-north-1/);
    assert.ok(!existsSync(out));
  });

  it('--all-regions packages the config regions (the ten by default)', () => {
    const out = tempDir('mysfits-package-all-');
    const r = runCli(['package', '--all-regions', '--out', out, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const folders = readdirSync(out).filter((f) => statSync(join(out, f)).isDirectory() && f !== '.cache');
    assert.deepEqual(folders.sort(), [
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-south-1',
      'ap-southeast-2',
      'eu-central-1',
      'eu-west-1',
      'eu-west-2',
      'us-east-1',
      'us-east-2',
      'us-west-2',
    ]);
  });
});

describe('the Launch Stack page: what deleting the stack keeps', () => {
  it('names every resource the default config retains, and none it does not', () => {
    const keeps = launchKeeps(validateConfig({}, 'defaults')).join('; ');
    for (const kept of [
      /API Gateway account's CloudWatch role/,
      /mysfits table with its likes and adoptions/,
      /user pool/,
      /site's log bucket/,
      /click records bucket/,
    ]) {
      assert.match(keeps, kept);
    }
    const lean = validateConfig(
      {
        api: { accountCloudWatchRole: false },
        cognito: { deletionProtection: false },
        site: { logging: false },
        analytics: { enabled: false },
      },
      'lean',
    );
    // The table and the pool hold what users made: kept whatever the config says.
    assert.deepEqual(launchKeeps(lean), [
      'the mysfits table with its likes and adoptions',
      'the user pool with its users',
    ]);
  });
});

describe('deterministic zips', () => {
  it('the same files in any order give the same bytes, with a fixed time and mode 0644', () => {
    const x = deterministicZip([
      { path: 'b/two.txt', content: 'two' },
      { path: 'a.txt', content: 'one' },
    ]);
    const y = deterministicZip([
      { path: 'a.txt', content: 'one' },
      { path: 'b/two.txt', content: 'two' },
    ]);
    assert.deepEqual(Buffer.from(x), Buffer.from(y));
    assert.deepEqual(Object.keys(unzipSync(x)), ['a.txt', 'b/two.txt']);
    const buf = Buffer.from(x);
    // Local header: time and date at offsets 10 and 12 (1980-01-01 00:00 = time 0, date 0x21).
    assert.equal(buf.readUInt16LE(10), 0);
    assert.equal(buf.readUInt16LE(12), 0x21);
    // Central directory: external attributes at offset 38 of each entry; Unix mode in the high half.
    const central = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    assert.equal(buf.readUInt32LE(central + 38) >>> 16, 0o100644);
  });

  it('refuses paths that would escape the archive', () => {
    assert.throws(() => deterministicZip([{ path: '../x', content: '' }]), /relative path/);
    assert.throws(
      () =>
        deterministicZip([
          { path: 'x', content: '' },
          { path: 'x', content: '' },
        ]),
      /twice/,
    );
  });
});

describe('the runtime Dockerfile of the packaged service source', () => {
  it('service/Dockerfile pulls nothing from Docker Hub when CodeBuild builds it: no syntax directive', () => {
    const text = readFileSync(join(ROOT, 'service', 'Dockerfile'), 'utf8');
    assert.doesNotMatch(text, /^#\s*syntax=/im);
  });

  const dockerfile = [
    '# syntax=docker/dockerfile:1',
    '# comment',
    'ARG NODE_IMAGE=node:24-bookworm-slim',
    '',
    'FROM ${NODE_IMAGE} AS build',
    'RUN npm ci',
    'RUN node scripts/bundle-service.mjs',
    '',
    'FROM ${NODE_IMAGE}',
    'WORKDIR /app',
    'COPY --from=build /src/dist/service/server.mjs ./server.mjs',
    'USER node',
    'CMD ["node", "server.mjs"]',
    '',
  ].join('\n');

  it("is the Dockerfile's last stage, copying the server.mjs packaged beside it", () => {
    const out = runtimeDockerfile(dockerfile);
    // No syntax directive: BuildKit would pull that frontend image from Docker Hub anonymously,
    // from CodeBuild's shared addresses (rate-limited: a 429 fails the build and the stack).
    assert.doesNotMatch(out, /syntax=/);
    assert.match(out, /\nARG NODE_IMAGE=node:24-bookworm-slim\n/);
    assert.match(out, /\nFROM \$\{NODE_IMAGE\}\nWORKDIR \/app\nCOPY server\.mjs \.\/server\.mjs\nUSER node\n/);
    assert.doesNotMatch(out, /AS build|npm ci|--from/);
  });

  it('refuses a runtime stage that copies anything else from another stage', () => {
    assert.throws(
      () => runtimeDockerfile(dockerfile.replace('USER node', 'COPY --from=build /src/node_modules ./node_modules')),
      /other than server\.mjs/,
    );
    assert.throws(() => runtimeDockerfile('FROM x\nRUN true\n'), /must copy server\.mjs/);
  });
});

describe('package: regions that lack a resource type', () => {
  it("refuses a region where the config's mode cannot launch, naming the missing types (exit 2, nothing written)", () => {
    const out = tempDir('mysfits-package-cn-');
    for (const [region, missing] of [
      [
        'cn-north-1',
        /cn-north-1 \(China \(Beijing\)\) lacks AWS::CloudFront::Function, AWS::CloudFront::OriginAccessControl, AWS::Cognito::UserPool/,
      ],
      ['us-gov-west-1', /us-gov-west-1 .* lacks AWS::CloudFront::Distribution/],
    ] as const) {
      const r = runCli(['package', '--regions', region, '--out', join(out, region)]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, missing);
      assert.equal(existsSync(join(out, region)), false, 'nothing written');
    }
  });

  it('offers only the mode a region supports: lambda where CodeBuild is missing, and says so', () => {
    const out = tempDir('mysfits-package-ca-west-');
    writeFileSync(join(out, 'lambda.json'), JSON.stringify({ service: { compute: 'lambda' } }));
    const r = runCli([
      'package',
      '--config',
      join(out, 'lambda.json'),
      '--regions',
      'ca-west-1',
      '--out',
      join(out, 'pkg'),
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ca-west-1: fargate mode not offered \(the region lacks AWS::CodeBuild::Project\)/);
    const manifest = JSON.parse(readFileSync(join(out, 'pkg', 'ca-west-1', 'manifest.json'), 'utf8')) as Manifest;
    assert.deepEqual(
      manifest.variants.map((v) => v.compute),
      ['lambda'],
    );
    assert.equal(existsSync(join(out, 'pkg', 'ca-west-1', 'main.yml')), false);
    assert.match(
      readFileSync(join(out, 'pkg', 'launch.md'), 'utf8'),
      /not offered here \(lacks AWS::CodeBuild::Project\)/,
    );
    // The fargate config itself is refused there.
    const fargate = runCli(['package', '--regions', 'ca-west-1', '--out', join(out, 'pkg2')]);
    assert.equal(fargate.code, 2);
    assert.match(fargate.stderr, /ca-west-1 .* lacks AWS::CodeBuild::Project.*package it with service\.compute lambda/);
  });

  it('the region data covers every resource type the templates use (else: npm run gen:regions)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-region-types.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  });
});
