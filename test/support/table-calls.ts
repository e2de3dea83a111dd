// Counts the DynamoDB calls a client sends, by operation (`Scan`, `BatchGetItem`, `UpdateItem` ...),
// at its request handler: the one place both the SDK's commands and the service's own table reads
// (service/src/data/table-reads.ts) pass. Every attempt counts, retries too.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HttpRequest } from '@smithy/types';

export function countTableCalls(client: Pick<DynamoDBClient, 'config'>): Map<string, number> {
  const calls = new Map<string, number>();
  const handler = client.config.requestHandler as { handle(request: HttpRequest, options?: unknown): Promise<unknown> };
  const handle = handler.handle.bind(handler);
  handler.handle = (request, options) => {
    const target = request.headers['x-amz-target'] ?? '';
    const operation = target.slice(target.indexOf('.') + 1);
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
    return handle(request, options);
  };
  return calls;
}
