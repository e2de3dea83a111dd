// The rule packs ops map findings to: cdk-nag's AwsSolutions, Serverless and NIST 800-53 R5 checks,
// run over the deployed form of each template. SAM templates are first expanded by the SAM
// translator cfn-lint ships (sam-expand.py), so the packs see the Lambda functions, roles and
// permissions AWS creates; each template is then loaded into a CDK app with CfnInclude, the way
// a CDK user would bring it in. A finding is suppressed by the resource's
// `Metadata.cdk_nag.rules_to_suppress` (cdk-nag v2's format, which SAM copies onto every resource
// it generates from a function), each with its reason; a suppression that matches no finding is
// reported as stale. aws-cdk-lib and cdk-nag are dev dependencies, loaded only here: review runs
// from a clone, like package.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { packageRoot } from '../paths.js';

/** The packs, by the name `--packs` takes, with cdk-nag's class and rule-id prefix. */
export const NAG_PACKS = {
  'aws-solutions': { className: 'AwsSolutionsChecks', prefix: 'AwsSolutions' },
  serverless: { className: 'ServerlessChecks', prefix: 'Serverless' },
  'nist-800-53-r5': { className: 'NIST80053R5Checks', prefix: 'NIST.800.53.R5' },
} as const;
export type NagPackName = keyof typeof NAG_PACKS;
export const NAG_PACK_NAMES = Object.keys(NAG_PACKS) as NagPackName[];

export type NagLevel = 'error' | 'warning';

/** One entry of `Metadata.cdk_nag.rules_to_suppress`, as cdk-nag v2 reads it. */
export interface NagSuppression {
  /** The rule (`AwsSolutions-IAM5`), or one finding of it (`AwsSolutions-IAM5[Resource::*]`). */
  readonly id: string;
  readonly reason: string;
  /** For a rule with findings: which of them (`Resource::*`); absent, all of them. */
  readonly applies_to?: readonly string[];
}

export interface NagFinding {
  readonly file: string;
  readonly resource: string;
  readonly type: string;
  readonly pack: NagPackName;
  /** The rule id, e.g. `AwsSolutions-IAM5`. */
  readonly rule: string;
  /** For a rule that reports findings (IAM4, IAM5): which one, e.g. `Resource::*`. */
  readonly finding?: string;
  readonly level: NagLevel;
  /** What is wrong (cdk-nag's info). */
  readonly info: string;
  /** Why the rule exists and what fixes it (cdk-nag's explanation). */
  readonly explanation: string;
  /** The reason given in the resource's metadata, when it is suppressed. */
  readonly suppressedBecause?: string;
}

export interface StaleSuppression {
  readonly file: string;
  readonly resource: string;
  readonly id: string;
}

export type NagResult =
  | {
      readonly ran: true;
      readonly version: string;
      readonly packs: readonly NagPackName[];
      readonly findings: readonly NagFinding[];
      readonly stale: readonly StaleSuppression[];
    }
  | { readonly ran: false; readonly reason: string };

/** Open findings (not suppressed). */
export const openFindings = (findings: readonly NagFinding[]): NagFinding[] =>
  findings.filter((f) => f.suppressedBecause === undefined);

const SAM_EXPAND = (): string => join(packageRoot(), 'generator', 'review', 'sam-expand.py');

type CfnTemplate = { Resources?: Record<string, { Type?: string; Metadata?: { cdk_nag?: unknown } }> };
/** A template's deployed form, and the logical ids of its resources as written (SAM adds more). */
interface Expanded {
  readonly template: CfnTemplate;
  readonly sourceIds: readonly string[];
}

/**
 * The resource as written that a deployed one comes from: itself, or the SAM resource whose id
 * begins the generated one's (`Fn` → `FnRole`, `FnPreSignUpPermission`). SAM copies the
 * resource's metadata, suppressions included, onto each.
 */
function originOf(id: string, sourceIds: ReadonlySet<string>): string {
  if (sourceIds.has(id)) return id;
  let best = id;
  for (const s of sourceIds) if (id.startsWith(s) && (best === id || s.length > best.length)) best = s;
  return best;
}

/**
 * The deployed form of each template (path → template), or why it cannot be had. The Python is
 * the one cfn-lint runs on: MYSFITS_PYTHON, else python3, else python.
 */
