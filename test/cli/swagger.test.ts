// mysfits swagger, run as a user runs it.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { ROOT, runCli, runCliAsync, tempDir } from '../helpers.js';
import { startMoto, type Moto } from '../support/moto.js';

const OUTPUTS = {
  VpcLinkId: 'abc123',
  LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits-nlb/0123456789abcdef',
  LoadBalancerDnsName: 'internal-mysfits-0123456789.elb.eu-west-1.amazonaws.com',
  UserPoolArn: 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123',
  SiteUrl: 'https://d111111abcdef8.cloudfront.net',
  ApiUrl: 'https://x.execute-api.eu-west-1.amazonaws.com/prod',
};
const asList = Object.entries(OUTPUTS).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue }));

describe('mysfits swagger', () => {
  const shapes: [string, unknown][] = [
    ['a plain object of outputs', OUTPUTS],
    ['an Outputs list', asList],
    ['the answer of describe-stacks', { Stacks: [{ StackName: 'mysfits', Outputs: asList }] }],
  ];
  for (const [what, content] of shapes) {
    it(`writes a concrete, importable document from ${what}`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'outputs.json'), JSON.stringify(content));
      const r = runCli(['swagger', '--outputs', 'outputs.json'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /wrote api-swagger\.json: 10 routes/);
      assert.match(r.stdout, /import-rest-api .*--fail-on-warnings/);
      const text = readFileSync(join(dir, 'api-swagger.json'), 'utf8');
      assert.doesNotMatch(text, /\$\{/, 'a placeholder left');
      assert.match(text, /"connectionId": "abc123"/);
      assert.match(text, /"http:\/\/internal-mysfits-0123456789\.elb\.eu-west-1\.amazonaws\.com\/mysfits"/);
      assert.match(text, /"'https:\/\/d111111abcdef8\.cloudfront\.net'"/);
    });
  }

  it("follows a lambda-mode stack's outputs: proxies to its function, in its partition and region", () => {
    const dir = tempDir();
    const lambda = {
      ServiceFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysfits-ServiceFunction-AbC',
      UserPoolArn: OUTPUTS.UserPoolArn,
      SiteUrl: OUTPUTS.SiteUrl,
      Region: 'eu-west-1',
    };
    writeFileSync(join(dir, 'outputs.json'), JSON.stringify(lambda));
    const r = runCli(['swagger', '--outputs', 'outputs.json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(join(dir, 'api-swagger.json'), 'utf8');
    assert.doesNotMatch(text, /\$\{/, 'a placeholder left');
    assert.doesNotMatch(text, /VPC_LINK/);
    assert.match(
      text,
      /"uri": "arn:aws:apigateway:eu-west-1:lambda:path\/2015-03-31\/functions\/arn:aws:lambda:eu-west-1:123456789012:function:mysfits-ServiceFunction-AbC\/invocations"/,
    );
    // Without Region, the pseudo parameter is missing and named.
    const { Region: _, ...noRegion } = lambda;
    writeFileSync(join(dir, 'outputs.json'), JSON.stringify(noRegion));
    const missing = runCli(['swagger', '--outputs', 'outputs.json', '--out', 'other.json'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /AWS::Region \(a pseudo parameter\)/);
  });

  const bad: [string, string, RegExp][] = [
    ['a missing output', JSON.stringify({ ...OUTPUTS, SiteUrl: undefined }), /missing value for SiteUrl/],
    [
      'a value of the wrong form (before it reaches the document)',
      JSON.stringify({ ...OUTPUTS, UserPoolArn: 'not-an-arn' }),
      /UserPoolArn: "not-an-arn" is not a Cognito user pool ARN/,
    ],
    ['malformed JSON', '{ "VpcLinkId": ', /malformed JSON/],
    ['a non-string value', JSON.stringify({ ...OUTPUTS, VpcLinkId: 7 }), /VpcLinkId: value must be a string/],
  ];
  for (const [what, text, expected] of bad) {
    it(`rejects ${what}: exit 2, the problem named, nothing written`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'outputs.json'), text);
      const r = runCli(['swagger', '--outputs', 'outputs.json', '--out', 'api.json'], { cwd: dir });
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, expected);
      assert.match(r.stderr, /Nothing was written\./);
      assert.equal(existsSync(join(dir, 'api.json')), false);
    });
  }

  it('requires --stack or --outputs, with a pointer to --help', () => {
    const r = runCli(['swagger']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--stack-name NAME or --outputs FILE is required/);
    assert.match(r.stderr, /mysfits swagger --help/);
  });

  it('has --help', () => {
    const r = runCli(['swagger', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: mysfits swagger \[options\]/);
    assert.match(r.stdout, /--outputs FILE/);
    assert.match(
      r.stdout,
      /VpcLinkId, LoadBalancerArn, LoadBalancerDnsName, ServiceFunctionArn, UserPoolArn, SiteUrl, ClicksStreamName, ClicksRoleArn, and Region/,
    );
  });
});

describe('mysfits swagger --stack (against moto)', () => {
  let moto: Moto;
  before(async function () {
    this.timeout(60_000);
    moto = await startMoto();
    const cf = new CloudFormationClient({
      endpoint: moto.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const values = { ...OUTPUTS } as Record<string, string>;
    delete values.ApiUrl;
    await cf.send(
      new CreateStackCommand({
        StackName: 'mysfits',
        TemplateBody: readFileSync(join(ROOT, 'test', 'fixtures', 'stacks', 'app-outputs.yml'), 'utf8'),
        Parameters: Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })),
      }),
    );
    cf.destroy();
  });
  after(async () => moto?.stop());

  const aws = (): string[] => ['--region', 'eu-west-1', '--endpoint', moto.endpoint];

  it("renders the document from the deployed stack's outputs", async () => {
    const dir = tempDir();
    const r = await runCliAsync(['swagger', '--stack', 'mysfits', ...aws()], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /values from the outputs of stack mysfits/);
    const text = readFileSync(join(dir, 'api-swagger.json'), 'utf8');
    assert.doesNotMatch(text, /\$\{/, 'a placeholder left');
    assert.match(text, /"connectionId": "abc123"/);
  });

  it('a stack that does not exist: exit 1, named, nothing written', async () => {
    const dir = tempDir();
    const r = await runCliAsync(['swagger', '--stack', 'nope', ...aws()], { cwd: dir });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /stack nope does not exist in eu-west-1/);
    assert.equal(existsSync(join(dir, 'api-swagger.json')), false);
  });

  it('--stack and --outputs together are a usage error', async () => {
    const r = await runCliAsync(['swagger', '--stack', 'mysfits', '--outputs', 'x.json', ...aws()]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /either --outputs FILE or --stack-name NAME, not both/);
  });
});
