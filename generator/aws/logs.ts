// The app's logs in one place, for `mysfits logs`: every log group its resources write (declared
// log groups: the ECS service, API Gateway access and execution logs, Step Functions, Firehose
// errors, the functions' own; and the groups Lambda and CodeBuild make by name when none is
// declared), read with FilterLogEvents and merged by time, each line prefixed with the resource.
// --follow streams through CloudWatch Logs Live Tail (StartLiveTail, 10 groups a session), and
// falls back to polling FilterLogEvents where Live Tail is not available.
import {
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  StartLiveTailCommand,
  type CloudWatchLogsClient,
  type FilteredLogEvent,
  type StartLiveTailResponseStream,
} from '@aws-sdk/client-cloudwatch-logs';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { UsageError } from '../errors.js';
import { allPages } from './paging.js';
import { flatten, stackTree } from './stacks.js';

export interface LogSource {
  /** The resource the group belongs to, `Label/LogicalId`-free: its logical id. */
  readonly resource: string;
  readonly group: string;
}

export interface LogLine {
  readonly time: number;
  readonly resource: string;
  readonly message: string;
  readonly id?: string;
}

/** Log groups named after the resource when the template declares none (the service makes them). */
const IMPLICIT_GROUPS: Readonly<Record<string, (physicalId: string) => string>> = {
  'AWS::Lambda::Function': (id) => `/aws/lambda/${id}`,
  'AWS::CodeBuild::Project': (id) => `/aws/codebuild/${id}`,
};

/** Every log group of the stack tree, named after the resource that writes it. */
export async function logSources(cf: CloudFormationClient, stack: Stack): Promise<LogSource[]> {
  const resources = flatten(await stackTree(cf, stack)).flatMap((n) => n.resources);
  const out = new Map<string, string>();
  for (const r of resources) {
    if (r.ResourceType === 'AWS::Logs::LogGroup' && r.PhysicalResourceId)
      out.set(r.PhysicalResourceId, r.LogicalResourceId ?? '?');
  }
  for (const r of resources) {
    const implicit = IMPLICIT_GROUPS[r.ResourceType ?? ''];
    if (!implicit || !r.PhysicalResourceId) continue;
    const group = implicit(r.PhysicalResourceId);
    // A declared group of that name is the function's: name it after the function.
    out.set(group, r.LogicalResourceId ?? '?');
  }
  return [...out]
    .map(([group, resource]) => ({ group, resource }))
    .sort((a, b) => a.resource.localeCompare(b.resource));
}

