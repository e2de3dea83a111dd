// mysfits stackset deploy|status|drift|destroy: the app in many accounts and regions through
// CloudFormation StackSets, from the folder `mysfits package` wrote.
import { readFileSync } from 'node:fs';
import type { StackInstanceSummary, StackSetOperation } from '@aws-sdk/client-cloudformation';
import { AWS_FLAGS, parseKeyValues } from '../../aws/client-config.js';
import { awsContext, type AwsContext } from '../../aws/context.js';
import { publishRegion, readRegionFolder } from '../../aws/publish.js';
import {
  ACCOUNT_ID,
  callAsOf,
  checkStackSetName,
  deleteInstances,
  deleteStackSet,
  detectDrift,
  describeStackSet,
  formatFailure,
  instanceTable,
  listInstances,
  listOperations,
  operationPreferences,
  OU_ID,
  planDeploy,
  readFlatForm,
  serviceManagedObstacles,
  retainedByTemplate,
  watchOperation,
  type OperationOutcome,
  type StackSetRef,
  type Targets,
} from '../../aws/stacksets.js';
import { FLAT_TEMPLATE } from '../../package/package.js';
import { objectUrl, resolveRegions } from '../../config/regions.js';
import { defineCommand, UsageError } from '../command.js';
import { confirm, makeOutput, onInterrupt, requireConfirmable, type Output } from '../ops-output.js';
import { defineGroup } from '../run.js';

const NAME_FLAG = {
  name: { type: 'string', short: 'n', value: 'NAME', description: 'Stack set name (required).' },
} as const;
const CALL_AS_FLAG = {
  'call-as': {
    type: 'string',
    value: 'WHO',
    description:
      'self (the management or a self-managed admin account) or delegated-admin (a delegated administrator of the organization).',
  },
} as const;
const COMMON_FLAGS = {
  json: { type: 'boolean', description: 'Print the result as JSON on stdout (progress goes to stderr).' },
  ...AWS_FLAGS,
} as const;
const PREFERENCE_FLAGS = {
  'max-concurrent': {
    type: 'string',
    value: 'N|N%',
    description: 'Accounts per region at once (a count, or a percentage of the accounts).',
  },
  'failure-tolerance': {
    type: 'string',
    value: 'N|N%',
    description: 'Failed accounts per region before StackSets stops the operation in that and later regions.',
  },
  'region-concurrency': {
    type: 'string',
    value: 'MODE',
    description: 'parallel or sequential (StackSets: sequential).',
  },
  'concurrency-mode': {
    type: 'string',
    value: 'MODE',
    description: 'strict (concurrency drops with failures) or soft (keeps --max-concurrent).',
  },
} as const;

/** The operation preferences the PREFERENCE_FLAGS give. */
const preferencesOf = (options: { readonly [K in keyof typeof PREFERENCE_FLAGS]: string | undefined }) =>
  operationPreferences({
    maxConcurrent: options['max-concurrent'],
    failureTolerance: options['failure-tolerance'],
    regionConcurrency: options['region-concurrency'],
    concurrencyMode: options['concurrency-mode'],
  });

const nameOf = (value: string | undefined): string => {
  if (!value) throw new UsageError('--name NAME is required');
  return checkStackSetName(value);
};

const idList = (value: string, flag: string, pattern: RegExp, like: string): string[] => {
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const bad = ids.filter((id) => !pattern.test(id));
  if (ids.length === 0 || bad.length)
    throw new UsageError(
      `${flag}: ${bad.length ? bad.map((b) => `"${b}"`).join(', ') : 'empty'}: expected ${like}, comma-separated`,
    );
  return ids;
};

/** Prints the account x region table after each poll, when it changed. */
function tablePrinter(out: Output): (operation: StackSetOperation, instances: readonly StackInstanceSummary[]) => void {
  let last = '';
  return (operation, instances) => {
    const text = [`  operation ${operation.Action ?? ''} ${operation.Status ?? ''}`, ...instanceTable(instances)].join(
      '\n',
    );
    if (text !== last) out.info(text);
    last = text;
  };
}

function reportOutcome(out: Output, what: string, outcome: OperationOutcome): boolean {
  const ok = outcome.operation.Status === 'SUCCEEDED' && outcome.failures.length === 0;
  out.info(
    `${what}: ${outcome.operation.Status}${outcome.operation.StatusReason ? ` (${outcome.operation.StatusReason})` : ''}`,
  );
  for (const f of outcome.failures) out.info(`  FAILED ${formatFailure(f)}`);
  return ok;
}

