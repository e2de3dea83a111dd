// The contract test: the real service (dynalite for the table, moto for Cognito) driven by
// requests generated from the Swagger document API Gateway imports (templates' api-swagger.json,
// with concrete values), good and bad: ids, filters, bodies, content types, tokens, methods,
// paths. Every answer is checked against what the document declares for its operation (status,
// body schema, error code, headers, CORS). Because API Gateway's integrations are proxies, what
// the service answers here is what a client of the deployed API gets.
import { strict as assert } from 'node:assert';
import {
  OPERATIONS,
  SERVICE_OPERATION_IDS,
  statusesOf,
  type OperationId,
} from '../../service/src/contract/operations.js';
import {
  swaggerFor,
  SITE,
  contractCredentials,
  httpTarget,
  report,
  runContract,
  type ContractChecker,
} from '../support/contract.js';
import { startBackends, startService, type Backends, type RunningService } from '../support/service.js';

const DOC = swaggerFor('fargate');

describe('contract: the service answers what the Swagger declares (dynalite + moto)', function () {
  this.timeout(120_000);
  let backends: Backends;
  let svc: RunningService;
  let result: ContractChecker & { sent: number };

  before(async () => {
    backends = await startBackends();
    svc = await startService(backends, { corsOrigins: [SITE] });
    result = await runContract(httpTarget(svc.url), await contractCredentials(backends), DOC);
  });
  after(async () => {
    await svc?.close();
    await backends?.close();
  });

  it('every generated request is answered as declared: status, body schema, error code, headers, CORS', () => {
    assert.ok(result.sent > 500, `only ${result.sent} requests`);
    assert.equal(
      result.violations.length,
      0,
      `${result.violations.length} violations in ${result.sent} requests:\n${report(result)}`,
    );
  });

  it('no request was answered 500, and each operation answered both success and errors', () => {
    for (const id of SERVICE_OPERATION_IDS) {
      const seen = result.statuses.get(id) ?? new Set();
      assert.ok(!seen.has(500), `${id} answered 500`);
      assert.ok(seen.has(OPERATIONS[id].success.status), `${id} never succeeded: ${[...seen].join(', ')}`);
      assert.ok(
        [...seen].some((s) => s >= 400),
        `${id} never refused a request`,
      );
    }
  });

  it('every Swagger operation is a route of the service, and every route is in the Swagger', () => {
    const operations = Object.values(DOC.paths).flatMap((item) =>
      Object.entries(item as Record<string, { operationId?: string }>)
        .filter(([m]) => m !== 'options' && !m.startsWith('x-'))
        .map(([, op]) => op.operationId),
    );
    assert.deepEqual(operations.sort(), [...SERVICE_OPERATION_IDS].sort());
    // Answered by the route (success or an error of its own), never "no such route" or 405.
    for (const id of SERVICE_OPERATION_IDS) {
      const seen = [...(result.statuses.get(id) ?? [])];
      assert.ok(
        seen.length > 0 && seen.every((s) => statusesOf(id as OperationId).includes(s)),
        `${id}: ${seen.join(', ')}`,
      );
    }
  });
});
