// mysfits seed: put the catalogue into a table (creating it first with --create).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../config/load.js';
import { AWS_FLAGS, clientConfig } from '../../aws/client-config.js';
import { createTable, seedCatalogue, tableExists } from '../../../service/src/data/seed.js';
import { CATALOGUE } from '../../../service/src/data/catalogue.js';
import { DEFAULT_TABLE_NAME as DEFAULT_TABLE } from '../../../service/src/data/table.js';
import { defineCommand } from '../command.js';

export const seed = defineCommand({
  name: 'seed',
  description: [
    `Writes the ${CATALOGUE.length} mysfits of the catalogue. Idempotent: a mysfit already in the table`,
    'gets its catalogue fields refreshed, and keeps its likes and adoption.',
    'With --create, first creates the table (same keys and indexes as data.yml) if it is missing.',
  ].join('\n'),
  options: {
    table: {
      type: 'string',
      short: 't',
      value: 'NAME',
      description: `Table name (default: data.tableName of the config, else ${DEFAULT_TABLE}; a deployed stack's table is its TableName output).`,
    },
    create: { type: 'boolean', description: 'Create the table if it does not exist.' },
    config: {
      type: 'string',
      short: 'c',
      value: 'FILE',
      description: 'Config file (JSON), for the default table name.',
    },
    ...AWS_FLAGS,
  },
  examples: [
    'mysfits seed --table MysfitsTable --region eu-west-1',
    'mysfits seed --endpoint http://127.0.0.1:8000 --region us-east-1 --create',
  ],
  async run(options) {
    const table = options.table ?? loadConfig(options.config).config.data.tableName ?? DEFAULT_TABLE;
    const client = new DynamoDBClient(await clientConfig(options));
    try {
      const where = `${table}${options.endpoint ? ` at ${String(options.endpoint)}` : ` in ${await client.config.region()}`}`;
      if (!(await tableExists(client, table))) {
        if (!options.create) {
          process.stderr.write(`mysfits seed: table ${where} does not exist (pass --create to create it)\n`);
          return 1;
        }
        process.stdout.write(`creating table ${where} ...\n`);
        await createTable(client, table);
      }
      let n = 0;
      const result = await seedCatalogue(client, table, (entry, added) => {
        n++;
        process.stdout.write(
          `  [${String(n).padStart(2)}/${CATALOGUE.length}] ${added ? 'added    ' : 'refreshed'} ${entry.Name}\n`,
        );
      });
      process.stdout.write(
        `seeded ${where}: ${result.added} added, ${result.refreshed} refreshed (likes and adoptions kept)\n`,
      );
      return 0;
    } finally {
      client.destroy();
    }
  },
});
