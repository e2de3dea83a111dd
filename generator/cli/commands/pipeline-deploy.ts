// mysfits pipeline deploy: pipeline.yml to its own stack, through the change-set flow of
// `mysfits deploy --template` (shown, confirmed, executed, watched).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clientConfig } from '../../aws/client-config.js';
import { describeStack } from '../../aws/stacks.js';
import {
  otherRegions,
  PIPELINE_REGION_TEMPLATE,
  pipelineStages,
  REGION_BUCKET_OUTPUT,
  regionBucketParameter,
} from '../../builders/pipeline.js';
import { awsContext } from '../../aws/context.js';
import { loadConfig, pipelineRegion } from '../../config/load.js';
import { defineCommand, UsageError } from '../command.js';
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
    '',
    "A stage in another region than the pipeline's needs the pipeline's artifact store there: first,",
    `${PIPELINE_REGION_TEMPLATE} (beside --template) is deployed to each such region as stack`,
    '<stack-name>-artifacts, the same way, and its bucket passed to pipeline.yml as the parameter',
    "ArtifactBucket<Region>. The pipeline stack itself must then be deployed in the pipeline's region",
    "(its first stage's, else the config's first region): another --region is refused (exit 2).",
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
    const { config } = loadConfig(options.config);
    const stackName = options['stack-name'] ?? pipelineStackName(config);
    const template = options.template ?? PIPELINE_TEMPLATE;
    const input = deployInput({ ...options, template, 'stack-name': stackName }, 'pipeline deploy');
    const yes = options.yes === true;
    requireConfirmable(yes, 'pipeline deploy');
    const regions = otherRegions(pipelineStages(config));
    const home = pipelineRegion(config);
    const regionTemplate = join(dirname(template), PIPELINE_REGION_TEMPLATE);
    if (regions.length > 0) {
      const region = (await clientConfig(options)).region;
      if (region !== home)
        throw new UsageError(
          `the pipeline's stages deploy to ${regions.join(', ')} from its region ${home} (its first stage's, else regions[0]); deploy it there: --region ${home} (not ${region})`,
          'pipeline deploy',
        );
      if (!existsSync(regionTemplate))
        throw new UsageError(`${regionTemplate}: no such file (run \`mysfits generate\`)`, 'pipeline deploy');
    }
    const out = makeOutput(options.json === true, 'done');
    // The artifact store of each other region first: pipeline.yml names their buckets.
    const parameters = { ...input.parameters };
    for (const region of regions) {
      const regionStack = `${stackName}-artifacts`;
      out.info(
        `${PIPELINE_REGION_TEMPLATE} to stack ${regionStack} in ${region} (the pipeline's artifact store there):`,
      );
      const rctx = await awsContext({ ...options, region });
      try {
        const code = await deployTemplate(
          rctx,
          { ...input, stackName: regionStack, templateFile: regionTemplate, parameters: {} },
          { ...out, result: () => undefined },
          yes,
          [],
        );
        if (code !== 0) return code;
        const stack = await describeStack(rctx.cf, regionStack);
        const bucket = stack?.Outputs?.find((o) => o.OutputKey === REGION_BUCKET_OUTPUT)?.OutputValue;
        if (!bucket) throw new Error(`stack ${regionStack} in ${region} has no output ${REGION_BUCKET_OUTPUT}`);
        parameters[regionBucketParameter(region)] = bucket;
      } finally {
        rctx.close();
      }
    }
    const ctx = await awsContext(options);
    try {
      return await deployTemplate(ctx, { ...input, parameters }, out, yes, []);
    } finally {
      ctx.close();
    }
  },
});
