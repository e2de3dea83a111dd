// The offline change review (`mysfits review --templates NEW --against OLD`): what deploying NEW
// over a stack made from OLD would do, read from the two sets of templates alone. Resources added,
// removed and replaced (a replacement predicted from each type's create-only properties in the
// CloudFormation resource schemas, generator/spec/generated/replacement.ts), stateful ones flagged
// as data loss, IAM statements added and removed, exposure changes, the cost delta, and the config
// changes known to fail or surprise on a live stack named in words.
import { heldData } from '../core/stateful.js';
import type { ParsedResource, ParsedTemplate } from '../core/parse.js';
import { MAY_REPLACE, REPLACES } from '../spec/generated/replacement.js';
import { estimateCost, usd } from './cost.js';
import { findExposure, type Exposure } from './exposure.js';
import { findIamStatements, type IamStatement } from './iam.js';
import { passedParameters, type ReviewTemplate } from './model.js';
import type { Block } from './report.js';

export type ChangeAction = 'add' | 'remove' | 'replace' | 'may-replace' | 'modify';

export interface ResourceChange {
  readonly file: string;
  readonly id: string;
  readonly type: string;
  readonly action: ChangeAction;
  /** Top-level properties whose value differs. */
  readonly properties: readonly string[];
  /** Why it is replaced (or may be), or why the prediction could not be made. */
  readonly because?: string;
  /** For a stateful resource removed or replaced: what it holds, now lost to the app. */
  readonly loses?: string;
  /** For that loss: what stays behind, by the old template's policies. */
  readonly kept?: string;
}

export interface Surprise {
  readonly change: string;
  readonly effect: string;
}

export interface CostDelta {
  readonly old: number;
  readonly new: number;
  readonly lines: readonly { readonly component: string; readonly old: number; readonly new: number }[];
}

export interface ChangeReview {
  readonly changes: readonly ResourceChange[];
  /** The changes that lose what users made: removed or replaced stateful resources. */
  readonly dataLoss: readonly ResourceChange[];
  readonly iamAdded: readonly IamStatement[];
  readonly iamRemoved: readonly IamStatement[];
  readonly exposureAdded: readonly Exposure[];
  readonly exposureRemoved: readonly Exposure[];
  readonly cost: CostDelta;
  readonly surprises: readonly Surprise[];
}

/** SAM types become these resources under the same logical id: their create-only properties apply. */
const SAM_TARGETS: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::LayerVersion': 'AWS::Lambda::LayerVersion',
};

/** JSON with sorted keys: equal values print equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * A function giving a value with each `!Ref` to a parameter of `template` replaced by its value in
 * `values`, and each `!If` whose condition those values decide replaced by its chosen branch (as
 * CloudFormation resolves it before comparing: a new optional parameter left at its default
 * changes nothing).
 */
export function parameterResolver(template: ParsedTemplate, values: Record<string, unknown>): (v: unknown) => unknown {
  const conditions = (template.data.Conditions ?? {}) as Record<string, unknown>;
  const isLiteral = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  /** A condition's value, or undefined when the values do not decide it. */
  const decide = (c: unknown, seen: readonly string[] = []): boolean | undefined => {
    if (!c || typeof c !== 'object' || Array.isArray(c)) return undefined;
    const [[fn, arg]] = Object.entries(c as Record<string, unknown>);
    const args = Array.isArray(arg) ? arg : [arg];
    if (fn === 'Condition' && typeof arg === 'string' && !seen.includes(arg))
      return decide(conditions[arg], [...seen, arg]);
    if (fn === 'Fn::Equals') {
      const [a, b] = args.map(walk);
      return isLiteral(a) && isLiteral(b) ? String(a) === String(b) : undefined;
    }
    const parts = args.map((x) => decide(x, seen));
    if (fn === 'Fn::Not') return parts[0] === undefined ? undefined : !parts[0];
    if (fn === 'Fn::And') return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
    if (fn === 'Fn::Or') return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
    return undefined;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    const ref = record.Ref;
    if (keys.length === 1 && typeof ref === 'string' && template.parameters[ref] && values[ref] !== undefined)
      return values[ref];
    const branches = record['Fn::If'];
    if (keys.length === 1 && Array.isArray(branches) && branches.length === 3 && typeof branches[0] === 'string') {
      const holds = decide(conditions[branches[0]], [branches[0]]);
      if (holds !== undefined) return walk(holds ? branches[1] : branches[2]);
    }
    return Object.fromEntries(Object.entries(record).map(([k, x]) => [k, walk(x)]));
  };
  return walk;
}

