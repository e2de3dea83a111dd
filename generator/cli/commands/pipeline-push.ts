// mysfits pipeline push: the working tree as git sees it, zipped and uploaded as the pipeline's
// source object (pipeline.yml's S3 source); EventBridge starts the run on the new version.
import { resolve } from 'node:path';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { outputsOf } from '../../aws/deploy.js';
import { checkStackName, pipelineStackName } from '../../core/stack-names.js';
import { sourceZip, uploadSource } from '../../aws/pipeline-source.js';
import { describeStack } from '../../aws/stacks.js';
import { loadConfig } from '../../config/load.js';
import { jsonText } from '../../json.js';
import { defineCommand, InputError } from '../command.js';

/** The flags naming the pipeline's stack, shared by the pipeline commands. */
export const PIPELINE_STACK_FLAGS = {
  'stack-name': {
    type: 'string',
    short: 's',
    value: 'NAME',
    description: 'Pipeline stack (default: appName-pipeline).',
  },
  config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file, for the default stack name.' },
} as const;

export const pipelinePush = defineCommand({
  name: 'pipeline push',
  description:
    "Zips the working tree as git sees it (tracked files and untracked ones .gitignore does not exclude: no node_modules, no build output) and uploads it as source.zip to the pipeline's source bucket (--bucket, else the stack's output SourceBucketName). The bucket is versioned: EventBridge starts a run that reads exactly this version.",
  options: {
    bucket: {
      type: 'string',
      short: 'b',
      value: 'NAME',
      description: "The source bucket (default: the pipeline stack's output).",
    },
    dir: { type: 'string', value: 'DIR', description: 'The git working tree to push (default: the current folder).' },
    ...PIPELINE_STACK_FLAGS,
    json: { type: 'boolean', description: 'Print {bucket, key, versionId, files, bytes} as JSON.' },
    ...AWS_FLAGS,
  },
  examples: ['mysfits pipeline push', 'mysfits pipeline push --bucket my-source-bucket --json'],
  async run(options) {
    const dir = resolve(options.dir ?? '.');
    let files: string[];
    let zip: Uint8Array;
    try {
      ({ files, zip } = sourceZip(dir));
    } catch (err) {
      throw new InputError(dir, [(err as Error).message.replace(`${dir} `, '')]);
    }
    const ctx = await awsContext(options);
    try {
      let bucket = options.bucket;
      if (!bucket) {
        const name = checkStackName(options['stack-name'] ?? pipelineStackName(loadConfig(options.config).config));
        const stack = await describeStack(ctx.cf, name);
        bucket = stack ? outputsOf(stack).SourceBucketName : undefined;
        if (!bucket) {
          process.stderr.write(
            `mysfits pipeline push: stack ${name} in ${ctx.where} has no SourceBucketName output (deploy pipeline.yml with the S3 source, or pass --bucket)\n`,
          );
          return 1;
        }
      }
      const { key, versionId } = await uploadSource(ctx.s3, bucket, zip);
      const result = { bucket, key, versionId: versionId ?? null, files: files.length, bytes: zip.byteLength };
      if (options.json) process.stdout.write(jsonText(result));
      else
        process.stdout.write(
          `pushed ${files.length} file(s), ${(zip.byteLength / 1024).toFixed(1)} KB, to s3://${bucket}/${key} (version ${versionId ?? 'none: the bucket is not versioned'}); the pipeline starts on it\n`,
        );
      return 0;
    } finally {
      ctx.close();
    }
  },
});
