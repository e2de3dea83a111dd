import { strict as assert } from 'node:assert';
import {
  GetItemCommand,
  ScanCommand,
  UpdateItemCommand,
  QueryCommand,
  DescribeTableCommand,
} from '@aws-sdk/client-dynamodb';
import { startDynalite, type Dynalite } from '../support/dynalite.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { runCliAsync } from '../helpers.js';

/** The CLI without blocking: dynalite runs in this process, so spawnSync would deadlock it. */
const cli = (args: string[]): ReturnType<typeof runCliAsync> =>
  runCliAsync(args, { env: { AWS_ACCESS_KEY_ID: '', AWS_PROFILE: '' } });

describe('mysfits seed (against dynalite)', () => {
  let db: Dynalite;
  beforeEach(async () => {
    db = await startDynalite();
  });
  afterEach(async () => db.close());

  it('catalogue has 12 distinct mysfits covering every alignment', () => {
    assert.equal(CATALOGUE.length, 12);
    assert.equal(new Set(CATALOGUE.map((m) => m.MysfitId)).size, 12);
    assert.equal(new Set(CATALOGUE.map((m) => m.Name)).size, 12);
    const combos = new Set(CATALOGUE.map((m) => `${m.GoodEvil}/${m.LawChaos}`));
    assert.equal(combos.size, 9, `alignments covered: ${[...combos].join(', ')}`);
  });

  it('--create makes the table with the data stack keys, then seeds it', async () => {
    const r = await cli(['seed', '--table', 'Mysfits', '--region', 'us-east-1', '--endpoint', db.endpoint, '--create']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /creating table Mysfits/);
    assert.match(r.stdout, /12 added, 0 refreshed/);
    assert.equal(r.stderr, '');
    const table = await db.client.send(new DescribeTableCommand({ TableName: 'Mysfits' }));
    assert.deepEqual(table.Table?.KeySchema, [{ AttributeName: 'MysfitId', KeyType: 'HASH' }]);
    assert.deepEqual(table.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort(), [
      'GoodEvilIndex',
      'LawChaosIndex',
    ]);
    const items = await db.client.send(new ScanCommand({ TableName: 'Mysfits' }));
    assert.equal(items.Count, 12);
    const evil = await db.client.send(
      new QueryCommand({
        TableName: 'Mysfits',
        IndexName: 'GoodEvilIndex',
        KeyConditionExpression: 'GoodEvil = :v',
        ExpressionAttributeValues: { ':v': { S: 'Evil' } },
      }),
    );
    assert.equal(evil.Count, CATALOGUE.filter((m) => m.GoodEvil === 'Evil').length);
  });

  it('a second run keeps likes and adoptions and adds nothing', async () => {
    await cli(['seed', '--table', 'Mysfits', '--region', 'us-east-1', '--endpoint', db.endpoint, '--create']);
    const id = CATALOGUE[0].MysfitId;
    await db.client.send(
      new UpdateItemCommand({
        TableName: 'Mysfits',
        Key: { MysfitId: { S: id } },
        UpdateExpression: 'SET Likes = :l, Adopted = :a, #n = :n',
        ExpressionAttributeNames: { '#n': 'Name' },
        ExpressionAttributeValues: { ':l': { N: '7' }, ':a': { BOOL: true }, ':n': { S: 'Renamed' } },
      }),
    );
    const r = await cli(['seed', '--table', 'Mysfits', '--region', 'us-east-1', '--endpoint', db.endpoint]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0 added, 12 refreshed/);
    const item = (await db.client.send(new GetItemCommand({ TableName: 'Mysfits', Key: { MysfitId: { S: id } } })))
      .Item!;
    assert.equal(item.Likes.N, '7');
    assert.equal(item.Adopted.BOOL, true);
    assert.equal(item.Name.S, CATALOGUE[0].Name, 'catalogue fields are refreshed');
    assert.equal((await db.client.send(new ScanCommand({ TableName: 'Mysfits' }))).Count, 12);
  });

  it('without --create, a missing table is an error that says how to fix it', async () => {
    const r = await cli(['seed', '--table', 'Nope', '--region', 'us-east-1', '--endpoint', db.endpoint]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /table Nope at http:\/\/127\.0\.0\.1:\d+ does not exist \(pass --create to create it\)/);
  });

  it('rejects a bad region or endpoint with exit 2', async () => {
    const r = await cli(['seed', '--region', 'moon-1', '--endpoint', db.endpoint]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--region "moon-1" is not an AWS region/);
    const r2 = await cli(['seed', '--region', 'us-east-1', '--endpoint', 'not a url']);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /--endpoint "not a url" is not a URL/);
  });
});
