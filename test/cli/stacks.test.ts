// deploy, diff, outputs and destroy as a user runs them (the bundled CLI in a child process),
// against moto_server on 127.0.0.1 through the real AWS SDK.
//
// moto cannot show everything these commands do; what it cannot show, and why:
// - Resource events and rollbacks: moto creates a stack inside the ExecuteChangeSet call, writes
//   only the stack's own events, and a failing resource fails that API call instead of becoming a
//   CREATE_FAILED event followed by ROLLBACK_COMPLETE. So progress counts come from the change
//   set and the root cause of a failure here is the API error; finding the first failed event
//   inside nested stacks is tested with CloudFormation-shaped events in test/aws/stacks.test.ts.
// - Replacement (True/False/Conditional) and property details: moto's change sets carry neither
//   (and list every resource as modified on any update).
// - Outputs of a stack created from a change set: moto keeps none, so outputs are tested on a
//   stack created with CreateStack and then updated by deploy.
// - Versioning from a template: moto ignores a bucket's VersioningConfiguration, so the test turns
//   versioning on through the S3 API.
// - In-progress stacks: moto finishes operations at once; test/support/slow-stacks.ts holds them
//   in progress for the interrupted-wait tests.
// - The app's own stacks (Cognito, CloudFront, API Gateway bodies, SAM, nested outputs): not
//   modelled by moto at all, hence small fixture templates.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import {
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  DeleteObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { startMoto, type Moto, MOTO_CLI_ENV, motoClientConfig } from '../support/moto.js';
import { startSlowStacks } from '../support/slow-stacks.js';
import { ROOT, runCliAsync, tempDir } from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'stacks');
const fixture = (name: string): string => join(FIXTURES, name);
const CREDENTIALS = MOTO_CLI_ENV;

