// S3's refusals in words (issue 16: publish printed "UnknownError"). moto never refuses a call,
// so a stub on 127.0.0.1 answers as S3 answers a refusal: a HEAD with 403 and no body, a PUT with
// 403 and S3's XML error. The client is the SDK's own, with the middleware the CLI adds.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describeS3Failures, s3Message } from '../../generator/aws/s3-errors.js';

describe('S3 refusals in words (a stub S3 on 127.0.0.1)', () => {
  let server: Server;
  let s3: S3Client;

  before(async () => {
    server = createServer((req, res) => {
      req.resume();
      if (req.method === 'HEAD' && req.url?.includes('missing-key')) {
        res.writeHead(404).end();
      } else if (req.method === 'HEAD') {
        res.writeHead(403).end();
      } else {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>R1</RequestId></Error>',
        );
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    s3 = describeS3Failures(
      new S3Client({
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
        maxAttempts: 1,
      }),
    );
  });
  after(() => {
    s3.destroy();
    server.close();
  });

  const failure = async (send: () => Promise<unknown>): Promise<unknown> => {
    try {
      await send();
    } catch (err) {
      return err;
    }
    assert.fail('the call did not fail');
  };

  it('a refused HEAD (no body) names the operation, the bucket, HTTP 403 AccessDenied and what to check', async () => {
    const err = await failure(() => s3.send(new HeadBucketCommand({ Bucket: 'acme-artifacts-us-east-1' })));
    assert.equal(
      s3Message(err),
      "HeadBucket s3://acme-artifacts-us-east-1 refused: HTTP 403 AccessDenied (these credentials may not do this on that bucket, or the bucket is another account's: bucket names are global, choose another --bucket-prefix)",
    );
  });

  it("a refused PUT names the key and S3's own code and message", async () => {
    const err = await failure(() => s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'mysfits/main.yml', Body: 'x' })));
    assert.match(
      String(s3Message(err)),
      /^PutObject s3:\/\/b\/mysfits\/main\.yml refused: HTTP 403 AccessDenied: Access Denied \(/,
    );
  });

  it('the error itself is unchanged, so callers that expect a 404 still see one', async () => {
    const err = (await failure(() => s3.send(new HeadObjectCommand({ Bucket: 'b', Key: 'missing-key' })))) as {
      name: string;
      $metadata: { httpStatusCode: number };
    };
    assert.equal(err.name, 'NotFound');
    assert.equal(err.$metadata.httpStatusCode, 404);
    assert.match(
      String(s3Message(err)),
      /^HeadObject s3:\/\/b\/missing-key refused: HTTP 404 NotFound \(the bucket or object does not exist\)$/,
    );
    assert.equal(s3Message(new Error('plain')), undefined);
  });
});
