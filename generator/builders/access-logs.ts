// The API's access log formats, one per API type: the fields each line has. The stages write them
// (api.ts, http-api.ts) and the API alarms' texts name their fields (alarms.ts), so an alarm
// never points at a field its API's log does not have.

/** A REST API's access log, one JSON line per request: who, what, how it ended, and where the time went. */
export const REST_ACCESS_LOG = {
  requestId: '$context.requestId',
  extendedRequestId: '$context.extendedRequestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integration.status',
  integrationLatency: '$context.integration.latency',
  integrationError: '$context.integration.error',
  errorType: '$context.error.responseType',
  errorMessage: '$context.error.message',
  authorizerError: '$context.authorizer.error',
  user: '$context.authorizer.claims.sub',
  userAgent: '$context.identity.userAgent',
} as const;

/** An HTTP API's access log, one JSON line per request, in HTTP API's variables ($context.routeKey in place of the resource path). */
export const HTTP_ACCESS_LOG = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  errorType: '$context.error.responseType',
  errorMessage: '$context.error.message',
  authorizerError: '$context.authorizer.error',
  user: '$context.authorizer.claims.sub',
} as const;

/** A field of an API type's access log, by its key (a field the log lacks fails the build). */
export type AccessLogField<Log> = keyof Log & string;
