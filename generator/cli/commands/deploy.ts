// mysfits deploy: a template to a stack through a change set, shown and confirmed before it runs.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { recoverFolder } from '../../fs/atomic.js';
import type { Capability } from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AWS_FLAGS, clientConfig, parseKeyValues } from '../../aws/client-config.js';
import { mfaChangeProblem } from '../../aws/mfa-change.js';
import { CAPABILITIES } from '../../aws/change-sets.js';
import { awsContext, type AwsContext } from '../../aws/context.js';
import { ensureSiteConfig, packageAndPublish } from '../../aws/app-deploy.js';
import { planStackZones, zonePlanJson, zonePlanLines } from '../../aws/zones.js';
import { zonePairNames, ZONES_PARAMETER } from '../../config/zones.js';
import { appStackName, checkStackName } from '../../core/stack-names.js';
import { discardPlan, executePlan, prepareChangeSet, type DeployInput, type Plan } from '../../aws/deploy.js';
import { describeStack, formatElapsed } from '../../aws/stacks.js';
import { protectStacks, refusalLines, risksOf, stackGuards, type Risk } from '../../aws/stack-policy.js';
import { readTemplateFile } from '../../aws/deploy.js';
import { CODE_EXPIRY_DAYS, TEMPLATE_EXPIRY_DAYS } from '../../aws/template-bucket.js';
import { TEMPLATE_BODY_LIMIT } from '../../core/cfn-quotas.js';
import { loadConfig } from '../../config/load.js';
import { defineCommand, InputError, UsageError, type ValuesOf } from '../command.js';
import { PACKAGE_FLAGS } from './package.js';
import {
  confirm,
  formatCause,
  formatChanges,
  formatOutputs,
  makeOutput,
  onInterrupt,
  requireConfirmable,
  type Output,
} from '../ops-output.js';

/** The flags deploy and diff share. */
export const CHANGE_SET_FLAGS = {
  template: { type: 'string', short: 't', value: 'FILE', description: 'CloudFormation template (YAML or JSON).' },
  'stack-name': { type: 'string', short: 's', value: 'NAME', description: 'Stack to create or update.' },
  parameters: {
    type: 'string',
    multiple: true,
    value: 'K=V',
    description:
      'Template parameter (repeat the flag for more), or file://PATH of JSON. Unset ones keep their deployed value, else the default.',
  },
  tags: {
    type: 'string',
    multiple: true,
    value: 'K=V',
    description: 'Stack tag (repeat for more), or file://PATH of JSON.',
  },
  capabilities: {
    type: 'string',
    multiple: true,
    value: 'CAP',
    description: `${CAPABILITIES.join(', ')} (repeat or comma-separate). Default: what the template needs, shown before executing.`,
  },
  's3-bucket': {
    type: 'string',
    value: 'NAME',
    description: `Bucket for templates over ${TEMPLATE_BODY_LIMIT} bytes and the code --template's local files build (default: mysfits-templates-ACCOUNT-REGION, created private; templates expire after ${TEMPLATE_EXPIRY_DAYS} days, code ${CODE_EXPIRY_DAYS} days after the last deploy that uses it, so a late rollback still finds it).`,
  },
  json: { type: 'boolean', description: 'Print the result as JSON on stdout (progress goes to stderr).' },
  ...AWS_FLAGS,
} as const;

/** --yes: execute the change set without asking. */
export const YES_FLAG = {
  type: 'boolean',
  short: 'y',
  description: 'Execute without asking (required when stdin is not a terminal).',
} as const;

