// Everything that talks to Cognito, through amazon-cognito-identity-js. This module is its own
// chunk, imported only when a visitor registers, confirms, signs in, signs out or needs a token
// refreshed: a first visit never downloads it. The library keeps the session in localStorage
// (stored-session.ts reads it without the library).
//
// Sign-in uses USER_PASSWORD_AUTH (the password goes to Cognito over TLS) rather than SRP: the
// app client allows both, and this is the flow the local run's Cognito emulator supports, so the
// browser tests exercise the code path the deployed site runs.
import {
  AuthenticationDetails,
  CognitoUser,
  type IAuthenticationCallback,
  CognitoRefreshToken,
  CognitoUserAttribute,
  CognitoUserPool,
} from 'amazon-cognito-identity-js';
import type { SiteConfig } from '../config.js';
import { AuthError, NETWORK_DOWN } from './auth-error.js';
import { clearStoredSession, storedRefreshToken } from './stored-session.js';

type Operation = 'signUp' | 'confirm' | 'resend' | 'signIn' | 'mfa' | 'refresh' | 'signOut';

/** Where a sign-in stands: done, or waiting for an authenticator code (and first for its setup). */
export type SignInStep =
  | { readonly next: 'done' }
  /** The pool asks for the code the user's authenticator shows now (SOFTWARE_TOKEN_MFA). */
  | { readonly next: 'code'; answer(code: string): Promise<SignInStep> }
  /** The pool requires MFA and this user has none yet: add `secret` to an app, then answer its code (MFA_SETUP). */
  | { readonly next: 'setup'; readonly secret: string; answer(code: string): Promise<SignInStep> };

/** An authenticator being added for the signed-in user: `verify` turns it on with its first code. */
export interface AuthenticatorSetup {
  readonly secret: string;
  verify(code: string): Promise<void>;
}

/** How Cognito lists the authenticator (TOTP) factor. */
const TOTP = 'SOFTWARE_TOKEN_MFA';
/** The name Cognito keeps for the authenticator (shown in the user's MFA settings). */
const DEVICE_NAME = 'Authenticator app';

export interface CodeDelivery {
  /** Where Cognito sent the code (a masked email), when it says. */
  readonly destination?: string;
}

export interface CognitoClient {
  signUp(email: string, password: string): Promise<CodeDelivery>;
  confirm(email: string, code: string): Promise<void>;
  resend(email: string): Promise<CodeDelivery>;
  signIn(email: string, password: string): Promise<SignInStep>;
  /** Whether the signed-in user signs in with an authenticator code. */
  authenticatorEnabled(): Promise<boolean>;
  /** Starts adding an authenticator for the signed-in user (cognito.mfa optional or required). */
  setUpAuthenticator(): Promise<AuthenticatorSetup>;
  /** Stops asking the signed-in user for a code (cognito.mfa optional only). */
  turnOffAuthenticator(): Promise<void>;
  /** A new id token from the stored refresh token (also when the current one is still valid). */
  refresh(): Promise<void>;
  /** Revokes the refresh token with Cognito, then forgets the session here (even if revoking fails). */
  signOut(): Promise<void>;
}

