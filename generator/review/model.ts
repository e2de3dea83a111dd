// What the review reads: every template in a folder, parsed with its reviewer comments, the
// references between resources (Ref, GetAtt, Sub, DependsOn), and nested stacks resolved to
// the files they point at, so links cross templates the way main.yml wires them.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toJsonObject } from '../core/emit.js';
import { parsedFromData, parseTemplate, type ParsedResource, type ParsedTemplate } from '../core/parse.js';
import type { Template } from '../core/template.js';

export interface ReviewTemplate {
  /** File name inside the folder, e.g. `core.yml`. */
  readonly file: string;
  readonly parsed: ParsedTemplate;
}

export interface Reference {
  readonly target: string;
  readonly via: 'Ref' | 'GetAtt' | 'Sub' | 'DependsOn';
  /** For GetAtt (and `${X.Attr}` in Sub): the attribute. */
  readonly attribute?: string;
}

/**
 * Every template in a folder. A YAML file must be a template; a JSON file is one only if it has
 * a Resources section (generate also writes api-swagger.json, a Swagger document, beside them).
 */
/** The templates in `dir` (every *.yml, *.yaml, *.json, *.template), or only the file `only` there. */
export function loadTemplates(dir: string, only?: string): ReviewTemplate[] {
  const files = (only === undefined ? readdirSync(dir) : [only])
    .filter((f) => /\.(ya?ml|json|template)$/.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  return fromTexts(files);
}

function isJsonTemplate(text: string): boolean {
  try {
    const doc = JSON.parse(text) as unknown;
    return typeof doc === 'object' && doc !== null && 'Resources' in doc;
  } catch {
    return true; // let the template parser report the syntax error
  }
}

export function fromTexts(files: readonly { file: string; text: string }[]): ReviewTemplate[] {
  return files
    .filter(({ file, text }) => !file.endsWith('.json') || isJsonTemplate(text))
    .map(({ file, text }) => ({ file, parsed: parseTemplate(text, file) }));
}

/**
 * Templates still in memory (buildTemplates), as fromTexts would read their YAML: the same long
 * form and reviewer comments, without writing and parsing the text (package prices each mode's
 * templates this way; the YAML parse was a third of its run).
 */
export function fromTemplates(templates: ReadonlyMap<string, Template>): ReviewTemplate[] {
  return [...templates].map(([file, t]) => {
    const comments = new Map(t.resources.map((r) => [r.id, commentLine(r.comment)]));
    return { file, parsed: parsedFromData(toJsonObject(t), comments) };
  });
}

/** A comment as the parser gives it back: its lines trimmed and joined by spaces. */
const commentLine = (c: string | undefined): string | undefined =>
  c
    ?.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ') || undefined;

const SUB_VARIABLE = /\$\{([^!}][^}]*)\}/g;

/** References inside a value: `{ Ref }`, `{ Fn::GetAtt }`, and the `${...}` of `Fn::Sub`. */
export function referencesIn(value: unknown, out: Reference[] = []): Reference[] {
  if (Array.isArray(value)) {
    for (const v of value) referencesIn(v, out);
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 1) {
    const [fn, arg] = entries[0];
    if (fn === 'Ref' && typeof arg === 'string') {
      if (!arg.startsWith('AWS::')) out.push({ target: arg, via: 'Ref' });
      return out;
    }
    if (fn === 'Fn::GetAtt') {
      const [target, attribute] = Array.isArray(arg) ? arg : String(arg).split(/\.(.*)/);
      if (typeof target === 'string') out.push({ target, via: 'GetAtt', attribute: String(attribute) });
      return out;
    }
    if (fn === 'Fn::Sub') {
      const [text, variables] = Array.isArray(arg) ? (arg as [unknown, unknown]) : [arg, undefined];
      const own = new Set(variables && typeof variables === 'object' ? Object.keys(variables) : []);
      for (const m of String(text).matchAll(SUB_VARIABLE)) {
        const [target, attribute] = m[1].split(/\.(.*)/);
        if (!target.startsWith('AWS::') && !own.has(target)) {
          out.push({ target, via: 'Sub', attribute: attribute || undefined });
        }
      }
      referencesIn(variables, out);
      return out;
    }
  }
  for (const [, v] of entries) referencesIn(v, out);
  return out;
}

