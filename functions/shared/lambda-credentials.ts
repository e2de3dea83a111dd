// The AWS SDK's default credential chain as it is inside Lambda, bundled into every function in
// place of @aws-sdk/credential-provider-node (an esbuild alias: LAMBDA_BUNDLE_ALIAS in
// generator/package/assets.ts). Lambda puts the execution role's credentials in the function's
// environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN: reserved variables
// the runtime sets), the first link of the SDK's chain, which answers every call there. The
// other links (SSO, shared ini files, credential_process, web identity tokens, the ECS and EC2
// metadata endpoints) cannot answer inside Lambda, yet they are 200 KB of the bundle (their
// nested STS, SSO and sign-in clients) that every cold start parses: 40 ms of it on a 2-core VM
// (bench:lambda).
//
// The clients' own `credentials` setting still wins (the emulator placeholders of
// service/src/emulator.ts); this is only what a client falls back to.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentity, Logger } from '@smithy/types';

/** What a function says when its environment has no credentials (a handler run outside Lambda). */
export const NO_LAMBDA_CREDENTIALS =
  'no AWS credentials in the environment: Lambda sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ' +
  "AWS_SESSION_TOKEN from the function's execution role; outside Lambda, set them";

/** The signature of the package it replaces (`defaultProvider(init)`); of init, the logger is read. */
export function defaultProvider(init: { logger?: Logger } = {}) {
  const env = fromEnv(init);
  return async (): Promise<AwsCredentialIdentity> => {
    try {
      return await env();
    } catch (err) {
      throw new Error(NO_LAMBDA_CREDENTIALS, { cause: err });
    }
  };
}
