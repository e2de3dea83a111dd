// The API contract: every operation declared once (path, method, token, query, body, every status
// with its body schema, response headers). The service's routes are bound from this table
// (service/src/routes/), the Swagger is built from it (generator/swagger/build.ts), the site's
// client takes its paths from it (site/src/api.ts), docs/api.md's API section is generated from it,
// and the contract test drives the service with requests made from the Swagger. Adding an
// operation is one entry here plus its handler; the type of the handler table makes a missing
// handler a compile error.
//
// This module imports nothing but the contract's own tables, so the site can bundle it.
import { ERRORS, type ErrorCode } from './errors.js';
import { CLICKS_PER_REQUEST, FILTERS, MYSFIT_ID_PATTERN, type DefinitionName } from './schemas.js';

export type Method = 'GET' | 'POST';

export interface QueryParameter {
  readonly description: string;
  /** The values taken (documented in words: API Gateway's enum support is partial). */
  readonly values?: readonly string[];
}

export interface OperationSpec {
  readonly method: Method;
  /** Swagger form: `/mysfits/{mysfitId}`. */
  readonly path: string;
  readonly summary: string;
  /** Needs a Cognito ID token: API Gateway's authorizer checks it, then the service again. */
  readonly token?: 'id';
  readonly query?: Readonly<Record<string, QueryParameter>>;
  /** The JSON body it reads. */
  readonly body?: DefinitionName;
  readonly success: { readonly status: 200 | 201 | 202; readonly schema: DefinitionName; readonly description: string };
  /** The error codes it answers besides COMMON_ERRORS (and the token's and body's, which follow). */
  readonly errors: readonly ErrorCode[];
  /** Cache-Control on every answer of the operation. */
  readonly cacheControl?: string;
  /**
   * Throttled by the stage's tighter settings: `auth` (public, and each call reaches Cognito),
   * `clicks` (public, and each call writes to Firehose).
   */
  readonly throttle?: 'auth' | 'clicks';
  /**
   * Who answers it in AWS when not the service: `firehose`, API Gateway's integration straight to
   * the click stream (analytics.yml), with no code on the path. The service answers such an
   * operation only where it is given a handler for it (the local run).
   */
  readonly backend?: 'firehose';
}

/** The path parameters, each with the pattern the service enforces (400 invalid_id otherwise). */
export const PATH_PARAMETERS = {
  mysfitId: { description: 'Id of the mysfit.', pattern: MYSFIT_ID_PATTERN, error: 'invalid_id' },
} as const satisfies Record<string, { description: string; pattern: string; error: ErrorCode }>;
export type PathParameter = keyof typeof PATH_PARAMETERS;

/** What any operation may answer: a body it cannot read or will not take, a bug, a busy backend. */
export const COMMON_ERRORS = [
  'bad_request',
  'request_timeout',
  'headers_too_large',
  'body_too_large',
  'internal',
  'unavailable',
] as const satisfies readonly ErrorCode[];
/** What an operation with a token answers for a bad one (or keys it cannot check it with). */
export const TOKEN_ERRORS = [
  'missing_token',
  'invalid_token',
  'token_expired',
  'wrong_token_use',
  'auth_unavailable',
] as const satisfies readonly ErrorCode[];
/** What an operation with a body answers for a bad one. */
export const BODY_ERRORS = [
  'unsupported_media_type',
  'invalid_json',
  'invalid_body',
  'missing_field',
  'invalid_field',
  'unknown_field',
] as const satisfies readonly ErrorCode[];
/** What an operation that calls Cognito answers when Cognito throttles or fails. */
const COGNITO_ERRORS = [
  'too_many_requests',
  'cognito_error',
  'auth_unavailable',
  'signin_flow_disabled',
] as const satisfies readonly ErrorCode[];

const NO_STORE = 'no-store'; // passwords and tokens: never kept by a cache

