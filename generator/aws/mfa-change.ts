// Turning MFA on for a user pool that already exists: CloudFormation's AWS::Cognito::UserPool
// updates a pool through UpdateUserPool, which refuses to turn MFA on once the pool was created
// ("Cannot turn MFA functionality ON, once the user pool has been created": reported in
// cloudformation-coverage-roadmap 1176 and aws-cdk 21284; the resource's documentation does not
// say its handler now calls SetUserPoolMfaConfig). The stack would fail on the pool and roll back.
// So `deploy` reads the live pool first and refuses that one change, naming the call that makes
// it (SetUserPoolMfaConfig), after which the same deploy goes through: the template then asks
// for what the pool already has.
import { DescribeStacksCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  GetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { POOL_MFA, type MfaMode } from '../../functions/shared/site-config.js';

/** The root stack's output naming the pool (main.yml). */
export const USER_POOL_OUTPUT = 'UserPoolId';

/**
 * Why deploying `wanted` over the stack's live pool would fail, or undefined when it would not
 * (no stack yet, no pool output, MFA already on, or staying off).
 */
export async function mfaChangeProblem(
  cf: CloudFormationClient,
  cognito: CognitoIdentityProviderClient,
  stackName: string,
  wanted: MfaMode,
): Promise<string | undefined> {
  if (wanted === 'off') return undefined;
  let poolId: string | undefined;
  try {
    const { Stacks } = await cf.send(new DescribeStacksCommand({ StackName: stackName }));
    poolId = Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === USER_POOL_OUTPUT)?.OutputValue;
  } catch (err) {
    if (/does not exist/.test((err as Error).message)) return undefined;
    throw err;
  }
  if (!poolId) return undefined;
  const { MfaConfiguration } = await cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
  if ((MfaConfiguration ?? 'OFF') !== 'OFF') return undefined;
  const target = POOL_MFA[wanted];
  return [
    `cognito.mfa is ${wanted}, but user pool ${poolId} of stack ${stackName} has MFA off, and CloudFormation cannot turn MFA on for a pool that exists (UpdateUserPool refuses: "Cannot turn MFA functionality ON, once the user pool has been created"); the update would fail on the pool and roll back.`,
    `Turn it on first, then run the same deploy again:`,
    `  aws cognito-idp set-user-pool-mfa-config --user-pool-id ${poolId} --mfa-configuration ${target} --software-token-mfa-configuration Enabled=true`,
    wanted === 'required'
      ? 'From then on every user is asked to set up an authenticator app at their next sign-in (the site shows the QR code), and for a code at each sign-in after that.'
      : 'Nothing changes for existing users until they turn on two-step sign-in on the site; from then on they are asked for a code at each sign-in.',
  ].join('\n');
}
