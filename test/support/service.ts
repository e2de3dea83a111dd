// The service on loopback against real protocols: DynamoDB from dynalite (seeded with the
// catalogue), Cognito from moto_server (a user pool and app client configured like cognito.yml:
// email as the username, no client secret). The app runs in this process on port 0.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createSign, type KeyObject } from 'node:crypto';
import { createApp, type AppOptions } from '../../service/src/app.js';
import { userPoolOf } from '../../service/src/auth/user-pool.js';
import { jsonLogger } from '../../service/src/log.js';
import { listen } from '../../service/src/server.js';
import { startSeededDynalite, type Dynalite } from './dynalite.js';
import { freePort, startMoto, type Moto } from './moto.js';
import { ROOT } from '../helpers.js';

export const TABLE = 'MysfitsTable';
export const PASSWORD = 'Corr3ct-Horse-Battery';

export interface Pool {
  readonly poolId: string;
  readonly clientId: string;
  readonly jwksUrl: string;
}

export interface Backends {
  readonly db: Dynalite;
  readonly moto: Moto;
  readonly cognito: CognitoIdentityProviderClient;
  readonly pool: Pool;
  close(): Promise<void>;
}

export async function startBackends(): Promise<Backends> {
  const [db, moto] = await Promise.all([startSeededDynalite(TABLE), startMoto()]);
  const cognito = new CognitoIdentityProviderClient({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const pool = await createPool(cognito, moto, 'mysfits');
  return {
    db,
    moto,
    cognito,
    pool,
    async close() {
      cognito.destroy();
      await Promise.all([db.close(), moto.stop()]);
    },
  };
}

/** A user pool and app client like cognito.yml's (email sign-in, no secret, password sign-in). */
export async function createPool(cognito: CognitoIdentityProviderClient, moto: Moto, name: string): Promise<Pool> {
  const created = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: name,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: { PasswordPolicy: { MinimumLength: 8, RequireNumbers: true } },
    }),
  );
  const poolId = created.UserPool!.Id!;
  const client = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: `${name}-site`,
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
    }),
  );
  return {
    poolId,
    clientId: client.UserPoolClient!.ClientId!,
    jwksUrl: `${moto.endpoint}/${poolId}/.well-known/jwks.json`,
  };
}

export interface Tokens {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string;
}

/** A confirmed user with a permanent password, signed in: its tokens, straight from moto. */
export async function signedInUser(
  cognito: CognitoIdentityProviderClient,
  pool: Pool,
  email: string,
  clientId = pool.clientId,
): Promise<Tokens> {
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: pool.poolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: email }],
    }),
  );
  await cognito.send(
    new AdminSetUserPasswordCommand({ UserPoolId: pool.poolId, Username: email, Password: PASSWORD, Permanent: true }),
  );
  const out = await cognito.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD },
    }),
  );
  const r = out.AuthenticationResult!;
  return { idToken: r.IdToken!, accessToken: r.AccessToken!, refreshToken: r.RefreshToken! };
}

export interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export interface RunningService {
  readonly url: string;
  readonly server: Server;
  /** Every log line the app wrote, parsed. */
  readonly logs: LogLine[];
  /** The raw log text, to search for anything that must never be logged. */
  rawLogs(): string;
  close(): Promise<void>;
}

/** The app on 127.0.0.1, port 0, against the backends; `overrides` replace any option. */
export async function startService(backends: Backends, overrides: Partial<AppOptions> = {}): Promise<RunningService> {
  const lines: string[] = [];
  const logs: LogLine[] = [];
  // The service's own logger, writing here instead of stdout.
  const log = jsonLogger((line) => {
    lines.push(line);
    logs.push(JSON.parse(line) as LogLine);
  });
  const app = createApp({
    tableName: TABLE,
    dynamodb: backends.db.client,
    userPool: userPoolOf(backends.cognito),
    userPoolId: backends.pool.poolId,
    clientId: backends.pool.clientId,
    jwksUrl: backends.pool.jwksUrl,
    log,
    ...overrides,
  });
  const { server, url } = await listen(app, 0, '127.0.0.1');
  return {
    url,
    server,
    logs,
    rawLogs: () => lines.join(''),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * An RS256 JWT signed by `key` or a signer: for tokens moto would not issue (expired, forged).
 * A `kid` of null leaves the key id out of the header.
 */
export function signJwt(
  payload: Record<string, unknown>,
  key: KeyObject | ((input: string) => Buffer),
  kid: string | null = 'dummy',
): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = kid === null ? { alg: 'RS256', typ: 'JWT' } : { kid, alg: 'RS256', typ: 'JWT' };
  const input = `${part(header)}.${part(payload)}`;
  const signature = typeof key === 'function' ? key(input) : createSign('RSA-SHA256').update(input).sign(key);
  return `${input}.${signature.toString('base64url')}`;
}

/** The claims of a JWT, unverified (to copy a real token's claims into a forged one). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

/** A request to the service; the body is sent as JSON when it is not a string. */
export async function call(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = options.token;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${url}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed };
}

/** The service bundle as built for the container (`npm run build`). */
export const SERVER = join(ROOT, 'dist', 'service', 'server.mjs');

export interface BundleProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Its stdout lines so far (JSON log lines). */
  readonly lines: () => string[];
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

/** The settings the bundle cannot start without, with a made-up pool (for tests that check no token). */
export const BUNDLE_ENV = {
  TABLE_NAME: TABLE,
  AWS_REGION: 'us-east-1',
  COGNITO_USER_POOL_ID: 'us-east-1_TestPool',
  COGNITO_CLIENT_ID: 'testclient',
};

/**
 * The bundle as its own process on a free port, configured by `env` only (plus PATH), waiting
 * for its `listening` log line unless told not to.
 */
export async function runBundle(
  env: Record<string, string>,
  options: { cwd?: string; args?: string[]; waitForListening?: boolean } = {},
): Promise<BundleProcess> {
  const port = await freePort();
  let stdout = '';
  let stderr = '';
  const child = spawn(process.execPath, options.args ?? [SERVER], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = (): string[] => stdout.split('\n').filter((l) => l !== '');
  if (options.waitForListening ?? true) {
    const deadline = Date.now() + 15_000;
    while (!stdout.includes('"msg":"listening"')) {
      if (child.exitCode !== null) throw new Error(`service exited ${child.exitCode}: ${stderr}${stdout}`);
      if (Date.now() > deadline) throw new Error(`service did not start: ${stderr}${stdout}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { child, url: `http://127.0.0.1:${port}`, lines, stderr: () => stderr, exit };
}
