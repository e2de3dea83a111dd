// CloudFormation stack operations shared by deploy, diff, destroy and outputs: stack lookup,
// stack trees (nested stacks), watching an operation until the stack settles, and finding the
// event that caused a failure.
import {
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type CloudFormationClient,
  type Stack,
  type StackEvent,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import { allPages, sleepMs } from './paging.js';

export const STACK_TYPE = 'AWS::CloudFormation::Stack';

/** The stack, or undefined when CloudFormation says it does not exist. */
export async function describeStack(cf: CloudFormationClient, nameOrId: string): Promise<Stack | undefined> {
  try {
    return (await cf.send(new DescribeStacksCommand({ StackName: nameOrId }))).Stacks?.[0];
  } catch (err) {
    if (isStackMissing(err)) return undefined;
    throw err;
  }
}

export function isStackMissing(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return e.name === 'ValidationError' && /does not exist/i.test(e.message ?? '');
}

/** An operation is running (REVIEW_IN_PROGRESS is not one: it is a stack with only change sets). */
export const isInProgress = (status: string | undefined): boolean =>
  !!status && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';

export const isSuccess = (status: string | undefined): boolean =>
  status === 'CREATE_COMPLETE' ||
  status === 'UPDATE_COMPLETE' ||
  status === 'IMPORT_COMPLETE' ||
  status === 'DELETE_COMPLETE';

/** What a settled status means for the user, in one sentence, and what to do next. */
export function outcome(status: string, stackName: string): string {
  switch (status) {
    case 'ROLLBACK_COMPLETE':
      return `rolled back: the stack was not created and nothing of it is left running. A stack in ROLLBACK_COMPLETE cannot be updated: remove it with \`mysfits destroy --stack-name ${stackName}\`, fix the cause, and deploy again.`;
    case 'ROLLBACK_FAILED':
      return `rollback failed: some resources of the new stack could not be deleted (see the events). Remove it with \`mysfits destroy --stack-name ${stackName}\`.`;
    case 'UPDATE_ROLLBACK_COMPLETE':
      return 'rolled back: the stack is back on its previous version and still serves.';
    case 'UPDATE_ROLLBACK_FAILED':
      return `rollback failed: fix the resource named above, then \`aws cloudformation continue-update-rollback --stack-name ${stackName}\`.`;
    case 'CREATE_FAILED':
    case 'UPDATE_FAILED':
      return 'no rollback (rollback is disabled on this stack): the resources are left as they failed.';
    case 'DELETE_FAILED':
      return `the stack is DELETE_FAILED: remove what blocked it (named above) and run \`mysfits destroy --stack-name ${stackName}\` again.`;
    default:
      return `the stack is ${status}.`;
  }
}

export interface StackNode {
  readonly id: string;
  readonly name: string;
  /** `root` or `root/LogicalId/...`: how deploy and destroy label nested stacks. */
  readonly label: string;
  readonly resources: readonly StackResourceSummary[];
  readonly children: readonly StackNode[];
}

export const listResources = (cf: CloudFormationClient, stack: string): Promise<StackResourceSummary[]> =>
  allPages(async (NextToken) => {
    const r = await cf.send(new ListStackResourcesCommand({ StackName: stack, NextToken }));
    return [r.StackResourceSummaries, r.NextToken];
  });

/** The stack and its nested stacks, depth first. */
export async function stackTree(cf: CloudFormationClient, stack: Stack, label = stack.StackName!): Promise<StackNode> {
  const resources = await listResources(cf, stack.StackId ?? stack.StackName!);
  const children: StackNode[] = [];
  for (const r of resources) {
    if (r.ResourceType !== STACK_TYPE || !r.PhysicalResourceId) continue;
    const child = await describeStack(cf, r.PhysicalResourceId);
    if (child) children.push(await stackTree(cf, child, `${label}/${r.LogicalResourceId}`));
  }
  return { id: stack.StackId!, name: stack.StackName!, label, resources, children };
}

export const flatten = (node: StackNode): StackNode[] => [node, ...node.children.flatMap(flatten)];

/** Events of a stack after `since` (CloudFormation's clock), oldest first. */
export async function eventsSince(cf: CloudFormationClient, stack: string, since: Date): Promise<StackEvent[]> {
  const out: StackEvent[] = [];
  let NextToken: string | undefined;
  pages: do {
    const page = await cf.send(new DescribeStackEventsCommand({ StackName: stack, NextToken }));
    for (const e of page.StackEvents ?? []) {
      if (e.Timestamp && e.Timestamp <= since) break pages;
      out.push(e);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return out.reverse();
}

/**
 * The time of a stack's newest event, on CloudFormation's clock: events after it belong to the
 * operation about to start (the local clock may be skewed, so it is not used).
 */
export async function lastEventTime(cf: CloudFormationClient, stack: string): Promise<Date> {
  try {
    const page = await cf.send(new DescribeStackEventsCommand({ StackName: stack }));
    return page.StackEvents?.[0]?.Timestamp ?? new Date(0);
  } catch (err) {
    if (isStackMissing(err)) return new Date(0);
    throw err;
  }
}

export interface StackProgress {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly status?: string;
}

export interface WatchUpdate {
  readonly elapsedMs: number;
  readonly status: string;
  readonly stacks: readonly StackProgress[];
  /** Events seen since the previous update, oldest first, with their stack's label. */
  readonly events: readonly { label: string; event: StackEvent }[];
}

export interface WatchOptions {
  /** Events before this are another operation's. */
  readonly since: Date;
  readonly pollMs: number;
  /** Resources expected to change per stack label (from the change set, or a stack's size for deletes). */
  readonly totals?: ReadonlyMap<string, number>;
  readonly onUpdate?: (update: WatchUpdate) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

const TERMINAL = /_(COMPLETE|FAILED)$/;

/**
 * Polls a stack (by id, so a deleted stack still answers) and its nested stacks until no
 * operation is in progress. Returns the settled status; `DELETE_COMPLETE` when the stack is gone.
 */
export async function watchStack(
  cf: CloudFormationClient,
  stackId: string,
  rootLabel: string,
  options: WatchOptions,
): Promise<string> {
  const started = Date.now();
  const watched = new Map<string, string>([[stackId, rootLabel]]); // stack id or name -> label
  const seen = new Set<string>();
  const latest = new Map<string, Map<string, string>>(); // label -> logical id -> latest status
  const stackStatus = new Map<string, string>();
  const sleep = options.sleep ?? sleepMs;
  for (;;) {
    const stack = await describeStack(cf, stackId);
    const status = stack?.StackStatus ?? 'DELETE_COMPLETE';
    const fresh: { label: string; event: StackEvent }[] = [];
    for (const [id, label] of [...watched]) {
      let events: StackEvent[];
      try {
        events = await eventsSince(cf, id, options.since);
      } catch (err) {
        if (isStackMissing(err)) continue; // a nested stack already deleted
        throw err;
      }
      for (const event of events) {
        if (!event.EventId || seen.has(event.EventId)) continue;
        seen.add(event.EventId);
        fresh.push({ label, event });
        const isSelf = event.PhysicalResourceId === event.StackId || event.LogicalResourceId === event.StackName;
        if (isSelf) {
          stackStatus.set(label, event.ResourceStatus ?? '');
          continue;
        }
        const resources = latest.get(label) ?? new Map<string, string>();
        resources.set(event.LogicalResourceId ?? '', event.ResourceStatus ?? '');
        latest.set(label, resources);
        if (event.ResourceType === STACK_TYPE && event.PhysicalResourceId && !watched.has(event.PhysicalResourceId)) {
          watched.set(event.PhysicalResourceId, `${label}/${event.LogicalResourceId}`);
        }
      }
    }
    const labels = [...new Set([rootLabel, ...(options.totals?.keys() ?? []), ...watched.values()])];
    const settled = !isInProgress(status);
    const stacks = labels.map((label) => {
      const resources = latest.get(label) ?? new Map<string, string>();
      const done = [...resources.values()].filter((s) => TERMINAL.test(s)).length;
      const total = Math.max(options.totals?.get(label) ?? 0, resources.size, done);
      // CloudFormation writes no event for a resource it leaves alone; once settled, all is done.
      return {
        label,
        done: settled && label === rootLabel ? Math.max(done, total) : done,
        total,
        status: stackStatus.get(label),
      };
    });
    options.onUpdate?.({ elapsedMs: Date.now() - started, status, stacks, events: fresh });
    if (settled) return status;
    await sleep(options.pollMs);
  }
}

export interface RootCause {
  readonly label: string;
  readonly stackName: string;
  readonly logicalId: string;
  readonly type: string;
  readonly status: string;
  readonly reason: string;
}

/** Failures that only echo another one: CloudFormation cancels the rest when one resource fails. */
const CASCADE = /^(Resource (creation|update|deletion) cancelled|The following resource\(s\) failed)/i;

/**
 * The first failure that is not a consequence of another one, descending into nested stacks: a
 * nested stack's own failure only says "Embedded stack ... failed"; the cause is inside it.
 */
export async function findRootCause(
  cf: CloudFormationClient,
  stackId: string,
  label: string,
  since: Date,
): Promise<RootCause | undefined> {
  let events: StackEvent[];
  try {
    events = await eventsSince(cf, stackId, since);
  } catch (err) {
    if (isStackMissing(err)) return undefined;
    throw err;
  }
  const failures = events.filter(
    (e) =>
      e.ResourceStatus?.endsWith('_FAILED') &&
      e.PhysicalResourceId !== e.StackId &&
      e.LogicalResourceId !== e.StackName,
  );
  const first = failures.find((e) => !CASCADE.test(e.ResourceStatusReason ?? '')) ?? failures[0];
  if (!first) return undefined;
  if (first.ResourceType === STACK_TYPE && first.PhysicalResourceId) {
    const inner = await findRootCause(cf, first.PhysicalResourceId, `${label}/${first.LogicalResourceId}`, since);
    if (inner) return inner;
  }
  return {
    label,
    stackName: first.StackName ?? label,
    logicalId: first.LogicalResourceId ?? '?',
    type: first.ResourceType ?? '?',
    status: first.ResourceStatus ?? '?',
    reason: first.ResourceStatusReason ?? '(no reason given)',
  };
}

/** `1m 05s` */
export function formatElapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}
