// The shared AWS context (generator/aws/context.ts): any other service's client comes from it,
// built from the same --region/--endpoint settings, once, and destroyed by close() with the rest.
// No request is sent: the clients are only built and closed.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodePipelineClient } from '@aws-sdk/client-codepipeline';
import { CodeStarConnectionsClient } from '@aws-sdk/client-codestar-connections';
import { awsContext } from '../../generator/aws/context.js';
import type { ClientConfig } from '../../generator/aws/client-config.js';
import { ROOT } from '../helpers.js';

/** A CodePipeline client that counts its destroy() calls. */
class CountingClient extends CodePipelineClient {
  static destroyed = 0;
  constructor(config: ClientConfig) {
    super(config);
  }
  override destroy(): void {
    CountingClient.destroyed++;
    super.destroy();
  }
}

describe('aws context: other services’ clients', () => {
  it('builds each client once, with the context’s region and endpoint, and close() destroys it', async () => {
    const ctx = await awsContext({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:9' });
    const codepipeline = ctx.client(CodePipelineClient);
    assert.equal(ctx.client(CodePipelineClient), codepipeline);
    const connections = ctx.client(CodeStarConnectionsClient);
    assert.ok(connections instanceof CodeStarConnectionsClient);
    assert.equal(await codepipeline.config.region(), 'eu-west-1');
    assert.equal((await connections.config.endpoint!()).hostname, '127.0.0.1');
    const counted = ctx.client(CountingClient);
    assert.notEqual(counted, codepipeline);
    ctx.close();
    assert.equal(CountingClient.destroyed, 1);
  });

  it('pipeline status takes its CodePipeline and CodeStar Connections clients from the context', () => {
    const source = readFileSync(join(ROOT, 'generator', 'cli', 'commands', 'pipeline-status.ts'), 'utf8');
    assert.match(source, /ctx\.client\(CodePipelineClient\)/);
    assert.match(source, /ctx\.client\(CodeStarConnectionsClient\)/);
    assert.doesNotMatch(source, /new \w+Client\(/);
  });
});