export function expandTemplates(
  paths: readonly string[],
  region: string,
): { ok: true; templates: Record<string, Expanded> } | { ok: false; reason: string } {
  const candidates = process.env.MYSFITS_PYTHON ? [process.env.MYSFITS_PYTHON] : ['python3', 'python'];
  let lastError = '';
  for (const python of candidates) {
    const r = spawnSync(python, [SAM_EXPAND(), region, ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.error) {
      lastError = `${python} not found`;
      continue;
    }
    if (r.status === 3) {
      const e = JSON.parse(r.stdout) as { error: string; messages: string[] };
      return { ok: false, reason: `${e.error}: ${e.messages.join('; ').slice(0, 500)}` };
    }
    if (r.status !== 0) {
      lastError = /No module named .?cfnlint/.test(r.stderr)
        ? `${python} has no cfn-lint (pip install cfn-lint, or set MYSFITS_PYTHON to the Python that has it)`
        : `${python} ${basename(SAM_EXPAND())} failed (exit ${r.status}): ${r.stderr.trim().slice(-400)}`;
      continue;
    }
    return { ok: true, templates: JSON.parse(r.stdout) as Record<string, Expanded> };
  }
  return { ok: false, reason: `cannot expand SAM templates: ${lastError}` };
}

/** The suppressions a resource declares, in cdk-nag v2's metadata format. */
export function suppressionsOf(resource: { Metadata?: { cdk_nag?: unknown } }): NagSuppression[] {
  const nag = resource.Metadata?.cdk_nag as { rules_to_suppress?: unknown } | undefined;
  return Array.isArray(nag?.rules_to_suppress) ? (nag.rules_to_suppress as NagSuppression[]) : [];
}

/** The suppression that covers a finding, as cdk-nag v2 matches them. */
export function matchSuppression(
  suppressions: readonly NagSuppression[],
  rule: string,
  finding: string | undefined,
): NagSuppression | undefined {
  return suppressions.find((s) => {
    if (finding !== undefined && s.id === `${rule}[${finding}]`) return true;
    if (s.id !== rule) return false;
    return finding === undefined || s.applies_to === undefined || s.applies_to.includes(finding);
  });
}

interface CdkModules {
  App: new () => unknown;
  Stack: new (scope: unknown, id: string) => unknown;
  CfnInclude: new (
    scope: unknown,
    id: string,
    props: { templateFile: string },
  ) => {
    getResource(id: string): { node: { path: string } };
  };
  packs: Record<string, new (scope?: unknown, props?: unknown) => PackInstance>;
  version: string;
}

interface PackInstance {
  validateScope(scope: unknown): {
    violations: { ruleName: string; severity: string; violatingResources: { constructPath: string }[] }[];
  };
}

interface RuleParams {
  ruleSuffixOverride?: string;
  info: string;
  explanation: string;
  rule: { name: string };
}

/** The packages the rule packs load, at the versions this package is tested with. */
const CDK_PACKAGES = ['aws-cdk-lib', 'cdk-nag', 'constructs'] as const;

/** What to install for the rule packs (dev dependencies here: the installed CLI lacks them). */
export function missingCdkAdvice(): string {
  let versions: Record<string, string> = {};
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
    };
    versions = pkg.devDependencies ?? {};
  } catch {
    // no versions to name
  }
  const names = CDK_PACKAGES.map((name) => (versions[name] ? `${name}@${versions[name]}` : name)).join(' ');
  return `the rule packs need aws-cdk-lib and cdk-nag, which are not installed: run \`npm install ${names}\` where mysfits is installed (in a clone: npm ci), or pass --packs none`;
}

async function loadCdk(): Promise<CdkModules | string> {
  try {
    const cdk = (await import('aws-cdk-lib')) as unknown as Pick<CdkModules, 'App' | 'Stack'>;
    const include = (await import('aws-cdk-lib/cloudformation-include')) as unknown as Pick<CdkModules, 'CfnInclude'>;
    const nag = (await import('cdk-nag')) as unknown as Record<string, CdkModules['packs'][string]>;
    const require = createRequire(import.meta.url);
    const manifest = join(dirname(dirname(require.resolve('cdk-nag'))), 'package.json');
    const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    return { App: cdk.App, Stack: cdk.Stack, CfnInclude: include.CfnInclude, packs: nag, version };
  } catch (err) {
    return `${missingCdkAdvice()} (${(err as Error).message.split('\n')[0]})`;
  }
}

