// POST /clicks for the local run, as AWS answers it: the body checked against the contract's
// ClickBatch model (API Gateway's body validator), each event made one record the way the
// integration's mapping template makes it (the event's JSON, base64), the records run through the
// same transform Firehose runs (functions/click-enrich/enrich.ts) against the local table, and
// the results written as Firehose writes them: JSON lines under clicks/dt=<day>/, refused
// records under errors/processing-failed/. Each request is one file, as a buffer flush would be.
// Throttled as the deployed route is (api.throttling.clicks, the config's figures): 429 beyond.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Ajv } from 'ajv';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clickDayFolder, enrich } from '../functions/click-enrich/enrich.js';
import { tableLookup } from '../functions/click-enrich/lookup.js';
import { DEFINITIONS } from '../service/src/contract/schemas.js';
import { ApiError } from '../service/src/errors.js';
import type { Handlers } from '../service/src/routes/dispatch.js';

export interface LocalClicksOptions {
  /** The folder the records go under (clicks/, errors/). */
  readonly dir: string;
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The time a record "arrives" (tests fix it). */
  readonly now?: () => Date;
  /** The deployed route's throttle (api.throttling.clicks): a token bucket, as API Gateway's. */
  readonly throttle: Throttle;
  /** A monotonic clock in milliseconds, for the throttle (tests drive it). */
  readonly clock?: () => number;
}

export interface Throttle {
  /** Requests a second, refilled steadily. */
  readonly rateLimit: number;
  /** Requests at once from a full bucket. */
  readonly burstLimit: number;
}

/**
 * API Gateway's throttle for one route: a token bucket of `burstLimit` tokens refilled at
 * `rateLimit` a second, each request taking one ("Throttle API requests for better throughput",
 * API Gateway Developer Guide). True when a request may pass.
 */
export function tokenBucket({ rateLimit, burstLimit }: Throttle, clock: () => number): () => boolean {
  let tokens = burstLimit;
  let at = clock();
  return () => {
    const now = clock();
    tokens = Math.min(burstLimit, tokens + ((now - at) / 1000) * rateLimit);
    at = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const validate = new Ajv({ allErrors: false, strict: false }).compile(DEFINITIONS.ClickBatch);

/**
 * A refused record as Firehose writes it under processing-failed/ (Firehose Developer Guide,
 * "Handle failure in data transformation"): the record it was given, base64, in an envelope.
 */
export function failedRecord(rawData: string, arrived: Date) {
  return {
    attemptsMade: 1,
    arrivalTimestamp: arrived.getTime(),
    errorCode: 'Lambda.ProcessingFailedStatus',
    errorMessage: 'ProcessingFailed status set for record',
    attemptEndingTimestamp: arrived.getTime(),
    rawData,
    lambdaArn: 'arn:aws:lambda:local:000000000000:function:click-enrich',
  };
}

export function localClicks(options: LocalClicksOptions): NonNullable<Handlers['recordClicks']> {
  const lookup = tableLookup(options.db, options.tableName);
  const now = options.now ?? (() => new Date());
  const take = tokenBucket(options.throttle, options.clock ?? (() => performance.now()));
  return async ({ json }) => {
    // Before anything else, as API Gateway throttles before it validates (its THROTTLED answer).
    if (!take()) {
      throw new ApiError(
        'too_many_requests',
        `POST /clicks is limited to ${options.throttle.rateLimit} requests a second`,
        {
          'Retry-After': '1',
        },
      );
    }
    if (!validate(json)) {
      const e = validate.errors?.[0];
      throw new ApiError(
        'invalid_body',
        `Invalid request body: ${e?.instancePath || 'body'} ${e?.message ?? ''}`.trim(),
      );
    }
    const events = (json as { events: unknown[] }).events;
    const arrived = now();
    const input = {
      invocationId: randomUUID(),
      deliveryStreamArn: 'arn:aws:firehose:local:000000000000:deliverystream/local',
      region: 'local',
      records: events.map((event, i) => ({
        recordId: String(i),
        approximateArrivalTimestamp: arrived.getTime(),
        data: Buffer.from(JSON.stringify(event)).toString('base64'),
      })),
    };
    const response = await enrich(input, lookup);
    const file = `clicks-${arrived.getTime()}-${randomUUID().slice(0, 8)}.jsonl`;
    const write = (folder: string, lines: string[]) => {
      if (lines.length === 0) return;
      const path = join(options.dir, folder, clickDayFolder(arrived));
      mkdirSync(path, { recursive: true });
      appendFileSync(join(path, file), lines.join(''));
    };
    const decode = (data: string) => Buffer.from(data, 'base64').toString('utf8');
    write(
      'clicks',
      response.records.filter((r) => r.result === 'Ok').map((r) => decode(r.data)),
    );
    // Firehose keeps the record it was given (not the transform's answer), wrapped.
    write(
      join('errors', 'processing-failed'),
      response.records
        .filter((r) => r.result === 'ProcessingFailed')
        .map((r) => JSON.stringify(failedRecord(input.records[Number(r.recordId)]!.data, arrived)) + '\n'),
    );
    // Firehose took every record; the transform decides later what lands where.
    return { accepted: events.length, failed: 0 };
  };
}
