// The contract test's two halves, shared by every way the service runs (the HTTP server, the
// Lambda handler): requests generated from the Swagger document, good and bad, and the check of
// each answer against what the Swagger declares for its operation: the status, the body's schema
// (ajv, draft-04 as Swagger 2.0 and API Gateway models are), the error code's status, the headers.
import { request } from 'node:http';
import AjvDraft04Module from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

// A CommonJS module whose class is its default export.
const AjvDraft04 = (AjvDraft04Module as unknown as { default: typeof AjvDraft04Module.default }).default;
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ERRORS, type ErrorCode } from '../../service/src/contract/errors.js';
import { errorsOf, headersOf, type OperationId, type ResponseHeader } from '../../service/src/contract/operations.js';
import type { SwaggerDocument } from '../../generator/swagger/types.js';
import { generateKeyPairSync } from 'node:crypto';
import { validateConfig } from '../../generator/config/load.js';
import { buildSwagger } from '../../generator/swagger/build.js';
import { withValues } from '../../generator/swagger/render.js';
import { motoSigner } from './moto.js';
import { PASSWORD, claimsOf, signJwt, signedInUser, type Backends } from './service.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ContractRequest {
  /** What the request tries, for the report. */
  readonly what: string;
  readonly method: string;
  /** Path and query string, as sent. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** The Swagger operation this request is for; null for a path the Swagger does not have. */
  readonly operation: string | null;
  /** The Swagger path template it was made from. */
  readonly template: string | null;
}

export interface ContractReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A running form of the service: it answers one request. */
export type Target = (req: ContractRequest) => Promise<ContractReply>;

