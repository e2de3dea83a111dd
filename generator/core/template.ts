// The template model: what a builder adds to, and what the emitter prints. Every resource is typed
// by its CloudFormation type through the generated specification types, and every resource must
// carry a one-line comment for the reviewer.
import { RESOURCE_TRANSFORMS, type ResourceTypes } from '../spec/generated/index.js';
import { Intrinsic, ref, getAtt, type Named } from './intrinsics.js';
import { HOLDS_KEY, STATEFUL_DELETION_POLICY, STATEFUL_UPDATE_REPLACE_POLICY } from './stateful.js';
import { suppressionMetadata, type Suppression } from './suppressions.js';

export type ResourceType = keyof ResourceTypes;
export type PropsOf<T extends ResourceType> = ResourceTypes[T]['props'];
export type AttributeOf<T extends ResourceType> = ResourceTypes[T]['attrs'];

export type DeletionPolicy = 'Delete' | 'Retain' | 'RetainExceptOnCreate' | 'Snapshot';

export interface ResourceDefinition<T extends ResourceType> {
  readonly Type: T;
  /** One line for the reviewer, printed above the resource: why it exists and why it is set up so. */
  readonly comment: string;
  readonly Properties: PropsOf<T>;
  readonly Condition?: Named | string;
  readonly DependsOn?: ReadonlyArray<Named | string>;
  readonly DeletionPolicy?: DeletionPolicy;
  readonly UpdateReplacePolicy?: DeletionPolicy;
  readonly Metadata?: Record<string, unknown>;
  readonly CreationPolicy?: Record<string, unknown>;
  readonly UpdatePolicy?: Record<string, unknown>;
  /** Rule-pack findings answered with a reason (printed in the resource's Metadata). */
  readonly suppress?: readonly Suppression[];
  /**
   * What users made that the resource holds ("the likes and adoptions"): it is then retained on
   * delete and on replacement whatever else is asked (see core/stateful.ts), and marked so
   * `deploy` protects it and `review --against` flags its loss.
   */
  readonly holds?: string;
  /**
   * The resource's Name tag, after the stack's name (`<stack>-<nameTag>`): what the console lists
   * it by. Tags themselves are never set here: the tagger (core/tags.ts) adds them to every
   * resource that takes tags.
   */
  readonly nameTag?: string;
}

/** A handle on an added resource: `ref()` and a `getAtt` typed by the resource's attributes. */
export class Resource<T extends ResourceType> implements Named {
  constructor(
    readonly id: string,
    readonly type: T,
  ) {}
  ref(): Intrinsic {
    return ref(this.id);
  }
  getAtt(attribute: AttributeOf<T>): Intrinsic {
    return getAtt(this.id, attribute);
  }
}

export type ParameterType =
  'String' | 'Number' | 'CommaDelimitedList' | 'List<Number>' | `AWS::${string}` | `List<AWS::${string}>`;

export interface ParameterDefinition {
  readonly Type: ParameterType;
  readonly Description: string;
  /** The console's label for the parameter (AWS::CloudFormation::Interface). */
  readonly label?: string;
  readonly Default?: string | number;
  readonly AllowedValues?: ReadonlyArray<string | number>;
  readonly AllowedPattern?: string;
  readonly ConstraintDescription?: string;
  readonly MinLength?: number;
  readonly MaxLength?: number;
  readonly MinValue?: number;
  readonly MaxValue?: number;
  readonly NoEcho?: boolean;
}

export class Parameter implements Named {
  constructor(readonly id: string) {}
  ref(): Intrinsic {
    return ref(this.id);
  }
}

export class Condition implements Named {
  constructor(readonly id: string) {}
}

export interface OutputDefinition {
  readonly Description: string;
  readonly Value: unknown;
  readonly Export?: { readonly Name: unknown };
  readonly Condition?: Named | string;
}

export interface TemplateOptions {
  readonly description: string;
  /** Printed as comment lines at the top of the file. */
  readonly header?: readonly string[];
}

/** What the emitter reads: plain data plus comments, in insertion order. */
export interface Entry<V> {
  readonly id: string;
  readonly value: V;
  readonly comment?: string;
}

const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;
const idOf = (x: Named | string): string => (typeof x === 'string' ? x : x.id);

export class Template {
  readonly description: string;
  readonly header: readonly string[];
  readonly transforms: string[] = [];
  readonly metadata: Record<string, unknown> = {};
  readonly parameters: Entry<Record<string, unknown>>[] = [];
  readonly conditions: Entry<Intrinsic>[] = [];
  readonly mappings: Entry<Record<string, Record<string, string>>>[] = [];
  readonly resources: Entry<Record<string, unknown>>[] = [];
  readonly outputs: Entry<Record<string, unknown>>[] = [];
  private readonly parameterGroups: { label: string; parameters: string[] }[] = [];
  private readonly parameterLabels = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private readonly nameTags = new Map<string, string>();

  constructor(options: TemplateOptions) {
    this.description = options.description;
    this.header = options.header ?? [];
  }

  private claim(id: string, section: string): void {
    if (!LOGICAL_ID.test(id)) {
      throw new Error(`logical id "${id}" must be 1-255 letters and digits`);
    }
    const existing = this.ids.get(id);
    if (existing) throw new Error(`logical id "${id}" is already used by a ${existing}`);
    this.ids.set(id, section);
  }

