// The signing-keys custom resource of service.yml (natGateways: none) against moto_server's JWKS
// endpoint on loopback (http://HOST:PORT/<poolId>/.well-known/jwks.json, injected as the base
// URL: the real one is Cognito's public https URL). CloudFormation itself cannot run here: a
// loopback HTTP server stands in for the presigned S3 URL it waits on, and receives the same PUT.
import { strict as assert } from 'node:assert';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createHandler, keysUrl, type KeysOptions } from '../../functions/user-pool-keys/index.js';
import { loadConfig } from '../../service/src/config.js';
import { customResourceEvent, lambdaContext, responseUrl, type ResponseUrl } from '../support/custom-resource.js';
import { freePort, startMoto, type Moto } from '../support/moto.js';
import { fixedAnswer } from '../support/proxy.js';

const POOL = 'us-east-1_KeysTest1';

function event(type: 'Create' | 'Update' | 'Delete', url: string, props: Record<string, string>) {
  return customResourceEvent(type, url, props, {
    logicalId: 'UserPoolKeys',
    type: 'Custom::UserPoolKeys',
    physicalId: `${POOL}-signing-keys`,
  }) as CloudFormationCustomResourceEvent;
}

describe('functions/user-pool-keys (custom resource, moto JWKS)', function () {
  this.timeout(30_000);
  let moto: Moto;
  let cfn: ResponseUrl;
  let motoJwks: { keys: Record<string, string>[] };
  const quiet: KeysOptions = { log: () => undefined, retryDelayMs: 10 };

  before(async () => {
    moto = await startMoto();
    cfn = await responseUrl();
    motoJwks = (await (await fetch(`${moto.endpoint}/${POOL}/.well-known/jwks.json`)).json()) as typeof motoJwks;
  });
  after(async () => {
    cfn?.server.close();
    await moto?.stop();
  });
  beforeEach(() => (cfn.received.length = 0));

  const run = (e: CloudFormationCustomResourceEvent, options: KeysOptions = {}) =>
    createHandler({ ...quiet, ...options })(e, lambdaContext());

  it("Create: fetches the pool's JWKS and returns it as Jwks, usable as the service's COGNITO_JWKS", async () => {
    await run(event('Create', cfn.url, { UserPoolId: POOL }), { baseUrl: moto.endpoint });
    assert.equal(cfn.received.length, 1);
    const { body, contentType } = cfn.received[0];
    assert.equal(body.Status, 'SUCCESS', String(body.Reason));
    assert.equal(body.PhysicalResourceId, `${POOL}-signing-keys`);
    assert.ok(!contentType, 'content-type must be empty for the presigned URL');
    const data = body.Data as { Jwks: string };
    assert.deepEqual(Object.keys(data), ['Jwks']);
    assert.deepEqual(JSON.parse(data.Jwks), motoJwks, "moto's keys, member for member");
    assert.ok(JSON.stringify(body).length < 4096, 'the whole response fits CloudFormation’s 4 KB');
    const config = loadConfig({
      TABLE_NAME: 'MysfitsTable',
      AWS_REGION: 'us-east-1',
      COGNITO_USER_POOL_ID: POOL,
      COGNITO_CLIENT_ID: 'client1',
      COGNITO_JWKS: data.Jwks,
    });
    assert.deepEqual(config.jwks, motoJwks);
  });

  it('Update: fetches again (a new pool id, or a new SigningKeysRefresh value)', async () => {
    const fixed = await fixedAnswer(200, JSON.stringify(motoJwks));
    try {
      await run(event('Update', cfn.url, { UserPoolId: POOL, Refresh: '2' }), { baseUrl: fixed.endpoint });
      assert.equal(cfn.received[0].body.Status, 'SUCCESS');
      assert.equal(fixed.requests(), 1);
    } finally {
      await fixed.close();
    }
  });

  it('Delete: succeeds without fetching anything', async () => {
    const fixed = await fixedAnswer(500, '{}');
    try {
      await run(event('Delete', cfn.url, { UserPoolId: POOL }), { baseUrl: fixed.endpoint });
      assert.equal(cfn.received[0].body.Status, 'SUCCESS');
      assert.equal(cfn.received[0].body.PhysicalResourceId, `${POOL}-signing-keys`);
      assert.equal(fixed.requests(), 0);
    } finally {
      await fixed.close();
    }
  });

  it('keys that cannot be fetched: FAILED with the URL and the reason, after the retries', async () => {
    // A port nothing listens on: every try is refused at once.
    const closed = `http://127.0.0.1:${await freePort()}`;
    await run(event('Create', cfn.url, { UserPoolId: POOL }), { baseUrl: closed });
    const { body } = cfn.received[0];
    assert.equal(body.Status, 'FAILED');
    assert.ok(
      String(body.Reason).startsWith(
        `cannot fetch the signing keys from ${closed}/${POOL}/.well-known/jwks.json: ECONNREFUSED (3 tries)`,
      ),
      String(body.Reason),
    );
    assert.equal(body.PhysicalResourceId, lambdaContext().logStreamName, 'a failed Create still names a resource');
  });

  it('a 404 is not retried; a 5xx is, then FAILED', async () => {
    for (const [status, tries, reason] of [
      [404, 1, /HTTP 404 \(no such user pool\?\) \(see CloudWatch/],
      [503, 3, /HTTP 503 \(3 tries\)/],
    ] as const) {
      cfn.received.length = 0;
      const fixed = await fixedAnswer(status, '{"message":"nope"}');
      try {
        await run(event('Create', cfn.url, { UserPoolId: POOL }), { baseUrl: fixed.endpoint });
        assert.equal(cfn.received[0].body.Status, 'FAILED');
        assert.match(String(cfn.received[0].body.Reason), reason);
        assert.equal(fixed.requests(), tries, `HTTP ${status}`);
      } finally {
        await fixed.close();
      }
    }
  });

  it('an answer that is not a usable JWKS: FAILED naming the rule', async () => {
    const cases: [string, RegExp][] = [
      ['<html>', /did not answer a usable JWKS: not JSON/],
      ['{"keys":[]}', /did not answer a usable JWKS: holds no keys/],
      [JSON.stringify({ keys: [{ ...motoJwks.keys[0], kid: undefined }] }), /key 1 has no kid/],
    ];
    for (const [answer, reason] of cases) {
      cfn.received.length = 0;
      const fixed = await fixedAnswer(200, answer);
      try {
        await run(event('Create', cfn.url, { UserPoolId: POOL }), { baseUrl: fixed.endpoint });
        assert.equal(cfn.received[0].body.Status, 'FAILED', answer);
        assert.match(String(cfn.received[0].body.Reason), reason);
      } finally {
        await fixed.close();
      }
    }
  });

  it('a JWKS too large for a custom resource answer: FAILED saying so', async () => {
    const key = motoJwks.keys[0];
    const many = { keys: Array.from({ length: 8 }, (_, i) => ({ ...key, kid: `key-${i}` })) };
    const fixed = await fixedAnswer(200, JSON.stringify(many));
    try {
      await run(event('Create', cfn.url, { UserPoolId: POOL }), { baseUrl: fixed.endpoint });
      assert.equal(cfn.received[0].body.Status, 'FAILED');
      assert.match(String(cfn.received[0].body.Reason), /more than a custom resource can return/);
    } finally {
      await fixed.close();
    }
  });

  it('a missing or malformed UserPoolId: FAILED naming it, nothing fetched', async () => {
    await run(event('Create', cfn.url, {}), { baseUrl: moto.endpoint });
    assert.match(String(cfn.received[0].body.Reason), /property UserPoolId/);
    cfn.received.length = 0;
    const fixed = await fixedAnswer(200, JSON.stringify(motoJwks));
    try {
      await run(event('Create', cfn.url, { UserPoolId: '../../evil' }), { baseUrl: fixed.endpoint });
      assert.equal(cfn.received[0].body.Status, 'FAILED');
      assert.match(String(cfn.received[0].body.Reason), /UserPoolId "\.\.\/\.\.\/evil" is not a user pool id/);
      assert.equal(fixed.requests(), 0);
    } finally {
      await fixed.close();
    }
  });

  it("without a base URL: the pool's Cognito URL, the one the service's verifier would fetch", () => {
    assert.equal(
      keysUrl('eu-west-1_AbC123'),
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json',
    );
    assert.equal(keysUrl(POOL, `${moto.endpoint}/`), `${moto.endpoint}/${POOL}/.well-known/jwks.json`);
  });
});
