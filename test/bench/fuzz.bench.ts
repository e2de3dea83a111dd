// npm run bench:fuzz: the contract test's requests (test/support/contract.ts: every operation of
// the Swagger API Gateway imports, good and bad, with odd values in every place a client can put
// one, and the ways a token can be wrong) sent in rounds to the service (in this process, dynalite
// and moto behind it) until at least FUZZ_REQUESTS have gone, printing:
//   - the answers by status, and how many were 5xx (the target: none from client input);
//   - answers the Swagger does not declare (status, body schema, error code, headers, CORS);
//   - stray writes: likes in the table beyond the likes answered 200 (one per user and kept
//     X-Request-Id: the same id again is the same like), adoptions beyond those answered 200
//     (the target: none either way).
// Results also go to test-results/bench-fuzz.json.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { REQUEST_ID } from '../../service/src/log.js';
import { ROOT } from '../helpers.js';
import { contractCredentials, httpTarget, runContract, SITE, swaggerFor, type Target } from '../support/contract.js';
import { startBackends, startService, TABLE } from '../support/service.js';

const FUZZ_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000);
const line = (s: string) => process.stdout.write(`${s}\n`);

const backends = await startBackends();
const svc = await startService(backends, { corsOrigins: [SITE], listCacheMs: 0 });
try {
  const table = async () => {
    const items = (await backends.db.client.send(new ScanCommand({ TableName: TABLE }))).Items ?? [];
    return {
      likes: items.reduce((n, i) => n + Number(i.Likes?.N ?? 0), 0),
      adopted: items.filter((i) => i.Adopted?.BOOL === true).length,
    };
  };
  const before = await table();
  const statuses = new Map<number, number>();
  // A like counts once per user and kept request id (a plain X-Request-Id sent again is the same
  // like); one without a kept id counts each time.
  const likes200 = new Set<string>();
  const adopted200 = new Set<string>();
  const http = httpTarget(svc.url);
  const target: Target = async (req) => {
    const reply = await http(req);
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    if (reply.status === 200 && req.method === 'POST' && req.operation === 'likeMysfit') {
      const id = req.headers['x-request-id'];
      likes200.add(id !== undefined && REQUEST_ID.test(id) ? `${req.headers.authorization} ${id}` : randomUUID());
    }
    if (reply.status === 200 && req.method === 'POST' && req.operation === 'adoptMysfit')
      adopted200.add(req.path.split('/')[2]!);
    return reply;
  };
  const doc = swaggerFor('fargate');
  const credentials = await contractCredentials(backends);
  let sent = 0;
  let rounds = 0;
  const violations: string[] = [];
  const started = performance.now();
  while (sent < FUZZ_REQUESTS) {
    const result = await runContract(target, credentials, doc);
    sent += result.sent;
    rounds++;
    violations.push(...result.violations.map((v) => `${v.request}: ${v.problem}`));
  }
  const seconds = (performance.now() - started) / 1000;
  const after = await table();
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const strayLikes = after.likes - before.likes - likes200.size;
  const strayAdoptions = after.adopted - before.adopted - adopted200.size;
  const byStatus = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s} x${c}`)
    .join(', ');
  line(
    `${sent} requests in ${rounds} rounds of the contract's requests, ${seconds.toFixed(0)} s (node ${process.version}):`,
  );
  line(`  by status: ${byStatus}`);
  line(`  5xx: ${fivexx}; answers the Swagger does not declare: ${violations.length}`);
  line(`  stray writes: ${strayLikes} likes, ${strayAdoptions} adoptions beyond those answered 200`);
  for (const v of [...new Set(violations)].slice(0, 10)) line(`    ${v}`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-fuzz.json'),
    JSON.stringify(
      {
        node: process.version,
        sent,
        rounds,
        statuses: Object.fromEntries(statuses),
        fivexx,
        violations: violations.length,
        strayLikes,
        strayAdoptions,
      },
      null,
      2,
    ) + '\n',
  );
  if (fivexx > 0 || violations.length > 0 || strayLikes !== 0 || strayAdoptions !== 0) process.exitCode = 1;
} finally {
  await svc.close();
  await backends.close();
}
