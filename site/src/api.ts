// The mysfits API (the Koa service behind API Gateway; docs/api.md). Paths and
// methods come from the API contract (service/src/contract/operations.ts), the same table the
// service's routes and the Swagger are built from. Every failure becomes an ApiError whose
// message a visitor can read: network down, session over, someone adopted first, the service in
// trouble. Like and adopt send the raw ID token in `Authorization`, as API Gateway's Cognito
// authorizer expects; a refused token is renewed once. Each like or adoption carries its own
// X-Request-Id, the same on every attempt: when its outcome is unknown (the service answers
// 503 outcome_unknown, or the connection failed), it is sent again with that id, which the
// service counts once.
import { AuthError } from './auth/auth-error.js';
import type { ErrorCode } from '../../service/src/contract/errors.js';
import { CORS, OPERATIONS, pathOf, type OperationId } from '../../service/src/contract/operations.js';
import { FILTERS } from '../../service/src/contract/schemas.js';
import type { GoodEvil, LawChaos } from '../../service/src/data/catalogue.js';
import type { MysfitProfile as Mysfit, MysfitSummary } from '../../service/src/mysfits/store.js';

// The answers' shapes are the service's own (type-only imports: nothing of the service is bundled
// but the contract's tables).
export type { GoodEvil, LawChaos } from '../../service/src/data/catalogue.js';
export type { MysfitProfile as Mysfit, MysfitSummary } from '../../service/src/mysfits/store.js';

/** The values each filter takes, as the API contract declares them. */
export const FILTER_VALUES = FILTERS;

export type Filter =
  | { readonly filter: 'GoodEvil'; readonly value: GoodEvil }
  | {
      readonly filter: 'LawChaos';
      readonly value: LawChaos;
    };

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the service could not be reached. */
    readonly status: number,
    /** The service's error code (`already_adopted`, ...), `network`, or `http_<status>`. */
    readonly code: string,
    message: string,
    /** How long the service asked to wait before retrying (its Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** How often a like or adoption is sent when its outcome stays unknown, each time with its one X-Request-Id. */
export const WRITE_ATTEMPTS = 3;
/** The longest wait between those attempts, whatever Retry-After says. */
const MAX_RETRY_WAIT_MS = 5000;
/** The codes after which a write may or may not have been saved: sent again with the same id. */
const UNKNOWN_OUTCOME: ReadonlySet<string> = new Set(['outcome_unknown' satisfies ErrorCode, 'network']);
const REQUEST_ID_HEADER = 'X-Request-Id' satisfies (typeof CORS.allowHeaders)[number];

export const SERVICE_UNREACHABLE =
  'Cannot reach the Mysfits service: the network seems to be down. Check your connection and try again.';

/** Where like and adopt get their token, and how a refused one is renewed. */
export interface TokenSource {
  idToken(): Promise<string>;
  refresh(): Promise<string>;
  end(reason: string): void;
}

export class Api {
  readonly #base: string;
  readonly #tokens: TokenSource;
  /** Mysfits this page has seen adopted (the list's marks may be older). */
  readonly #adopted = new Set<string>();

  constructor(apiUrl: string, tokens: TokenSource) {
    this.#base = apiUrl.replace(/\/+$/, '');
    this.#tokens = tokens;
  }

