// The service's settings from the environment: defaults, every problem reported at once.
import { strict as assert } from 'node:assert';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig, poolRegion } from '../../service/src/config.js';

const REQUIRED = {
  TABLE_NAME: 'MysfitsTable',
  AWS_REGION: 'eu-west-1',
  COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  COGNITO_CLIENT_ID: '1example23456789',
};

function problems(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
  assert.fail('expected a ConfigError');
}

describe('service config (environment)', () => {
  it('needs only the required settings; the rest have defaults', () => {
    assert.deepEqual(loadConfig(REQUIRED), {
      port: 8080,
      host: '127.0.0.1',
      tableName: 'MysfitsTable',
      region: 'eu-west-1',
      dynamodbEndpoint: undefined,
      userPoolId: 'eu-west-1_AbC123',
      clientId: '1example23456789',
      jwksUrl: undefined,
      jwks: undefined,
      issuer: undefined,
      cognitoEndpoint: undefined,
      corsOrigins: [],
      listCacheMs: 2000,
      shutdownTimeoutMs: 10_000,
    });
  });

  it('reads every optional setting', () => {
    const c = loadConfig({
      ...REQUIRED,
      AWS_REGION: '',
      AWS_DEFAULT_REGION: 'us-west-2',
      PORT: '0',
      HOST: '0.0.0.0',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:4567',
      COGNITO_JWKS_URL: 'http://127.0.0.1:5000/eu-west-1_AbC123/.well-known/jwks.json',
      COGNITO_ENDPOINT: 'http://127.0.0.1:5000',
      CORS_ORIGIN: 'http://localhost:5173, http://127.0.0.1:5173',
      LIST_CACHE_MS: '0',
      SHUTDOWN_TIMEOUT_MS: '25000',
    });
    assert.equal(c.region, 'us-west-2', 'AWS_DEFAULT_REGION when AWS_REGION is empty');
    assert.equal(c.port, 0);
    assert.equal(c.host, '0.0.0.0');
    assert.equal(loadConfig({ ...REQUIRED, HOST: '::' }).host, '::', 'an IPv6 address too');
    assert.equal(c.dynamodbEndpoint, 'http://127.0.0.1:4567');
    assert.deepEqual(c.corsOrigins, ['http://localhost:5173', 'http://127.0.0.1:5173']);
    assert.equal(c.listCacheMs, 0);
    assert.equal(c.shutdownTimeoutMs, 25_000);
  });

  it('reports every missing setting at once, naming what it is for', () => {
    const p = problems({});
    assert.equal(p.length, 4);
    assert.match(p.join('\n'), /TABLE_NAME is not set: the mysfits DynamoDB table/);
    assert.match(p.join('\n'), /AWS_REGION is not set/);
    assert.match(p.join('\n'), /COGNITO_USER_POOL_ID is not set/);
    assert.match(p.join('\n'), /COGNITO_CLIENT_ID is not set/);
  });

  it('rejects malformed values with the rule they break', () => {
    const p = problems({
      ...REQUIRED,
      PORT: '8080x',
      HOST: 'everywhere',
      COGNITO_USER_POOL_ID: 'AbC123',
      DYNAMODB_ENDPOINT: 'localhost:8000',
      CORS_ORIGIN: 'http://localhost:5173/app',
      LIST_CACHE_MS: '-1',
    });
    assert.deepEqual(p, [
      'PORT="8080x" is not a whole number from 0 to 65535',
      'HOST="everywhere" is not an IP address (like 127.0.0.1, or 0.0.0.0 for every interface)',
      'DYNAMODB_ENDPOINT="localhost:8000" is not an http(s) URL',
      'COGNITO_USER_POOL_ID="AbC123" is not a user pool id (like us-east-1_AbC123)',
      'CORS_ORIGIN: "http://localhost:5173/app" is not an origin (like http://localhost:5173, no path) or *',
      'LIST_CACHE_MS="-1" is not a whole number from 0 to 3600000',
    ]);
  });

  it('with COGNITO_ISSUER, accepts an emulator pool id (cognito-local: local_xxx)', () => {
    const c = loadConfig({
      ...REQUIRED,
      COGNITO_USER_POOL_ID: 'local_5dZ1',
      COGNITO_ISSUER: 'http://localhost:9229/local_5dZ1',
    });
    assert.equal(c.userPoolId, 'local_5dZ1');
    assert.equal(poolRegion('local_5dZ1'), undefined);
    assert.equal(poolRegion('eu-west-1_AbC123'), 'eu-west-1');
  });

  describe("COGNITO_JWKS (the pool's keys given up front)", () => {
    const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicJwk = (kid: string) => ({
      ...keyPair().publicKey.export({ format: 'jwk' }),
      kid,
      alg: 'RS256',
      use: 'sig',
    });

    it('parses a JWKS and keeps only the members a verifier reads', () => {
      const key = publicJwk('k1');
      const c = loadConfig({
        ...REQUIRED,
        COGNITO_JWKS: JSON.stringify({ keys: [{ ...key, x5t: 'thumb' }], extra: 1 }),
      });
      assert.deepEqual(c.jwks, { keys: [key] });
    });

    it('rejects what is not a usable set of public signing keys, naming the rule', () => {
      const key = publicJwk('k1');
      const privateKey = { ...keyPair().privateKey.export({ format: 'jwk' }), kid: 'k9' };
      const cases: [string, RegExp][] = [
        ['not json', /not JSON/],
        ['[]', /not a JWKS: JWKS should be an object/],
        ['{"keys": {}}', /not a JWKS: JWKS keys should be an array/],
        ['{"keys": []}', /holds no keys/],
        [JSON.stringify({ keys: [{ ...key, kid: undefined }] }), /key 1 has no kid/],
        [JSON.stringify({ keys: [key, { ...key }] }), /two keys have kid "k1"/],
        [JSON.stringify({ keys: [privateKey] }), /key "k9" holds private key members \(d, p, q, dp, dq, qi\)/],
        [JSON.stringify({ keys: [{ ...key, use: 'enc' }] }), /key "k1" is not a usable public signing key: JWK use/],
        [JSON.stringify({ keys: [{ ...key, n: 'not-a-modulus' }] }), /key "k1" .* a 72-bit RSA modulus \(2048 or more/],
      ];
      for (const [text, rule] of cases) {
        const p = problems({ ...REQUIRED, COGNITO_JWKS: text });
        assert.equal(p.length, 1, text);
        assert.match(p[0], /^COGNITO_JWKS is not a usable set of signing keys: /);
        assert.match(p[0], rule, text);
      }
    });
  });
});
