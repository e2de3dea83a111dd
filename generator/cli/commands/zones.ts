// mysfits zones: the availability zones of the app's stack as `mysfits deploy` plans them, printed,
// and with --template-config written as CloudFormation's template configuration file, which the
// pipeline's change set action of each stage reads (CodePipeline's CloudFormation action has no
// UsePreviousValue: a parameter it is not given falls back to the template's default).
import { basename, dirname, resolve } from 'node:path';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import {
  planStackZones,
  zoneParameterValue,
  zonePlanJson,
  zonePlanLines,
  zoneTemplateConfiguration,
} from '../../aws/zones.js';
import { ZONES_PARAMETER } from '../../config/zones.js';
import { loadConfig } from '../../config/load.js';
import { appStackName, checkStackName } from '../../core/stack-names.js';
import { writeFilesAtomically } from '../../fs/atomic.js';
import { jsonText } from '../../json.js';
import { defineCommand, InputError } from '../command.js';

export const zones = defineCommand({
  name: 'zones',
  description: [
    "Plans the two availability zones of the app's stack (service.compute fargate) exactly as",
    '`mysfits deploy` does, and prints the plan; reads only (CloudFormation DescribeStacks, EC2',
    'DescribeAvailabilityZones and, with network.natGateways none, DescribeVpcEndpointServices).',
    '- A stack that does not exist yet: the first two zones whose zone ID has VPC links V2 and Fargate',
    '  (and, with natGateways none, every interface endpoint service), or network.availabilityZones of',
    '  the config, checked the same way.',
    "- A stack that exists: its own value, kept (changing it would replace both subnets); '' for a",
    "  stack made before the parameter (the region's first two zones, as it has them).",
    'A refusal (fewer than two zones qualify, a pinned zone that lacks a part, a pin that differs',
    "from an existing stack's zones, natGateways none where an endpoint service is missing) exits 2",
    'and writes nothing.',
    '',
    `--template-config FILE writes {"Parameters": {"${ZONES_PARAMETER}": "<value>"}}, CloudFormation's`,
    "template configuration file, always with the value (an existing stack's explicitly): the",
    "pipeline's build runs it per stage, and the stage's change set action reads it",
    '(TemplateConfiguration), since a CloudFormation action of CodePipeline gives a parameter it is',
    "not given the template's default, not the stack's previous value.",
  ].join('\n'),
  options: {
    'stack-name': { type: 'string', short: 's', value: 'NAME', description: 'Stack (default: appName of the config).' },
    config: {
      type: 'string',
      short: 'c',
      value: 'FILE',
      description: 'Config file (network settings, default stack).',
    },
    'template-config': {
      type: 'string',
      value: 'FILE',
      description: `Write the plan as CloudFormation's template configuration JSON ({"Parameters": {"${ZONES_PARAMETER}": ...}}).`,
    },
    json: {
      type: 'boolean',
      description:
        'Print {stackName, region, availabilityZones: {source, zones, skipped}, parameters, templateConfig}.',
    },
    ...AWS_FLAGS,
  },
  examples: [
    'mysfits zones --region eu-west-1',
    'mysfits zones --stack-name mysfits-staging --region us-east-1 --template-config template-config/staging.json',
    'mysfits zones --config prod.json --json',
  ],
  async run(options) {
    const { config, source } = loadConfig(options.config);
    if (config.service.compute !== 'fargate') {
      throw new InputError(source, [
        `service.compute is ${config.service.compute}: the app's stack has no subnets, so no availability zones to plan (the ${ZONES_PARAMETER} parameter is fargate's)`,
      ]);
    }
    const stackName = checkStackName(options['stack-name'] ?? appStackName(config));
    const ctx = await awsContext(options);
    try {
      const plan = await planStackZones(
        ctx,
        { stackName, natGateways: config.network.natGateways, pinned: config.network.availabilityZones },
        source,
      );
      const file = options['template-config'];
      if (file !== undefined) {
        const path = resolve(file);
        writeFilesAtomically(dirname(path), [
          { name: basename(path), content: jsonText(zoneTemplateConfiguration(plan)) },
        ]);
      }
      const value = zoneParameterValue(plan);
      if (options.json) {
        process.stdout.write(
          jsonText({
            stackName,
            region: ctx.region,
            availabilityZones: zonePlanJson(plan),
            parameters: { [ZONES_PARAMETER]: value },
            templateConfig: file ?? null,
          }),
        );
      } else {
        process.stdout.write(`stack ${stackName} in ${ctx.where}:\n`);
        for (const line of zonePlanLines(plan)) process.stdout.write(`${line}\n`);
      }
      if (file !== undefined) process.stderr.write(`mysfits zones: wrote ${file} (${ZONES_PARAMETER}="${value}")\n`);
      return 0;
    } finally {
      ctx.close();
    }
  },
});
