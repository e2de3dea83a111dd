// Verifying Cognito tokens in the service itself, as well as at API Gateway (defense in depth:
// a request that reaches the task some other way still needs a valid token). aws-jwt-verify
// checks the signature against the pool's published keys (fetched once, cached), the issuer,
// the app client, the token use (id or access) and expiry.
//
// A failure to fetch the keys is not the caller's fault: it is a 503, never a 401 (which would
// tell the site to sign the user out) and never a 500.
//
// The keys may instead be given up front (COGNITO_JWKS: service.yml passes them when the tasks
// have no route to Cognito, natGateways: none). They are then the whole set and nothing is ever
// fetched. A token whose kid is not among them answers 503 auth_unavailable, not 401, and is not
// sent to a fetch: without a route every try would hold the request for the fetch timeout and
// fail anyway; the task cannot tell a key Cognito added after the deploy (Cognito says it may
// rotate a pool's keys) from a made-up kid, and a 401 would sign a real user out again and again;
// API Gateway's authorizer, which knows the current keys, has refused forged tokens before they
// reach the task. The log names the kid and how to fetch the keys again.
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import {
  FetchError,
  JwksNotAvailableInCacheError,
  JwksValidationError,
  JwkValidationError,
  JwtBaseError,
  JwtExpiredError,
  KidNotFoundInJwksError,
  NonRetryableFetchError,
} from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache, type Jwks, type JwkWithKid } from 'aws-jwt-verify/jwk';
import type { DecomposedJwt } from 'aws-jwt-verify/jwt';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { Context } from 'koa';
import { ApiError, BEARER_REALM } from '../errors.js';

export interface TokenClaims {
  /** The user's stable id in the pool. */
  readonly sub: string;
  readonly tokenUse: 'id' | 'access';
  readonly username?: string;
  /** Only id tokens carry the email. */
  readonly email?: string;
  readonly emailVerified?: boolean;
  /** Expiry, seconds since the epoch. */
  readonly exp: number;
}

export interface TokenVerifier {
  /** The token's claims, or an ApiError: 401 for a bad token, 503 when the keys cannot be had. */
  verify(token: string): Promise<TokenClaims>;
}

export interface TokenVerifierOptions {
  readonly userPoolId: string;
  readonly clientId: string;
  /** Fetch the keys here instead of the pool's Cognito URL (emulators). */
  readonly jwksUrl?: string;
  /** Expect this issuer instead of the pool's Cognito URL (emulators with their own issuer). */
  readonly issuer?: string;
  /** Give up fetching the keys after this long. */
  readonly fetchTimeoutMs?: number;
  /** The pool's keys, given up front: check tokens against these only, never fetch (see above). */
  readonly jwks?: Jwks;
}

/** A token signed with a key that is not among the keys given up front. */
class KeyNotGivenError extends JwtBaseError {
  override readonly name = 'KeyNotGivenError';
}

/** The keys given up front, as the verifier's cache: looked up by kid, never fetched. */
class GivenJwksCache extends SimpleJwksCache {
  override async getJwk(jwksUri: string, jwt: DecomposedJwt): Promise<JwkWithKid> {
    try {
      return this.getCachedJwk(jwksUri, jwt);
    } catch (err) {
      if (!(err instanceof KidNotFoundInJwksError || err instanceof JwksNotAvailableInCacheError)) throw err;
      throw new KeyNotGivenError(
        `the token is signed with key "${String(jwt.header.kid)}", which is not among the keys in COGNITO_JWKS; ` +
          "if Cognito has rotated the pool's keys, update the stack with a new SigningKeysRefresh value to fetch them again",
      );
    }
  }

  override async getJwks(jwksUri: string): Promise<Jwks> {
    throw new KeyNotGivenError(`no keys were given for ${jwksUri}, and keys given up front are never fetched`);
  }
}