/** Parameter values of a template in a set: what the parent stack passes, else the default. */
const valuesIn = (t: ReviewTemplate, passed: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(t.parsed.parameters).map(([k, p]) => [k, passed[k] ?? p.Default]));

/** What replacing or removing a stateful resource leaves behind, by the OLD template's policies. */
export function keptBy(r: ParsedResource, action: 'remove' | 'replace' | 'may-replace'): string {
  const policy = action === 'remove' ? r.deletionPolicy : r.updateReplacePolicy;
  const name = action === 'remove' ? 'DeletionPolicy' : 'UpdateReplacePolicy';
  if (policy === 'Retain' || policy === 'RetainExceptOnCreate')
    return `the old ${r.type.split('::').pop()} and its data stay in the account (${name}: ${policy}), no longer part of the stack nor used by the app`;
  if (policy === 'Snapshot') return `a snapshot (${name}: Snapshot); the resource itself is deleted`;
  return `nothing: ${name} is ${policy ?? 'Delete (the default)'}, the old resource is deleted with its data`;
}

export function compareResource(
  file: string,
  before: ParsedResource,
  after: ParsedResource,
  values: { old: (v: unknown) => unknown; new: (v: unknown) => unknown },
): ResourceChange | undefined {
  const base = { file, id: after.id, type: after.type };
  if (before.type !== after.type) {
    return { ...base, action: 'replace', properties: [], because: `type changes from ${before.type}` };
  }
  const names = [...new Set([...Object.keys(before.properties), ...Object.keys(after.properties)])].sort();
  const changed = names.filter(
    (n) => canonical(values.old(before.properties[n])) !== canonical(values.new(after.properties[n])),
  );
  const attributes =
    before.deletionPolicy !== after.deletionPolicy ||
    before.updateReplacePolicy !== after.updateReplacePolicy ||
    canonical(before.condition) !== canonical(after.condition);
  if (changed.length === 0) return attributes ? { ...base, action: 'modify', properties: [] } : undefined;
  const schemaType = SAM_TARGETS[after.type] ?? after.type;
  const always = REPLACES[schemaType];
  if (always === undefined) {
    const why = after.type.startsWith('Custom::')
      ? 'a custom resource: its handler decides'
      : `no resource schema for ${after.type}: replacement not predicted`;
    return { ...base, action: 'modify', properties: changed, because: why };
  }
  const replacing = changed.filter((p) => always.includes(p));
  if (replacing.length > 0) {
    return {
      ...base,
      action: 'replace',
      properties: changed,
      because: `${replacing.join(', ')} ${replacing.length === 1 ? 'is' : 'are'} create-only in the ${schemaType} schema`,
    };
  }
  const maybe = changed.filter((p) => MAY_REPLACE[schemaType]?.includes(p));
  if (maybe.length > 0) {
    return {
      ...base,
      action: 'may-replace',
      properties: changed,
      because: `${maybe.join(', ')} may replace it, depending on the value, in the ${schemaType} schema`,
    };
  }
  return { ...base, action: 'modify', properties: changed };
}

