// A user pool's signing keys as a JSON Web Key Set, checked once: the keys the service is given up
// front (COGNITO_JWKS, for tasks with no route to Cognito) and the keys the user-pool-keys custom
// resource fetches at deploy time pass the same test, so a set the Lambda returns is one the
// service accepts, and a broken set stops the service at start instead of failing every like.
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { assertIsJwks, assertIsSignatureJwk, type Jwk, type Jwks } from 'aws-jwt-verify/jwk';

/** The members of a public signing key a verifier reads; anything else is dropped. */
const PUBLIC_MEMBERS = ['kid', 'kty', 'alg', 'use', 'n', 'e', 'crv', 'x', 'y'] as const;
/** Members that only a private key has: such a key never belongs in a set given to a service. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/** The shortest RSA modulus accepted: NIST's minimum, and what Cognito signs with. */
const MIN_RSA_BITS = 2048;

/** Why a text is not a usable JWKS; the message names the rule (never the whole value). */
export class JwksError extends Error {
  override readonly name = 'JwksError';
}

/**
 * The set of public signing keys in `text`, each with a `kid` (tokens name their key by it) and
 * importable as a public key; only the members a verifier reads are kept. Throws JwksError.
 */
export function parseJwks(text: string): Jwks {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new JwksError(`not JSON (${(err as Error).message})`);
  }
  try {
    assertIsJwks(parsed as Parameters<typeof assertIsJwks>[0]);
  } catch (err) {
    throw new JwksError(`not a JWKS: ${(err as Error).message}`);
  }
  const jwks = parsed as Jwks;
  if (jwks.keys.length === 0) throw new JwksError('holds no keys');
  const seen = new Set<string>();
  const keys = jwks.keys.map((jwk, i) => {
    const kid = jwk.kid;
    if (typeof kid !== 'string' || kid === '')
      throw new JwksError(`key ${i + 1} has no kid (tokens name their key by kid)`);
    if (seen.has(kid)) throw new JwksError(`two keys have kid "${kid}"`);
    seen.add(kid);
    const leaked = PRIVATE_MEMBERS.filter((m) => m in jwk);
    if (leaked.length > 0) {
      throw new JwksError(`key "${kid}" holds private key members (${leaked.join(', ')}): give only the public keys`);
    }
    let bits: number | undefined;
    try {
      assertIsSignatureJwk(jwk);
      bits = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).asymmetricKeyDetails?.modulusLength;
    } catch (err) {
      throw new JwksError(`key "${kid}" is not a usable public signing key: ${(err as Error).message}`);
    }
    // node:crypto imports any modulus, even a few bytes of garbage; Cognito's keys are 2048-bit.
    if (bits !== undefined && bits < MIN_RSA_BITS) {
      throw new JwksError(
        `key "${kid}" is not a usable public signing key: a ${bits}-bit RSA modulus (${MIN_RSA_BITS} or more expected)`,
      );
    }
    const kept: Record<string, string> = {};
    for (const m of PUBLIC_MEMBERS) if (typeof jwk[m] === 'string') kept[m] = jwk[m] as string;
    return kept as Jwk;
  });
  return { keys };
}

/** The key ids of a set, for logs. */
export const keyIds = (jwks: Jwks): string[] => jwks.keys.map((k) => String(k.kid));
