// The YAML emitter: short-form tags, canonical section order, the builder's order inside
// sections, reviewer comments above resources. Pure: the same template gives the same bytes.
import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { Intrinsic } from './intrinsics.js';
import type { Entry, Template } from './template.js';
import { checkReferences } from './references.js';
import { isScalarLike, mapLines, SCALAR_ARG, tagOf, Unsupported } from './yaml-writer.js';

/**
 * The `yaml` library, loaded on first use: templates are written by yaml-writer.ts, and the
 * library (the reference printer and the fallback) costs tens of milliseconds to load.
 */
let library: typeof YamlLibrary | undefined;
const yaml = (): typeof YamlLibrary => (library ??= createRequire(import.meta.url)('yaml') as typeof YamlLibrary);

/** Section order of a template, as the CloudFormation user guide lists them. */
const SECTIONS = [
  'AWSTemplateFormatVersion',
  'Transform',
  'Description',
  'Metadata',
  'Parameters',
  'Mappings',
  'Conditions',
  'Resources',
  'Outputs',
] as const;

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function scalar(value: unknown): Scalar {
  const { Scalar } = yaml();
  const s = new Scalar(value);
  // '' would print as a bare `''` either way; make the empty string explicit and consistent.
  if (value === '') s.type = Scalar.QUOTE_SINGLE;
  return s;
}

function intrinsicNode(value: Intrinsic): Node {
  const { fn, arg } = value;
  if (fn === 'Fn::GetAtt') {
    const [id, attribute] = arg as [string, unknown];
    if (typeof attribute === 'string') {
      const s = scalar(`${id}.${attribute}`);
      s.tag = '!GetAtt';
      return s;
    }
  }
  if (SCALAR_ARG.has(fn) && !isObject(arg)) {
    const s = scalar(arg);
    s.tag = tagOf(fn);
    return s;
  }
  if (Array.isArray(arg)) {
    const seq = toNode(arg) as YAMLSeq;
    seq.tag = tagOf(fn);
    seq.flow = arg.every(isScalarLike);
    return seq;
  }
  // A tag cannot wrap a node that has a tag of its own (`!Base64 !Sub ...` is not YAML):
  // fall back to the long form for that one level.
  const { Pair, YAMLMap } = yaml();
  const map = new YAMLMap();
  map.items.push(new Pair(scalar(fn), toNode(arg)));
  return map;
}

function toNode(value: unknown): Node {
  if (value instanceof Intrinsic) return intrinsicNode(value);
  const { Pair, YAMLMap, YAMLSeq } = yaml();
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(item));
    return seq;
  }
  if (isObject(value)) {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      map.items.push(new Pair(scalar(k), toNode(v)));
    }
    return map;
  }
  if (value === undefined) throw new Error('undefined value in template');
  return scalar(value);
}

function section<V>(entries: readonly Entry<V>[]): YAMLMap {
  const { Pair, YAMLMap } = yaml();
  const map = new YAMLMap();
  entries.forEach((entry, i) => {
    const key = scalar(entry.id);
    if (entry.comment) key.commentBefore = ' ' + entry.comment;
    if (i > 0) key.spaceBefore = true;
    map.items.push(new Pair(key, toNode(entry.value)));
  });
  return map;
}

/** The template as a plain CloudFormation object (intrinsics still as `Intrinsic`). */
function sections(t: Template): [string, unknown][] {
  const entries: Record<(typeof SECTIONS)[number], unknown> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: t.transforms.length === 0 ? undefined : t.transforms.length === 1 ? t.transforms[0] : t.transforms,
    Description: t.description,
    Metadata: t.renderMetadata(),
    Parameters: t.parameters.length ? t.parameters : undefined,
    Mappings: t.mappings.length ? t.mappings : undefined,
    Conditions: t.conditions.length ? t.conditions : undefined,
    Resources: t.resources,
    Outputs: t.outputs.length ? t.outputs : undefined,
  };
  return SECTIONS.map((name) => [name, entries[name]] as [string, unknown]).filter(([, v]) => v !== undefined);
}

const SECTIONS_OF_ENTRIES = new Set(['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs']);

function assertValid(t: Template): void {
  if (t.resources.length === 0) throw new Error('a template needs at least one resource');
  const problems = checkReferences(t);
  if (problems.length > 0) {
    throw new Error(`template "${t.description}" has broken references:\n  ${problems.join('\n  ')}`);
  }
}

/** YAML with short-form tags and reviewer comments. Throws on a reference to nothing. */
export function toYaml(t: Template): string {
  assertValid(t);
  try {
    return writeYaml(t);
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
    return printYaml(t);
  }
}

/** The direct writer (yaml-writer.ts): the same bytes as printYaml, many times faster on a cold start. */
export function writeYaml(t: Template): string {
  const out: string[] = [];
  if (t.header.length > 0) out.push(...t.header.map((line) => `# ${line}`.trimEnd()), '');
  sections(t).forEach(([name, value], i) => {
    if (i > 0) out.push('');
    if (!SECTIONS_OF_ENTRIES.has(name)) {
      mapLines([{ key: name, value }], '', out);
      return;
    }
    out.push(`${name}:`);
    mapLines(
      (value as Entry<unknown>[]).map((e, j) => ({
        key: e.id,
        value: e.value,
        comment: e.comment ? ` ${e.comment}` : undefined,
        spaceBefore: j > 0,
      })),
      '  ',
      out,
    );
  });
  return out.join('\n') + '\n';
}

/** The same YAML printed by the `yaml` library's Document (the reference the writer matches). */
export function printYaml(t: Template): string {
  assertValid(t);
  const { Document, Pair, YAMLMap } = yaml();
  const doc = new Document(null, { version: '1.1' });
  const root = new YAMLMap();
  for (const [name, value] of sections(t)) {
    const key = scalar(name);
    const node = SECTIONS_OF_ENTRIES.has(name) ? section(value as Entry<unknown>[]) : toNode(value);
    if (name !== 'AWSTemplateFormatVersion') key.spaceBefore = true;
    root.items.push(new Pair(key, node));
  }
  doc.contents = root;
  if (t.header.length > 0) doc.commentBefore = t.header.map((line) => ' ' + line).join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true, singleQuote: true });
}

/** The same template as CloudFormation JSON (long-form intrinsics). */
export function toJsonObject(t: Template): Record<string, unknown> {
  assertValid(t);
  const out: Record<string, unknown> = {};
  for (const [name, value] of sections(t)) {
    out[name] = SECTIONS_OF_ENTRIES.has(name)
      ? Object.fromEntries((value as Entry<unknown>[]).map((e) => [e.id, e.value]))
      : value;
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}
