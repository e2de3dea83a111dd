// Server-side sign-up and sign-in, for clients that cannot run the Cognito SDK themselves (the
// Medium tutorial's Lambda functions, as routes). The service calls Cognito's public user-pool
// API with the app client (no secret, as the site's); Cognito's errors become clear 4xx.
// Requests and answers carry passwords and tokens, so nothing of either is ever logged, and
// answers are marked not to be stored by caches.
import {
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { Router } from '@koa/router';
import type { Context, Next } from 'koa';
import { jsonBody } from '../body.js';
import { ApiError } from '../errors.js';
import type { Logger } from '../log.js';
import { bearerToken, requireToken, type TokenVerifier } from '../auth/tokens.js';

export interface AuthRoutesOptions {
  readonly cognito: CognitoIdentityProviderClient;
  readonly clientId: string;
  readonly verifier: TokenVerifier;
  readonly log: Logger;
}

type Operation = 'signup' | 'confirm' | 'signin' | 'refresh' | 'me';

export function authRoutes({ cognito, clientId, verifier, log }: AuthRoutesOptions): Router {
  const router = new Router({ prefix: '/auth' });
  const call = async <T>(ctx: Context, operation: Operation, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (err) {
      throw cognitoError(err, operation, ctx, log);
    }
  };

  router.use(async (ctx: Context, next: Next) => {
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.post('/signup', async (ctx) => {
    const { email, password } = fields(ctx, { email: EMAIL, password: PASSWORD });
    const out = await call(ctx, 'signup', () =>
      cognito.send(
        new SignUpCommand({
          ClientId: clientId,
          Username: email,
          Password: password,
          UserAttributes: [{ Name: 'email', Value: email }],
        }),
      ),
    );
    ctx.status = 201;
    ctx.body = {
      userSub: out.UserSub,
      userConfirmed: out.UserConfirmed ?? false,
      codeDelivery: out.CodeDeliveryDetails
        ? { destination: out.CodeDeliveryDetails.Destination, medium: out.CodeDeliveryDetails.DeliveryMedium }
        : null,
    };
  });

  router.post('/confirm', async (ctx) => {
    const { email, code } = fields(ctx, { email: EMAIL, code: CODE });
    await call(ctx, 'confirm', () =>
      cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code })),
    );
    ctx.body = { confirmed: true };
  });

  router.post('/signin', async (ctx) => {
    const { email, password } = fields(ctx, { email: EMAIL, password: PASSWORD });
    const out = await call(ctx, 'signin', () =>
      cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      ),
    );
    if (out.ChallengeName) {
      throw new ApiError(
        403,
        'challenge_required',
        `Cognito asks for ${out.ChallengeName} to finish signing in, which this endpoint does not support; sign in on the site`,
      );
    }
    ctx.body = tokens(out.AuthenticationResult);
  });

  router.post('/refresh', async (ctx) => {
    const { refreshToken } = fields(ctx, { refreshToken: REFRESH_TOKEN });
    const out = await call(ctx, 'refresh', () =>
      cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        }),
      ),
    );
    ctx.body = tokens(out.AuthenticationResult);
  });

  router.get('/me', async (ctx) => {
    const claims = await requireToken(ctx, verifier);
    let { email, emailVerified, username } = claims;
    if (claims.tokenUse === 'access') {
      // Access tokens carry no attributes; GetUser has them (and refuses a revoked token).
      const token = bearerToken(ctx);
      const user = await call(ctx, 'me', () => cognito.send(new GetUserCommand({ AccessToken: token })));
      const attribute = (name: string): string | undefined => user.UserAttributes?.find((a) => a.Name === name)?.Value;
      email = attribute('email');
      emailVerified = attribute('email_verified') === undefined ? undefined : attribute('email_verified') === 'true';
      username = user.Username ?? username;
    }
    ctx.body = {
      sub: claims.sub,
      username: username ?? null,
      email: email ?? null,
      emailVerified: emailVerified ?? null,
      tokenUse: claims.tokenUse,
      expiresAt: new Date(claims.exp * 1000).toISOString(),
    };
  });

  return router;
}

function tokens(result: AuthenticationResultType | undefined): Record<string, unknown> {
  if (!result?.IdToken || !result.AccessToken) {
    throw new ApiError(502, 'cognito_error', 'Cognito answered without tokens');
  }
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    // Only sign-in returns one, and refresh when the pool rotates refresh tokens.
    ...(result.RefreshToken ? { refreshToken: result.RefreshToken } : {}),
    expiresIn: result.ExpiresIn ?? null,
    tokenType: result.TokenType ?? 'Bearer',
  };
}

// ---- request bodies ----

interface FieldRule {
  readonly test: (v: string) => boolean;
  readonly says: string;
}

