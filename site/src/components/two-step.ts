// What the sign-in form and the Two-step sign-in page share: the code field and the lazily
// loaded QR code of a new authenticator.
import { AuthError } from '../auth/auth-error.js';
import { ISSUER } from '../auth/otpauth.js';
import type { Field } from './account-form.js';

/** The authenticator code's field. */
export const CODE_FIELD: Field = {
  id: 'mfa-code',
  label: 'Authenticator code',
  autocomplete: 'one-time-code',
  inputmode: 'numeric',
  hint: `The 6 digits your authenticator app shows for ${ISSUER} (a new code every 30 seconds).`,
};

/** What is wrong with a code that is not six digits. */
export const CODE_PROBLEM = 'Enter the 6 digits your authenticator app shows.';

/** The code as typed without its spaces, or null when it is not six digits. */
export function typedCode(raw: string): string | null {
  const code = raw.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

let loading: Promise<unknown> | undefined;

/** Defines <authenticator-key> (its own chunk, with the QR encoder). */
export function loadAuthenticatorKey(): Promise<unknown> {
  loading ??= import('./authenticator-key.js').catch(() => {
    loading = undefined; // the next attempt downloads it again
    throw new AuthError('network', 'Part of the site could not be downloaded: check the connection and try again.');
  });
  return loading;
}
