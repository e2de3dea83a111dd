// The list with its cache off (LIST_CACHE_MS=0), against dynalite: every answer is read after its
// request arrived (a write that finished before is in it), and requests that arrive while a read
// is under way share the next one instead of each scanning the table (CPU per request, issue 20).
import { strict as assert } from 'node:assert';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { MysfitStore } from '../../service/src/mysfits/store.js';
import { serviceClients } from '../../service/src/clients.js';
import { DEFAULT_HOST } from '../../service/src/settings.js';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';
import { countTableCalls } from '../support/table-calls.js';

const TABLE = 'ListReads';

describe('the uncached list: fresh reads, shared under load (against dynalite)', () => {
  let db: Dynalite;
  let doc: DynamoDBDocumentClient;
  /** Table calls by operation, counted on the way out. */
  let calls: Map<string, number>;

  before(async () => {
    db = await startSeededDynalite(TABLE);
    doc = DynamoDBDocumentClient.from(db.client);
    calls = countTableCalls(db.client);
  });
  after(() => db.close());
  beforeEach(() => calls.clear());

  it('32 requests at once: every one gets the whole list, from at most two scans', async () => {
    const store = new MysfitStore(doc, TABLE, 0);
    const answers = await Promise.all(Array.from({ length: 32 }, () => store.list()));
    for (const a of answers)
      assert.deepEqual(
        a.map((m) => m.name),
        [...CATALOGUE.map((m) => m.Name)].sort((x, y) => x.localeCompare(y, 'en')),
      );
    const scans = calls.get('Scan') ?? 0;
    assert.ok(scans >= 1 && scans <= 2, `${scans} scans for 32 requests`);
  });

  it('a request that arrives during a read waits for the next one: a write finished before it is in its answer', async () => {
    const store = new MysfitStore(doc, TABLE, 0);
    const target = CATALOGUE.find((m) => m.Name === 'Sprocket')!;
    const early = store.list(); // a read starts now, before the adoption
    assert.equal(await store.adopt(target.MysfitId, 'user-1'), 'adopted');
    const late = await store.list(); // arrived after the adoption finished
    assert.equal(late.find((m) => m.mysfitId === target.MysfitId)?.adopted, true);
    await early;
    assert.ok((calls.get('Scan') ?? 0) <= 2);
  });

  it('filters are read apart, each shared by its own requests', async () => {
    const store = new MysfitStore(doc, TABLE, 0);
    const [evil, good, all] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, () => store.list({ name: 'GoodEvil', value: 'Evil' }))),
      Promise.all(Array.from({ length: 8 }, () => store.list({ name: 'GoodEvil', value: 'Good' }))),
      Promise.all(Array.from({ length: 8 }, () => store.list())),
    ]);
    assert.ok(evil.every((a) => a.length > 0 && a.every((m) => m.goodevil === 'Evil')));
    assert.ok(good.every((a) => a.length > 0 && a.every((m) => m.goodevil === 'Good')));
    assert.ok(all.every((a) => a.length === CATALOGUE.length));
    assert.ok((calls.get('Query') ?? 0) <= 4, `${calls.get('Query')} queries`);
    assert.ok((calls.get('Scan') ?? 0) <= 2);
  });

  it('a failed read fails the requests that shared it, and the next request reads again', async () => {
    const store = new MysfitStore(doc, 'NoSuchTable', 0);
    const failed = await Promise.allSettled(Array.from({ length: 4 }, () => store.list()));
    assert.ok(
      failed.every((r) => r.status === 'rejected' && /ResourceNotFound/.test(String((r.reason as Error).name))),
    );
    const before = calls.get('Scan') ?? 0;
    await assert.rejects(store.list());
    assert.equal(calls.get('Scan'), before + 1, 'read again, not a remembered failure');
  });

  it("the shipped clients: the SDK's logger has no info (no per-call log entry is built), and the debug the credential chain calls unguarded", async () => {
    const clients = serviceClients({
      port: 0,
      host: DEFAULT_HOST,
      tableName: TABLE,
      region: 'us-east-1',
      dynamodbEndpoint: db.endpoint,
      userPoolId: 'us-east-1_Pool',
      clientId: 'client',
      corsOrigins: [],
      listCacheMs: 0,
      shutdownTimeoutMs: 1000,
    });
    try {
      for (const client of [clients.dynamodb, clients.cognito]) {
        const logger = client.config.logger as unknown as Record<string, unknown>;
        assert.equal(logger.info, undefined);
        assert.equal(typeof logger.debug, 'function');
        assert.equal(typeof logger.warn, 'function');
      }
      const store = new MysfitStore(DynamoDBDocumentClient.from(clients.dynamodb), TABLE, 0);
      assert.equal((await store.list()).length, CATALOGUE.length);
    } finally {
      clients.dynamodb.destroy();
      clients.cognito.destroy();
    }
  });
});
