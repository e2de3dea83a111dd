// A DynamoDB emulator in-process on 127.0.0.1 (dynalite, the real DynamoDB wire protocol), for
// tests where counts matter: moto's DynamoDB loses concurrent ADD increments now and then.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { connect, createServer, type Server } from 'node:net';
import { startLocalDynamoDB } from '../../local/dynamodb.js';
import { createTable, seedCatalogue } from '../../service/src/data/seed.js';

export interface Dynalite {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  close(): Promise<void>;
}

/** dynalite with the local layer's TransactWriteItems (local/dynamodb.ts), as the local run has it. */
export async function startDynalite(): Promise<Dynalite> {
  const local = await startLocalDynamoDB();
  const endpoint = local.endpoint;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    endpoint,
    client,
    async close() {
      client.destroy();
      await local.close();
    },
  };
}

/** Dynalite with `table` created and the catalogue in it. */
export async function startSeededDynalite(table: string): Promise<Dynalite> {
  const db = await startDynalite();
  await createTable(db.client, table);
  await seedCatalogue(db.client, table);
  return db;
}

/** A TCP proxy to `target` that holds every answer back `delayMs`: a slow table. */
export async function slowProxy(
  target: string,
  delayMs: number,
): Promise<{ endpoint: string; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => setTimeout(() => client.writable && client.write(chunk), delayMs));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', () => setTimeout(end, delayMs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
