// `mysfits pipeline status` from RECORDED ANSWERS: moto implements CodePipeline's pipeline CRUD
// but not GetPipelineState or ListPipelineExecutions, nor CodeConnections' GetConnection. A local
// HTTP server answers the real SDK (JSON 1.1 over --endpoint) with responses in the shapes of the
// CodePipeline and CodeConnections API references (GetPipeline, GetPipelineState,
// ListPipelineExecutions, GetConnection), so the command's whole path runs except AWS itself.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectionLink, pipelineLink } from '../../generator/aws/pipeline-status.js';
import { runCliAsync } from '../helpers.js';

const NAME = 'mysfits-Pipeline-1A2B3C';
const CONNECTION = 'arn:aws:codeconnections:us-east-1:123456789012:connection/0a1b2c3d-1111-2222-3333-444455556666';
const t = (iso: string) => Date.parse(iso) / 1000;

/** GetPipeline: Source (GitHub through CodeConnections), Build, a stage prod with an approval. */
const getPipeline = {
  pipeline: {
    name: NAME,
    pipelineType: 'V2',
    executionMode: 'SUPERSEDED',
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Source',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
            configuration: { ConnectionArn: CONNECTION, FullRepositoryId: 'owner/name', BranchName: 'main' },
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          { name: 'Build', actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } },
        ],
      },
      {
        name: 'prod',
        actions: [
          {
            name: 'ChangeSet',
            actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
          },
          { name: 'Approval', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } },
          {
            name: 'Execute',
            actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
          },
        ],
      },
    ],
  },
};

const stageStates = (prodApproval: string, buildStatus = 'Succeeded') => ({
  pipelineName: NAME,
  stageStates: [
    {
      stageName: 'Source',
      latestExecution: { pipelineExecutionId: 'e2', status: 'Succeeded' },
      actionStates: [{ actionName: 'Source', latestExecution: { status: 'Succeeded', summary: 'fix the filter' } }],
    },
    {
      stageName: 'Build',
      latestExecution: { pipelineExecutionId: 'e2', status: buildStatus },
      actionStates: [{ actionName: 'Build', latestExecution: { status: buildStatus } }],
    },
    {
      stageName: 'prod',
      latestExecution: { pipelineExecutionId: 'e2', status: 'InProgress' },
      actionStates: [
        { actionName: 'ChangeSet', latestExecution: { status: 'Succeeded' } },
        {
          actionName: 'Approval',
          latestExecution: { status: prodApproval, lastStatusChange: t('2026-12-06T10:05:00Z'), token: 'tok-1' },
        },
        { actionName: 'Execute' },
      ],
    },
  ],
});

const executions = (last: string) => ({
  pipelineExecutionSummaries: [
    {
      pipelineExecutionId: 'e2',
      status: last,
      startTime: t('2026-12-06T10:00:00Z'),
      trigger: { triggerType: 'Webhook' },
    },
    { pipelineExecutionId: 'e1', status: 'Succeeded', startTime: t('2026-12-05T09:00:00Z') },
  ],
});

describe('mysfits pipeline status (recorded CodePipeline answers)', function () {
  this.timeout(60_000);
  let server: Server | undefined;
  let endpoint = '';
  let answers: Record<string, unknown> = {};
  const calls: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const op =
          String(req.headers['x-amz-target'] ?? '')
            .split('.')
            .pop() ?? '';
        calls.push(op);
        const answer = answers[op];
        res.writeHead(answer ? 200 : 400, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(answer ?? { __type: 'UnknownOperationException', message: op }));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
  });

  const status = (...extra: string[]) =>
    runCliAsync(['pipeline', 'status', '--pipeline', NAME, '--endpoint', endpoint, '--region', 'us-east-1', ...extra]);

  it('names an approval waiting and a PENDING connection with their console links; exit 0', async () => {
    answers = {
      GetPipeline: getPipeline,
      GetPipelineState: stageStates('InProgress'),
      ListPipelineExecutions: executions('InProgress'),
      GetConnection: { Connection: { ConnectionArn: CONNECTION, ConnectionStatus: 'PENDING', ProviderType: 'GitHub' } },
    };
    const r = await status();
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      new RegExp(`connection ${CONNECTION} is PENDING: .*${connectionLink(CONNECTION).replace(/[?.]/g, '\\$&')}`),
    );
    assert.match(
      r.stdout,
      /approval waiting: prod\/Approval since 2026-12-06T10:05:00.000Z: review and answer it at https:\/\/us-east-1\.console\.aws\.amazon\.com\/codesuite\/codepipeline\/pipelines\/mysfits-Pipeline-1A2B3C\/view\?region=us-east-1/,
    );
    assert.match(r.stdout, /e2 {2}InProgress {2}started 2026-12-06T10:00:00.000Z {2}by Webhook/);
    assert.match(r.stdout, /prod: InProgress\n {4}ChangeSet: Succeeded\n {4}Approval: InProgress\n {4}Execute: NotRun/);
    assert.ok(calls.includes('GetConnection'));
    assert.equal(
      connectionLink(CONNECTION),
      'https://us-east-1.console.aws.amazon.com/codesuite/settings/123456789012/us-east-1/connections/0a1b2c3d-1111-2222-3333-444455556666?region=us-east-1',
    );
  });

  it('--json: the same facts; an AVAILABLE connection and no approval are not flagged', async () => {
    answers = {
      GetPipeline: getPipeline,
      GetPipelineState: stageStates('Succeeded'),
      ListPipelineExecutions: executions('Succeeded'),
      GetConnection: { Connection: { ConnectionArn: CONNECTION, ConnectionStatus: 'AVAILABLE' } },
    };
    const r = await status('--json');
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(json.link, pipelineLink('us-east-1', NAME));
    assert.deepEqual(json.approvals, []);
    assert.deepEqual(json.connection, { arn: CONNECTION, status: 'AVAILABLE', link: connectionLink(CONNECTION) });
    assert.equal(json.failed, false);
    assert.deepEqual(
      (json.executions as { id: string; status: string }[]).map((e) => [e.id, e.status]),
      [
        ['e2', 'Succeeded'],
        ['e1', 'Succeeded'],
      ],
    );
    const human = await status();
    assert.doesNotMatch(human.stdout, /approval waiting|is AVAILABLE|connection/);
  });

  it('a failed last execution: exit 1, named', async () => {
    answers = {
      GetPipeline: getPipeline,
      GetPipelineState: stageStates('Succeeded', 'Failed'),
      ListPipelineExecutions: executions('Failed'),
      GetConnection: { Connection: { ConnectionArn: CONNECTION, ConnectionStatus: 'AVAILABLE' } },
    };
    const r = await status();
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /Build: Failed/);
    assert.match(r.stdout, /the last execution e2 FAILED/);
  });
});
