// POST /clicks as API Gateway runs it: the integration's mapping templates, taken from the built
// Swagger and rendered by a Velocity engine (velocityjs) with the parts of API Gateway's
// $input/$util/$context they use implemented here (a mock of API Gateway's template context: it
// cannot run outside AWS). The request template must make exactly PutRecordBatch's body; sent to
// moto's Firehose (the real JSON protocol), the records land in its S3 bucket as the events' JSON,
// which the transform reads back; the response template turns Firehose's answer into the 202.
import { strict as assert } from 'node:assert';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { render } from 'velocityjs';
import { validateConfig } from '../../generator/config/load.js';
import { buildSwagger } from '../../generator/swagger/build.js';
import { withValues } from '../../generator/swagger/render.js';
import type { Integration } from '../../generator/swagger/types.js';
import { FIREHOSE_ERROR_STATUSES } from '../../generator/swagger/clicks.js';
import { parseEvent } from '../../functions/click-enrich/enrich.js';
import { startMoto, type Moto } from '../support/moto.js';

const STREAM = 'mysfits-clicks-test';
const BUCKET = 'mysfits-clicks-records';
const REGION = 'us-east-1';

/** `$.a`, `$.a[2]`, `$.a.b`: the JSONPath subset the templates use. */
function jsonPath(doc: unknown, path: string): unknown {
  if (path === '$') return doc;
  const parts = path.replace(/^\$\.?/, '').match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let value: unknown = doc;
  for (const part of parts) {
    if (value === null || value === undefined) return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    value = index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[part];
  }
  return value;
}

/** API Gateway's template context, as far as these templates use it. */
function context(body: unknown) {
  return {
    input: {
      // $input.path returns the value (a list's size() works on it); $input.json its JSON text.
      path: (p: string) => jsonPath(body, p),
      json: (p: string) => JSON.stringify(jsonPath(body, p)),
    },
    util: { base64Encode: (s: string) => Buffer.from(String(s)).toString('base64') },
    context: { requestId: 'c0ffee00-0000-4000-8000-000000000000' },
  };
}

