// mysfits swagger: the API's Swagger document with a deployed stack's values filled in, for
// `aws apigateway import-rest-api --fail-on-warnings` (the tutorial's seed 001 flow, without the
// REPLACE_ME editing). The values come from main.yml's outputs.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { writeFilesAtomically } from '../../fs/atomic.js';
import { jsonText } from '../../json.js';
import { buildSwagger, routeList, SWAGGER_VARIABLES, variableProblems } from '../../swagger/build.js';
import { MissingValuesError, withValues } from '../../swagger/render.js';
import { swaggerProblems } from '../../swagger/validate.js';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { outputsOf } from '../../aws/deploy.js';
import { describeStack } from '../../aws/stacks.js';
import { defineCommand, InputError, UsageError } from '../command.js';

/** The outputs POST /clicks needs (generator/swagger/clicks.ts fills them in). */
const CLICK_OUTPUTS = ['ClicksStreamName', 'ClicksRoleArn'] as const;

/** The outputs of a deployed stack (main.yml's), read with the standard credential chain. */
async function stackOutputs(name: string, options: Record<string, unknown>): Promise<Record<string, string> | string> {
  const ctx = await awsContext(options);
  try {
    const stack = await describeStack(ctx.cf, name);
    if (!stack) return `stack ${name} does not exist in ${ctx.where}`;
    return outputsOf(stack);
  } finally {
    ctx.close();
  }
}

/**
 * Stack outputs from a JSON file, in any of the shapes users have at hand: a plain
 * `{ "Key": "Value" }` object, the `Outputs` list of `aws cloudformation describe-stacks`
 * (`[{ "OutputKey": ..., "OutputValue": ... }]`), or its whole answer (`{ "Stacks": [...] }`).
 */
export function parseOutputs(text: string, source: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(source, [`malformed JSON: ${(err as Error).message}`]);
  }
  const fromList = (list: unknown[]): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [i, item] of list.entries()) {
      const o = item as { OutputKey?: unknown; OutputValue?: unknown };
      if (typeof o?.OutputKey !== 'string' || typeof o.OutputValue !== 'string') {
        throw new InputError(source, [`Outputs[${i}]: expected { "OutputKey": string, "OutputValue": string }`]);
      }
      out[o.OutputKey] = o.OutputValue;
    }
    return out;
  };
  if (Array.isArray(raw)) return fromList(raw);
  if (typeof raw === 'object' && raw !== null) {
    const stacks = (raw as { Stacks?: unknown }).Stacks;
    if (Array.isArray(stacks)) {
      if (stacks.length !== 1) {
        throw new InputError(source, [`describe-stacks answer with ${stacks.length} stacks: give one (--stack-name)`]);
      }
      return fromList(((stacks[0] as { Outputs?: unknown[] }).Outputs ?? []) as unknown[]);
    }
    const outputs = (raw as { Outputs?: unknown }).Outputs;
    if (Array.isArray(outputs)) return fromList(outputs);
    const entries = Object.entries(raw);
    const bad = entries.filter(([, v]) => typeof v !== 'string').map(([k]) => k);
    if (bad.length > 0)
      throw new InputError(
        source,
        bad.map((k) => `${k}: value must be a string`),
      );
    return Object.fromEntries(entries) as Record<string, string>;
  }
  throw new InputError(source, ['expected an object of outputs or a list of { OutputKey, OutputValue }']);
}

