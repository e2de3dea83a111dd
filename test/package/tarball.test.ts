// The CLI as a package: `npm pack`'s tarball (with the assets prepack builds) installed into an
// empty folder, and run there as a user outside this repository runs it: generate, package,
// deploy --help and review, the last on templates nobody here wrote. Only the package's
// dependencies are installed, so a dev dependency needed at run time fails here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PREBUILT_DIR, PREBUILT_IDS } from '../../generator/package/assets.js';
import { ROOT, tempDir } from '../helpers.js';

/** The size the tarball must stay under. */
const MAX_TARBALL_BYTES = 5 * 1024 * 1024;
const NPM = existsSync(join(dirname(process.execPath), 'npm')) ? join(dirname(process.execPath), 'npm') : 'npm';

function run(command: string, args: string[], cwd: string, timeout = 300_000) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

// Templates in other people's style: not made by the builders, each with something to find.
const FOREIGN: Record<string, string> = {
  'bucket.yml': `AWSTemplateFormatVersion: '2010-09-09'
Description: A plain bucket, as a console user writes it
Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'uploads-\${AWS::AccountId}'
`,
  'open-sg.json': JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { VpcId: { Type: 'AWS::EC2::VPC::Id' } },
      Resources: {
        WideOpen: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'ssh from anywhere',
            VpcId: { Ref: 'VpcId' },
            SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }],
          },
        },
      },
    },
    null,
    2,
  ),
  'admin-role.yaml': `Resources:
  Admin:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
`,
  'sam-function.yml': `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Hello:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => ({ statusCode: 200, body: 'hi' });"
      Events:
        Api:
          Type: Api
          Properties:
            Path: /hello
            Method: get
`,
};

describe('the installed CLI (npm pack, installed into an empty folder)', function () {
  this.timeout(600_000);
  let work: string;
  let tarball: string;
  let app: string;
  let mysfits: (args: string[]) => ReturnType<typeof run>;

  before(() => {
    work = tempDir('mysfits-tarball-');
    // What prepack does (the build itself is npm test's): the assets built from these sources.
    const prebuild = run(process.execPath, [join(ROOT, 'scripts', 'prebuild-assets.mjs')], ROOT);
    assert.equal(prebuild.code, 0, prebuild.stderr);
    const packed = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    assert.equal(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string }[];
    tarball = join(work, info!.filename);
    app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "someone-elses-project", "private": true }\n');
    const installed = run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
    assert.equal(installed.code, 0, `npm install ${tarball}: ${installed.stderr}`);
    const bin = join(app, 'node_modules', '.bin', 'mysfits');
    mysfits = (args) => run(bin, args, app);
  });
  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(`is under ${MAX_TARBALL_BYTES / 1024 / 1024} MB, publishable, and carries the payload, not the sources or tests`, () => {
    const size = statSync(tarball).size;
    console.log(`      tarball ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
    assert.ok(size < MAX_TARBALL_BYTES, `${size} bytes`);
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'mysfits', 'package.json'), 'utf8')) as {
      private?: boolean;
      bin: Record<string, string>;
      engines: Record<string, string>;
      license: string;
    };
    assert.equal(pkg.private, undefined, 'a private package cannot be published');
    assert.ok(pkg.bin.mysfits && pkg.engines.node && pkg.license);
    const installed = join(app, 'node_modules', 'mysfits');
    for (const id of PREBUILT_IDS) assert.ok(existsSync(join(installed, PREBUILT_DIR, `${id}.zip`)), id);
    assert.ok(existsSync(join(installed, 'dist', 'site', 'index.html')), 'the built site');
    for (const absent of ['dist/test', 'service', 'functions', 'site', 'test']) {
      assert.ok(!existsSync(join(installed, absent)), `${absent} is in the tarball`);
    }
    // No dev dependency was installed, so none can be what the commands below run on.
    for (const dev of ['esbuild', 'aws-cdk-lib', 'cdk-nag', 'typescript']) {
      assert.ok(!existsSync(join(app, 'node_modules', dev)), `${dev} was installed`);
    }
  });

  it('mysfits --help and deploy --help; an unknown command exits non-zero', () => {
    const help = mysfits(['--help']);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /Usage: mysfits <command>/);
    const deploy = mysfits(['deploy', '--help']);
    assert.equal(deploy.code, 0, deploy.stderr);
    assert.match(deploy.stdout, /Usage: mysfits deploy/);
    assert.notEqual(mysfits(['nope']).code, 0);
  });

  it('generate writes the same templates as this repository commits', () => {
    const r = mysfits(['generate', '--out', 'templates']);
    assert.equal(r.code, 0, r.stderr);
    for (const file of readdirSync(join(ROOT, 'templates')).filter((f) => /\.(yml|json)$/.test(f))) {
      assert.equal(
        readFileSync(join(app, 'templates', file), 'utf8'),
        readFileSync(join(ROOT, 'templates', file), 'utf8'),
        file,
      );
    }
  });

  it('package builds nothing (no esbuild here): every asset is the prebuilt zip the sources make', () => {
    const r = mysfits(['package', '--regions', 'eu-west-1', '--out', 'out']);
    assert.equal(r.code, 0, r.stderr);
    const main = readFileSync(join(app, 'out', 'eu-west-1', 'main.yml'), 'utf8');
    // Region-free: the launching region's bucket, whatever region packaged it.
    assert.match(main, /mysfits-artifacts-\$\{AWS::Region\}/);
    assert.doesNotMatch(main, /eu-west-1/);
    const assets = readdirSync(join(app, 'out', 'eu-west-1', 'assets'));
    for (const id of PREBUILT_IDS) {
      const hash = sha256(readFileSync(join(ROOT, PREBUILT_DIR, `${id}.zip`)));
      assert.ok(assets.includes(`${hash}.zip`), `${id} (${hash}) is not among the packaged assets`);
    }
  });

  it('review of one foreign template, and of a folder of them: the open group, the * role, the SAM function', () => {
    const foreign = join(app, 'theirs');
    mkdirSync(foreign, { recursive: true });
    for (const [file, text] of Object.entries(FOREIGN)) writeFileSync(join(foreign, file), text);

    const one = mysfits(['review', '--templates', 'theirs/open-sg.json', '--out', 'review-one']);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /reviewed 1 template\(s\)/);
    // The rule packs need the CDK, a dev dependency: named, with what to install.
    assert.match(one.stdout, /npm install aws-cdk-lib@[\d.]+ cdk-nag@[\d.]+ constructs@[\d.]+/);
    const oneMd = readFileSync(join(app, 'review-one', 'review.md'), 'utf8');
    assert.match(oneMd, /WideOpen/);
    assert.match(oneMd, /0\.0\.0\.0\/0/);

    const all = mysfits(['review', '--templates', 'theirs', '--out', 'review-all', '--packs', 'none']);
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, /reviewed 4 template\(s\)/);
    const md = readFileSync(join(app, 'review-all', 'review.md'), 'utf8');
    for (const id of ['Uploads', 'WideOpen', 'Admin', 'Hello']) assert.match(md, new RegExp(`\\b${id}\\b`), id);
    assert.match(all.stdout, /IAM statements: \d+ \([1-9]\d* flagged\)/, 'the * role is flagged');
  });
});