const EMAIL: FieldRule = {
  test: (v) => v.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  says: 'an email address',
};
// Cognito enforces the pool's password policy; here only what no policy allows.
const PASSWORD: FieldRule = { test: (v) => v.length >= 1 && v.length <= 256, says: '1 to 256 characters' };
const CODE: FieldRule = { test: (v) => /^\S{1,64}$/.test(v), says: 'the code from the confirmation email' };
const REFRESH_TOKEN: FieldRule = { test: (v) => /^\S{1,8192}$/.test(v), says: 'the refreshToken from sign-in' };

/** The body's fields, each a string passing its rule; no other fields allowed (typos are errors). */
function fields<K extends string>(ctx: Context, rules: Record<K, FieldRule>): Record<K, string> {
  const body = jsonBody(ctx);
  const names = Object.keys(rules) as K[];
  const unknown = Object.keys(body).filter((k) => !names.includes(k as K));
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      'unknown_field',
      `unknown field ${unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}; expected ${names.join(', ')}`,
    );
  }
  const out = {} as Record<K, string>;
  for (const name of names) {
    const v = body[name];
    if (v === undefined || v === null || v === '') throw new ApiError(400, 'missing_field', `${name} is required`);
    if (typeof v !== 'string' || !rules[name].test(v)) {
      throw new ApiError(400, 'invalid_field', `${name} must be ${rules[name].says}`);
    }
    out[name] = v;
  }
  return out;
}

// ---- Cognito's errors ----

interface AwsError {
  name?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

const WRONG_CREDENTIALS = 'wrong email or password';

/** Cognito's error as the caller should see it. Messages are ours unless Cognito's explain a rule. */
function cognitoError(err: unknown, operation: Operation, ctx: Context, log: Logger): ApiError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as AwsError;
  const name = e.name ?? 'Error';
  const cognitoMessage = (e.message ?? '').slice(0, 300);
  switch (name) {
    case 'UsernameExistsException':
    case 'AliasExistsException':
      return new ApiError(409, 'user_exists', 'an account with this email already exists: sign in instead');
    case 'InvalidPasswordException':
    case 'PasswordHistoryPolicyViolationException':
      return new ApiError(400, 'invalid_password', cognitoMessage || 'the password does not meet the policy');
    case 'InvalidParameterException':
      if (/flow not enabled/i.test(cognitoMessage)) {
        log.error('cognito misconfigured', {
          requestId: ctx.state.requestId,
          cognitoError: name,
          message: cognitoMessage,
        });
        return new ApiError(
          501,
          'signin_flow_disabled',
          'the app client does not allow USER_PASSWORD_AUTH, which server-side sign-in needs',
        );
      }
      return new ApiError(400, 'invalid_parameter', cognitoMessage || 'Cognito refused a parameter');
    case 'CodeMismatchException':
      return new ApiError(400, 'code_mismatch', 'the confirmation code is wrong');
    case 'ExpiredCodeException':
      return new ApiError(400, 'code_expired', 'the confirmation code has expired');
    case 'UserLambdaValidationException':
      return new ApiError(400, 'signup_rejected', cognitoMessage || 'the sign-up was refused');
    case 'NotAuthorizedException':
      return new ApiError(401, 'not_authorized', NOT_AUTHORIZED[operation]);
    case 'UserNotFoundException':
      // Sign-in does not say whether the account exists.
      return operation === 'confirm'
        ? new ApiError(404, 'user_not_found', 'no account has this email: sign up first')
        : new ApiError(401, 'not_authorized', NOT_AUTHORIZED[operation]);
    case 'UserNotConfirmedException':
      return new ApiError(403, 'user_not_confirmed', 'confirm the account with the code sent by email first');
    case 'PasswordResetRequiredException':
      return new ApiError(403, 'password_reset_required', 'the password must be reset before signing in');
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return new ApiError(429, 'too_many_requests', 'too many attempts: wait a little and retry', {
        'Retry-After': '30',
      });
  }
  const unreachable = e.$metadata?.httpStatusCode === undefined;
  log.error('cognito error', {
    requestId: ctx.state.requestId,
    operation,
    cognitoError: name,
    message: cognitoMessage.replace(/[\w-]+\.[\w-]+\.[\w-]+/g, '[token]'),
  });
  if (unreachable) {
    return new ApiError(503, 'auth_unavailable', 'cannot reach Cognito right now', { 'Retry-After': '5' });
  }
  return new ApiError(502, 'cognito_error', `Cognito failed (${name}); the request id identifies it in the logs`);
}

const NOT_AUTHORIZED: Record<Operation, string> = {
  signup: 'Cognito refused the sign-up',
  confirm: 'this account cannot be confirmed (it may be confirmed already)',
  signin: WRONG_CREDENTIALS,
  refresh: 'the refresh token is invalid, expired or revoked: sign in again',
  me: 'the token was refused by Cognito (signed out or revoked): sign in again',
};