export const OPERATIONS = {
  health: {
    method: 'GET',
    path: '/',
    summary: 'Health check (no database call); 503 while the service shuts down.',
    success: { status: 200, schema: 'Health', description: 'The service is up.' },
    errors: ['shutting_down'],
  },
  listMysfits: {
    method: 'GET',
    path: '/mysfits',
    summary: 'All mysfits sorted by name, or those matching one filter.',
    query: {
      filter: {
        description: 'Attribute to filter on (uses its index); requires value.',
        values: Object.keys(FILTERS),
      },
      value: {
        description: `Value of the filter attribute: ${Object.entries(FILTERS)
          .map(([name, values]) => `${name} ${values.join(', ')}`)
          .join('; ')}.`,
      },
    },
    success: { status: 200, schema: 'MysfitList', description: 'The mysfits (no likes or adoption state).' },
    errors: ['invalid_filter', 'missing_filter', 'invalid_value', 'missing_value'],
  },
  getMysfit: {
    method: 'GET',
    path: '/mysfits/{mysfitId}',
    summary: 'The profile of one mysfit, with its likes and adoption, as they are now.',
    success: { status: 200, schema: 'MysfitProfile', description: 'The profile.' },
    errors: ['invalid_id', 'mysfit_not_found'],
    cacheControl: 'no-cache', // likes change: browsers must ask again
  },
  likeMysfit: {
    method: 'POST',
    path: '/mysfits/{mysfitId}/like',
    summary: 'Add one like (signed-in users).',
    token: 'id',
    success: { status: 200, schema: 'LikeResult', description: 'The count after this like.' },
    errors: ['invalid_id', 'mysfit_not_found', 'outcome_unknown'],
  },
  adoptMysfit: {
    method: 'POST',
    path: '/mysfits/{mysfitId}/adopt',
    summary: 'Adopt a mysfit (signed-in users; each mysfit once, for good).',
    token: 'id',
    success: { status: 200, schema: 'AdoptResult', description: 'Adopted.' },
    errors: ['invalid_id', 'mysfit_not_found', 'already_adopted', 'outcome_unknown'],
  },
  signUp: {
    method: 'POST',
    path: '/auth/signup',
    summary: 'Create an account; Cognito emails a confirmation code.',
    body: 'SignUpRequest',
    success: { status: 201, schema: 'SignUpResult', description: 'The account, and where the code went.' },
    errors: ['invalid_password', 'invalid_parameter', 'signup_rejected', ...COGNITO_ERRORS],
    cacheControl: NO_STORE,
    throttle: 'auth',
  },
  confirmSignUp: {
    method: 'POST',
    path: '/auth/confirm',
    summary: 'Confirm an account with the emailed code.',
    body: 'ConfirmRequest',
    success: { status: 200, schema: 'Confirmed', description: 'Confirmed: sign in now.' },
    errors: ['invalid_parameter', 'code_mismatch', 'code_expired', 'not_authorized', ...COGNITO_ERRORS],
    cacheControl: NO_STORE,
    throttle: 'auth',
  },
  signIn: {
    method: 'POST',
    path: '/auth/signin',
    summary: 'Sign in with email and password: the tokens.',
    body: 'SignInRequest',
    success: { status: 200, schema: 'Tokens', description: 'ID, access and refresh tokens.' },
    errors: [
      'invalid_parameter',
      'not_authorized',
      'user_not_confirmed',
      'password_reset_required',
      'challenge_required',
      ...COGNITO_ERRORS,
    ],
    cacheControl: NO_STORE,
    throttle: 'auth',
  },
  refreshSession: {
    method: 'POST',
    path: '/auth/refresh',
    summary: 'New ID and access tokens for a refresh token.',
    body: 'RefreshRequest',
    success: { status: 200, schema: 'Tokens', description: 'New ID and access tokens.' },
    errors: ['invalid_parameter', 'not_authorized', ...COGNITO_ERRORS],
    cacheControl: NO_STORE,
    throttle: 'auth',
  },
  recordClicks: {
    method: 'POST',
    path: '/clicks',
    summary: `What visitors do on the site (profiles viewed, likes, adoptions, filters), up to ${CLICKS_PER_REQUEST} events, for analytics.`,
    body: 'ClickBatch',
    success: { status: 202, schema: 'ClicksAccepted', description: 'Taken for delivery to the click records.' },
    errors: ['too_many_requests'], // its own throttle (api.throttling.clicks)
    throttle: 'clicks',
    backend: 'firehose',
  },
  me: {
    method: 'GET',
    path: '/auth/me',
    summary: 'Who the ID token belongs to.',
    token: 'id',
    success: { status: 200, schema: 'Me', description: "The token's user." },
    errors: [],
    cacheControl: NO_STORE,
    throttle: 'auth',
  },
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof OPERATIONS;
export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];

/** The operations the service itself answers in AWS (the others have a `backend`). */
export type ServiceOperationId = {
  [id in OperationId]: (typeof OPERATIONS)[id] extends { backend: string } ? never : id;
}[OperationId];
export const SERVICE_OPERATION_IDS = OPERATION_IDS.filter(
  (id) => (OPERATIONS[id] as OperationSpec).backend === undefined,
) as ServiceOperationId[];

/** Every error code an operation may answer, in the order of the error table. */
export function errorsOf(id: OperationId): ErrorCode[] {
  const op: OperationSpec = OPERATIONS[id];
  const codes = new Set<ErrorCode>([
    ...op.errors,
    ...(op.token ? TOKEN_ERRORS : []),
    ...(op.body ? BODY_ERRORS : []),
    ...COMMON_ERRORS,
  ]);
  return (Object.keys(ERRORS) as ErrorCode[]).filter((code) => codes.has(code));
}