const watch = (ctx: AwsContext, ref: StackSetRef, id: string, out: Output) =>
  watchOperation(ctx.cf, ref, id, { pollMs: ctx.pollMs, onPoll: tablePrinter(out) });

const asResult = (what: string, id: string, o: OperationOutcome) => ({
  what,
  operationId: id,
  status: o.operation.Status,
  statusReason: o.operation.StatusReason,
  failures: o.failures.map((f) => ({ account: f.Account, region: f.Region, status: f.Status, reason: f.StatusReason })),
});

export const stacksetDeploy = defineCommand({
  name: 'stackset deploy',
  description: [
    'Publishes the packaged assets to the artifact bucket of every target region (as `mysfits publish`',
    'does: objects under <appName>/ readable by anyone, so every target account can read them), then',
    'creates the stack set (self-managed for --accounts, service-managed for --ous) or updates its',
    'template and parameters on every instance, and adds the missing instances. Each operation is',
    'followed until it ends, with an account x region table of instance statuses. Failures are',
    'listed with their StatusReason; the exit code is 1 when any instance failed.',
    'Service-managed stack sets reject templates with a Transform or nested stacks: --ous deploys the',
    "flat form, DIR/flat.yml (`mysfits package --flat`), uploaded to the admin region's bucket as",
    'templates/flat.<sha256>.yml. See docs/stacksets.md.',
  ].join('\n'),
  options: {
    ...NAME_FLAG,
    from: { type: 'string', value: 'DIR', description: 'Folder `mysfits package` wrote.', default: 'out' },
    accounts: { type: 'string', value: 'IDS', description: 'Target account ids, comma-separated (self-managed).' },
    ous: {
      type: 'string',
      value: 'OU_IDS',
      description: 'Target organizational units, comma-separated (service-managed).',
    },
    regions: { type: 'string', value: 'R1,R2', description: 'Target regions, comma-separated (required).' },
    parameters: {
      type: 'string',
      multiple: true,
      value: 'K=V',
      description: 'Stack set parameter (repeat for more), or file://PATH of JSON.',
    },
    overrides: {
      type: 'string',
      value: 'FILE',
      description: 'JSON of parameter values for the instances this run adds.',
    },
    ...PREFERENCE_FLAGS,
    'auto-deploy': {
      type: 'boolean',
      description: 'With --ous: deploy to accounts that join the OUs later, delete from those that leave.',
    },
    ...CALL_AS_FLAG,
    yes: { type: 'boolean', short: 'y', description: 'Deploy without asking (required when stdin is not a terminal).' },
    ...COMMON_FLAGS,
  },
  examples: [
    'mysfits stackset deploy -n mysfits --accounts 111111111111,222222222222 --regions us-east-1,eu-west-1',
    'mysfits stackset deploy -n workshop --ous ou-ab12-cdefgh34 --regions eu-west-1 --auto-deploy --max-concurrent 100% --failure-tolerance 10%',
  ],
  async run(options) {
    const name = nameOf(options.name);
    if ((options.accounts === undefined) === (options.ous === undefined))
      throw new UsageError('give the targets with exactly one of --accounts IDS or --ous OU_IDS');
    const targets: Targets =
      options.accounts !== undefined
        ? { kind: 'accounts', ids: idList(options.accounts, '--accounts', ACCOUNT_ID, '12-digit account ids') }
        : { kind: 'ous', ids: idList(options.ous!, '--ous', OU_ID, 'OU ids (ou-xxxx-yyyyyyyy) or a root id (r-xxxx)') };
    if (options['auto-deploy'] && targets.kind !== 'ous')
      throw new UsageError('--auto-deploy works with --ous only (accounts that join an OU)');
    if (!options.regions) throw new UsageError('--regions R1,R2 is required');
    const regions = resolveRegions(
      options.regions
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      '--regions',
    );
    const read = (p: string): string => readFileSync(p, 'utf8');
    const parameters = parseKeyValues(options.parameters ?? [], '--parameters', read);
    const overrides = options.overrides ? parseKeyValues([`file://${options.overrides}`], '--overrides', read) : {};
    const preferences = preferencesOf(options);
    const ref: StackSetRef = { name, callAs: callAsOf(options['call-as']) };
    const yes = options.yes === true;
    requireConfirmable(yes, 'stackset deploy');

    // Every folder read and checked before the first request.
    const packaged = regions.map((r) => readRegionFolder(options.from, r));
    // Service-managed (--ous): the flat form, published beside the admin region's templates.
    const flat =
      targets.kind === 'ous'
        ? readFlatForm(
            options.from,
            packaged.map((f) => f.manifest),
          )
        : undefined;
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'deployed');
    try {
      const chosen = packaged.find((f) => f.region.code === ctx.region) ?? packaged[0];
      const admin = flat ? { ...chosen, files: new Map([...chosen.files, [flat.path, flat.body]]) } : chosen;
      const folders = packaged.map((f) => (f === chosen ? admin : f));
      const templateUrl = flat
        ? objectUrl(admin.region, admin.manifest.bucket, `${admin.manifest.prefix}/${flat.path}`)
        : admin.manifest.mainTemplateUrl;
      const plan = await planDeploy(ctx.cf, {
        ref,
        templateUrl,
        targets,
        regions: regions.map((r) => r.code),
        parameters,
        overrides,
        preferences,
        autoDeploy: options['auto-deploy'] === true,
      });
      out.info(`stack set ${name} in ${ctx.where}, template ${templateUrl}${flat ? ` (${FLAT_TEMPLATE})` : ''}:`);
      out.info(
        `  publish assets to ${folders.map((f) => f.manifest.bucket).join(', ')} (public read of ${admin.manifest.prefix}/*)`,
      );
      for (const s of plan.steps) out.info(`  ${s.what}`);
      if (!yes && !(await confirm('Go ahead?'))) {
        out.info('cancelled: nothing was changed.');
        return 1;
      }
      for (const f of folders) {
        const r = await publishRegion(f, { mode: 'public', endpoint: options.endpoint, profile: options.profile });
        out.info(
          `  ${f.region.code}: ${r.uploaded.length} uploaded, ${r.skipped} already there (s3://${r.bucket}/${f.manifest.prefix}/)`,
        );
      }
      const operations = [];
      let ok = true;
      const release = onInterrupt('stack set operation');
      try {
        for (const step of plan.steps) {
          const id = await step.start();
          if (!id) {
            out.info(`${step.what}: done`);
            continue;
          }
          out.info(`${step.what}: operation ${id} (Ctrl-C stops watching, not the operation) ...`);
          const outcome = await watch(ctx, ref, id, out);
          operations.push(asResult(step.what, id, outcome));
          if (!reportOutcome(out, step.what, outcome)) {
            ok = false;
            break;
          }
        }
      } finally {
        release();
      }
      const instances = await listInstances(ctx.cf, ref);
      out.info(ok ? `stack set ${name}: every operation succeeded.` : `stack set ${name}: FAILED (see above).`);
      out.result({ stackSet: name, ok, operations, instances: instances.map(instanceJson) });
      return ok ? 0 : 1;
    } finally {
      ctx.close();
    }
  },
});

