// Validates the API's Swagger document before anything is written: the official Swagger 2.0 JSON
// Schema, our schema of the API Gateway extensions (both precompiled by `npm run gen:types`), and
// the cross-references no schema can express (a validator, authorizer, parameter or response
// header that an operation names must exist), which an import would otherwise reject, or worse,
// accept with a warning.
import type { ErrorObject } from 'ajv';
import { validate as validateSwagger2 } from './generated/swagger2.js';
import { validate as validateExtensions } from './generated/api-gateway-extensions.js';

type Validator = { (data: unknown): boolean; errors?: ErrorObject[] | null };
const swagger2 = validateSwagger2 as unknown as Validator;
const extensions = validateExtensions as unknown as Validator;

/** An invalid document: every problem, each with where it is. */
export class SwaggerError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: invalid Swagger document\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SwaggerError';
  }
}

/** `/paths/~1mysfits/get` -> `paths./mysfits.get` */
function where(pointer: string): string {
  return (
    pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .join('.') || '(top level)'
  );
}

function schemaProblems(validator: Validator, document: unknown, schema: string): string[] {
  if (validator(document)) return [];
  const errors = validator.errors ?? [];
  // oneOf/anyOf/if failures repeat what their branches said: keep the specific messages.
  // A bad key is reported once, by propertyNames, not again by the rule inside it.
  const specific = errors.filter((e) => !['oneOf', 'anyOf', 'if', 'not'].includes(e.keyword) && !('propertyName' in e));
  return [...new Set((specific.length ? specific : errors).map((e) => describe(e, schema)))];
}

function describe(e: ErrorObject, schema: string): string {
  const p = e.params as Record<string, unknown>;
  const detail =
    e.keyword === 'additionalProperties'
      ? `unknown key "${String(p.additionalProperty)}"`
      : e.keyword === 'enum'
        ? `must be one of ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`
        : e.keyword === 'propertyNames'
          ? `key "${String(p.propertyName)}" is not allowed here (a misspelt extension?)`
          : (e.message ?? 'is invalid');
  return `${where(e.instancePath)}: ${detail} (${schema}: ${e.keyword})`;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'];

/** Cross-references inside the document. */
function referenceProblems(doc: Json): string[] {
  const problems: string[] = [];
  const validators = isObject(doc['x-amazon-apigateway-request-validators'])
    ? Object.keys(doc['x-amazon-apigateway-request-validators'])
    : [];
  const securityNames = isObject(doc.securityDefinitions) ? Object.keys(doc.securityDefinitions) : [];
  const definitionNames = isObject(doc.definitions) ? Object.keys(doc.definitions) : [];

  const checkValidator = (at: string, name: unknown): void => {
    if (name !== undefined && !validators.includes(String(name))) {
      problems.push(`${at}: request validator "${String(name)}" is not in x-amazon-apigateway-request-validators`);
    }
  };
  checkValidator('x-amazon-apigateway-request-validator', doc['x-amazon-apigateway-request-validator']);

  const walkRefs = (at: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((x, i) => walkRefs(`${at}.${i}`, x));
    else if (isObject(value)) {
      for (const [k, x] of Object.entries(value)) {
        if (k === '$ref' && typeof x === 'string') {
          const m = /^#\/definitions\/(.+)$/.exec(x);
          if (!m || !definitionNames.includes(m[1])) problems.push(`${at}: $ref "${x}" points at no definition`);
        } else walkRefs(`${at}.${k}`, x);
      }
    }
  };
  walkRefs('paths', doc.paths);
  walkRefs('definitions', doc.definitions);

  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const at = `paths.${path}.${method}`;
      const params = (Array.isArray(op.parameters) ? op.parameters : []).filter(isObject);
      const declared = new Set(
        params.map((p) => `${p.in === 'query' ? 'querystring' : String(p.in)}.${String(p.name)}`.toLowerCase()),
      );
      for (const name of templated) {
        if (!declared.has(`path.${name}`.toLowerCase()))
          problems.push(`${at}: path parameter {${name}} is not declared`);
      }
      for (const p of params.filter((p) => p.in === 'path')) {
        if (!templated.includes(String(p.name)))
          problems.push(`${at}: path parameter "${String(p.name)}" is not in the path`);
      }
      checkValidator(`${at}.x-amazon-apigateway-request-validator`, op['x-amazon-apigateway-request-validator']);
      for (const requirement of Array.isArray(op.security) ? op.security : []) {
        for (const name of Object.keys(isObject(requirement) ? requirement : {})) {
          if (!securityNames.includes(name)) problems.push(`${at}.security: "${name}" is not in securityDefinitions`);
        }
      }
      const integration = op['x-amazon-apigateway-integration'];
      if (!isObject(integration)) continue;
      const responses = isObject(op.responses) ? op.responses : {};
      for (const [target, source] of Object.entries(
        isObject(integration.requestParameters) ? integration.requestParameters : {},
      )) {
        const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(String(source));
        if (m && !declared.has(`${m[1]}.${m[2]}`.toLowerCase())) {
          problems.push(`${at}: ${target} maps ${String(source)}, which the operation does not declare`);
        }
      }
      for (const [pattern, response] of Object.entries(isObject(integration.responses) ? integration.responses : {})) {
        if (!isObject(response)) continue;
        const status = String(response.statusCode);
        const methodResponse = responses[status];
        if (!isObject(methodResponse)) {
          problems.push(`${at}: integration response "${pattern}" answers ${status}, which responses does not declare`);
          continue;
        }
        const headers = isObject(methodResponse.headers) ? Object.keys(methodResponse.headers) : [];
        for (const key of Object.keys(isObject(response.responseParameters) ? response.responseParameters : {})) {
          const header = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
          if (header && !headers.some((h) => h.toLowerCase() === header.toLowerCase())) {
            problems.push(`${at}: integration response "${pattern}" sets header ${header}, not declared for ${status}`);
          }
        }
      }
    }
  }
  return problems;
}

/** Every problem of the document; empty when it is valid. */
export function swaggerProblems(document: unknown): string[] {
  const problems = [
    ...schemaProblems(swagger2, document, 'Swagger 2.0'),
    ...schemaProblems(extensions, document, 'API Gateway extensions'),
  ];
  if (isObject(document)) problems.push(...referenceProblems(document));
  return problems;
}

/** Throws SwaggerError listing every problem. */
export function assertValidSwagger(document: unknown, source: string): void {
  const problems = swaggerProblems(document);
  if (problems.length > 0) throw new SwaggerError(source, problems);
}
