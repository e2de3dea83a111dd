// The user pool's signing keys handed to the service at deploy time, for a network without NAT
// (natGateways: none). The service checks every like and adopt token itself (defense in depth)
// and would fetch the pool's keys from Cognito's public URL, which tasks without a default route
// cannot reach. So UserPoolKeys (custom resource) has UserPoolKeysFunction, which runs outside the
// VPC, fetch them when the stack is created (and when the pool or SigningKeysRefresh changes) and
// return them; the task definition passes them as COGNITO_JWKS, and the service never fetches.
// With NAT the tasks fetch the keys themselves and follow a key rotation on their own, which a
// snapshot taken at deploy time cannot: so only natGateways none gets these resources.
import type { Config } from '../config/load.js';
import type { Intrinsic } from '../core/intrinsics.js';
import type { Parameter, Template } from '../core/template.js';
import { lambdaFunction } from './lambda.js';

/** Whether the tasks get the keys at deploy time: only when they have no route to Cognito. */
export const keysGivenAtDeploy = (config: Config): boolean => config.network.natGateways === 'none';

/**
 * SigningKeysRefresh, declared the same way in service.yml and main.yml (which passes it on):
 * a new value makes the stack fetch the pool's keys again.
 */
export function signingKeysRefreshParameter(t: Template): Parameter {
  const parameter = t.parameter('SigningKeysRefresh', {
    Type: 'String',
    Description:
      "The network has no NAT, so the service is given the user pool's signing keys at deploy time. Any new value (a date will do) fetches them again: needed only if Cognito rotates the pool's keys, which the service reports as 503 auth_unavailable and a log line naming the unknown key.",
    label: 'Fetch the signing keys again (optional)',
    Default: '',
    AllowedPattern: '^[\\w.:-]{0,64}$',
    ConstraintDescription: 'up to 64 letters, digits, _ . : or -',
  });
  t.parameterGroup('Sign-in keys (natGateways: none)', [parameter]);
  return parameter;
}

/** Adds the function and the custom resource; returns the keys (JWKS JSON) for COGNITO_JWKS. */
export function userPoolKeys(t: Template, config: Config, userPoolId: Intrinsic): Intrinsic {
  const refresh = signingKeysRefreshParameter(t);
  const fn = lambdaFunction(t, config, {
    id: 'UserPoolKeysFunction',
    invokedBy: 'cloudformation',
    asset: 'user-pool-keys',
    comment:
      "Fetches the user pool's public signing keys from Cognito's JWKS URL; outside the VPC, which has no NAT (natGateways: none), so it can reach it.",
    description: "Fetches the user pool's signing keys for the service (custom resource of the service stack).",
    timeoutSeconds: 30,
    memoryMb: 128,
  });
  const keys = t.resource('UserPoolKeys', {
    Type: 'Custom::UserPoolKeys',
    comment:
      "The pool's signing keys (JWKS), fetched at deploy time and handed to the tasks as COGNITO_JWKS: they cannot reach Cognito without NAT. Fetched again when the pool or SigningKeysRefresh changes; nothing to undo on delete.",
    Properties: {
      ServiceToken: fn.getAtt('Arn'),
      // CloudFormation gives up on an unanswered custom resource after this long instead of an hour.
      ServiceTimeout: 120,
      UserPoolId: userPoolId,
      Refresh: refresh.ref(),
    },
  });
  return keys.getAtt('Jwks');
}
