// `mysfits outputs --save-templates DIR`, what the pipeline's build runs per stage before its change
// review: against moto_server for a stack and a stack that does not exist (a first deploy), then
// `review --against` on what it wrote. moto cannot list a nested stack's resources, so the
// nested tree (names from the parent's packaged TemplateURL) is read through a stand-in client
// answering ListStackResources and GetTemplate in the API Reference's shapes.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateStackCommand,
  waitUntilStackCreateComplete,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { saveDeployedTemplates } from '../../generator/aws/deployed-templates.js';
import { CHANGES_FILE } from '../../generator/review/changes.js';
import { startMoto, type Moto, MOTO_CLI_ENV, motoClientConfig } from '../support/moto.js';
import { ROOT, runCliAsync, tempDir } from '../helpers.js';

const QUEUE = readFileSync(join(ROOT, 'test', 'fixtures', 'stacks', 'queue.yml'), 'utf8');

describe('mysfits outputs --save-templates (against moto_server)', function () {
  this.timeout(180_000);
  let moto: Moto | undefined;
  let dir: string;
  const cli = (...args: string[]) => runCliAsync(args, { cwd: dir, env: MOTO_CLI_ENV });
  const aws = ['--endpoint', '', '--region', 'us-east-1'];

  before(async () => {
    moto = await startMoto();
    aws[1] = moto.endpoint;
    dir = tempDir('mysfits-save-templates-');
    const cf = new CloudFormationClient(motoClientConfig(moto));
    try {
      await cf.send(new CreateStackCommand({ StackName: 'shop', TemplateBody: QUEUE }));
      await waitUntilStackCreateComplete({ client: cf, maxWaitTime: 60 }, { StackName: 'shop' });
    } finally {
      cf.destroy();
    }
  });
  after(async () => {
    await moto?.stop();
  });

  it("writes the stack's template as main.yml, and prints its outputs as before", async () => {
    const r = await cli('outputs', '--stack-name', 'shop', '--save-templates', join(dir, 'deployed'), '--json', ...aws);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(join(dir, 'deployed')), ['main.yml']);
    assert.equal(readFileSync(join(dir, 'deployed', 'main.yml'), 'utf8').trim(), QUEUE.trim());
    assert.equal(typeof JSON.parse(r.stdout), 'object');
    assert.match(r.stderr, /wrote main\.yml \(shop\)/);
  });

  it('a stack not there yet (a first deploy): exit 0, the folder made and left empty; review takes it as nothing deployed', async () => {
    const r = await cli('outputs', '--stack-name', 'not-yet', '--save-templates', join(dir, 'first'), ...aws);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /stack not-yet does not exist .*a first deploy/);
    assert.deepEqual(readdirSync(join(dir, 'first')), []);
    // Without --save-templates a missing stack is still an error.
    assert.equal((await cli('outputs', '--stack-name', 'not-yet', ...aws)).code, 1);

    writeFileSync(join(dir, 'new.yml'), QUEUE);
    const review = await cli(
      'review',
      '--templates',
      join(dir, 'new.yml'),
      '--against',
      join(dir, 'first'),
      '--packs',
      'none',
      '--skip-lint',
      '--out',
      join(dir, 'review'),
      '--fail-on',
      'error',
    );
    assert.equal(review.code, 0, review.stderr);
    assert.match(review.stderr, /holds no template: nothing deployed yet/);
    const lines = readFileSync(join(dir, 'review', CHANGES_FILE), 'utf8');
    assert.match(lines, /^changes: 2 added, 0 removed/m);
    assert.match(lines, /^cost: \$0\.00 → \$[\d.]+ a month \(\+\$[\d.]+\)$/m);
  });

  it('a denied read fails (exit 1) and writes nothing', async () => {
    // A malformed endpoint answer stands for any error other than "does not exist".
    const r = await runCliAsync(
      [
        'outputs',
        '--stack-name',
        'shop',
        '--save-templates',
        join(dir, 'denied'),
        '--endpoint',
        'http://127.0.0.1:9',
        '--region',
        'us-east-1',
      ],
      { cwd: dir, env: MOTO_CLI_ENV },
    );
    assert.notEqual(r.code, 0);
    assert.equal(existsSync(join(dir, 'denied', 'main.yml')), false);
  });
});

describe('saveDeployedTemplates: nested stacks (stand-in client)', () => {
  const id = (name: string) => `arn:aws:cloudformation:us-east-1:123456789012:stack/${name}/1`;
  const ROOT_BODY = `Resources:
  Core:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: !Sub https://mysfits-artifacts-\${AWS::Region}.s3.\${AWS::Region}.\${AWS::URLSuffix}/mysfits/templates/core.${'a'.repeat(64)}.yml
`;
  const CORE_BODY = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n';
  const standIn = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = String(command.input.StackName);
      switch (command.constructor.name) {
        case 'DescribeStacksCommand':
          return {
            Stacks: [
              {
                StackName: name.includes('Core') ? 'shop-Core-X' : 'shop',
                StackId: id(name.includes('Core') ? 'shop-Core-X' : 'shop'),
              } as Stack,
            ],
          };
        case 'ListStackResourcesCommand':
          return {
            StackResourceSummaries:
              name === id('shop')
                ? [
                    {
                      LogicalResourceId: 'Core',
                      ResourceType: 'AWS::CloudFormation::Stack',
                      PhysicalResourceId: id('shop-Core-X'),
                    },
                  ]
                : [{ LogicalResourceId: 'Queue', ResourceType: 'AWS::SQS::Queue', PhysicalResourceId: 'q' }],
          };
        case 'GetTemplateCommand':
          assert.equal(command.input.TemplateStage, 'Original');
          return { TemplateBody: name === id('shop') ? ROOT_BODY : CORE_BODY };
        default:
          throw new Error(`unexpected ${command.constructor.name}`);
      }
    },
  } as unknown as CloudFormationClient;

  it('names each nested template after its TemplateURL without the package hash (core.<sha256>.yml is core.yml)', async () => {
    const dir = tempDir('mysfits-nested-save-');
    const saved = await saveDeployedTemplates(standIn, 'shop', dir);
    assert.deepEqual(saved.files, [
      { file: 'main.yml', stack: 'shop' },
      { file: 'core.yml', stack: 'shop/Core' },
    ]);
    assert.deepEqual(readdirSync(dir).sort(), ['core.yml', 'main.yml']);
    assert.equal(readFileSync(join(dir, 'core.yml'), 'utf8'), CORE_BODY);
  });
});
