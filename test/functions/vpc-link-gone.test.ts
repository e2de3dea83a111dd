// The VPC-link waiter, against moto's API Gateway: on delete it returns only once no VPC link
// targets the load balancer (moto deletes links at once; API Gateway takes minutes, which the test
// stands in for by deleting the link while the handler waits), and says so when time runs out.
import { strict as assert } from 'node:assert';
import { APIGatewayClient, CreateVpcLinkCommand, DeleteVpcLinkCommand } from '@aws-sdk/client-api-gateway';
import { createHandler } from '../../functions/vpc-link-gone/index.js';
import { buildApi } from '../../generator/builders/api.js';
import { validateConfig } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';
import { startMoto, type Moto } from '../support/moto.js';

const NLB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits/abc';

describe('functions/vpc-link-gone (custom resource, against moto API Gateway)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let apigateway: APIGatewayClient;
  let cfn: Awaited<ReturnType<typeof responseUrl>>;
  const quiet = { log: () => undefined };
  const resource = { logicalId: 'VpcLinkGone', type: 'Custom::VpcLinkGone', physicalId: 'vpc-links-gone:mysfits/abc' };
  const answer = () => cfn.received.at(-1)!.body;

  before(async () => {
    [moto, cfn] = await Promise.all([startMoto(), responseUrl()]);
    apigateway = new APIGatewayClient({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
  });
  after(async () => {
    apigateway.destroy();
    cfn.server.close();
    await moto.stop();
  });

  it('create and update do nothing', async () => {
    const handler = createHandler({ apigateway }, { ...quiet, pollMs: 50 });
    await handler(customResourceEvent('Create', cfn.url, { LoadBalancerArn: NLB }, resource), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS');
    assert.equal(answer().PhysicalResourceId, 'vpc-links-gone:mysfits/abc');
  });

  it('delete waits while a link still targets the load balancer, and returns once it is gone', async () => {
    const link = await apigateway.send(new CreateVpcLinkCommand({ name: 'link', targetArns: [NLB] }));
    const other = await apigateway.send(new CreateVpcLinkCommand({ name: 'other', targetArns: [`${NLB}x`] }));
    const handler = createHandler({ apigateway }, { ...quiet, pollMs: 50 });
    const before = cfn.received.length;
    const done = handler(customResourceEvent('Delete', cfn.url, { LoadBalancerArn: NLB }, resource), lambdaContext());
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(cfn.received.length, before, 'answered while the link still existed');
    await apigateway.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id! }));
    await done;
    assert.equal(answer().Status, 'SUCCESS');
    assert.ok(other.id, "another load balancer's link does not hold the delete");
  });

  it('a link that outlasts the function is FAILED in words, in time for the wrapper to answer', async () => {
    await apigateway.send(new CreateVpcLinkCommand({ name: 'stuck', targetArns: [NLB] }));
    const handler = createHandler({ apigateway }, { ...quiet, pollMs: 50 });
    // A function with 11 s left, counting down as Lambda's does.
    const end = Date.now() + 11_000;
    const context = { ...lambdaContext(), getRemainingTimeInMillis: () => end - Date.now() };
    await handler(customResourceEvent('Delete', cfn.url, { LoadBalancerArn: NLB }, resource), context);
    assert.equal(answer().Status, 'FAILED');
    assert.match(String(answer().Reason), /still targets the load balancer .* delete the stack again in a few minutes/);
  });

  it('api.yml: the VPC link depends on the waiter (so the waiter is deleted after it); lambda mode has neither', () => {
    const api = (compute: string) =>
      (
        toJsonObject(buildApi(validateConfig({ service: { compute } }, 'test'))) as {
          Resources: Record<string, { DependsOn?: string[]; Properties: Record<string, unknown> }>;
        }
      ).Resources;
    const fargate = api('fargate');
    assert.deepEqual(fargate.VpcLink.DependsOn, ['VpcLinkGone']);
    assert.deepEqual(fargate.VpcLinkGone.Properties.LoadBalancerArn, { Ref: 'LoadBalancerArn' });
    assert.equal(api('lambda').VpcLinkGone, undefined);
  });
});