/** Resource changes, template by template (matched by file name). */
export function resourceChanges(
  oldTemplates: readonly ReviewTemplate[],
  newTemplates: readonly ReviewTemplate[],
): ResourceChange[] {
  const oldPassed = passedParameters(oldTemplates);
  const newPassed = passedParameters(newTemplates);
  const files = [...new Set([...oldTemplates, ...newTemplates].map((t) => t.file))].sort();
  const out: ResourceChange[] = [];
  for (const file of files) {
    const o = oldTemplates.find((t) => t.file === file);
    const n = newTemplates.find((t) => t.file === file);
    const before = new Map((o?.parsed.resources ?? []).map((r) => [r.id, r]));
    const after = new Map((n?.parsed.resources ?? []).map((r) => [r.id, r]));
    for (const r of after.values()) {
      const old = before.get(r.id);
      if (!old) {
        out.push({ file, id: r.id, type: r.type, action: 'add', properties: [] });
        continue;
      }
      const change = compareResource(file, old, r, {
        old: parameterResolver(o!.parsed, valuesIn(o!, oldPassed.get(file) ?? {})),
        new: parameterResolver(n!.parsed, valuesIn(n!, newPassed.get(file) ?? {})),
      });
      if (!change) continue;
      const loses = change.action === 'replace' || change.action === 'may-replace' ? heldData(old) : undefined;
      out.push(loses ? { ...change, loses, kept: keptBy(old, change.action as 'replace') } : change);
    }
    for (const r of before.values()) {
      if (after.has(r.id)) continue;
      const loses = heldData(r);
      out.push({
        file,
        id: r.id,
        type: r.type,
        action: 'remove',
        properties: [],
        ...(n ? {} : { because: `${file} is no longer in the set` }),
        ...(loses ? { loses, kept: keptBy(r, 'remove') } : {}),
      });
    }
  }
  return out;
}

const resourceOf = (templates: readonly ReviewTemplate[], file: string, type: string): ParsedResource | undefined =>
  templates.find((t) => t.file === file)?.parsed.resources.find((r) => r.type === type);

const hasFile = (templates: readonly ReviewTemplate[], file: string): boolean => templates.some((t) => t.file === file);

/** The compute mode the set was generated for (service.yml: fargate; service-function.yml: lambda). */
function computeOf(templates: readonly ReviewTemplate[]): string | undefined {
  return hasFile(templates, 'service-function.yml')
    ? 'lambda'
    : hasFile(templates, 'service.yml')
      ? 'fargate'
      : undefined;
}

/** Cognito settings fixed when the pool is created (Cognito developer guide, "Settings you can't change"). */
const POOL_FIXED = ['UsernameAttributes', 'AliasAttributes', 'UsernameConfiguration', 'Schema'];

/** Config changes known to fail or surprise on a live stack, in words. */
export function surprises(
  oldTemplates: readonly ReviewTemplate[],
  newTemplates: readonly ReviewTemplate[],
): Surprise[] {
  const out: Surprise[] = [];
  const show = (v: unknown): string => (v === undefined ? '(generated by CloudFormation)' : canonical(v));

  const tables = [oldTemplates, newTemplates].map((s) => resourceOf(s, 'data.yml', 'AWS::DynamoDB::Table'));
  if (
    tables[0] &&
    tables[1] &&
    canonical(tables[0].properties.TableName) !== canonical(tables[1].properties.TableName)
  ) {
    out.push({
      change: `data.tableName: ${show(tables[0].properties.TableName)} → ${show(tables[1].properties.TableName)}`,
      effect:
        'TableName is create-only: CloudFormation creates a NEW, empty table (seeded with the catalogue, so every like and adoption starts at zero) and points the service at it. The old table is kept (UpdateReplacePolicy Retain) with its data, but the app no longer reads it. `mysfits deploy` refuses this unless --allow-replace names the table; keep the old name, or copy the items across after the update.',
    });
  }

  const pools = [oldTemplates, newTemplates].map((s) => resourceOf(s, 'cognito.yml', 'AWS::Cognito::UserPool'));
  if (pools[0] && pools[1]) {
    const [a, b] = [pools[0].properties, pools[1].properties];
    if (canonical(a.UserPoolName) !== canonical(b.UserPoolName)) {
      out.push({
        change: `cognito.userPoolName: ${show(a.UserPoolName)} → ${show(b.UserPoolName)}`,
        effect:
          'Renamed in place: Cognito now allows a new name on an existing pool (UserPoolName is not create-only), so the pool id, the users and the app client stay. Older guides (and older stacks) replaced the pool on a rename, which would have signed every user out for good.',
      });
    }
    const fixed = POOL_FIXED.filter((p) => canonical(a[p]) !== canonical(b[p]));
    if (fixed.length) {
      out.push({
        change: `user pool ${fixed.join(', ')} changed`,
        effect:
          'Cognito fixes these when the pool is created: the update fails and rolls back. Changing them means a new pool, and every user signing up again.',
      });
    }
    const mfa = [a.MfaConfiguration ?? 'OFF', b.MfaConfiguration ?? 'OFF'];
    if (mfa[0] === 'OFF' && mfa[1] !== 'OFF') {
      out.push({
        change: `cognito.mfa turned on (MfaConfiguration ${String(mfa[0])} → ${String(mfa[1])})`,
        effect:
          mfa[1] === 'ON'
            ? 'Required for everyone: each existing user must set up an authenticator app at the next sign-in, and one who cannot is locked out until they do. CloudFormation updates of MfaConfiguration on an existing pool have been reported to fail (cloudformation-coverage-roadmap#1176): try the update on a copy first.'
            : 'Optional: users may add an authenticator app; nobody is forced. CloudFormation updates of MfaConfiguration on an existing pool have been reported to fail (cloudformation-coverage-roadmap#1176): try the update on a copy first.',
      });
    }
  }

  const compute = [computeOf(oldTemplates), computeOf(newTemplates)];
  if (compute[0] && compute[1] && compute[0] !== compute[1]) {
    out.push({
      change: `service.compute: ${compute[0]} → ${compute[1]}`,
      effect:
        compute[1] === 'lambda'
          ? 'The ECS service, its load balancer, the VPC link and the VPC with its NAT gateways are deleted and one function serves the API instead; the API is redeployed with the new integration, so requests in flight during the switch may fail. The table, the pool and the click records are untouched.'
          : 'A VPC with NAT gateways, a load balancer, a VPC link and the ECS service (with its image build) are created, which takes longer than the lambda stack and costs more per hour; the function is deleted once the API points at the service. The table, the pool and the click records are untouched.',
    });
  }
  return out;
}

