// A Lambda function run as Lambda runs it, as far as this machine can: the packaged zip (built
// by package's own asset builder), unpacked into a folder with no node_modules, its handler
// loaded in a process of its own (one instance: events one at a time, state kept between them),
// fed events of the documented shape. And a stand-in for API Gateway's aws_proxy integration:
// an HTTP server on loopback turning each request into a REST API proxy event (payload format
// 1.0) and the function's result into the HTTP answer, so HTTP tests run against the function.
//
// Unlike API Gateway, the stand-in passes every request on (a missing route, a method the path
// lacks, a preflight), so the function's own answers to those are checked too; API Gateway
// answers them itself from the Swagger's mocks. Not emulated: the Cognito authorizer (the
// function checks every token itself), throttling, the 10 MB payload and 29 s limits.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { functionAsset } from '../../generator/package/assets.js';
import type { FunctionAsset } from '../../generator/builders/common.js';
import { matchPath } from '../../service/src/contract/operations.js';
import { ROOT } from '../helpers.js';

export interface PackagedFunction {
  /** The folder the zip was unpacked into. */
  readonly dir: string;
  readonly zipBytes: number;
  readonly files: Record<string, number>;
  remove(): void;
}

/** A function's packaged zip, built exactly as `mysfits package` builds it, unpacked. */
export async function packagedFunction(name: FunctionAsset): Promise<PackagedFunction> {
  const built = await functionAsset({ root: ROOT, cacheDir: join(ROOT, 'test-results', 'asset-cache') }, name);
  const dir = mkdtempSync(join(tmpdir(), `mysfits-${name}-`));
  const files: Record<string, number> = {};
  for (const [path, content] of Object.entries(unzipSync(built.zip))) {
    writeFileSync(join(dir, path), content);
    files[path] = content.byteLength;
  }
  return { dir, zipBytes: built.zip.byteLength, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface LambdaInstance {
  /** How long loading the handler took (the init phase, without the process start). */
  readonly initMs: number;
  invoke<T = unknown>(event: unknown): Promise<T>;
  /** The Node built-in modules the instance has loaded so far (`NativeModule internal/...`). */
  loadedModules(): Promise<string[]>;
  /** The files of the zip the instance has loaded so far (full paths). */
  loadedFiles(): Promise<string[]>;
  /** Its stdout so far: the function's log lines. */
  lines(): string[];
  stop(): Promise<void>;
}

export class InitError extends Error {
  constructor(
    message: string,
    readonly stdout: string,
  ) {
    super(message);
    this.name = 'InitError';
  }
}

/** One instance of the function in `dir`, with `env` as its configuration (and PATH). */
export async function startInstance(dir: string, env: Record<string, string>): Promise<LambdaInstance> {
  const child: ChildProcess = fork(join(ROOT, 'dist', 'test', 'support', 'lambda-runtime-child.js'), [dir], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stdout += d.toString()));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const initMs = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new InitError(`the function's init failed (exit ${code})`, stdout)));
    child.once('message', (m: { type: string; initMs?: number; message?: string }) => {
      if (m.type === 'ready') resolve(m.initMs!);
      else reject(new InitError(m.message ?? 'init failed', stdout));
    });
  });
  child.on('message', (m: { type: string; id: number; result?: unknown; message?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.result);
    else p.reject(new Error(m.message));
  });
  let next = 0;
  const ask = <T>(message: { event: unknown } | { loaded: true } | { files: true }) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, ...message });
    });
  return {
    initMs,
    invoke: <T>(event: unknown) => ask<T>({ event }),
    loadedModules: () => ask<string[]>({ loaded: true }),
    loadedFiles: () => ask<string[]>({ files: true }),
    lines: () => stdout.split('\n').filter((l) => l !== ''),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
    },
  };
}

/** A query string's parameters, decoded, each with every value it was given. */
function queryParameters(query: string): Record<string, string[]> {
  const multi: Record<string, string[]> = {};
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  for (const pair of query.split('&').filter((p) => p !== '')) {
    const [k, v = ''] = pair.split(/=(.*)/s, 2);
    (multi[decode(k!)] ??= []).push(decode(v));
  }
  return multi;
}

