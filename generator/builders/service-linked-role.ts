// An AWS service's service-linked role, made sure of before the resources that need it: the
// first ECS cluster or service of a fresh account can fail with "Unable to assume the service
// linked role" while ECS creates it on first use. Not AWS::IAM::ServiceLinkedRole: that resource
// fails where the role exists already (most accounts) and deletes it with the stack (other stacks
// use it). A custom resource (functions/service-linked-role/) creates it when missing, treats
// "already exists" as success, and leaves it in place on delete.
import type { Config } from '../config/load.js';
import type { Resource, Template } from '../core/template.js';
import { allow, arn } from './common.js';
import { lambdaFunction } from './lambda.js';

export function serviceLinkedRole(
  t: Template,
  config: Config,
  service: string,
  roleName: string,
): Resource<`Custom::${string}`> {
  const fn = lambdaFunction(t, config, {
    id: 'ServiceLinkedRoleFunction',
    invokedBy: 'cloudformation',
    asset: 'service-linked-role',
    comment: `Creates ${roleName} when the account has none (a fresh account's first ECS cluster fails without it); never deletes it.`,
    description: `Makes sure the account has ${roleName} (custom resource of the service stack).`,
    timeoutSeconds: 30,
    memoryMb: 128,
    statements: [
      {
        ...allow(
          'CreateThisServiceLinkedRole',
          ['iam:CreateServiceLinkedRole'],
          [arn('iam', `role/aws-service-role/${service}/${roleName}`, 'global')],
        ),
        Condition: { StringEquals: { 'iam:AWSServiceName': service } },
      },
    ],
  });
  return t.resource('ServiceLinkedRole', {
    Type: 'Custom::ServiceLinkedRole',
    comment: `${roleName}: created if missing, kept on delete (the account's other ECS resources use it).`,
    Properties: {
      ServiceToken: fn.getAtt('Arn'),
      // CloudFormation gives up on an unanswered custom resource after this long instead of an hour.
      ServiceTimeout: 120,
      AWSServiceName: service,
    },
  });
}
