// The whole app on one machine with nothing but Node (`npm start`): dynalite (DynamoDB, in this
// process, in memory) seeded with the catalogue; cognito-local (Cognito, a child process) with a
// user pool and app client configured like cognito.yml's; the Koa service in this process; and
// the built site served as CloudFront serves it, with a config.json pointing at all of them.
// Everything starts fresh: no state survives a restart.
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalDynamoDB } from './dynamodb.js';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createApp } from '../service/src/app.js';
import { userPoolOf } from '../service/src/auth/user-pool.js';
import { DEFAULT_LIST_CACHE_MS } from '../service/src/config.js';
import { CATALOGUE } from '../service/src/data/catalogue.js';
import { createTable, seedCatalogue } from '../service/src/data/seed.js';
import { DEFAULT_TABLE_NAME } from '../service/src/data/table.js';
import type { Logger } from '../service/src/log.js';
import { listen, stop } from '../service/src/server.js';
import { startCognitoEmulator, type CodeDelivery } from './cognito-emulator.js';
import { POOL_MFA, type MfaMode } from '../functions/shared/site-config.js';
import { siteHandler, type SiteConfigFile } from './site-server.js';
import { localClicks, type Throttle } from './clicks.js';
import { validateConfig } from '../generator/config/load.js';

/** The config's defaults: the deployed API's figures the local run copies (the /clicks throttle). */
const DEFAULT_CONFIG = validateConfig({}, 'defaults');

export const TABLE = DEFAULT_TABLE_NAME;
const REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface LocalRunOptions {
  /** The built site (dist/site). */
  readonly siteRoot: string;
  /** The site's port; 0 for any free port. */
  readonly port: number;
  /** The API's, Cognito's and DynamoDB's ports; 0 for any free port. */
  readonly apiPort: number;
  readonly cognitoPort: number;
  readonly dynamodbPort?: number;
  /** How long GET /mysfits answers are reused, as the service's LIST_CACHE_MS (default 2000). */
  readonly listCacheMs?: number;
  /** Where everything listens (loopback: nothing is reachable from the network). */
  readonly host: string;
  /** A confirmation code cognito-local would have emailed. */
  readonly onCode: (delivery: CodeDelivery) => void;
  /** One line per API request, and the service's warnings and errors. */
  readonly onLog: (line: string) => void;
  /** cognito-local stopped on its own: the run cannot go on. */
  readonly onFailure: (message: string) => void;
  /** Where POST /clicks writes its records (local/clicks.ts); default: a folder removed on close. */
  readonly clicksDir?: string;
  /** POST /clicks's throttle; default: the deployed route's (the config's api.throttling.clicks defaults). */
  readonly clicksThrottle?: Throttle;
  /** The pool's MFA mode, as cognito.mfa (default off). cognito-local lacks the MFA_SETUP challenge, so required mode cannot enrol here. */
  readonly mfa?: MfaMode;
}

export interface LocalRun {
  readonly siteUrl: string;
  readonly apiUrl: string;
  readonly cognitoEndpoint: string;
  readonly dynamodbEndpoint: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** The folder of the click records. */
  readonly clicksDir: string;
  close(): Promise<void>;
}

/** A failure to start that the person running it can fix (a port in use, an unbuilt site). */
export class LocalRunError extends Error {
  override readonly name = 'LocalRunError';
}