/** The service over HTTP (node:http sends any method, TRACE and PROPFIND included). */
export function httpTarget(url: string): Target {
  const { hostname, port } = new URL(url);
  return (req) =>
    new Promise((resolve, reject) => {
      // The path as it is (no URL parsing: `/mysfits/..` must not become `/`), a body with its length.
      const headers = {
        ...req.headers,
        ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
      };
      const r = request({ hostname, port, path: req.path, method: req.method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      r.on('error', reject);
      r.end(req.body);
    });
}

export interface Credentials {
  /** A valid ID token of the pool and app client. */
  readonly idToken: string;
  readonly accessToken: string;
  /** Tokens that must be refused: label -> token. */
  readonly refused: Readonly<Record<string, string>>;
  /** A refresh token for /auth/refresh. */
  readonly refreshToken: string;
  /** An account that exists and is confirmed, with its password. */
  readonly email: string;
  readonly password: string;
}

export interface GenerateOptions {
  readonly origin: string;
  readonly credentials: Credentials;
  /** A new email for each sign-up that should succeed. */
  readonly freshEmail: () => string;
}

const UNKNOWN_IDS = ['no-such-mysfit', 'A'.repeat(128)];
/** Odd values tried in every place a client can put one: path, query, body fields, headers. */
const FUZZ = [
  ' ',
  'null',
  '0',
  '-1',
  '1e309',
  'true',
  '\u0000',
  '\u00e9t\u00e9',
  '\u{1F600}',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '../../etc/passwd',
  '%',
  '%00',
  'a'.repeat(300),
  '{"$ne":null}',
  '__proto__',
  'constructor',
];
const BAD_IDS = ['a.b', 'A'.repeat(129), '%20', 'caf%C3%A9', '%E0%A4%A', 'a%2Fb', '..'];
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'TRACE', 'PROPFIND'];

/** Every request the contract test sends, made from the document's operations and schemas. */
export function generateRequests(doc: SwaggerDocument, options: GenerateOptions): ContractRequest[] {
  const out: ContractRequest[] = [];
  const { credentials: cred, origin } = options;
  const definitions = doc.definitions as Json;
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    const declared = Object.keys(item).filter((m) => !m.startsWith('x-') && m !== 'options');
    for (const method of declared) {
      const op = item[method] as Json;
      const params: Json[] = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name as string);
      const query = params.filter((p) => p.in === 'query');
      const bodyParam = params.find((p) => p.in === 'body');
      const secured = Array.isArray(op.security) && op.security.length > 0;
      const fill = (id: string): string => pathParams.reduce((p, name) => p.replace(`{${name}}`, id), template);
      const base = (what: string, path: string, extra: Partial<ContractRequest> = {}): ContractRequest => ({
        what: `${op.operationId}: ${what}`,
        method: method.toUpperCase(),
        path,
        headers: {
          origin,
          ...(secured ? { authorization: cred.idToken } : {}),
          ...(bodyParam ? { 'content-type': 'application/json' } : {}),
        },
        operation: op.operationId as string,
        template,
        ...extra,
      });
      const withBody = (what: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
        const b = base(what, path);
        return {
          ...b,
          headers: { ...b.headers, ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        };
      };
      const goodBody = bodyParam ? validBody(definitions, bodyParam.schema.$ref, op.operationId, options) : undefined;

      // Paths: good ids, unknown ids, bad ids.
      const paths: [string, string][] =
        pathParams.length === 0
          ? [['plain', template]]
          : [
              ...CATALOGUE.slice(0, 3).map((m): [string, string] => [`id ${m.MysfitId}`, fill(m.MysfitId)]),
              ...UNKNOWN_IDS.map((id): [string, string] => [`unknown id ${id.slice(0, 20)}`, fill(id)]),
              ...BAD_IDS.map((id): [string, string] => [`bad id ${id.slice(0, 20)}`, fill(id)]),
              ...FUZZ.map((id): [string, string] => [
                `fuzz id ${JSON.stringify(id.slice(0, 20))}`,
                fill(encodeURIComponent(id)),
              ]),
            ];
      for (const [what, path] of paths) {
        out.push(goodBody === undefined ? base(what, path) : withBody(what, path, goodBody()));
        // Without an Origin: no CORS headers, same answer.
        const plain = base(`${what}, no Origin`, path);
        const { origin: _, ...headers } = plain.headers;
        out.push({ ...plain, headers, ...(goodBody ? { body: JSON.stringify(goodBody()) } : {}) });
      }
      const path = fill(CATALOGUE[0].MysfitId);

      // Query parameters: every declared value, then each broken.
      if (query.length > 0) {
        const filter = query.find((q) => q.name === 'filter');
        const values = (filter?.description.match(/One of ([^.]+)\./)?.[1] ?? '').split(', ').filter(Boolean);
        const valueText: string = query.find((q) => q.name === 'value')?.description ?? '';
        for (const f of values) {
          const fValues = valueText.match(new RegExp(`${f} ([^;.]+)`))?.[1].split(', ') ?? [];
          for (const value of [...fValues, 'Nope', ''])
            out.push(base(`filter ${f}=${value}`, `${path}?filter=${f}&value=${encodeURIComponent(value)}`));
          out.push(base(`filter ${f} without value`, `${path}?filter=${f}`));
          out.push(base(`filter ${f} twice`, `${path}?filter=${f}&filter=${f}&value=x`));
          out.push(base(`value twice`, `${path}?filter=${f}&value=a&value=b`));
        }
        out.push(base('unknown filter', `${path}?filter=Species&value=Dragon`));
        out.push(base('value without filter', `${path}?value=Good`));
        out.push(base('unknown parameter (ignored)', `${path}?colour=blue`));
        out.push(base('a filter in another case', `${path}?filter=goodevil&value=Good`));
        for (const x of FUZZ) {
          const q = encodeURIComponent(x);
          out.push(base(`fuzz filter ${JSON.stringify(x.slice(0, 20))}`, `${path}?filter=${q}&value=Good`));
          out.push(base(`fuzz value ${JSON.stringify(x.slice(0, 20))}`, `${path}?filter=LawChaos&value=${q}`));
        }
      }

      // Bodies: the schema's every rule broken once, then what is not JSON at all.
      if (bodyParam) {
        const schema = definitions[(bodyParam.schema.$ref as string).split('/').pop()!] as Json;
        const good = goodBody!() as Json;
        for (const name of schema.required ?? []) {
          const { [name]: _, ...rest } = good;
          out.push(withBody(`without ${name}`, path, rest));
          out.push(withBody(`${name} empty`, path, { ...good, [name]: '' }));
          out.push(withBody(`${name} a number`, path, { ...good, [name]: 42 }));
          out.push(withBody(`${name} null`, path, { ...good, [name]: null }));
          out.push(withBody(`${name} an object`, path, { ...good, [name]: { a: 1 } }));
          const rule = schema.properties[name] as Json;
          if (rule.maxLength !== undefined)
            out.push(withBody(`${name} too long`, path, { ...good, [name]: 'x'.repeat(rule.maxLength + 1) }));
          if (rule.pattern !== undefined)
            out.push(withBody(`${name} breaking its pattern`, path, { ...good, [name]: 'has space @ x' }));
        }
        for (const name of Object.keys(schema.properties)) {
          for (const x of FUZZ)
            out.push(withBody(`fuzz ${name} ${JSON.stringify(x.slice(0, 20))}`, path, { ...good, [name]: x }));
        }
        out.push(withBody('an extra field', path, { ...good, admin: true }));
        out.push(withBody('__proto__ field', path, `{"__proto__":{"admin":true},${JSON.stringify(good).slice(1)}`));
        out.push(withBody('broken JSON', path, '{"email":'));
        out.push(withBody('an array', path, '[1,2]'));
        out.push(withBody('a string', path, '"text"'));
        out.push(withBody('empty', path, ''));
        out.push(withBody('text/plain', path, JSON.stringify(good), { 'content-type': 'text/plain' }));
        out.push(withBody('form-encoded', path, 'email=a', { 'content-type': 'application/x-www-form-urlencoded' }));
      } else if (method !== 'get') {
        out.push(withBody('an unexpected JSON body (ignored)', path, { a: 1 }));
      }
      // Any operation: a body over the limit (on a GET too), odd request ids and content types.
      out.push(withBody('a 17 KB body', path, JSON.stringify({ pad: 'x'.repeat(17 * 1024) })));
      for (const x of FUZZ.filter((f) => /^[\x20-\x7e]+$/.test(f))) {
        const r = base(`fuzz X-Request-Id ${JSON.stringify(x.slice(0, 20))}`, path);
        out.push({
          ...r,
          headers: { ...r.headers, 'x-request-id': x },
          ...(goodBody ? { body: JSON.stringify(goodBody()) } : {}),
        });
        if (secured)
          out.push({
            ...r,
            what: `${op.operationId}: fuzz token ${JSON.stringify(x.slice(0, 20))}`,
            headers: { ...r.headers, authorization: x },
          });
      }

      // Tokens, where the operation takes one.
      if (secured) {
        for (const [label, token] of Object.entries({
          'no token': '',
          'Bearer id token': `Bearer ${cred.idToken}`,
          'access token': cred.accessToken,
          ...cred.refused,
        })) {
          const b = base(label, path, {});
          const { authorization: _, ...headers } = b.headers;
          out.push({
            ...b,
            headers: token === '' ? headers : { ...headers, authorization: token },
            ...(goodBody ? { body: JSON.stringify(goodBody()) } : {}),
          });
        }
        // A good id with a bad token and a bad id with a good one: the token is checked first.
        out.push(base('bad id, good token', fill('a.b')));
        const bad = base('good id, bad token', path);
        out.push({ ...bad, headers: { ...bad.headers, authorization: 'x.y.z' } });
      }
    }

    // Methods the path does not have, and the preflight.
    const concrete = template.replace(/\{[^}]+\}/g, CATALOGUE[1].MysfitId);
    for (const method of OTHER_METHODS.filter((m) => !declared.includes(m.toLowerCase()))) {
      out.push({
        what: `${template}: ${method}`,
        method,
        path: concrete,
        headers: { origin },
        operation: null,
        template,
      });
    }
    out.push({
      what: `${template}: preflight`,
      method: 'OPTIONS',
      path: concrete,
      headers: { origin, 'access-control-request-method': declared[0].toUpperCase() },
      operation: null,
      template,
    });
  }
  // Paths the document does not have.
  for (const path of ['/nope', '/mysfits/x/y/z', '/auth', '/auth/', '/mysfits/', '//', '/MYSFITS']) {
    out.push({
      what: `${path}: no such path`,
      method: 'GET',
      path,
      headers: { origin },
      operation: null,
      template: null,
    });
  }
  return out;
}

