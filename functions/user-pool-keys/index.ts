// Custom resource of service.yml when the network has no NAT (natGateways: none): fetches the
// user pool's signing keys (its JWKS, the same URL the service's verifier would use) at deploy
// time and returns them as the attribute `Jwks`, which the task definition hands to the service
// as COGNITO_JWKS. The tasks have no route to Cognito's public endpoint; this function is not in
// the VPC, so it has. The keys are checked as the service checks them at start (parseJwks), so a
// set this returns is one the service accepts. Delete does nothing: nothing was created.
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { keyIds, parseJwks } from '../../service/src/auth/jwks.js';
import { customResource, stringProperty, type WrapperOptions } from '../shared/custom-resource.js';

export interface KeysOptions extends WrapperOptions {
  /**
   * Fetch from `<baseUrl>/<poolId>/.well-known/jwks.json` instead of the pool's Cognito URL
   * (tests: moto_server's JWKS endpoint on loopback).
   */
  readonly baseUrl?: string;
  /** Per attempt (default 5 s). */
  readonly timeoutMs?: number;
  /** Tries on a network error, 429 or 5xx (default 3), waiting `retryDelayMs` doubling between them. */
  readonly attempts?: number;
  readonly retryDelayMs?: number;
}

/**
 * What a custom resource may return is at most 4096 bytes in all (CloudFormation's limit), ids
 * and the rest included; a pool's JWKS (two RSA-2048 keys) is about 900.
 */
const MAX_JWKS_BYTES = 3000;

/** The URL of a pool's keys: the verifier's own (regional issuer form), or under `baseUrl`. */
export function keysUrl(userPoolId: string, baseUrl?: string): string {
  // Rejects a malformed pool id with the rule, before anything is fetched.
  const { jwksUri } = CognitoJwtVerifier.parseUserPoolId(userPoolId);
  return baseUrl === undefined ? jwksUri : `${baseUrl.replace(/\/$/, '')}/${userPoolId}/.well-known/jwks.json`;
}

export function createHandler(options: KeysOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  return customResource(async (event) => {
    if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId };
    const userPoolId = stringProperty(event, 'UserPoolId');
    let url: string;
    try {
      url = keysUrl(userPoolId, options.baseUrl);
    } catch (err) {
      throw new Error(`UserPoolId "${userPoolId}" is not a user pool id: ${(err as Error).message}`, { cause: err });
    }
    const text = await fetchText(url, options, log);
    let jwks;
    try {
      jwks = parseJwks(text);
    } catch (err) {
      throw new Error(`${url} did not answer a usable JWKS: ${(err as Error).message}`, { cause: err });
    }
    const value = JSON.stringify(jwks);
    if (Buffer.byteLength(value) > MAX_JWKS_BYTES) {
      throw new Error(
        `the pool's JWKS is ${Buffer.byteLength(value)} bytes, more than a custom resource can return (${MAX_JWKS_BYTES})`,
      );
    }
    log(`keys of ${userPoolId}: ${keyIds(jwks).join(', ')}`);
    // One resource per pool: a new pool id replaces it (the old one's Delete is a no-op).
    return { physicalResourceId: `${userPoolId}-signing-keys`, data: { Jwks: value } };
  }, options);
}

async function fetchText(url: string, options: KeysOptions, log: (m: string) => void): Promise<string> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const outcome = await fetchOnce(url, options.timeoutMs ?? 5000);
    if ('text' in outcome) return outcome.text;
    if (!outcome.retry || attempt >= attempts) {
      throw new Error(
        `cannot fetch the signing keys from ${url}: ${outcome.problem}${attempt > 1 ? ` (${attempt} tries)` : ''}`,
      );
    }
    log(`fetching ${url} failed (${outcome.problem}); retry ${attempt} of ${attempts - 1}`);
    await new Promise((r) => setTimeout(r, (options.retryDelayMs ?? 500) * 2 ** (attempt - 1)));
  }
}

async function fetchOnce(
  url: string,
  timeoutMs: number,
): Promise<{ text: string } | { problem: string; retry: boolean }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (res.ok) return { text: await res.text() };
    await res.body?.cancel();
    // Anything but throttling or a server error would answer the same the next time.
    const retry = res.status === 429 || res.status >= 500;
    return { problem: `HTTP ${res.status}${res.status === 404 ? ' (no such user pool?)' : ''}`, retry };
  } catch (err) {
    return { problem: describe(err), retry: true };
  }
}

/** A fetch failure in words: Node's fetch hides the network error in `cause`. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.name === 'TimeoutError') return 'no answer in time';
  const cause = err.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? err.message;
}

export const handler = createHandler();
