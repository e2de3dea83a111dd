// mysfits diff: what a deploy would change, from a change set that is deleted, never executed.
import { awsContext } from '../../aws/context.js';
import { discardPlan, prepareChangeSet } from '../../aws/deploy.js';
import { defineCommand } from '../command.js';
import { makeOutput } from '../ops-output.js';
import { CHANGE_SET_FLAGS, deployInput, planJson, printPlan } from './deploy.js';

export const diff = defineCommand({
  name: 'diff',
  description: [
    'Creates the same change set deploy would (nested stacks included), prints it per stack with',
    'replacement yes/no, then deletes it. For a stack that does not exist yet, the empty stack the',
    'change set needs is deleted too. Nothing is changed. Exit 0 whether or not there are changes.',
  ].join('\n'),
  options: CHANGE_SET_FLAGS,
  examples: ['mysfits diff --template templates/core.yml --stack-name mysfits-core --region eu-west-1'],
  async run(options) {
    const input = deployInput(options, 'diff');
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'done');
    try {
      const plan = await prepareChangeSet(ctx, input, out);
      try {
        printPlan(out, plan);
        out.result(planJson(plan));
      } finally {
        await discardPlan(ctx, plan);
      }
      if (!plan.empty) out.info('(change set deleted: nothing was executed)');
      return 0;
    } finally {
      ctx.close();
    }
  },
});