/** What deploy and diff read from their flags; without --template (deploy only), the app's stack. */
export function deployInput(
  options: ValuesOf<typeof CHANGE_SET_FLAGS> & { readonly config?: string },
  command: string,
): DeployInput {
  const template = options.template;
  let stackName = options['stack-name'];
  if (!template) {
    if (command !== 'deploy') throw new UsageError(`${command} needs --template FILE`, command);
    stackName ??= appStackName(loadConfig(options.config).config);
  }
  if (!stackName) throw new UsageError('--template needs --stack-name NAME', command);
  // A generate killed half way is finished (or undone) before the template is read.
  if (template)
    for (const line of recoverFolder(dirname(template))) process.stderr.write(`mysfits ${command}: ${line}\n`);
  const read = (p: string): string => readFileSync(p, 'utf8');
  let capabilities: Capability[] | undefined;
  if (options.capabilities) {
    capabilities = options.capabilities.flatMap((c) => c.split(',')).map((c) => c.trim().toUpperCase()) as Capability[];
    const bad = capabilities.filter((c) => !CAPABILITIES.includes(c));
    if (bad.length > 0)
      throw new UsageError(`--capabilities: unknown ${bad.join(', ')} (one of ${CAPABILITIES.join(', ')})`);
  }
  return {
    stackName: checkStackName(stackName),
    templateFile: template ?? '',
    parameters: parseKeyValues(options.parameters ?? [], '--parameters', read),
    tags: parseKeyValues(options.tags ?? [], '--tags', read),
    capabilities,
    s3Bucket: options['s3-bucket'],
  };
}

export function printPlan(out: Output, plan: Plan): void {
  if (plan.empty) {
    out.info(`no changes: stack ${plan.stackName} already matches the template and parameters.`);
    return;
  }
  const verb = plan.type === 'CREATE' ? 'create' : 'update';
  out.info(`change set to ${verb} stack ${plan.stackName}:`);
  for (const line of formatChanges(plan.changes, out.paint)) out.info(line);
  if (plan.capabilities.length > 0) {
    out.info(`capabilities: ${plan.capabilities.map((c) => `${c.capability} (${c.reason})`).join('; ')}`);
  }
}

export const planJson = (plan: Plan): Record<string, unknown> => ({
  stackName: plan.stackName,
  stackId: plan.stackId,
  changeSetType: plan.type,
  noChanges: plan.empty,
  changes: plan.changes.map((c) => ({ stack: c.label, changes: c.rows })),
  capabilities: plan.capabilities.map((c) => c.capability),
});

const riskJson = (r: Risk) => ({
  stack: r.label,
  logicalId: r.logicalId,
  type: r.type,
  action: r.action,
  why: r.why,
  lost: r.holds,
  kept: r.kept,
});

/** Sets the stack policy on every stack of the tree that holds what users made; says so. */
async function protect(ctx: AwsContext, stackId: string, out: Output, lifted?: ReadonlySet<string>): Promise<void> {
  const stack = await describeStack(ctx.cf, stackId);
  if (!stack) return;
  const warn = (line: string) => out.info(out.paint('yellow', `stack policy: ${line}`));
  for (const line of await protectStacks(ctx.cf, await stackGuards(ctx.cf, stack, warn), lifted)) {
    out.info(`stack policy: ${line}`);
  }
}