/** What a resource refers to: resources and parameters, each once per kind. */
export function referencesOf(resource: ParsedResource): Reference[] {
  const refs = referencesIn(resource.properties);
  for (const d of resource.dependsOn) refs.push({ target: d, via: 'DependsOn' });
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.target}|${r.via}|${r.attribute ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The file a nested stack's TemplateURL names, when it is one of the reviewed templates. */
export function nestedFile(resource: ParsedResource, files: readonly string[]): string | undefined {
  const name = nestedTemplateName(resource);
  if (name === undefined) return undefined;
  return files.find((f) => f === name || f.replace(/\.[^.]+$/, '') === name.replace(/\.[^.]+$/, ''));
}

/**
 * The source name of the template a nested stack resource reads: the last part of its TemplateURL
 * (a string, or the text of an `Fn::Sub`), without the sha256 `mysfits package` puts in the name
 * (`templates/core.<sha256>.yml` is `core.yml`).
 */
export function nestedTemplateName(resource: ParsedResource): string | undefined {
  let url = resource.properties.TemplateURL ?? resource.properties.Location;
  if (url && typeof url === 'object' && 'Fn::Sub' in url) {
    const arg = (url as Record<string, unknown>)['Fn::Sub'];
    url = Array.isArray(arg) ? arg[0] : arg;
  }
  if (typeof url !== 'string') return undefined;
  return basename(url.split('?')[0]!).replace(/\.[0-9a-f]{64}(\.[^.]+)$/, '$1');
}

export const NESTED_STACK_TYPES = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application']);

/** A short text for a value that may hold intrinsics: `!Ref X`, `!GetAtt X.Y`, the Sub text. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(show).join(', ');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 1) {
    const [fn, arg] = entries[0];
    if (fn === 'Ref') return `!Ref ${String(arg)}`;
    if (fn === 'Fn::GetAtt') return `!GetAtt ${Array.isArray(arg) ? arg.join('.') : String(arg)}`;
    if (fn === 'Fn::Sub') return Array.isArray(arg) ? String(arg[0]) : String(arg);
    if (fn === 'Fn::ImportValue') return `!ImportValue ${show(arg)}`;
    if (fn.startsWith('Fn::')) return `!${fn.slice(4)} ${JSON.stringify(arg)}`;
  }
  return JSON.stringify(value);
}

/** Literal parameter values a parent template passes to each nested template file. */
export function passedParameters(templates: readonly ReviewTemplate[]): Map<string, Record<string, unknown>> {
  const files = templates.map((t) => t.file);
  const out = new Map<string, Record<string, unknown>>();
  for (const t of templates) {
    for (const r of t.parsed.resources) {
      const file = NESTED_STACK_TYPES.has(r.type) ? nestedFile(r, files) : undefined;
      const params = r.properties.Parameters;
      if (!file || !params || typeof params !== 'object') continue;
      const literals = Object.entries(params as Record<string, unknown>).filter(([, v]) => typeof v !== 'object');
      out.set(file, { ...out.get(file), ...Object.fromEntries(literals) });
    }
  }
  return out;
}

/**
 * A value if it is a literal, or what a `!Ref` to a parameter resolves to: the value a parent
 * stack passes, else the parameter's default. Undefined when it is known only at deploy time.
 */
export function literal(value: unknown, template: ParsedTemplate, passed: Record<string, unknown> = {}): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const ref = (value as Record<string, unknown>).Ref;
    if (typeof ref === 'string' && template.parameters[ref]) return passed[ref] ?? template.parameters[ref].Default;
    return undefined;
  }
  return value;
}

export const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