export function cognitoClient(config: SiteConfig): CognitoClient {
  const pool = new CognitoUserPool({
    UserPoolId: config.userPoolId,
    ClientId: config.userPoolClientId,
    ...(config.cognitoEndpoint ? { endpoint: config.cognitoEndpoint } : {}),
  });
  const user = (email: string): CognitoUser => new CognitoUser({ Username: email, Pool: pool });
  /** The signed-in user with a valid session (renewed from the refresh token when needed). */
  const signedIn = (): Promise<CognitoUser> =>
    new Promise((resolve, reject) => {
      const current = pool.getCurrentUser();
      if (!current) return reject(new AuthError('session_ended', 'You are signed out. Sign in to do that.'));
      current.getSession((err: Error | null) => (err ? reject(translate(err, 'refresh')) : resolve(current)));
    });

  return {
    signUp: (email, password) =>
      new Promise((resolve, reject) => {
        const attributes = [new CognitoUserAttribute({ Name: 'email', Value: email })];
        pool.signUp(email, password, attributes, [], (err, result) => {
          if (err || !result) return reject(translate(err, 'signUp'));
          resolve({ destination: result.codeDeliveryDetails?.Destination });
        });
      }),

    confirm: (email, code) =>
      new Promise((resolve, reject) => {
        user(email).confirmRegistration(code, false, (err: unknown) => {
          if (err) return reject(translate(err, 'confirm'));
          resolve();
        });
      }),

    resend: (email) =>
      new Promise((resolve, reject) => {
        user(email).resendConfirmationCode((err, result: { CodeDeliveryDetails?: { Destination?: string } }) => {
          if (err) return reject(translate(err, 'resend'));
          resolve({ destination: result?.CodeDeliveryDetails?.Destination });
        });
      }),

    signIn: (email, password) =>
      new Promise((resolve, reject) => {
        const u = user(email);
        u.setAuthenticationFlowType('USER_PASSWORD_AUTH');
        u.authenticateUser(
          new AuthenticationDetails({ Username: email, Password: password }),
          steps(u, resolve, reject, 'signIn'),
        );
      }),

    authenticatorEnabled: () =>
      signedIn().then(
        (u) =>
          new Promise((resolve, reject) => {
            u.getUserData(
              (err, data) => {
                if (err || !data) return reject(translate(err, 'mfa'));
                resolve((data.UserMFASettingList ?? []).includes(TOTP));
              },
              { bypassCache: true },
            );
          }),
      ),

    setUpAuthenticator: () =>
      signedIn().then(
        (u) =>
          new Promise((resolve, reject) => {
            u.associateSoftwareToken({
              associateSecretCode: (secret) =>
                resolve({
                  secret,
                  verify: (code) =>
                    new Promise<void>((done, fail) => {
                      u.verifySoftwareToken(code, DEVICE_NAME, {
                        onSuccess: () =>
                          u.setUserMfaPreference(null, { Enabled: true, PreferredMfa: true }, (err) =>
                            err ? fail(translate(err, 'mfa')) : done(),
                          ),
                        onFailure: (err) => fail(translate(err, 'mfa')),
                      });
                    }),
                }),
              onFailure: (err) => reject(translate(err, 'mfa')),
            });
          }),
      ),

    turnOffAuthenticator: () =>
      signedIn().then(
        (u) =>
          new Promise((resolve, reject) => {
            u.setUserMfaPreference(null, { Enabled: false, PreferredMfa: false }, (err) =>
              err ? reject(translate(err, 'mfa')) : resolve(),
            );
          }),
      ),

    refresh: () =>
      new Promise((resolve, reject) => {
        const current = pool.getCurrentUser();
        const token = storedRefreshToken(config.userPoolClientId);
        if (!current || !token) return reject(new AuthError('session_ended', 'You are signed out. Sign in again.'));
        // Straight to refreshSession: getSession would skip a token it thinks valid, and the
        // service may disagree (clocks), which is when a refresh is asked for.
        current.refreshSession(new CognitoRefreshToken({ RefreshToken: token }), (err: unknown) => {
          if (err) return reject(translate(err, 'refresh'));
          resolve();
        });
      }),

    signOut: () => {
      const current = pool.getCurrentUser();
      if (!current) return Promise.resolve();
      // signOut reads the session from storage synchronously and starts revoking the refresh
      // token with Cognito; the stored copy goes at once, so a reload is signed out even while
      // the revocation is on its way (or retried while the network is down).
      const revoked = new Promise<void>((resolve) => {
        current.signOut(() => {
          current.signOut(); // forgets the session here even when there was none to revoke
          resolve();
        });
      });
      clearStoredSession(config.userPoolClientId);
      return revoked;
    },
  };
}

/** The callbacks of one sign-in step: each challenge becomes the SignInStep that answers it. */
function steps(
  u: CognitoUser,
  resolve: (step: SignInStep) => void,
  reject: (err: AuthError) => void,
  operation: Operation,
): IAuthenticationCallback {
  const answerCode = (code: string): Promise<SignInStep> =>
    new Promise((res, rej) => u.sendMFACode(code, steps(u, res, rej, 'mfa'), TOTP));
  const unsupported = (what: string) => () =>
    reject(new AuthError('unsupported', `This account needs ${what} to sign in, which this site does not offer.`));
  return {
    onSuccess: () => resolve({ next: 'done' }),
    onFailure: (err: unknown) => reject(translate(err, operation)),
    totpRequired: () => resolve({ next: 'code', answer: answerCode }),
    mfaSetup: () =>
      u.associateSoftwareToken({
        associateSecretCode: (secret) =>
          resolve({
            next: 'setup',
            secret,
            answer: (code) =>
              new Promise((res, rej) =>
                u.verifySoftwareToken(code, DEVICE_NAME, {
                  onSuccess: () => res({ next: 'done' }),
                  onFailure: (err) => rej(translate(err, 'mfa')),
                }),
              ),
          }),
        onFailure: (err) => reject(translate(err, 'mfa')),
      }),
    // SMS codes and a choice of factors need SMS, which the pool never enables (TOTP only).
    mfaRequired: unsupported('a code by text message'),
    selectMFAType: unsupported('a choice of second factor'),
    newPasswordRequired: unsupported('a new password'),
    customChallenge: unsupported('an extra check'),
  };
}

