// The mysfits table, as the API sees it. Writes are single conditional DynamoDB updates, so they
// stay correct with any number of tasks and requests at once, and each counts once however
// often the SDK sends it again (a retry after an answer lost on the way back):
//   - like:  ADD Likes 1, only if the item exists (an unknown id never creates an item), as a
//            one-item TransactWriteItems whose ClientRequestToken is the request's own: DynamoDB
//            writes a token once (for 10 minutes), so a retried like is not counted twice;
//   - adopt: SET Adopted true and AdoptedBy the user, only if the item exists and nobody else
//            adopted it (exactly one winner; the winner asking again gets their adoption).
// The list carries no likes, and adoption only as a mark that may be LIST_CACHE_MS old, so it is
// cached briefly; with the cache off, each answer comes from a read that started after its
// request arrived (list-reads.ts shares such reads under load). A profile is always read
// strongly consistent, by a read that starts after the request arrived, so a like shows at once
// (fresh-reads.ts shares such reads between requests under load).
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FilterName } from '../contract/schemas.js';
import type { GoodEvil, LawChaos } from '../data/catalogue.js';
import { INDEXES, KEY, type IndexName } from '../data/table.js';
import { tableReads } from '../data/table-reads.js';
import { MAX_PENDING_TABLE_CALLS } from '../call-limits.js';
import { ApiError } from '../errors.js';
import { FreshReads } from './fresh-reads.js';
import { ListReads } from './list-reads.js';
import { byName } from './by-name.js';

/** A mysfit in the list (the tutorial's shape). */
export interface MysfitSummary {
  readonly mysfitId: string;
  readonly name: string;
  readonly species: string;
  readonly goodevil: GoodEvil;
  readonly lawchaos: LawChaos;
  readonly thumbImageUri: string;
  /** Adopted already; in the list, as of its cache (LIST_CACHE_MS). */
  readonly adopted: boolean;
}

/** A mysfit's profile: the summary plus its story, likes and adoption. */
export interface MysfitProfile extends MysfitSummary {
  readonly description: string;
  readonly age: number;
  readonly profileImageUri: string;
  readonly likes: number;
}

export interface ListFilter {
  readonly name: FilterName;
  readonly value: string;
}

export type AdoptResult = 'adopted' | 'already_adopted' | 'not_found';

const SUMMARY_ATTRIBUTES = ['MysfitId', 'Name', 'Species', 'GoodEvil', 'LawChaos', 'ThumbImageUri', 'Adopted'];
// Name is a reserved word; alias them all alike (#MysfitId, #Name, ...).
const SUMMARY_NAMES: Record<string, string> = Object.fromEntries(SUMMARY_ATTRIBUTES.map((a) => [`#${a}`, a]));
const SUMMARY_PROJECTION = Object.keys(SUMMARY_NAMES).join(', ');

type Item = Record<string, unknown>;

export class MysfitStore {
  private readonly listCache = new Map<string, { at: number; value: Promise<MysfitSummary[]> }>();
  private readonly reads: FreshReads;
  private readonly listReads = new ListReads<MysfitSummary[]>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** How long a list answer is reused; 0: every call reads the table. */
    private readonly listCacheMs = 0,
  ) {
    this.reads = new FreshReads(db, tableName);
  }

  private pending = 0;

  /** Runs table work, unless MAX_PENDING_TABLE_CALLS are waiting already (then a 503 at once). */
  private async bounded<T>(work: () => Promise<T>): Promise<T> {
    if (this.pending >= MAX_PENDING_TABLE_CALLS) throw overloaded();
    this.pending++;
    try {
      return await work();
    } finally {
      this.pending--;
    }
  }

  /** Every mysfit, or those matching a filter (through its index), sorted by name. */
  async list(filter?: ListFilter): Promise<MysfitSummary[]> {
    const key = filter ? `${filter.name}=${filter.value}` : '';
    // Uncached: a read that starts after this call, shared with the requests waiting for it.
    // Each waiting request counts against MAX_PENDING_TABLE_CALLS, as if it read alone.
    if (this.listCacheMs <= 0)
      return this.bounded(() => this.listReads.get(key, () => readList(this.db, this.tableName, filter)));
    const now = Date.now();
    const hit = this.listCache.get(key);
    if (hit && now - hit.at < this.listCacheMs) return hit.value;
    // Concurrent misses share one read; a failed read is not cached.
    const value = this.bounded(() => readList(this.db, this.tableName, filter));
    this.listCache.set(key, { at: now, value });
    value.catch(() => {
      if (this.listCache.get(key)?.value === value) this.listCache.delete(key);
    });
    return value;
  }

  /** One mysfit, as it is now (after every write that finished before this call). */
  async get(id: string): Promise<MysfitProfile | undefined> {
    const item = await this.bounded(() => this.reads.get(id));
    return item ? profile(item) : undefined;
  }

  /**
   * Adds one like, once for `requestToken` (at most 36 characters: the request's id); the count
   * after it, or undefined if there is no such mysfit (nothing is written).
   */
  async like(id: string, requestToken: string): Promise<number | undefined> {
    return this.bounded(() => this.likeOnce(id, requestToken));
  }

  private async likeOnce(id: string, requestToken: string): Promise<number | undefined> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          ClientRequestToken: requestToken,
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: { [KEY]: id },
                UpdateExpression: 'ADD Likes :one',
                ConditionExpression: 'attribute_exists(#key)',
                ExpressionAttributeNames: { '#key': KEY },
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    } catch (err) {
      if (
        err instanceof TransactionCanceledException &&
        err.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      )
        return undefined;
      throw err;
    }
    // A transaction returns no values: the count is read after it (strongly consistent, shared
    // with the profile reads), so it includes this like and any that finished before.
    const item = await this.reads.get(id);
    return count(item?.Likes);
  }

  /** Marks the mysfit adopted by `user`, if it exists and nobody else adopted it first. */
  async adopt(id: string, user: string): Promise<AdoptResult> {
    return this.bounded(() => this.adoptOnce(id, user));
  }

  private async adoptOnce(id: string, user: string): Promise<AdoptResult> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [KEY]: id },
          UpdateExpression: 'SET Adopted = :true, AdoptedBy = :user',
          // Adopted by this user already (their retry, or an answer lost) is success again.
          ConditionExpression:
            'attribute_exists(#key) AND (attribute_not_exists(Adopted) OR Adopted = :false OR AdoptedBy = :user)',
          ExpressionAttributeNames: { '#key': KEY },
          ExpressionAttributeValues: { ':true': true, ':false': false, ':user': user },
          // DynamoDB returns the item on failure, which tells "adopted" from "missing" in one call.
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'adopted';
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      // Emulators (dynalite) return no item: then look. Adoption is never undone, so an item
      // that exists now was adopted when the condition failed.
      const exists = err.Item !== undefined || (await this.get(id)) !== undefined;
      return exists ? 'already_adopted' : 'not_found';
    }
  }
}

