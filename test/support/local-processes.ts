// The benchmarks' processes: the local DynamoDB (dynalite plus its TransactWriteItems layer,
// local/dynamodb.ts) as its own process with the table seeded, and a wait for a server to answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTable, seedCatalogue } from '../../service/src/data/seed.js';
import { ROOT } from '../helpers.js';
import { freePort } from './moto.js';

const DYNAMODB_CLI = join(ROOT, 'dist', 'local', 'dynamodb-cli.js');

/**
 * Node flags of the local DynamoDB's process. With V8's defaults its young generation grows to
 * 16 MB semi-spaces under a fast client and each scavenge then pauses 10-45 ms (dynalite keeps
 * many young objects alive): in a GC trace of a one-connection list run, 13 of its 31 GCs paused
 * 10 ms or more, and with a 2 MB young generation the longest of 351 was 18 ms, most 3-7 ms
 * (`node --trace-gc`). Such pauses fall on whichever server is asking, as a p99 that is the
 * emulator's and not DynamoDB's. Every target of a benchmark meets the same emulator.
 */
export const EMULATOR_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

/** Waits until `url` answers anything (20 s at most); fails at once if `child` exits. */
export async function waitForServer(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      await fetch(url, { method: 'POST' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${what} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface DynamoDBProcess {
  readonly child: ChildProcess;
  readonly endpoint: string;
  /** A client of it (the caller destroys it). */
  readonly client: DynamoDBClient;
}

/** The local DynamoDB in its own process on a free port, `table` created and seeded. */
export async function startSeededDynamoDBProcess(table: string): Promise<DynamoDBProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...EMULATOR_NODE_FLAGS, DYNAMODB_CLI, String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(endpoint, child, 'the local DynamoDB');
    const client = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await createTable(client, table);
    await seedCatalogue(client, table);
    return { child, endpoint, client };
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
}
