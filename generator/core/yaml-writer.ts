// A direct YAML writer for templates: the same bytes as the `yaml` library's Document printer with
// the emitter's options (YAML 1.1, single quotes, no line folding, indented sequences, flow
// sequences for intrinsics of scalars), written as plain string building. The library builds a
// node tree and runs generic passes over it, which cost most of a `generate` run on a cold start
// (api.yml alone took ~60 ms); this takes a few. Anything outside the subset templates use
// (control characters, multi-line strings other than a plain literal block in a map) throws
// Unsupported, and emit.ts falls back to the library. test/core/yaml-writer.test.ts holds it byte-equal to the library.
import { Intrinsic } from './intrinsics.js';

export class Unsupported extends Error {}

/** Intrinsics whose argument is one scalar: written `!Tag value`. */
export const SCALAR_ARG = new Set(['Ref', 'Condition', 'Fn::Sub', 'Fn::GetAZs', 'Fn::Base64', 'Fn::ImportValue']);
export const tagOf = (fn: string): string => '!' + fn.replace(/^Fn::/, '');
const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Whether an intrinsic or value prints on one line (and so may sit in a flow sequence). */
export function isScalarLike(value: unknown): boolean {
  if (value instanceof Intrinsic) {
    return value.fn === 'Fn::GetAtt' || (SCALAR_ARG.has(value.fn) && !isObject(value.arg));
  }
  return value === null || typeof value !== 'object';
}

/**
 * What the `yaml` library's YAML 1.1 schema reads as something other than a string (null, bool,
 * int, float, timestamp): its default tags' patterns, copied so that writing a template does not
 * load the library. test/core/yaml-writer.test.ts checks they are still the library's.
 */
export const YAML11_NON_STRING: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];
/** Every one of them starts with one of these characters (or is empty, which is quoted anyway). */
const MAYBE_NON_STRING = /^[0-9+\-.~nNyYtTfFoO]/;
function readsAsNonString(s: string): boolean {
  return MAYBE_NON_STRING.test(s) && YAML11_NON_STRING.some((p) => p.test(s));
}

const INDICATOR = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

