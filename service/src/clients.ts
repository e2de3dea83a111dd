// The AWS clients the service runs with, built the same way by the container's entry point
// (main.ts) and the Lambda handler (functions/service/): short timeouts (a request the table
// cannot answer in a few seconds is better retried than held), emulator endpoints when set, and
// placeholder credentials only for a loopback emulator.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { poolRegion, type ServiceConfig } from './config.js';
import { placeholderCredentials } from './emulator.js';

export interface ServiceClients {
  readonly dynamodb: DynamoDBClient;
  readonly cognito: CognitoIdentityProviderClient;
}

export function serviceClients(config: ServiceConfig): ServiceClients {
  const requestHandler = { connectionTimeout: 2000, requestTimeout: 5000 };
  return {
    dynamodb: new DynamoDBClient({
      region: config.region,
      endpoint: config.dynamodbEndpoint,
      requestHandler,
      credentials: placeholderCredentials(config.dynamodbEndpoint),
    }),
    cognito: new CognitoIdentityProviderClient({
      region: poolRegion(config.userPoolId) ?? config.region,
      endpoint: config.cognitoEndpoint,
      requestHandler,
      credentials: placeholderCredentials(config.cognitoEndpoint),
    }),
  };
}
