// bench:lambda's floor: a bare Lambda handler making the service function's first table call the
// same way (readList: Scan, every page, summaries by name, through the service's table reads on
// the client tableClient builds: the same request handler, agents, timeouts and retries), from
// the same environment settings, bundled as every function is (bundleAsFunction: the same
// esbuild settings and plugins, the credentials as inside Lambda), with none of the rest: no Koa,
// no serverless-http, no Cognito client or token checks, no request log, no contract checks.
// Whatever the service function's cold start costs beyond this one's is the function's own; what
// this one costs beyond `node -e 0` is the SDK's and Node's (http, https, tls, crypto).
//   any event -> 200 {"mysfits":[...]}
import type { APIGatewayProxyResult } from 'aws-lambda';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableClient } from '../../service/src/clients.js';
import { loadConfig } from '../../service/src/config.js';
import { readList } from '../../service/src/mysfits/store.js';

const config = loadConfig();
const db = DynamoDBDocumentClient.from(tableClient(config));

export async function handler(): Promise<APIGatewayProxyResult> {
  const body = JSON.stringify({ mysfits: await readList(db, config.tableName) });
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body };
}