describe('stack commands (against moto_server)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let cf: CloudFormationClient;
  let s3: S3Client;
  const cli = (
    args: string[],
    endpoint = moto.endpoint,
    onOutput?: NonNullable<Parameters<typeof runCliAsync>[1]>['onOutput'],
  ) => runCliAsync([...args, '--endpoint', endpoint, '--region', 'us-east-1'], { env: CREDENTIALS, onOutput });
  const status = async (name: string): Promise<string | undefined> => {
    try {
      return (await cf.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0]?.StackStatus;
    } catch {
      return undefined;
    }
  };
  const changeSets = async (name: string): Promise<number> =>
    (await cf.send(new ListChangeSetsCommand({ StackName: name }))).Summaries?.length ?? 0;

  before(async () => {
    moto = await startMoto();
    const config = motoClientConfig(moto);
    cf = new CloudFormationClient(config);
    s3 = new S3Client({ ...config, forcePathStyle: true });
  });
  after(async () => {
    cf.destroy();
    s3.destroy();
    await moto.stop();
  });
  beforeEach(() => moto.reset());

  describe('deploy', () => {
    it('creates a stack: change summary, progress, exit 0', async () => {
      const r = await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes', '--tags', 'team=ops']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /change set to create stack work:/);
      assert.match(r.stdout, /work: 2 to add, 0 to modify, 0 to remove/);
      assert.match(r.stdout, /\+ Add +Queue +AWS::SQS::Queue/);
      assert.match(r.stdout, /stack work is CREATE_COMPLETE/);
      assert.match(r.stderr, /work: 2\/2 resources done +CREATE_COMPLETE/);
      assert.equal(await status('work'), 'CREATE_COMPLETE');
      const stack = (await cf.send(new DescribeStacksCommand({ StackName: 'work' }))).Stacks![0];
      assert.deepEqual(stack.Tags, [{ Key: 'team', Value: 'ops' }]);
    });

    it('an unchanged template is "no changes", exit 0, and leaves no change set behind', async () => {
      assert.equal((await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes'])).code, 0);
      const before = await changeSets('work');
      const r = await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /no changes: stack work already matches/);
      assert.equal(await changeSets('work'), before);
    });

    it('updates a stack with --parameters, keeps what is not given, and prints the outputs', async () => {
      // Created with CreateStack: moto keeps no outputs on stacks created from change sets.
      await cf.send(
        new CreateStackCommand({ StackName: 'work', TemplateBody: readFileSync(fixture('queue.yml'), 'utf8') }),
      );
      const r = await cli([
        'deploy',
        '-t',
        fixture('queue.yml'),
        '-s',
        'work',
        '--parameters',
        'VisibilityTimeout=90',
        '--yes',
        '--json',
      ]);
      assert.equal(r.code, 0, r.stderr);
      const result = JSON.parse(r.stdout) as { status: string; changeSetType: string; outputs: Record<string, string> };
      assert.equal(result.changeSetType, 'UPDATE');
      assert.equal(result.status, 'UPDATE_COMPLETE');
      assert.match(result.outputs.QueueUrl, /work-Queue/);
      assert.match(r.stderr, /~ Modify/);
      const stack = (await cf.send(new DescribeStacksCommand({ StackName: 'work' }))).Stacks![0];
      assert.deepEqual(stack.Parameters, [{ ParameterKey: 'VisibilityTimeout', ParameterValue: '90' }]);
      // Not given again: the deployed value stays.
      const again = await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes']);
      assert.match(again.stdout, /no changes/);
    });

    it('a failing resource: the cause, the stack state, exit 1', async () => {
      const r = await cli(['deploy', '-t', fixture('failing.yml'), '-s', 'broken', '--yes']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /deploy of broken FAILED/);
      assert.match(r.stdout, /cause: .*The REST API doesn't contain any methods/);
      // The empty stack a failed first deploy leaves (REVIEW_IN_PROGRESS) is removed.
      assert.match(r.stdout, /the empty stack it created \(REVIEW_IN_PROGRESS\) was deleted/);
      assert.equal(await status('broken'), undefined);
    });

    it('refuses to prompt without a terminal and creates nothing', async () => {
      const r = await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /stdin is not a terminal.*pass --yes/);
      assert.equal(await status('work'), undefined);
    });

    it('rejects bad input with exit 2 before touching AWS', async () => {
      const cases: [string[], RegExp][] = [
        [
          ['-t', fixture('queue.yml'), '-s', 'work', '--parameters', 'Nope=1'],
          /declares no Nope \(it declares: VisibilityTimeout\)/,
        ],
        [['-t', fixture('queue.yml'), '-s', 'work', '--parameters', 'novalue'], /expected KEY=VALUE or file:\/\/PATH/],
        [['-t', fixture('missing.yml'), '-s', 'work'], /--template .*missing\.yml: no such file/],
        [['-t', fixture('queue.yml'), '-s', '1bad'], /stack name "1bad" is not valid/],
        [['-t', fixture('queue.yml'), '-s', 'work', '--capabilities', 'CAPABILITY_ALL'], /unknown CAPABILITY_ALL/],
        [['-t', fixture('queue.yml')], /--template needs --stack-name/],
      ];
      for (const [args, message] of cases) {
        const r = await cli(['deploy', ...args, '--yes']);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message);
      }
      assert.equal(await status('work'), undefined);
    });

    it(`sends a template over 51,200 bytes through a private S3 bucket`, async () => {
      const dir = tempDir();
      const big = join(dir, 'big.yml');
      const padding = Array.from({ length: 700 }, (_, i) => `# padding line ${i}: ${'x'.repeat(60)}`).join('\n');
      writeFileSync(big, `${padding}\n${readFileSync(fixture('queue.yml'), 'utf8')}`);
      const r = await cli(['deploy', '-t', big, '-s', 'large', '--yes']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /created template bucket mysfits-templates-123456789012-us-east-1/);
      assert.match(r.stdout, /over CloudFormation's 51200-byte inline limit: uploaded to https:\/\/mysfits-templates-/);
      assert.equal(await status('large'), 'CREATE_COMPLETE');
      const block = await s3.send(
        new GetPublicAccessBlockCommand({ Bucket: 'mysfits-templates-123456789012-us-east-1' }),
      );
      assert.equal(block.PublicAccessBlockConfiguration?.BlockPublicPolicy, true);
    });
  });

  describe('deploy --template with local files', () => {
    it('builds and uploads what the template points at, rewrites it, and deploys the nested stack', async () => {
      const r = await cli(['deploy', '-t', fixture('nested-main.yml'), '-s', 'nested', '--yes']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /points at local files \(\.\.\/functions\/seed-table\/, queue\.yml\)/);
      const uploads = [...r.stdout.matchAll(/uploaded (s3:\/\/\S+)/g)].map((m) => m[1]!);
      const zip = uploads.find((u) => /\/nested\/assets\/[0-9a-f]{64}\.zip$/.test(u));
      const child = uploads.find((u) => /\/nested\/templates\/queue\.[0-9a-f]{64}\.yml$/.test(u));
      assert.ok(zip && child, r.stdout);
      // The zip is the one package builds: its name is the sha256 of its bytes.
      const [, bucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(zip)!;
      const body = await (
        await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      ).Body!.transformToByteArray();
      assert.equal(createHash('sha256').update(body).digest('hex'), /([0-9a-f]{64})\.zip$/.exec(key)![1]);
      assert.equal(await status('nested'), 'CREATE_COMPLETE');
      // The child was created from the uploaded queue.yml, with the parameter main passed.
      // (moto's ListStackResources fails on a stack with a nested one: its stacks are listed instead.)
      const stacks = (await cf.send(new DescribeStacksCommand({}))).Stacks ?? [];
      const work = stacks.find((x) => x.StackName !== 'nested' && x.StackName?.includes('Work'));
      assert.ok(work, stacks.map((x) => x.StackName).join(', '));
      assert.deepEqual(work.Parameters, [{ ParameterKey: 'VisibilityTimeout', ParameterValue: '45' }]);
      // Again: nothing new to upload, and no changes.
      const again = await cli(['deploy', '-t', fixture('nested-main.yml'), '-s', 'nested', '--yes']);
      assert.equal(again.code, 0, again.stderr);
      assert.doesNotMatch(again.stdout, /uploaded s3:/);
      assert.match(again.stdout, /already in the bucket/);
    });

    it('builds only the assets the template names (data.yml: the seed function), not every asset package builds', async () => {
      const dir = tempDir();
      const r = await runCliAsync(
        [
          'diff',
          '-t',
          join(ROOT, 'templates', 'data.yml'),
          '-s',
          'data-assets',
          '--endpoint',
          moto.endpoint,
          '--region',
          'us-east-1',
        ],
        { env: CREDENTIALS, cwd: dir },
      );
      assert.equal(r.code, 0, r.stderr);
      // The asset cache (out/.cache, as package's) holds one index per asset built.
      const built = readdirSync(join(dir, 'out', '.cache')).filter((f) => f.endsWith('.json'));
      assert.deepEqual(built, ['function-seed-table.json']);
    });

    it("templates/data.yml: the seed function's CodeUri becomes the packaged zip (moto does not expand SAM)", async () => {
      const r = await cli(['diff', '-t', join(ROOT, 'templates', 'data.yml'), '-s', 'data-only']);
      assert.match(r.stdout, /points at local files \(\.\.\/functions\/seed-table\/\)/);
      assert.match(
        r.stdout,
        /uploaded s3:\/\/mysfits-templates-123456789012-us-east-1\/data-only\/assets\/[0-9a-f]{64}\.zip/,
      );
      // moto has no SAM transform: its change set lists AWS::Serverless::Function unexpanded, so
      // only AWS shows the function created from that zip (docs/launch-test.md). What
      // CloudFormation would reject (a local path as CodeUri) is no longer sent.
      assert.doesNotMatch(r.stdout + r.stderr, /\.\.\/functions\/seed-table\/ is not a valid S3 Uri/i);
    });
  });

  describe('diff', () => {
    it('prints the changes of an update, then deletes the change set; nothing runs', async () => {
      await cf.send(
        new CreateStackCommand({ StackName: 'work', TemplateBody: readFileSync(fixture('queue.yml'), 'utf8') }),
      );
      const r = await cli(['diff', '-t', fixture('queue.yml'), '-s', 'work', '--parameters', 'VisibilityTimeout=5']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /change set to update stack work:/);
      assert.match(r.stdout, /change set deleted: nothing was executed/);
      assert.equal(await changeSets('work'), 0);
      const stack = (await cf.send(new DescribeStacksCommand({ StackName: 'work' }))).Stacks![0];
      assert.equal(stack.StackStatus, 'CREATE_COMPLETE');
      assert.deepEqual(stack.Parameters, [{ ParameterKey: 'VisibilityTimeout', ParameterValue: '30' }]);
    });

    it('for a new stack, prints what would be added and leaves no stack behind', async () => {
      const r = await cli(['diff', '-t', fixture('queue.yml'), '-s', 'fresh', '--json']);
      assert.equal(r.code, 0, r.stderr);
      const plan = JSON.parse(r.stdout) as { changeSetType: string; changes: { changes: { action: string }[] }[] };
      assert.equal(plan.changeSetType, 'CREATE');
      assert.deepEqual(
        plan.changes[0].changes.map((c) => c.action),
        ['Add', 'Add'],
      );
      assert.equal(await status('fresh'), undefined);
    });
  });

  describe('outputs', () => {
    it('prints a table, or JSON; a missing stack is exit 1', async () => {
      await cf.send(
        new CreateStackCommand({ StackName: 'work', TemplateBody: readFileSync(fixture('queue.yml'), 'utf8') }),
      );
      const table = await cli(['outputs', '-s', 'work']);
      assert.equal(table.code, 0, table.stderr);
      assert.match(table.stdout, /QueueUrl +https:\/\/sqs\.us-east-1\.amazonaws\.com\/123456789012\/work-Queue/);
      const json = await cli(['outputs', '-s', 'work', '--json']);
      assert.deepEqual(Object.keys(JSON.parse(json.stdout) as object).sort(), ['QueueUrl', 'ResultsBucket']);
      const missing = await cli(['outputs', '-s', 'nothing']);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /stack nothing does not exist/);
    });
  });

  describe('destroy', () => {
    it('empties a versioned bucket (versions and delete markers), keeps retained data, says how to remove it', async () => {
      assert.equal((await cli(['deploy', '-t', fixture('store.yml'), '-s', 'store', '--yes'])).code, 0);
      const { StackResourceSummaries: summaries } = await cf.send(
        new ListStackResourcesCommand({ StackName: 'store' }),
      );
      const physical = (id: string): string => summaries!.find((s) => s.LogicalResourceId === id)!.PhysicalResourceId!;
      const uploads = physical('Uploads');
      const archive = physical('Archive');
      await s3.send(
        new PutBucketVersioningCommand({ Bucket: uploads, VersioningConfiguration: { Status: 'Enabled' } }),
      );
      await s3.send(new PutObjectCommand({ Bucket: uploads, Key: 'a.txt', Body: 'one' }));
      await s3.send(new PutObjectCommand({ Bucket: uploads, Key: 'a.txt', Body: 'two' }));
      await s3.send(new DeleteObjectCommand({ Bucket: uploads, Key: 'a.txt' }));
      await s3.send(new PutObjectCommand({ Bucket: archive, Key: 'keep.txt', Body: 'kept' }));
      const before = await s3.send(new ListObjectVersionsCommand({ Bucket: uploads }));
      assert.equal(before.Versions?.length, 2);
      assert.equal(before.DeleteMarkers?.length, 1);

      const r = await cli(['destroy', '-s', 'store', '--yes']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`empties bucket ${uploads} \\(store Uploads\\): every version`));
      assert.match(r.stdout, new RegExp(`emptied ${uploads}: 2 object version\\(s\\), 1 delete marker\\(s\\)`));
      assert.match(r.stdout, /deleted store/);
      assert.match(r.stdout, new RegExp(`AWS::S3::Bucket ${archive} \\(store Archive\\): DeletionPolicy: Retain`));
      assert.match(r.stdout, /remove: aws dynamodb delete-table --table-name store-Table-/);
      assert.match(
        r.stdout,
        /note: ECR repository \S+ \(store Images\) has no EmptyOnDelete: if it holds images its deletion fails/,
      );
      assert.equal(await status('store'), undefined);
      // The retained bucket was not emptied: its data is still there.
      const kept = await s3.send(new GetObjectCommand({ Bucket: archive, Key: 'keep.txt' }));
      assert.equal(await kept.Body?.transformToString(), 'kept');
      await assert.rejects(s3.send(new HeadBucketCommand({ Bucket: uploads })));
    });

    it('deletes a stack that imports an export before the exporting stack', async () => {
      for (const [name, file] of [
        ['network', 'exporter.yml'],
        ['app', 'importer.yml'],
      ]) {
        // CreateStack: moto registers exports only for stacks created that way.
        await cf.send(
          new CreateStackCommand({
            StackName: name,
            TemplateBody: readFileSync(fixture(file), 'utf8'),
            Capabilities: ['CAPABILITY_IAM'],
          }),
        );
      }
      const refused = await cli(['destroy', '-s', 'network', '--yes']);
      assert.equal(refused.code, 1);
      assert.match(
        refused.stderr,
        /stack app imports shared-queue-arn from network: destroy app first, or name it too/,
      );
      const r = await cli(['destroy', '-s', 'network', '-s', 'app', '--yes']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /in this order.*\n {2}app: .*\n(.*\n)* {2}network: /);
      assert.ok(r.stdout.indexOf('deleted app') < r.stdout.indexOf('deleted network'));
    });

    it('a stack that does not exist is nothing to do (exit 0); no terminal and no --yes is exit 2', async () => {
      const r = await cli(['destroy', '-s', 'ghost', '--yes']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /stack ghost does not exist .*nothing to delete/);
      const json = await cli(['destroy', '-s', 'ghost', '--yes', '--json']);
      assert.deepEqual(JSON.parse(json.stdout), { deleted: [], emptied: [], retained: [], missing: ['ghost'] });
      const noTty = await cli(['destroy', '-s', 'ghost']);
      assert.equal(noTty.code, 2);
      assert.match(noTty.stderr, /pass --yes/);
    });
  });

  describe('interrupted waits, resumed by re-running', () => {
    it('deploy: Ctrl-C stops watching; the re-run attaches, waits, then finds no changes', async () => {
      const slow = await startSlowStacks(moto.endpoint, 2500);
      try {
        const first = await cli(
          ['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes'],
          slow.endpoint,
          (out, err, child) => {
            if (/CREATE_IN_PROGRESS/.test(err.split('executing')[1] ?? err) && out.includes('executing'))
              child.kill('SIGINT');
          },
        );
        assert.equal(first.code, 130, first.stdout + first.stderr);
        assert.match(
          first.stderr,
          /stopped watching\. The deployment goes on in CloudFormation: run the same command again/,
        );
        const second = await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes'], slow.endpoint);
        assert.equal(second.code, 0, second.stderr);
        assert.match(second.stdout, /stack work is CREATE_IN_PROGRESS .*attaching until it settles/);
        assert.match(second.stdout, /stack work settled: CREATE_COMPLETE/);
        assert.match(second.stdout, /no changes/);
      } finally {
        await slow.close();
      }
    });

    it('destroy: Ctrl-C stops watching; the re-run waits for the deletion already under way', async () => {
      assert.equal((await cli(['deploy', '-t', fixture('queue.yml'), '-s', 'work', '--yes'])).code, 0);
      const slow = await startSlowStacks(moto.endpoint, 2500);
      try {
        const first = await cli(['destroy', '-s', 'work', '--yes'], slow.endpoint, (out, _err, child) => {
          if (!child.killed && out.includes('deleting work')) child.kill('SIGINT');
        });
        assert.equal(first.code, 130, first.stdout + first.stderr);
        assert.match(first.stderr, /The deletion goes on in CloudFormation/);
        const second = await cli(['destroy', '-s', 'work', '--yes'], slow.endpoint);
        assert.equal(second.code, 0, second.stderr);
        assert.match(second.stdout, /work: 2 resources \(already being deleted: will wait\)/);
        assert.match(second.stdout, /deleted work/);
        assert.equal(await status('work'), undefined);
      } finally {
        await slow.close();
      }
    });
  });

  it('an --endpoint that is not answering is said in words, exit 1', async () => {
    const r = await cli(['destroy', '-s', 'anything', '--yes'], 'http://127.0.0.1:1');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nothing is answering at 127\.0\.0\.1:1 \(connection refused\): is the --endpoint running/);
  });

  it('every stack command has --help', async () => {
    for (const command of ['deploy', 'diff', 'outputs', 'destroy']) {
      const r = await runCliAsync([command, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`Usage: mysfits ${command} `));
      assert.match(r.stdout, /--region REGION/);
    }
  });
});
