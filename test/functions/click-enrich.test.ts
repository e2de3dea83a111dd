// The click stream's transform (functions/click-enrich/) with Firehose's own transformation
// events: base64 records in, each answered Ok with the mysfit added or ProcessingFailed (kept by
// Firehose under the error prefix); the table (dynalite, DynamoDB's wire protocol) read once per
// distinct mysfit of a batch.
import { strict as assert } from 'node:assert';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  CLICK_COLUMNS,
  enrich,
  type FirehoseTransformationEvent,
  type MysfitLookup,
} from '../../functions/click-enrich/enrich.js';
import { tableLookup } from '../../functions/click-enrich/lookup.js';
import { CLICK_TIME_WINDOW } from '../../service/src/contract/schemas.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';

const TABLE = 'ClicksTestTable';
const ARRIVED = Date.UTC(2026, 11, 1, 9, 30, 0);
const b64 = (text: string) => Buffer.from(text).toString('base64');
const unb64 = (data: string) => Buffer.from(data, 'base64').toString('utf8');

/** A transformation event as Firehose sends it (Firehose Developer Guide, "Data transformation"). */
function firehoseEvent(datas: readonly string[]): FirehoseTransformationEvent {
  return {
    invocationId: '3a1b2c3d-0000-4000-8000-000000000001',
    deliveryStreamArn: 'arn:aws:firehose:us-east-1:111122223333:deliverystream/mysfits-clicks',
    region: 'us-east-1',
    records: datas.map((data, i) => ({
      recordId: `49546986683135544286507457936321625675700192471156785154${i}`,
      approximateArrivalTimestamp: ARRIVED,
      data,
    })),
  };
}