/** Every status an operation may answer, ascending. */
export function statusesOf(id: OperationId): number[] {
  const statuses = new Set<number>([OPERATIONS[id].success.status, ...errorsOf(id).map((c) => ERRORS[c].status)]);
  return [...statuses].sort((a, b) => a - b);
}

// ---- headers ----

/** The response headers the contract declares, with what each says. */
export const RESPONSE_HEADERS = {
  'X-Request-Id': "The request's id (the caller's X-Request-Id when it is plain, else a new one); the logs name it.",
  'Cache-Control': 'How caches may keep the answer.',
  'WWW-Authenticate': 'Bearer realm="mysfits", with error="invalid_token" when a token was refused.',
  'Retry-After': 'Seconds to wait before retrying.',
  Allow: 'The methods this path takes.',
  'Access-Control-Allow-Origin': "The site's origin, on answers to requests from it.",
  'X-Content-Type-Options': '`nosniff` on every answer: a browser never guesses a type other than the one sent.',
} as const;

/** Headers every answer carries, whoever makes it (the service, Node's own refusals, API Gateway). */
export const ALWAYS_HEADERS = { 'X-Content-Type-Options': 'nosniff' } as const satisfies Partial<
  Record<keyof typeof RESPONSE_HEADERS, string>
>;
export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

/** Headers an answer of this status always carries (Access-Control-Allow-Origin: with an allowed Origin). */
export function headersOf(id: OperationId | null, status: number): ResponseHeader[] {
  const headers: ResponseHeader[] = ['X-Request-Id', ...(Object.keys(ALWAYS_HEADERS) as ResponseHeader[])];
  if (id !== null && (OPERATIONS[id] as OperationSpec).cacheControl !== undefined) headers.push('Cache-Control');
  if (status === 401) headers.push('WWW-Authenticate');
  if (status === 405) headers.push('Allow');
  if (status === 429 || status === 503) headers.push('Retry-After');
  return headers;
}

// ---- CORS ----

/** What a browser on the site's origin may send and read; the service and API Gateway both use it. */
export const CORS = {
  allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
  exposeHeaders: ['X-Request-Id', 'Retry-After'],
  /** How long a browser may reuse a preflight answer, in seconds. */
  maxAgeSeconds: 600,
  /** The status of a preflight answer. */
  preflightStatus: 204,
} as const;

// ---- paths ----

/** The paths of the API, each with its operations by method. */
export const PATHS: ReadonlyMap<string, ReadonlyMap<Method, OperationId>> = (() => {
  const paths = new Map<string, Map<Method, OperationId>>();
  for (const id of OPERATION_IDS) {
    const { path, method } = OPERATIONS[id];
    if (!paths.has(path)) paths.set(path, new Map());
    paths.get(path)!.set(method, id);
  }
  return paths;
})();

/** Every method of the API, and OPTIONS: `Allow` where no path names the resource (CONNECT host:port). */
export const ALL_METHODS = [...new Set(OPERATION_IDS.map((id) => OPERATIONS[id].method)), 'OPTIONS'].join(', ');

/** `Allow` of a path: its methods and OPTIONS (the preflight). */
export function allowedMethods(path: string): string {
  return [...(PATHS.get(path)?.keys() ?? []), 'OPTIONS'].join(', ');
}

/** The names of a path's parameters: `/mysfits/{mysfitId}/like` -> ['mysfitId']. */
export function pathParameters(path: string): PathParameter[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as PathParameter);
}

interface CompiledPath {
  readonly path: string;
  readonly pattern: RegExp;
  readonly names: readonly PathParameter[];
}

// A parameter is one path segment of anything but "/"; its own pattern is checked by the route,
// so `/mysfits/a.b` is the profile operation answering 400 invalid_id, not a missing route.
const COMPILED: readonly CompiledPath[] = [...PATHS.keys()].map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\}/g, '([^/]+)')}$`),
  names: pathParameters(path),
}));

export interface PathMatch {
  /** The contract's path (`/mysfits/{mysfitId}`). */
  readonly path: string;
  /** Its parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
}

/** The contract path a request path is, with its parameters; undefined for no such path. */
export function matchPath(requestPath: string): PathMatch | undefined {
  for (const { path, pattern, names } of COMPILED) {
    const m = pattern.exec(requestPath);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = decoded(m[i + 1])));
    return { path, params };
  }
  return undefined;
}

/** A path segment, percent-decoded; as it is when its encoding is broken (its pattern then refuses it). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The request path of an operation with its parameters filled in (percent-encoded). */
export function pathOf(id: OperationId, params: Readonly<Partial<Record<PathParameter, string>>> = {}): string {
  return OPERATIONS[id].path.replace(/\{([^}]+)\}/g, (_, name: PathParameter) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${id}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}