const instanceJson = (i: StackInstanceSummary) => ({
  account: i.Account,
  region: i.Region,
  status: i.Status,
  detailedStatus: i.StackInstanceStatus?.DetailedStatus,
  statusReason: i.StatusReason,
  driftStatus: i.DriftStatus,
  lastOperationId: i.LastOperationId,
  organizationalUnitId: i.OrganizationalUnitId,
});

async function requireSet(ctx: AwsContext, ref: StackSetRef) {
  const set = await describeStackSet(ctx.cf, ref);
  if (!set) throw new Error(`stack set ${ref.name} does not exist in ${ctx.where}`);
  return set;
}

export const stacksetStatus = defineCommand({
  name: 'stackset status',
  description: [
    'Every instance of the stack set: status (CURRENT, OUTDATED, INOPERABLE), detailed status, drift',
    'status, last operation and reason; then the last operations. Exit code 1 when an instance is',
    'not CURRENT or its last operation failed.',
  ].join('\n'),
  options: { ...NAME_FLAG, ...CALL_AS_FLAG, ...COMMON_FLAGS },
  examples: ['mysfits stackset status -n mysfits --region us-east-1'],
  async run(options) {
    const ref: StackSetRef = { name: nameOf(options.name), callAs: callAsOf(options['call-as']) };
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'deployed');
    try {
      const set = await requireSet(ctx, ref);
      const instances = await listInstances(ctx.cf, ref);
      const operations = await listOperations(ctx.cf, ref);
      out.info(`stack set ${ref.name} (${set.PermissionModel ?? 'SELF_MANAGED'}, ${set.Status}) in ${ctx.where}:`);
      const drift = (i: StackInstanceSummary) =>
        i.DriftStatus && i.DriftStatus !== 'NOT_CHECKED' ? `/${i.DriftStatus}` : '';
      out.info(instanceTable(instances, (i) => `${i.Status}${drift(i)}`).join('\n'));
      for (const i of instances) {
        out.info(
          `  ${i.Account} ${i.Region}: ${i.Status} (${i.StackInstanceStatus?.DetailedStatus ?? '-'}), drift ${i.DriftStatus ?? '-'}, last operation ${i.LastOperationId ?? '-'}${i.StatusReason ? `: ${i.StatusReason}` : ''}`,
        );
      }
      out.info('last operations:');
      if (operations.length === 0) out.info('  (none)');
      for (const o of operations) {
        out.info(
          `  ${o.CreationTimestamp?.toISOString() ?? '-'}  ${o.Action ?? ''}  ${o.Status ?? ''}  ${o.OperationId ?? ''}${o.StatusReason ? `: ${o.StatusReason}` : ''}`,
        );
      }
      const healthy =
        instances.every((i) => i.Status === 'CURRENT') && !['FAILED', 'STOPPED'].includes(operations[0]?.Status ?? '');
      out.result({
        stackSet: ref.name,
        permissionModel: set.PermissionModel,
        status: set.Status,
        healthy,
        instances: instances.map(instanceJson),
        operations: operations.map((o) => ({
          operationId: o.OperationId,
          action: o.Action,
          status: o.Status,
          statusReason: o.StatusReason,
          created: o.CreationTimestamp,
          ended: o.EndTimestamp,
        })),
      });
      return healthy ? 0 : 1;
    } finally {
      ctx.close();
    }
  },
});