  /**
   * The list, as the service answers it (its adopted marks may be LIST_CACHE_MS old), with every
   * adoption this page has seen since marked: one it made, or one a fresher profile showed. An
   * adoption is final, so a mark never has to be taken back.
   */
  async list(filter: Filter | null = null): Promise<MysfitSummary[]> {
    const query = filter ? `?filter=${filter.filter}&value=${encodeURIComponent(filter.value)}` : '';
    const body = await this.#request<{ mysfits: MysfitSummary[] }>('listMysfits', pathOf('listMysfits') + query);
    return body.mysfits.map((m) => (!m.adopted && this.#adopted.has(m.mysfitId) ? { ...m, adopted: true } : m));
  }

  /** A profile, as it is now (its adopted mark then also shows in the list). */
  async get(id: string): Promise<Mysfit> {
    const mysfit = await this.#request<Mysfit>('getMysfit', pathOf('getMysfit', { mysfitId: id }));
    if (mysfit.adopted) this.#adopted.add(mysfit.mysfitId);
    return mysfit;
  }

  /** Likes once; the answer is the count after this like. */
  async like(id: string): Promise<number> {
    const body = await this.#signed<{ likes: number }>('likeMysfit', id);
    return body.likes;
  }

  /** Adopts; adopted either way when someone else was first (already_adopted). */
  async adopt(id: string): Promise<void> {
    try {
      await this.#signed('adoptMysfit', id);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'already_adopted') this.#adopted.add(id);
      throw err;
    }
    this.#adopted.add(id);
  }

  /**
   * A write with the ID token and one request id for all its attempts; a 401 renews the token and
   * retries once, then ends the session.
   */
  async #signed<T>(operation: 'likeMysfit' | 'adoptMysfit', mysfitId: string): Promise<T> {
    const path = pathOf(operation, { mysfitId });
    const requestId = crypto.randomUUID();
    const token = await this.#tokens.idToken();
    try {
      return await this.#write<T>(operation, path, token, requestId);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
    }
    let renewed: string;
    try {
      renewed = await this.#tokens.refresh();
    } catch (err) {
      throw err instanceof AuthError ? new ApiError(401, err.code, err.message) : err;
    }
    try {
      return await this.#write<T>(operation, path, renewed, requestId);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        const reason = 'The service no longer accepts your session. Sign in again.';
        this.#tokens.end(reason);
        throw new ApiError(401, err.code, reason);
      }
      throw err;
    }
  }

  /** A write, sent again with the same request id (after Retry-After) while its outcome is unknown. */
  async #write<T>(operation: OperationId, path: string, token: string, requestId: string): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#request<T>(operation, path, token, requestId);
      } catch (err) {
        if (!(err instanceof ApiError) || !UNKNOWN_OUTCOME.has(err.code) || attempt >= WRITE_ATTEMPTS) throw err;
        const wait = Math.min(err.retryAfterMs ?? 1000, MAX_RETRY_WAIT_MS);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  async #request<T>(operation: OperationId, path: string, token?: string, requestId?: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method: OPERATIONS[operation].method,
        headers: {
          Accept: 'application/json',
          ...(token ? { Authorization: token } : {}),
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
      });
    } catch {
      throw new ApiError(0, 'network', SERVICE_UNREACHABLE);
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // API Gateway and proxies may answer errors without JSON; the status still says enough.
    }
    if (response.ok && body !== null) return body as T;
    throw failure(response.status, body, retryAfterMs(response.headers.get('Retry-After')));
  }
}

/** Retry-After in seconds (the service's form), as milliseconds; undefined when absent or a date. */
function retryAfterMs(value: string | null): number | undefined {
  return value !== null && /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) * 1000 : undefined;
}

function failure(status: number, body: unknown, retryAfter?: number): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; message?: unknown };
  const code = typeof b.error === 'string' ? b.error : `http_${status}`;
  const detail = typeof b.message === 'string' ? b.message : '';
  if (status === 401) return new ApiError(status, code, 'Your session has ended. Sign in again.');
  if (status === 404) return new ApiError(status, code, 'This mysfit is not in the catalogue.');
  if (status === 429) return new ApiError(status, code, 'Too many requests right now. Wait a moment and try again.');
  if (status >= 500 || status === 0) {
    const message = `The Mysfits service is having trouble (${status}). Try again in a moment.`;
    return new ApiError(status, code, message, retryAfter);
  }
  if (status === 200) return new ApiError(502, 'invalid_answer', 'The Mysfits service answered something unexpected.');
  return new ApiError(status, code, detail ? `${capitalise(detail)}.` : `The request was refused (${status}).`);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).replace(/\.$/, '');
