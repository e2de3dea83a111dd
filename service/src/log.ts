// Structured logs: one JSON object a line on stdout, which CloudWatch Logs (awslogs driver)
// stores as is and Logs Insights can query by field. Every request gets one line with its id,
// status and latency. Headers and bodies are never logged, so no token or password can leak.
import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { ErrorState } from './errors.js';

export type Level = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** A logger writing JSON lines to `write` (stdout by default). */
export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log =
    (level: Level) =>
    (msg: string, fields: LogFields = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n');
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** Fields of an unexpected error worth logging: its name, message and where it came from. */
export function errorFields(err: unknown): LogFields {
  if (err instanceof Error) return { err: { name: err.name, message: err.message, stack: err.stack } };
  return { err: String(err) };
}

export interface RequestState extends ErrorState {
  requestId: string;
  /** The verified caller, when the route needed a token: its `sub`, an id and not a secret. */
  user?: string;
}

// A caller-supplied id (API Gateway's, or a client's) is kept when it is short and plain, so
// one id follows a request across systems; anything else is replaced.
/** A caller's X-Request-Id the service keeps (else it makes a new one). */
export const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Outermost middleware: assigns the request id and writes the request's log line. */
export function requestLog(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const started = process.hrtime.bigint();
    const given = ctx.get('x-request-id');
    const state = ctx.state as RequestState;
    state.requestId = REQUEST_ID.test(given) ? given : randomUUID();
    ctx.set('X-Request-Id', state.requestId);
    try {
      await next();
    } finally {
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      const level: Level = ctx.status >= 500 ? 'error' : 'info';
      log[level]('request', {
        requestId: state.requestId,
        method: ctx.method,
        path: ctx.path,
        status: ctx.status,
        latencyMs: Math.round(latencyMs * 100) / 100,
        ...(state.errorCode ? { error: state.errorCode } : {}),
        ...(state.user ? { user: state.user } : {}),
      });
    }
  };
}