/**
 * The list's table read: every page of a Scan (or of a Query through the filter's index), each
 * item's summary, sorted by name. One read, unshared and uncached (the store shares and caches
 * it; the benchmark's floor calls it bare).
 */
export async function readList(
  db: DynamoDBDocumentClient,
  tableName: string,
  filter?: ListFilter,
): Promise<MysfitSummary[]> {
  // The table's own JSON (AttributeValue maps), not the document client's: its marshalling of
  // every attribute of every item was 7% of an unshared list read's CPU, for seven strings and a
  // boolean read below; and through tableReads, not the client's middleware (table-reads.ts).
  // Every page is the same request but for where it starts.
  const read = tableReads(db);
  const scan = {
    TableName: tableName,
    ProjectionExpression: SUMMARY_PROJECTION,
    ExpressionAttributeNames: SUMMARY_NAMES,
  };
  const query = filter && { ...scan, ...throughIndex(filter) };
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = query
      ? await read('Query', { ...query, ExclusiveStartKey: start })
      : await read('Scan', { ...scan, ExclusiveStartKey: start });
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.map(summaryOf).sort((a, b) => byName(a.name, b.name));
}

/** 503 with Retry-After, before anything was sent: `unavailable` (nothing written), even for a like or adopt. */
/** The message of that refusal: nothing was sent to the table. */
export const TABLE_BUSY_MESSAGE = 'the service is busy: retry shortly';

function overloaded(): ApiError {
  const cause = new Error(`more than ${MAX_PENDING_TABLE_CALLS} table calls are waiting already`);
  return new ApiError('unavailable', TABLE_BUSY_MESSAGE, { 'Retry-After': '1' }, cause);
}

const indexOf = (filter: FilterName): IndexName => `${filter}Index`;

/** What the list's request adds to a scan to query through the filter's index instead. */
function throughIndex(filter: ListFilter) {
  const index = indexOf(filter.name);
  return {
    IndexName: index,
    KeyConditionExpression: '#f = :v',
    ExpressionAttributeNames: { ...SUMMARY_NAMES, '#f': INDEXES[index].hash },
    ExpressionAttributeValues: { ':v': { S: filter.value } },
  };
}

// Items are written by the seed, but the table is not ours alone: a missing or odd attribute
// becomes an empty value rather than a crash or the string "undefined".
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** A summary from an item's strings and its adoption mark, however the item was read. */
function summaryFrom(field: (name: string) => string, adopted: boolean): MysfitSummary {
  return {
    mysfitId: field('MysfitId'),
    name: field('Name'),
    species: field('Species'),
    goodevil: field('GoodEvil') as GoodEvil,
    lawchaos: field('LawChaos') as LawChaos,
    thumbImageUri: field('ThumbImageUri'),
    adopted,
  };
}

/** From the table's own attribute values (the list reads them unconverted). */
const summaryOf = (item: Record<string, AttributeValue>): MysfitSummary =>
  summaryFrom((name) => item[name]?.S ?? '', item.Adopted?.BOOL === true);

const summary = (item: Item): MysfitSummary => summaryFrom((name) => text(item[name]), item.Adopted === true);

/** A profile from an item as the document client reads it. */
export function profile(item: Item): MysfitProfile {
  return {
    ...summary(item),
    description: text(item.Description),
    age: count(item.Age),
    profileImageUri: text(item.ProfileImageUri),
    likes: count(item.Likes),
  };
}