/** Runs the packs over the templates at these paths; file names in the findings are base names. */
export async function runNag(
  paths: readonly string[],
  region: string,
  packs: readonly NagPackName[] = NAG_PACK_NAMES,
): Promise<NagResult> {
  const cdk = await loadCdk();
  if (typeof cdk === 'string') return { ran: false, reason: cdk };
  const expanded = expandTemplates(paths, region);
  if (!expanded.ok) return { ran: false, reason: expanded.reason };

  // Each pack class once, capturing every rule's info and explanation as it is applied: the
  // report carries only the rule's name.
  const rules = new Map<string, { info: string; explanation: string }>();
  const instances = packs.map((name) => {
    const Base = cdk.packs[NAG_PACKS[name].className];
    const Capturing = class extends (Base as new (scope?: unknown, props?: unknown) => PackInstance) {
      protected applyRule(params: RuleParams): void {
        const suffix = params.ruleSuffixOverride ?? params.rule.name;
        rules.set(`${NAG_PACKS[name].prefix}-${suffix}`, { info: params.info, explanation: params.explanation });
        (Base.prototype as unknown as { applyRule(p: RuleParams): void }).applyRule.call(this, params);
      }
    };
    return { name, pack: new Capturing(undefined, { verbose: false }) };
  });

  const scratch = mkdtempSync(join(tmpdir(), 'mysfits-nag-'));
  const findings: NagFinding[] = [];
  const stale: StaleSuppression[] = [];
  try {
    for (const path of paths) {
      const { template, sourceIds } = expanded.templates[path];
      const sources = new Set(sourceIds);
      const file = basename(path);
      const resources = template.Resources ?? {};
      const json = join(scratch, `${file}.json`);
      writeFileSync(json, JSON.stringify(template));
      const app = new cdk.App();
      const stack = new cdk.Stack(app, 'Review');
      let include;
      try {
        include = new cdk.CfnInclude(stack, 'Template', { templateFile: json });
      } catch (err) {
        return { ran: false, reason: `${file}: CfnInclude cannot load it: ${(err as Error).message.split('\n')[0]}` };
      }
      const byPath = new Map(Object.keys(resources).map((id) => [include.getResource(id).node.path, id]));
      const used = new Set<string>();
      for (const { name, pack } of instances) {
        for (const v of pack.validateScope(stack).violations) {
          const [, rule, finding] = /^([^[]+)(?:\[(.*)\])?$/.exec(v.ruleName)!;
          for (const r of v.violatingResources) {
            const id = byPath.get(r.constructPath) ?? r.constructPath;
            const suppressions = suppressionsOf(resources[id] ?? {});
            const match = matchSuppression(suppressions, rule, finding);
            if (match) used.add(`${originOf(id, sources)}\0${match.id}`);
            findings.push({
              file,
              resource: id,
              type: resources[id]?.Type ?? '',
              pack: name,
              rule,
              ...(finding !== undefined ? { finding } : {}),
              level: v.severity === 'error' ? 'error' : 'warning',
              info: rules.get(rule)?.info ?? '',
              explanation: rules.get(rule)?.explanation ?? '',
              ...(match ? { suppressedBecause: match.reason } : {}),
            });
          }
        }
      }
      const ran = packs.map((p) => `${NAG_PACKS[p].prefix}-`);
      for (const [id, resource] of Object.entries(resources)) {
        if (!sources.has(id)) continue; // a SAM copy: its origin answers for it
        for (const s of suppressionsOf(resource)) {
          if (ran.some((p) => s.id.startsWith(p)) && !used.has(`${id}\0${s.id}`)) {
            stale.push({ file, resource: id, id: s.id });
          }
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { ran: true, version: `cdk-nag ${cdk.version}`, packs, findings, stale };
}

/** Counts by pack: open errors, open warnings, suppressed. */
export function nagCounts(
  findings: readonly NagFinding[],
): Record<NagPackName, { errors: number; warnings: number; suppressed: number }> {
  const counts = Object.fromEntries(
    NAG_PACK_NAMES.map((p) => [p, { errors: 0, warnings: 0, suppressed: 0 }]),
  ) as Record<NagPackName, { errors: number; warnings: number; suppressed: number }>;
  for (const f of findings) {
    const c = counts[f.pack];
    if (f.suppressedBecause !== undefined) c.suppressed++;
    else if (f.level === 'error') c.errors++;
    else c.warnings++;
  }
  return counts;
}
