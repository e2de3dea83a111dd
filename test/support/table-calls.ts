// The DynamoDB requests a client sends, seen at its request handler: the one place both the SDK's
// commands and the service's own table reads (service/src/data/table-reads.ts) pass, signed and
// about to go on the wire. Every attempt is seen, retries too.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HttpRequest } from '@smithy/types';

/** Calls `see` with every request `client` sends from now on; returns what puts the handler back. */
export function watchTableRequests(
  client: Pick<DynamoDBClient, 'config'>,
  see: (request: HttpRequest) => void,
): () => void {
  const handler = client.config.requestHandler as { handle(request: HttpRequest, options?: unknown): Promise<unknown> };
  const handle = handler.handle;
  handler.handle = (request, options) => {
    see(request);
    return handle.call(handler, request, options);
  };
  return () => {
    handler.handle = handle;
  };
}

/** The calls `client` sends, counted by operation (`Scan`, `BatchGetItem`, `UpdateItem` ...). */
export function countTableCalls(client: Pick<DynamoDBClient, 'config'>): Map<string, number> {
  const calls = new Map<string, number>();
  watchTableRequests(client, (request) => {
    const target = request.headers['x-amz-target'] ?? '';
    const operation = target.slice(target.indexOf('.') + 1);
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
  });
  return calls;
}
