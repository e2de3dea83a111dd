// The pre-sign-up trigger: a pure function of the event Cognito sends, so tested directly.
import { strict as assert } from 'node:assert';
import type { PreSignUpTriggerEvent } from 'aws-lambda';
import { handler } from '../../functions/pre-sign-up/index.js';

const event = (triggerSource: PreSignUpTriggerEvent['triggerSource']): PreSignUpTriggerEvent => ({
  version: '1',
  region: 'us-east-1',
  userPoolId: 'us-east-1_Abc',
  userName: 'someone',
  callerContext: { awsSdkVersion: '3', clientId: 'client' },
  triggerSource,
  request: { userAttributes: { email: 'someone@example.com' } },
  response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
});

describe('functions/pre-sign-up (Cognito trigger)', () => {
  it('confirms a self-service sign-up and marks its email verified', async () => {
    const out = await handler(event('PreSignUp_SignUp'));
    assert.equal(out.response.autoConfirmUser, true);
    assert.equal(out.response.autoVerifyEmail, true);
    assert.equal(out.response.autoVerifyPhone, false);
  });
  it('leaves users created by an administrator to the normal flow', async () => {
    const out = await handler(event('PreSignUp_AdminCreateUser'));
    assert.equal(out.response.autoConfirmUser, false);
    assert.equal(out.response.autoVerifyEmail, false);
  });
});
