// `mysfits pipeline deploy` against moto_server: the change-set flow of `deploy --template`
// (prepared, executed, watched; unchanged is "no changes") on the stack appName-pipeline from
// templates/pipeline.yml. moto cannot create pipeline.yml's own resources (CodePipeline, CodeBuild
// and CodeConnections through CloudFormation), so a small fixture stands in for the template;
// pipeline.yml itself is judged by cfn-lint and the rule packs (test/templates).
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
  waitUntilStackCreateComplete,
} from '@aws-sdk/client-cloudformation';
import {
  buildPipelineRegion,
  PIPELINE_REGION_TEMPLATE,
  REGION_BUCKET_OUTPUT,
  regionBucketParameter,
} from '../../generator/builders/pipeline.js';
import { validateConfig } from '../../generator/config/load.js';
import { toYaml } from '../../generator/core/emit.js';
import { startMoto, type Moto, MOTO_CLI_ENV, motoClientConfig } from '../support/moto.js';
import { ROOT, runCliAsync, tempDir } from '../helpers.js';

const CREDENTIALS = MOTO_CLI_ENV;

describe('mysfits pipeline deploy (against moto_server)', function () {
  this.timeout(120_000);
  let moto: Moto | undefined;
  let dir: string;
  const cli = (...args: string[]) =>
    runCliAsync(['pipeline', 'deploy', ...args, '--endpoint', moto!.endpoint, '--region', 'us-east-1'], {
      cwd: dir,
      env: CREDENTIALS,
    });

  before(async () => {
    moto = await startMoto();
    dir = tempDir('mysfits-pipeline-deploy-');
    writeFileSync(join(dir, 'mysfits.config.json'), JSON.stringify({ appName: 'shop' }));
    mkdirSync(join(dir, 'templates'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'stacks', 'queue.yml'), join(dir, 'templates', 'pipeline.yml'));
  });
  after(async () => {
    await moto?.stop();
  });

  it('creates appName-pipeline from templates/pipeline.yml through a change set, then finds no changes', async () => {
    const first = await cli('--config', join(dir, 'mysfits.config.json'), '--yes', '--json');
    assert.equal(first.code, 0, first.stderr);
    const json = JSON.parse(first.stdout) as Record<string, unknown>;
    assert.equal(json.stackName, 'shop-pipeline');
    assert.equal(json.changeSetType, 'CREATE');
    assert.equal(json.status, 'CREATE_COMPLETE');
    const cf = new CloudFormationClient(motoClientConfig(moto!));
    try {
      const { Stacks } = await cf.send(new DescribeStacksCommand({ StackName: 'shop-pipeline' }));
      assert.equal(Stacks?.[0]?.StackStatus, 'CREATE_COMPLETE');
    } finally {
      cf.destroy();
    }
    const again = await cli('--config', join(dir, 'mysfits.config.json'), '--yes', '--json');
    assert.equal(again.code, 0, again.stderr);
    assert.equal((JSON.parse(again.stdout) as Record<string, unknown>).status, 'UNCHANGED');
  });

  it('without a generated pipeline.yml: exit 2 naming the file, no stack', async () => {
    const r = await cli('--template', join(dir, 'missing.yml'), '--stack-name', 'other-pipeline', '--yes');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.yml: no such file/);
  });

  it('refuses to execute without --yes when stdin is not a terminal (exit 2), before any call', async () => {
    const r = await cli('--stack-name', 'shop-pipeline', '--config', join(dir, 'mysfits.config.json'));
    assert.equal(r.code, 2, r.stderr);
  });
});

describe('mysfits pipeline deploy with a stage in another region (against moto_server)', function () {
  this.timeout(180_000);
  let moto: Moto | undefined;
  let dir: string;
  const config = () => join(dir, 'mysfits.config.json');
  const cli = (region: string, ...args: string[]) =>
    runCliAsync(
      ['pipeline', 'deploy', '--config', config(), ...args, '--endpoint', moto!.endpoint, '--region', region],
      {
        cwd: dir,
        env: CREDENTIALS,
      },
    );

  before(async () => {
    moto = await startMoto();
    dir = tempDir('mysfits-pipeline-regions-');
    writeFileSync(
      config(),
      JSON.stringify({
        appName: 'shop',
        pipeline: {
          enabled: true,
          stages: [
            { name: 'staging', approval: false },
            { name: 'prod', region: 'eu-west-1' },
          ],
        },
      }),
    );
    mkdirSync(join(dir, 'templates'));
    // pipeline.yml stands in (moto cannot create CodePipeline); pipeline-region.yml is the real one.
    writeFileSync(
      join(dir, 'templates', 'pipeline.yml'),
      `Parameters:\n  ${regionBucketParameter('eu-west-1')}:\n    Type: String\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n`,
    );
    const c = validateConfig(JSON.parse(readFileSync(config(), 'utf8')) as unknown, 'test');
    const store = toYaml(buildPipelineRegion(c));
    writeFileSync(join(dir, 'templates', PIPELINE_REGION_TEMPLATE), store);
    // moto keeps no outputs on a stack created from a change set (see test/cli/stacks.test.ts):
    // the store is created with CreateStack, so deploy finds it unchanged and reads its output,
    // as a second `pipeline deploy` does in AWS.
    const eu = new CloudFormationClient(motoClientConfig(moto, 'eu-west-1'));
    try {
      await eu.send(new CreateStackCommand({ StackName: 'shop-pipeline-artifacts', TemplateBody: store }));
      await waitUntilStackCreateComplete({ client: eu, maxWaitTime: 60 }, { StackName: 'shop-pipeline-artifacts' });
    } finally {
      eu.destroy();
    }
  });
  after(async () => {
    await moto?.stop();
  });

  it("outside the pipeline's region: exit 2 naming it, nothing deployed", async () => {
    const r = await cli('eu-west-1', '--yes');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /deploy it there: --region us-east-1 \(not eu-west-1\)/);
  });

  it("deploys pipeline-region.yml to the stage's region first and passes its bucket to pipeline.yml", async () => {
    const r = await cli('us-east-1', '--yes', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as Record<string, unknown>).stackName, 'shop-pipeline');
    const eu = new CloudFormationClient(motoClientConfig(moto!, 'eu-west-1'));
    const us = new CloudFormationClient(motoClientConfig(moto!, 'us-east-1'));
    try {
      const store = (await eu.send(new DescribeStacksCommand({ StackName: 'shop-pipeline-artifacts' }))).Stacks![0]!;
      const bucket = store.Outputs?.find((o) => o.OutputKey === REGION_BUCKET_OUTPUT)?.OutputValue;
      assert.ok(bucket, 'the store in eu-west-1 names its bucket');
      const pipeline = (await us.send(new DescribeStacksCommand({ StackName: 'shop-pipeline' }))).Stacks![0]!;
      assert.deepEqual(pipeline.Parameters, [{ ParameterKey: 'ArtifactBucketEuWest1', ParameterValue: bucket }]);
    } finally {
      eu.destroy();
      us.destroy();
    }
  });
});
