// mysfits drift: what was changed outside CloudFormation, on the app's stack and every nested one.
import { AWS_FLAGS, isLoopback } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { apiErrorMessage } from '../../aws/deploy.js';
import { detectDrift, driftLines, inSync } from '../../aws/drift.js';
import { describeStack } from '../../aws/stacks.js';
import { defineCommand } from '../command.js';
import { makeOutput } from '../ops-output.js';
import { APP_STACK_FLAGS, appStack } from './outputs.js';

export const drift = defineCommand({
  name: 'drift',
  description: [
    'Runs drift detection on the stack and on every nested stack (together, each waited for), then',
    'prints per stack IN_SYNC or DRIFTED and, per drifted resource (MODIFIED or DELETED), each',
    'property that differs: the expected value (the template) and the actual one. Exit 0 when every',
    'stack is in sync, 1 when something drifted or detection failed. `mysfits deploy --revert-drift`',
    'puts drifted resources back to the template.',
  ].join('\n'),
  options: {
    ...APP_STACK_FLAGS,
    json: { type: 'boolean', description: 'Print the result as JSON on stdout (progress goes to stderr).' },
    ...AWS_FLAGS,
  },
  examples: ['mysfits drift', 'mysfits drift --stack-name mysfits-dev --region eu-west-1 --json'],
  async run(options) {
    const name = appStack(options);
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'done');
    try {
      const stack = await describeStack(ctx.cf, name);
      if (!stack) {
        process.stderr.write(`mysfits drift: stack ${name} does not exist in ${ctx.where}\n`);
        return 1;
      }
      out.info(`detecting drift on ${name} and its nested stacks in ${ctx.where} ...`);
      let stacks;
      try {
        stacks = await detectDrift(ctx.cf, stack, { pollMs: ctx.pollMs });
      } catch (err) {
        const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        const endpoint = ctx.clientConfig.endpoint;
        const emulated = endpoint !== undefined && isLoopback(endpoint);
        process.stderr.write(
          `mysfits drift: drift detection failed in ${ctx.where}${status ? ` (HTTP ${status})` : ''}: ${apiErrorMessage(err).split('\n')[0]}${emulated ? ' (an emulator that lacks DetectStackDrift answers so: moto does)' : ''}\n`,
        );
        return 1;
      }
      for (const line of driftLines(stacks)) out.info(line);
      const ok = inSync(stacks);
      const drifted = stacks.reduce((n, s) => n + s.drifted.length, 0);
      out.info(
        ok
          ? `in sync: ${stacks.length} stack(s), nothing changed outside CloudFormation.`
          : `${drifted} resource(s) drifted${stacks.some((s) => s.reason) ? ' (or detection failed)' : ''}: \`mysfits deploy --revert-drift\` puts them back to the template.`,
      );
      out.result({ stackName: name, inSync: ok, stacks });
      return ok ? 0 : 1;
    } finally {
      ctx.close();
    }
  },
});
