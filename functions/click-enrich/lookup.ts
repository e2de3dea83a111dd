// The click transform's read of the mysfits table (enrich.ts's MysfitLookup): one BatchGetItem
// per 100 ids, unprocessed keys retried. Apart from enrich.ts so that what the template builders
// import from there does not load the AWS SDK.
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { KEY } from '../../service/src/data/table.js';
import type { MysfitAttributes, MysfitLookup } from './enrich.js';

/** BatchGetItem's limit of keys per call, and attempts at keys it leaves unprocessed. */
const BATCH = 100;
const ATTEMPTS = 5;

/** The lookup over the mysfits table: one BatchGetItem per 100 ids, unprocessed keys retried. */
export function tableLookup(db: DynamoDBDocumentClient, tableName: string): MysfitLookup {
  return async (ids) => {
    const found = new Map<string, MysfitAttributes>();
    for (let i = 0; i < ids.length; i += BATCH) {
      let keys = ids.slice(i, i + BATCH).map((id) => ({ [KEY]: id }));
      for (let attempt = 1; keys.length > 0; attempt++) {
        if (attempt > ATTEMPTS) throw new Error(`DynamoDB left ${keys.length} key(s) unprocessed ${ATTEMPTS} times`);
        if (attempt > 1) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        const out = await db.send(
          new BatchGetCommand({
            RequestItems: {
              [tableName]: {
                Keys: keys,
                ProjectionExpression: '#id, #name, Species, GoodEvil, LawChaos',
                ExpressionAttributeNames: { '#id': KEY, '#name': 'Name' },
              },
            },
          }),
        );
        for (const item of out.Responses?.[tableName] ?? []) {
          found.set(String(item[KEY]), {
            name: String(item.Name ?? ''),
            species: String(item.Species ?? ''),
            goodevil: String(item.GoodEvil ?? ''),
            lawchaos: String(item.LawChaos ?? ''),
          });
        }
        keys = (out.UnprocessedKeys?.[tableName]?.Keys ?? []) as typeof keys;
      }
    }
    return found;
  };
}
