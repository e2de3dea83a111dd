// The service's table reads (the list's Scan or Query, the profiles' BatchGetItem), made with the
// DynamoDB client's own parts but without its middleware stack and schema serde: measured alone
// (npm run bench:table-call), a list read through the client cost 2.3x the CPU of this path and
// added 1.7 ms to its p99, the copies of the client's config, the schema-driven (de)serializer
// and the user agent of every call. Writes stay on the client (store.ts).
//
// What is the client's, so it stays the SDK's to keep right:
//   - the endpoint: resolved once per client by the SDK's endpoint rules (getEndpointFromInstructions,
//     the Scan's parameters; a custom endpoint as given);
//   - signing: the SDK's SigV4 signer (AwsSdkSigV4Signer over the client's `signer`), with the
//     client's credentials provider, which caches credentials and refreshes them before they
//     expire (a Fargate task role's or a Lambda function's), and its clock skew correction;
//   - the request handler (clients.ts: its agents, pool, connection and request timeouts);
//   - retries: the client's retry strategy (standard, `maxAttempts`), errors classified by the
//     SDK's own rules (throttling, transient, server), and the error code read as the SDK reads it
//     from a JSON-RPC answer (loadJsonRpcErrorCode).
// An error is thrown as the SDK throws a service error: `name` the code (so errors.ts answers a
// throttle or a timeout 503 alike), `$metadata.httpStatusCode`, `$fault`.
//
// The answer is DynamoDB's JSON as it comes: items as AttributeValue maps (`{ S: "..." }`), as the
// low-level client gives them, except that a binary attribute (`B`) stays base64 text (this
// table has none).
import { Readable } from 'node:stream';
import { AwsSdkSigV4Signer } from '@aws-sdk/core/httpAuthSchemes';
import { loadJsonRpcErrorCode } from '@aws-sdk/core/protocols';
import {
  ScanCommand,
  type BatchGetItemCommandInput,
  type BatchGetItemCommandOutput,
  type DynamoDBClientResolvedConfig,
  type QueryCommandInput,
  type QueryCommandOutput,
  type ScanCommandInput,
  type ScanCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { getEndpointFromInstructions } from '@smithy/core/endpoints';
import { HttpRequest, type HttpResponse } from '@smithy/core/protocols';
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import type { ResponseMetadata, RetryErrorInfo, RetryStrategy, RetryStrategyV2, SdkError } from '@smithy/types';

/** The read operations this path makes, with their input and output types. */
interface Operations {
  Scan: [ScanCommandInput, ScanCommandOutput];
  Query: [QueryCommandInput, QueryCommandOutput];
  BatchGetItem: [BatchGetItemCommandInput, BatchGetItemCommandOutput];
}
export type ReadOperation = keyof Operations;
export type TableRead = <Op extends ReadOperation>(
  operation: Op,
  input: Operations[Op][0],
) => Promise<Omit<Operations[Op][1], '$metadata'>>;

/** Anything holding a DynamoDB client's resolved config: the client, or a document client over it. */
interface HasConfig {
  readonly config: DynamoDBClientResolvedConfig;
}

/** The JSON protocol's version of the API (the X-Amz-Target prefix every SDK sends). */
const TARGET_PREFIX = 'DynamoDB_20120810';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
const SIGNING_NAME = 'dynamodb';

/** An error as the SDK throws a DynamoDB service error. */
export interface TableReadError extends Error {
  $fault: 'client' | 'server';
  $metadata: ResponseMetadata & { clockSkewCorrected?: true };
  $response?: HttpResponse;
}

const readers = new WeakMap<object, TableRead>();

/** The table reads of `client`'s DynamoDB client (one per client config, made on first use). */
export function tableReads(client: HasConfig): TableRead {
  const config = client.config;
  let read = readers.get(config);
  if (!read) {
    read = makeReader(config);
    readers.set(config, read);
  }
  return read;
}

function makeReader(config: DynamoDBClientResolvedConfig): TableRead {
  const sigv4 = new AwsSdkSigV4Signer();
  let endpoint: Promise<URL & { extraHeaders: Record<string, string> }> | undefined;
  const resolveEndpoint = () =>
    (endpoint ??= getEndpointFromInstructions({ TableName: 'mysfits' }, ScanCommand, { ...config }).then(
      (e) => Object.assign(new URL(e.url.href), { extraHeaders: flatHeaders(e.headers) }),
      (err: unknown) => {
        endpoint = undefined; // asked again on the next call
        throw err;
      },
    ));
  let strategy: Promise<RetryStrategyV2> | undefined;

  async function attempt(operation: ReadOperation, body: string): Promise<unknown> {
    const url = await resolveEndpoint();
    const request = new HttpRequest({
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      method: 'POST',
      headers: {
        ...url.extraHeaders,
        host: url.host,
        'content-type': CONTENT_TYPE,
        'content-length': String(Buffer.byteLength(body)),
        'x-amz-target': `${TARGET_PREFIX}.${operation}`,
      },
      body,
    });
    const signing = {
      config,
      context: {},
      signingRegion: await config.region(),
      signingName: SIGNING_NAME,
    } as Record<string, unknown>;
    const signed = await sigv4.sign(request, await config.credentials(), signing);
    const { response } = await config.requestHandler.handle(signed as HttpRequest);
    const text = await bodyText(response.body, config);
    if (response.statusCode >= 200 && response.statusCode < 300) {
      sigv4.successHandler(response, signing);
      return JSON.parse(text);
    }
    const err = serviceError(response, text);
    sigv4.errorHandler(signing)(err); // corrects the clock offset from the answer's Date; rethrows
    throw err;
  }

  return (async (operation: ReadOperation, input: unknown) => {
    const body = JSON.stringify(input);
    const retries = await (strategy ??= Promise.resolve(config.retryStrategy()).then(strategyV2));
    let token = await retries.acquireInitialRetryToken('');
    let attempts = 0;
    for (;;) {
      attempts++;
      try {
        const output = await attempt(operation, body);
        retries.recordSuccess(token);
        return output;
      } catch (err) {
        const e = asError(err);
        try {
          token = await retries.refreshRetryTokenForRetry(token, retryInfo(e));
        } catch {
          e.$metadata = { ...e.$metadata, attempts };
          throw e;
        }
        const delay = token.getRetryDelay();
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }) as TableRead;
}

/**
 * An answer's body as text. The Node request handler's is a Node stream (the IncomingMessage),
 * read here as it comes: the SDK's streamCollector first asks whether a body is a web Blob or
 * ReadableStream, and the first such question makes Node load its web streams, 2-3 ms of a Lambda
 * cold start's first answer for a body that is never one; then it pipes the body into a Writable
 * of its own, on every call (bench:table-call: a read cost 2.32x-2.41x the bare request's CPU with
 * it, 1.79x-1.99x without). A body that fails rejects as it did there: a connection reset, or
 * one that stops sending (the socket's inactivity limit, clients.ts). Any other body goes to the
 * client's own collector.
 */
async function bodyText(body: unknown, config: DynamoDBClientResolvedConfig): Promise<string> {
  if (body instanceof Readable) {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      body.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      body.once('error', reject);
    });
  }
  const bytes = await config.streamCollector(body);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** The client's retry strategy, which must be of the SDK's current interface (every default is). */
function strategyV2(strategy: RetryStrategy | RetryStrategyV2): RetryStrategyV2 {
  if ('acquireInitialRetryToken' in strategy) return strategy;
  throw new Error('table reads need a retry strategy of the RetryStrategyV2 interface (the SDK default)');
}

function flatHeaders(headers: Record<string, string[]> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, v.join(',')]));
}

