// Custom resource of data.yml: puts the catalogue into the table when the stack is created, and
// again when the catalogue changes (its hash is a property, so an edit triggers an Update). The
// same seedCatalogue() as `mysfits seed`: each mysfit is refreshed in place, so an update never
// resets likes or adoptions. Delete does nothing: the table's own DeletionPolicy decides what
// happens to the data, and a rollback must not wipe a table it did not create.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { seedCatalogue } from '../../service/src/data/seed.js';
import { customResource, stringProperty, type WrapperOptions } from '../shared/custom-resource.js';

export function createHandler(client: DynamoDBClient, options?: WrapperOptions) {
  return customResource(async (event) => {
    if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId };
    const tableName = stringProperty(event, 'TableName');
    const result = await seedCatalogue(client, tableName);
    return {
      // One seeding per table: a renamed table is a new resource, and the old one's Delete is a no-op.
      physicalResourceId: `${tableName}-catalogue`,
      data: { Added: String(result.added), Refreshed: String(result.refreshed) },
    };
  }, options);
}

// The client is made once per Lambda container; the region comes from the Lambda environment.
export const handler = createHandler(new DynamoDBClient({}));
