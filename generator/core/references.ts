// Checks that every Ref, GetAtt, Sub variable, If condition, FindInMap map and DependsOn points at
// something the template declares, so a typo fails `generate` with the resource's name instead of
// failing a deployment twenty minutes in.
import { Intrinsic, PSEUDO_PARAMETERS } from './intrinsics.js';
import type { Template } from './template.js';

/** `${Name}` or `${Resource.Attribute}` in a Sub string; `${!Literal}` is an escape, not a reference. */
const SUB_VARIABLE = /\$\{([^!}][^}]*)\}/g;

export function checkReferences(t: Template): string[] {
  const problems: string[] = [];

  const expect = (where: string, id: string, allowed: readonly string[], what: string): void => {
    if (PSEUDO_PARAMETERS.has(id) && allowed.includes('parameter')) return;
    const section = t.sectionOf(id);
    if (!section) problems.push(`${where}: ${what} "${id}" is not declared in the template`);
    else if (!allowed.includes(section)) {
      problems.push(`${where}: ${what} "${id}" is a ${section}, expected a ${allowed.join(' or ')}`);
    }
  };

  const walk = (where: string, value: unknown, locals: ReadonlySet<string>): void => {
    if (value instanceof Intrinsic) {
      const { fn, arg } = value;
      switch (fn) {
        case 'Ref':
          expect(where, arg as string, ['parameter', 'resource'], 'Ref target');
          return;
        case 'Condition':
          expect(where, arg as string, ['condition'], 'condition');
          return;
        case 'Fn::GetAtt':
          expect(where, (arg as [string])[0], ['resource'], 'GetAtt target');
          return;
        case 'Fn::If': {
          const [cond, ...rest] = arg as [string, ...unknown[]];
          expect(where, cond, ['condition'], 'If condition');
          rest.forEach((v) => walk(where, v, locals));
          return;
        }
        case 'Fn::FindInMap': {
          const [map, ...rest] = arg as [string, ...unknown[]];
          expect(where, map, ['mapping'], 'FindInMap map');
          rest.forEach((v) => walk(where, v, locals));
          return;
        }
        case 'Fn::Sub': {
          const [text, variables] = (typeof arg === 'string' ? [arg, {}] : arg) as [string, Record<string, unknown>];
          const own = new Set([...locals, ...Object.keys(variables)]);
          for (const m of text.matchAll(SUB_VARIABLE)) {
            const name = m[1].trim();
            if (own.has(name)) continue;
            const dot = name.indexOf('.');
            if (dot > 0 && !name.startsWith('AWS::')) {
              expect(where, name.slice(0, dot), ['resource'], 'Sub attribute of');
            } else {
              expect(where, name, ['parameter', 'resource'], 'Sub variable');
            }
          }
          Object.values(variables).forEach((v) => walk(where, v, locals));
          return;
        }
        default:
          walk(where, arg, locals);
          return;
      }
    }
    if (Array.isArray(value)) value.forEach((v) => walk(where, v, locals));
    else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach((v) => walk(where, v, locals));
    }
  };

  const none = new Set<string>();
  for (const c of t.conditions) walk(`condition ${c.id}`, c.value, none);
  for (const r of t.resources) {
    const where = `resource ${r.id}`;
    const { Condition, DependsOn, ...rest } = r.value as {
      Condition?: string;
      DependsOn?: string[];
    };
    if (Condition) expect(where, Condition, ['condition'], 'Condition');
    for (const d of DependsOn ?? []) expect(where, d, ['resource'], 'DependsOn');
    walk(where, rest, none);
  }
  for (const o of t.outputs) {
    const { Condition, ...rest } = o.value as { Condition?: string };
    if (Condition) expect(`output ${o.id}`, Condition, ['condition'], 'Condition');
    walk(`output ${o.id}`, rest, none);
  }
  return problems;
}
