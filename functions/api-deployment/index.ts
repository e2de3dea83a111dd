// Custom resource of api.yml: a deployment of the REST API, made again whenever what the API
// serves changes, including values only known at deploy time. A stage serves a snapshot (a
// deployment) of its API; an AWS::ApiGateway::Deployment named by a hash of the Swagger changes
// only when the Swagger's text does, so a new user pool, VPC link, load balancer, function or
// site URL updated the RestApi's Body but never reached the stage, which went on with the old
// authorizer pool or CORS origin. This resource's properties are the Swagger's hash and every
// resolved value it uses: any change is an Update, which creates a deployment, and the stage
// (DeploymentId: !GetAtt ApiDeployment.DeploymentId) moves to it. CloudFormation then deletes the
// old one; a deployment a stage still uses (a rollback in progress) or that is gone is left alone.
import { APIGatewayClient, CreateDeploymentCommand, DeleteDeploymentCommand } from '@aws-sdk/client-api-gateway';
import { customResource, stringProperty, type WrapperOptions } from '../shared/custom-resource.js';

export interface Clients {
  readonly apigateway: Pick<APIGatewayClient, 'send'>;
}

export function createHandler(clients: Clients, options: WrapperOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  return customResource(async (event) => {
    const restApiId = stringProperty(event, 'RestApiId');
    if (event.RequestType === 'Delete') {
      const deploymentId = event.PhysicalResourceId;
      try {
        await clients.apigateway.send(new DeleteDeploymentCommand({ restApiId, deploymentId }));
        log(`deleted deployment ${deploymentId} of ${restApiId}`);
      } catch (err) {
        const name = (err as { name?: string }).name;
        // Gone already (with its API), or still served by a stage: nothing to undo either way.
        if (name !== 'NotFoundException' && name !== 'BadRequestException') throw err;
        log(`deployment ${deploymentId} of ${restApiId} left alone (${name})`);
      }
      return { physicalResourceId: deploymentId };
    }
    const hash = stringProperty(event, 'BodyHash');
    const out = await clients.apigateway.send(
      new CreateDeploymentCommand({ restApiId, description: `Swagger ${hash} with this stack's values` }),
    );
    if (!out.id) throw new Error(`API Gateway created no deployment id for ${restApiId}`);
    log(`created deployment ${out.id} of ${restApiId}`);
    return { physicalResourceId: out.id, data: { DeploymentId: out.id } };
  }, options);
}

export const handler = createHandler({ apigateway: new APIGatewayClient({}) });
