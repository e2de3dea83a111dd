// mysfits stackset. The happy path runs as a user runs it (the bundled CLI) against moto_server,
// which implements stack sets and instances (self-managed instances become real moto stacks in
// each account and region) but always succeeds and ignores operation preferences. Failure,
// partial failure and drift come from answers recorded in the shapes the CloudFormation API
// reference documents (test/support/stand-in.ts), since no emulator here can produce them.
// Requests go through test/support/s3-proxy.ts, which drops the TLS-only Deny from bucket
// policies before moto sees them (moto evaluates policies without their conditions).
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudFormationClient,
  DescribeStackSetCommand,
  ListStackInstancesCommand,
} from '@aws-sdk/client-cloudformation';
import { sha256 } from '../../generator/package/assets.js';
import {
  detectDrift,
  instanceTable,
  missingGroups,
  operationPreferences,
  planDeploy,
  serviceManagedObstacles,
  watchOperation,
  type DeployRequest,
} from '../../generator/aws/stacksets.js';
import { runCli, runCliAsync, tempDir } from '../helpers.js';
import { startMoto, type Moto } from '../support/moto.js';
import { forward, read, relay, serve } from '../support/proxy.js';
import { startS3Proxy, type S3Proxy } from '../support/s3-proxy.js';
import { standIn } from '../support/stand-in.js';

const ACCOUNTS = ['111111111111', '222222222222'];
const REGIONS = ['us-east-1', 'eu-west-1'];
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Parameters:',
  '  Stage:',
  '    Type: String',
  '    Default: dev',
  'Resources:',
  '  Ready:',
  '    Type: AWS::CloudFormation::WaitConditionHandle',
  '  Kept:',
  '    Type: AWS::CloudFormation::WaitConditionHandle',
  '    DeletionPolicy: Retain',
  '',
].join('\n');

/** A package folder as `mysfits package` writes it, with a small region-free template. */
function writePackage(dir: string, template: string): void {
  for (const region of REGIONS) {
    const bucket = `stackset-test-${region}`;
    mkdirSync(join(dir, region), { recursive: true });
    writeFileSync(join(dir, region, 'main.yml'), template);
    const body = Buffer.from(template);
    const manifest = {
      mysfits: 'test',
      region,
      bucket,
      prefix: 'mysfits',
      stackName: 'mysfits',
      compute: 'lambda',
      mainTemplateUrl: `https://${bucket}.s3.${region}.amazonaws.com/mysfits/main.yml`,
      launchUrl: '',
      variants: [],
      files: [{ path: 'main.yml', size: body.byteLength, sha256: sha256(body) }],
    };
    writeFileSync(join(dir, region, 'manifest.json'), JSON.stringify(manifest));
  }
}

