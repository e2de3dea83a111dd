// deploy refuses to turn MFA on for a live user pool (CloudFormation's update would fail on it),
// read from moto_server's CloudFormation and Cognito (issue 26, item 5).
import { strict as assert } from 'node:assert';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mfaChangeProblem, USER_POOL_OUTPUT } from '../../generator/aws/mfa-change.js';
import { startMoto, type Moto, motoClientConfig } from '../support/moto.js';

describe('deploy: MFA turned on for a user pool that exists', function () {
  this.timeout(120_000);
  let moto: Moto;
  let cf: CloudFormationClient;
  let cognito: CognitoIdentityProviderClient;
  let poolId: string;
  before(async () => {
    moto = await startMoto();
    const config = motoClientConfig(moto);
    cf = new CloudFormationClient(config);
    cognito = new CognitoIdentityProviderClient(config);
    poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'users', MfaConfiguration: 'OFF' }))).UserPool!
      .Id!;
    // A stand-in for the app's root stack: only its UserPoolId output matters here.
    // (A retried CreateStack on a loaded machine finds its first attempt's stack: that is the one.)
    await cf
      .send(
        new CreateStackCommand({
          StackName: 'app',
          TemplateBody: JSON.stringify({
            Resources: { Marker: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: poolId } } },
            Outputs: { [USER_POOL_OUTPUT]: { Value: poolId } },
          }),
        }),
      )
      .catch((err: Error) => {
        if (err.name !== 'AlreadyExistsException') throw err;
      });
  });
  after(async () => {
    cf?.destroy();
    cognito?.destroy();
    await moto?.stop();
  });

  it('off -> optional or required on a live pool is refused, naming the call that does it and what users meet', async () => {
    const optional = await mfaChangeProblem(cf, cognito, 'app', 'optional');
    assert.match(optional ?? '', new RegExp(`user pool ${poolId} of stack app has MFA off`));
    assert.match(optional ?? '', /set-user-pool-mfa-config --user-pool-id \S+ --mfa-configuration OPTIONAL/);
    assert.match(optional ?? '', /until they turn on two-step sign-in/);
    const required = await mfaChangeProblem(cf, cognito, 'app', 'required');
    assert.match(required ?? '', /--mfa-configuration ON --software-token-mfa-configuration Enabled=true/);
    assert.match(required ?? '', /set up an authenticator app at their next sign-in/);
  });

  it('nothing to refuse: MFA staying off, a stack not made yet, or a pool whose MFA is already on', async () => {
    assert.equal(await mfaChangeProblem(cf, cognito, 'app', 'off'), undefined);
    assert.equal(await mfaChangeProblem(cf, cognito, 'not-yet', 'required'), undefined);
    await cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    assert.equal(await mfaChangeProblem(cf, cognito, 'app', 'optional'), undefined);
  });
});
