// What `mysfits pipeline status` reads: the last executions, each stage's state, approvals
// waiting (with the console link to act on them) and, for a GitHub source, whether its
// CodeConnections connection is still PENDING (a person completes it once in the console).
import {
  GetPipelineCommand,
  GetPipelineStateCommand,
  ListPipelineExecutionsCommand,
  type CodePipelineClient,
} from '@aws-sdk/client-codepipeline';
import { GetConnectionCommand, type CodeStarConnectionsClient } from '@aws-sdk/client-codestar-connections';

/** How many executions status lists. */
export const EXECUTIONS_SHOWN = 5;

export interface ExecutionSummary {
  readonly id: string;
  readonly status: string;
  readonly trigger: string | null;
  readonly startedAt: string | null;
}

export interface StageState {
  readonly name: string;
  readonly status: string;
  readonly actions: readonly { name: string; status: string; summary: string | null }[];
}

export interface ApprovalWaiting {
  readonly stage: string;
  readonly action: string;
  readonly since: string | null;
  readonly link: string;
}

export interface ConnectionState {
  readonly arn: string;
  readonly status: string;
  readonly link: string;
}

export interface PipelineStatus {
  readonly pipeline: string;
  readonly link: string;
  readonly executions: readonly ExecutionSummary[];
  readonly stages: readonly StageState[];
  readonly approvals: readonly ApprovalWaiting[];
  readonly connection: ConnectionState | null;
  /** The last execution failed (exit 1). */
  readonly failed: boolean;
}

/** The pipeline's page in the console: where an approval is reviewed and answered. */
export const pipelineLink = (region: string, name: string): string =>
  `https://${region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(name)}/view?region=${region}`;

/** A connection's page in the console, from its ARN: "Update pending connection" is there. */
export function connectionLink(arn: string): string {
  const [, , , region, account, resource] = arn.split(':');
  const id = (resource ?? '').replace(/^connection\//, '');
  return `https://${region}.console.aws.amazon.com/codesuite/settings/${account}/${region}/connections/${id}?region=${region}`;
}

const iso = (d: Date | undefined): string | null => (d ? d.toISOString() : null);

export async function readPipelineStatus(
  clients: { codepipeline: CodePipelineClient; connections: CodeStarConnectionsClient },
  region: string,
  name: string,
): Promise<PipelineStatus> {
  const { codepipeline, connections } = clients;
  const [definition, state, history] = await Promise.all([
    codepipeline.send(new GetPipelineCommand({ name })),
    codepipeline.send(new GetPipelineStateCommand({ name })),
    codepipeline.send(new ListPipelineExecutionsCommand({ pipelineName: name, maxResults: EXECUTIONS_SHOWN })),
  ]);
  const link = pipelineLink(region, name);
  const executions = (history.pipelineExecutionSummaries ?? []).map((e) => ({
    id: e.pipelineExecutionId ?? '',
    status: e.status ?? 'Unknown',
    trigger: e.trigger?.triggerType ?? null,
    startedAt: iso(e.startTime),
  }));
  const stages: StageState[] = [];
  const approvals: ApprovalWaiting[] = [];
  const approvalActions = new Set(
    (definition.pipeline?.stages ?? []).flatMap((s) =>
      (s.actions ?? []).filter((a) => a.actionTypeId?.category === 'Approval').map((a) => `${s.name}/${a.name}`),
    ),
  );
  for (const stage of state.stageStates ?? []) {
    const stageName = stage.stageName ?? '';
    const actions = (stage.actionStates ?? []).map((a) => ({
      name: a.actionName ?? '',
      status: a.latestExecution?.status ?? 'NotRun',
      summary: a.latestExecution?.summary ?? null,
    }));
    for (const a of stage.actionStates ?? []) {
      if (approvalActions.has(`${stageName}/${a.actionName}`) && a.latestExecution?.status === 'InProgress')
        approvals.push({
          stage: stageName,
          action: a.actionName ?? '',
          since: iso(a.latestExecution.lastStatusChange),
          link,
        });
    }
    stages.push({ name: stageName, status: stage.latestExecution?.status ?? 'NotRun', actions });
  }
  const connectionArn = (definition.pipeline?.stages ?? [])
    .flatMap((s) => s.actions ?? [])
    .find((a) => a.actionTypeId?.provider === 'CodeStarSourceConnection')?.configuration?.ConnectionArn;
  let connection: ConnectionState | null = null;
  if (connectionArn) {
    const got = await connections.send(new GetConnectionCommand({ ConnectionArn: connectionArn }));
    connection = {
      arn: connectionArn,
      status: got.Connection?.ConnectionStatus ?? 'Unknown',
      link: connectionLink(connectionArn),
    };
  }
  return {
    pipeline: name,
    link,
    executions,
    stages,
    approvals,
    connection,
    failed: executions[0]?.status === 'Failed',
  };
}

/** The report, a line each. */
export function formatPipelineStatus(s: PipelineStatus): string[] {
  const lines = [`pipeline ${s.pipeline}: ${s.link}`];
  if (s.connection && s.connection.status !== 'AVAILABLE')
    lines.push(
      `connection ${s.connection.arn} is ${s.connection.status}: no run can read GitHub until a person completes it once in the console (Update pending connection): ${s.connection.link}`,
    );
  lines.push(s.executions.length === 0 ? 'no executions yet' : 'last executions:');
  for (const e of s.executions)
    lines.push(
      `  ${e.id}  ${e.status}${e.startedAt ? `  started ${e.startedAt}` : ''}${e.trigger ? `  by ${e.trigger}` : ''}`,
    );
  lines.push('stages:');
  for (const stage of s.stages) {
    lines.push(`  ${stage.name}: ${stage.status}`);
    for (const a of stage.actions) lines.push(`    ${a.name}: ${a.status}${a.summary ? ` (${a.summary})` : ''}`);
  }
  for (const a of s.approvals)
    lines.push(
      `approval waiting: ${a.stage}/${a.action}${a.since ? ` since ${a.since}` : ''}: review and answer it at ${a.link}`,
    );
  if (s.failed) lines.push(`the last execution ${s.executions[0]?.id} FAILED`);
  return lines;
}