function doubleQuoted(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}
const singleQuoted = (s: string): string => "'" + s.replace(/'/g, "''") + "'";

function quoted(s: string): string {
  const hasDouble = s.includes('"');
  const hasSingle = s.includes("'");
  return hasSingle && !hasDouble ? doubleQuoted(s) : singleQuoted(s);
}

function stringText(s: string, inFlow: boolean): string {
  if (s.includes('\n') || CONTROL.test(s)) throw new Unsupported('multi-line or control characters');
  if (s === '') return "''";
  if (inFlow && /[[\]{},]/.test(s)) return quoted(s);
  if (INDICATOR.test(s)) return quoted(s);
  if (DOCUMENT_MARKER.test(s)) throw new Unsupported('document marker');
  if (readsAsNonString(s)) return quoted(s);
  return s;
}

/**
 * A multi-line string in a block map, as the library prints it: a literal block (`|`, or `|-`
 * without a final newline) indented one level below its key. Only the plain case (no leading
 * whitespace, no trailing spaces, at most one final newline, no control characters, no document
 * marker); anything else is left to the library.
 */
function blockLiteral(s: string, indent: string): string[] | undefined {
  if (!s.includes('\n')) return undefined;
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  const tabOrNl = body.replace(/[\n\t]/g, '');
  if (
    CONTROL.test(tabOrNl) ||
    /^\s/.test(s) ||
    /[ \t]$/m.test(body) ||
    body.endsWith('\n') ||
    DOCUMENT_MARKER.test(s)
  ) {
    throw new Unsupported('multi-line string outside the literal-block subset');
  }
  return [s.endsWith('\n') ? '|' : '|-', ...body.split('\n').map((line) => (line ? `${indent}${line}` : ''))];
}

/** A scalar (string, number, boolean, null) as it prints. */
export function scalarText(value: unknown, inFlow = false): string {
  if (typeof value === 'string') return stringText(value, inFlow);
  if (typeof value === 'number') {
    // Integers, and plain decimals such as an alarm's 0.05 threshold, print as JavaScript writes
    // them; exponents and non-finite values are left to the library.
    const text = String(value);
    if (!Number.isFinite(value) || /e/i.test(text)) throw new Unsupported('number in exponent form');
    return text;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  throw new Unsupported(`scalar of type ${typeof value}`);
}

/** A one-line value: scalar, tagged scalar, or flow sequence of those. */
function inlineText(value: unknown, inFlow: boolean): string | undefined {
  if (value instanceof Intrinsic) {
    const { fn, arg } = value;
    if (fn === 'Fn::GetAtt' && Array.isArray(arg) && typeof arg[1] === 'string') {
      return `!GetAtt ${scalarText(`${String(arg[0])}.${arg[1]}`, inFlow)}`;
    }
    if (SCALAR_ARG.has(fn) && !isObject(arg)) return `${tagOf(fn)} ${scalarText(arg, inFlow)}`;
    if (Array.isArray(arg) && arg.every(isScalarLike)) {
      return `${tagOf(fn)} [${arg.map((x) => inlineText(x, true) as string).join(', ')}]`;
    }
    return undefined;
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (isObject(value)) return Object.values(value).every((v) => v === undefined) ? '{}' : undefined;
  return scalarText(value, inFlow);
}

export interface Entry {
  readonly key: string;
  readonly value: unknown;
  /** Comment lines printed above the key. */
  readonly comment?: string;
  /** A blank line above the entry (and its comment). */
  readonly spaceBefore?: boolean;
}

/** Lines of a block map at `indent`. */
export function mapLines(entries: readonly Entry[], indent: string, out: string[]): void {
  for (const { key, value, comment, spaceBefore } of entries) {
    if (value === undefined) continue;
    if (spaceBefore) out.push('');
    if (comment !== undefined) for (const line of comment.split('\n')) out.push(`${indent}#${line}`);
    const k = scalarText(key);
    const block = typeof value === 'string' ? blockLiteral(value, `${indent}  `) : undefined;
    if (block) {
      out.push(`${indent}${k}: ${block[0]}`, ...block.slice(1));
      continue;
    }
    // A tagged multi-line string (`!Sub` of a mapping template): the tag, then the literal block.
    const tagged =
      value instanceof Intrinsic && SCALAR_ARG.has(value.fn) && typeof value.arg === 'string'
        ? blockLiteral(value.arg, `${indent}  `)
        : undefined;
    if (tagged && value instanceof Intrinsic) {
      out.push(`${indent}${k}: ${tagOf(value.fn)} ${tagged[0]}`, ...tagged.slice(1));
      continue;
    }
    const inline = inlineText(value, false);
    if (inline !== undefined) {
      out.push(`${indent}${k}: ${inline}`);
      continue;
    }
    if (value instanceof Intrinsic) {
      if (Array.isArray(value.arg)) {
        out.push(`${indent}${k}: ${tagOf(value.fn)}`);
        seqLines(value.arg, `${indent}  `, out);
      } else {
        // A tag cannot wrap a node with a tag of its own: long form for that one level.
        out.push(`${indent}${k}:`);
        mapLines([{ key: value.fn, value: value.arg }], `${indent}  `, out);
      }
    } else if (Array.isArray(value)) {
      out.push(`${indent}${k}:`);
      seqLines(value, `${indent}  `, out);
    } else {
      out.push(`${indent}${k}:`);
      mapLines(objectEntries(value as Record<string, unknown>), `${indent}  `, out);
    }
  }
}

const objectEntries = (o: Record<string, unknown>): Entry[] =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => ({ key, value }));

/** Lines of a block sequence whose dashes are at `indent`. */
function seqLines(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    if (item === undefined) throw new Unsupported('undefined in a list');
    const inline = inlineText(item, false);
    if (inline !== undefined) {
      out.push(`${indent}- ${inline}`);
      continue;
    }
    // The item's content starts after "- " and continues at the same column.
    const inner: string[] = [];
    const at = `${indent}  `;
    if (item instanceof Intrinsic) {
      if (Array.isArray(item.arg)) {
        inner.push(`${at}${tagOf(item.fn)}`);
        seqLines(item.arg, at, inner);
      } else {
        mapLines([{ key: item.fn, value: item.arg }], at, inner);
      }
    } else if (Array.isArray(item)) {
      seqLines(item, at, inner);
    } else {
      mapLines(objectEntries(item as Record<string, unknown>), at, inner);
    }
    inner[0] = `${indent}- ${inner[0].slice(at.length)}`;
    out.push(...inner);
  }
}