/** `--since`: 30s, 15m, 2h, 1d, or an ISO time; the start time in ms. */
export function parseSince(value: string, now = Date.now()): number {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(value.trim());
  if (m)
    return now - Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--since ${value}: use a duration (30s, 15m, 2h, 1d) or an ISO time`);
  return t;
}

const isMissing = (err: unknown): boolean => (err as { name?: string }).name === 'ResourceNotFoundException';

const toLine = (resource: string, e: FilteredLogEvent): LogLine => ({
  time: e.timestamp ?? 0,
  resource,
  message: (e.message ?? '').trimEnd(),
  id: e.eventId,
});

/** Every event since `startTime` of every source, merged by time. A group not yet made is skipped. */
export async function readLogs(
  logs: CloudWatchLogsClient,
  sources: readonly LogSource[],
  options: { startTime: number; endTime?: number; filter?: string },
): Promise<LogLine[]> {
  const per = await Promise.all(
    sources.map(async (s) => {
      try {
        const events = await allPages(async (nextToken) => {
          const r = await logs.send(
            new FilterLogEventsCommand({
              logGroupName: s.group,
              startTime: options.startTime,
              endTime: options.endTime,
              filterPattern: options.filter,
              nextToken,
            }),
          );
          return [r.events, r.nextToken];
        });
        return events.map((e) => toLine(s.resource, e));
      } catch (err) {
        if (isMissing(err)) return [];
        throw err;
      }
    }),
  );
  return per.flat().sort((a, b) => a.time - b.time);
}

export function formatLine(l: LogLine, width = 0): string {
  return `${new Date(l.time).toISOString()} ${l.resource.padEnd(width)}  ${l.message}`;
}

/** The groups' ARNs (Live Tail wants ARNs), for those that exist. */
async function groupArns(logs: CloudWatchLogsClient, sources: readonly LogSource[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of sources) {
    const r = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: s.group }));
    const g = r.logGroups?.find((x) => x.logGroupName === s.group);
    if (g?.logGroupArn) out.set(g.logGroupArn.replace(/:\*$/, ''), s.resource);
  }
  return out;
}

/** The lines one Live Tail stream event carries (sessionUpdate); a session exception is thrown. */
export function liveTailLines(event: StartLiveTailResponseStream, resources: ReadonlyMap<string, string>): LogLine[] {
  if (event.SessionTimeoutException)
    throw new Error(`Live Tail session ended: ${event.SessionTimeoutException.message}`);
  if (event.SessionStreamingException) throw new Error(`Live Tail failed: ${event.SessionStreamingException.message}`);
  return (event.sessionUpdate?.sessionResults ?? []).map((e) => ({
    time: e.timestamp ?? 0,
    resource:
      resources.get(e.logGroupIdentifier ?? '') ??
      resources.get(`${e.logGroupIdentifier}`.replace(/:\*$/, '')) ??
      e.logGroupIdentifier ??
      '?',
    message: (e.message ?? '').trimEnd(),
  }));
}

export interface FollowOptions {
  readonly filter?: string;
  readonly signal: AbortSignal;
  readonly pollMs: number;
  /** Polling starts here (ms); Live Tail streams from now. */
  readonly startTime: number;
  readonly onLine: (line: LogLine) => void;
  readonly onInfo: (text: string) => void;
}

/** Live Tail sessions, 10 groups each, until the signal aborts them. */
async function liveTail(logs: CloudWatchLogsClient, sources: readonly LogSource[], o: FollowOptions): Promise<void> {
  const arns = await groupArns(logs, sources);
  if (arns.size === 0) throw new Error('none of the log groups exists yet');
  const chunks: string[][] = [];
  const all = [...arns.keys()];
  for (let i = 0; i < all.length; i += 10) chunks.push(all.slice(i, i + 10));
  const sessions = await Promise.all(
    chunks.map((logGroupIdentifiers) =>
      logs.send(new StartLiveTailCommand({ logGroupIdentifiers, logEventFilterPattern: o.filter }), {
        abortSignal: o.signal,
      }),
    ),
  );
  o.onInfo(`following ${arns.size} log group(s) through Live Tail (Ctrl-C stops) ...`);
  await Promise.all(
    sessions.map(async (session) => {
      try {
        for await (const event of session.responseStream ?? []) {
          // Nothing is printed after Ctrl-C, even what was already on its way.
          if (o.signal.aborted) return;
          for (const line of liveTailLines(event, arns)) o.onLine(line);
        }
      } catch (err) {
        if (!o.signal.aborted) throw err;
      }
    }),
  );
}

/** Polling FilterLogEvents from the last event seen, each event printed once. */
async function poll(logs: CloudWatchLogsClient, sources: readonly LogSource[], o: FollowOptions): Promise<void> {
  const seen = new Set<string>();
  let from = o.startTime;
  while (!o.signal.aborted) {
    for (const line of await readLogs(logs, sources, { startTime: from, filter: o.filter })) {
      const key = line.id ?? `${line.time}|${line.resource}|${line.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      o.onLine(line);
      // Events can arrive late with earlier timestamps: keep a minute of overlap, deduplicated.
      from = Math.max(from, line.time - 60_000);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, o.pollMs);
      o.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}

/** Streams new lines until the signal aborts: Live Tail, else polling. */
export async function follow(
  logs: CloudWatchLogsClient,
  sources: readonly LogSource[],
  o: FollowOptions,
): Promise<void> {
  try {
    await liveTail(logs, sources, o);
    return;
  } catch (err) {
    if (o.signal.aborted) return;
    o.onInfo(
      `Live Tail is not available (${(err as Error).message.split('\n')[0]}): polling every ${o.pollMs / 1000} s instead (Ctrl-C stops) ...`,
    );
  }
  await poll(logs, sources, o);
}
