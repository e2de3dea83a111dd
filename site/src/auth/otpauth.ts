// The key URI of a new authenticator (TOTP), as authenticator apps read it from a QR code or a
// link (Google's Key Uri Format: issuer, account, base32 secret). Cognito's TOTP is SHA-1, six
// digits, thirty seconds, the apps' defaults, written out anyway.

/** The site's name in the authenticator app's list. */
export const ISSUER = 'Mythical Mysfits';

export function otpauthUri(secret: string, account: string): string {
  const label = `${encodeURIComponent(ISSUER)}:${encodeURIComponent(account)}`;
  // %20, not URLSearchParams' "+", for spaces: some apps show a "+" literally.
  const query = Object.entries({ secret, issuer: ISSUER, algorithm: 'SHA1', digits: '6', period: '30' })
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `otpauth://totp/${label}?${query}`;
}

/** The secret in groups of four, as apps show it for typing. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
