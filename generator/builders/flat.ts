// flat.yml: the whole app as ONE template with no Transform and no nested stack, the form a
// service-managed StackSet (one targeting organizational units) accepts. Made from what the
// builders made for main.yml and its parts, not by running the SAM translator:
// - each nested stack's resources, conditions and mappings join the root's;
// - a part's Parameter becomes the value main.yml passes it (a parameter main.yml does not pass
//   stays a parameter, with its default, shared by the parts that declare it the same way);
// - `!GetAtt XStack.Outputs.Name` becomes the expression of that part's output;
// - a logical id declared by more than one template is prefixed with its part's name (`Data`,
//   `Api` ...) in the parts; main.yml's own ids never change;
// - a condition the passed values decide (the alarm topic is given, the site's source is
//   packaged) is decided here: CloudFormation conditions may not refer to resources;
// - every AWS::Serverless::Function becomes its plain resources (sam-function.ts).
import { Intrinsic, PSEUDO_PARAMETERS, condition as conditionRef, getAtt, ref } from '../core/intrinsics.js';
import { Template, type Entry, type ParameterDefinition, type ResourceType } from '../core/template.js';
import { expandFunctions } from './sam-function.js';
import { ROOT_TEMPLATE } from './roots.js';

type Value = Record<string, unknown>;
/** Conditions known to hold (true) or not (false) where a value is used. */
type Given = readonly (readonly [Intrinsic, boolean])[];

/** `${Name}` or `${Resource.Attribute}` in a Sub string; `${!Literal}` is an escape. */
const SUB_VARIABLE = /\$\{([^!}][^}]*)\}/g;
const STACK_TYPE = 'AWS::CloudFormation::Stack';
const OUTPUTS = 'Outputs.';

/** One template joining the flat form: main.yml itself, or the part a nested stack of it makes. */
interface Part {
  /** The nested stack's logical id in main.yml; '' for main.yml. */
  readonly stack: string;
  readonly file: string;
  readonly template: Template;
  /** Its resources with the SAM functions expanded. */
  readonly resources: readonly Entry<Value>[];
  /** What main.yml passes each of its parameters (main.yml's namespace); none for main.yml. */
  readonly passed: Readonly<Value>;
  readonly rename: Map<string, string>;
  readonly params: Map<string, unknown>;
  readonly outputs: Map<string, unknown>;
  /** Each condition: decided (a boolean), or the expression CloudFormation decides. */
  readonly conditions: Map<string, boolean | Intrinsic>;
}

export interface FlatTemplate {
  readonly template: Template;
  /** Resources whose condition the passed values make false: not in the flat form. */
  readonly dropped: readonly string[];
  /** Flat id -> [template file, id there], for every resource of the flat form. */
  readonly origins: ReadonlyMap<string, readonly [string, string]>;
}

/** How a Sub string writes a value in place, if it can: a literal, `${Id}`, `${Id.Attribute}`. */
function subToken(v: unknown): string | undefined {
  if (typeof v === 'string') return v.includes('${') ? undefined : v;
  if (!(v instanceof Intrinsic)) return undefined;
  if (v.fn === 'Ref') return `\${${v.arg as string}}`;
  if (v.fn === 'Fn::GetAtt') {
    const [id, attribute] = v.arg as [string, unknown];
    return typeof attribute === 'string' ? `\${${id}.${attribute}}` : undefined;
  }
  return undefined;
}

/** A part's prefix for ids that collide: its stack's id without `Stack`. */
const prefixOf = (stack: string): string => stack.replace(/Stack$/, '');

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The flat form of main.yml and the templates it nests (by file name, as `buildTemplates` gives
 * them, with asset locations already rewritten if the result is to be launched).
 */
