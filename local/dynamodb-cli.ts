// The local DynamoDB (dynalite plus its TransactWriteItems layer, local/dynamodb.ts) as its own
// process, for the benchmarks: `node dist/local/dynamodb-cli.js PORT`. Stops on SIGTERM/SIGINT.
import { startLocalDynamoDB } from './dynamodb.js';

const port = Number(process.argv[2] ?? 0);
const db = await startLocalDynamoDB(port);
process.stdout.write(`${db.endpoint}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void db.close().then(() => process.exit(0)));
}
