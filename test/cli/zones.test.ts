// `mysfits zones` as the pipeline's build runs it per stage (the bundled CLI in a child process),
// against moto_server on 127.0.0.1: the stage's AvailabilityZones as `mysfits deploy` plans them,
// written as CloudFormation's template configuration file for the stage's change set action.
//
// moto answers DescribeStacks (the stack's parameters), DescribeAvailabilityZones (moto maps
// us-east-1e to use1-az3, which the API Gateway guide leaves out of VPC links V2) and
// DescribeVpcEndpointServices (it has no com.amazonaws.us-east-1.cognito-idp service, so
// natGateways none is refused there, as AWS would in a region without it). What moto cannot show
// is CodePipeline reading the file: docs/launch-test.md.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { ZONES_PARAMETER } from '../../generator/config/zones.js';
import { runCliAsync, tempDir } from '../helpers.js';
import { MOTO_CLI_ENV, motoClientConfig, startMoto, type Moto } from '../support/moto.js';

/** A stack of the two kinds that exist: made with the parameter (its value given), or before it. */
const template = (withParameter: boolean): string =>
  JSON.stringify({
    ...(withParameter ? { Parameters: { [ZONES_PARAMETER]: { Type: 'String', Default: '' } } } : {}),
    Resources: { Marker: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'x' } } },
  });

describe('mysfits zones (against moto_server)', function () {
  this.timeout(120_000);
  let moto: Moto;
  let cf: CloudFormationClient;
  let dir: string;

  /** Runs zones in `dir` with `config` as its config file. */
  const zones = (config: unknown, args: string[]) => {
    writeFileSync(join(dir, 'mysfits.json'), JSON.stringify(config));
    return runCliAsync(
      ['zones', '--config', 'mysfits.json', ...args, '--region', 'us-east-1', '--endpoint', moto.endpoint],
      { cwd: dir, env: MOTO_CLI_ENV },
    );
  };
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

  before(async () => {
    moto = await startMoto();
    cf = new CloudFormationClient(motoClientConfig(moto));
    const stacks: [string, boolean, string?][] = [
      ['chosen-before', true, 'us-east-1c,us-east-1d'],
      ['older', false],
    ];
    for (const [name, withParameter, value] of stacks) {
      // (A retried CreateStack on a loaded machine finds its first attempt's stack: that is the one.)
      await cf
        .send(
          new CreateStackCommand({
            StackName: name,
            TemplateBody: template(withParameter),
            Parameters: value ? [{ ParameterKey: ZONES_PARAMETER, ParameterValue: value }] : undefined,
          }),
        )
        .catch((err: Error) => {
          if (err.name !== 'AlreadyExistsException') throw err;
        });
    }
  });
  after(async () => {
    cf?.destroy();
    await moto?.stop();
  });
  beforeEach(() => {
    dir = tempDir('mysfits-zones-');
  });

  it('a new stack: the pair chosen by zone ID (use1-az3 skipped), written as the template configuration', async () => {
    const r = await zones({}, ['--stack-name', 'new-stage', '--template-config', 'template-config/staging.json']);
    assert.equal(r.code, 0, r.stderr);
    const pair = /availability zones: (us-east-1\w), (us-east-1\w) \(chosen by zone ID\)\n/.exec(r.stdout);
    assert.ok(pair, r.stdout);
    assert.match(r.stdout, /^stack new-stage in us-east-1 at http:\/\/127\.0\.0\.1:\d+:\n/);
    assert.match(r.stdout, /\n {2}skipped us-east-1e \(use1-az3\): VPC link V2 \(API Gateway\): not in use1-az3/);
    assert.ok(!pair.slice(1).includes('us-east-1e'));
    assert.deepEqual(read('template-config/staging.json'), {
      Parameters: { [ZONES_PARAMETER]: `${pair[1]},${pair[2]}` },
    });
    assert.match(
      r.stderr,
      new RegExp(`wrote template-config/staging.json \\(AvailabilityZones="${pair[1]},${pair[2]}"\\)`),
    );
  });

  it("a stack that exists: its own value, written explicitly (the action would fall back to the template's default)", async () => {
    const r = await zones({}, ['--stack-name', 'chosen-before', '--template-config', 'prod.json', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(read('prod.json'), { Parameters: { [ZONES_PARAMETER]: 'us-east-1c,us-east-1d' } });
    assert.deepEqual(JSON.parse(r.stdout), {
      stackName: 'chosen-before',
      region: 'us-east-1',
      availabilityZones: { source: 'kept', zones: ['us-east-1c', 'us-east-1d'], skipped: [] },
      parameters: { [ZONES_PARAMETER]: 'us-east-1c,us-east-1d' },
      templateConfig: 'prod.json',
    });
  });

  it("a stack from before the parameter keeps '' (the region's first two zones, as it has them), written explicitly", async () => {
    const r = await zones({}, ['--stack-name', 'older', '--template-config', 'older.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(read('older.json'), { Parameters: { [ZONES_PARAMETER]: '' } });
    assert.match(r.stdout, /kept as the stack has them \(the region's first two, from before zones were chosen\)/);
  });

  it('the default stack is appName of the config; a pinned pair is checked and written', async () => {
    const r = await zones({ appName: 'pinapp', network: { availabilityZones: ['us-east-1d', 'us-east-1a'] } }, [
      '--template-config',
      'pin.json',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { stackName: string; availabilityZones: { source: string } };
    assert.equal(out.stackName, 'pinapp');
    assert.equal(out.availabilityZones.source, 'pinned');
    assert.deepEqual(read('pin.json'), { Parameters: { [ZONES_PARAMETER]: 'us-east-1d,us-east-1a' } });
  });

  describe('refuses as deploy does: exit 2, nothing written', () => {
    const refused = async (config: unknown, stackName: string) => {
      const r = await zones(config, ['--stack-name', stackName, '--template-config', 'out/zones.json']);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(existsSync(join(dir, 'out')), false, 'nothing written');
      assert.equal(r.stdout, '');
      return r;
    };

    it('a pinned zone whose ID lacks VPC link V2 (moto maps us-east-1e to use1-az3)', async () => {
      const r = await refused({ network: { availabilityZones: ['us-east-1e', 'us-east-1a'] } }, 'new-stage');
      assert.match(r.stderr, /mysfits\.json: network\.availabilityZones cannot hold the app's subnets in us-east-1:/);
      assert.match(r.stderr, /us-east-1e \(use1-az3\): VPC link V2 \(API Gateway\): not in use1-az3/);
    });

    it("a pin that differs from an existing stack's zones (moving would replace both subnets)", async () => {
      const r = await refused({ network: { availabilityZones: ['us-east-1a', 'us-east-1b'] } }, 'chosen-before');
      assert.match(r.stderr, /stack chosen-before exists with its subnets in us-east-1c, us-east-1d/);
    });

    it('natGateways none where the cognito-idp endpoint service is missing (moto has none), naming the fix', async () => {
      const r = await refused({ network: { natGateways: 'none' } }, 'new-stage');
      assert.match(r.stderr, /region us-east-1 offers no com\.amazonaws\.us-east-1\.cognito-idp endpoint service/);
      assert.match(r.stderr, /Set network\.natGateways to "single"/);
    });

    it('a lambda config: no subnets, so no zones to plan', async () => {
      const r = await refused({ service: { compute: 'lambda' } }, 'new-stage');
      assert.match(r.stderr, /service\.compute is lambda: the app's stack has no subnets/);
    });
  });
});
