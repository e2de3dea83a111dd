// Seeding the table with the catalogue: idempotent, and it never resets what visitors did.
// Each mysfit is an UpdateItem that sets the catalogue fields and initialises Likes and
// Adopted only if they are missing, so re-running (a stack update, a second `mysfits seed`)
// refreshes names and descriptions but keeps every like and adoption.
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateItemCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CATALOGUE, type CatalogueEntry } from './catalogue.js';
import { KEY, TABLE_KEYS } from './table.js';

export interface SeedResult {
  /** Mysfits that were not in the table before. */
  readonly added: number;
  /** Mysfits already there: catalogue fields refreshed, Likes and Adopted kept. */
  readonly refreshed: number;
}

export async function seedCatalogue(
  client: DynamoDBClient,
  tableName: string,
  onItem?: (entry: CatalogueEntry, added: boolean) => void,
  catalogue: readonly CatalogueEntry[] = CATALOGUE,
): Promise<SeedResult> {
  let added = 0;
  for (const entry of catalogue) {
    const out = await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { [KEY]: { S: entry.MysfitId } },
        UpdateExpression:
          'SET #name = :name, Species = :species, Description = :description, Age = :age, ' +
          'GoodEvil = :goodEvil, LawChaos = :lawChaos, ThumbImageUri = :thumb, ProfileImageUri = :profile, ' +
          'Likes = if_not_exists(Likes, :zero), Adopted = if_not_exists(Adopted, :false)',
        ExpressionAttributeNames: { '#name': 'Name' },
        ExpressionAttributeValues: {
          ':name': { S: entry.Name },
          ':species': { S: entry.Species },
          ':description': { S: entry.Description },
          ':age': { N: String(entry.Age) },
          ':goodEvil': { S: entry.GoodEvil },
          ':lawChaos': { S: entry.LawChaos },
          ':thumb': { S: entry.ThumbImageUri },
          ':profile': { S: entry.ProfileImageUri },
          ':zero': { N: '0' },
          ':false': { BOOL: false },
        },
        // UPDATED_OLD returns nothing for an item that did not exist: that is how we count new ones.
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    const isNew = out.Attributes === undefined || Object.keys(out.Attributes).length === 0;
    if (isNew) added++;
    onItem?.(entry, isNew);
  }
  return { added, refreshed: catalogue.length - added };
}

/** Whether the table exists. */
export async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return false;
    throw err;
  }
}

/**
 * Creates the table with the same key schema and indexes as the data stack (on-demand billing),
 * and waits until it is active. For local runs and tests; in AWS the data stack owns the table.
 */
export async function createTable(client: DynamoDBClient, tableName: string, maxWaitSeconds = 120): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      ...TABLE_KEYS,
    }),
  );
  await waitUntilTableExists(
    { client, maxWaitTime: maxWaitSeconds, minDelay: 1, maxDelay: 2 },
    { TableName: tableName },
  );
}