/** A DynamoDB error answer as the SDK reports it: named by its code, with its status. */
function serviceError(response: HttpResponse, text: string): TableReadError {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // not JSON (a proxy's page): named by its status below
  }
  const code = loadJsonRpcErrorCode(response, data) ?? `HTTP${response.statusCode}`;
  const message = [data.message, data.Message].find((m): m is string => typeof m === 'string') ?? text.slice(0, 200);
  const err = new Error(message || code) as TableReadError;
  err.name = code;
  err.$fault = response.statusCode >= 500 ? 'server' : 'client';
  err.$metadata = { httpStatusCode: response.statusCode, requestId: header(response, 'x-amzn-requestid') };
  err.$response = response;
  return err;
}

function header(response: HttpResponse, name: string): string | undefined {
  const found = Object.entries(response.headers).find(([k]) => k.toLowerCase() === name);
  return found?.[1];
}

function asError(err: unknown): TableReadError {
  return (err instanceof Error ? err : new Error(String(err))) as TableReadError;
}

/** As the SDK's retry middleware classifies an error. */
function retryInfo(err: TableReadError): RetryErrorInfo {
  const error = err as SdkError;
  const errorType = isThrottlingError(error)
    ? 'THROTTLING'
    : isTransientError(error)
      ? 'TRANSIENT'
      : isServerError(error)
        ? 'SERVER_ERROR'
        : 'CLIENT_ERROR';
  return { error, errorType };
}
