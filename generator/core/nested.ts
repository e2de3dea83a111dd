// Checks the wiring between a parent template and the nested stacks it creates, which cfn-lint
// cannot see across files: every parameter a child requires is passed, every parameter passed
// exists in the child, and every `!GetAtt Child.Outputs.X` names an output the child declares.
import { Intrinsic } from './intrinsics.js';
import type { Template } from './template.js';

interface StackEntry {
  readonly id: string;
  readonly file: string;
  readonly parameters: Record<string, unknown>;
}

function nestedStacks(parent: Template): StackEntry[] {
  return parent.resources
    .filter((r) => r.value.Type === 'AWS::CloudFormation::Stack')
    .map((r) => {
      const props = r.value.Properties as { TemplateURL?: unknown; Parameters?: Record<string, unknown> };
      return {
        id: r.id,
        file: typeof props.TemplateURL === 'string' ? props.TemplateURL : '',
        parameters: props.Parameters ?? {},
      };
    });
}

/** Every `Fn::GetAtt [Stack, 'Outputs.X']` in a value, with where it is. */
function outputReads(where: string, value: unknown, found: { where: string; stack: string; output: string }[]): void {
  if (value instanceof Intrinsic) {
    if (value.fn === 'Fn::GetAtt') {
      const [stack, attribute] = value.arg as [string, unknown];
      if (typeof attribute === 'string' && attribute.startsWith('Outputs.')) {
        found.push({ where, stack, output: attribute.slice('Outputs.'.length) });
      }
      return;
    }
    outputReads(where, value.arg, found);
  } else if (Array.isArray(value)) value.forEach((v) => outputReads(where, v, found));
  else if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach((v) => outputReads(where, v, found));
  }
}

/**
 * Problems in the wiring of `parent` to its children, found by file name (TemplateURL as a path
 * relative to the parent). An empty list means every nested stack gets what it needs.
 */
export function checkNestedStacks(parent: Template, children: ReadonlyMap<string, Template>): string[] {
  const problems: string[] = [];
  const stacks = nestedStacks(parent);
  const childOf = new Map<string, Template | undefined>(stacks.map((s) => [s.id, children.get(s.file)]));
  for (const stack of stacks) {
    const child = childOf.get(stack.id);
    if (!child) {
      problems.push(`${stack.id}: TemplateURL "${stack.file}" is not a template generated alongside`);
      continue;
    }
    const declared = new Map(child.parameters.map((p) => [p.id, p.value]));
    for (const [id, definition] of declared) {
      if (definition.Default === undefined && !(id in stack.parameters)) {
        problems.push(`${stack.id}: required parameter ${id} of ${stack.file} is not passed`);
      }
    }
    for (const name of Object.keys(stack.parameters)) {
      if (!declared.has(name)) problems.push(`${stack.id}: passes ${name}, which ${stack.file} does not declare`);
    }
  }
  const reads: { where: string; stack: string; output: string }[] = [];
  for (const r of parent.resources) outputReads(`resource ${r.id}`, r.value, reads);
  for (const o of parent.outputs) outputReads(`output ${o.id}`, o.value, reads);
  for (const { where, stack, output } of reads) {
    if (!childOf.has(stack)) {
      problems.push(`${where}: reads ${stack}.Outputs.${output}, but ${stack} is not a nested stack`);
      continue;
    }
    const child = childOf.get(stack);
    if (child && !child.outputs.some((o) => o.id === output)) {
      const file = stacks.find((s) => s.id === stack)?.file;
      problems.push(`${where}: reads ${stack}.Outputs.${output}, which ${file} does not declare`);
    }
  }
  return problems;
}
