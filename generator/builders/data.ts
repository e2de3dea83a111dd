// data.yml: the mysfits table, seeded with our catalogue. Rebuilt from the tutorial's
// `aws dynamodb create-table` + `batch-write-item` steps (seed 004, part 2): the key schema comes
// from service/src/data/table.ts (the same one `mysfits seed --create` and the service use),
// billing is on demand, the table is encrypted and has point-in-time recovery, and the catalogue
// is written by a custom resource instead of a JSON file pasted into the CLI.
import { createHash } from 'node:crypto';
import type { Config } from '../config/load.js';
import { Template } from '../core/template.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { TABLE_KEYS } from '../../service/src/data/table.js';
import { allow, headerFor } from './common.js';
import { lambdaFunction } from './lambda.js';
import { tableAlarms } from './alarms.js';

/** A short hash of the catalogue: a property of the seeding resource, so editing it reseeds on update. */
export function catalogueHash(): string {
  return createHash('sha256').update(JSON.stringify(CATALOGUE)).digest('hex').slice(0, 16);
}

export function buildData(config: Config): Template {
  const { data } = config;
  const t = new Template({
    description: `Mythical Mysfits data: the ${data.tableName ?? 'mysfits'} DynamoDB table (on demand, encrypted, point-in-time recovery), seeded with the catalogue of ${CATALOGUE.length} mysfits.`,
    header: [
      ...headerFor('data.yml', 'data'),
      '',
      'The table and its catalogue. Seeding is idempotent: a stack update refreshes names and',
      'descriptions but never resets likes or adoptions.',
    ],
  });

  const table = t.resource('MysfitsTable', {
    Type: 'AWS::DynamoDB::Table',
    nameTag: 'mysfits',
    comment: `The mysfits: on demand, encrypted, point-in-time recovery; kept with its likes and adoptions if the stack goes or an update replaces it${data.deletionProtection ? ', and deletion protection on' : ''}.`,
    holds: 'the likes and adoptions of every mysfit',
    Properties: {
      // Named by CloudFormation unless the config fixes a name: a second install never collides.
      ...(data.tableName ? { TableName: data.tableName } : {}),
      BillingMode: 'PAY_PER_REQUEST',
      ...TABLE_KEYS,
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: data.deletionProtection,
    },
  });

  tableAlarms(t, config, table.id);

  const seedFunction = lambdaFunction(t, config, {
    id: 'SeedFunction',
    invokedBy: 'cloudformation',
    asset: 'seed-table',
    comment:
      'Writes the catalogue (the tutorial pasted a batch-write JSON by hand); refreshes fields, keeps likes and adoptions.',
    description: 'Seeds the mysfits table with the catalogue (custom resource of the data stack).',
    timeoutSeconds: 120,
    memoryMb: 256,
    statements: [allow('SeedTheTable', ['dynamodb:UpdateItem'], [table.getAtt('Arn')])],
  });

  t.resource('SeedCatalogue', {
    Type: 'Custom::SeedCatalogue',
    comment:
      'Runs the seeding on create, and on update when the catalogue changes; delete is a no-op (the table policy decides).',
    Properties: {
      ServiceToken: seedFunction.getAtt('Arn'),
      // CloudFormation gives up on an unanswered custom resource after this long instead of an hour.
      ServiceTimeout: 300,
      TableName: table.ref(),
      CatalogueHash: catalogueHash(),
    },
  });

  t.output('TableName', { Description: 'Name of the mysfits table.', Value: table.ref() });
  t.output('TableArn', {
    Description: 'ARN of the mysfits table (its indexes are under <arn>/index/).',
    Value: table.getAtt('Arn'),
  });
  return t;
}