describe('mysfits stackset (against moto CloudFormation and S3)', function () {
  this.timeout(120_000);
  let moto: Moto;
  let proxy: S3Proxy;
  let cf: CloudFormationClient;
  let out: string;
  const cli = (...args: string[]) =>
    runCliAsync(['stackset', ...args, '--endpoint', proxy.endpoint, '--region', 'us-east-1']);

  /** A proxy in front of moto: `answer` may answer a request itself (a recorded answer); every body is kept. */
  async function inFront(answer: (body: string) => string | undefined = () => undefined) {
    const seen: string[] = [];
    const server = await serve(async (req, res) => {
      const body = await read(req);
      seen.push(body.toString());
      const recorded = answer(body.toString());
      if (recorded !== undefined) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(recorded);
        return;
      }
      const upstream = await forward(proxy.endpoint, req, body);
      relay(upstream, res, Buffer.from(await upstream.arrayBuffer()));
    });
    return { ...server, seen };
  }
  const deployThrough = (via: { endpoint: string }, ...args: string[]) =>
    runCliAsync(['stackset', 'deploy', ...args, '--yes', '--endpoint', via.endpoint, '--region', 'us-east-1']);

  before(async () => {
    moto = await startMoto();
    proxy = await startS3Proxy(moto.endpoint);
    cf = new CloudFormationClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
    out = tempDir('mysfits-stackset-');
    writePackage(out, TEMPLATE);
  });
  after(async () => {
    cf?.destroy();
    try {
      await proxy?.close();
    } finally {
      await moto.stop();
    }
  });

  it('deploy creates the set and an instance per account and region, with the table; status lists them', async () => {
    const r = await cli(
      'deploy',
      '--name',
      'mysfits',
      '--from',
      out,
      '--accounts',
      ACCOUNTS.join(','),
      '--regions',
      REGIONS.join(','),
      '--parameters',
      'Stage=prod',
      '--max-concurrent',
      '50%',
      '--yes',
    );
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /create stack set mysfits \(SELF_MANAGED\)/);
    assert.match(r.stdout, /add 4 instance\(s\): 111111111111, 222222222222 in us-east-1, eu-west-1/);
    assert.match(r.stdout, /^ {2}account\s+eu-west-1\s+us-east-1$/m);
    assert.match(r.stdout, /^ {2}111111111111\s+\S+\s+\S+$/m);
    assert.match(r.stdout, /every operation succeeded/);
    const set = (await cf.send(new DescribeStackSetCommand({ StackSetName: 'mysfits' }))).StackSet!;
    assert.equal(set.PermissionModel, 'SELF_MANAGED');
    assert.deepEqual(
      set.Parameters?.map((p) => [p.ParameterKey, p.ParameterValue]),
      [['Stage', 'prod']],
    );
    const instances = (await cf.send(new ListStackInstancesCommand({ StackSetName: 'mysfits' }))).Summaries ?? [];
    assert.deepEqual(
      instances.map((i) => `${i.Account}/${i.Region}`).sort(),
      ACCOUNTS.flatMap((a) => REGIONS.map((g) => `${a}/${g}`)).sort(),
    );

    const status = await cli('status', '--name', 'mysfits', '--json');
    assert.equal(status.code, 0, status.stderr);
    const report = JSON.parse(status.stdout) as {
      instances: { account: string; status: string }[];
      operations: unknown[];
    };
    assert.equal(report.instances.length, 4);
    assert.ok(report.instances.every((i) => i.status === 'CURRENT'));
    assert.ok(report.operations.length >= 1);
  });

  it('deploy again with a third region adds only the missing instances and updates the rest', async () => {
    const more = tempDir('mysfits-stackset-');
    writePackage(more, TEMPLATE.replace('Default: dev', 'Default: test'));
    const r = await cli(
      'deploy',
      '--name',
      'mysfits',
      '--from',
      more,
      '--accounts',
      `${ACCOUNTS.join(',')},333333333333`,
      '--regions',
      REGIONS.join(','),
      '--yes',
      '--json',
    );
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { ok: boolean; operations: { what: string }[]; instances: unknown[] };
    assert.equal(result.ok, true);
    assert.deepEqual(
      result.operations.map((o) => o.what),
      ['update stack set mysfits and its 4 instance(s)', 'add 2 instance(s): 333333333333 in us-east-1, eu-west-1'],
    );
    assert.equal(result.instances.length, 6);
  });

  it('deploy exits 1 and names the failed instance with its StatusReason (recorded answer for the results)', async () => {
    // moto always succeeds: a proxy answers ListStackSetOperationResults with a recorded failure,
    // in the query protocol's XML shape of the API reference; every other call goes to moto.
    const recorded = [
      '<ListStackSetOperationResultsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">',
      '<ListStackSetOperationResultsResult><Summaries>',
      '<member><Account>111111111111</Account><Region>us-east-1</Region><Status>SUCCEEDED</Status></member>',
      '<member><Account>444444444444</Account><Region>us-east-1</Region><Status>FAILED</Status>',
      "<StatusReason>Account 444444444444 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.</StatusReason></member>",
      '</Summaries></ListStackSetOperationResultsResult>',
      '<ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></ListStackSetOperationResultsResponse>',
    ].join('');
    const failing = await inFront((body) =>
      body.includes('Action=ListStackSetOperationResults') ? recorded : undefined,
    );
    try {
      const r = await deployThrough(
        failing,
        '-n',
        'failing',
        '--from',
        out,
        '--accounts',
        '444444444444',
        '--regions',
        'us-east-1',
      );
      assert.equal(r.code, 1, r.stderr + r.stdout);
      assert.match(
        r.stdout,
        /FAILED 444444444444 us-east-1: FAILED: Account 444444444444 should have 'AWSCloudFormationStackSetExecutionRole'/,
      );
      assert.match(r.stdout, /stack set failing: FAILED/);
    } finally {
      await failing.close();
    }
  });

  it('destroy lists what each instance keeps, deletes the instances and then the set', async () => {
    const r = await cli('destroy', '--name', 'mysfits', '--yes');
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(
      r.stdout,
      /each instance keeps AWS::CloudFormation::WaitConditionHandle Kept \(DeletionPolicy Retain\)/,
    );
    assert.match(r.stdout, /deleted stack set mysfits/);
    await assert.rejects(
      cf.send(new DescribeStackSetCommand({ StackSetName: 'mysfits' })),
      /StackSetNotFound|not found/i,
    );
    const again = await cli('destroy', '--name', 'mysfits', '--yes');
    assert.equal(again.code, 0);
    assert.match(again.stdout, /does not exist .*nothing to delete/);
  });

  it('--ous without the flat form, or with one that has a Transform or nested stacks, is refused before any request', async () => {
    const sam = tempDir('mysfits-stackset-');
    writePackage(sam, TEMPLATE);
    const deployOus = (from: string) =>
      cli('deploy', '-n', 'workshop', '--from', from, '--ous', 'ou-ab12-cdefgh34', '--regions', 'us-east-1', '--yes');
    const none = await deployOus(sam);
    assert.equal(none.code, 2, none.stderr);
    assert.match(none.stderr, /service-managed .*flat\.yml, the flat form, and there is none/);
    assert.match(none.stderr, /mysfits package --flat --regions us-east-1 --out /);
    writeFileSync(
      join(sam, 'flat.yml'),
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Core:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://x/y.yml\n',
    );
    const nested = await deployOus(sam);
    assert.equal(nested.code, 2, nested.stderr);
    assert.match(
      nested.stderr,
      /flat\.yml has Transform "AWS::Serverless-2016-10-31" and 1 nested stack\(s\) \(Core\)/,
    );
    writeFileSync(join(sam, 'flat.yml'), `${TEMPLATE}# code: mysfits/assets/${'a'.repeat(64)}.zip\n`);
    const stale = await deployOus(sam);
    assert.equal(stale.code, 2, stale.stderr);
    assert.match(stale.stderr, /not from the same package as .*us-east-1 \(it names assets\/a{64}\.zip/);
    await assert.rejects(cf.send(new DescribeStackSetCommand({ StackSetName: 'workshop' })), /not found/i);
  });

  it('--ous: a service-managed set from flat.yml, auto-deployed, an instance per account of the OU (moto Organizations)', async () => {
    // moto resolves an OU to its accounts through its own Organizations (made here, JSON protocol
    // with an unsigned request, as moto accepts); it ignores AutoDeployment and CallAs, so the
    // requests are also read on their way to it.
    const organizations = async (action: string, body: object) => {
      const r = await fetch(moto.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSOrganizationsV1.${action}`,
          authorization:
            'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0',
        },
        body: JSON.stringify(body),
      });
      assert.equal(r.status, 200, `${action}: ${await r.clone().text()}`);
      return (await r.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    await organizations('CreateOrganization', { FeatureSet: 'ALL' });
    const rootId = (await organizations('ListRoots', {})).Roots[0].Id as string;
    const ou = (await organizations('CreateOrganizationalUnit', { ParentId: rootId, Name: 'students' }))
      .OrganizationalUnit.Id as string;
    const students: string[] = [];
    for (const n of [1, 2]) {
      const created = await organizations('CreateAccount', { AccountName: `student${n}`, Email: `s${n}@example.com` });
      const id = created.CreateAccountStatus.AccountId as string;
      await organizations('MoveAccount', { AccountId: id, SourceParentId: rootId, DestinationParentId: ou });
      students.push(id);
    }

    const pkg = tempDir('mysfits-stackset-');
    writePackage(
      pkg,
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Core:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://x/y.yml\n',
    );
    writeFileSync(join(pkg, 'flat.yml'), TEMPLATE);
    const watching = await inFront();
    const seen = watching.seen;
    try {
      const r = await deployThrough(
        watching,
        '-n',
        'workshop',
        '--from',
        pkg,
        '--ous',
        ou,
        '--regions',
        REGIONS.join(','),
        '--auto-deploy',
        '--call-as',
        'self',
      );
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const flatKey = `mysfits/templates/flat.${sha256(TEMPLATE)}.yml`;
      assert.match(
        r.stdout,
        new RegExp(
          `template https://stackset-test-us-east-1\\.s3\\.us-east-1\\.amazonaws\\.com/${flatKey.replace(/\./g, '\\.')} \\(flat\\.yml\\)`,
        ),
      );
      assert.match(r.stdout, /create stack set workshop \(SERVICE_MANAGED\)/);
      assert.match(r.stdout, new RegExp(`add instances for every account of ${ou} in us-east-1, eu-west-1`));
      assert.match(r.stdout, /every operation succeeded/);
      const create = new URLSearchParams(seen.find((b) => b.includes('Action=CreateStackSet'))!);
      assert.equal(create.get('PermissionModel'), 'SERVICE_MANAGED');
      assert.equal(create.get('AutoDeployment.Enabled'), 'true');
      assert.equal(create.get('AutoDeployment.RetainStacksOnAccountRemoval'), 'false');
      assert.equal(create.get('CallAs'), 'SELF');
      assert.ok(create.get('TemplateURL')!.endsWith(flatKey), create.get('TemplateURL')!);
      const instances = new URLSearchParams(seen.find((b) => b.includes('Action=CreateStackInstances'))!);
      assert.equal(instances.get('DeploymentTargets.OrganizationalUnitIds.member.1'), ou);
      assert.equal(instances.get('CallAs'), 'SELF');
    } finally {
      await watching.close();
    }
    const set = (await cf.send(new DescribeStackSetCommand({ StackSetName: 'workshop' }))).StackSet!;
    assert.equal(set.PermissionModel, 'SERVICE_MANAGED');
    assert.equal(set.TemplateBody, TEMPLATE, 'the flat form, not main.yml');
    const listed = (await cf.send(new ListStackInstancesCommand({ StackSetName: 'workshop' }))).Summaries ?? [];
    assert.deepEqual(
      listed.map((i) => `${i.Account}/${i.Region}`).sort(),
      students.flatMap((a) => REGIONS.map((g) => `${a}/${g}`)).sort(),
    );
  });
});