interface CognitoLibraryError {
  readonly code?: string;
  readonly name?: string;
  readonly message?: string;
}

/** Cognito's error as the visitor should read it. */
export function translate(err: unknown, operation: Operation): AuthError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as CognitoLibraryError;
  const code = e.code ?? e.name ?? '';
  const message = e.message ?? '';
  switch (code) {
    case 'NetworkError':
      return new AuthError('network', NETWORK_DOWN);
    case 'UsernameExistsException':
    case 'AliasExistsException':
      return new AuthError('user_exists', 'An account with this email already exists. Sign in instead.');
    case 'InvalidPasswordException':
      // Cognito says NotAuthorized for a wrong password; cognito-local says InvalidPassword.
      if (operation === 'signIn') return new AuthError('wrong_credentials', 'Wrong email or password.');
      return new AuthError('weak_password', `That password is not accepted: ${withoutPrefix(message)}`);
    case 'Unsupported':
      // cognito-local (the local run) answers what it does not implement this way.
      return operation === 'resend'
        ? new AuthError(
            'local_unsupported',
            'This local run cannot send a new code: every code is printed in the terminal where `npm start` runs.',
          )
        : new AuthError('local_unsupported', `The local run cannot do this: ${withoutPrefix(message)}`);
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      if (operation === 'mfa') {
        return new AuthError(
          'code_mismatch',
          'That code is not right. Type the 6 digits your authenticator app shows now (they change every 30 seconds).',
        );
      }
      return new AuthError('code_mismatch', 'That code is not the one we sent. Check the email and type it again.');
    case 'ExpiredCodeException':
      return new AuthError('code_expired', 'That code has expired. Ask for a new code below.');
    case 'UserNotConfirmedException':
      return new AuthError('not_confirmed', 'This account is not confirmed yet. Enter the code we sent by email.');
    case 'UserNotFoundException':
      return operation === 'signIn'
        ? new AuthError('wrong_credentials', 'Wrong email or password.')
        : new AuthError('no_such_user', 'No account has this email. Register first.');
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return new AuthError('too_many_attempts', 'Too many attempts. Wait a few minutes and try again.');
    case 'NotAuthorizedException':
      if (/attempts exceeded/i.test(message)) {
        return new AuthError('too_many_attempts', 'Too many wrong passwords. Wait a few minutes and try again.');
      }
      if (operation === 'signIn') return new AuthError('wrong_credentials', 'Wrong email or password.');
      if (operation === 'mfa' && /session/i.test(message)) {
        // The challenge's session lasts a few minutes (the app client's AuthSessionValidity).
        return new AuthError('session_ended', 'That took too long: sign in again with your email and password.');
      }
      if (operation === 'confirm' && /CONFIRMED/.test(message)) {
        return new AuthError('already_confirmed', 'This account is already confirmed. Sign in.');
      }
      if (operation === 'refresh') return new AuthError('session_ended', 'Your session has ended. Sign in again.');
      break;
    case 'InvalidParameterException':
      if (operation === 'resend' && /confirmed/i.test(message)) {
        return new AuthError('already_confirmed', 'This account is already confirmed. Sign in.');
      }
      break;
  }
  if (operation === 'refresh') {
    return new AuthError('session_ended', `Your session could not be renewed (${message || code}). Sign in again.`);
  }
  return new AuthError('failed', `${FAILED[operation]}: ${message || code || 'unknown error'}.`.replace(/\.\.$/, '.'));
}

const FAILED: Record<Operation, string> = {
  signUp: 'Registration failed',
  confirm: 'Confirmation failed',
  resend: 'Could not send a new code',
  signIn: 'Sign-in failed',
  mfa: 'Two-step sign-in failed',
  refresh: 'Could not renew the session',
  signOut: 'Sign-out failed',
};

/** Cognito prefixes policy messages with "Password did not conform with policy: ". */
function withoutPrefix(message: string): string {
  const text = message.replace(/^Password did not conform with (the )?policy:\s*/i, '').trim();
  return text === '' ? 'it does not meet the password rules.' : /[.!]$/.test(text) ? text : `${text}.`;
}