  /** The Name tag a resource asked for (its `nameTag`), or undefined. */
  nameTagOf(id: string): string | undefined {
    return this.nameTags.get(id);
  }

  /** Where a logical id is declared ("parameter", "resource" ...), or undefined. */
  sectionOf(id: string): string | undefined {
    return this.ids.get(id);
  }

  addTransform(name: string): void {
    if (!this.transforms.includes(name)) this.transforms.push(name);
  }

  parameter(id: string, definition: ParameterDefinition, comment?: string): Parameter {
    this.claim(id, 'parameter');
    const { label, ...value } = definition;
    if (label) this.parameterLabels.set(id, label);
    this.parameters.push({ id, value, comment });
    return new Parameter(id);
  }

  /** A console parameter group (AWS::CloudFormation::Interface), in the order groups are added. */
  parameterGroup(label: string, parameters: readonly Parameter[]): void {
    this.parameterGroups.push({ label, parameters: parameters.map((p) => p.id) });
  }

  /** A Mappings entry: top-level key (a region, say) -> second-level key -> value, for Fn::FindInMap. */
  mapping(id: string, value: Record<string, Record<string, string>>, comment?: string): void {
    this.claim(id, 'mapping');
    this.mappings.push({ id, value, comment });
  }

  condition(id: string, expression: Intrinsic, comment?: string): Condition {
    this.claim(id, 'condition');
    this.conditions.push({ id, value: expression, comment });
    return new Condition(id);
  }

  resource<T extends ResourceType>(id: string, definition: ResourceDefinition<T>): Resource<T> {
    if (!definition.comment.trim() || definition.comment.includes('\n')) {
      throw new Error(`resource ${id}: the reviewer comment must be one non-empty line`);
    }
    this.claim(id, 'resource');
    const { comment, Type, Properties, Condition, DependsOn, suppress, holds, nameTag, ...given } = definition;
    if (holds !== undefined && (given.DeletionPolicy !== undefined || given.UpdateReplacePolicy !== undefined)) {
      throw new Error(`resource ${id} holds ${holds}: its policies are fixed (core/stateful.ts), do not set them`);
    }
    const attributes: typeof given = holds
      ? {
          ...given,
          DeletionPolicy: STATEFUL_DELETION_POLICY,
          UpdateReplacePolicy: STATEFUL_UPDATE_REPLACE_POLICY,
          Metadata: { ...given.Metadata, [HOLDS_KEY]: holds },
        }
      : given;
    const value: Record<string, unknown> = { Type };
    if (Condition !== undefined) value.Condition = idOf(Condition);
    if (DependsOn !== undefined && DependsOn.length > 0) value.DependsOn = DependsOn.map(idOf);
    const metadata = suppress?.length
      ? { ...attributes.Metadata, cdk_nag: { rules_to_suppress: suppressionMetadata(id, suppress) } }
      : attributes.Metadata;
    for (const key of RESOURCE_ATTRIBUTE_ORDER) {
      const v = key === 'Metadata' ? metadata : (attributes as Record<string, unknown>)[key];
      if (v !== undefined) value[key] = v;
    }
    value.Properties = Properties;
    this.resources.push({ id, value, comment });
    if (nameTag !== undefined) this.nameTags.set(id, nameTag);
    const transform = RESOURCE_TRANSFORMS[Type];
    if (transform) this.addTransform(transform);
    return new Resource(id, Type);
  }

  output(id: string, definition: OutputDefinition, comment?: string): void {
    // Outputs have their own namespace: an output may share its resource's name.
    if (!LOGICAL_ID.test(id)) throw new Error(`output id "${id}" must be 1-255 letters and digits`);
    if (this.outputs.some((o) => o.id === id)) throw new Error(`output "${id}" is declared twice`);
    const value: Record<string, unknown> = {
      Description: definition.Description,
      Value: definition.Value,
    };
    if (definition.Export) value.Export = definition.Export;
    if (definition.Condition !== undefined) value.Condition = idOf(definition.Condition);
    this.outputs.push({ id, value, comment });
  }

  /** Metadata including the console interface built from parameter groups and labels. */
  renderMetadata(): Record<string, unknown> | undefined {
    const metadata: Record<string, unknown> = { ...this.metadata };
    if (this.parameterGroups.length > 0 || this.parameterLabels.size > 0) {
      const labels: Record<string, { default: string }> = {};
      for (const p of this.parameters) {
        const label = this.parameterLabels.get(p.id);
        if (label) labels[p.id] = { default: label };
      }
      metadata['AWS::CloudFormation::Interface'] = {
        ParameterGroups: this.parameterGroups.map((g) => ({
          Label: { default: g.label },
          Parameters: g.parameters,
        })),
        ParameterLabels: labels,
      };
    }
    return Object.keys(metadata).length > 0 ? metadata : undefined;
  }
}

/** Resource attributes after Type/Condition/DependsOn, in the order they are printed. */
const RESOURCE_ATTRIBUTE_ORDER = [
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'CreationPolicy',
  'UpdatePolicy',
  'Metadata',
] as const;