/** A template to a stack through a change set: shown, confirmed (unless yes), executed, watched. */
export async function deployTemplate(
  ctx: AwsContext,
  input: DeployInput,
  out: Output & { printer: unknown },
  yes: boolean,
  allowReplace: readonly string[],
  afterSuccess?: (outputs: Record<string, string>) => Promise<void>,
  /** More for --json (app mode: the availability zones). */
  extra: Record<string, unknown> = {},
): Promise<number> {
  const plan = await prepareChangeSet(ctx, input, out);
  const withExtra = (p: Plan) => ({ ...planJson(p), ...extra });
  printPlan(out, plan);
  if (plan.empty) {
    // A stack deployed before the stack policy existed gets it now.
    if (plan.type === 'UPDATE' && plan.stackId) await protect(ctx, plan.stackId, out);
    out.result({ ...withExtra(plan), status: 'UNCHANGED', outputs: {} });
    return 0;
  }
  // Replacing or deleting what users made needs the user to name it.
  let risks: Risk[] = [];
  if (plan.type === 'UPDATE') {
    const stack = await describeStack(ctx.cf, plan.stackId);
    const warn = (line: string) => out.info(out.paint('yellow', `data-loss check: ${line}`));
    const guards = stack ? await stackGuards(ctx.cf, stack, warn) : [];
    risks = risksOf(plan.changes, guards, {
      template: readTemplateFile(input.templateFile).template,
      parameters: input.parameters,
    });
  }
  const allowed = new Set(allowReplace);
  for (const id of allowed) {
    if (!risks.some((r) => r.logicalId === id))
      out.info(`--allow-replace ${id}: no change of this change set replaces or deletes ${id}; nothing to allow`);
  }
  const refused = risks.filter((r) => !allowed.has(r.logicalId));
  if (refused.length > 0) {
    await discardPlan(ctx, plan);
    for (const line of refusalLines(refused)) out.info(out.paint('red', line));
    out.result({ ...withExtra(plan), status: 'REFUSED', dataLoss: refused.map(riskJson), outputs: {} });
    return 1;
  }
  for (const r of risks) {
    out.info(
      out.paint(
        'yellow',
        `allowed by --allow-replace: ${r.action} ${r.label} ${r.logicalId}: ${r.holds} lost to the app; kept: ${r.kept}`,
      ),
    );
  }
  if (!yes && !(await confirm(`Execute this change set on ${plan.stackName}?`))) {
    await discardPlan(ctx, plan);
    out.info('cancelled: the change set was deleted and nothing changed.');
    return 1;
  }
  const lifted = new Set(risks.map((r) => r.logicalId));
  if (lifted.size > 0) await protect(ctx, plan.stackId, out, lifted);
  out.info(`executing (Ctrl-C stops watching, not the deployment) ...`);
  const release = onInterrupt('deployment');
  const result = await executePlan(ctx, plan, out)
    .finally(release)
    // The policy again, from the templates now deployed, however the update ended (lifted ones included).
    .finally(() =>
      protect(ctx, plan.stackId, out).catch((err: unknown) =>
        out.info(
          out.paint('red', `stack policy: could not be set (${(err as Error).message}); run deploy again to set it`),
        ),
      ),
    );
  const json = {
    ...withExtra(plan),
    status: result.status,
    outputs: result.outputs,
    ...(risks.length ? { allowedDataLoss: risks.map(riskJson) } : {}),
  };
  if (!result.ok) {
    out.info(`deploy of ${plan.stackName} FAILED after ${formatElapsed(result.elapsedMs)}: ${result.status}`);
    out.info(out.paint('red', formatCause(result.cause)));
    if (result.outcome) out.info(result.outcome);
    out.result({ ...json, cause: result.cause ?? null });
    return 1;
  }
  out.info(`stack ${plan.stackName} is ${result.status} (${formatElapsed(result.elapsedMs)}). Outputs:`);
  for (const line of formatOutputs(result.outputs)) out.info(line);
  await afterSuccess?.(result.outputs);
  out.result(json);
  return 0;
}

