// POST /clicks in the local run (local/clicks.ts): a batch checked against the contract's
// ClickBatch model, run through the click stream's own transform against the table (dynalite),
// and written as Firehose writes it: enriched JSON lines by day, refused records wrapped in
// Firehose's error envelope under errors/processing-failed/.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'koa';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localClicks } from '../../local/clicks.js';
import { buildApi } from '../../generator/builders/api.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { validateConfig } from '../../generator/config/load.js';
import { clickDayFolder } from '../../functions/click-enrich/enrich.js';
import { CLICKS_PER_REQUEST } from '../../service/src/contract/schemas.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ApiError } from '../../service/src/errors.js';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';

const TABLE = 'LocalClicksTable';
const DEFAULTS = validateConfig({}, 'defaults');
/** What the local run uses (local/run.ts): the config's default for the deployed route. */
const throttle = DEFAULTS.api.throttling.clicks;

interface ApiTemplate {
  Resources: Record<
    string,
    {
      Type: string;
      Properties: {
        MethodSettings?: { ResourcePath: string; ThrottlingRateLimit: number; ThrottlingBurstLimit: number }[];
      };
    }
  >;
}
const NOW = new Date(Date.UTC(2026, 11, 1, 23, 59, 30));

function lines(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
}

describe('local run: POST /clicks writes what Firehose would', function () {
  this.timeout(30_000);
  let db: Dynalite;
  let dir: string;
  let record: ReturnType<typeof localClicks>;
  const ctx = {} as Context; // the handler reads only the body
  before(async () => {
    db = await startSeededDynalite(TABLE);
  });
  after(async () => db?.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mysfits-clicks-'));
    record = localClicks({
      dir,
      db: DynamoDBDocumentClient.from(db.client),
      tableName: TABLE,
      now: () => NOW,
      throttle,
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(`throttled as the deployed route (${throttle.rateLimit} a second, burst ${throttle.burstLimit}): 429 with Retry-After beyond, before the body is read`, async () => {
    let clock = 0;
    const limited = localClicks({
      dir,
      db: DynamoDBDocumentClient.from(db.client),
      tableName: TABLE,
      throttle,
      clock: () => clock,
    });
    const event = { type: 'filter', filter: 'GoodEvil=Good', at: '2026-12-01T23:59:00.000Z' };
    for (let i = 0; i < throttle.burstLimit; i++) await limited({ ctx, json: { events: [event] } });
    const refused = (err: unknown) =>
      err instanceof ApiError &&
      err.code === 'too_many_requests' &&
      err.status === 429 &&
      err.headers['Retry-After'] === '1';
    // Even a body it would refuse: the throttle comes first, as API Gateway's does.
    await assert.rejects(async () => limited({ ctx, json: { events: [] } }), refused);
    await assert.rejects(async () => limited({ ctx, json: { events: [event] } }), refused);
    clock += 1000 / throttle.rateLimit; // one request's worth of refill
    await limited({ ctx, json: { events: [event] } });
    await assert.rejects(async () => limited({ ctx, json: { events: [event] } }), refused);
    assert.equal(lines(join(dir, 'clicks')).length, throttle.burstLimit + 1);
  });

  it("the local run's throttle is the generated API's for POST /clicks (one figure, the config's)", () => {
    const settings = (toJsonObject(buildApi(DEFAULTS)) as unknown as ApiTemplate).Resources;
    const stage = Object.values(settings).find((r) => r.Type === 'AWS::ApiGateway::Stage');
    const clicks = stage?.Properties.MethodSettings?.find((m) => m.ResourcePath === '/~1clicks');
    assert.deepEqual(
      { rateLimit: clicks?.ThrottlingRateLimit, burstLimit: clicks?.ThrottlingBurstLimit },
      { ...throttle },
    );
  });

  it('an enriched line per event under clicks/dt=<day>/, the day in UTC', async () => {
    const m = CATALOGUE[0]!;
    const answer = await record({
      ctx,
      json: {
        events: [
          { type: 'view', mysfitId: m.MysfitId, at: '2026-12-01T23:59:00.000Z' },
          { type: 'filter', filter: 'GoodEvil=Evil', at: '2026-12-01T23:59:01.000Z' },
        ],
      },
    });
    assert.deepEqual(answer, { accepted: 2, failed: 0 });
    assert.equal(clickDayFolder(NOW), 'dt=2026-12-01');
    const got = lines(join(dir, 'clicks', clickDayFolder(NOW))).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(got.length, 2);
    assert.deepEqual(got[0], {
      type: 'view',
      mysfitId: m.MysfitId,
      at: '2026-12-01T23:59:00.000Z',
      receivedAt: NOW.toISOString(),
      name: m.Name,
      species: m.Species,
      goodevil: m.GoodEvil,
      lawchaos: m.LawChaos,
    });
    assert.deepEqual(got[1], {
      type: 'filter',
      filter: 'GoodEvil=Evil',
      at: '2026-12-01T23:59:01.000Z',
      receivedAt: NOW.toISOString(),
    });
    assert.deepEqual(lines(join(dir, 'errors')), []);
  });

  it('a mysfit the table lacks is kept under errors/processing-failed/, in Firehose envelope, the record as sent', async () => {
    const event = { type: 'like', mysfitId: '00000000-0000-4000-8000-000000000000', at: '2026-12-01T10:00:00.000Z' };
    await record({ ctx, json: { events: [event] } });
    assert.deepEqual(lines(join(dir, 'clicks')), []);
    const failed = lines(join(dir, 'errors', 'processing-failed', clickDayFolder(NOW))).map(
      (l) => JSON.parse(l) as { errorCode: string; rawData: string },
    );
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.errorCode, 'Lambda.ProcessingFailedStatus');
    assert.deepEqual(JSON.parse(Buffer.from(failed[0]!.rawData, 'base64').toString('utf8')), event);
  });

  for (const [why, json] of [
    ['no events', { events: [] }],
    ['a type outside the list', { events: [{ type: 'scroll', at: '2026-12-01T10:00:00.000Z' }] }],
    ['an unknown field', { events: [{ type: 'view', at: '2026-12-01T10:00:00.000Z', email: 'a@b.c' }] }],
    // POST /clicks is public: a user named in an event is the caller's word, so none is taken.
    [
      'an identity the caller claims (userSub)',
      { events: [{ type: 'view', at: '2026-12-01T10:00:00.000Z', userSub: '0b3d5f6a-1c2e-4a7b-9d8f-2e4c6a8b0d1f' }] },
    ],
    [
      `more than ${CLICKS_PER_REQUEST} events`,
      { events: Array.from({ length: CLICKS_PER_REQUEST + 1 }, () => ({ type: 'view', at: '2026-12-01T10:00:00Z' })) },
    ],
  ] as const) {
    it(`refuses ${why} with 400 invalid_body and writes nothing`, async () => {
      await assert.rejects(
        async () => record({ ctx, json: json as unknown as Record<string, unknown> }),
        (err: unknown) => err instanceof ApiError && err.code === 'invalid_body' && err.status === 400,
      );
      assert.deepEqual(lines(dir), []);
    });
  }
});