describe('mysfits stackset: flags and dispatch', () => {
  it('lists its verbs, refuses an unknown one and bad flags with exit 2', () => {
    const help = runCli(['stackset', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^ {2}deploy\s+Create or update a stack set/m);
    const verb = runCli(['stackset', 'deploy', '--help']);
    assert.equal(verb.code, 0);
    assert.match(verb.stdout, /^Usage: mysfits stackset deploy \[options\]/);
    assert.match(verb.stdout, /--failure-tolerance N\|N%/);
    const typo = runCli(['stackset', 'staus']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unexpected argument "staus" \(did you mean "status"\?\)/);
    const both = runCli([
      'stackset',
      'deploy',
      '-n',
      'x',
      '--accounts',
      '111111111111',
      '--ous',
      'r-abcd',
      '--regions',
      'us-east-1',
    ]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /exactly one of --accounts IDS or --ous OU_IDS/);
    const bad = runCli(['stackset', 'deploy', '-n', 'x', '--accounts', '1234', '--regions', 'us-east-1', '--yes']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--accounts: "1234": expected 12-digit account ids/);
  });

  it('operation preferences from the flags', () => {
    assert.equal(operationPreferences({}), undefined);
    assert.deepEqual(
      operationPreferences({
        maxConcurrent: '25%',
        failureTolerance: '2',
        regionConcurrency: 'parallel',
        concurrencyMode: 'soft',
      }),
      {
        MaxConcurrentCount: undefined,
        MaxConcurrentPercentage: 25,
        FailureToleranceCount: 2,
        FailureTolerancePercentage: undefined,
        RegionConcurrencyType: 'PARALLEL',
        ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE',
      },
    );
    assert.throws(() => operationPreferences({ maxConcurrent: '0' }), /--max-concurrent "0"/);
    assert.throws(() => operationPreferences({ failureTolerance: '120%' }), /--failure-tolerance "120%"/);
    assert.throws(() => operationPreferences({ regionConcurrency: 'fast' }), /parallel or sequential/);
  });

  it('groups missing instances so one call covers each group', () => {
    const present = [{ Account: '111111111111', Region: 'us-east-1' }];
    assert.deepEqual(
      missingGroups(['111111111111', '222222222222'], ['us-east-1', 'eu-west-1', 'ap-south-1'], present),
      [
        { accounts: ['222222222222'], regions: ['us-east-1'] },
        { accounts: ['111111111111', '222222222222'], regions: ['eu-west-1', 'ap-south-1'] },
      ],
    );
    assert.deepEqual(serviceManagedObstacles('Resources:\n  T:\n    Type: AWS::SNS::Topic\n'), []);
  });
});

// Recorded answers, in the shapes of the CloudFormation API reference (DescribeStackSetOperation,
// ListStackInstances, ListStackSetOperationResults): what a real partial failure looks like.
describe('stack set operations that fail (recorded answers, no emulator fails them)', () => {
  const ref = { name: 'mysfits' };
  const instance = (Account: string, Region: string, DetailedStatus: string, Status = 'OUTDATED') => ({
    StackSetId: 'mysfits:1',
    Account,
    Region,
    Status,
    StackInstanceStatus: { DetailedStatus },
  });

  it('polls until the operation ends, shows each poll, and returns the failed instances with their StatusReason', async () => {
    const polls = [
      {
        Status: 'RUNNING',
        instances: [instance('111111111111', 'us-east-1', 'RUNNING'), instance('222222222222', 'us-east-1', 'PENDING')],
      },
      {
        Status: 'FAILED',
        instances: [
          instance('111111111111', 'us-east-1', 'SUCCEEDED', 'CURRENT'),
          instance('222222222222', 'us-east-1', 'FAILED'),
        ],
      },
    ];
    let poll = -1;
    const { client, calls } = standIn<CloudFormationClient>({
      DescribeStackSetOperation: () => {
        poll++;
        return { StackSetOperation: { OperationId: 'op-1', Action: 'CREATE', Status: polls[poll].Status } };
      },
      ListStackInstances: () => ({ Summaries: polls[poll].instances }),
      ListStackSetOperationResults: () => ({
        Summaries: [
          { Account: '111111111111', Region: 'us-east-1', Status: 'SUCCEEDED' },
          {
            Account: '222222222222',
            Region: 'us-east-1',
            Status: 'FAILED',
            StatusReason:
              "Account 222222222222 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.",
          },
        ],
      }),
    });
    const tables: string[][] = [];
    const outcome = await watchOperation(client, ref, 'op-1', {
      pollMs: 1,
      onPoll: (_op, instances) => tables.push(instanceTable(instances)),
    });
    assert.equal(outcome.operation.Status, 'FAILED');
    assert.equal(tables.length, 2);
    assert.match(tables[0].join('\n'), /222222222222\s+PENDING/);
    assert.match(tables[1].join('\n'), /111111111111\s+SUCCEEDED\n\s+222222222222\s+FAILED/);
    assert.equal(outcome.failures.length, 1);
    assert.match(outcome.failures[0].StatusReason!, /AWSCloudFormationStackSetExecutionRole/);
    assert.equal(calls.filter(([n]) => n === 'DescribeStackSetOperation').length, 2);
  });

  it('a stack set of the other permission model is refused, naming the flag it takes', async () => {
    const { client } = standIn<CloudFormationClient>({
      DescribeStackSet: () => ({ StackSet: { StackSetName: 'mysfits', PermissionModel: 'SERVICE_MANAGED' } }),
    });
    const req: DeployRequest = {
      ref,
      templateUrl: 'https://b.s3.us-east-1.amazonaws.com/mysfits/main.yml',
      targets: { kind: 'accounts', ids: ['111111111111'] },
      regions: ['us-east-1'],
      parameters: {},
      overrides: {},
      autoDeploy: false,
    };
    await assert.rejects(planDeploy(client, req), /is SERVICE_MANAGED: it takes --ous, not --accounts/);
  });
});

// Drift: moto has no DetectStackSetDrift, so these are recorded answers in the documented shapes
// (DetectStackSetDrift, ListStackInstances with DriftStatus, ListStackInstanceResourceDrifts).
describe('stack set drift (recorded answers: moto has no drift detection)', () => {
  it('reports each drifted instance with its modified and deleted resources, asking only for those', async () => {
    const { client, calls } = standIn<CloudFormationClient>({
      DetectStackSetDrift: () => ({ OperationId: 'drift-1' }),
      DescribeStackSetOperation: () => ({
        StackSetOperation: { OperationId: 'drift-1', Action: 'DETECT_DRIFT', Status: 'SUCCEEDED' },
      }),
      ListStackSetOperationResults: () => ({
        Summaries: [
          { Account: '111111111111', Region: 'us-east-1', Status: 'SUCCEEDED' },
          { Account: '222222222222', Region: 'us-east-1', Status: 'SUCCEEDED' },
        ],
      }),
      ListStackInstances: () => ({
        Summaries: [
          { Account: '111111111111', Region: 'us-east-1', Status: 'CURRENT', DriftStatus: 'IN_SYNC' },
          { Account: '222222222222', Region: 'us-east-1', Status: 'CURRENT', DriftStatus: 'DRIFTED' },
        ],
      }),
      ListStackInstanceResourceDrifts: () => ({
        Summaries: [
          {
            StackId: 'arn:aws:cloudformation:us-east-1:222222222222:stack/StackSet-mysfits-1/abc',
            LogicalResourceId: 'Topic',
            PhysicalResourceId: 'arn:aws:sns:us-east-1:222222222222:topic',
            ResourceType: 'AWS::SNS::Topic',
            StackResourceDriftStatus: 'MODIFIED',
            PropertyDifferences: [
              {
                PropertyPath: '/DisplayName',
                ExpectedValue: 'mysfits',
                ActualValue: 'changed',
                DifferenceType: 'NOT_EQUAL',
              },
            ],
            Timestamp: new Date('2026-12-06T16:00:00Z'),
          },
        ],
      }),
    });
    const report = await detectDrift(client, { name: 'mysfits' }, { pollMs: 1 });
    assert.equal(report.operationId, 'drift-1');
    assert.equal(report.drifted.length, 1);
    assert.equal(report.drifted[0].instance.Account, '222222222222');
    assert.equal(report.drifted[0].resources[0].PropertyDifferences?.[0].ActualValue, 'changed');
    const asked = calls.filter(([n]) => n === 'ListStackInstanceResourceDrifts').map(([, input]) => input);
    assert.deepEqual(asked, [
      {
        StackSetName: 'mysfits',
        CallAs: undefined,
        OperationId: 'drift-1',
        StackInstanceAccount: '222222222222',
        StackInstanceRegion: 'us-east-1',
        StackInstanceResourceDriftStatuses: ['MODIFIED', 'DELETED'],
        NextToken: undefined,
      },
    ]);
  });
});
