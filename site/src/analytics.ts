// What the visitor does, reported to the API's POST /clicks for analytics (docs/analytics.md "Click
// analytics"): a profile opened, a like, an adoption, a filter used. Events wait in a queue and
// go in batches (at most the contract's CLICKS_PER_REQUEST), a few seconds after the first one
// or at once when the page is hidden, with `fetch(..., { keepalive: true })` so a batch outlives
// the page; nothing waits for the answer and a failure is dropped: reporting never delays or
// breaks the interface. An event carries its kind, the mysfit or filter, the time, and for a
// signed-in visitor the Cognito `sub` of the session; nothing else. With config.json's
// `analytics` false (the config's analytics.enabled off) nothing is ever sent.
import { OPERATIONS, pathOf } from '../../service/src/contract/operations.js';
import { CLICKS_PER_REQUEST, type ClickType } from '../../service/src/contract/schemas.js';

export interface ClickEvent {
  readonly type: ClickType;
  readonly mysfitId?: string;
  readonly filter?: string;
  readonly at: string;
}

export interface Tracker {
  /** Queue an event (with the time now; never who the visitor is). */
  track(event: { readonly type: ClickType; readonly mysfitId?: string; readonly filter?: string }): void;
  /** Send what is queued now (the page is being hidden). */
  flush(): void;
}

/** How long a first event waits for others before its batch goes. */
export const FLUSH_DELAY_MS = 3000;

/** A tracker that sends nothing (analytics off). */
export const NO_TRACKING: Tracker = { track: () => {}, flush: () => {} };

export function clickTracker(options: {
  readonly apiUrl: string;
  readonly send?: typeof fetch;
  readonly delayMs?: number;
}): Tracker {
  const url = `${options.apiUrl.replace(/\/+$/, '')}${pathOf('recordClicks')}`;
  const send = options.send ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let queue: ClickEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (queue.length > 0) {
      const events = queue.slice(0, CLICKS_PER_REQUEST);
      queue = queue.slice(CLICKS_PER_REQUEST);
      void send(url, {
        method: OPERATIONS.recordClicks.method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ events }),
        keepalive: true,
        credentials: 'omit',
      }).catch(() => {
        // Analytics is best effort: a lost batch is not the visitor's problem.
      });
    }
  };

  return {
    track(event) {
      queue.push({ ...event, at: new Date().toISOString() });
      if (queue.length >= CLICKS_PER_REQUEST) flush();
      else if (timer === undefined) timer = setTimeout(flush, options.delayMs ?? FLUSH_DELAY_MS);
    },
    flush,
  };
}
