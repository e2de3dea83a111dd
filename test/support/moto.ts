// moto_server (moto 5, Python) on 127.0.0.1: real AWS wire protocols for CloudFormation, S3,
// Cognito (with a JWKS endpoint) and more. Preinstalled here; elsewhere
// `pip install 'moto[server]'`. One server per test suite; state is reset between tests with
// reset() (moto's own reset API).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Moto {
  readonly endpoint: string;
  readonly port: number;
  /** The moto_server process (a benchmark stops it if it is itself interrupted). */
  readonly child: ChildProcess;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** The environment the CLI runs in against moto: fake keys, and no profile from this machine. */
export const MOTO_CLI_ENV = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_PROFILE: '' };

/** An SDK client's settings for moto: its endpoint, a region and fake keys. */
export function motoClientConfig(moto: Pick<Moto, 'endpoint'>, region = 'us-east-1') {
  return { region, endpoint: moto.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  try {
    child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    throw new Error(`cannot start moto_server (${(err as Error).message}): pip install 'moto[server]'`, { cause: err });
  }
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`moto_server exited (${code}): ${stderr.slice(-2000)}`))),
  );
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(new Error(`cannot start moto_server (${err.message}): pip install 'moto[server]'`)),
    ),
  );
  const deadline = Date.now() + 30_000;
  const ready = (async () => {
    for (;;) {
      try {
        const r = await fetch(`${endpoint}/moto-api/`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`moto_server did not start in 30 s: ${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await Promise.race([ready, exited, spawnError]);
  exited.catch(() => undefined);
  return {
    endpoint,
    port,
    child,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/**
 * Signs like moto's Cognito: RS256 with the private key moto signs every pool's tokens with
 * (kid "dummy"; it ships inside moto, and all pools share it, unlike Cognito's per-pool keys).
 * Tests use it for tokens moto would never issue but that carry a valid signature, such as an
 * expired one. moto's key file holds only n, e and d, which node:crypto cannot import, so the
 * RSASSA-PKCS1-v1_5 signature is computed here (RFC 8017, 8.2.1).
 */
export function motoSigner(): (input: string) => Buffer {
  const jwk = motoPrivateJwk();
  const n = toBigInt(jwk.n);
  const d = toBigInt(jwk.d);
  const size = Buffer.from(jwk.n, 'base64url').length;
  // DER prefix of DigestInfo for SHA-256.
  const prefix = Buffer.from('3031300d060960864801650304020105000420', 'hex');
  return (input) => {
    const t = Buffer.concat([prefix, createHash('sha256').update(input).digest()]);
    const em = Buffer.concat([Buffer.from([0, 1]), Buffer.alloc(size - t.length - 3, 0xff), Buffer.from([0]), t]);
    const s = modPow(BigInt(`0x${em.toString('hex')}`), d, n);
    return Buffer.from(s.toString(16).padStart(size * 2, '0'), 'hex');
  };
}

function motoPrivateJwk(): { n: string; d: string } {
  for (const python of ['python3', 'python']) {
    const r = spawnSync(python, ['-c', 'import moto, os; print(os.path.dirname(moto.__file__))'], { encoding: 'utf8' });
    if (r.status !== 0) continue;
    const file = join(r.stdout.trim(), 'cognitoidp', 'resources', 'jwks-private.json.gz');
    return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { n: string; d: string };
  }
  throw new Error("cannot find moto's Python package: pip install 'moto[server]'");
}

const toBigInt = (b64url: string): bigint => BigInt(`0x${Buffer.from(b64url, 'base64url').toString('hex')}`);

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}
