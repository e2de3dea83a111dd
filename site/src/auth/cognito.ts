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
  CognitoRefreshToken,
  CognitoUserAttribute,
  CognitoUserPool,
} from 'amazon-cognito-identity-js';
import type { SiteConfig } from '../config.js';
import { AuthError, NETWORK_DOWN } from './auth-error.js';
import { clearStoredSession, storedRefreshToken } from './stored-session.js';

type Operation = 'signUp' | 'confirm' | 'resend' | 'signIn' | 'refresh' | 'signOut';

export interface CodeDelivery {
  /** Where Cognito sent the code (a masked email), when it says. */
  readonly destination?: string;
}

export interface CognitoClient {
  signUp(email: string, password: string): Promise<CodeDelivery>;
  confirm(email: string, code: string): Promise<void>;
  resend(email: string): Promise<CodeDelivery>;
  signIn(email: string, password: string): Promise<void>;
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
        const challenge = (what: string) => () =>
          reject(
            new AuthError('unsupported', `This account needs ${what} to sign in, which this site does not offer.`),
          );
        u.authenticateUser(new AuthenticationDetails({ Username: email, Password: password }), {
          onSuccess: () => resolve(),
          onFailure: (err: unknown) => reject(translate(err, 'signIn')),
          newPasswordRequired: challenge('a new password'),
          mfaRequired: challenge('a one-time code'),
          totpRequired: challenge('an authenticator code'),
          customChallenge: challenge('an extra check'),
          mfaSetup: challenge('multi-factor setup'),
          selectMFAType: challenge('multi-factor authentication'),
        });
      }),

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
  refresh: 'Could not renew the session',
  signOut: 'Sign-out failed',
};

/** Cognito prefixes policy messages with "Password did not conform with policy: ". */
function withoutPrefix(message: string): string {
  const text = message.replace(/^Password did not conform with (the )?policy:\s*/i, '').trim();
  return text === '' ? 'it does not meet the password rules.' : /[.!]$/.test(text) ? text : `${text}.`;
}
