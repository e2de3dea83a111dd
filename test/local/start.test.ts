// `npm start`'s settings (local/start.ts): every local port is settable, DynamoDB's included, and
// the list cache like the service's LIST_CACHE_MS; a bad value or a taken port is named.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT } from '../helpers.js';
import { freePort } from '../support/moto.js';
import { START, startLocalRunProcess } from '../support/local-run.js';

/** start.js with `env`, expected to refuse before starting anything. */
function refused(env: Record<string, string>): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [START], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, stderr: r.stderr };
}

describe('npm start settings (local/start.js)', function () {
  this.timeout(120_000);

  it("DYNAMODB_PORT sets dynalite's port, as the run prints it", async () => {
    const port = await freePort();
    const run = await startLocalRunProcess({ DYNAMODB_PORT: String(port) });
    try {
      assert.match(run.output(), new RegExp(`DynamoDB\\s+http://127\\.0\\.0\\.1:${port}\\s`));
    } finally {
      await run.interrupt();
    }
  });

  it('a taken DYNAMODB_PORT is named, with another to choose', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const r = refused({ DYNAMODB_PORT: String(port) });
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, new RegExp(`port ${port} is in use: choose another with DYNAMODB_PORT`), r.stderr);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('a DYNAMODB_PORT or LIST_CACHE_MS that is not a number is refused with exit 2, naming it', () => {
    const port = refused({ DYNAMODB_PORT: 'abc' });
    assert.equal(port.code, 2);
    assert.match(port.stderr, /DYNAMODB_PORT="abc" is not a port number/);
    const cache = refused({ LIST_CACHE_MS: '-5' });
    assert.equal(cache.code, 2);
    assert.match(cache.stderr, /LIST_CACHE_MS="-5" is not a number of milliseconds/);
  });
});
