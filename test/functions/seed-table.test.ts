// The seeding custom resource of data.yml, against dynalite (DynamoDB's wire protocol on
// loopback). CloudFormation itself cannot run here: a loopback HTTP server stands in for the
// presigned S3 URL it waits on, and receives the same PUT.
import { strict as assert } from 'node:assert';
import type { AddressInfo } from 'node:net';
import { GetItemCommand, ScanCommand, UpdateItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createHandler } from '../../functions/seed-table/index.js';
import { createTable } from '../../service/src/data/seed.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { startDynalite, type Dynalite } from '../support/dynalite.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';

const context = lambdaContext;

function event(
  type: 'Create' | 'Update' | 'Delete',
  url: string,
  props: Record<string, string>,
  physicalId = 'MysfitsTable-catalogue',
): CloudFormationCustomResourceEvent {
  const e = customResourceEvent(type, url, props, {
    logicalId: 'SeedCatalogue',
    type: 'Custom::SeedCatalogue',
    physicalId,
  });
  return { ...e, RequestId: `req-${type}` };
}

describe('functions/seed-table (custom resource)', () => {
  let db: Dynalite;
  let cfn: Awaited<ReturnType<typeof responseUrl>>;
  const quiet = { log: () => undefined };
  const table = 'MysfitsTable';
  const first = CATALOGUE[0].MysfitId;

  before(async () => {
    db = await startDynalite();
    await createTable(db.client, table);
    cfn = await responseUrl();
  });
  after(async () => {
    cfn.server.close();
    await db.close();
  });
  beforeEach(() => (cfn.received.length = 0));

  const count = async () => (await db.client.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).Count;

  it('Create: seeds every mysfit and reports SUCCESS with counts, as the presigned URL needs it', async () => {
    await createHandler(db.client, quiet)(event('Create', cfn.url, { TableName: table }), context());
    assert.equal(await count(), CATALOGUE.length);
    assert.equal(cfn.received.length, 1);
    const { body, contentType } = cfn.received[0];
    assert.equal(body.Status, 'SUCCESS');
    assert.equal(body.PhysicalResourceId, 'MysfitsTable-catalogue');
    assert.deepEqual(body.Data, { Added: String(CATALOGUE.length), Refreshed: '0' });
    assert.equal(body.RequestId, 'req-Create');
    assert.equal(body.LogicalResourceId, 'SeedCatalogue');
    assert.ok(!contentType, `content-type must be empty for the presigned URL, got "${contentType}"`);
  });

  it('Update: refreshes the catalogue and keeps likes and adoptions', async () => {
    await db.client.send(
      new UpdateItemCommand({
        TableName: table,
        Key: { MysfitId: { S: first } },
        UpdateExpression: 'SET Likes = :n, Adopted = :t, #n = :old',
        ExpressionAttributeNames: { '#n': 'Name' },
        ExpressionAttributeValues: { ':n': { N: '41' }, ':t': { BOOL: true }, ':old': { S: 'Renamed by hand' } },
      }),
    );
    await createHandler(db.client, quiet)(event('Update', cfn.url, { TableName: table }), context());
    const item = (await db.client.send(new GetItemCommand({ TableName: table, Key: { MysfitId: { S: first } } }))).Item;
    assert.equal(item?.Likes.N, '41');
    assert.equal(item?.Adopted.BOOL, true);
    assert.equal(item?.Name.S, CATALOGUE[0].Name, 'catalogue fields are refreshed');
    assert.equal(cfn.received[0].body.Status, 'SUCCESS');
    assert.deepEqual(cfn.received[0].body.Data, { Added: '0', Refreshed: String(CATALOGUE.length) });
  });

  it('Delete: succeeds without touching the table', async () => {
    await createHandler(db.client, quiet)(event('Delete', cfn.url, { TableName: table }), context());
    assert.equal(await count(), CATALOGUE.length);
    assert.equal(cfn.received[0].body.Status, 'SUCCESS');
    assert.equal(cfn.received[0].body.PhysicalResourceId, 'MysfitsTable-catalogue');
  });

  it('a missing table: FAILED with the reason, so the stack rolls back instead of waiting', async () => {
    await createHandler(db.client, quiet)(event('Create', cfn.url, { TableName: 'NoSuchTable' }), context());
    const { body } = cfn.received[0];
    assert.equal(body.Status, 'FAILED');
    assert.match(String(body.Reason), /not found|non-existent|ResourceNotFound/i);
    assert.equal(body.PhysicalResourceId, context().logStreamName, 'a failed Create still names a resource');
  });

  it('a missing TableName property: FAILED naming it', async () => {
    await createHandler(db.client, quiet)(event('Create', cfn.url, {}), context());
    assert.equal(cfn.received[0].body.Status, 'FAILED');
    assert.match(String(cfn.received[0].body.Reason), /property TableName/);
  });

  it('a database that never answers: FAILED before the Lambda times out', async () => {
    // A TCP server that accepts and never replies: the SDK call hangs as a black-holed network would.
    const { createServer: tcp } = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const hole = tcp((s) => sockets.push(s));
    await new Promise<void>((r) => hole.listen(0, '127.0.0.1', () => r()));
    const client = new DynamoDBClient({
      endpoint: `http://127.0.0.1:${(hole.address() as AddressInfo).port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      const started = Date.now();
      await createHandler(client, { ...quiet, marginMs: 100 })(
        event('Create', cfn.url, { TableName: table }),
        context(600),
      );
      assert.ok(Date.now() - started < 3000, 'answered in time');
      assert.equal(cfn.received[0].body.Status, 'FAILED');
      assert.match(String(cfn.received[0].body.Reason), /timed out/);
    } finally {
      client.destroy();
      sockets.forEach((s) => s.destroy());
      hole.close();
    }
  });
});
