// Reads a CloudFormation template (YAML with short-form tags, or JSON) back into plain data in
// long form ({ Ref: ... }, { 'Fn::GetAtt': [...] }), keeping the comment above each resource:
// what `deploy` needs to read parameters and capabilities, and what `review` shows ops.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export interface ParsedResource {
  readonly id: string;
  readonly type: string;
  /** The comment lines above the resource (our emitter writes one reviewer line there). */
  readonly comment?: string;
  readonly properties: Record<string, unknown>;
  readonly condition?: string;
  readonly dependsOn: readonly string[];
  readonly deletionPolicy?: string;
  readonly updateReplacePolicy?: string;
  readonly metadata?: Record<string, unknown>;
}

export interface ParsedTemplate {
  /** Whatever the template holds, in long form. */
  readonly data: Record<string, unknown>;
  readonly description?: string;
  readonly transforms: readonly string[];
  readonly parameters: Record<string, Record<string, unknown>>;
  readonly resources: readonly ParsedResource[];
  readonly outputs: Record<string, Record<string, unknown>>;
}

export class TemplateParseError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'TemplateParseError';
  }
}

const INTRINSIC_TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!GetAZs': 'Fn::GetAZs',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!ImportValue': 'Fn::ImportValue',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

function toData(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return null;
  const n = node as Node;
  let value: unknown;
  if (isScalar(n)) value = n.value;
  else if (isSeq(n)) value = n.items.map(toData);
  else if (isMap(n)) {
    const out: Record<string, unknown> = {};
    for (const pair of n.items)
      out[String(isScalar(pair.key) ? pair.key.value : toData(pair.key))] = toData(pair.value);
    value = out;
  } else value = null;
  const fn = n.tag ? INTRINSIC_TAGS[n.tag] : undefined;
  if (!fn) return value;
  if (fn === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { [fn]: [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [fn]: value };
}

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const commentText = (c: string | null | undefined): string | undefined => {
  const text = c
    ?.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  return text || undefined;
};

/** Parses template text; `source` names it in errors (a file path). */
export function parseTemplate(text: string, source: string): ParsedTemplate {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const where = e.linePos ? ` (line ${e.linePos[0].line}, column ${e.linePos[0].col})` : '';
    throw new TemplateParseError(
      source,
      `not valid YAML or JSON${where}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const data = toData(doc.contents);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new TemplateParseError(source, 'not a CloudFormation template (expected a mapping at the top)');
  }
  const top = data as Record<string, unknown>;
  if (!top.Resources || typeof top.Resources !== 'object') {
    throw new TemplateParseError(source, 'not a CloudFormation template (no Resources section)');
  }
  const resourcesNode = doc.get('Resources', true);
  const comments = new Map<string, string | undefined>();
  if (isMap(resourcesNode)) {
    resourcesNode.items.forEach((pair, i) => {
      const key = pair.key as Node;
      const before =
        (isScalar(key) ? key.commentBefore : undefined) ?? (i === 0 ? resourcesNode.commentBefore : undefined);
      comments.set(String(isScalar(key) ? key.value : ''), commentText(before));
    });
  }
  return parsedFromData(top, comments);
}

/**
 * A template already in long form (`top`, with a Resources mapping) and the reviewer comment of
 * each resource, as parseTemplate reads them from the text.
 */
export function parsedFromData(
  top: Record<string, unknown>,
  comments: ReadonlyMap<string, string | undefined>,
): ParsedTemplate {
  const resources: ParsedResource[] = Object.entries(record(top.Resources)).map(([id, raw]) => {
    const r = record(raw);
    const dependsOn = r.DependsOn === undefined ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn];
    return {
      id,
      type: String(r.Type ?? ''),
      comment: comments.get(id),
      properties: record(r.Properties),
      condition: typeof r.Condition === 'string' ? r.Condition : undefined,
      dependsOn: dependsOn.map(String),
      deletionPolicy: typeof r.DeletionPolicy === 'string' ? r.DeletionPolicy : undefined,
      updateReplacePolicy: typeof r.UpdateReplacePolicy === 'string' ? r.UpdateReplacePolicy : undefined,
      metadata: r.Metadata ? record(r.Metadata) : undefined,
    };
  });
  const transform = top.Transform;
  return {
    data: top,
    description: typeof top.Description === 'string' ? top.Description : undefined,
    transforms: (Array.isArray(transform) ? transform : transform ? [transform] : []).map(String),
    parameters: record(top.Parameters) as Record<string, Record<string, unknown>>,
    resources,
    outputs: record(top.Outputs) as Record<string, Record<string, unknown>>,
  };
}
