// Server-side sign-up and sign-in, for clients that cannot run the Cognito SDK themselves (the
// Medium tutorial's Lambda functions, as routes). The service calls Cognito's public user-pool
// API with the app client (no secret, as the site's); Cognito's errors become clear 4xx.
// Requests and answers carry passwords and tokens, so nothing of either is ever logged, and
// answers are marked not to be stored by caches.
import { randomUUID } from 'node:crypto';
import type { AuthenticationResultType, CodeDeliveryDetailsType } from '@aws-sdk/client-cognito-identity-provider';
import type { Context } from 'koa';
import { ApiError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Handlers } from './dispatch.js';
import type { UserPoolLoader } from '../auth/user-pool-loader.js';

export interface AuthRoutesOptions {
  /** The user pool's calls, loaded when a route first needs them. */
  readonly userPool: UserPoolLoader;
  readonly clientId: string;
  readonly log: Logger;
}

type AuthHandlers = Pick<Handlers, 'signUp' | 'confirmSignUp' | 'signIn' | 'refreshSession' | 'me'>;
type Operation = 'signup' | 'confirm' | 'signin' | 'refresh';

export function authHandlers({ userPool, clientId, log }: AuthRoutesOptions): AuthHandlers {
  const call = async <T>(ctx: Context, operation: Operation, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (err) {
      throw cognitoError(err, operation, ctx, log);
    }
  };

  /**
   * A sign-up for an email that has an account answers as a fresh one would (no enumeration): a
   * new code goes to the owner's address if the account is unconfirmed (the caller cannot read it),
   * and the userSub is a random one, not the account's.
   */
  const existingSignUp = async (email: string) => {
    let delivery: CodeDeliveryDetailsType | undefined;
    try {
      const resent = await (await userPool()).resendConfirmationCode({ ClientId: clientId, Username: email });
      delivery = resent.CodeDeliveryDetails;
    } catch (err) {
      // Confirmed already, or Cognito busy: the owner gets no mail, the caller the same answer.
      log.info('sign-up of an existing account', { cognitoError: (err as AwsError).name ?? 'Error' });
    }
    return {
      UserSub: randomUUID(),
      UserConfirmed: false,
      CodeDeliveryDetails: delivery ?? { Destination: masked(email), DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    };
  };

  return {
    signUp: async ({ ctx, body: { email, password } }) => {
      let out: { UserSub?: string; UserConfirmed?: boolean; CodeDeliveryDetails?: CodeDeliveryDetailsType };
      try {
        out = await (
          await userPool()
        ).signUp({
          ClientId: clientId,
          Username: email,
          Password: password,
          UserAttributes: [{ Name: 'email', Value: email }],
        });
      } catch (err) {
        if (!EXISTS.has((err as AwsError).name ?? '')) throw cognitoError(err, 'signup', ctx, log);
        out = await existingSignUp(email);
      }
      const delivery = out.CodeDeliveryDetails;
      return {
        userSub: out.UserSub,
        userConfirmed: out.UserConfirmed ?? false,
        ...(delivery
          ? { codeDelivery: defined({ destination: delivery.Destination, medium: delivery.DeliveryMedium }) }
          : {}),
      };
    },

    confirmSignUp: async ({ ctx, body: { email, code } }) => {
      await call(ctx, 'confirm', async () =>
        (await userPool()).confirmSignUp({ ClientId: clientId, Username: email, ConfirmationCode: code }),
      );
      return { confirmed: true };
    },

    signIn: async ({ ctx, body: { email, password } }) => {
      const out = await call(ctx, 'signin', async () =>
        (await userPool()).initiateAuth({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      );
      if (out.ChallengeName) {
        throw new ApiError(
          'challenge_required',
          `Cognito asks for ${out.ChallengeName} to finish signing in, which this endpoint does not support; sign in on the site`,
        );
      }
      return tokens(out.AuthenticationResult);
    },

    refreshSession: async ({ ctx, body: { refreshToken } }) => {
      const out = await call(ctx, 'refresh', async () =>
        (await userPool()).initiateAuth({
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        }),
      );
      return tokens(out.AuthenticationResult);
    },

    // An ID token carries the user's attributes (API Gateway's authorizer takes ID tokens only).
    me: ({ claims }) => {
      const { sub, username, email, emailVerified, tokenUse, exp } = claims!;
      return defined({ sub, username, email, emailVerified, tokenUse, expiresAt: new Date(exp * 1000).toISOString() });
    },
  };
}

/** An email as Cognito shows where a code went: `a***@e***`. */
function masked(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

/** The object without its undefined fields: the contract's answers leave out what is unknown. */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function tokens(result: AuthenticationResultType | undefined): Record<string, unknown> {
  if (!result?.IdToken || !result.AccessToken) {
    throw new ApiError('cognito_error', 'Cognito answered without tokens');
  }
  return defined({
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    // Only sign-in returns one, and refresh when the pool rotates refresh tokens.
    refreshToken: result.RefreshToken || undefined,
    expiresIn: result.ExpiresIn,
    tokenType: 'Bearer',
  });
}

// ---- Cognito's errors ----

interface AwsError {
  name?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

const WRONG_CREDENTIALS = 'wrong email or password';
/** Cognito's errors for a sign-up whose email has an account. */
const EXISTS = new Set(['UsernameExistsException', 'AliasExistsException']);

/** Cognito's error as the caller should see it. Messages are ours unless Cognito's explain a rule. */
function cognitoError(err: unknown, operation: Operation, ctx: Context, log: Logger): ApiError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as AwsError;
  const name = e.name ?? 'Error';
  const cognitoMessage = (e.message ?? '').slice(0, 300);
  switch (name) {
    case 'InvalidPasswordException':
      // On sign-in (moto, the local run) a wrong password must not differ from an unknown user.
      if (operation === 'signin') return new ApiError('not_authorized', WRONG_CREDENTIALS);
      return new ApiError('invalid_password', cognitoMessage || 'the password does not meet the policy');
    case 'PasswordHistoryPolicyViolationException':
      return new ApiError('invalid_password', cognitoMessage || 'the password does not meet the policy');
    case 'InvalidParameterException':
      if (/flow not enabled/i.test(cognitoMessage)) {
        log.error('cognito misconfigured', {
          requestId: ctx.state.requestId,
          cognitoError: name,
          message: cognitoMessage,
        });
        return new ApiError(
          'signin_flow_disabled',
          'the app client does not allow USER_PASSWORD_AUTH, which server-side sign-in needs',
        );
      }
      return new ApiError('invalid_parameter', cognitoMessage || 'Cognito refused a parameter');
    case 'CodeMismatchException':
      return new ApiError('code_mismatch', 'the confirmation code is wrong');
    case 'ExpiredCodeException':
      return new ApiError('code_expired', 'the confirmation code has expired');
    case 'UserLambdaValidationException':
      return new ApiError('signup_rejected', cognitoMessage || 'the sign-up was refused');
    case 'NotAuthorizedException':
      return new ApiError('not_authorized', NOT_AUTHORIZED[operation]);
    case 'UserNotFoundException':
      // No answer says whether the account exists: confirming an unknown one is a wrong code, as
      // Cognito answers it with PreventUserExistenceErrors on.
      return operation === 'confirm'
        ? new ApiError('code_mismatch', 'the confirmation code is wrong')
        : new ApiError('not_authorized', NOT_AUTHORIZED[operation]);
    case 'UserNotConfirmedException':
      return new ApiError('user_not_confirmed', 'confirm the account with the code sent by email first');
    case 'PasswordResetRequiredException':
      return new ApiError('password_reset_required', 'the password must be reset before signing in');
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return new ApiError('too_many_requests', 'too many attempts: wait a little and retry', {
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
    return new ApiError('auth_unavailable', 'cannot reach Cognito right now', { 'Retry-After': '5' });
  }
  return new ApiError('cognito_error', `Cognito failed (${name}); the request id identifies it in the logs`);
}

const NOT_AUTHORIZED: Record<Operation, string> = {
  signup: 'Cognito refused the sign-up',
  confirm: 'this account cannot be confirmed (it may be confirmed already)',
  signin: WRONG_CREDENTIALS,
  refresh: 'the refresh token is invalid, expired or revoked: sign in again',
};
