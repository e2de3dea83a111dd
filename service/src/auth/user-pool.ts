// The user pool's calls the sign-up and sign-in routes make (routes/auth.ts), with the Cognito
// client behind them. Loaded only when first needed (user-pool-loader.ts): a Lambda function's
// bundle packages it as a file of its own beside index.js (generator/package/assets.ts), so an
// instance's cold start, whose first request is most often the list, neither parses nor sets up
// the Cognito client (bench:lambda; docs/performance.md). The first sign-up or sign-in of an
// instance loads it.
import {
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
  type ConfirmSignUpCommandInput,
  type ConfirmSignUpCommandOutput,
  type InitiateAuthCommandInput,
  type InitiateAuthCommandOutput,
  type ResendConfirmationCodeCommandInput,
  type ResendConfirmationCodeCommandOutput,
  type SignUpCommandInput,
  type SignUpCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { userPoolClient } from '../clients.js';
import type { ServiceConfig } from '../config.js';
import type { Logger } from '../log.js';

export interface UserPool {
  signUp(input: SignUpCommandInput): Promise<SignUpCommandOutput>;
  confirmSignUp(input: ConfirmSignUpCommandInput): Promise<ConfirmSignUpCommandOutput>;
  initiateAuth(input: InitiateAuthCommandInput): Promise<InitiateAuthCommandOutput>;
  resendConfirmationCode(input: ResendConfirmationCodeCommandInput): Promise<ResendConfirmationCodeCommandOutput>;
}

/** The calls, made with `client`. */
export function userPoolOf(client: CognitoIdentityProviderClient): UserPool {
  return {
    signUp: (input) => client.send(new SignUpCommand(input)),
    confirmSignUp: (input) => client.send(new ConfirmSignUpCommand(input)),
    initiateAuth: (input) => client.send(new InitiateAuthCommand(input)),
    resendConfirmationCode: (input) => client.send(new ResendConfirmationCodeCommand(input)),
  };
}

/** The calls, made with a client built as the service builds it (clients.ts). */
export function userPoolFor(config: ServiceConfig, log?: Logger): UserPool {
  return userPoolOf(userPoolClient(config, log));
}