export const swagger = defineCommand({
  name: 'swagger',
  description: [
    "Renders the API's Swagger 2.0 document (the same one api.yml deploys) with the values of a",
    'deployed stack, validates it against Swagger 2.0 and the API Gateway extensions, and writes it.',
    `The values are main.yml's outputs (${Object.keys(SWAGGER_VARIABLES).join(', ')}, and Region;`,
    'a lambda-mode stack has ServiceFunctionArn where a fargate one has VpcLinkId, LoadBalancerArn and LoadBalancerDnsName,',
    'and the document follows the outputs):',
    'read from the deployed stack with --stack-name NAME (standard credential chain, --region, --profile),',
    'or from a file with --outputs FILE: JSON `{ "Key": "Value" }`, or what',
    '`aws cloudformation describe-stacks` prints.',
    'Exit codes: 0 written, 2 bad flags or a bad outputs file (nothing written), 1 anything else.',
  ].join('\n'),
  options: {
    'stack-name': {
      type: 'string',
      short: 's',
      value: 'NAME',
      description: 'Deployed stack (main.yml) to read the outputs of.',
    },
    stack: { type: 'string', value: 'NAME', description: 'The same as --stack-name.' },
    outputs: { type: 'string', value: 'FILE', description: 'JSON file of the stack outputs, instead of --stack-name.' },
    out: { type: 'string', short: 'o', value: 'FILE', description: 'Where to write.', default: 'api-swagger.json' },
    config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file (JSON), as for generate.' },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing on success.' },
    ...AWS_FLAGS,
  },
  examples: [
    'mysfits swagger --stack-name mysfits --region eu-west-1',
    'aws cloudformation describe-stacks --stack-name mysfits > outputs.json',
    'mysfits swagger --outputs outputs.json',
    'aws apigateway import-rest-api --parameters endpointConfigurationTypes=REGIONAL \\',
    '    --fail-on-warnings --body fileb://api-swagger.json',
  ],
  async run(options) {
    const file = options.outputs;
    if (options.stack !== undefined && options['stack-name'] !== undefined && options.stack !== options['stack-name']) {
      throw new UsageError('--stack and --stack-name name different stacks: give one', 'swagger');
    }
    const stackName = options['stack-name'] ?? options.stack;
    if (file && stackName) throw new UsageError('either --outputs FILE or --stack-name NAME, not both', 'swagger');
    if (!file && !stackName) throw new UsageError('--stack-name NAME or --outputs FILE is required', 'swagger');
    const { config } = loadConfig(options.config);
    let outputs: Record<string, string>;
    let source: string;
    if (file) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new InputError(file, [`cannot read the outputs file: ${(err as Error).message}`]);
      }
      outputs = parseOutputs(text, file);
      source = `file ${file}`;
    } else {
      // No file, so a stack (one of the two is given: checked above).
      const name = stackName!;
      const found = await stackOutputs(name, options);
      if (typeof found === 'string') {
        process.stderr.write(`mysfits swagger: ${found}\n`);
        return 1;
      }
      outputs = found;
      source = `outputs of stack ${name}`;
    }
    // The stack's outputs say how its service runs, whatever the config says.
    const compute =
      outputs.ServiceFunctionArn !== undefined
        ? 'lambda'
        : outputs.VpcLinkId !== undefined
          ? 'fargate'
          : config.service.compute;
    const partition = /^arn:([a-z-]+):/.exec(outputs.UserPoolArn ?? outputs.ServiceFunctionArn ?? '')?.[1];
    const values = {
      ...outputs,
      ...(outputs.Region !== undefined ? { 'AWS::Region': outputs.Region } : {}),
      ...(partition !== undefined ? { 'AWS::Partition': partition } : {}),
    };
    // ... and whether it has the click stream (analytics).
    const deployed = {
      ...config,
      service: { ...config.service, compute },
      analytics: { ...config.analytics, enabled: outputs.ClicksStreamName !== undefined },
    };
    const malformed = variableProblems(outputs);
    if (malformed.length > 0) throw new InputError(source, malformed);
    let document;
    try {
      document = withValues(buildSwagger(deployed), values);
    } catch (err) {
      if (err instanceof MissingValuesError) throw new InputError(source, [err.message]);
      throw err;
    }
    const problems = swaggerProblems(document);
    if (problems.length > 0) {
      throw new InputError(
        source,
        problems.map((p) => `${p} (check the stack outputs)`),
      );
    }
    const out = resolve(options.out);
    // Into a folder that exists: a mistyped --out is an error, not a new folder somewhere.
    if (!existsSync(dirname(out))) {
      throw new UsageError(`--out ${options.out}: the folder ${dirname(out)} does not exist`, 'swagger');
    }
    writeFilesAtomically(dirname(out), [{ name: basename(out), content: jsonText(document) }]);
    // A route the outputs cannot serve is left out, and said so: which, and what would add it.
    const written = new Set(routeList(deployed));
    const left = routeList({ ...deployed, analytics: { ...deployed.analytics, enabled: true } }).filter(
      (r) => !written.has(r),
    );
    if (left.length > 0) {
      process.stderr.write(
        `mysfits swagger: left out ${left.join(', ')}: no ${CLICK_OUTPUTS.join(' or ')} in the ${source} ` +
          `(the click stream, which main.yml outputs when analytics.enabled is on); give them to add it\n`,
      );
    }
    if (!options.quiet) {
      process.stdout.write(
        `wrote ${options.out}: ${routeList(deployed).length} routes, valid Swagger 2.0 with API Gateway extensions (values from the ${source})\n` +
          `import it with: aws apigateway import-rest-api --parameters endpointConfigurationTypes=REGIONAL --fail-on-warnings --body fileb://${options.out}\n`,
      );
    }
    return 0;
  },
});
