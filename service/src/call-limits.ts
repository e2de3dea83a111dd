// How long the service waits for an AWS call (clients.ts applies these), declared apart from the
// clients so code without Node's modules (the site's types) can import the figures.

/** The limits of one AWS call (all its attempts): at most attempts x requestTimeoutMs plus backoff. */
export const CALL_LIMITS = {
  /** A new connection must be set up within this. */
  connectionTimeoutMs: 1000,
  /** One attempt, from its start (queueing for a connection included) to its answer. */
  requestTimeoutMs: 2500,
  /** Attempts per call (the SDK's standard retry: a timeout, reset or throttle is retried). */
  maxAttempts: 3,
  /** Kept-alive connections per endpoint; more requests wait for one. */
  maxSockets: 64,
} as const;

/** The longest one call can take: every attempt timing out, plus the SDK's backoff (under 1 s). */
export const CALL_DEADLINE_MS = CALL_LIMITS.maxAttempts * CALL_LIMITS.requestTimeoutMs + 1000;

/**
 * The one deadline of a request's own work (its table calls, after its body was read and its token
 * checked): answered by then, with success or a 503, however many calls it makes and however slow
 * each is (a like makes two). Under API Gateway's 29 s and the service function's default 10 s
 * timeout, so the caller always gets the service's answer (with its code and Retry-After), never
 * a 504 or a dropped connection; a call still running at the deadline goes on within its own
 * CALL_DEADLINE_MS, unanswered.
 */
export const REQUEST_DEADLINE_MS = 8000;

/**
 * `answer`, or a TimeoutError after `ms` (named as the SDK names its own timeouts, so it is
 * answered 503 like them): a request waits for the table at most that long, whatever it waits behind.
 */
export function withinDeadline<T>(answer: Promise<T>, ms: number, what = 'the table'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const err = new Error(`no answer from ${what} within ${ms} ms`);
      err.name = 'TimeoutError';
      reject(err);
    }, ms);
    answer.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/**
 * Table work (reads and writes) waiting at once, beyond which a request is answered 503 at once
 * instead of queued: during a hang, clients that give up and retry would otherwise pile up
 * requests (each held until its call's deadline) until the heap runs out.
 */
export const MAX_PENDING_TABLE_CALLS = 512;
