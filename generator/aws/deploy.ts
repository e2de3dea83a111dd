// Deploying one template to one stack through a change set: prepare (shared with `diff`), then
// execute and watch. The app mode of `mysfits deploy` (package + publish for the region, deploy
// main.yml from its published URL, check the site's config.json) is built on the same two steps:
// see app-deploy.ts.
import { readFileSync } from 'node:fs';
import { ExecuteChangeSetCommand, type Capability, type Parameter, type Stack } from '@aws-sdk/client-cloudformation';
import { UsageError } from '../errors.js';
import { parseTemplate, TemplateParseError, type ParsedTemplate } from '../core/parse.js';
import { buildAssets, builtSiteDir } from '../package/assets.js';
import { packageRoot } from '../paths.js';
import type { AwsContext } from './context.js';
import { DEFAULT_ASSET_CACHE, localReferencesOf, packageTemplateFile } from './local-assets.js';
import {
  createChangeSet,
  describeChanges,
  detectCapabilities,
  discardChangeSet,
  waitForChangeSet,
  type StackChanges,
} from './change-sets.js';
import {
  describeStack,
  findRootCause,
  isInProgress,
  isSuccess,
  lastEventTime,
  outcome,
  watchStack,
  type RootCause,
  type WatchUpdate,
} from './stacks.js';
import {
  CODE_EXPIRY_DAYS,
  defaultTemplateBucket,
  ensureTemplateBucket,
  TEMPLATE_EXPIRY_DAYS,
  uploadTemplate,
} from './template-bucket.js';
import { TEMPLATE_BODY_LIMIT } from '../core/cfn-quotas.js';

/** Statuses a change set cannot be made on, and what the user does about each. */
const BLOCKED: Record<string, string> = {
  ROLLBACK_COMPLETE: 'its creation failed and was rolled back; remove it with `mysfits destroy --stack-name {}`',
  ROLLBACK_FAILED: 'its creation failed and so did the rollback; remove it with `mysfits destroy --stack-name {}`',
  DELETE_FAILED: 'a delete failed; finish it with `mysfits destroy --stack-name {}`',
  UPDATE_ROLLBACK_FAILED:
    'an update rollback failed; fix the resource and run `aws cloudformation continue-update-rollback --stack-name {}`',
  IMPORT_ROLLBACK_FAILED: 'an import rollback failed; see its events in the console',
};

export interface DeployInput {
  readonly stackName: string;
  readonly templateFile: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  /** Given with --capabilities; otherwise detected from the template. */
  readonly capabilities?: readonly Capability[];
  readonly s3Bucket?: string;
  /** Where CloudFormation reads the template (already uploaded, e.g. by publish); templateFile is then read for its parameters. */
  readonly templateUrl?: string;
  /** A drift-aware change set that puts drifted resources back to the template (deploy --revert-drift). */
  readonly revertDrift?: boolean;
  /** Deploy in CloudFormation express mode (development stacks). */
  readonly express?: boolean;
}

export interface Plan {
  readonly stackName: string;
  readonly stackId: string;
  readonly changeSetId: string;
  readonly type: 'CREATE' | 'UPDATE';
  /** No change set was kept: the template and parameters equal what is deployed. */
  readonly empty: boolean;
  readonly changes: readonly StackChanges[];
  readonly capabilities: readonly { capability: Capability; reason: string }[];
  readonly templateUrl?: string;
}

export interface Reporter {
  /** A line of narrative (stderr when stdout carries JSON). */
  info(line: string): void;
  /** Live progress of a stack operation. */
  progress(update: WatchUpdate): void;
}

