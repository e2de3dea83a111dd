// The API deployment custom resource, against moto's API Gateway: a deployment on create, a new one
// on every update (a changed Swagger or a value filled into it), the old one deleted afterwards,
// and a delete that never fails the stack (the deployment gone, or still served by a stage).
import { strict as assert } from 'node:assert';
import {
  APIGatewayClient,
  CreateRestApiCommand,
  CreateResourceCommand,
  GetDeploymentsCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import { createHandler } from '../../functions/api-deployment/index.js';
import { buildApi } from '../../generator/builders/api.js';
import { validateConfig } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { swaggerVariables } from '../../generator/swagger/build.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';
import { startMoto, type Moto } from '../support/moto.js';

describe('functions/api-deployment (custom resource, against moto API Gateway)', function () {
  this.timeout(60_000);
  let moto: Moto;
  let apigateway: APIGatewayClient;
  let cfn: Awaited<ReturnType<typeof responseUrl>>;
  let restApiId: string;
  const quiet = { log: () => undefined };
  const resource = (physicalId = '') => ({ logicalId: 'ApiDeployment', type: 'Custom::ApiDeployment', physicalId });
  const answer = () => cfn.received.at(-1)!.body;
  const deployments = async () => (await apigateway.send(new GetDeploymentsCommand({ restApiId }))).items ?? [];

  before(async () => {
    [moto, cfn] = await Promise.all([startMoto(), responseUrl()]);
    apigateway = new APIGatewayClient({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    restApiId = (await apigateway.send(new CreateRestApiCommand({ name: 'mysfits-api' }))).id!;
    // A method to deploy (API Gateway refuses to deploy an API without one).
    const root = (await apigateway.send(new GetResourcesCommand({ restApiId }))).items![0];
    const r = await apigateway.send(new CreateResourceCommand({ restApiId, parentId: root.id!, pathPart: 'mysfits' }));
    await apigateway.send(
      new PutMethodCommand({ restApiId, resourceId: r.id!, httpMethod: 'GET', authorizationType: 'NONE' }),
    );
    await apigateway.send(new PutIntegrationCommand({ restApiId, resourceId: r.id!, httpMethod: 'GET', type: 'MOCK' }));
  });
  after(async () => {
    apigateway.destroy();
    cfn.server.close();
    await moto.stop();
  });

  it('Create deploys the API and returns the deployment; Update deploys again; the old one is then deleted', async () => {
    const handler = createHandler({ apigateway }, quiet);
    const props = { RestApiId: restApiId, BodyHash: 'aaa', Values: { SiteUrl: 'https://a.example' } };
    await handler(customResourceEvent('Create', cfn.url, props, resource()), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS', String(answer().Reason));
    const first = String(answer().PhysicalResourceId);
    assert.deepEqual(answer().Data, { DeploymentId: first });
    assert.deepEqual(
      (await deployments()).map((d) => d.id),
      [first],
    );

    // Only a value filled into the Swagger changed (a new site URL): a new deployment all the same.
    const changed = { ...props, Values: { SiteUrl: 'https://b.example' } };
    await handler(customResourceEvent('Update', cfn.url, changed, resource(first), props), lambdaContext());
    const second = String(answer().PhysicalResourceId);
    assert.notEqual(second, first, 'a new physical id: CloudFormation then deletes the old deployment');
    assert.equal((await deployments()).length, 2);

    await handler(customResourceEvent('Delete', cfn.url, props, resource(first)), lambdaContext());
    assert.equal(answer().Status, 'SUCCESS');
    assert.deepEqual(
      (await deployments()).map((d) => d.id),
      [second],
    );
  });

  it('a delete of a deployment that is gone already is a success, never a stuck stack', async () => {
    const handler = createHandler({ apigateway }, quiet);
    await handler(
      customResourceEvent('Delete', cfn.url, { RestApiId: restApiId, BodyHash: 'x' }, resource('nope123')),
      lambdaContext(),
    );
    assert.equal(answer().Status, 'SUCCESS', String(answer().Reason));
  });

  it('a deployment a stage still serves (API Gateway: BadRequestException) is left alone', async () => {
    const busy = Object.assign(new Error('Active stages pointing to this deployment must be moved or deleted'), {
      name: 'BadRequestException',
    });
    const handler = createHandler({ apigateway: { send: () => Promise.reject(busy) } as never }, quiet);
    await handler(
      customResourceEvent('Delete', cfn.url, { RestApiId: restApiId, BodyHash: 'x' }, resource('dep1')),
      lambdaContext(),
    );
    assert.equal(answer().Status, 'SUCCESS');
  });

  for (const compute of ['fargate', 'lambda'] as const) {
    it(`api.yml (${compute}): the deployment's properties hold every value filled into the Swagger, and the stage serves it`, () => {
      const config = validateConfig({ service: { compute } }, 'test');
      const api = toJsonObject(buildApi(config)) as {
        Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
      };
      const deployment = api.Resources.ApiDeployment.Properties;
      assert.deepEqual(Object.keys(deployment.Values as object).sort(), swaggerVariables(config).sort());
      assert.match(String(deployment.BodyHash), /^[0-9a-f]{16}$/);
      assert.deepEqual(api.Resources.Stage.Properties.DeploymentId, {
        'Fn::GetAtt': ['ApiDeployment', 'DeploymentId'],
      });
      assert.equal(Object.values(api.Resources).filter((r) => r.Type === 'AWS::ApiGateway::Deployment').length, 0);
      // Every variable the Body uses is a value of the deployment (or a pseudo parameter).
      const used = new Set(
        [...JSON.stringify(api.Resources.RestApi.Properties.Body).matchAll(/\$\{([A-Za-z]+)\}/g)].map((m) => m[1]),
      );
      for (const name of used) {
        assert.ok(
          name === 'VpcLink' || name in (deployment.Values as object),
          `${name} is filled into the Body but not a deployment value`,
        );
      }
    });
  }
});
