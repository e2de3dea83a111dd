// The service's settings, read once from the environment at start. Every problem is collected
// and reported together, so a task with a bad environment stops at once with one clear message
// instead of failing on its first request.
import type { Jwks } from 'aws-jwt-verify/jwk';
import { JwksError, parseJwks } from './auth/jwks.js';
import { REGION_CODE } from './emulator.js';
import { isIP } from 'node:net';
import { DEFAULT_HOST, SETTINGS, type SettingName } from './settings.js';
import { TABLE_NAME_PATTERN } from './data/table.js';

/** GET /mysfits answers are reused this long unless LIST_CACHE_MS says otherwise (the local run too). */
export const DEFAULT_LIST_CACHE_MS = 2000;
export const MAX_LIST_CACHE_MS = 3_600_000;

export interface ServiceConfig {
  readonly port: number;
  /** The IP address to listen on (HOST; loopback by default, 0.0.0.0 in the container). */
  readonly host: string;
  readonly tableName: string;
  readonly region: string;
  /** DynamoDB endpoint override, for emulators (dynalite, DynamoDB Local). */
  readonly dynamodbEndpoint?: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** Where the pool's signing keys are fetched, for emulators; default: the pool's Cognito URL. */
  readonly jwksUrl?: string;
  /**
   * The pool's signing keys, given up front (service.yml passes them when the tasks have no route
   * to Cognito, natGateways: none): tokens are then checked against these only, never fetched.
   */
  readonly jwks?: Jwks;
  /** Expected `iss` of tokens, for emulators whose issuer is not Cognito's; default: the pool's. */
  readonly issuer?: string;
  /** Cognito user pools API endpoint override, for emulators. */
  readonly cognitoEndpoint?: string;
  /** Origins allowed to call the API from a browser; empty: no CORS headers (API Gateway does CORS). */
  readonly corsOrigins: readonly string[];
  /** How long GET /mysfits answers are reused; 0 turns the cache off. */
  readonly listCacheMs: number;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  readonly shutdownTimeoutMs: number;
}

/** Bad or missing settings; `problems` names each one. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const USER_POOL_ID = /^([a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d)_[A-Za-z0-9]+$/;
const TABLE_NAME = new RegExp(TABLE_NAME_PATTERN);
const CLIENT_ID = /^[\w+]{1,128}$/;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const problems: string[] = [];
  const value = (name: SettingName | 'AWS_DEFAULT_REGION'): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  const required = (name: SettingName): string => {
    const v = value(name);
    if (v === undefined) problems.push(`${name} is not set: ${SETTINGS[name].what}`);
    return v ?? '';
  };
  const integer = (name: SettingName, fallback: number, min: number, max: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) {
      problems.push(`${name}="${v}" is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const url = (name: SettingName): string | undefined => {
    const v = value(name);
    if (v === undefined) return undefined;
    if (!isHttpUrl(v)) problems.push(`${name}="${v}" is not an http(s) URL`);
    return v;
  };
  const matching = (name: SettingName, v: string, pattern: RegExp, like: string): void => {
    if (v !== '' && !pattern.test(v)) problems.push(`${name}="${v}" is not ${like}`);
  };

  const port = integer('PORT', 8080, 0, 65535);
  const host = value('HOST') ?? DEFAULT_HOST;
  if (isIP(host) === 0)
    problems.push(`HOST="${host}" is not an IP address (like 127.0.0.1, or 0.0.0.0 for every interface)`);
  const tableName = required('TABLE_NAME');
  matching('TABLE_NAME', tableName, TABLE_NAME, 'a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -)');
  const region = value('AWS_REGION') ?? value('AWS_DEFAULT_REGION') ?? required('AWS_REGION');
  matching('AWS_REGION', region, REGION_CODE, 'an AWS region code (like us-east-1)');
  const dynamodbEndpoint = url('DYNAMODB_ENDPOINT');
  const issuer = url('COGNITO_ISSUER');
  const userPoolId = required('COGNITO_USER_POOL_ID');
  // An emulator with its own issuer may use pool ids of its own shape (cognito-local: local_abc).
  if (issuer === undefined) {
    matching('COGNITO_USER_POOL_ID', userPoolId, USER_POOL_ID, 'a user pool id (like us-east-1_AbC123)');
  }
  const clientId = required('COGNITO_CLIENT_ID');
  matching('COGNITO_CLIENT_ID', clientId, CLIENT_ID, 'an app client id');
  const jwksUrl = url('COGNITO_JWKS_URL');
  const jwks = keySet(value('COGNITO_JWKS'), problems);
  const cognitoEndpoint = url('COGNITO_ENDPOINT');
  const corsOrigins = (value('CORS_ORIGIN') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (origin !== '*' && (!isHttpUrl(origin) || new URL(origin).origin !== origin)) {
      problems.push(`CORS_ORIGIN: "${origin}" is not an origin (like http://localhost:5173, no path) or *`);
    }
  }
  const listCacheMs = integer('LIST_CACHE_MS', DEFAULT_LIST_CACHE_MS, 0, MAX_LIST_CACHE_MS);
  const shutdownTimeoutMs = integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    tableName,
    region,
    dynamodbEndpoint,
    userPoolId,
    clientId,
    jwksUrl,
    jwks,
    issuer,
    cognitoEndpoint,
    corsOrigins,
    listCacheMs,
    shutdownTimeoutMs,
  };
}

/** COGNITO_JWKS, parsed; a problem naming the rule (not the value: a JWKS is long) if unusable. */
function keySet(text: string | undefined, problems: string[]): Jwks | undefined {
  if (text === undefined) return undefined;
  try {
    return parseJwks(text);
  } catch (err) {
    if (!(err instanceof JwksError)) throw err;
    problems.push(`COGNITO_JWKS is not a usable set of signing keys: ${err.message}`);
    return undefined;
  }
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The region of a user pool, from its id (`us-east-1_AbC123`); undefined for emulator ids. */
export function poolRegion(userPoolId: string): string | undefined {
  return USER_POOL_ID.exec(userPoolId)?.[1];
}
