// mysfits status: is the app well? Its stacks, its alarms, its endpoints, in one look.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { describeStack } from '../../aws/stacks.js';
import { appStatus, statusLines } from '../../aws/status.js';
import { defineCommand } from '../command.js';
import { makeOutput } from '../ops-output.js';
import { APP_STACK_FLAGS, appStack } from './outputs.js';

export const status = defineCommand({
  name: 'status',
  description: [
    "Prints the root and nested stacks' status, the app's alarms in ALARM (those its stacks create,",
    'and any alarm notifying one of its topics) with their reason, and whether each endpoint answers:',
    'the site (output SiteUrl) and GET /mysfits on the API (output ApiUrl), with the time it took.',
    'Exit 0 when every stack is complete, no alarm is in ALARM and every endpoint answers 2xx;',
    '1 otherwise (or when the stack does not exist).',
  ].join('\n'),
  options: {
    ...APP_STACK_FLAGS,
    json: { type: 'boolean', description: 'Print the result as JSON on stdout.' },
    ...AWS_FLAGS,
  },
  examples: ['mysfits status', 'mysfits status --stack-name mysfits-dev --region eu-west-1 --json'],
  async run(options) {
    const name = appStack(options);
    const ctx = await awsContext(options);
    const cw = ctx.client(CloudWatchClient);
    const out = makeOutput(options.json === true, 'done');
    try {
      const stack = await describeStack(ctx.cf, name);
      if (!stack) {
        out.info(`stack ${name} does not exist in ${ctx.where}`);
        out.result({ stackName: name, ok: false, exists: false });
        return 1;
      }
      const result = await appStatus(ctx.cf, cw, stack);
      out.info(`${name} in ${ctx.where}:`);
      for (const line of statusLines(result)) {
        out.info(/FAIL|ALARM /.test(line) ? out.paint('red', line) : line);
      }
      out.info(result.ok ? 'all well.' : 'something needs a look (above).');
      out.result({ stackName: name, exists: true, ...result });
      return result.ok ? 0 : 1;
    } finally {
      ctx.close();
    }
  },
});