export function cognitoTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const timeoutMs = options.fetchTimeoutMs ?? 3000;
  // Node's fetch rather than the library's https-only one, so an emulator's http:// keys work.
  const fetcher: Fetcher = {
    async fetch(uri) {
      const url = options.jwksUrl ?? uri;
      let res: Response;
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (err) {
        throw new FetchError(url, (err as Error).message);
      }
      if (!res.ok) throw new NonRetryableFetchError(url, `status ${res.status}, expected 200`);
      return res.arrayBuffer();
    },
  };
  const jwksCache = options.jwks ? new GivenJwksCache() : new SimpleJwksCache({ fetcher });
  const verifier = options.issuer
    ? JwtVerifier.create(
        {
          issuer: options.issuer,
          audience: null,
          jwksUri: options.jwksUrl ?? `${options.issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
          customJwtCheck: ({ payload }) =>
            validateCognitoJwtFields(payload, { tokenUse: null, clientId: options.clientId }),
        },
        { jwksCache },
      )
    : CognitoJwtVerifier.create(
        // tokenUse null: the site sends id tokens (as API Gateway's Cognito authorizer expects);
        // access tokens are accepted too. Either must be one of the two and for our client.
        { userPoolId: options.userPoolId, clientId: options.clientId, tokenUse: null },
        { jwksCache },
      );
  // The Cognito verifier caches them under both issuer forms it accepts for the pool.
  if (options.jwks) verifier.cacheJwks(options.jwks);

  return {
    async verify(token) {
      let payload: JwtPayload;
      try {
        payload = await verifier.verify(token);
      } catch (err) {
        throw verificationError(err);
      }
      return claims(payload);
    },
  };
}

/**
 * What a token Cognito issued always satisfies, checked after its signature (each needs the pool's
 * signing key to break, so this is defence in depth): an id token and an access token live 5
 * minutes to 1 day (the app client's IdTokenValidity / AccessTokenValidity can go no higher), and
 * are issued now, give or take the clocks' skew.
 */
export const TOKEN_RULES = {
  /** Cognito's maximum ID and access token validity: 1 day. */
  maxLifetimeSeconds: 24 * 60 * 60,
  /** How far our clock may be behind Cognito's: `iat` up to this far ahead is accepted. */
  clockSkewSeconds: 60,
} as const;

const refused = (why: string): ApiError =>
  new ApiError('invalid_token', `the token was refused: ${why}`, BEARER_CHALLENGE('invalid_token'));

function claims(payload: JwtPayload, nowSeconds = Date.now() / 1000): TokenClaims {
  // aws-jwt-verify checks `exp` only when there is one; a token without it would never expire.
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) throw refused('it has no expiry (exp)');
  // Without a subject every such token would be one shared user ("undefined").
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '') throw refused('it names no user (sub)');
  const { maxLifetimeSeconds, clockSkewSeconds } = TOKEN_RULES;
  if (typeof payload.iat !== 'number' || !Number.isFinite(payload.iat)) throw refused('it has no issue time (iat)');
  if (payload.iat > nowSeconds + clockSkewSeconds) throw refused('it is issued in the future (iat)');
  if (payload.exp - payload.iat > maxLifetimeSeconds) {
    throw refused(`it lives longer than Cognito issues tokens for (${maxLifetimeSeconds} s)`);
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const verified = payload.email_verified;
  return {
    sub: payload.sub,
    tokenUse: payload.token_use === 'access' ? 'access' : 'id',
    username: str(payload['cognito:username']) ?? str(payload.username),
    email: str(payload.email),
    emailVerified: typeof verified === 'boolean' ? verified : verified === undefined ? undefined : verified === 'true',
    exp: payload.exp,
  };
}

const BEARER_CHALLENGE = (error: string): Record<string, string> => ({
  'WWW-Authenticate': `${BEARER_REALM}, error="${error}"`,
});

function verificationError(err: unknown): unknown {
  if (!(err instanceof JwtBaseError)) return err; // not about the token: a 500, logged in full
  if (err instanceof KeyNotGivenError) {
    // Retry-After long: trying again soon gets the same answer until the keys are refreshed.
    return new ApiError(
      'auth_unavailable',
      'cannot check the token: its signing key is not one this service has',
      { 'Retry-After': '300' },
      err,
    );
  }
  if (err instanceof FetchError || err instanceof JwksValidationError || err instanceof JwkValidationError) {
    // The keys could not be fetched or read: Cognito (or the emulator) is unreachable or broken.
    return new ApiError(
      'auth_unavailable',
      'cannot check the token right now: the signing keys are unavailable',
      { 'Retry-After': '5' },
      err,
    );
  }
  if (err instanceof JwtExpiredError) {
    return new ApiError('token_expired', 'the token has expired: refresh the session and retry', {
      ...BEARER_CHALLENGE('invalid_token'),
    });
  }
  return new ApiError('invalid_token', `the token was refused: ${err.message}`, BEARER_CHALLENGE('invalid_token'));
}

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** The token in `Authorization`, without a `Bearer ` prefix; '' when there is none. */
export function bearerToken(ctx: Context): string {
  return ctx
    .get('authorization')
    .trim()
    .replace(/^bearer(\s+|$)/i, '');
}

/**
 * The token in `Authorization`: the raw token (as the tutorial's site sends it) or `Bearer <token>`.
 * Verifies it, checks it is the kind the operation takes (API Gateway's Cognito authorizer,
 * without OAuth scopes, takes ID tokens only), and records the caller's `sub` for the request log.
 */
export async function requireToken(
  ctx: Context,
  verifier: TokenVerifier,
  use: TokenClaims['tokenUse'],
): Promise<TokenClaims> {
  const token = bearerToken(ctx);
  if (token === '') {
    // errors.ts adds the plain challenge to every 401.
    throw new ApiError('missing_token', 'sign in first: send the Cognito token in the Authorization header');
  }
  if (!JWT_SHAPE.test(token)) {
    throw new ApiError('invalid_token', 'the Authorization header does not hold a JWT', {
      ...BEARER_CHALLENGE('invalid_token'),
    });
  }
  const claims = await verifier.verify(token);
  if (claims.tokenUse !== use) {
    throw new ApiError(
      'wrong_token_use',
      `send the ${use === 'id' ? 'ID' : 'access'} token (idToken from sign-in), not the ${claims.tokenUse === 'id' ? 'ID' : 'access'} token`,
      BEARER_CHALLENGE('invalid_token'),
    );
  }
  (ctx.state as { user?: string }).user = claims.sub;
  return claims;
}
