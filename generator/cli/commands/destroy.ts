// mysfits destroy: the tutorials' cleanup section as one command.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { attachIfBusy } from '../../aws/deploy.js';
import { appStackName, checkStackName } from '../../core/stack-names.js';
import { deleteStack, deletionOrder, emptyBucket, planStackDeletion, type StackPlan } from '../../aws/destroy.js';
import { describeStack, findRootCause, formatElapsed, lastEventTime, outcome, watchStack } from '../../aws/stacks.js';
import { loadConfig } from '../../config/load.js';
import { defineCommand } from '../command.js';
import { confirm, formatCause, makeOutput, onInterrupt, requireConfirmable } from '../ops-output.js';

export const destroy = defineCommand({
  name: 'destroy',
  description: [
    "Deletes the app's stack (appName of the config) or the --stack-name stacks, nested stacks",
    'included, after confirmation. First empties every bucket CloudFormation will delete (all',
    'versions and delete markers; buckets with DeletionPolicy Retain are left untouched), deletes',
    "stacks that import another's exports before that one, and waits. Then lists what is retained",
    '(DeletionPolicy Retain, log groups Lambda created) with the command that removes each.',
    'A stack already being deleted (an interrupted run) is waited for instead.',
  ].join('\n'),
  options: {
    'stack-name': {
      type: 'string',
      short: 's',
      multiple: true,
      value: 'NAME',
      description: 'Stack to delete (repeat for more; default: appName of the config).',
    },
    config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file, for the default stack name.' },
    yes: { type: 'boolean', short: 'y', description: 'Delete without asking (required when stdin is not a terminal).' },
    json: { type: 'boolean', description: 'Print the result as JSON on stdout (progress goes to stderr).' },
    ...AWS_FLAGS,
  },
  examples: ['mysfits destroy --stack-name mysfits-core --region eu-west-1', 'mysfits destroy -s app -s network --yes'],
  async run(options) {
    const names = (options['stack-name'] ?? [appStackName(loadConfig(options.config).config)]).map(checkStackName);
    const yes = options.yes === true;
    requireConfirmable(yes, 'destroy');
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'deleted');
    const report = {
      deleted: [] as string[],
      emptied: [] as unknown[],
      retained: [] as unknown[],
      missing: [] as string[],
    };
    try {
      const stacks: Stack[] = [];
      for (const name of [...new Set(names)]) {
        let stack = await describeStack(ctx.cf, name);
        if (stack && stack.StackStatus !== 'DELETE_IN_PROGRESS') stack = (await attachIfBusy(ctx, stack, out)).stack;
        if (!stack) {
          out.info(`stack ${name} does not exist in ${ctx.where}: nothing to delete.`);
          report.missing.push(name);
        } else stacks.push(stack);
      }
      if (stacks.length === 0) {
        out.result(report);
        return 0;
      }
      const order = await deletionOrder(ctx.cf, stacks, (line) => out.info(line));
      const plans: StackPlan[] = [];
      for (const stack of order) {
        try {
          plans.push(await planStackDeletion(ctx.cf, stack, ctx.region));
        } catch (err) {
          // An AWS error names the stack it came from.
          throw new Error(`stack ${stack.StackName}: ${(err as Error).message}`, { cause: err });
        }
      }

      out.info(`to delete, in this order, from ${ctx.where}:`);
      for (const p of plans) {
        const nested = p.tree.children.length ? `, ${p.tree.children.length} nested stack(s)` : '';
        const busy = p.stack.StackStatus === 'DELETE_IN_PROGRESS' ? ' (already being deleted: will wait)' : '';
        out.info(
          `  ${p.stack.StackName}: ${[...p.totals.values()].reduce((a, b) => a + b, 0)} resources${nested}${busy}`,
        );
        for (const b of p.buckets)
          out.info(`    empties bucket ${b.bucket} (${b.label} ${b.logicalId}): every version`);
        for (const r of p.retained) out.info(`    keeps ${r.type} ${r.physicalId} (${r.why})`);
        for (const w of p.warnings) out.info(`    note: ${w}`);
      }
      if (!yes && !(await confirm('Delete these stacks and everything in their buckets?'))) {
        out.info('cancelled: nothing was deleted.');
        return 1;
      }

      const release = onInterrupt('deletion');
      try {
        for (const p of plans) {
          const name = p.stack.StackName!;
          const attaching = p.stack.StackStatus === 'DELETE_IN_PROGRESS';
          const since = attaching
            ? new Date((p.stack.DeletionTime ?? p.stack.LastUpdatedTime ?? p.stack.CreationTime!).getTime() - 1)
            : await lastEventTime(ctx.cf, p.stack.StackId!);
          if (!attaching) {
            for (const b of p.buckets) {
              const r = await emptyBucket(ctx.s3, b.bucket);
              out.info(
                r.missing
                  ? `  bucket ${b.bucket} is already gone`
                  : `  emptied ${b.bucket}: ${r.versions} object version(s), ${r.deleteMarkers} delete marker(s)`,
              );
              report.emptied.push({ bucket: b.bucket, ...r });
            }
            await deleteStack(ctx.cf, p.stack.StackId!);
            out.info(`deleting ${name} (Ctrl-C stops watching, not the deletion) ...`);
          }
          const started = Date.now();
          const status = await watchStack(ctx.cf, p.stack.StackId!, name, {
            since,
            pollMs: ctx.pollMs,
            totals: p.totals,
            onUpdate: (u) => out.progress(u),
          });
          if (status !== 'DELETE_COMPLETE') {
            out.info(`delete of ${name} FAILED after ${formatElapsed(Date.now() - started)}: ${status}`);
            out.info(formatCause(await findRootCause(ctx.cf, p.stack.StackId!, name, since)));
            out.info(outcome(status, name));
            out.result({ ...report, failed: name, status });
            return 1;
          }
          out.info(`deleted ${name} (${formatElapsed(Date.now() - started)}).`);
          report.deleted.push(name);
        }
      } finally {
        release();
      }
      const retained = plans.flatMap((p) => p.retained);
      report.retained = retained;
      if (retained.length > 0) {
        out.info('retained (not deleted; they may still cost money):');
        for (const r of retained) {
          out.info(`  ${r.type} ${r.physicalId} (${r.label} ${r.logicalId}): ${r.why}`);
          out.info(`    remove: ${r.remove}`);
        }
      } else out.info('nothing retained.');
      out.result(report);
      return 0;
    } finally {
      ctx.close();
    }
  },
});
