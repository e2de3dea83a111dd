// Change sets: the one way deploy and diff change a stack, so every change is shown before it
// happens. Nested stacks get change sets of their own (IncludeNestedStacks), summarised per stack.
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  type Capability,
  type CloudFormationClient,
  type DeploymentMode,
  type Change,
  type Parameter,
} from '@aws-sdk/client-cloudformation';
import type { ParsedTemplate } from '../core/parse.js';
import { allPages, sleepMs } from './paging.js';
import { STACK_TYPE } from './stacks.js';

export interface ChangeSetRequest {
  readonly stackName: string;
  readonly type: 'CREATE' | 'UPDATE';
  readonly templateBody?: string;
  readonly templateUrl?: string;
  readonly parameters: readonly Parameter[];
  readonly tags: Readonly<Record<string, string>>;
  readonly capabilities: readonly Capability[];
  /** REVERT_DRIFT: a drift-aware change set that also puts drifted properties back to the template's. */
  readonly deploymentMode?: DeploymentMode;
  /** CloudFormation express mode (DeploymentConfig Mode EXPRESS): done when configured, not when ready. */
  readonly express?: boolean;
}

export interface ChangeRow {
  readonly action: string;
  readonly logicalId: string;
  readonly type: string;
  /** True / False / Conditional for a Modify; undefined for Add and Remove. */
  readonly replacement?: string;
  readonly physicalId?: string;
  /** What changes: property names and what causes them. */
  readonly details: readonly string[];
}

export interface StackChanges {
  readonly label: string;
  readonly changeSetId: string;
  readonly rows: readonly ChangeRow[];
}

/** CloudFormation's words for "the template and parameters equal what is deployed". */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;

/**
 * Creates the change set. Undefined when the engine refuses an unchanged template outright
 * (moto does; CloudFormation instead creates a change set that fails with "no changes").
 */
export async function createChangeSet(
  cf: CloudFormationClient,
  request: ChangeSetRequest,
): Promise<{ id: string; stackId: string } | undefined> {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const command = new CreateChangeSetCommand({
    StackName: request.stackName,
    ChangeSetName: `mysfits-${stamp}`,
    ChangeSetType: request.type,
    TemplateBody: request.templateBody,
    TemplateURL: request.templateUrl,
    Parameters: [...request.parameters],
    Tags: Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })),
    Capabilities: [...request.capabilities],
    IncludeNestedStacks: true,
    ...(request.deploymentMode ? { DeploymentMode: request.deploymentMode } : {}),
    Description: 'Created by mysfits',
    ...(request.express ? { DeploymentConfig: { Mode: 'EXPRESS' as const } } : {}),
  });
  try {
    const r = await cf.send(command);
    return { id: r.Id!, stackId: r.StackId! };
  } catch (err) {
    if (NO_CHANGES.test((err as Error).message)) return undefined;
    throw err;
  }
}

export type ChangeSetState = { state: 'ready' } | { state: 'empty' } | { state: 'failed'; reason: string };

export async function waitForChangeSet(
  cf: CloudFormationClient,
  id: string,
  pollMs: number,
  sleep: (ms: number) => Promise<void> = sleepMs,
): Promise<ChangeSetState> {
  for (;;) {
    const r = await cf.send(new DescribeChangeSetCommand({ ChangeSetName: id }));
    if (r.Status === 'CREATE_COMPLETE') return { state: 'ready' };
    if (r.Status === 'FAILED') {
      const reason = r.StatusReason ?? 'no reason given';
      return NO_CHANGES.test(reason) ? { state: 'empty' } : { state: 'failed', reason };
    }
    await sleep(pollMs);
  }
}

const describeAll = (cf: CloudFormationClient, id: string): Promise<Change[]> =>
  allPages(async (NextToken) => {
    const r = await cf.send(new DescribeChangeSetCommand({ ChangeSetName: id, NextToken }));
    return [r.Changes, r.NextToken];
  });

/** The change set's rows, then each nested stack's (depth first). */
export async function describeChanges(cf: CloudFormationClient, id: string, label: string): Promise<StackChanges[]> {
  const rows: ChangeRow[] = [];
  const nested: StackChanges[] = [];
  for (const change of await describeAll(cf, id)) {
    const rc = change.ResourceChange;
    if (!rc) continue;
    const details = (rc.Details ?? []).map((d) => {
      const name = d.Target?.Name ?? d.Target?.Attribute ?? '?';
      const cause = d.CausingEntity ? ` (from ${d.CausingEntity})` : d.ChangeSource ? ` (${d.ChangeSource})` : '';
      const recreate = d.Target?.RequiresRecreation === 'Always' ? ', recreates' : '';
      return `${name}${cause}${recreate}`;
    });
    rows.push({
      action: rc.Action ?? '?',
      logicalId: rc.LogicalResourceId ?? '?',
      type: rc.ResourceType ?? '?',
      replacement: rc.Action === 'Modify' ? (rc.Replacement ?? undefined) : undefined,
      physicalId: rc.PhysicalResourceId,
      details: [...new Set(details)],
    });
    if (rc.ResourceType === STACK_TYPE && rc.ChangeSetId) {
      nested.push(...(await describeChanges(cf, rc.ChangeSetId, `${label}/${rc.LogicalResourceId}`)));
    }
  }
  return [{ label, changeSetId: id, rows }, ...nested];
}

/**
 * Removes a change set that will not be executed. A CREATE change set made a stack in
 * REVIEW_IN_PROGRESS that holds nothing else: that is removed too, so nothing is left behind.
 */
export async function discardChangeSet(
  cf: CloudFormationClient,
  changeSet: { id: string; stackId: string; type: 'CREATE' | 'UPDATE' },
): Promise<void> {
  await cf.send(new DeleteChangeSetCommand({ ChangeSetName: changeSet.id }));
  if (changeSet.type === 'CREATE') await cf.send(new DeleteStackCommand({ StackName: changeSet.stackId }));
}

const IAM_TYPES = /^AWS::IAM::/;
/** Properties that give an IAM resource a custom name, which needs CAPABILITY_NAMED_IAM. */
const IAM_NAMES = ['RoleName', 'UserName', 'GroupName', 'ManagedPolicyName', 'InstanceProfileName'];

/**
 * The capabilities a template needs, with the reason for each: IAM resources (named or not),
 * macros and transforms. Nested stacks are opaque from here, so they get all three: the
 * confirmation prompt shows them, and CloudFormation refuses anything not acknowledged.
 */
export function detectCapabilities(template: ParsedTemplate): { capability: Capability; reason: string }[] {
  const out = new Map<Capability, string>();
  for (const r of template.resources) {
    if (IAM_TYPES.test(r.type)) {
      out.set('CAPABILITY_IAM', `${r.id} is ${r.type}`);
      if (IAM_NAMES.some((p) => r.properties[p] !== undefined))
        out.set('CAPABILITY_NAMED_IAM', `${r.id} has a custom name`);
    }
    if (r.type === STACK_TYPE) {
      out.set('CAPABILITY_IAM', `nested stack ${r.id} may create IAM resources`);
      out.set('CAPABILITY_NAMED_IAM', `nested stack ${r.id} may create named IAM resources`);
      out.set('CAPABILITY_AUTO_EXPAND', `nested stack ${r.id} may use transforms`);
    }
  }
  if (template.transforms.length > 0) out.set('CAPABILITY_AUTO_EXPAND', `Transform: ${template.transforms.join(', ')}`);
  return [...out].map(([capability, reason]) => ({ capability, reason }));
}

export const CAPABILITIES: readonly Capability[] = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
