// mysfits outputs: a deployed stack's outputs, for people (a table) or scripts (--json).
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { outputsOf } from '../../aws/deploy.js';
import { appStackName, checkStackName } from '../../core/stack-names.js';
import { saveDeployedTemplates } from '../../aws/deployed-templates.js';
import { describeStack } from '../../aws/stacks.js';
import { loadConfig } from '../../config/load.js';
import { defineCommand } from '../command.js';
import { formatOutputs } from '../ops-output.js';
import { jsonText } from '../../json.js';

/** The flags of a command that reads the app's deployed stack: which stack, or the config naming it. */
export const APP_STACK_FLAGS = {
  'stack-name': { type: 'string', short: 's', value: 'NAME', description: 'Stack (default: appName of the config).' },
  config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file, for the default stack name.' },
} as const;

/** The stack those flags name. */
export const appStack = (options: { readonly 'stack-name'?: string; readonly config?: string }): string =>
  checkStackName(options['stack-name'] ?? appStackName(loadConfig(options.config).config));

export const outputs = defineCommand({
  name: 'outputs',
  description: [
    "Reads the stack's outputs. Without --stack-name, the app's stack (appName of the config).",
    '',
    'With --save-templates DIR: also writes the templates the stack runs now, root and nested',
    '(GetTemplate, as submitted), to DIR as main.yml and the generated names (core.yml, ...), for',
    '`mysfits review --templates templates --against DIR`. A stack that does not exist yet is a first',
    'deploy there: DIR is left empty, and the exit is 0.',
  ].join('\n'),
  options: {
    ...APP_STACK_FLAGS,
    json: { type: 'boolean', description: 'Print {"OutputKey": "value", ...} as JSON.' },
    'save-templates': {
      type: 'string',
      value: 'DIR',
      description: "Also write the stack's deployed templates (root and nested) to DIR.",
    },
    ...AWS_FLAGS,
  },
  examples: [
    'mysfits outputs --stack-name mysfits-core --region eu-west-1',
    'mysfits outputs --json > outputs.json',
    'mysfits outputs --stack-name mysfits --save-templates deployed/ && mysfits review --against deployed/',
  ],
  async run(options) {
    const name = appStack(options);
    const ctx = await awsContext(options);
    try {
      const saveTo = options['save-templates'];
      if (saveTo !== undefined) {
        const saved = await saveDeployedTemplates(ctx.cf, name, saveTo);
        process.stderr.write(
          saved.exists
            ? `mysfits outputs: wrote ${saved.files.map((f) => `${f.file} (${f.stack})`).join(', ')} to ${saveTo}\n`
            : `mysfits outputs: stack ${name} does not exist in ${ctx.where} (a first deploy): ${saveTo} left empty\n`,
        );
        if (!saved.exists) {
          if (options.json) process.stdout.write(jsonText({}));
          return 0;
        }
      }
      const stack = await describeStack(ctx.cf, name);
      if (!stack) {
        process.stderr.write(`mysfits outputs: stack ${name} does not exist in ${ctx.where}\n`);
        return 1;
      }
      const values = outputsOf(stack);
      if (options.json) process.stdout.write(jsonText(values));
      else {
        process.stdout.write(`stack ${name} (${stack.StackStatus}) outputs:\n`);
        process.stdout.write(formatOutputs(values).join('\n') + '\n');
      }
      return 0;
    } finally {
      ctx.close();
    }
  },
});