export const stacksetDrift = defineCommand({
  name: 'stackset drift',
  description: [
    'Runs drift detection on every instance of the stack set (DetectStackSetDrift), follows it, then',
    "lists each instance's drift status and, for each drifted instance, the resources MODIFIED or",
    'DELETED with the properties that differ. Exit code 0 when all are in sync, 3 when something',
    'drifted, 1 when the detection itself failed.',
  ].join('\n'),
  options: { ...NAME_FLAG, ...PREFERENCE_FLAGS, ...CALL_AS_FLAG, ...COMMON_FLAGS },
  examples: ['mysfits stackset drift -n mysfits --region us-east-1'],
  async run(options) {
    const ref: StackSetRef = { name: nameOf(options.name), callAs: callAsOf(options['call-as']) };
    const preferences = preferencesOf(options);
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'checked');
    try {
      await requireSet(ctx, ref);
      const drift = await detectDrift(ctx.cf, ref, {
        pollMs: ctx.pollMs,
        preferences,
        onStart: (id) => out.info(`detecting drift on stack set ${ref.name}: operation ${id} ...`),
      });
      const id = drift.operationId;
      const outcome = drift.outcome;
      const instances = drift.instances;
      const drifted = drift.drifted;
      const ok = reportOutcome(out, 'drift detection', outcome);
      out.info(instanceTable(instances, (i) => i.DriftStatus ?? 'NOT_CHECKED').join('\n'));
      const report = [];
      for (const { instance: i, resources } of drifted) {
        out.info(`  ${i.Account} ${i.Region}: DRIFTED`);
        for (const r of resources) {
          out.info(
            `    ${r.StackResourceDriftStatus} ${r.LogicalResourceId} (${r.ResourceType}) ${r.PhysicalResourceId ?? ''}`.trimEnd(),
          );
          for (const d of r.PropertyDifferences ?? [])
            out.info(
              `      ${d.PropertyPath}: expected ${d.ExpectedValue}, actual ${d.ActualValue} (${d.DifferenceType})`,
            );
        }
        report.push({
          account: i.Account,
          region: i.Region,
          resources: resources.map((r) => ({
            logicalId: r.LogicalResourceId,
            physicalId: r.PhysicalResourceId,
            type: r.ResourceType,
            status: r.StackResourceDriftStatus,
            differences: r.PropertyDifferences,
          })),
        });
      }
      if (ok && drifted.length === 0) out.info('every instance is in sync with the stack set template.');
      out.result({
        stackSet: ref.name,
        operation: asResult('drift detection', id, outcome),
        instances: instances.map(instanceJson),
        drifted: report,
      });
      return !ok ? 1 : drifted.length ? 3 : 0;
    } finally {
      ctx.close();
    }
  },
});

