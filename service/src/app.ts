// The Koa app, built from injected clients and settings so tests and the local run can start it
// in-process on any port against emulators. The middleware, outermost first:
//   request log (id, latency) > errors as JSON > CORS > the contract's operations (dispatch.ts).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import Koa from 'koa';
import { ALWAYS_HEADERS } from './contract/operations.js';
import { cors } from './cors.js';
import { errorHandler } from './errors.js';
import { errorFields, jsonLogger, requestLog, type Logger } from './log.js';
import { cognitoTokenVerifier, type TokenVerifier, type TokenVerifierOptions } from './auth/tokens.js';
import { MysfitStore } from './mysfits/store.js';
import { authHandlers } from './routes/auth.js';
import type { UserPoolLoader } from './auth/user-pool-loader.js';
import type { UserPool } from './auth/user-pool.js';
import { dispatch, type Handlers } from './routes/dispatch.js';
import { mysfitHandlers } from './routes/mysfits.js';

/** The token settings (userPoolId, clientId, jwksUrl, issuer, jwks) go to the verifier as they are. */
export interface AppOptions extends Omit<TokenVerifierOptions, 'fetchTimeoutMs'> {
  readonly tableName: string;
  readonly dynamodb: DynamoDBClient;
  /**
   * The user pool's calls (auth/user-pool.ts: userPoolOf a Cognito client), or a loader of them
   * run when a route first needs them (the Lambda function's, whose cold start then neither loads
   * nor sets up the Cognito client).
   */
  readonly userPool: UserPool | UserPoolLoader;
  /** Replaces the Cognito token verifier built from the token settings. */
  readonly verifier?: TokenVerifier;
  /** Browser origins allowed to call the API (the site's); none by default. */
  readonly corsOrigins?: readonly string[];
  /** How long GET /mysfits answers are reused; 0 (the default here) reads the table every time. */
  readonly listCacheMs?: number;
  readonly log?: Logger;
  /** POST /clicks where no API Gateway answers it (the local run): takes the raw body. */
  readonly recordClicks?: Handlers['recordClicks'];
  /** Set `draining` when shutting down: health turns 503 and connections close after each answer. */
  readonly lifecycle?: { draining: boolean };
}

const userPoolLoader = (userPool: AppOptions['userPool']): UserPoolLoader =>
  typeof userPool === 'function' ? userPool : () => Promise.resolve(userPool);

export function createApp(options: AppOptions): Koa {
  const log = options.log ?? jsonLogger();
  const lifecycle = options.lifecycle ?? { draining: false };
  const verifier = options.verifier ?? cognitoTokenVerifier(options);
  const db = DynamoDBDocumentClient.from(options.dynamodb);
  const store = new MysfitStore(db, options.tableName, options.listCacheMs ?? 0);
  const handlers = {
    ...mysfitHandlers({ store, healthy: () => !lifecycle.draining }),
    ...authHandlers({ userPool: userPoolLoader(options.userPool), clientId: options.clientId, log }),
    ...(options.recordClicks ? { recordClicks: options.recordClicks } : {}),
  };

  const app = new Koa();
  // Errors are logged by the request log and the error middleware; Koa's own printer is not needed.
  app.silent = true;
  app.on('error', (err: unknown) => {
    // A client that closed its connection before the answer was written: not an error of ours.
    const code = (err as { code?: string } | undefined)?.code;
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNABORTED') {
      log.info('client went away before the answer', { reason: code });
      return;
    }
    log.error('unhandled app error', errorFields(err));
  });

  app.use(requestLog(log));
  app.use(async (ctx, next) => {
    ctx.set(ALWAYS_HEADERS); // before anything can fail, so errors carry them too
    await next();
  });
  app.use(errorHandler(log));
  app.use(async (ctx, next) => {
    try {
      await next();
    } finally {
      // Decided when the answer is ready, so requests that were in flight at SIGTERM close too.
      if (lifecycle.draining) ctx.set('Connection', 'close');
    }
  });
  app.use(cors(options.corsOrigins ?? []));
  app.use(dispatch(handlers, verifier));
  return app;
}
