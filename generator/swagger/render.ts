// The Swagger document's `${Name}` variables, resolved two ways: as `Fn::Sub` for the RestApi
// Body in api.yml, or with a deployed stack's outputs for a standalone api-swagger.json.
import { ref, sub, type Intrinsic } from '../core/intrinsics.js';
import { SWAGGER_VARIABLES, type SwaggerVariable } from './build.js';

// `${Name}`, or a pseudo parameter `${AWS::Region}` (filled by Fn::Sub, or given like the others).
const VARIABLE = /\$\{((?:AWS::)?[A-Za-z0-9]+)\}/g;

function mapStrings(value: unknown, f: (s: string) => unknown): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((x) => mapStrings(x, f));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, mapStrings(x, f)]));
  }
  return value;
}

/** Every variable the document uses. */
export function variablesIn(document: unknown): Set<string> {
  const found = new Set<string>();
  mapStrings(document, (s) => {
    for (const m of s.matchAll(VARIABLE)) found.add(m[1]);
    return s;
  });
  return found;
}

/**
 * The document for a RestApi Body: each string with variables becomes `Fn::Sub`, a string that is
 * exactly one variable a `Ref`. `names` maps a variable to the template's parameter or resource
 * when the names differ (VpcLinkId -> the VpcLink resource).
 */
export function toCloudFormation(
  document: unknown,
  names: Partial<Record<SwaggerVariable, string>> = {},
): Record<string, unknown> {
  return mapStrings(document, (s): string | Intrinsic => {
    if (!s.includes('${')) return s;
    const renamed = s.replace(VARIABLE, (_, name: SwaggerVariable) => `\${${names[name] ?? name}}`);
    const whole = /^\$\{([A-Za-z0-9]+)\}$/.exec(renamed);
    return whole ? ref(whole[1]) : sub(renamed);
  }) as Record<string, unknown>;
}

/** Thrown when values for some variables are missing. */
export class MissingValuesError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(
      `missing ${missing.length === 1 ? 'value' : 'values'} for ${missing
        .map(
          (m) =>
            `${m} (${SWAGGER_VARIABLES[m as SwaggerVariable]?.meaning ?? (m.startsWith('AWS::') ? 'a pseudo parameter' : 'unknown')})`,
        )
        .join(', ')}`,
    );
    this.name = 'MissingValuesError';
  }
}

/** The document with every variable replaced by its value. */
export function withValues<T>(document: T, values: Readonly<Record<string, string>>): T {
  const missing = [...variablesIn(document)].filter((name) => values[name] === undefined).sort();
  if (missing.length > 0) throw new MissingValuesError(missing);
  return mapStrings(document, (s) => s.replace(VARIABLE, (_, name: string) => values[name])) as T;
}
