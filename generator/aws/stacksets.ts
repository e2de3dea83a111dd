// CloudFormation StackSets for `mysfits stackset`: create or update a stack set, add its missing
// instances, follow each operation (StackSets has no waiter: DescribeStackSetOperation is polled)
// with the instances' statuses as an account x region table, and report failures with their
// StatusReason. Also the set's status, drift detection and deletion.
import {
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DeleteStackSetCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  DetectStackSetDriftCommand,
  ListStackInstanceResourceDriftsCommand,
  ListStackInstancesCommand,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationsCommand,
  UpdateStackSetCommand,
  type CallAs,
  type CloudFormationClient,
  type Parameter,
  type StackInstanceResourceDriftsSummary,
  type StackInstanceSummary,
  type StackSet,
  type StackSetOperation,
  type StackSetOperationPreferences,
  type StackSetOperationResultSummary,
  type StackSetOperationSummary,
} from '@aws-sdk/client-cloudformation';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sha256 } from '../package/assets.js';
import { FLAT_TEMPLATE } from '../package/package.js';
import { UsageError } from '../errors.js';
import { allPages, sleepMs } from './paging.js';

export const ACCOUNT_ID = /^\d{12}$/;
export const OU_ID = /^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$/;
export const STACK_SET_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
/** The template needs these: IAM roles with names, and the SAM transform / nested stacks. */
export const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'] as const;
/** Operation states after which nothing more happens. */
const FINAL = new Set(['SUCCEEDED', 'FAILED', 'STOPPED']);

/** Who the stack set belongs to and how it is addressed. */
export interface StackSetRef {
  readonly name: string;
  readonly callAs?: CallAs;
}

/** Where instances go: accounts (self-managed) or organizational units (service-managed). */
export type Targets =
  | { readonly kind: 'accounts'; readonly ids: readonly string[] }
  | { readonly kind: 'ous'; readonly ids: readonly string[] };

export function checkStackSetName(name: string): string {
  if (!STACK_SET_NAME.test(name)) {
    throw new UsageError(
      `--name "${name}": a stack set name starts with a letter and has only letters, digits and hyphens (at most 128)`,
    );
  }
  return name;
}

/** `N` or `N%` of a preference flag, as the count or the percentage field. */
function countOrPercent(value: string, flag: string, min: number): { count?: number; percent?: number } {
  const m = /^(\d+)(%?)$/.exec(value);
  const n = m ? Number(m[1]) : NaN;
  if (!m || n < min || (m[2] && n > 100)) {
    throw new UsageError(
      `${flag} "${value}": expected a whole number${min ? ' of at least 1' : ''} or a percentage (N%)`,
    );
  }
  return m[2] ? { percent: n } : { count: n };
}

export interface PreferenceFlags {
  readonly maxConcurrent?: string;
  readonly failureTolerance?: string;
  readonly regionConcurrency?: string;
  readonly concurrencyMode?: string;
}

/** The operation preferences from the flags; undefined when none is given (StackSets' defaults). */
export function operationPreferences(flags: PreferenceFlags): StackSetOperationPreferences | undefined {
  const p: StackSetOperationPreferences = {};
  if (flags.maxConcurrent !== undefined) {
    const v = countOrPercent(flags.maxConcurrent, '--max-concurrent', 1);
    p.MaxConcurrentCount = v.count;
    p.MaxConcurrentPercentage = v.percent;
  }
  if (flags.failureTolerance !== undefined) {
    const v = countOrPercent(flags.failureTolerance, '--failure-tolerance', 0);
    p.FailureToleranceCount = v.count;
    p.FailureTolerancePercentage = v.percent;
  }
  if (flags.regionConcurrency !== undefined) {
    if (!['parallel', 'sequential'].includes(flags.regionConcurrency))
      throw new UsageError(`--region-concurrency "${flags.regionConcurrency}": expected parallel or sequential`);
    p.RegionConcurrencyType = flags.regionConcurrency === 'parallel' ? 'PARALLEL' : 'SEQUENTIAL';
  }
  if (flags.concurrencyMode !== undefined) {
    if (!['strict', 'soft'].includes(flags.concurrencyMode))
      throw new UsageError(`--concurrency-mode "${flags.concurrencyMode}": expected strict or soft`);
    p.ConcurrencyMode = flags.concurrencyMode === 'strict' ? 'STRICT_FAILURE_TOLERANCE' : 'SOFT_FAILURE_TOLERANCE';
  }
  return Object.values(p).some((v) => v !== undefined) ? p : undefined;
}

