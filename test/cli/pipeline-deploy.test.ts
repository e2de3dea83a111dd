// `mysfits pipeline deploy` against moto_server: the change-set flow of `deploy --template`
// (prepared, executed, watched; unchanged is "no changes") on the stack appName-pipeline from
// templates/pipeline.yml. moto cannot create pipeline.yml's own resources (CodePipeline, CodeBuild
// and CodeConnections through CloudFormation), so a small fixture stands in for the template;
// pipeline.yml itself is judged by cfn-lint and the rule packs (test/templates).
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
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
