// Custom resource of api.yml (fargate): on delete, waits until no VPC link targets the load
// balancer any more. A REST API's VPC link is a PrivateLink endpoint service on the network load
// balancer, and deleting it takes minutes after CloudFormation has seen the link's delete
// return; the load balancer, deleted next (its stack goes after this one), then fails with "load
// balancer is in use by an endpoint service": the workshop's most reported clean-up problem. The
// VPC link depends on this resource, so CloudFormation deletes the link first and this resource
// after it; its delete returns only once the link is gone. Create and update do nothing.
import { APIGatewayClient, GetVpcLinksCommand } from '@aws-sdk/client-api-gateway';
import type { Context } from 'aws-lambda';
import {
  customResource,
  stringProperty,
  type CustomResourceEvent,
  type WrapperOptions,
} from '../shared/custom-resource.js';

export interface Clients {
  readonly apigateway: Pick<APIGatewayClient, 'send'>;
}

export interface WaitOptions extends WrapperOptions {
  /** Pause between looks (default 10 s). */
  readonly pollMs?: number;
}

/** The VPC links that still target the load balancer, with their status. */
async function linksTo(apigateway: Clients['apigateway'], loadBalancerArn: string): Promise<string[]> {
  const found: string[] = [];
  let position: string | undefined;
  do {
    const page = await apigateway.send(new GetVpcLinksCommand({ position, limit: 500 }));
    for (const link of page.items ?? []) {
      if ((link.targetArns ?? []).includes(loadBalancerArn)) found.push(`${link.id} (${link.status})`);
    }
    position = page.position;
  } while (position);
  return found;
}

export function createHandler(clients: Clients, options: WaitOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  const pollMs = options.pollMs ?? 10_000;
  let remaining: () => number = () => 0;
  const wrapped = customResource(async (event) => {
    const loadBalancerArn = stringProperty(event, 'LoadBalancerArn');
    const physicalResourceId = `vpc-links-gone:${loadBalancerArn.split('/').slice(-2).join('/')}`;
    if (event.RequestType !== 'Delete') return { physicalResourceId };
    const started = Date.now();
    for (;;) {
      const left = await linksTo(clients.apigateway, loadBalancerArn);
      if (left.length === 0) {
        log(`no VPC link targets ${loadBalancerArn} any more (after ${Math.round((Date.now() - started) / 1000)} s)`);
        return { physicalResourceId: event.PhysicalResourceId };
      }
      // Stop looking while there is time to say why (the wrapper answers 5 s before the end).
      if (remaining() < pollMs + 10_000) {
        throw new Error(
          `VPC link ${left.join(', ')} still targets the load balancer after ${Math.round((Date.now() - started) / 60_000)} min; API Gateway deletes links slowly: delete the stack again in a few minutes`,
        );
      }
      log(`waiting for VPC link ${left.join(', ')} to be deleted`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }, options);
  return (event: CustomResourceEvent, context: Pick<Context, 'getRemainingTimeInMillis' | 'logStreamName'>) => {
    remaining = () => context.getRemainingTimeInMillis();
    return wrapped(event, context);
  };
}

export const handler = createHandler({ apigateway: new APIGatewayClient({}) });
