// The contract test: the real service (dynalite for the table, moto for Cognito) driven by
// requests generated from the Swagger document API Gateway imports (templates' api-swagger.json,
// with concrete values), good and bad: ids, filters, bodies, content types, tokens, methods,
// paths. Every answer is checked against what the document declares for its operation (status,
// body schema, error code, headers, CORS). Because API Gateway's integrations are proxies, what
// the service answers here is what a client of the deployed API gets.
import { strict as assert } from 'node:assert';
import { generateKeyPairSync } from 'node:crypto';
import { validateConfig } from '../../generator/config/load.js';
import { buildSwagger } from '../../generator/swagger/build.js';
import { withValues } from '../../generator/swagger/render.js';
import { OPERATIONS, OPERATION_IDS, statusesOf, type OperationId } from '../../service/src/contract/operations.js';
import { motoSigner } from '../support/moto.js';
import {
  ContractChecker,
  generateRequests,
  httpTarget,
  type ContractRequest,
  type Credentials,
  type Target,
} from '../support/contract.js';
import {
  PASSWORD,
  claimsOf,
  signJwt,
  signedInUser,
  startBackends,
  startService,
  type Backends,
  type RunningService,
} from '../support/service.js';

const SITE = 'https://d111111abcdef8.cloudfront.net';
const DOC = withValues(buildSwagger(validateConfig({}, 'test')), {
  VpcLinkId: 'abc123',
  LoadBalancerDnsName: 'internal-mysfits-0123456789.elb.us-east-1.amazonaws.com',
  UserPoolArn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123',
  SiteUrl: SITE,
});

/** Tokens for the generated requests: one good account and the ways a token can be wrong. */
export async function contractCredentials(backends: Backends): Promise<Credentials> {
  const email = 'contract@example.com';
  const tokens = await signedInUser(backends.cognito, backends.pool, email);
  const claims = claimsOf(tokens.idToken);
  const now = Math.floor(Date.now() / 1000);
  const { exp: _, ...noExp } = claims;
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    email,
    password: PASSWORD,
    refused: {
      'garbage token': 'aaa.bbb.ccc',
      'not a JWT': 'Basic dXNlcjpwYXNz',
      expired: signJwt({ ...claims, iat: now - 7200, exp: now - 3600 }, motoSigner()),
      'no exp': signJwt(noExp, motoSigner()),
      'exp a string': signJwt({ ...claims, exp: String(now + 3600) }, motoSigner()),
      'refresh token use': signJwt({ ...claims, token_use: 'refresh' }, motoSigner()),
      'another key': signJwt(claims, otherKey),
      'another issuer': signJwt({ ...claims, iss: 'https://example.com/pool' }, motoSigner()),
    },
  };
}

/** Sends every generated request to `target`, checks each answer, and reports. */
export async function runContract(
  target: Target,
  credentials: Credentials,
): Promise<ContractChecker & { sent: number }> {
  let n = 0;
  const requests = generateRequests(DOC, {
    origin: SITE,
    credentials,
    freshEmail: () => `new-${process.pid}-${n++}@example.com`,
  });
  const checker = new ContractChecker(DOC, SITE);
  // In order, a few at a time: answers may depend on earlier writes (a second adoption), and
  // the check accepts any status the document declares.
  const queue = [...requests];
  const worker = async (): Promise<void> => {
    for (let req: ContractRequest | undefined; (req = queue.shift());) checker.check(req, await target(req));
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return Object.assign(checker, { sent: requests.length });
}

function report(checker: ContractChecker): string {
  return checker.violations.map((v) => `  ${v.request}: ${v.problem}`).join('\n');
}

describe('contract: the service answers what the Swagger declares (dynalite + moto)', function () {
  this.timeout(120_000);
  let backends: Backends;
  let svc: RunningService;
  let result: ContractChecker & { sent: number };

  before(async () => {
    backends = await startBackends();
    svc = await startService(backends, { corsOrigins: [SITE] });
    result = await runContract(httpTarget(svc.url), await contractCredentials(backends));
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
    for (const id of OPERATION_IDS) {
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
    assert.deepEqual(operations.sort(), [...OPERATION_IDS].sort());
    // Answered by the route (success or an error of its own), never "no such route" or 405.
    for (const id of OPERATION_IDS) {
      const seen = [...(result.statuses.get(id) ?? [])];
      assert.ok(
        seen.length > 0 && seen.every((s) => statusesOf(id as OperationId).includes(s)),
        `${id}: ${seen.join(', ')}`,
      );
    }
  });
});
