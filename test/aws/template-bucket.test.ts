// deploy's upload bucket against moto_server: templates expire within days, the code a rollback
// reads again is kept a year from the last deploy that names it (issue 26, item 4).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetBucketLifecycleConfigurationCommand,
  GetObjectTaggingCommand,
  PutBucketLifecycleConfigurationCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CODE_EXPIRY_DAYS,
  ensureTemplateBucket,
  LIFECYCLE_RULES,
  TEMPLATE_EXPIRY_DAYS,
  TEMPLATE_TAG,
  uploadTemplate,
} from '../../generator/aws/template-bucket.js';
import { packageTemplateFile } from '../../generator/aws/local-assets.js';
import type { Asset } from '../../generator/package/assets.js';
import { assetSource, FUNCTION_ASSETS } from '../../generator/builders/common.js';
import { ROOT } from '../helpers.js';
import { startMoto, type Moto } from '../support/moto.js';

const REGION = 'us-east-1';

describe('deploy: the upload bucket keeps what a rollback needs', function () {
  this.timeout(120_000);
  let moto: Moto;
  let s3: S3Client;
  /** The S3 commands sent, by name, in order. */
  let sent: string[] = [];
  before(async () => {
    moto = await startMoto();
    s3 = new S3Client({
      endpoint: moto.endpoint,
      region: REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    s3.middlewareStack.add(
      (next, context) => (args) => {
        sent.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize' },
    );
  });
  after(async () => {
    s3?.destroy();
    await moto?.stop();
  });
  beforeEach(() => (sent = []));

  const rulesOf = async (bucket: string) =>
    (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }))).Rules ?? [];
  const tagsOf = async (bucket: string, key: string) =>
    (await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet ?? [];

  it('a new bucket expires tagged templates after a week and everything else after a year', async () => {
    assert.equal(await ensureTemplateBucket(s3, 'fresh', REGION), 'created');
    const rules = await rulesOf('fresh');
    const expiry = Object.fromEntries(rules.filter((r) => r.Expiration).map((r) => [r.ID, r]));
    assert.equal(expiry['expire-templates']?.Expiration?.Days, TEMPLATE_EXPIRY_DAYS);
    assert.deepEqual(expiry['expire-templates']?.Filter?.Tag, TEMPLATE_TAG);
    assert.equal(expiry['expire-code']?.Expiration?.Days, CODE_EXPIRY_DAYS);
    assert.ok(CODE_EXPIRY_DAYS >= 365, 'code outlives any rollback window');
    assert.equal(Object.keys(expiry).length, 2, 'no other rule expires anything');
  });

  it("a bucket an older deploy made (everything gone after 7 days) gets today's rules; another bucket is left alone", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'old' }));
    const old = [
      { ID: 'expire-templates', Status: 'Enabled' as const, Filter: { Prefix: '' }, Expiration: { Days: 7 } },
    ];
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({ Bucket: 'old', LifecycleConfiguration: { Rules: old } }),
    );
    assert.equal(await ensureTemplateBucket(s3, 'old', REGION), 'updated');
    assert.deepEqual(
      (await rulesOf('old')).map((r) => r.ID),
      LIFECYCLE_RULES.map((r) => r.ID),
    );

    await s3.send(new CreateBucketCommand({ Bucket: 'theirs' }));
    const theirs = [{ ID: 'mine', Status: 'Enabled' as const, Filter: { Prefix: 'x/' }, Expiration: { Days: 3 } }];
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({ Bucket: 'theirs', LifecycleConfiguration: { Rules: theirs } }),
    );
    assert.equal(await ensureTemplateBucket(s3, 'theirs', REGION), 'existing');
    assert.deepEqual(
      (await rulesOf('theirs')).map((r) => r.ID),
      ['mine'],
    );
  });

  it('a large template is uploaded tagged as a template', async () => {
    await ensureTemplateBucket(s3, 'big', REGION);
    const url = await uploadTemplate(s3, 'big', REGION, 'stack', 'Resources: {}\n');
    const key = new URL(url).pathname.split('/').slice(-2).join('/');
    assert.deepEqual(await tagsOf('big', key), [TEMPLATE_TAG]);
  });

  it("--template's local files: the nested template tagged, the code not, and reused code's year restarted", async () => {
    await ensureTemplateBucket(s3, 'assets', REGION);
    const zip = new Uint8Array([80, 75, 5, 6, ...new Array<number>(18).fill(0)]);
    const name = FUNCTION_ASSETS.find((n) => assetSource(n) === '../functions/seed-table/')!;
    const asset: Asset = {
      name,
      kind: 'function',
      source: assetSource(name),
      zip,
      sha256: 'a'.repeat(64),
      key: `assets/${'a'.repeat(64)}.zip`,
      entries: 0,
      how: 'test',
    };
    const options = {
      s3,
      bucket: 'assets',
      region: REGION,
      prefix: 'nested',
      assets: async () => [asset],
      info: () => {},
    };
    const file = join(ROOT, 'test', 'fixtures', 'stacks', 'nested-main.yml');
    const first = await packageTemplateFile(file, options);
    const code = first.uploaded.find((u) => u.endsWith('.zip'))!;
    const child = first.uploaded.find((u) => u.endsWith('.yml'))!;
    assert.ok(code && child, first.uploaded.join(', '));
    const keyOf = (uri: string) => uri.replace('s3://assets/', '');
    assert.deepEqual(await tagsOf('assets', keyOf(code)), []);
    assert.deepEqual(await tagsOf('assets', keyOf(child)), [TEMPLATE_TAG]);

    sent = [];
    const again = await packageTemplateFile(file, options);
    assert.deepEqual(again.uploaded, []);
    // The zip is copied onto itself (S3 counts an object's age from its creation); the
    // template, only read while the change set is made, is not.
    assert.equal(sent.filter((c) => c === 'CopyObjectCommand').length, 1, sent.join(', '));
    assert.deepEqual(await tagsOf('assets', keyOf(code)), []);
  });
});