export async function startLocalRun(options: LocalRunOptions): Promise<LocalRun> {
  if (!existsSync(join(options.siteRoot, 'index.html'))) {
    throw new LocalRunError(`the site is not built (${options.siteRoot} has no index.html): run npm run build:site`);
  }
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch {
        // Keep closing the rest; a half-stopped piece must not leave the others running.
      }
    }
  };

  try {
    // The site's port first: the one most likely taken (3000), before starting anything else.
    let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '1' }).end('starting\n');
    };
    const site = await bind(
      createServer((req, res) => handler(req, res)),
      options.port,
      options.host,
      'PORT',
    );
    cleanups.push(() => closeServer(site));
    const sitePort = (site.address() as AddressInfo).port;
    const siteUrl = `http://localhost:${sitePort}`;

    const dir = mkdtempSync(join(tmpdir(), 'mysfits-local-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

    const [db, cognito] = await Promise.all([
      startTable(options.dynamodbPort ?? 0).catch((err: unknown) => {
        throw portError(err, options.dynamodbPort ?? 0, 'DYNAMODB_PORT');
      }),
      (async () => {
        const port = await probePort(options.cognitoPort, options.host, 'COGNITO_PORT');
        return startCognitoEmulator({
          host: options.host,
          port,
          dir,
          onCode: options.onCode,
          onExit: (code, output) =>
            options.onFailure(
              `cognito-local stopped on its own (exit ${code}):\n${output.split('\n').slice(-15).join('\n')}`,
            ),
        });
      })(),
    ]);
    cleanups.push(() => db.close());
    cleanups.push(() => cognito.stop());

    const cognitoClient = new CognitoIdentityProviderClient({
      endpoint: cognito.endpoint,
      region: REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    cleanups.push(() => cognitoClient.destroy());
    const mfa = options.mfa ?? 'off';
    const pool = await createPool(cognitoClient, mfa);

    const clicksDir = options.clicksDir ?? join(dir, 'analytics');
    const log = compactLogger(options.onLog);
    const app = createApp({
      tableName: TABLE,
      dynamodb: db.client,
      userPool: userPoolOf(cognitoClient),
      userPoolId: pool.userPoolId,
      clientId: pool.userPoolClientId,
      // cognito-local signs tokens as http://HOST:PORT/<poolId>; keys at <issuer>/.well-known/jwks.json.
      issuer: `${cognito.endpoint}/${pool.userPoolId}`,
      corsOrigins: [siteUrl, `http://127.0.0.1:${sitePort}`],
      listCacheMs: options.listCacheMs ?? DEFAULT_LIST_CACHE_MS,
      log,
      recordClicks: localClicks({
        dir: clicksDir,
        db: DynamoDBDocumentClient.from(db.client),
        tableName: TABLE,
        throttle: options.clicksThrottle ?? DEFAULT_CONFIG.api.throttling.clicks,
      }),
    });
    let api;
    try {
      api = await listen(app, options.apiPort, options.host);
    } catch (err) {
      throw portError(err, options.apiPort, 'API_PORT');
    }
    const apiServer = api.server;
    cleanups.push(async () => void (await stop(apiServer, 2000)));
    const apiUrl = `http://${options.host}:${api.port}`;

    const config: SiteConfigFile = {
      apiUrl,
      region: REGION,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      cognitoEndpoint: cognito.endpoint,
      analytics: true,
      mfa,
    };
    handler = siteHandler({ root: options.siteRoot, config, connect: [apiUrl, cognito.endpoint] });

    return {
      siteUrl,
      apiUrl,
      cognitoEndpoint: cognito.endpoint,
      dynamodbEndpoint: db.endpoint,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      clicksDir,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

interface Table {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  close(): Promise<void>;
}

/** dynalite in this process, in memory, with the table and the catalogue. */
async function startTable(port: number): Promise<Table> {
  const local = await startLocalDynamoDB(port);
  const endpoint = local.endpoint;
  const client = new DynamoDBClient({ endpoint, region: REGION, credentials: LOCAL_CREDENTIALS });
  await createTable(client, TABLE);
  const seeded = await seedCatalogue(client, TABLE);
  if (seeded.added !== CATALOGUE.length) throw new Error(`seeding added ${seeded.added} of ${CATALOGUE.length}`);
  return {
    endpoint,
    client,
    async close() {
      client.destroy();
      await local.close();
    },
  };
}

/** A pool and app client like cognito.yml's: email sign-in, the default password policy, no secret. */
async function createPool(
  cognito: CognitoIdentityProviderClient,
  mfa: MfaMode,
): Promise<{ userPoolId: string; userPoolClientId: string }> {
  const created = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: 'mysfits-local',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: { MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true },
      },
      MfaConfiguration: POOL_MFA[mfa],
    }),
  );
  const userPoolId = created.UserPool!.Id!;
  const client = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'mysfits-site',
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  return { userPoolId, userPoolClientId: client.UserPoolClient!.ClientId! };
}

/** The service's JSON log lines as short ones: `GET /mysfits 200 3 ms`, plus warnings and errors. */
function compactLogger(write: (line: string) => void): Logger {
  const line =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}): void => {
      if (msg === 'request') {
        const error = fields.error ? ` ${String(fields.error)}` : '';
        write(`${fields.method} ${fields.path} ${fields.status}${error} ${Math.round(Number(fields.latencyMs))} ms`);
      } else {
        write(`${level}: ${msg} ${JSON.stringify(fields)}`);
      }
    };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

async function bind(server: Server, port: number, host: string, setting: string): Promise<Server> {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    throw portError(err, port, setting);
  }
  return server;
}

function portError(err: unknown, port: number, setting: string): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return new LocalRunError(`port ${port} is in use: choose another with ${setting} (like ${setting}=${port + 100})`);
  }
  if (code === 'EACCES') return new LocalRunError(`port ${port} needs privileges: choose another with ${setting}`);
  return err;
}

/** Checks that `port` is free (0: finds a free one) by binding it briefly; returns the port bound. */
async function probePort(port: number, host: string, setting: string): Promise<number> {
  const probe = await bind(createServer(), port, host, setting);
  const bound = (probe.address() as AddressInfo).port;
  await closeServer(probe);
  return bound;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}