/** A REST API proxy event (payload format 1.0) for an HTTP request, as API Gateway builds it. */
export function proxyEvent(
  method: string,
  rawUrl: string,
  headers: IncomingMessage['headersDistinct'],
  body: string,
  stage = 'prod',
): APIGatewayProxyEvent {
  const [path, query = ''] = rawUrl.split(/\?(.*)/s, 2);
  // REST APIs pass the path still percent-encoded, the query parameters decoded.
  const multi = queryParameters(query);
  const single = Object.fromEntries(Object.entries(multi).map(([k, v]) => [k, v[v.length - 1]]));
  const multiHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v ?? []]));
  const match = matchPath(path);
  return {
    resource: match?.path ?? path,
    path,
    httpMethod: method,
    headers: Object.fromEntries(Object.entries(multiHeaders).map(([k, v]) => [k, v[v.length - 1]])),
    multiValueHeaders: multiHeaders,
    queryStringParameters: Object.keys(single).length ? single : null,
    multiValueQueryStringParameters: Object.keys(multi).length ? multi : null,
    pathParameters: match && Object.keys(match.params).length ? { ...match.params } : null,
    stageVariables: null,
    requestContext: {
      requestId: randomUUID(),
      stage,
      httpMethod: method,
      path: `/${stage}${path}`,
      resourcePath: match?.path ?? path,
      identity: { sourceIp: '127.0.0.1' },
    } as APIGatewayProxyEvent['requestContext'],
    body: body === '' ? null : body,
    isBase64Encoded: false,
  };
}

/**
 * An HTTP API's Lambda proxy event (payload format 2.0, API Gateway Developer Guide, "Working with
 * AWS Lambda proxy integrations for HTTP APIs"): the stage $default (no stage in the path),
 * headers and repeated query parameters joined with commas, the raw query string as sent, the
 * route key of the contract's operation ($default for any other path).
 */
export function httpApiEvent(
  method: string,
  rawUrl: string,
  headers: IncomingMessage['headersDistinct'],
  body: string,
): APIGatewayProxyEventV2 {
  const [path, query = ''] = rawUrl.split(/\?(.*)/s, 2);
  const multi = queryParameters(query);
  const match = matchPath(path);
  const routeKey = match ? `${method} ${match.path}` : '$default';
  const now = new Date();
  const joined = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, (v ?? []).join(',')]));
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: query,
    headers: joined,
    ...(Object.keys(multi).length
      ? { queryStringParameters: Object.fromEntries(Object.entries(multi).map(([k, v]) => [k, v.join(',')])) }
      : {}),
    ...(match && Object.keys(match.params).length ? { pathParameters: { ...match.params } } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api-id',
      domainName: 'api-id.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'api-id',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: joined['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body === '' ? {} : { body }),
    isBase64Encoded: false,
  };
}

export interface Gateway {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The stand-in for API Gateway in front of one instance (see the top of this file): a REST API's
 * aws_proxy (payload 1.0), or with `payload: '2.0'` an HTTP API's Lambda proxy.
 */
export async function proxyGateway(instance: LambdaInstance, payload: '1.0' | '2.0' = '1.0'): Promise<Gateway> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const event =
        payload === '2.0'
          ? httpApiEvent(req.method!, req.url!, req.headersDistinct, body)
          : proxyEvent(req.method!, req.url!, req.headersDistinct, body);
      instance.invoke<APIGatewayProxyResult & APIGatewayProxyStructuredResultV2>(event).then(
        (result) => {
          const headers: Record<string, string | string[]> = { ...result.headers } as Record<string, string>;
          for (const [k, v] of Object.entries(result.multiValueHeaders ?? {})) headers[k] = v.map(String);
          if (result.cookies?.length) headers['set-cookie'] = result.cookies;
          res.writeHead(result.statusCode, headers);
          res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : result.body);
        },
        (err: Error) => {
          // What API Gateway answers when the function fails.
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `Internal server error (${err.message})` }));
        },
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
