// The AWS clients the service runs with, built the same way by the container's entry point
// (main.ts) and the Lambda handler (functions/service/): emulator endpoints when set, and
// placeholder credentials only for a loopback emulator.
//
// Every call has a bounded time (CALL_LIMITS): a table or Cognito that accepts connections and
// never answers must turn into a 503 the caller can retry, not a request held for ever. The SDK's
// request timeout only warns unless `throwOnRequestTimeout` is set; with it, an attempt that gets
// no answer in `requestTimeoutMs` (counted from the moment the request is made, so time spent
// waiting for a pooled connection counts too) fails as a TimeoutError, which the SDK retries and
// the app answers 503 with Retry-After. That timeout ends when the answer's headers arrive; an
// answer whose body then stops (a connection cut off mid-answer by a proxy or the network) is
// ended by the socket's inactivity limit, `socketTimeout`: no byte for `requestTimeoutMs` and the
// body fails as a TimeoutError too, retried and answered alike, and its connection is closed
// rather than held for ever (with every request behind it in the pool). Connections are kept
// alive and pooled (at most `maxSockets` per endpoint; the rest wait in the pool's queue), so a
// burst is served by reused connections instead of opening hundreds at once.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Logger as SdkLogger } from '@smithy/types';
import { CALL_LIMITS } from './call-limits.js';
import { poolRegion, type ServiceConfig } from './config.js';
import { placeholderCredentials } from './emulator.js';
import type { Logger } from './log.js';

export interface ServiceClients {
  readonly dynamodb: DynamoDBClient;
  readonly cognito: CognitoIdentityProviderClient;
}

/** The SDK's own warnings (a slow socket, a retry) as JSON log lines, not plain text on stdout. */
function sdkLogger(log: Logger | undefined) {
  const line =
    (level: 'warn' | 'error') =>
    (...content: unknown[]) =>
      log?.[level]('aws sdk', {
        message: content.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join(' '),
      });
  // No info: the SDK builds its per-call log entry (each call's input and output walked for
  // sensitive fields, 2% of an uncached list's CPU) only for a logger that has one. debug stays:
  // the credential providers call it unguarded (logger?.debug(...)).
  return { debug: () => {}, warn: line('warn'), error: line('error') } as unknown as SdkLogger;
}

/** A request handler with the limits above and its own kept-alive pools. */
export function boundedRequestHandler(log?: Logger): NodeHttpHandler {
  const agent = { keepAlive: true, maxSockets: CALL_LIMITS.maxSockets };
  return new NodeHttpHandler({
    logger: sdkLogger(log),
    connectionTimeout: CALL_LIMITS.connectionTimeoutMs,
    requestTimeout: CALL_LIMITS.requestTimeoutMs,
    throwOnRequestTimeout: true,
    socketTimeout: CALL_LIMITS.requestTimeoutMs,
    httpAgent: new HttpAgent(agent),
    httpsAgent: new HttpsAgent(agent),
  });
}

/** What each client shares: its endpoint, the bounded handler, retries, logger, credentials. */
function callSettings(endpoint: string | undefined, log: Logger | undefined) {
  return {
    endpoint,
    requestHandler: boundedRequestHandler(log),
    maxAttempts: CALL_LIMITS.maxAttempts,
    logger: sdkLogger(log),
    credentials: placeholderCredentials(endpoint),
  };
}

/** The table's client: region, endpoint and credentials from `config`, the limits above. */
export function tableClient(config: ServiceConfig, log?: Logger): DynamoDBClient {
  return new DynamoDBClient({ region: config.region, ...callSettings(config.dynamodbEndpoint, log) });
}

/** The user pool's client: the pool's own region (from its id), the limits above. */
export function userPoolClient(config: ServiceConfig, log?: Logger): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: poolRegion(config.userPoolId) ?? config.region,
    ...callSettings(config.cognitoEndpoint, log),
  });
}

export function serviceClients(config: ServiceConfig, log?: Logger): ServiceClients {
  return { dynamodb: tableClient(config, log), cognito: userPoolClient(config, log) };
}
