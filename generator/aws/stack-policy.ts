// Updates that never lose data: `deploy` protects the resources that hold what users made (see
// core/stateful.ts) with a stack policy on every stack of the tree that has one (denying
// Update:Replace and Update:Delete on them, and on the nested stack resources that hold them, since
// a nested stack's own policy does not stop its parent deleting it), and refuses a change set that
// would replace or delete one unless --allow-replace names it. A named resource is let through by
// lifting its deny for that update alone; the full policy is set back however the update ends.
import {
  GetTemplateCommand,
  SetStackPolicyCommand,
  type CloudFormationClient,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { parseTemplate, type ParsedResource, type ParsedTemplate } from '../core/parse.js';
import { heldData } from '../core/stateful.js';
import { compareResource, keptBy, parameterResolver } from '../review/changes.js';
import type { StackChanges } from './change-sets.js';
import { flatten, stackTree, STACK_TYPE, type StackNode } from './stacks.js';

/** A resource the stack policy protects: stateful, or a nested stack holding stateful ones. */
export interface Guarded {
  readonly logicalId: string;
  readonly type: string;
  /** What it holds (for a nested stack: what its stateful resources hold). */
  readonly holds: string;
  readonly resource: ParsedResource;
}

export interface StackGuard {
  readonly label: string;
  readonly stackId: string;
  readonly guarded: readonly Guarded[];
  /** The deployed template (for predicting replacements the engine does not report). */
  readonly template?: ParsedTemplate;
  readonly parameters: Readonly<Record<string, string>>;
}

async function deployedTemplate(cf: CloudFormationClient, node: StackNode): Promise<ParsedTemplate | undefined> {
  const body = (await cf.send(new GetTemplateCommand({ StackName: node.id, TemplateStage: 'Processed' }))).TemplateBody;
  return body ? parseTemplate(body, node.label) : undefined;
}

/** Every stack of the tree with what its policy must protect, read from the deployed templates. */
export async function stackGuards(
  cf: CloudFormationClient,
  stack: Stack,
  warn: (line: string) => void = () => undefined,
): Promise<StackGuard[]> {
  let tree: StackNode;
  try {
    tree = await stackTree(cf, stack);
  } catch (err) {
    // An engine that cannot list the stack's resources (moto, with a nested stack): the root's
    // template is still read, so its own stateful resources are guarded.
    warn(
      `cannot list the resources of ${stack.StackName} (${(err as Error).message.split('\n')[0]}): its nested stacks are not checked`,
    );
    tree = { id: stack.StackId!, name: stack.StackName!, label: stack.StackName!, resources: [], children: [] };
  }
  const templates = new Map<string, ParsedTemplate | undefined>();
  for (const node of flatten(tree)) templates.set(node.id, await deployedTemplate(cf, node));
  const holdsIn = (node: StackNode): string[] => [
    ...(templates.get(node.id)?.resources ?? []).flatMap((r) => heldData(r) ?? []),
    ...node.children.flatMap(holdsIn),
  ];
  return flatten(tree).map((node) => {
    const template = templates.get(node.id);
    const resources = template?.resources ?? [];
    const guarded: Guarded[] = [];
    for (const r of resources) {
      const holds = heldData(r);
      if (holds) guarded.push({ logicalId: r.id, type: r.type, holds, resource: r });
      if (r.type === STACK_TYPE) {
        const child = node.children.find((c) => c.label === `${node.label}/${r.id}`);
        const inner = child ? holdsIn(child) : [];
        if (inner.length)
          guarded.push({ logicalId: r.id, type: r.type, holds: [...new Set(inner)].join('; '), resource: r });
      }
    }
    const stackParameters = node === tree ? stack.Parameters : undefined;
    return {
      label: node.label,
      stackId: node.id,
      guarded,
      template,
      parameters: Object.fromEntries(
        (stackParameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
      ),
    };
  });
}

/** The stack policy: every update allowed, but no replacing or deleting a protected resource. */
export function stackPolicy(protectedIds: readonly string[]): string {
  return JSON.stringify({
    Statement: [
      { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
      ...(protectedIds.length
        ? [
            {
              Effect: 'Deny',
              Action: ['Update:Replace', 'Update:Delete'],
              Principal: '*',
              Resource: protectedIds.map((id) => `LogicalResourceId/${id}`),
            },
          ]
        : []),
    ],
  });
}

/**
 * Sets the policy on every stack that holds a protected resource, leaving out those in `lifted`
 * (allowed for the coming update). Returns a line per stack.
 */
export async function protectStacks(
  cf: CloudFormationClient,
  guards: readonly StackGuard[],
  lifted: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const lines: string[] = [];
  for (const g of guards) {
    if (g.guarded.length === 0) continue;
    const ids = g.guarded.map((x) => x.logicalId).filter((id) => !lifted.has(id));
    await cf.send(new SetStackPolicyCommand({ StackName: g.stackId, StackPolicyBody: stackPolicy(ids) }));
    const off = g.guarded.filter((x) => lifted.has(x.logicalId)).map((x) => x.logicalId);
    lines.push(
      `${g.label}: replace and delete denied on ${ids.join(', ') || 'nothing'}${off.length ? ` (lifted for this update: ${off.join(', ')})` : ''}`,
    );
  }
  return lines;
}

export interface Risk {
  readonly label: string;
  readonly logicalId: string;
  readonly type: string;
  readonly action: 'replace' | 'delete';
  /** CloudFormation's Replacement (True, Conditional), or how the prediction was made. */
  readonly why: string;
  readonly holds: string;
  readonly kept: string;
}

/** Parameter values of the new template: given, else the deployed value, else the default. */
function newParameters(
  template: ParsedTemplate,
  given: Readonly<Record<string, string>>,
  previous: Readonly<Record<string, string>>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(template.parameters).map(([k, p]) => [k, given[k] ?? previous[k] ?? p.Default]),
  );
}

/**
 * The changes of the plan that would replace or delete a protected resource: CloudFormation says
 * Replacement True or Conditional, or Remove. Where the engine reports no replacement at all
 * (moto), the root stack's protected resources are compared, deployed template against the new
 * one, by the resource schemas' create-only properties, as the offline review does.
 */
export function risksOf(
  changes: readonly StackChanges[],
  guards: readonly StackGuard[],
  root?: { readonly template: ParsedTemplate; readonly parameters: Readonly<Record<string, string>> },
): Risk[] {
  const risks: Risk[] = [];
  for (const stack of changes) {
    const guard = guards.find((g) => g.label === stack.label);
    if (!guard) continue;
    for (const row of stack.rows) {
      const g = guard.guarded.find((x) => x.logicalId === row.logicalId);
      if (!g) continue;
      const base = { label: stack.label, logicalId: g.logicalId, type: g.type, holds: g.holds };
      if (row.action === 'Remove') {
        risks.push({ ...base, action: 'delete', why: 'removed from the template', kept: keptBy(g.resource, 'remove') });
      } else if (row.action === 'Modify' && (row.replacement === 'True' || row.replacement === 'Conditional')) {
        risks.push({
          ...base,
          action: 'replace',
          why: `Replacement: ${row.replacement}${row.details.length ? ` (${row.details.join('; ')})` : ''}`,
          kept: keptBy(g.resource, 'replace'),
        });
      }
    }
  }
  // An engine that reports no Replacement (moto; it may not even list a resource whose parameter
  // changed): the root stack's protected resources are predicted from the templates instead.
  const rootGuard = guards[0];
  const rootRows = changes.find((c) => c.label === rootGuard?.label)?.rows ?? [];
  const reported = rootRows.some((r) => r.action === 'Modify' && r.replacement !== undefined);
  if (!root || !rootGuard?.template || reported) return risks;
  for (const g of rootGuard.guarded) {
    if (g.type === STACK_TYPE || risks.some((r) => r.label === rootGuard.label && r.logicalId === g.logicalId))
      continue;
    const base = { label: rootGuard.label, logicalId: g.logicalId, type: g.type, holds: g.holds };
    const next = root.template.resources.find((r) => r.id === g.logicalId);
    if (!next) {
      risks.push({ ...base, action: 'delete', why: 'removed from the template', kept: keptBy(g.resource, 'remove') });
      continue;
    }
    const change = compareResource(rootGuard.label, g.resource, next, {
      old: parameterResolver(rootGuard.template, rootGuard.parameters),
      new: parameterResolver(root.template, newParameters(root.template, root.parameters, rootGuard.parameters)),
    });
    if (change && (change.action === 'replace' || change.action === 'may-replace')) {
      risks.push({
        ...base,
        action: 'replace',
        why: `predicted: ${change.because} (the change set does not say)`,
        kept: keptBy(g.resource, 'replace'),
      });
    }
  }
  return risks;
}

/** The refusal, in words: what would be lost and what is kept. */
export function refusalLines(risks: readonly Risk[]): string[] {
  return [
    `refused: this change set would ${[...new Set(risks.map((r) => r.action))].join(' and ')} what users made:`,
    ...risks.flatMap((r) => [
      `  ${r.action === 'replace' ? 'REPLACE' : 'DELETE'} ${r.label} ${r.logicalId} (${r.type}): ${r.why}`,
      `    lost to the app: ${r.holds}`,
      `    kept: ${r.kept}`,
    ]),
    `nothing was changed (the change set was deleted). If this is what you want, run again with ${[...new Set(risks.map((r) => `--allow-replace ${r.logicalId}`))].join(' ')}.`,
  ];
}
