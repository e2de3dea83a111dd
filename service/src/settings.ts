// The service's settings: the environment variables it reads, each with whether it is needed and
// what it is for. The one list: config.ts reads these names, main.ts prints this table when a
// setting is wrong, and the templates that run the service (service.yml's task definition) set
// them through `environment()`, so a misspelt name fails `tsc` instead of being ignored.

/** Where the service listens unless HOST says otherwise: loopback, never every interface by accident. */
export const DEFAULT_HOST = '127.0.0.1';

export const SETTINGS = {
  PORT: { need: 'optional', what: 'port to listen on (default 8080)' },
  HOST: {
    need: 'optional',
    what: `IP address to listen on (default ${DEFAULT_HOST}: this machine only; the container image sets 0.0.0.0)`,
  },
  TABLE_NAME: { need: 'required', what: 'the mysfits DynamoDB table' },
  AWS_REGION: { need: 'required', what: 'region of the table (AWS_DEFAULT_REGION is accepted too)' },
  DYNAMODB_ENDPOINT: { need: 'optional', what: 'DynamoDB endpoint URL, for emulators' },
  COGNITO_USER_POOL_ID: { need: 'required', what: 'user pool whose tokens like/adopt accept (like us-east-1_AbC123)' },
  COGNITO_CLIENT_ID: { need: 'required', what: 'app client id the tokens must be issued to' },
  COGNITO_JWKS_URL: { need: 'optional', what: "URL of the pool's signing keys, for emulators" },
  COGNITO_JWKS: {
    need: 'optional',
    what: "the pool's signing keys as JWKS JSON: checked against these, never fetched",
  },
  COGNITO_ISSUER: { need: 'optional', what: "expected token issuer, for emulators whose issuer is not Cognito's" },
  COGNITO_ENDPOINT: { need: 'optional', what: 'Cognito user pools API endpoint URL, for emulators' },
  CORS_ORIGIN: {
    need: 'optional',
    what: "comma-separated origins allowed to call from a browser (the site's; default: none)",
  },
  LIST_CACHE_MS: {
    need: 'optional',
    what: 'how long GET /mysfits answers are reused (default 2000; 0: off, each answer read after its request arrived)',
  },
  SHUTDOWN_TIMEOUT_MS: { need: 'optional', what: 'how long SIGTERM waits for requests in flight (default 10000)' },
} as const satisfies Record<string, { need: 'required' | 'optional'; what: string }>;

export type SettingName = keyof typeof SETTINGS;

/** `[{ Name, Value }]` for a container's or function's environment, names checked against SETTINGS. */
export function environment<V>(values: Partial<Record<SettingName, V>>): { Name: SettingName; Value: V }[] {
  return (Object.entries(values) as [SettingName, V | undefined][])
    .filter((e): e is [SettingName, V] => e[1] !== undefined)
    .map(([Name, Value]) => ({ Name, Value }));
}

/** `{ NAME: value }` for a Lambda function's environment, names checked against SETTINGS. */
export function environmentVariables<V>(values: Partial<Record<SettingName, V>>): Partial<Record<SettingName, V>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<
    Record<SettingName, V>
  >;
}
