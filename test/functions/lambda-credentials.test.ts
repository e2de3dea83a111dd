// The credential chain every function is bundled with (functions/shared/lambda-credentials.ts,
// in place of @aws-sdk/credential-provider-node): the environment's credentials, as Lambda sets
// them from the execution role, and a clear refusal without them.
import { strict as assert } from 'node:assert';
import { defaultProvider, NO_LAMBDA_CREDENTIALS } from '../../functions/shared/lambda-credentials.js';
import { functionBundle, LAMBDA_BUNDLE_ALIAS } from '../../generator/package/assets.js';
import { ROOT } from '../helpers.js';

const KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE'] as const;

describe('the credential chain of the Lambda functions', function () {
  this.timeout(120_000);
  const saved: Partial<Record<(typeof KEYS)[number], string>> = {};
  beforeEach(() => {
    for (const k of KEYS) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
  });
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it("answers with the execution role's credentials Lambda puts in the environment", async () => {
    process.env.AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_SESSION_TOKEN = 'token';
    const got = await defaultProvider()();
    assert.deepEqual(
      { accessKeyId: got.accessKeyId, secretAccessKey: got.secretAccessKey, sessionToken: got.sessionToken },
      { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' },
    );
  });

  it('without them, fails naming the variables (no profile, file or metadata endpoint is tried)', async () => {
    process.env.AWS_PROFILE = 'someone';
    await assert.rejects(defaultProvider()(), (err: Error) => err.message === NO_LAMBDA_CREDENTIALS);
    assert.match(NO_LAMBDA_CREDENTIALS, /AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN/);
  });

  it("replaces the SDK's default chain in a function's bundle: none of its other providers or their clients", async () => {
    const { files } = await functionBundle(ROOT, 'service');
    assert.ok(files.includes(LAMBDA_BUNDLE_ALIAS['@aws-sdk/credential-provider-node'].slice(2)), files.join('\n'));
    assert.deepEqual(
      files.filter((f) =>
        /node_modules\/@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity|http|login)|nested-clients|token-providers)\//.test(
          f,
        ),
      ),
      [],
    );
  });
});
