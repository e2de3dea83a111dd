// What custom-resource tests share: CloudFormation cannot run here, so a loopback HTTP server
// stands in for the presigned S3 URL it waits on (it receives the same PUT), and events are built
// in the shape CloudFormation sends them.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';

export interface Received {
  body: Record<string, unknown>;
  contentType: string | undefined;
}

export interface ResponseUrl {
  readonly url: string;
  readonly received: Received[];
  readonly server: Server;
}

/** A loopback stand-in for CloudFormation's response URL: records every PUT. */
export async function responseUrl(): Promise<ResponseUrl> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      received.push({ body: JSON.parse(text) as Record<string, unknown>, contentType: req.headers['content-type'] });
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/response?signed=1`, received, server };
}

/** A Lambda context with `ms` left. */
export const lambdaContext = (ms = 60_000) => ({
  getRemainingTimeInMillis: () => ms,
  logStreamName: '2024/01/01/[$LATEST]abc',
});

/** A custom-resource request as CloudFormation sends it. */
export function customResourceEvent(
  type: 'Create' | 'Update' | 'Delete',
  url: string,
  props: Record<string, unknown>,
  resource: { logicalId: string; type: string; physicalId: string },
  oldProps: Record<string, unknown> = props,
): CloudFormationCustomResourceEvent {
  const token = 'arn:aws:lambda:us-east-1:123456789012:function:handler';
  const common = {
    ServiceToken: token,
    ResponseURL: url,
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/app/1',
    RequestId: `req-${type}-${Math.random().toString(36).slice(2)}`,
    LogicalResourceId: resource.logicalId,
    ResourceType: resource.type,
    ResourceProperties: { ServiceToken: token, ...props },
  };
  if (type === 'Create') return { ...common, RequestType: 'Create' };
  if (type === 'Update') {
    return {
      ...common,
      RequestType: 'Update',
      PhysicalResourceId: resource.physicalId,
      OldResourceProperties: { ServiceToken: token, ...oldProps },
    };
  }
  return { ...common, RequestType: 'Delete', PhysicalResourceId: resource.physicalId };
}
