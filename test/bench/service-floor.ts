// The service benchmark's floor (npm run bench:service): a bare `node:http` handler making the
// same DynamoDB calls as the service, the same way (readList and readItems, through the service's
// table reads on the SDK client serviceClients builds: the same request handler, agents,
// timeouts and retries), from the same
// environment settings, with none of the rest: no Koa, no request log, no shared reads, no
// cache, no contract checks. Whatever the service costs beyond this is the service's own.
//   GET /               {"status":"ok"}, no table call
//   GET /mysfits        one unshared list read (readList: Scan, every page, summaries by name)
//   GET /mysfits/{id}   one unshared profile read (readItems: BatchGetItem, strongly consistent)
import { createServer, type ServerResponse } from 'node:http';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { serviceClients } from '../../service/src/clients.js';
import { loadConfig } from '../../service/src/config.js';
import { readItems } from '../../service/src/mysfits/fresh-reads.js';
import { profile, readList } from '../../service/src/mysfits/store.js';

const config = loadConfig();
const { dynamodb, cognito } = serviceClients(config);
cognito.destroy();
const db = DynamoDBDocumentClient.from(dynamodb);

const send = (res: ServerResponse, status: number, value: unknown): void => {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
};

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]!;
  const answer = async (): Promise<void> => {
    if (path === '/') return send(res, 200, { status: 'ok' });
    if (path === '/mysfits') return send(res, 200, { mysfits: await readList(db, config.tableName) });
    const id = /^\/mysfits\/([\w-]{1,64})$/.exec(path)?.[1];
    if (id === undefined) return send(res, 404, { error: 'not_found' });
    const item = (await readItems(db, config.tableName, [id])).get(id);
    return item ? send(res, 200, profile(item)) : send(res, 404, { error: 'mysfit_not_found' });
  };
  answer().catch((err: unknown) => send(res, 503, { error: String(err) }));
});
server.keepAliveTimeout = 65_000;
server.listen(config.port, config.host);
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  dynamodb.destroy();
});
