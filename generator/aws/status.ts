// The app at a glance, for `mysfits status`: the root and nested stacks' status, the app's alarms
// in ALARM (those the stacks create, and any alarm notifying one of the stacks' topics), and each
// endpoint answering (the site, and GET /mysfits on the API with its time).
import { DescribeAlarmsCommand, type CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { outputsOf } from './deploy.js';
import { allPages } from './paging.js';
import { describeStack, flatten, isSuccess, stackTree } from './stacks.js';

export interface StackStatus {
  readonly label: string;
  readonly status: string;
  readonly reason?: string;
  readonly ok: boolean;
}

export interface AlarmStatus {
  readonly name: string;
  readonly state: string;
  readonly reason?: string;
  readonly since?: string;
}

export interface EndpointStatus {
  readonly name: string;
  readonly url: string;
  readonly status?: number;
  readonly ms?: number;
  readonly error?: string;
  readonly ok: boolean;
}

export interface AppStatus {
  readonly stacks: readonly StackStatus[];
  /** Alarms of the app, how many, and those in ALARM. */
  readonly watched: number;
  readonly alarms: readonly AlarmStatus[];
  readonly endpoints: readonly EndpointStatus[];
  readonly ok: boolean;
}

const ALARM_TYPES = new Set(['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm']);

/** What the endpoint checks ask: the site's page, and the API's list of mysfits. */
export const ENDPOINTS = [
  { name: 'site', output: 'SiteUrl', path: '' },
  { name: 'GET /mysfits', output: 'ApiUrl', path: '/mysfits' },
] as const;

async function check(name: string, url: string, timeoutMs: number): Promise<EndpointStatus> {
  const started = performance.now();
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    await r.arrayBuffer();
    const ms = Math.round(performance.now() - started);
    return { name, url, status: r.status, ms, ok: r.status >= 200 && r.status < 300 };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const error = e.name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : (e.cause?.code ?? e.message);
    return { name, url, error, ok: false };
  }
}

export async function appStatus(
  cf: CloudFormationClient,
  cw: CloudWatchClient,
  stack: Stack,
  options: { timeoutMs?: number } = {},
): Promise<AppStatus> {
  const tree = flatten(await stackTree(cf, stack));
  const stacks: StackStatus[] = [];
  for (const node of tree) {
    const s = node.id === stack.StackId ? stack : await describeStack(cf, node.id);
    const status = s?.StackStatus ?? 'GONE';
    stacks.push({
      label: node.label,
      status,
      reason: s?.StackStatusReason,
      ok: isSuccess(status) && status !== 'DELETE_COMPLETE',
    });
  }
  const resources = tree.flatMap((n) => n.resources);
  const names = new Set(
    resources.filter((r) => ALARM_TYPES.has(r.ResourceType ?? '')).map((r) => r.PhysicalResourceId),
  );
  const topics = new Set(
    resources.filter((r) => r.ResourceType === 'AWS::SNS::Topic').map((r) => r.PhysicalResourceId),
  );
  const all = await allPages<MetricAlarm>(async (NextToken) => {
    const r = await cw.send(new DescribeAlarmsCommand({ NextToken }));
    return [r.MetricAlarms, r.NextToken];
  });
  const ours = all.filter((a) => names.has(a.AlarmName) || (a.AlarmActions ?? []).some((arn) => topics.has(arn)));
  const alarms = ours
    .filter((a) => a.StateValue === 'ALARM')
    .map((a) => ({
      name: a.AlarmName ?? '?',
      state: a.StateValue ?? '?',
      reason: a.StateReason,
      since: a.StateUpdatedTimestamp?.toISOString(),
    }));
  const outputs = outputsOf(stack);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const endpoints = await Promise.all(
    ENDPOINTS.filter((e) => outputs[e.output]).map((e) =>
      check(e.name, outputs[e.output].replace(/\/+$/, '') + e.path, timeoutMs),
    ),
  );
  return {
    stacks,
    watched: ours.length,
    alarms,
    endpoints,
    ok: stacks.every((s) => s.ok) && alarms.length === 0 && endpoints.every((e) => e.ok),
  };
}

export function statusLines(s: AppStatus): string[] {
  return [
    'stacks:',
    ...s.stacks.map(
      (x) => `  ${x.ok ? 'ok  ' : 'FAIL'} ${x.label}: ${x.status}${x.reason && !x.ok ? ` (${x.reason})` : ''}`,
    ),
    s.alarms.length
      ? `alarms: ${s.alarms.length} of ${s.watched} in ALARM`
      : `alarms: none in ALARM (${s.watched} watched)`,
    ...s.alarms.map((a) => `  ALARM ${a.name}${a.since ? ` since ${a.since}` : ''}: ${a.reason ?? ''}`.trimEnd()),
    s.endpoints.length ? 'endpoints:' : 'endpoints: the stack has no SiteUrl or ApiUrl output',
    ...s.endpoints.map(
      (e) =>
        `  ${e.ok ? 'ok  ' : 'FAIL'} ${e.name} ${e.url}: ${e.status !== undefined ? `HTTP ${e.status} in ${e.ms} ms` : e.error}`,
    ),
  ];
}
