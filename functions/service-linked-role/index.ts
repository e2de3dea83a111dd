// Custom resource of service.yml: makes sure the account has ECS's service-linked role
// (AWSServiceRoleForECS) before the cluster is created. ECS makes it on first use, but the first
// cluster or service of a fresh account can fail with "Unable to assume the service linked role"
// while it does. An AWS::IAM::ServiceLinkedRole resource would fail where the role exists (most
// accounts), so this creates it when missing and treats "already exists" as success. Delete does
// nothing: other stacks and services of the account use the role.
import { CreateServiceLinkedRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { customResource, stringProperty, type WrapperOptions } from '../shared/custom-resource.js';

export interface Clients {
  readonly iam: Pick<IAMClient, 'send'>;
}

/**
 * IAM's answer when the role is there already: InvalidInputException "Service role name
 * AWSServiceRoleForECS has been taken in this account" (moto says EntityAlreadyExists).
 */
function alreadyExists(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return (
    (e.name === 'InvalidInputException' && /has been taken in this account/i.test(e.message ?? '')) ||
    e.name === 'EntityAlreadyExists' ||
    e.name === 'EntityAlreadyExistsException'
  );
}

export function createHandler(clients: Clients, options: WrapperOptions = {}) {
  const log = options.log ?? ((m: string) => console.log(m));
  return customResource(async (event) => {
    const service = stringProperty(event, 'AWSServiceName');
    const physicalResourceId = `service-linked-role:${service}`;
    if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId };
    try {
      const out = await clients.iam.send(
        new CreateServiceLinkedRoleCommand({
          AWSServiceName: service,
          Description: 'Created by the Mythical Mysfits stack because the account had none',
        }),
      );
      log(`created ${out.Role?.RoleName ?? 'the role'} for ${service}`);
    } catch (err) {
      if (!alreadyExists(err)) throw err;
      log(`the service-linked role of ${service} already exists`);
    }
    return { physicalResourceId };
  }, options);
}

export const handler = createHandler({ iam: new IAMClient({}) });
