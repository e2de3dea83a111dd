// Intrinsic functions and pseudo parameters. Each helper returns an `Intrinsic`, which the YAML
// emitter writes in short form (`!Ref`, `!GetAtt`, `!Sub` ...) and JSON output writes in long form.

/** The intrinsic functions we emit. `Ref` and `Condition` have no `Fn::` prefix in CloudFormation. */
export type IntrinsicName =
  | 'Ref'
  | 'Condition'
  | 'Fn::GetAtt'
  | 'Fn::Sub'
  | 'Fn::Join'
  | 'Fn::Select'
  | 'Fn::Split'
  | 'Fn::GetAZs'
  | 'Fn::If'
  | 'Fn::Equals'
  | 'Fn::Not'
  | 'Fn::And'
  | 'Fn::Or'
  | 'Fn::FindInMap'
  | 'Fn::Base64'
  | 'Fn::Cidr'
  | 'Fn::ImportValue';

/**
 * A value CloudFormation computes at deploy time. Nominal (the protected field), so a plain object
 * literal never passes for one and property types stay strict.
 */
export class Intrinsic {
  protected readonly nominal = 'Intrinsic';
  constructor(
    readonly fn: IntrinsicName,
    readonly arg: unknown,
  ) {}
  /** Long form, as CloudFormation JSON writes it: `{ "Fn::Sub": "..." }`. */
  toJSON(): Record<string, unknown> {
    return { [this.fn]: this.arg };
  }
}

/** Anything with a logical id: a resource, parameter or condition handle. */
export interface Named {
  readonly id: string;
}

type Target = string | Named;
const idOf = (t: Target): string => (typeof t === 'string' ? t : t.id);

/** `!Ref` a parameter, resource or pseudo parameter. */
export const ref = (target: Target): Intrinsic => new Intrinsic('Ref', idOf(target));

/** `!GetAtt Resource.Attribute`. Prefer a resource handle's typed `getAtt`. */
export const getAtt = (target: Target, attribute: string): Intrinsic =>
  new Intrinsic('Fn::GetAtt', [idOf(target), attribute]);

/** `!Sub 'text ${Name}'`, optionally with its own variables. */
export const sub = (text: string, variables?: Record<string, unknown>): Intrinsic =>
  new Intrinsic('Fn::Sub', variables && Object.keys(variables).length ? [text, variables] : text);

export const join = (delimiter: string, values: readonly unknown[] | Intrinsic): Intrinsic =>
  new Intrinsic('Fn::Join', [delimiter, values]);

export const select = (index: number | Intrinsic, list: readonly unknown[] | Intrinsic): Intrinsic =>
  new Intrinsic('Fn::Select', [index, list]);

export const split = (delimiter: string, source: unknown): Intrinsic => new Intrinsic('Fn::Split', [delimiter, source]);

/** `!GetAZs ''`: the availability zones of the stack's own region, so templates are region-agnostic. */
export const getAZs = (region: string | Intrinsic = ''): Intrinsic => new Intrinsic('Fn::GetAZs', region);

/** `!If [Condition, whenTrue, whenFalse]`. Exported as `fnIf` because `if` is a keyword. */
export const fnIf = (condition: Target, whenTrue: unknown, whenFalse: unknown): Intrinsic =>
  new Intrinsic('Fn::If', [idOf(condition), whenTrue, whenFalse]);

export const equals = (a: unknown, b: unknown): Intrinsic => new Intrinsic('Fn::Equals', [a, b]);
export const not = (condition: Intrinsic): Intrinsic => new Intrinsic('Fn::Not', [condition]);
export const and = (...conditions: Intrinsic[]): Intrinsic => new Intrinsic('Fn::And', conditions);
export const or = (...conditions: Intrinsic[]): Intrinsic => new Intrinsic('Fn::Or', conditions);
/** A reference to a named condition inside another condition. */
export const condition = (target: Target): Intrinsic => new Intrinsic('Condition', idOf(target));

export const base64 = (value: unknown): Intrinsic => new Intrinsic('Fn::Base64', value);

/** Pseudo parameters. `${AWS::Partition}` in ARNs keeps templates valid in China and GovCloud. */
export const AWS = {
  AccountId: ref('AWS::AccountId'),
  NoValue: ref('AWS::NoValue'),
  NotificationARNs: ref('AWS::NotificationARNs'),
  Partition: ref('AWS::Partition'),
  Region: ref('AWS::Region'),
  StackId: ref('AWS::StackId'),
  StackName: ref('AWS::StackName'),
  URLSuffix: ref('AWS::URLSuffix'),
} as const;

export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set(Object.keys(AWS).map((name) => `AWS::${name}`));