export const deploy = defineCommand({
  name: 'deploy',
  description: [
    'Creates a change set (nested stacks included), prints what it adds, modifies (and whether it',
    'replaces) and removes per stack, asks before executing unless --yes, then shows progress until',
    'the stack settles and prints its outputs. An unchanged template is "no changes" (exit 0). On',
    'failure: the first failed resource (looking inside nested stacks), the rollback outcome, exit 1.',
    'If the stack is busy (an earlier run was interrupted), deploy waits for it first.',
    '',
    'Without --template, deploys the whole app to the stack --stack-name (default: appName of the',
    'config): packages the templates and assets for --region (into --out), publishes them to the',
    "region's artifact bucket (created private if missing; an existing bucket keeps its access),",
    'deploys main.yml from its published URL (the stack builds the service image, deploys the site',
    "and seeds the table), then checks the site's config.json against the outputs, writing it if",
    'missing or different.',
    '',
    "Availability zones (fargate, app mode): for a stack it creates, deploy reads the account's zones",
    '(EC2 DescribeAvailabilityZones: names and zone IDs) and takes the first two whose zone ID has VPC',
    "links V2 and Fargate (the AWS documentation's lists) and, with natGateways none, every interface",
    'endpoint service (DescribeVpcEndpointServices); it prints the pair and each zone skipped and why,',
    'and passes the pair as the AvailabilityZones parameter. network.availabilityZones in the config pins',
    'a pair, checked the same way. A stack that exists keeps its zones (a pin that differs is refused:',
    'moving would replace both subnets). With natGateways none, a region without one of the endpoint',
    'services (Cognito\'s is not in every region) is refused, naming natGateways "single" as the fix.',
    'Every refusal comes before anything is written, exit 2.',
    '',
    'Updates never lose data: every stack of the tree that holds what users made (the table, the',
    'user pool, the click records, or any DynamoDB table or Cognito pool of a --template stack) gets a',
    'stack policy denying Update:Replace and Update:Delete on those resources (and on the nested',
    'stacks holding them). A change set that would replace or delete one is refused, exit 1, saying',
    'what would be lost and what is kept, and deleted; --allow-replace LOGICALID lets that one through',
    'by lifting its deny for this update alone (the full policy is set back however the update ends).',
  ].join('\n'),
  options: {
    ...CHANGE_SET_FLAGS,
    config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file (app mode).' },
    'bucket-prefix': PACKAGE_FLAGS['bucket-prefix'],
    'site-dir': {
      type: 'string',
      value: 'DIR',
      description:
        "App mode: the site's build output to deploy (a folder with index.html). Default: dist/site if built.",
    },
    out: { type: 'string', value: 'DIR', description: 'App mode: where to package.', default: 'out' },
    'revert-drift': {
      type: 'boolean',
      description:
        'A drift-aware change set (DeploymentMode REVERT_DRIFT): also puts resources changed outside CloudFormation back to the template (see `mysfits drift`).',
    },
    'allow-replace': {
      type: 'string',
      multiple: true,
      value: 'LOGICALID',
      description:
        'Let this update replace or delete that stateful resource (repeat for more): its data stays in the account but the app loses it.',
    },
    yes: YES_FLAG,
    express: {
      type: 'boolean',
      description:
        'CloudFormation express mode (DeploymentConfig Mode EXPRESS), for development stacks: the deploy completes once each resource is configured, not when it is ready to serve (the site or API may still be starting). Rollback: a failure still rolls the stack back (rollback stays on), but a resource that fails to become ready after the deploy completed is not caught and rolls nothing back. The pipeline always uses the standard mode.',
    },
  },
  examples: [
    'mysfits deploy --region eu-west-1 --bucket-prefix acme-mysfits',
    'mysfits deploy --template templates/core.yml --stack-name mysfits-core --region eu-west-1',
    'mysfits deploy -t stack.yml -s demo --parameters Env=prod --tags team=ops --yes --json',
    'mysfits deploy --config prod.json --allow-replace MysfitsTable',
  ],
  async run(options) {
    const input = {
      ...deployInput(options, 'deploy'),
      revertDrift: options['revert-drift'] === true,
      express: options.express === true,
    };
    const yes = options.yes === true;
    requireConfirmable(yes, 'deploy');
    const ctx = await awsContext(options);
    const out = makeOutput(options.json === true, 'done');
    try {
      const allow = options['allow-replace'] ?? [];
      if (options.template) return await deployTemplate(ctx, input, out, yes, allow);
      // A change CloudFormation would fail on, refused before anything is built or sent.
      const { config, source } = loadConfig(options.config);
      const cognito = new CognitoIdentityProviderClient(await clientConfig(options));
      try {
        const problem = await mfaChangeProblem(ctx.cf, cognito, input.stackName, config.cognito.mfa);
        if (problem) throw new InputError(source, [problem]);
      } finally {
        cognito.destroy();
      }
      // The zones of a new fargate stack (and, without NAT, the endpoint services), before any write.
      let appInput = input;
      let zones: Record<string, unknown> = {};
      if (config.service.compute === 'fargate') {
        const given = input.parameters[ZONES_PARAMETER];
        const plan = await planStackZones(
          ctx,
          {
            stackName: input.stackName,
            natGateways: config.network.natGateways,
            pinned: given !== undefined ? zonePairNames(given) : config.network.availabilityZones,
          },
          given !== undefined ? '--parameters' : source,
        );
        for (const line of zonePlanLines(plan)) out.info(line);
        zones = { availabilityZones: zonePlanJson(plan) };
        if (plan.parameter)
          appInput = { ...input, parameters: { ...input.parameters, [ZONES_PARAMETER]: plan.parameter } };
      }
      const app = await packageAndPublish(
        ctx,
        {
          config: options.config,
          bucketPrefix: options['bucket-prefix'],
          stackName: input.stackName,
          out: options.out,
          siteDir: options['site-dir'],
          endpoint: options.endpoint,
          profile: options.profile,
        },
        appInput,
        out,
      );
      return await deployTemplate(
        ctx,
        app.input,
        out,
        yes,
        allow,
        async (outputs) => {
          await ensureSiteConfig(ctx.s3, outputs, out);
        },
        zones,
      );
    } finally {
      ctx.close();
    }
  },
});
