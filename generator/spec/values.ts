// Hand-written value types the generated property types are built from (generator/spec/generated).
// Kept apart from the generated folder so regenerating never touches them.
import type { Intrinsic } from '../core/intrinsics.js';

/** A property value: the literal type, or an intrinsic function that CloudFormation resolves to one. */
export type Value<T> = T | Intrinsic;

/** A list property: a literal array, or an intrinsic that yields a list (`!GetAZs`, a `List<>` parameter). */
export type ListOf<E> = readonly E[] | Intrinsic;

/** A map property (string keys). */
export type MapOf<E> = { readonly [key: string]: E } | Intrinsic;

/** A property the specification types as free-form JSON (policy documents, API bodies). */
export type Json = { readonly [key: string]: unknown };

/** A resource tag. */
export interface Tag {
  readonly Key: Value<string>;
  readonly Value: Value<string>;
}
