// Profile reads, shared under load without ever going stale. Each read of an item is strongly
// consistent and *starts after every request it answers arrived*, so a like or adoption that
// finished before a request came in is always in its answer (read-your-writes, across tasks).
// Requests that arrive while `maxInFlight` reads are running wait for the next read and share
// it: one BatchGetItem for all the ids waiting (up to 100). At low load a request is read at
// once, as with a plain GetItem; under load dozens of requests cost one read.
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { KEY } from '../data/table.js';

type Item = Record<string, unknown>;

interface Waiter {
  resolve(item: Item | undefined): void;
  reject(err: unknown): void;
}

/** BatchGetItem's limit of keys per call. */
const BATCH = 100;
/** Attempts at keys DynamoDB left unprocessed (throttling) before giving up. */
const ATTEMPTS = 5;

export class FreshReads {
  private readonly waiting = new Map<string, Waiter[]>();
  private inFlight = 0;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly maxInFlight = 4,
  ) {}

  /** The item with this key, read after this call; undefined if there is none. */
  get(id: string): Promise<Item | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(id, [{ resolve, reject }]);
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.size > 0) {
      const batch = new Map<string, Waiter[]>();
      for (const [id, waiters] of this.waiting) {
        if (batch.size === BATCH) break;
        batch.set(id, waiters);
      }
      for (const id of batch.keys()) this.waiting.delete(id);
      this.inFlight++;
      void this.read(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async read(batch: Map<string, Waiter[]>): Promise<void> {
    const found = new Map<string, Item>();
    try {
      let keys = [...batch.keys()];
      for (let attempt = 1; keys.length > 0; attempt++) {
        if (attempt > ATTEMPTS) throw throttled();
        if (attempt > 1) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        const out = await this.db.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys.map((id) => ({ [KEY]: id })), ConsistentRead: true } },
          }),
        );
        for (const item of out.Responses?.[this.tableName] ?? []) found.set(String(item[KEY]), item);
        keys = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []).map((k) => String(k[KEY]));
      }
    } catch (err) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
      return;
    }
    for (const [id, waiters] of batch) for (const w of waiters) w.resolve(found.get(id));
  }
}

/** Named as DynamoDB names throttling, so it is answered as a 503 like DynamoDB's own. */
function throttled(): Error {
  const err = new Error('DynamoDB left keys unprocessed after several attempts');
  err.name = 'ProvisionedThroughputExceededException';
  return err;
}