export function callAsOf(value: string | undefined): CallAs | undefined {
  if (value === undefined) return undefined;
  if (value === 'self') return 'SELF';
  if (value === 'delegated-admin') return 'DELEGATED_ADMIN';
  throw new UsageError(`--call-as "${value}": expected self or delegated-admin`);
}

/**
 * Why a template cannot be the template of a service-managed stack set (which accepts neither a
 * Transform nor nested stacks), or undefined when it can.
 */
export function serviceManagedObstacles(templateText: string): string[] {
  const t = (parse(templateText) ?? {}) as { Transform?: unknown; Resources?: Record<string, { Type?: string }> };
  const out: string[] = [];
  if (t.Transform !== undefined) out.push(`Transform ${JSON.stringify(t.Transform)}`);
  const nested = Object.entries(t.Resources ?? {}).filter(([, r]) => r?.Type === 'AWS::CloudFormation::Stack');
  if (nested.length) out.push(`${nested.length} nested stack(s) (${nested.map(([id]) => id).join(', ')})`);
  return out;
}

/** The flat form as a service-managed stack set reads it: an object of the admin region's bucket. */
export interface FlatForm {
  /** Where it goes in every region folder's bucket prefix: content-addressed, as nested templates are. */
  readonly path: string;
  readonly body: Uint8Array;
}

/**
 * OUT/flat.yml (`mysfits package --flat`), checked before any request: there, with no Transform
 * and no nested stack, and from the same package as the region folders (every asset it names is
 * in each folder's manifest). Anything else is a usage error naming the fix.
 */
export function readFlatForm(
  from: string,
  manifests: readonly { region: string; files: readonly { path: string }[] }[],
): FlatForm {
  const file = join(from, FLAT_TEMPLATE);
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    throw new UsageError(
      `--ous makes a service-managed stack set, which accepts no Transform and no nested stacks: it deploys ${file}, the flat form, and there is none. Run \`mysfits package --flat --regions ${manifests.map((m) => m.region).join(',')} --out ${from}\` first`,
    );
  }
  const text = body.toString('utf8');
  const obstacles = serviceManagedObstacles(text);
  if (obstacles.length) {
    throw new UsageError(
      `${file} has ${obstacles.join(' and ')}, which a service-managed stack set refuses: run \`mysfits package --flat\` again`,
    );
  }
  const assets = [...new Set(text.match(/assets\/[0-9a-f]{64}\.zip/g) ?? [])];
  for (const m of manifests) {
    const listed = new Set(m.files.map((f) => f.path));
    const missing = assets.filter((a) => !listed.has(a));
    if (missing.length) {
      throw new UsageError(
        `${file} is not from the same package as ${join(from, m.region)} (it names ${missing.join(', ')}, which that folder lacks): run \`mysfits package --flat\` for every region at once`,
      );
    }
  }
  return { path: `templates/flat.${sha256(body)}.yml`, body };
}

const notFound = (err: unknown): boolean => (err as { name?: string }).name === 'StackSetNotFoundException';

export async function describeStackSet(cf: CloudFormationClient, ref: StackSetRef): Promise<StackSet | undefined> {
  try {
    return (await cf.send(new DescribeStackSetCommand({ StackSetName: ref.name, CallAs: ref.callAs }))).StackSet;
  } catch (err) {
    if (notFound(err)) return undefined;
    throw err;
  }
}

export const listInstances = (cf: CloudFormationClient, ref: StackSetRef): Promise<StackInstanceSummary[]> =>
  allPages(async (token) => {
    const r = await cf.send(
      new ListStackInstancesCommand({ StackSetName: ref.name, CallAs: ref.callAs, NextToken: token }),
    );
    return [r.Summaries, r.NextToken];
  });