export function flatten(templates: ReadonlyMap<string, Template>, header: readonly string[] = []): FlatTemplate {
  const main = templates.get(ROOT_TEMPLATE);
  if (!main) throw new Error(`no ${ROOT_TEMPLATE} to flatten`);
  const part = (stack: string, file: string, template: Template, passed: Value): Part => ({
    stack,
    file,
    template,
    resources: expandFunctions(template.resources),
    passed,
    rename: new Map(),
    params: new Map(),
    outputs: new Map(),
    conditions: new Map(),
  });
  const root = part('', ROOT_TEMPLATE, main, {});
  const parts = new Map<string, Part>();
  for (const r of main.resources) {
    if (r.value.Type !== STACK_TYPE) continue;
    const props = r.value.Properties as { TemplateURL: unknown; Parameters?: Value };
    const file = props.TemplateURL;
    const child = typeof file === 'string' ? templates.get(file) : undefined;
    if (!child)
      throw new Error(`${ROOT_TEMPLATE}: ${r.id} nests ${JSON.stringify(file)}, which is not one of the templates`);
    parts.set(r.id, part(r.id, file as string, child, props.Parameters ?? {}));
  }
  const all = [root, ...parts.values()];

  // Ids: main.yml keeps its own; a part's id that another template declares too gets its prefix.
  // A parameter main.yml does not pass, or a mapping, declared identically by several is one.
  const kept = (p: Part) => p.template.parameters.filter((x) => !(x.id in p.passed));
  const shared = new Map<string, unknown>();
  const owners = new Map<string, number>();
  const claim = (id: string, value?: unknown): void => {
    if (value !== undefined) {
      if (shared.has(id) && same(shared.get(id), value)) return;
      if (!shared.has(id)) shared.set(id, value);
    }
    owners.set(id, (owners.get(id) ?? 0) + 1);
  };
  for (const p of all) {
    for (const x of kept(p)) claim(x.id, ['parameter', x.value]);
    for (const x of p.template.mappings) claim(x.id, ['mapping', x.value]);
    for (const x of p.template.conditions) claim(x.id);
    for (const x of p.resources) if (x.value.Type !== STACK_TYPE) claim(x.id);
  }
  const taken = new Set(owners.keys());
  for (const p of parts.values()) {
    const ids = [
      ...kept(p).map((x) => x.id),
      ...p.template.mappings.map((x) => x.id),
      ...p.template.conditions.map((x) => x.id),
      ...p.resources.map((x) => x.id),
    ];
    for (const id of ids) {
      if ((owners.get(id) ?? 0) < 2) continue;
      const renamed = `${prefixOf(p.stack)}${id}`;
      if (taken.has(renamed)) throw new Error(`flat form: ${p.file} ${id} would become ${renamed}, which is taken`);
      p.rename.set(id, renamed);
    }
    for (const id of p.rename.values()) taken.add(id);
  }
  const nameIn = (p: Part, id: string): string => p.rename.get(id) ?? id;

  const partOfOutput = (p: Part, id: string, attribute: unknown): Part | undefined =>
    p === root && typeof attribute === 'string' && attribute.startsWith(OUTPUTS) ? parts.get(id) : undefined;

  const paramValue = (p: Part, id: string): unknown => {
    if (!p.params.has(id)) p.params.set(id, translate(root, p.passed[id]));
    return p.params.get(id);
  };
  const outputValue = (p: Part, name: string): unknown => {
    if (!p.outputs.has(name)) {
      const output = p.template.outputs.find((o) => o.id === name);
      if (!output)
        throw new Error(`${ROOT_TEMPLATE} reads ${p.stack}.Outputs.${name}, which ${p.file} does not declare`);
      if (output.value.Condition !== undefined) {
        throw new Error(
          `flat form: ${p.file} output ${name} has a condition; reading it from ${ROOT_TEMPLATE} is not supported`,
        );
      }
      p.outputs.set(name, translate(p, output.value.Value));
    }
    return p.outputs.get(name);
  };
  const conditionValue = (p: Part, id: string): boolean | Intrinsic => {
    if (!p.conditions.has(id)) {
      const c = p.template.conditions.find((x) => x.id === id);
      if (!c) throw new Error(`${p.file}: condition ${id} is not declared`);
      const decided = decide(p, translate(p, c.value) as Intrinsic);
      const value = typeof decided === 'boolean' ? decided : (always(decided, []) ?? decided);
      if (typeof value !== 'boolean') definitions.set(nameIn(p, id), value);
      p.conditions.set(id, value);
    }
    return p.conditions.get(id)!;
  };

  /** What is known of a value inside Fn::Equals: a literal, never empty, or only CloudFormation knows. */
  const known = (v: unknown): { literal: string } | 'nonEmpty' | 'parameter' => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { literal: String(v) };
    if (v instanceof Intrinsic) {
      if (v.fn === 'Ref') return taken.has(v.arg as string) && isResource(v.arg as string) ? 'nonEmpty' : 'parameter';
      if (v.fn === 'Fn::GetAtt') return 'nonEmpty';
      if (v.fn === 'Fn::Sub') {
        const text = typeof v.arg === 'string' ? v.arg : (v.arg as [string])[0];
        if (text.replace(SUB_VARIABLE, '') !== '') return 'nonEmpty';
      }
      if (v.fn === 'Fn::FindInMap') return 'parameter';
    }
    throw new Error(`flat form: cannot decide a condition on ${JSON.stringify(v)}`);
  };
  const resourceIds = new Set(all.flatMap((p) => p.resources.map((r) => nameIn(p, r.id))));
  const isResource = (id: string): boolean => resourceIds.has(id);

  // Conditions left to CloudFormation, by flat id, and whether one always holds where another
  // does or does not (a truth table over the parameter comparisons they are made of): the passed
  // values can make one the negation of another (BuildImage = not HasImage once the service's
  // source is packaged), which leaves a branch of an Fn::If no stack can take.
  const definitions = new Map<string, Intrinsic>();
  const atomsOf = (e: Intrinsic, out: Map<string, Intrinsic>): Map<string, Intrinsic> => {
    if (e.fn === 'Fn::Equals') out.set(JSON.stringify(e), e);
    else if (e.fn === 'Condition') atomsOf(definitions.get(e.arg as string)!, out);
    else for (const x of e.arg as Intrinsic[]) atomsOf(x, out);
    return out;
  };
  const evaluate = (e: Intrinsic, values: ReadonlyMap<string, boolean>): boolean => {
    const args = e.arg as Intrinsic[];
    switch (e.fn) {
      case 'Fn::Equals':
        return values.get(JSON.stringify(e))!;
      case 'Condition':
        return evaluate(definitions.get(e.arg as string)!, values);
      case 'Fn::Not':
        return !evaluate(args[0], values);
      case 'Fn::And':
        return args.every((x) => evaluate(x, values));
      default:
        return args.some((x) => evaluate(x, values));
    }
  };
  /** true or false when `e` always is where every `given` holds; undefined when that depends. */
  const always = (e: Intrinsic, given: Given): boolean | undefined => {
    const atoms = new Map<string, Intrinsic>();
    for (const x of [e, ...given.map(([g]) => g)]) atomsOf(x, atoms);
    const keys = [...atoms.keys()];
    if (keys.length > 12) return undefined;
    let seen: boolean | undefined;
    for (let mask = 0; mask < 1 << keys.length; mask++) {
      const values = new Map(keys.map((k, i) => [k, (mask & (1 << i)) !== 0]));
      if (!given.every(([g, holds]) => evaluate(g, values) === holds)) continue;
      const v = evaluate(e, values);
      if (seen === undefined) seen = v;
      else if (seen !== v) return undefined;
    }
    return seen;
  };

  /** A translated condition, decided where the passed values decide it. */
  const decide = (p: Part, e: Intrinsic): boolean | Intrinsic => {
    const args = e.arg as unknown[];
    switch (e.fn) {
      case 'Condition': {
        const v = conditionValue(p, e.arg as string);
        return typeof v === 'boolean' ? v : conditionRef(nameIn(p, e.arg as string));
      }
      case 'Fn::Equals': {
        const [a, b] = args.map(known);
        if (typeof a === 'object' && typeof b === 'object') return a.literal === b.literal;
        const literal = typeof a === 'object' ? a : typeof b === 'object' ? b : undefined;
        if ((a === 'nonEmpty' || b === 'nonEmpty') && literal?.literal === '') return false;
        if (a === 'parameter' || b === 'parameter') {
          if (a === 'nonEmpty' || b === 'nonEmpty')
            throw new Error(`flat form: a condition compares a resource with a parameter`);
          return e;
        }
        throw new Error(`flat form: cannot decide ${JSON.stringify(e)}`);
      }
      case 'Fn::Not': {
        const v = decide(p, args[0] as Intrinsic);
        return typeof v === 'boolean' ? !v : new Intrinsic('Fn::Not', [v]);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const absorbing = e.fn === 'Fn::Or';
        const vs = args.map((x) => decide(p, x as Intrinsic));
        if (vs.some((v) => v === absorbing)) return absorbing;
        const open = vs.filter((v): v is Intrinsic => typeof v !== 'boolean');
        if (open.length === 0) return !absorbing;
        return open.length === 1 ? open[0] : new Intrinsic(e.fn, open);
      }
      default:
        throw new Error(`flat form: ${e.fn} in a condition of ${p.file}`);
    }
  };

  const subText = (p: Part, text: string, own: ReadonlySet<string>, variables: Value): string =>
    text.replace(SUB_VARIABLE, (whole, raw: string) => {
      const name = raw.trim();
      if (own.has(name) || name.startsWith('AWS::')) return whole;
      const dot = name.indexOf('.');
      if (dot > 0) {
        const [id, attribute] = [name.slice(0, dot), name.slice(dot + 1)];
        const from = partOfOutput(p, id, attribute);
        if (from) {
          const variable = `${id}${attribute.slice(OUTPUTS.length)}`;
          variables[variable] = outputValue(from, attribute.slice(OUTPUTS.length));
          return `\${${variable}}`;
        }
        return `\${${nameIn(p, id)}.${attribute}}`;
      }
      if (name in p.passed) {
        const v = paramValue(p, name);
        const inline = subToken(v);
        if (inline !== undefined) return inline;
        variables[name] = v;
        return whole;
      }
      return `\${${nameIn(p, name)}}`;
    });

  /**
   * A resource's rule-pack answers name the resources a finding is about the way cdk-nag prints
   * them (`Resource::arn:<AWS::Partition>:s3:::<SiteBucketName>/*`): a part's parameter and a
   * renamed id are named as the flat form writes them.
   */
  const answers = (p: Part, metadata: Value | undefined): Value | undefined => {
    const nag = metadata?.cdk_nag as { rules_to_suppress?: { applies_to?: unknown[] }[] } | undefined;
    if (!nag?.rules_to_suppress || p === root) return metadata;
    const token = (text: string): string =>
      text.replace(/<([A-Za-z0-9]+)((?:\.[A-Za-z0-9.]+)?)>/g, (whole, id: string, attribute: string) => {
        if (id in p.passed && !attribute) {
          const inline = subToken(paramValue(p, id));
          return inline === undefined ? whole : inline.replace(/^\$\{(.*)\}$/, '<$1>');
        }
        return `<${nameIn(p, id)}${attribute}>`;
      });
    const rules = nag.rules_to_suppress.map((rule) =>
      rule.applies_to
        ? { ...rule, applies_to: rule.applies_to.map((a) => (typeof a === 'string' ? token(a) : a)) }
        : rule,
    );
    return { ...metadata, cdk_nag: { ...nag, rules_to_suppress: rules } };
  };

  /** A value of part `p` in the flat form's terms. */
  const translate = (p: Part, v: unknown, given: Given = []): unknown => {
    if (v instanceof Intrinsic) {
      const { fn, arg } = v;
      switch (fn) {
        case 'Ref': {
          const id = arg as string;
          if (PSEUDO_PARAMETERS.has(id)) return v;
          if (p !== root && id in p.passed) return paramValue(p, id);
          if (p === root && parts.has(id)) throw new Error(`flat form: ${ROOT_TEMPLATE} refers to the stack ${id}`);
          return ref(nameIn(p, id));
        }
        case 'Fn::GetAtt': {
          const [id, attribute] = arg as [string, string];
          const from = partOfOutput(p, id, attribute);
          if (from) return outputValue(from, attribute.slice(OUTPUTS.length));
          return getAtt(nameIn(p, id), attribute);
        }
        case 'Fn::Sub': {
          const [text, own] = (typeof arg === 'string' ? [arg, {}] : arg) as [string, Value];
          const variables = Object.fromEntries(Object.entries(own).map(([k, x]) => [k, translate(p, x, given)]));
          const out = subText(p, text, new Set(Object.keys(own)), variables);
          return new Intrinsic('Fn::Sub', Object.keys(variables).length > 0 ? [out, variables] : out);
        }
        case 'Fn::If': {
          const [c, yes, no] = arg as [string, unknown, unknown];
          const decided = conditionValue(p, c);
          const here = typeof decided === 'boolean' ? decided : always(conditionRef(nameIn(p, c)), given);
          if (here !== undefined) return translate(p, here ? yes : no, given);
          const named = conditionRef(nameIn(p, c));
          return new Intrinsic('Fn::If', [
            nameIn(p, c),
            translate(p, yes, [...given, [named, true]]),
            translate(p, no, [...given, [named, false]]),
          ]);
        }
        case 'Fn::FindInMap': {
          const [map, ...rest] = arg as [string, ...unknown[]];
          return new Intrinsic('Fn::FindInMap', [nameIn(p, map), ...rest.map((x) => translate(p, x, given))]);
        }
        default:
          return new Intrinsic(fn, translate(p, arg, given));
      }
    }
    if (Array.isArray(v)) return v.map((x) => translate(p, x, given));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, translate(p, x, given)]));
    }
    return v;
  };

  // The flat template, in main.yml's order with each part's entries where its stack was.
  const flat = new Template({
    description: main.description
      .replace(/ as nested stacks/, ' as one template (the flat form: no nested stack, no transform)')
      .replace(/ Needs CAPABILITY_IAM and CAPABILITY_AUTO_EXPAND\./, ' Needs CAPABILITY_IAM.'),
    header: [
      'flat.yml: main.yml and every template it nests, as one template with no Transform and no nested',
      'stack (for service-managed StackSets): written by `mysfits package --flat` from the builders.',
      ...(header.length ? ['', ...header] : []),
    ],
  });
  Object.assign(flat.metadata, main.renderMetadata() ?? {});
  const declared = new Set<string>();
  const once = (id: string): boolean => (declared.has(id) ? false : (declared.add(id), true));
  const dropped: string[] = [];
  const origins = new Map<string, readonly [string, string]>();
  for (const p of all) {
    for (const x of kept(p)) {
      const id = nameIn(p, x.id);
      if (once(id)) flat.parameter(id, x.value as unknown as ParameterDefinition, x.comment);
    }
    for (const x of p.template.mappings) {
      const id = nameIn(p, x.id);
      if (once(id)) flat.mapping(id, x.value, x.comment);
    }
    for (const x of p.template.conditions) {
      const v = conditionValue(p, x.id);
      if (typeof v !== 'boolean') flat.condition(nameIn(p, x.id), v, x.comment);
    }
  }
  const add = (p: Part, r: Entry<Value>): void => {
    const { Type, Condition, DependsOn, Properties, Metadata, ...rest } = r.value as {
      Type: ResourceType;
      Condition?: string;
      DependsOn?: string[];
      Properties?: Value;
      Metadata?: Value;
    } & Value;
    let condition: string | undefined;
    if (Condition !== undefined) {
      const decided = conditionValue(p, Condition);
      if (decided === false) {
        dropped.push(`${p.file} ${r.id}`);
        return;
      }
      if (decided !== true) condition = nameIn(p, Condition);
    }
    for (const d of DependsOn ?? []) {
      if (p === root && parts.has(d)) throw new Error(`flat form: ${ROOT_TEMPLATE} ${r.id} depends on the stack ${d}`);
    }
    const id = nameIn(p, r.id);
    origins.set(id, [p.file, r.id]);
    const given: Given = condition ? [[conditionRef(condition), true]] : [];
    flat.resource(id, {
      Type,
      comment: r.comment ?? `${r.id} of ${p.file}.`,
      ...(condition ? { Condition: condition } : {}),
      ...(DependsOn?.length ? { DependsOn: DependsOn.map((d) => nameIn(p, d)) } : {}),
      ...(translate(p, rest, given) as Value),
      ...(Metadata ? { Metadata: answers(p, Metadata) } : {}),
      Properties: translate(p, Properties ?? {}, given) as never,
    });
  };
  for (const r of root.resources) {
    if (r.value.Type === STACK_TYPE) for (const x of parts.get(r.id)!.resources) add(parts.get(r.id)!, x);
    else add(root, r);
  }
  for (const o of main.outputs) {
    const {
      Description,
      Value: value,
      Export,
      Condition,
    } = o.value as {
      Description: string;
      Value: unknown;
      Export?: { Name: unknown };
      Condition?: string;
    };
    flat.output(
      o.id,
      {
        Description,
        Value: translate(root, value),
        ...(Export ? { Export: translate(root, Export) as { Name: unknown } } : {}),
        ...(Condition ? { Condition } : {}),
      },
      o.comment,
    );
  }
  if (flat.transforms.length > 0) throw new Error(`flat form still needs ${flat.transforms.join(', ')}`);
  return { template: flat, dropped, origins };
}