export function readTemplateFile(file: string): { text: string; template: ParsedTemplate } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `--template ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  try {
    return { text, template: parseTemplate(text, file) };
  } catch (err) {
    if (err instanceof TemplateParseError) throw new UsageError(err.message);
    throw err;
  }
}

/** Parameters for the change set: given values, previous values on update, defaults otherwise. */
function changeSetParameters(
  template: ParsedTemplate,
  given: Readonly<Record<string, string>>,
  stack: Stack | undefined,
): Parameter[] {
  const declared = Object.keys(template.parameters);
  const unknown = Object.keys(given).filter((k) => !declared.includes(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `--parameters: the template declares no ${unknown.join(', ')} (it declares: ${declared.join(', ') || 'no parameters'})`,
    );
  }
  const previous = new Set((stack?.Parameters ?? []).map((p) => p.ParameterKey));
  const out: Parameter[] = [];
  const missing: string[] = [];
  for (const key of declared) {
    if (given[key] !== undefined) out.push({ ParameterKey: key, ParameterValue: given[key] });
    else if (previous.has(key)) out.push({ ParameterKey: key, UsePreviousValue: true });
    else if (template.parameters[key].Default === undefined) missing.push(key);
  }
  if (missing.length > 0) {
    throw new UsageError(
      `--parameters: ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no default; pass ${missing.map((k) => `${k}=VALUE`).join(' ')}`,
    );
  }
  return out;
}

/** Waits out an operation someone (or an interrupted run) started; returns the settled stack. */
export async function attachIfBusy(
  ctx: AwsContext,
  stack: Stack | undefined,
  reporter: Reporter,
): Promise<{ stack: Stack | undefined; cause?: RootCause }> {
  if (!stack || !isInProgress(stack.StackStatus)) return { stack };
  const started = stack.DeletionTime ?? stack.LastUpdatedTime ?? stack.CreationTime ?? new Date(Date.now() - 3_600_000);
  const since = new Date(started.getTime() - 1);
  reporter.info(
    `stack ${stack.StackName} is ${stack.StackStatus} (an operation started earlier, perhaps by an interrupted run): attaching until it settles`,
  );
  const status = await watchStack(ctx.cf, stack.StackId!, stack.StackName!, {
    since,
    pollMs: ctx.pollMs,
    onUpdate: (u) => reporter.progress(u),
  });
  const settled = await describeStack(ctx.cf, stack.StackId!);
  const cause = isSuccess(status) ? undefined : await findRootCause(ctx.cf, stack.StackId!, stack.StackName!, since);
  reporter.info(`stack ${stack.StackName} settled: ${status}`);
  if (cause) reporter.info(`  it failed on ${cause.label} ${cause.logicalId} (${cause.type}): ${cause.reason}`);
  return { stack: status === 'DELETE_COMPLETE' ? undefined : settled, cause };
}

/** Creates the change set and describes it; `diff` discards it, `deploy` executes it. */
export async function prepareChangeSet(ctx: AwsContext, input: DeployInput, reporter: Reporter): Promise<Plan> {
  const { text, template } = readTemplateFile(input.templateFile);
  let { stack } = await attachIfBusy(ctx, await describeStack(ctx.cf, input.stackName), reporter);
  const blocked = stack?.StackStatus ? BLOCKED[stack.StackStatus] : undefined;
  if (blocked) {
    throw new Error(`stack ${input.stackName} is ${stack!.StackStatus}: ${blocked.replace('{}', input.stackName)}`);
  }
  // A stack left in REVIEW_IN_PROGRESS holds only change sets: it is still created, not updated.
  const type = !stack || stack.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  if (input.revertDrift && type === 'CREATE') {
    throw new UsageError(`--revert-drift: stack ${input.stackName} does not exist yet; there is no drift to revert`);
  }
  if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') stack = undefined;
  const parameters = changeSetParameters(template, input.parameters, stack);
  const capabilities = input.capabilities
    ? input.capabilities.map((capability) => ({ capability, reason: 'from --capabilities' }))
    : detectCapabilities(template);

  let templateUrl = input.templateUrl;
  let body = text;
  let bucket: string | undefined;
  const templateBucket = async (): Promise<string> => {
    if (bucket) return bucket;
    bucket = input.s3Bucket ?? (await defaultTemplateBucket(ctx.sts, ctx.region));
    const made = await ensureTemplateBucket(ctx.s3, bucket, ctx.region);
    if (made === 'created') reporter.info(`created template bucket ${bucket}`);
    if (made === 'updated')
      reporter.info(
        `template bucket ${bucket}: templates now expire after ${TEMPLATE_EXPIRY_DAYS} days, code after ${CODE_EXPIRY_DAYS} (was: everything after ${TEMPLATE_EXPIRY_DAYS}, which a late rollback could not survive)`,
      );
    return bucket;
  };
  // Local files the template points at (function code, payloads, nested templates) are built
  // as `mysfits package` builds them and uploaded first, as `sam deploy` does.
  const refs = templateUrl ? { assets: [], templates: [] } : localReferencesOf(text);
  if (refs.assets.length + refs.templates.length > 0) {
    reporter.info(
      `${input.templateFile} points at local files (${[...refs.assets, ...refs.templates].join(', ')}): packaging them as \`mysfits package\` does ...`,
    );
    const packaged = await packageTemplateFile(input.templateFile, {
      s3: ctx.s3,
      bucket: await templateBucket(),
      region: ctx.region,
      prefix: input.stackName,
      assets: async (only) =>
        (
          await buildAssets({
            root: packageRoot(),
            cacheDir: DEFAULT_ASSET_CACHE,
            siteDir: builtSiteDir(packageRoot()),
            log: reporter.info,
            only,
          })
        ).assets,
      info: reporter.info,
    });
    body = packaged.text;
    for (const uri of packaged.uploaded) reporter.info(`  uploaded ${uri}`);
    if (packaged.reused.length > 0) reporter.info(`  ${packaged.reused.length} already in the bucket (same content)`);
  }
  const size = Buffer.byteLength(body, 'utf8');
  if (!templateUrl && size > TEMPLATE_BODY_LIMIT) {
    templateUrl = await uploadTemplate(ctx.s3, await templateBucket(), ctx.region, input.stackName, body);
    reporter.info(
      `template is ${size} bytes, over CloudFormation's ${TEMPLATE_BODY_LIMIT}-byte inline limit: uploaded to ${templateUrl}`,
    );
  }

  reporter.info(`creating a change set for ${input.stackName} in ${ctx.where} ...`);
  const created = await createChangeSet(ctx.cf, {
    stackName: input.stackName,
    type,
    templateBody: templateUrl ? undefined : body,
    templateUrl,
    parameters,
    tags: input.tags,
    capabilities: capabilities.map((c) => c.capability),
    deploymentMode: input.revertDrift ? 'REVERT_DRIFT' : undefined,
    express: input.express,
  });
  const unchanged = (): Plan => ({
    stackName: input.stackName,
    stackId: created?.stackId ?? stack?.StackId ?? '',
    changeSetId: created?.id ?? '',
    type,
    empty: true,
    changes: [],
    capabilities,
    templateUrl,
  });
  if (!created) return unchanged();
  const state = await waitForChangeSet(ctx.cf, created.id, ctx.pollMs);
  if (state.state !== 'ready') {
    await discardChangeSet(ctx.cf, { ...created, type });
    if (state.state === 'failed') throw new Error(`the change set for ${input.stackName} failed: ${state.reason}`);
    return unchanged();
  }
  const changes = await describeChanges(ctx.cf, created.id, input.stackName);
  return {
    stackName: input.stackName,
    stackId: created.stackId,
    changeSetId: created.id,
    type,
    empty: false,
    changes,
    capabilities,
    templateUrl,
  };
}