export const stacksetDestroy = defineCommand({
  name: 'stackset destroy',
  description: [
    'Deletes every instance of the stack set (their stacks included), then the stack set, after',
    "confirmation. Lists first what each account and region keeps: the resources of the set's",
    'template with DeletionPolicy Retain (their physical names are in each account). If an',
    'instance fails to delete, the set is kept and the failures are listed (exit code 1).',
  ].join('\n'),
  options: {
    ...NAME_FLAG,
    ...PREFERENCE_FLAGS,
    ...CALL_AS_FLAG,
    yes: { type: 'boolean', short: 'y', description: 'Delete without asking (required when stdin is not a terminal).' },
    ...COMMON_FLAGS,
  },
  examples: ['mysfits stackset destroy -n mysfits --region us-east-1 --yes'],
  async run(options) {
    const ref: StackSetRef = { name: nameOf(options.name), callAs: callAsOf(options['call-as']) };
    const preferences = preferencesOf(options);
    const yes = options.yes === true;
    requireConfirmable(yes, 'stackset destroy');
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'deleted');
    try {
      const set = await describeStackSet(ctx.cf, ref);
      if (!set) {
        out.info(`stack set ${ref.name} does not exist in ${ctx.where}: nothing to delete.`);
        out.result({ stackSet: ref.name, missing: true });
        return 0;
      }
      const instances = await listInstances(ctx.cf, ref);
      const retained = retainedByTemplate(set.TemplateBody);
      const nested = set.TemplateBody
        ? serviceManagedObstacles(set.TemplateBody).filter((o) => o.includes('nested'))
        : [];
      out.info(`to delete from ${ctx.where}: stack set ${ref.name} and its ${instances.length} instance(s):`);
      out.info(instanceTable(instances, (i) => i.Status ?? '?').join('\n'));
      const where = instances.map((i) => `${i.Account}/${i.Region}`);
      for (const r of retained) out.info(`  each instance keeps ${r.type} ${r.logicalId} (DeletionPolicy ${r.policy})`);
      for (const n of nested)
        out.info(
          `  note: the template has ${n}: what they retain is not visible from here; \`mysfits destroy\` in an account lists it`,
        );
      if (!yes && !(await confirm('Delete these stack instances and the stack set?'))) {
        out.info('cancelled: nothing was deleted.');
        return 1;
      }
      const release = onInterrupt('deletion');
      let outcome: OperationOutcome | undefined;
      let id: string | undefined;
      try {
        id = await deleteInstances(ctx.cf, ref, set, instances, preferences);
        if (id) {
          out.info(
            `deleting ${instances.length} instance(s): operation ${id} (Ctrl-C stops watching, not the deletion) ...`,
          );
          outcome = await watch(ctx, ref, id, out);
          if (!reportOutcome(out, 'delete instances', outcome)) {
            out.info(`the stack set ${ref.name} is kept: delete or fix the failed instances, then run again.`);
            out.result({ stackSet: ref.name, deleted: false, operation: asResult('delete instances', id, outcome) });
            return 1;
          }
        }
      } finally {
        release();
      }
      await deleteStackSet(ctx.cf, ref);
      out.info(`deleted stack set ${ref.name}.`);
      if (retained.length) {
        out.info(`retained in each of ${where.join(', ')} (not deleted; they may still cost money):`);
        for (const r of retained)
          out.info(`  ${r.type} ${r.logicalId}: find it in that account's region and delete it there`);
      } else out.info('nothing retained by the stack set template.');
      out.result({
        stackSet: ref.name,
        deleted: true,
        operation: id && outcome ? asResult('delete instances', id, outcome) : undefined,
        retained: retained.map((r) => ({ ...r, in: where })),
      });
      return 0;
    } finally {
      ctx.close();
    }
  },
});

export const stackset = defineGroup('stackset', {
  deploy: stacksetDeploy,
  status: stacksetStatus,
  drift: stacksetDrift,
  destroy: stacksetDestroy,
});
