// Why an account action failed, in words a visitor can act on. `code` lets a form react (a
// confirmation code that expired offers a new one; an unconfirmed account goes to the code form).

export type AuthErrorCode =
  | 'wrong_credentials'
  | 'not_confirmed'
  | 'user_exists'
  | 'weak_password'
  | 'code_mismatch'
  | 'code_expired'
  | 'no_such_user'
  | 'already_confirmed'
  | 'too_many_attempts'
  | 'local_unsupported'
  | 'network'
  | 'session_ended'
  | 'unsupported'
  | 'failed';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const NETWORK_DOWN =
  'Cannot reach the sign-in service: the network seems to be down. Check your connection and try again.';

/** The Cognito library could not be downloaded (it is fetched on first use). */
export const libraryUnavailable = (): AuthError =>
  new AuthError('network', 'Cannot load the sign-in part of the site: the network seems to be down. Try again.');
