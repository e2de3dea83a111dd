// mysfits pipeline deploy: pipeline.yml to its own stack, through the change-set flow of
// `mysfits deploy --template` (shown, confirmed, executed, watched).
import { join } from 'node:path';
import { awsContext } from '../../aws/context.js';
import { loadConfig } from '../../config/load.js';
import { defineCommand } from '../command.js';
import { makeOutput, requireConfirmable } from '../ops-output.js';
import { CHANGE_SET_FLAGS, deployInput, deployTemplate, YES_FLAG } from './deploy.js';
import { pipelineStackName } from '../../core/stack-names.js';
import { PIPELINE_STACK_FLAGS } from './pipeline-push.js';

/** Where `mysfits generate` writes the pipeline's template by default. */
export const PIPELINE_TEMPLATE = join('templates', 'pipeline.yml');

export const pipelineDeploy = defineCommand({
  name: 'pipeline deploy',
  description: [
    'Creates or updates the pipeline stack (--stack-name, default appName-pipeline) from pipeline.yml',
    '(--template, default templates/pipeline.yml, written by `mysfits generate` when',
    'pipeline.enabled) with the change-set flow of `mysfits deploy --template`: prints the change',
    'set, asks before executing unless --yes, shows progress, prints the outputs (PipelineName,',
    'SourceBucketName or ConnectionArn). The pipeline then deploys the app with standard',
    'CloudFormation change sets (never --express).',
  ].join('\n'),
  options: {
    ...CHANGE_SET_FLAGS,
    template: { ...CHANGE_SET_FLAGS.template, description: `The pipeline's template (default: ${PIPELINE_TEMPLATE}).` },
    ...PIPELINE_STACK_FLAGS,
    yes: YES_FLAG,
  },
  examples: [
    'mysfits pipeline deploy --region us-east-1',
    'mysfits pipeline deploy --parameters NotificationTopicArn=arn:aws:sns:us-east-1:123456789012:ops --yes --json',
  ],
  async run(options) {
    const stackName = options['stack-name'] ?? pipelineStackName(loadConfig(options.config).config);
    const input = deployInput(
      { ...options, template: options.template ?? PIPELINE_TEMPLATE, 'stack-name': stackName },
      'pipeline deploy',
    );
    const yes = options.yes === true;
    requireConfirmable(yes, 'pipeline deploy');
    const ctx = await awsContext(options);
    try {
      return await deployTemplate(ctx, input, makeOutput(options.json === true, 'done'), yes, []);
    } finally {
      ctx.close();
    }
  },
});
