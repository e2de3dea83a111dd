// The click stream's transform: Firehose hands it a batch of records (each one event the site
// sent to POST /clicks, as API Gateway put it: the event's JSON, base64), it answers each record
// with the event plus what the table knows of the mysfit (name, species, good/evil, law/chaos)
// and when Firehose received it, as one JSON line. A record it cannot read, or whose mysfit the
// table does not have, is ProcessingFailed: Firehose keeps it under the error prefix, never drops
// it. Each distinct mysfit of a batch is read once (BatchGetItem), whatever its clicks.
//
// Shared by the Lambda function (index.ts) and the local run, which writes the same lines to a
// folder (local/clicks.ts); the table read is lookup.ts. No AWS SDK here: the template builders
// import this file's names (columns, partition key), and `generate` should not load the SDK.
import {
  CLICK_AT_PATTERN,
  CLICK_FILTER_PATTERN,
  CLICK_TIME_WINDOW,
  CLICK_TYPES,
  MYSFIT_ID_PATTERN,
  type ClickType,
} from '../../service/src/contract/schemas.js';

/** The function's environment variable naming the mysfits table (analytics.yml sets it). */
export const TABLE_ENV = 'TABLE_NAME';

/** Firehose's data-transformation event (Firehose Developer Guide, "Data transformation"). */
export interface FirehoseTransformationEvent {
  readonly invocationId: string;
  readonly deliveryStreamArn: string;
  readonly region: string;
  readonly records: readonly {
    readonly recordId: string;
    /** Milliseconds since the epoch. */
    readonly approximateArrivalTimestamp: number;
    readonly data: string;
  }[];
}

export type TransformResult = 'Ok' | 'Dropped' | 'ProcessingFailed';

export interface FirehoseTransformationResponse {
  readonly records: { readonly recordId: string; readonly result: TransformResult; readonly data: string }[];
}

/** What the table knows of a mysfit, as the records carry it. */
export interface MysfitAttributes {
  readonly name: string;
  readonly species: string;
  readonly goodevil: string;
  readonly lawchaos: string;
}

/** One line of the click records (the Glue table's columns, builders/analytics.ts). */
export interface ClickRecord extends Partial<MysfitAttributes> {
  readonly type: ClickType;
  readonly mysfitId?: string;
  readonly filter?: string;
  /** When it happened, by the browser. */
  readonly at: string;
  /** When Firehose received it (ISO 8601). */
  readonly receivedAt: string;
}

/**
 * The records' day partition, Hive style (`dt=2026-12-01`): the day, in UTC, Firehose received
 * them. Firehose's prefix (`!{timestamp:...}`) and Athena's date projection (`projection.dt.format`)
 * read the same Java date format; the local run writes the same folders.
 */
export const CLICK_DAY_KEY = 'dt';
export const CLICK_DAY_FORMAT = 'yyyy-MM-dd';

/** The partition folder of a time: `dt=2026-12-01`. */
export function clickDayFolder(at: Date): string {
  return `${CLICK_DAY_KEY}=${at.toISOString().slice(0, 10)}`;
}

/** The columns of a record, in order: the Glue table declares exactly these. */
export const CLICK_COLUMNS = [
  'type',
  'mysfitId',
  'filter',
  'at',
  'receivedAt',
  'name',
  'species',
  'goodevil',
  'lawchaos',
] as const satisfies readonly (keyof ClickRecord)[];

/** Reads the mysfits of these ids; a missing one is not in the map. */
export type MysfitLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, MysfitAttributes>>;

const ID = new RegExp(MYSFIT_ID_PATTERN, 'u');
const FILTER = new RegExp(CLICK_FILTER_PATTERN, 'u');
const AT = new RegExp(CLICK_AT_PATTERN, 'u');
/** No identity: POST /clicks is public, so a user named in an event would be the caller's word. */
const FIELDS = new Set(['type', 'mysfitId', 'filter', 'at']);

type Event = Omit<ClickRecord, 'receivedAt' | keyof MysfitAttributes>;

/** The event a record carries, or why it is not one. */
export function parseEvent(data: string): Event | string {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const e = value as Record<string, unknown>;
  const extra = Object.keys(e).filter((k) => !FIELDS.has(k));
  if (extra.length) return `unknown field ${extra[0]}`;
  if (!(CLICK_TYPES as readonly unknown[]).includes(e.type)) return 'type is not one of ' + CLICK_TYPES.join(', ');
  if (typeof e.at !== 'string' || !AT.test(e.at)) return 'at is not an ISO 8601 UTC time';
  if (e.type === 'filter') {
    if (typeof e.filter !== 'string' || !FILTER.test(e.filter)) return 'a filter event needs filter (GoodEvil=Good)';
    if (e.mysfitId !== undefined) return 'a filter event has no mysfitId';
  } else {
    if (typeof e.mysfitId !== 'string' || !ID.test(e.mysfitId)) return `a ${e.type} event needs a mysfitId`;
    if (e.filter !== undefined) return `a ${e.type} event has no filter`;
  }
  return e as unknown as Event;
}

/**
 * An event's time as recorded: as sent when within CLICK_TIME_WINDOW of its arrival, else the
 * arrival (a wrong clock or a made-up time: 1970, 9999, a date that does not exist).
 */
export function clampedTime(at: string, arrived: number): string {
  const t = Date.parse(at);
  const sane =
    Number.isFinite(t) &&
    new Date(t).toISOString().slice(0, 19) === at.slice(0, 19) &&
    t >= arrived - CLICK_TIME_WINDOW.pastMs &&
    t <= arrived + CLICK_TIME_WINDOW.futureMs;
  return sane ? at : new Date(arrived).toISOString();
}

const encode = (record: ClickRecord): string => Buffer.from(JSON.stringify(record) + '\n').toString('base64');

/** The answer to one batch. A failed lookup (the table unreachable) throws: Firehose retries the batch. */
export async function enrich(
  event: FirehoseTransformationEvent,
  lookup: MysfitLookup,
  log: (message: string, fields: Record<string, unknown>) => void = () => {},
): Promise<FirehoseTransformationResponse> {
  const parsed = event.records.map((r) => ({ record: r, event: parseEvent(r.data) }));
  const ids = [...new Set(parsed.flatMap(({ event: e }) => (typeof e === 'object' && e.mysfitId ? [e.mysfitId] : [])))];
  const mysfits = ids.length ? await lookup(ids) : new Map<string, MysfitAttributes>();
  const records = parsed.map(({ record, event: e }) => {
    const failed = (reason: string) => {
      log('click record refused', { recordId: record.recordId, reason });
      return { recordId: record.recordId, result: 'ProcessingFailed' as const, data: record.data };
    };
    if (typeof e === 'string') return failed(e);
    const receivedAt = new Date(record.approximateArrivalTimestamp).toISOString();
    const at = clampedTime(e.at, record.approximateArrivalTimestamp);
    if (at !== e.at) log('click time clamped', { recordId: record.recordId, at: e.at, receivedAt });
    if (e.mysfitId === undefined)
      return { recordId: record.recordId, result: 'Ok' as const, data: encode({ ...e, at, receivedAt }) };
    const mysfit = mysfits.get(e.mysfitId);
    if (!mysfit) return failed(`no mysfit ${e.mysfitId}`);
    return { recordId: record.recordId, result: 'Ok' as const, data: encode({ ...e, at, receivedAt, ...mysfit }) };
  });
  return { records };
}