describe('click-enrich: the click stream transform', function () {
  this.timeout(30_000);
  let db: Dynalite;
  let lookup: MysfitLookup;
  let reads: string[][];
  const [first, second] = CATALOGUE;

  before(async () => {
    db = await startSeededDynalite(TABLE);
    const table = tableLookup(DynamoDBDocumentClient.from(db.client), TABLE);
    lookup = (ids) => {
      reads.push([...ids]);
      return table(ids);
    };
  });
  beforeEach(() => (reads = []));
  after(() => db.close());

  it("answers each event with the mysfit's name, species and alignment from the table, as one JSON line", async () => {
    const like = {
      type: 'like',
      mysfitId: first.MysfitId,
      at: '2026-12-01T09:29:58.120Z',
    };
    const out = await enrich(firehoseEvent([b64(JSON.stringify(like))]), lookup);
    assert.equal(out.records.length, 1);
    const [record] = out.records;
    assert.equal(record.result, 'Ok');
    assert.equal(record.recordId, '495469866831355442865074579363216256757001924711567851540');
    const line = unb64(record.data);
    assert.ok(line.endsWith('\n'), 'one line per record: Athena reads JSON lines');
    assert.deepEqual(JSON.parse(line), {
      ...like,
      receivedAt: '2026-12-01T09:30:00.000Z',
      name: first.Name,
      species: first.Species,
      goodevil: first.GoodEvil,
      lawchaos: first.LawChaos,
    });
    for (const key of Object.keys(JSON.parse(line) as object)) {
      assert.ok((CLICK_COLUMNS as readonly string[]).includes(key), `${key} is a column of the Glue table`);
    }
  });

  it('reads each distinct mysfit once per batch, whatever its clicks', async () => {
    const events = [first.MysfitId, second.MysfitId, first.MysfitId, first.MysfitId, second.MysfitId].map(
      (mysfitId, i) => b64(JSON.stringify({ type: i % 2 ? 'view' : 'like', mysfitId, at: '2026-12-01T09:00:00Z' })),
    );
    const out = await enrich(firehoseEvent(events), lookup);
    assert.deepEqual(
      out.records.map((r) => r.result),
      ['Ok', 'Ok', 'Ok', 'Ok', 'Ok'],
    );
    assert.equal(reads.length, 1);
    assert.deepEqual([...reads[0]].sort(), [first.MysfitId, second.MysfitId].sort());
  });

  it('a filter event needs no mysfit and reads nothing', async () => {
    const out = await enrich(
      firehoseEvent([b64(JSON.stringify({ type: 'filter', filter: 'GoodEvil=Evil', at: '2026-12-01T09:00:00Z' }))]),
      lookup,
    );
    assert.equal(out.records[0].result, 'Ok');
    assert.equal(JSON.parse(unb64(out.records[0].data)).filter, 'GoodEvil=Evil');
    assert.deepEqual(reads, []);
  });

  it('refuses what it cannot read or place: ProcessingFailed with the record as it came, never dropped', async () => {
    const bad = [
      'not base64 json at all',
      b64('{"type":"like"'),
      b64(JSON.stringify({ type: 'click', mysfitId: first.MysfitId, at: '2026-12-01T09:00:00Z' })),
      b64(JSON.stringify({ type: 'like', mysfitId: 'no-such-mysfit', at: '2026-12-01T09:00:00Z' })),
      b64(JSON.stringify({ type: 'like', mysfitId: first.MysfitId, at: 'yesterday' })),
      b64(JSON.stringify({ type: 'like', mysfitId: first.MysfitId, at: '2026-12-01T09:00:00Z', email: 'a@b.c' })),
      b64(JSON.stringify({ type: 'filter', filter: 'Species=Yeti', at: '2026-12-01T09:00:00Z' })),
      // An identity is never taken from the caller (POST /clicks is public).
      b64(JSON.stringify({ type: 'view', mysfitId: first.MysfitId, at: '2026-12-01T09:00:00Z', userSub: 'x' })),
    ];
    const good = b64(JSON.stringify({ type: 'view', mysfitId: second.MysfitId, at: '2026-12-01T09:00:00Z' }));
    const logged: string[] = [];
    const out = await enrich(firehoseEvent([...bad, good]), lookup, (_m, f) => logged.push(String(f.reason)));
    assert.deepEqual(
      out.records.map((r) => r.result),
      [...bad.map(() => 'ProcessingFailed'), 'Ok'],
    );
    bad.forEach((data, i) => assert.equal(out.records[i].data, data, 'the original record, for the error prefix'));
    assert.equal(out.records.length, 9, 'one answer per record');
    assert.match(logged.join('\n'), /no mysfit no-such-mysfit/);
    assert.match(logged.join('\n'), /unknown field email/);
    assert.match(logged.join('\n'), /unknown field userSub/);
  });

  it(`an event time outside the window (${CLICK_TIME_WINDOW.pastMs / 3_600_000} h back, ${CLICK_TIME_WINDOW.futureMs / 60_000} min ahead of arrival) is recorded as the arrival; inside, as sent`, async () => {
    const ms = (t: number) => new Date(t).toISOString();
    const times = {
      kept: [
        ms(ARRIVED - CLICK_TIME_WINDOW.pastMs), // the window's edges
        ms(ARRIVED + CLICK_TIME_WINDOW.futureMs),
        '2026-12-01T09:29:58Z',
      ],
      clamped: [
        '1970-01-01T00:00:00Z',
        '9999-12-31T23:59:59.999Z',
        ms(ARRIVED - CLICK_TIME_WINDOW.pastMs - 1000), // a second too old
        ms(ARRIVED + CLICK_TIME_WINDOW.futureMs + 1000), // a second too far ahead
        '2026-11-31T09:29:00Z', // no such day (Date.parse would make it 1 December)
      ],
    };
    const events = [...times.kept, ...times.clamped].map((at) => ({ type: 'filter', filter: 'GoodEvil=Good', at }));
    const logged: string[] = [];
    const out = await enrich(firehoseEvent(events.map((e) => b64(JSON.stringify(e)))), lookup, (m) => logged.push(m));
    const recorded = out.records.map((r) => {
      assert.equal(r.result, 'Ok');
      return (JSON.parse(unb64(r.data)) as { at: string }).at;
    });
    assert.deepEqual(recorded, [...times.kept, ...times.clamped.map(() => ms(ARRIVED))]);
    assert.equal(logged.filter((m) => m === 'click time clamped').length, times.clamped.length);
  });

  it('a table it cannot reach fails the batch (Firehose retries it) instead of refusing good records', async () => {
    const failing: MysfitLookup = () => Promise.reject(new Error('connect ECONNREFUSED'));
    await assert.rejects(
      enrich(
        firehoseEvent([b64(JSON.stringify({ type: 'like', mysfitId: first.MysfitId, at: '2026-12-01T09:00:00Z' }))]),
        failing,
      ),
      /ECONNREFUSED/,
    );
  });
});