const iamKey = (s: IamStatement): string =>
  [s.file, s.resource, s.effect, s.principal ?? '', s.actions.join(','), s.resources.join(','), s.condition].join('|');
const exposureKey = (e: Exposure): string => [e.file, e.id, e.what].join('|');

function delta<T>(before: readonly T[], after: readonly T[], key: (x: T) => string): { added: T[]; removed: T[] } {
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  return { added: after.filter((x) => !a.has(key(x))), removed: before.filter((x) => !b.has(key(x))) };
}

export function reviewChanges(
  oldTemplates: readonly ReviewTemplate[],
  newTemplates: readonly ReviewTemplate[],
  region: string,
): ChangeReview {
  const changes = resourceChanges(oldTemplates, newTemplates);
  const iam = delta(findIamStatements(oldTemplates), findIamStatements(newTemplates), iamKey);
  const exposure = delta(findExposure(oldTemplates).reachable, findExposure(newTemplates).reachable, exposureKey);
  const [oc, nc] = [estimateCost(oldTemplates, region), estimateCost(newTemplates, region)];
  const components = [...new Set([...oc.lines, ...nc.lines].map((l) => l.component))];
  const monthly = (lines: typeof oc.lines, c: string): number => lines.find((l) => l.component === c)?.monthly ?? 0;
  return {
    changes,
    dataLoss: changes.filter((c) => c.loses !== undefined),
    iamAdded: iam.added,
    iamRemoved: iam.removed,
    exposureAdded: exposure.added,
    exposureRemoved: exposure.removed,
    cost: {
      old: oc.total,
      new: nc.total,
      lines: components
        .map((component) => ({ component, old: monthly(oc.lines, component), new: monthly(nc.lines, component) }))
        .filter((l) => Math.abs(l.new - l.old) >= 0.005),
    },
    surprises: surprises(oldTemplates, newTemplates),
  };
}

const signed = (n: number): string => (n >= 0 ? `+${usd(n)}` : `-${usd(-n)}`);

const ACTION_WORDS: Record<ChangeAction, string> = {
  add: 'added',
  remove: 'removed',
  replace: 'REPLACED',
  'may-replace': 'may be replaced',
  modify: 'modified in place',
};

/** The file `review --against` writes the change's lines to (changeSummary), beside review.md. */
export const CHANGES_FILE = 'changes.txt';

