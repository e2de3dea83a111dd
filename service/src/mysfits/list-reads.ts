// List reads, shared under load without ever going stale: the uncached list's counterpart of
// fresh-reads.ts. A read answers only requests that arrived before it started, so a like or an
// adoption that finished before a request came in is always in its answer. One read per list
// (the whole catalogue, or one filter) is in flight at a time: a request that arrives while one
// runs waits for the next, which starts when the running one ends and answers everyone who
// waited. At low load a request is read at once; with 32 connections dozens share one scan,
// which is most of the CPU a list answer costs (the SDK's signing, the HTTP round trip, parsing).
import { CALL_DEADLINE_MS, withinDeadline } from '../call-limits.js';

export class ListReads<T> {
  /** Per list key: the read in flight, and the one queued to start after it. */
  private readonly lists = new Map<string, { running: Promise<T>; next?: Promise<T> }>();

  constructor(private readonly deadlineMs: number = CALL_DEADLINE_MS) {}

  /**
   * `read()`'s answer, from a read that starts after this call. A request waits for one read's
   * worth of time at most (`deadlineMs`, then a TimeoutError answered 503), even when it queued
   * behind a read that hangs.
   */
  get(key: string, read: () => Promise<T>): Promise<T> {
    const list = this.lists.get(key);
    let answer: Promise<T>;
    if (!list) {
      answer = this.start(key, read);
    } else {
      list.next ??= list.running.then(
        () => this.start(key, read),
        () => this.start(key, read),
      );
      answer = list.next;
    }
    return withinDeadline(answer, this.deadlineMs);
  }

  private start(key: string, read: () => Promise<T>): Promise<T> {
    const running = read();
    this.lists.set(key, { running });
    const done = (): void => {
      const list = this.lists.get(key);
      if (list?.running !== running) return;
      if (list.next === undefined) this.lists.delete(key);
      // With a next read queued, it replaces this entry when it starts (start() above).
    };
    running.then(done, done);
    return running;
  }
}
