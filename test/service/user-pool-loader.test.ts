// The Lambda function's user pool, loaded when a route first needs it
// (service/src/auth/user-pool-loader.ts): loaded once, shared by the calls made while it loads,
// and a load that fails is tried again by the next call rather than kept.
import { strict as assert } from 'node:assert';
import { loadOnce, userPoolFrom } from '../../service/src/auth/user-pool-loader.js';
import { loadConfig } from '../../service/src/config.js';

describe('the user pool loaded on first use', () => {
  it('loads once: calls made while it loads share the load, later calls get the same answer', async () => {
    let loads = 0;
    const get = loadOnce(async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return { n: loads };
    });
    const [a, b] = await Promise.all([get(), get()]);
    assert.equal(a, b);
    assert.equal(await get(), a);
    assert.equal(loads, 1);
  });

  it('forgets a load that failed: the next call loads again', async () => {
    let loads = 0;
    const get = loadOnce(async () => {
      loads++;
      if (loads === 1) throw new Error('the part is not there');
      return 'loaded';
    });
    await assert.rejects(get(), /the part is not there/);
    assert.equal(await get(), 'loaded');
    assert.equal(await get(), 'loaded');
    assert.equal(loads, 2);
  });

  it("gives the pool's four calls, the client built from the service's settings, nothing sent", async () => {
    const config = loadConfig({
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 'MysfitsTable',
      COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
      COGNITO_CLIENT_ID: 'client',
    });
    const pool = await userPoolFrom(config)();
    assert.deepEqual(Object.keys(pool).sort(), ['confirmSignUp', 'initiateAuth', 'resendConfirmationCode', 'signUp']);
  });
});