/** A body that passes the schema (a sign-up with an email nobody used; the known account otherwise). */
function validBody(definitions: Json, ref: string, operationId: string, options: GenerateOptions): () => unknown {
  const { credentials: cred } = options;
  const name = ref.split('/').pop()!;
  const properties = Object.keys((definitions[name] as Json).properties);
  return () => {
    const email = operationId === 'signUp' ? options.freshEmail() : cred.email;
    const values: Record<string, string> = {
      email,
      password: cred.password,
      code: '123456',
      refreshToken: cred.refreshToken,
    };
    return Object.fromEntries(properties.map((p) => [p, values[p]]));
  };
}

export interface Violation {
  readonly request: string;
  readonly problem: string;
}

/** Checks answers against the document: collects every violation instead of stopping at one. */
export class ContractChecker {
  readonly violations: Violation[] = [];
  readonly statuses = new Map<string, Set<number>>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new AjvDraft04({ allErrors: true, strict: false });

  constructor(
    private readonly doc: SwaggerDocument,
    private readonly origin: string,
  ) {
    this.ajv.addSchema({ id: 'swagger.json', definitions: doc.definitions }, 'swagger.json');
  }

  private validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: `swagger.json${ref}` });
      this.validators.set(ref, v);
    }
    return v;
  }

  check(req: ContractRequest, reply: ContractReply): void {
    const problems: string[] = [];
    const header = (name: string): string | undefined => reply.headers[name.toLowerCase()];
    let body: unknown;
    if (req.method !== 'HEAD' && reply.status !== 204) {
      if (!/^application\/json/.test(header('content-type') ?? ''))
        problems.push(`content-type ${header('content-type')}`);
      try {
        body = JSON.parse(reply.body);
      } catch {
        problems.push(`the body is not JSON: ${reply.body.slice(0, 80)}`);
      }
    }
    const errorCode = (body as { error?: string } | undefined)?.error as ErrorCode | undefined;
    if (errorCode !== undefined && !(errorCode in ERRORS))
      problems.push(`error code ${errorCode} is not in the contract`);
    if (errorCode !== undefined && errorCode in ERRORS && ERRORS[errorCode].status !== reply.status) {
      problems.push(`error ${errorCode} answered with ${reply.status}, the contract says ${ERRORS[errorCode].status}`);
    }

    if (req.operation === null) {
      // A method the path lacks, a preflight, or a path the document lacks.
      if (req.template === null) {
        if (reply.status !== 404 || errorCode !== 'not_found')
          problems.push(`${reply.status} ${errorCode}, not 404 not_found`);
      } else if (req.method === 'OPTIONS') {
        if (reply.status !== 204) problems.push(`preflight ${reply.status}, not 204`);
        const expected = this.preflightMethods(req.template);
        if (header('access-control-allow-methods') !== expected) {
          problems.push(`preflight allows ${header('access-control-allow-methods')}, the document ${expected}`);
        }
      } else {
        if (reply.status !== 405 || (req.method !== 'HEAD' && errorCode !== 'method_not_allowed')) {
          problems.push(`${reply.status} ${errorCode}, not 405`);
        }
        if (header('allow') !== this.preflightMethods(req.template)) problems.push(`Allow ${header('allow')}`);
      }
      if (req.method !== 'HEAD' && reply.status !== 204) this.schema('#/definitions/Error', body, problems);
    } else {
      const op = this.operation(req);
      const declared = op.responses[String(reply.status)] as Json | undefined;
      this.statuses.set(req.operation, (this.statuses.get(req.operation) ?? new Set()).add(reply.status));
      if (!declared) {
        problems.push(`status ${reply.status} is not declared (declared: ${Object.keys(op.responses).join(', ')})`);
      } else {
        this.schema(declared.schema.$ref as string, body, problems);
        if (errorCode !== undefined && !errorsOf(req.operation as OperationId).includes(errorCode)) {
          problems.push(`error ${errorCode} is not one the operation declares`);
        }
        for (const name of Object.keys(declared.headers ?? {})) {
          if (name === 'Access-Control-Allow-Origin') continue; // checked below, with the Origin
          if (header(name) === undefined) problems.push(`header ${name} declared, not sent`);
        }
        const expected = headersOf(req.operation as OperationId, reply.status);
        for (const name of expected) if (header(name) === undefined) problems.push(`header ${name} missing`);
        this.headerValues(req.operation, reply, problems);
      }
    }
    const acao = header('access-control-allow-origin');
    if (req.headers.origin !== undefined && acao !== this.origin) problems.push(`Access-Control-Allow-Origin ${acao}`);
    if (req.headers.origin === undefined && acao !== undefined)
      problems.push(`CORS headers without an Origin: ${acao}`);
    if (header('x-request-id') === undefined) problems.push('no X-Request-Id');
    for (const problem of problems)
      this.violations.push({ request: `${req.what} (${req.method} ${req.path.slice(0, 60)})`, problem });
  }

  private operation(req: ContractRequest): Json {
    return (this.doc.paths as Json)[req.template!][req.method.toLowerCase()] as Json;
  }

  private preflightMethods(template: string): string {
    return [
      ...Object.keys((this.doc.paths as Json)[template])
        .filter((m) => !m.startsWith('x-') && m !== 'options')
        .map((m) => m.toUpperCase()),
      'OPTIONS',
    ].join(', ');
  }

  private schema(ref: string, body: unknown, problems: string[]): void {
    const validate = this.validator(ref);
    if (!validate(body)) {
      problems.push(
        `body against ${ref}: ${this.ajv.errorsText(validate.errors)} (${String(JSON.stringify(body)).slice(0, 120)})`,
      );
    }
  }

  /** What the contract says a header's value is, where it says one. */
  private headerValues(operation: string, reply: ContractReply, problems: string[]): void {
    const expected: Partial<Record<ResponseHeader, RegExp>> = {
      'WWW-Authenticate': /^Bearer realm="mysfits"/,
      'Retry-After': /^\d+$/,
    };
    for (const [name, pattern] of Object.entries(expected)) {
      const value = reply.headers[name.toLowerCase()];
      if (value !== undefined && !pattern.test(value)) problems.push(`${name}: ${value} (${operation})`);
    }
  }
}

