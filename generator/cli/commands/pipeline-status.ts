// mysfits pipeline status: the last executions, each stage's state, an approval waiting with its
// console link, and a GitHub connection still PENDING with the link to complete it.
import { CodePipelineClient } from '@aws-sdk/client-codepipeline';
import { CodeStarConnectionsClient } from '@aws-sdk/client-codestar-connections';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { outputsOf } from '../../aws/deploy.js';
import { checkStackName, pipelineStackName } from '../../core/stack-names.js';
import { formatPipelineStatus, readPipelineStatus } from '../../aws/pipeline-status.js';
import { describeStack } from '../../aws/stacks.js';
import { loadConfig } from '../../config/load.js';
import { jsonText } from '../../json.js';
import { defineCommand } from '../command.js';
import { PIPELINE_STACK_FLAGS } from './pipeline-push.js';

export const pipelineStatus = defineCommand({
  name: 'pipeline status',
  description: [
    "Prints the pipeline's last executions, each stage's state and action states, an approval",
    'waiting (with the console link where it is reviewed and answered) and, for the GitHub source,',
    'the connection if it is not AVAILABLE yet: one CloudFormation creates stays PENDING until a',
    'person completes it once in the console (the link is printed). The pipeline is --pipeline, else',
    'the output PipelineName of the pipeline stack. Exit 0 when the last execution did not fail,',
    '1 when it failed.',
  ].join('\n'),
  options: {
    pipeline: { type: 'string', short: 'p', value: 'NAME', description: "The pipeline (default: the stack's output)." },
    ...PIPELINE_STACK_FLAGS,
    json: {
      type: 'boolean',
      description: 'Print {pipeline, link, executions, stages, approvals, connection, failed} as JSON.',
    },
    ...AWS_FLAGS,
  },
  examples: ['mysfits pipeline status', 'mysfits pipeline status --pipeline mysfits-Pipeline-1A2B3C --json'],
  async run(options) {
    const stackName =
      options.pipeline === undefined
        ? checkStackName(options['stack-name'] ?? pipelineStackName(loadConfig(options.config).config))
        : undefined;
    const ctx = await awsContext(options);
    try {
      let name = options.pipeline;
      if (stackName !== undefined) {
        const stack = await describeStack(ctx.cf, stackName);
        name = stack ? outputsOf(stack).PipelineName : undefined;
        if (!name) {
          process.stderr.write(
            `mysfits pipeline status: stack ${stackName} in ${ctx.where} ${stack ? 'has no PipelineName output' : 'does not exist'} (deploy it with \`mysfits pipeline deploy\`, or pass --pipeline)\n`,
          );
          return 1;
        }
      }
      const clients = {
        codepipeline: ctx.client(CodePipelineClient),
        connections: ctx.client(CodeStarConnectionsClient),
      };
      const status = await readPipelineStatus(clients, ctx.region, name!);
      if (options.json) process.stdout.write(jsonText(status));
      else process.stdout.write(formatPipelineStatus(status).join('\n') + '\n');
      return status.failed ? 1 : 0;
    } finally {
      ctx.close();
    }
  },
});