/** One line per fact, for the terminal. */
export function changeSummary(review: ChangeReview): string[] {
  const count = (a: ChangeAction): number => review.changes.filter((c) => c.action === a).length;
  return [
    `changes: ${count('add')} added, ${count('remove')} removed, ${count('replace')} replaced, ${count('may-replace')} may be replaced, ${count('modify')} modified in place`,
    ...review.dataLoss.map(
      (c) =>
        `DATA LOSS: ${c.file} ${c.id} (${c.type}) is ${ACTION_WORDS[c.action]}${c.because ? ` (${c.because})` : ''}: ${c.loses} would be lost to the app; kept: ${c.kept}`,
    ),
    ...review.surprises.map((s) => `note: ${s.change}: ${s.effect}`),
    `IAM statements: ${review.iamAdded.length} added, ${review.iamRemoved.length} removed; reachable from the internet: ${review.exposureAdded.length} added, ${review.exposureRemoved.length} removed`,
    `cost: ${usd(review.cost.old)} → ${usd(review.cost.new)} a month (${signed(review.cost.new - review.cost.old)})`,
  ];
}

/** The review's section for review.md and review.html. */
export function changeBlocks(review: ChangeReview, against: string): Block[] {
  const b: Block[] = [{ h: 2, text: `Changes against ${against}` }];
  b.push({
    p: "What deploying these templates over a stack made from the old set would do, predicted offline: a replacement from the changed properties that each type's resource schema marks create-only. CloudFormation's change set (`mysfits diff`) has the last word.",
  });
  b.push(
    review.dataLoss.length
      ? {
          list: review.dataLoss.map(
            (c) =>
              `⚠ DATA LOSS: ${c.file} \`${c.id}\` is ${ACTION_WORDS[c.action]}: ${c.loses} would be lost to the app. Kept: ${c.kept}.`,
          ),
        }
      : { p: 'No stateful resource (table, user pool, click records) is removed or replaced.' },
  );
  if (review.surprises.length) {
    b.push({ h: 3, text: 'Config changes to know about' });
    b.push({
      table: {
        head: ['Change', 'What happens on a live stack'],
        rows: review.surprises.map((s) => [s.change, s.effect]),
      },
    });
  }
  b.push({ h: 3, text: 'Resources' });
  b.push(
    review.changes.length
      ? {
          table: {
            head: ['Template', 'Resource', 'Type', 'Change', 'Properties', 'Why'],
            rows: review.changes.map((c) => [
              c.file,
              c.id,
              c.type,
              (c.loses ? '⚠ ' : '') + ACTION_WORDS[c.action],
              c.properties.join(', '),
              c.because ?? '',
            ]),
          },
        }
      : { p: 'No resource changes.' },
  );
  b.push({ h: 3, text: 'IAM statements' });
  const iamRow = (sign: string) => (s: IamStatement) => [
    sign,
    s.file,
    s.resource,
    s.effect,
    s.actions.join(', '),
    s.resources.join(', ') || s.principal || '',
  ];
  b.push(
    review.iamAdded.length + review.iamRemoved.length
      ? {
          table: {
            head: ['', 'Template', 'Resource', 'Effect', 'Actions', 'Resources or principal'],
            rows: [...review.iamAdded.map(iamRow('added')), ...review.iamRemoved.map(iamRow('removed'))],
          },
        }
      : { p: 'No IAM statement added or removed.' },
  );
  b.push({ h: 3, text: 'Reachable from the internet' });
  b.push(
    review.exposureAdded.length + review.exposureRemoved.length
      ? {
          table: {
            head: ['', 'Template', 'Resource', 'What'],
            rows: [
              ...review.exposureAdded.map((e) => ['⚠ newly reachable', e.file, e.id, e.what]),
              ...review.exposureRemoved.map((e) => ['no longer reachable', e.file, e.id, e.what]),
            ],
          },
        }
      : { p: 'No change in what the internet can reach.' },
  );
  b.push({ h: 3, text: 'Cost' });
  b.push({
    p: `Estimated ${usd(review.cost.old)} → ${usd(review.cost.new)} a month (${signed(review.cost.new - review.cost.old)}), same assumptions as above.`,
  });
  if (review.cost.lines.length) {
    b.push({
      table: {
        head: ['Component', 'Old', 'New', 'Delta'],
        rows: review.cost.lines.map((l) => [l.component, usd(l.old), usd(l.new), signed(l.new - l.old)]),
      },
    });
  }
  return b;
}
