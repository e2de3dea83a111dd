// The session amazon-cognito-identity-js keeps in localStorage, read without loading the library:
// a returning visitor's page knows who is signed in (and whether the id token is still good)
// from these few lines, and only a refresh or a new sign-in pulls the library in.

export interface StoredSession {
  /** The email claim of the id token (what the page shows). */
  readonly email: string;
  readonly idToken: string;
  /** When the id token expires, in this browser's clock (the library's clock drift applied). */
  readonly expiresAt: number;
}

/** The library's key `CognitoIdentityServiceProvider.<clientId>.<name>`; no name: the prefix of them all. */
export const storageKey = (clientId: string, name = ''): string => `CognitoIdentityServiceProvider.${clientId}.${name}`;

/** The signed-in user (LastAuthUser) and the key of their `item` (idToken, refreshToken, ...); null when nobody is. */
function signedInUser(clientId: string, storage: Storage): { username: string; key: (item: string) => string } | null {
  const username = storage.getItem(storageKey(clientId, 'LastAuthUser'));
  return username ? { username, key: (item) => storageKey(clientId, `${username}.${item}`) } : null;
}

/** The claims of a JWT, unverified (the service verifies; the page only reads name and expiry). */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (part === undefined) return null;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      Array.from(atob(base64), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
    );
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function readStoredSession(clientId: string, storage: Storage = localStorage): StoredSession | null {
  const user = signedInUser(clientId, storage);
  if (!user) return null;
  const idToken = storage.getItem(user.key('idToken'));
  if (!idToken) return null;
  const claims = jwtClaims(idToken);
  if (!claims || typeof claims.exp !== 'number') return null;
  // The library records how far this browser's clock is ahead of Cognito's, in seconds.
  const drift = Number(storage.getItem(user.key('clockDrift'))) || 0;
  return {
    email: typeof claims.email === 'string' ? claims.email : user.username,
    idToken,
    expiresAt: (claims.exp + drift) * 1000,
  };
}

/** The stored refresh token, if any (sent to Cognito only, never to the API). */
export function storedRefreshToken(clientId: string, storage: Storage = localStorage): string | null {
  const user = signedInUser(clientId, storage);
  return user ? storage.getItem(user.key('refreshToken')) : null;
}

/** Whether the id token has at least `marginMs` left (so a request sent now is not refused). */
export function isFresh(session: StoredSession, marginMs = 30_000, now = Date.now()): boolean {
  return session.expiresAt - marginMs > now;
}

/** Forgets the stored session (every key the library wrote for this app client). */
export function clearStoredSession(clientId: string, storage: Storage = localStorage): void {
  const start = storageKey(clientId);
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(start)) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}
