// The shared custom-resource wrapper (functions/shared/custom-resource.ts): it always answers,
// and on the first call of a just-created stack it waits out IAM's propagation delay: a role
// created moments before its function runs may be refused for a few seconds (AccessDenied).
import { strict as assert } from 'node:assert';
import { customResource } from '../../functions/shared/custom-resource.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';

const RESOURCE = { logicalId: 'Thing', type: 'Custom::Thing', physicalId: 'thing' };
const accessDenied = (): Error =>
  Object.assign(new Error('User: arn:aws:sts::1:assumed-role/x is not authorized to perform: dynamodb:UpdateItem'), {
    name: 'AccessDeniedException',
  });

describe('functions/shared custom-resource wrapper', () => {
  let cfn: Awaited<ReturnType<typeof responseUrl>>;
  before(async () => (cfn = await responseUrl()));
  after(() => cfn.server.close());

  it('retries work refused with AccessDenied while IAM propagates, then answers SUCCESS', async () => {
    let calls = 0;
    const handler = customResource(
      async () => {
        calls++;
        if (calls < 3) throw accessDenied();
        return { physicalResourceId: 'done' };
      },
      { log: () => undefined, accessDeniedRetryMs: 2000, retryDelayMs: 10 },
    );
    const before = cfn.received.length;
    await handler(customResourceEvent('Create', cfn.url, {}, RESOURCE), lambdaContext());
    assert.equal(calls, 3);
    assert.equal(cfn.received.at(-1)!.body.Status, 'SUCCESS');
    assert.equal(cfn.received.length, before + 1, 'one answer');
  });

  it('answers FAILED with the AccessDenied message once the propagation window has passed', async () => {
    let calls = 0;
    const handler = customResource(
      async () => {
        calls++;
        throw accessDenied();
      },
      { log: () => undefined, accessDeniedRetryMs: 100, retryDelayMs: 30 },
    );
    await handler(customResourceEvent('Create', cfn.url, {}, RESOURCE), lambdaContext());
    assert.ok(calls >= 2 && calls <= 5, `${calls} calls`);
    const answer = cfn.received.at(-1)!.body;
    assert.equal(answer.Status, 'FAILED');
    assert.match(String(answer.Reason), /not authorized to perform: dynamodb:UpdateItem/);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const handler = customResource(
      async () => {
        calls++;
        throw new Error('the table does not exist');
      },
      { log: () => undefined, accessDeniedRetryMs: 2000, retryDelayMs: 10 },
    );
    await handler(customResourceEvent('Create', cfn.url, {}, RESOURCE), lambdaContext());
    assert.equal(calls, 1);
    assert.equal(cfn.received.at(-1)!.body.Status, 'FAILED');
  });
});
