// POST /clicks as API Gateway answers it: an AWS service integration straight to Firehose's
// PutRecordBatch (no code on the path), with the role analytics.yml makes for exactly that. The
// request has passed the ClickBatch model (API Gateway's body validator) before the mapping
// template runs, so each event is a closed object of checked strings; the template turns each
// into one Firehose record whose data is the event's JSON, base64. The answer is 202 with how
// many Firehose took and how many it refused (FailedPutCount); any error from Firehose is 503
// with Retry-After. test/swagger/clicks.test.ts renders these templates with a VTL engine.
import type { Integration } from './types.js';

/** The request to Firehose (PutRecordBatch's JSON body). `${ClicksStreamName}` is filled at deploy time. */
export const CLICKS_REQUEST_TEMPLATE = [
  '{',
  '  "DeliveryStreamName": "${ClicksStreamName}",',
  '  "Records": [',
  "#foreach($event in $input.path('$.events'))",
  '    {"Data": "$util.base64Encode($input.json("$.events[$foreach.index]"))"}#if($foreach.hasNext),#end',
  '#end',
  '  ]',
  '}',
].join('\n');

/** 202's body, from Firehose's answer. */
export const CLICKS_RESPONSE_TEMPLATE = [
  "#set($failed = $input.path('$.FailedPutCount'))",
  "#set($accepted = $input.path('$.RequestResponses').size() - $failed)",
  '{"accepted": $accepted, "failed": $failed}',
].join('\n');

/** Firehose refused the call (throttled, misconfigured, down): the caller retries later. */
export const CLICKS_UNAVAILABLE = JSON.stringify({
  error: 'unavailable',
  message: 'the click stream cannot take events right now: retry later ($context.requestId)',
});

/** Firehose's status codes API Gateway maps to 503. */
export const FIREHOSE_ERROR_STATUSES = '4\\d{2}|5\\d{2}';

/** The integration; `headers` are the method response headers every answer carries (CORS, request id). */
export function clicksIntegration(headers: Readonly<Record<string, string>>): Integration {
  const parameters = (extra: Record<string, string>) =>
    Object.fromEntries(
      Object.entries({ ...headers, ...extra }).map(([n, value]) => [`method.response.header.${n}`, value]),
    );
  return {
    type: 'aws',
    httpMethod: 'POST',
    uri: 'arn:${AWS::Partition}:apigateway:${AWS::Region}:firehose:action/PutRecordBatch',
    credentials: '${ClicksRoleArn}',
    requestParameters: { 'integration.request.header.Content-Type': "'application/x-amz-json-1.1'" },
    requestTemplates: { 'application/json': CLICKS_REQUEST_TEMPLATE },
    // Only JSON is mapped: any other content type is 415, never passed to Firehose as it is.
    passthroughBehavior: 'never',
    timeoutInMillis: 10000,
    responses: {
      default: {
        statusCode: '202',
        responseParameters: parameters({}),
        responseTemplates: { 'application/json': CLICKS_RESPONSE_TEMPLATE },
      },
      [FIREHOSE_ERROR_STATUSES]: {
        statusCode: '503',
        responseParameters: parameters({ 'Retry-After': "'5'" }),
        responseTemplates: { 'application/json': CLICKS_UNAVAILABLE },
      },
    },
  };
}