export async function discardPlan(ctx: AwsContext, plan: Plan): Promise<void> {
  if (!plan.empty) await discardChangeSet(ctx.cf, { id: plan.changeSetId, stackId: plan.stackId, type: plan.type });
}

export interface DeployResult {
  readonly status: string;
  readonly ok: boolean;
  readonly cause?: RootCause;
  /** What the settled status means, for a failure. */
  readonly outcome?: string;
  readonly outputs: Record<string, string>;
  readonly elapsedMs: number;
}

export function outputsOf(stack: Stack | undefined): Record<string, string> {
  return Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
}

/** Executes the change set and watches until the stack settles. */
export async function executePlan(ctx: AwsContext, plan: Plan, reporter: Reporter): Promise<DeployResult> {
  const since = await lastEventTime(ctx.cf, plan.stackId);
  const started = Date.now();
  const totals = new Map(plan.changes.map((c) => [c.label, c.rows.length]));
  try {
    await ctx.cf.send(new ExecuteChangeSetCommand({ ChangeSetName: plan.changeSetId }));
  } catch (err) {
    // Some engines (moto) fail the execute call itself rather than a resource: report it the same way.
    let stack = await describeStack(ctx.cf, plan.stackId);
    const reason = apiErrorMessage(err);
    // A first deploy that never ran leaves an empty stack in REVIEW_IN_PROGRESS, which blocks
    // nothing but clutters the console: remove it, as diff and a declined prompt do.
    let left = `the stack is ${stack?.StackStatus ?? 'gone'}`;
    if (plan.type === 'CREATE' && stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
      try {
        await discardChangeSet(ctx.cf, { id: plan.changeSetId, stackId: plan.stackId, type: 'CREATE' });
        stack = undefined;
        left = 'the empty stack it created (REVIEW_IN_PROGRESS) was deleted';
      } catch (cleanup) {
        left = `the stack is REVIEW_IN_PROGRESS and could not be deleted (${apiErrorMessage(cleanup)}): aws cloudformation delete-stack --stack-name ${plan.stackName}`;
      }
    }
    return {
      status: stack?.StackStatus ?? 'UNKNOWN',
      ok: false,
      cause: {
        label: plan.stackName,
        stackName: plan.stackName,
        logicalId: plan.stackName,
        type: 'AWS::CloudFormation::Stack',
        status: 'EXECUTE_FAILED',
        reason,
      },
      outcome: `the change set was not executed; ${left}.`,
      outputs: outputsOf(stack),
      elapsedMs: Date.now() - started,
    };
  }
  const status = await watchStack(ctx.cf, plan.stackId, plan.stackName, {
    since,
    pollMs: ctx.pollMs,
    totals,
    onUpdate: (u) => reporter.progress(u),
  });
  const stack = await describeStack(ctx.cf, plan.stackId);
  if (isSuccess(status)) return { status, ok: true, outputs: outputsOf(stack), elapsedMs: Date.now() - started };
  return {
    status,
    ok: false,
    cause: await findRootCause(ctx.cf, plan.stackId, plan.stackName, since),
    outcome: outcome(status, plan.stackName),
    outputs: outputsOf(stack),
    elapsedMs: Date.now() - started,
  };
}

/**
 * An AWS error's message. The SDK cannot parse an error body in an unexpected format (moto
 * answers some CloudFormation errors in JSON); the body it kept says what happened.
 */
export function apiErrorMessage(err: unknown): string {
  const e = err as { message?: string; $response?: { body?: unknown }; $responseBodyText?: string };
  const text = e.$responseBodyText ?? (typeof e.$response?.body === 'string' ? e.$response.body : undefined);
  if (text && /Deserialization error/.test(e.message ?? '')) {
    try {
      const body = JSON.parse(text) as { message?: string; Message?: string };
      return body.message ?? body.Message ?? text;
    } catch {
      return text.slice(0, 500);
    }
  }
  return e.message ?? String(err);
}
