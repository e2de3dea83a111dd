// Firehose's transform of the click stream (analytics.yml): see enrich.ts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_ENV, enrich, type FirehoseTransformationEvent } from './enrich.js';
import { tableLookup } from './lookup.js';

const tableName = process.env[TABLE_ENV];
if (!tableName) throw new Error(`${TABLE_ENV} is not set`);
const lookup = tableLookup(DynamoDBDocumentClient.from(new DynamoDBClient({})), tableName);

export const handler = (event: FirehoseTransformationEvent) =>
  enrich(event, lookup, (message, fields) => console.log(JSON.stringify({ level: 'warn', message, ...fields })));
