// The service-linked-role custom resource, against moto's IAM: a fresh account gets the role, an
// account that has it is a success, delete leaves it. IAM's own "has been taken" answer (moto
// answers EntityAlreadyExists instead) is sent by a stand-in client in its documented shape.
import { strict as assert } from 'node:assert';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { createHandler } from '../../functions/service-linked-role/index.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';
import { startMoto, type Moto } from '../support/moto.js';

const RESOURCE = {
  logicalId: 'ServiceLinkedRole',
  type: 'Custom::ServiceLinkedRole',
  physicalId: 'service-linked-role:ecs.amazonaws.com',
};
const PROPS = { AWSServiceName: 'ecs.amazonaws.com' };

describe('functions/service-linked-role (custom resource, against moto IAM)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let iam: IAMClient;
  let cfn: Awaited<ReturnType<typeof responseUrl>>;
  const quiet = { log: () => undefined };
  before(async () => {
    [moto, cfn] = await Promise.all([startMoto(), responseUrl()]);
    iam = new IAMClient({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
  });
  after(async () => {
    iam.destroy();
    cfn.server.close();
    await moto.stop();
  });
  const answer = () => cfn.received.at(-1)!.body;

  it('creates the role in an account without it, then an existing role is a success too', async () => {
    const handler = createHandler({ iam }, quiet);
    await handler(customResourceEvent('Create', cfn.url, PROPS, RESOURCE), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS', String(answer().Reason));
    assert.equal(answer().PhysicalResourceId, 'service-linked-role:ecs.amazonaws.com');
    const role = await iam.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForecs' })).catch(() => undefined);
    assert.ok(role?.Role, 'moto has the role (moto names it AWSServiceRoleForecs)');
    await handler(customResourceEvent('Create', cfn.url, PROPS, RESOURCE), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS', String(answer().Reason));
  });

  it("IAM's own answer for an existing role (InvalidInputException, has been taken) is a success", async () => {
    const taken = Object.assign(
      new Error(
        'Service role name AWSServiceRoleForECS has been taken in this account, please try a different suffix.',
      ),
      { name: 'InvalidInputException' },
    );
    const handler = createHandler({ iam: { send: () => Promise.reject(taken) } as never }, quiet);
    await handler(customResourceEvent('Create', cfn.url, PROPS, RESOURCE), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS');
  });

  it('any other refusal is FAILED with its message; delete does nothing', async () => {
    const other = Object.assign(new Error('Invalid service name'), { name: 'InvalidInputException' });
    let calls = 0;
    const handler = createHandler({ iam: { send: () => (calls++, Promise.reject(other)) } as never }, quiet);
    await handler(customResourceEvent('Create', cfn.url, PROPS, RESOURCE), lambdaContext());
    assert.equal(answer().Status, 'FAILED');
    assert.match(String(answer().Reason), /Invalid service name/);
    calls = 0;
    await handler(customResourceEvent('Delete', cfn.url, PROPS, RESOURCE), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS');
    assert.equal(calls, 0, 'delete calls nothing');
  });
});