// ---- running it ----

export const SITE = 'https://d111111abcdef8.cloudfront.net';
/**
 * The Swagger API Gateway would import for a compute mode, with concrete values: the service's
 * part of it. POST /clicks goes from API Gateway to Firehose, never to the service (it answers
 * 404 for it, as for any path it does not have): test/swagger/clicks.test.ts covers it.
 */
export function swaggerFor(compute: 'fargate' | 'lambda'): SwaggerDocument {
  return withValues(buildSwagger(validateConfig({ service: { compute }, analytics: { enabled: false } }, 'test')), {
    VpcLinkId: 'abc123',
    LoadBalancerArn:
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits-nlb/0123456789abcdef',
    LoadBalancerDnsName: 'internal-mysfits-0123456789.elb.us-east-1.amazonaws.com',
    ServiceFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:mysfits-service',
    UserPoolArn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123',
    SiteUrl: SITE,
    'AWS::Partition': 'aws',
    'AWS::Region': 'us-east-1',
  });
}

/** Tokens for the generated requests: one good account and the ways a token can be wrong. */
export async function contractCredentials(backends: Backends): Promise<Credentials> {
  const email = 'contract@example.com';
  const tokens = await signedInUser(backends.cognito, backends.pool, email);
  const claims = claimsOf(tokens.idToken);
  const now = Math.floor(Date.now() / 1000);
  const { exp: _, ...noExp } = claims;
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    email,
    password: PASSWORD,
    refused: {
      'garbage token': 'aaa.bbb.ccc',
      'not a JWT': 'Basic dXNlcjpwYXNz',
      expired: signJwt({ ...claims, iat: now - 7200, exp: now - 3600 }, motoSigner()),
      'no exp': signJwt(noExp, motoSigner()),
      'exp a string': signJwt({ ...claims, exp: String(now + 3600) }, motoSigner()),
      'refresh token use': signJwt({ ...claims, token_use: 'refresh' }, motoSigner()),
      'another key': signJwt(claims, otherKey),
      'another issuer': signJwt({ ...claims, iss: 'https://example.com/pool' }, motoSigner()),
    },
  };
}

/** Sends every generated request to `target`, checks each answer, and reports. */
export async function runContract(
  target: Target,
  credentials: Credentials,
  doc: SwaggerDocument,
): Promise<ContractChecker & { sent: number }> {
  let n = 0;
  const requests = generateRequests(doc, {
    origin: SITE,
    credentials,
    freshEmail: () => `new-${process.pid}-${n++}@example.com`,
  });
  const checker = new ContractChecker(doc, SITE);
  // In order, a few at a time: answers may depend on earlier writes (a second adoption), and
  // the check accepts any status the document declares.
  const queue = [...requests];
  const worker = async (): Promise<void> => {
    for (let req: ContractRequest | undefined; (req = queue.shift());) checker.check(req, await target(req));
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return Object.assign(checker, { sent: requests.length });
}

export function report(checker: ContractChecker): string {
  return checker.violations.map((v) => `  ${v.request}: ${v.problem}`).join('\n');
}