export async function listOperations(
  cf: CloudFormationClient,
  ref: StackSetRef,
  max = 5,
): Promise<StackSetOperationSummary[]> {
  const r = await cf.send(
    new ListStackSetOperationsCommand({ StackSetName: ref.name, CallAs: ref.callAs, MaxResults: max }),
  );
  return (r.Summaries ?? []).slice(0, max);
}

export const operationResults = (
  cf: CloudFormationClient,
  ref: StackSetRef,
  operationId: string,
): Promise<StackSetOperationResultSummary[]> =>
  allPages(async (token) => {
    const r = await cf.send(
      new ListStackSetOperationResultsCommand({
        StackSetName: ref.name,
        OperationId: operationId,
        CallAs: ref.callAs,
        NextToken: token,
      }),
    );
    return [r.Summaries, r.NextToken];
  });

/** An instance's state in one word: the detailed status while it runs, else the status. */
export const instanceState = (i: StackInstanceSummary): string =>
  i.StackInstanceStatus?.DetailedStatus ?? i.Status ?? 'UNKNOWN';

/** The instances as a table: a row per account, a column per region. */
export function instanceTable(
  instances: readonly StackInstanceSummary[],
  cell: (i: StackInstanceSummary) => string = instanceState,
): string[] {
  const accounts = [...new Set(instances.map((i) => i.Account ?? '?'))].sort();
  const regions = [...new Set(instances.map((i) => i.Region ?? '?'))].sort();
  if (accounts.length === 0) return ['  (no instances)'];
  const rows = [
    ['account', ...regions],
    ...accounts.map((a) => [
      a,
      ...regions.map((r) => {
        const i = instances.find((x) => x.Account === a && x.Region === r);
        return i ? cell(i) : '-';
      }),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map(
    (row) =>
      '  ' +
      row
        .map((v, c) => v.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
  );
}

export interface OperationOutcome {
  readonly operation: StackSetOperation;
  readonly results: readonly StackSetOperationResultSummary[];
  /** The results that did not succeed, each with its StatusReason. */
  readonly failures: readonly StackSetOperationResultSummary[];
}

export interface WatchOptions {
  readonly pollMs: number;
  /** Each poll's instance states (for the account x region table). */
  readonly onPoll?: (operation: StackSetOperation, instances: readonly StackInstanceSummary[]) => void;
}

/** Polls the operation until it ends, then fetches its per-instance results. */
export async function watchOperation(
  cf: CloudFormationClient,
  ref: StackSetRef,
  operationId: string,
  options: WatchOptions,
): Promise<OperationOutcome> {
  for (;;) {
    const operation = (
      await cf.send(
        new DescribeStackSetOperationCommand({ StackSetName: ref.name, OperationId: operationId, CallAs: ref.callAs }),
      )
    ).StackSetOperation!;
    if (options.onPoll) options.onPoll(operation, await listInstances(cf, ref));
    if (FINAL.has(operation.Status ?? '')) {
      const results = await operationResults(cf, ref, operationId);
      return { operation, results, failures: results.filter((r) => r.Status !== 'SUCCEEDED') };
    }
    await sleepMs(options.pollMs);
  }
}

export function formatFailure(r: StackSetOperationResultSummary): string {
  return `${r.Account ?? '?'} ${r.Region ?? '?'}: ${r.Status ?? '?'}${r.StatusReason ? `: ${r.StatusReason}` : ''}`;
}

export interface DeployRequest {
  readonly ref: StackSetRef;
  readonly templateUrl: string;
  readonly targets: Targets;
  readonly regions: readonly string[];
  readonly parameters: Record<string, string>;
  readonly overrides: Record<string, string>;
  readonly preferences?: StackSetOperationPreferences;
  readonly autoDeploy: boolean;
}

const asParameters = (values: Record<string, string>): Parameter[] =>
  Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));

/** One step of a deployment: what it does, and the call that starts its operation. */
export interface DeployStep {
  readonly what: string;
  start(): Promise<string>;
}

export interface DeployPlan {
  readonly existing?: StackSet;
  readonly steps: readonly DeployStep[];
}

/** Missing (account, region) pairs of self-managed targets, grouped so one call covers a group. */
export function missingGroups(
  accounts: readonly string[],
  regions: readonly string[],
  present: readonly StackInstanceSummary[],
): { accounts: string[]; regions: string[] }[] {
  const has = new Set(present.map((i) => `${i.Account}/${i.Region}`));
  const byAccounts = new Map<string, string[]>();
  for (const region of regions) {
    const missing = accounts.filter((a) => !has.has(`${a}/${region}`));
    if (missing.length === 0) continue;
    const key = missing.join(',');
    byAccounts.set(key, [...(byAccounts.get(key) ?? []), region]);
  }
  return [...byAccounts].map(([key, rs]) => ({ accounts: key.split(','), regions: rs }));
}

/**
 * What deploying means for the stack set as it is: create it (if missing), update the template
 * and parameters on the instances there are (if any), create the missing instances.
 */
export async function planDeploy(cf: CloudFormationClient, req: DeployRequest): Promise<DeployPlan> {
  const { ref, targets } = req;
  const model = targets.kind === 'ous' ? 'SERVICE_MANAGED' : 'SELF_MANAGED';
  const existing = await describeStackSet(cf, ref);
  if (existing && existing.PermissionModel && existing.PermissionModel !== model) {
    throw new UsageError(
      `stack set ${ref.name} is ${existing.PermissionModel}: it takes ${existing.PermissionModel === 'SERVICE_MANAGED' ? '--ous' : '--accounts'}, not ${targets.kind === 'ous' ? '--ous' : '--accounts'}`,
    );
  }
  const steps: DeployStep[] = [];
  const common = {
    StackSetName: ref.name,
    CallAs: ref.callAs,
    TemplateURL: req.templateUrl,
    Parameters: asParameters(req.parameters),
    Capabilities: [...CAPABILITIES],
    AutoDeployment:
      model === 'SERVICE_MANAGED' ? { Enabled: req.autoDeploy, RetainStacksOnAccountRemoval: false } : undefined,
  };
  const present = existing ? await listInstances(cf, ref) : [];
  if (!existing) {
    steps.push({
      what: `create stack set ${ref.name} (${model})`,
      async start() {
        await cf.send(new CreateStackSetCommand({ ...common, PermissionModel: model }));
        return '';
      },
    });
  } else {
    steps.push({
      what: `update stack set ${ref.name}${present.length ? ` and its ${present.length} instance(s)` : ' (no instances yet)'}`,
      async start() {
        const r = await cf.send(new UpdateStackSetCommand({ ...common, OperationPreferences: req.preferences }));
        return r.OperationId!;
      },
    });
  }
  const create = (what: string, input: { Accounts?: string[]; OUs?: string[]; Regions: string[] }): DeployStep => ({
    what,
    async start() {
      const r = await cf.send(
        new CreateStackInstancesCommand({
          StackSetName: ref.name,
          CallAs: ref.callAs,
          Accounts: input.Accounts,
          DeploymentTargets: input.OUs ? { OrganizationalUnitIds: input.OUs } : undefined,
          Regions: input.Regions,
          ParameterOverrides: Object.keys(req.overrides).length ? asParameters(req.overrides) : undefined,
          OperationPreferences: req.preferences,
        }),
      );
      return r.OperationId!;
    },
  });
  if (targets.kind === 'accounts') {
    for (const g of missingGroups(targets.ids, req.regions, present)) {
      steps.push(
        create(
          `add ${g.accounts.length * g.regions.length} instance(s): ${g.accounts.join(', ')} in ${g.regions.join(', ')}`,
          {
            Accounts: g.accounts,
            Regions: g.regions,
          },
        ),
      );
    }
  } else {
    // Service-managed: StackSets resolves the OUs to accounts and adds only what is missing.
    steps.push(
      create(`add instances for every account of ${targets.ids.join(', ')} in ${req.regions.join(', ')}`, {
        OUs: [...targets.ids],
        Regions: [...req.regions],
      }),
    );
  }
  return { existing, steps };
}

/** Deletes every instance of the set (the stacks with them), returning the operation id, or undefined if none. */
export async function deleteInstances(
  cf: CloudFormationClient,
  ref: StackSetRef,
  set: StackSet,
  instances: readonly StackInstanceSummary[],
  preferences?: StackSetOperationPreferences,
): Promise<string | undefined> {
  if (instances.length === 0) return undefined;
  const regions = [...new Set(instances.map((i) => i.Region!))];
  const service = set.PermissionModel === 'SERVICE_MANAGED';
  const ous = [...new Set(instances.map((i) => i.OrganizationalUnitId).filter((o): o is string => !!o))];
  const r = await cf.send(
    new DeleteStackInstancesCommand({
      StackSetName: ref.name,
      CallAs: ref.callAs,
      Regions: regions,
      Accounts: service ? undefined : [...new Set(instances.map((i) => i.Account!))],
      DeploymentTargets: service ? { OrganizationalUnitIds: ous } : undefined,
      RetainStacks: false,
      OperationPreferences: preferences,
    }),
  );
  return r.OperationId!;
}

export async function deleteStackSet(cf: CloudFormationClient, ref: StackSetRef): Promise<void> {
  await cf.send(new DeleteStackSetCommand({ StackSetName: ref.name, CallAs: ref.callAs }));
}

const KEEPS = new Set(['Retain', 'RetainExceptOnCreate', 'Snapshot']);

/** What every instance's stack keeps when deleted: the template's resources with a retaining DeletionPolicy. */
export function retainedByTemplate(
  templateText: string | undefined,
): { logicalId: string; type: string; policy: string }[] {
  if (!templateText) return [];
  const t = (parse(templateText) ?? {}) as { Resources?: Record<string, { Type?: string; DeletionPolicy?: unknown }> };
  return Object.entries(t.Resources ?? {})
    .filter(([, r]) => typeof r?.DeletionPolicy === 'string' && KEEPS.has(r.DeletionPolicy))
    .map(([logicalId, r]) => ({ logicalId, type: r.Type ?? '?', policy: r.DeletionPolicy as string }));
}

export async function startDriftDetection(
  cf: CloudFormationClient,
  ref: StackSetRef,
  preferences?: StackSetOperationPreferences,
): Promise<string> {
  const r = await cf.send(
    new DetectStackSetDriftCommand({ StackSetName: ref.name, CallAs: ref.callAs, OperationPreferences: preferences }),
  );
  return r.OperationId!;
}

/** The drifted resources of one instance found by a drift operation (IN_SYNC ones left out). */
export const resourceDrifts = (
  cf: CloudFormationClient,
  ref: StackSetRef,
  operationId: string,
  instance: StackInstanceSummary,
): Promise<StackInstanceResourceDriftsSummary[]> =>
  allPages(async (token) => {
    const r = await cf.send(
      new ListStackInstanceResourceDriftsCommand({
        StackSetName: ref.name,
        CallAs: ref.callAs,
        OperationId: operationId,
        StackInstanceAccount: instance.Account!,
        StackInstanceRegion: instance.Region!,
        StackInstanceResourceDriftStatuses: ['MODIFIED', 'DELETED'],
        NextToken: token,
      }),
    );
    return [r.Summaries, r.NextToken];
  });

export interface DriftReport {
  readonly operationId: string;
  readonly outcome: OperationOutcome;
  readonly instances: readonly StackInstanceSummary[];
  /** Each DRIFTED instance with its MODIFIED or DELETED resources. */
  readonly drifted: readonly { instance: StackInstanceSummary; resources: StackInstanceResourceDriftsSummary[] }[];
}

/** Drift detection on every instance, followed to its end, then per instance and per resource. */
export async function detectDrift(
  cf: CloudFormationClient,
  ref: StackSetRef,
  options: { pollMs: number; preferences?: StackSetOperationPreferences; onStart?: (operationId: string) => void },
): Promise<DriftReport> {
  const operationId = await startDriftDetection(cf, ref, options.preferences);
  options.onStart?.(operationId);
  const outcome = await watchOperation(cf, ref, operationId, { pollMs: options.pollMs });
  const instances = await listInstances(cf, ref);
  const drifted = [];
  for (const instance of instances.filter((i) => i.DriftStatus === 'DRIFTED'))
    drifted.push({ instance, resources: await resourceDrifts(cf, ref, operationId, instance) });
  return { operationId, outcome, instances, drifted };
}