describe('POST /clicks: the Firehose integration', function () {
  this.timeout(60_000);
  const config = validateConfig({}, 'defaults');
  const document = withValues(buildSwagger(config), {
    ClicksStreamName: STREAM,
    ClicksRoleArn: 'arn:aws:iam::111122223333:role/clicks',
    VpcLinkId: 'v1',
    LoadBalancerArn:
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits-nlb/0123456789abcdef',
    LoadBalancerDnsName: 'nlb.internal',
    UserPoolArn: 'arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_AbC',
    SiteUrl: 'https://site.example',
    'AWS::Partition': 'aws',
    'AWS::Region': REGION,
  });
  const operation = document.paths['/clicks']!.post! as { 'x-amazon-apigateway-integration': Integration };
  const integration = operation['x-amazon-apigateway-integration'];
  const batch = {
    events: [
      { type: 'view', mysfitId: 'b45665ab-8f16-4079-a942-610eebc6d85e', at: '2026-12-01T09:00:00.000Z' },
      {
        type: 'like',
        mysfitId: 'b45665ab-8f16-4079-a942-610eebc6d85e',
        at: '2026-12-01T09:00:02.500Z',
      },
      { type: 'filter', filter: 'LawChaos=Chaotic', at: '2026-12-01T09:00:05Z' },
    ],
  };

  let moto: Moto;
  let s3: S3Client;
  before(async () => {
    moto = await startMoto();
    const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
    s3 = new S3Client({ endpoint: moto.endpoint, region: REGION, forcePathStyle: true, credentials });
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await firehose('CreateDeliveryStream', {
      DeliveryStreamName: STREAM,
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: {
        BucketARN: `arn:aws:s3:::${BUCKET}`,
        RoleARN: 'arn:aws:iam::111122223333:role/firehose',
        Prefix: 'clicks/',
      },
    });
  });
  after(async () => {
    s3?.destroy();
    await moto?.stop();
  });

  /** Firehose's JSON protocol, as API Gateway's integration calls it. */
  async function firehose(action: string, body: unknown): Promise<{ status: number; json: unknown }> {
    const r = await fetch(moto.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `Firehose_20150804.${action}`,
        Authorization: `AWS4-HMAC-SHA256 Credential=test/20261201/${REGION}/firehose/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: r.status, json: JSON.parse((await r.text()) || '{}') as unknown };
  }

  it("is an AWS integration calling PutRecordBatch with the analytics stack's role, JSON only", () => {
    assert.equal(integration.type, 'aws');
    assert.equal(integration.uri, `arn:aws:apigateway:${REGION}:firehose:action/PutRecordBatch`);
    assert.equal(integration.credentials, 'arn:aws:iam::111122223333:role/clicks');
    assert.equal(integration.passthroughBehavior, 'never');
    assert.deepEqual(Object.keys(integration.requestTemplates!), ['application/json']);
    assert.equal(
      (document as unknown as { 'x-amazon-apigateway-request-validators': Record<string, unknown> })[
        'x-amazon-apigateway-request-validators'
      ][(operation as Record<string, unknown>)['x-amazon-apigateway-request-validator'] as string] !== undefined,
      true,
    );
  });

  it("renders exactly PutRecordBatch's body: the stream and one record per event, the event's JSON as data", () => {
    const rendered = render(integration.requestTemplates!['application/json'], context(batch));
    const body = JSON.parse(rendered) as { DeliveryStreamName: string; Records: { Data: string }[] };
    assert.deepEqual(body, {
      DeliveryStreamName: STREAM,
      Records: batch.events.map((e) => ({ Data: Buffer.from(JSON.stringify(e)).toString('base64') })),
    });
    // What the transform then reads is each event as the site sent it.
    for (const [i, record] of body.Records.entries()) assert.deepEqual(parseEvent(record.Data), batch.events[i]);
  });

  it('Firehose takes the rendered body, the records land in S3, and the answer maps to 202 with the counts', async () => {
    const rendered = render(integration.requestTemplates!['application/json'], context(batch));
    const answer = await firehose('PutRecordBatch', rendered);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.ok(
      !new RegExp(`^(${FIREHOSE_ERROR_STATUSES})$`).test(String(answer.status)),
      'selected as the default: 202',
    );
    const response = JSON.parse(
      render(integration.responses!.default.responseTemplates!['application/json'], context(answer.json)),
    );
    assert.deepEqual(response, { accepted: 3, failed: 0 });
    assert.equal(integration.responses!.default.statusCode, '202');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'clicks/' }));
    assert.ok((listed.Contents ?? []).length > 0, 'moto delivered the records');
    const text = (
      await Promise.all(
        (listed.Contents ?? []).map(async (o) =>
          (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: o.Key! }))).Body!.transformToString(),
        ),
      )
    ).join('');
    for (const e of batch.events) assert.ok(text.includes(JSON.stringify(e)), `${e.type} delivered as sent`);
  });

  it("a Firehose error (an unknown stream: 400) is 503 with Retry-After, in the contract's error shape", async () => {
    const rendered = render(integration.requestTemplates!['application/json'], context(batch)).replace(
      STREAM,
      'no-such-stream',
    );
    const answer = await firehose('PutRecordBatch', rendered);
    assert.equal(answer.status, 400);
    const [pattern, mapped] = Object.entries(integration.responses!).find(([k]) => k !== 'default')!;
    assert.ok(new RegExp(`^(${pattern})$`).test(String(answer.status)));
    assert.equal(mapped.statusCode, '503');
    assert.equal(mapped.responseParameters!['method.response.header.Retry-After'], "'5'");
    const body = JSON.parse(render(mapped.responseTemplates!['application/json'], context(answer.json))) as {
      error: string;
    };
    assert.equal(body.error, 'unavailable');
  });

  it('with analytics off the API has no /clicks at all', () => {
    const off = buildSwagger(validateConfig({ analytics: { enabled: false } }, 'off'));
    assert.equal(off.paths['/clicks'], undefined);
    assert.ok(!JSON.stringify(off).includes('ClicksStreamName'));
  });
});
