// `mysfits deploy --express` against moto_server through a recording proxy: the CreateChangeSet
// request carries DeploymentConfig.Mode=EXPRESS with --express and no DeploymentConfig without it.
// moto ignores the mode (it finishes every operation at once), so what express mode does to
// readiness and rollback is for AWS to show (docs/launch-test.md).
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startMoto, type Moto, MOTO_CLI_ENV } from '../support/moto.js';
import { forward, read, relay } from '../support/proxy.js';
import { ROOT, runCliAsync } from '../helpers.js';

const CREDENTIALS = MOTO_CLI_ENV;
const QUEUE = join(ROOT, 'test', 'fixtures', 'stacks', 'queue.yml');

describe('mysfits deploy --express (against moto_server, requests recorded)', function () {
  this.timeout(120_000);
  let moto: Moto | undefined;
  let proxy: Server | undefined;
  let endpoint = '';
  const changeSets: URLSearchParams[] = [];

  before(async () => {
    moto = await startMoto();
    proxy = createServer((req, res) => {
      void (async () => {
        const body = await read(req);
        const form = new URLSearchParams(body.toString('utf8'));
        if (form.get('Action') === 'CreateChangeSet') changeSets.push(form);
        const upstream = await forward(moto!.endpoint, req, body);
        relay(upstream, res, Buffer.from(await upstream.arrayBuffer()));
      })().catch((err: Error) => {
        res.writeHead(502);
        res.end(err.message);
      });
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  after(async () => {
    if (proxy) await new Promise((resolve) => proxy!.close(resolve));
    await moto?.stop();
  });

  const deploy = (...args: string[]) =>
    runCliAsync(['deploy', '-t', QUEUE, ...args, '--yes', '--endpoint', endpoint, '--region', 'us-east-1'], {
      env: CREDENTIALS,
    });

  it('--express asks CloudFormation for Mode EXPRESS; without it, the standard mode (no DeploymentConfig)', async () => {
    const express = await deploy('-s', 'dev-express', '--express');
    assert.equal(express.code, 0, express.stderr);
    assert.equal(changeSets.length, 1);
    assert.equal(changeSets[0].get('DeploymentConfig.Mode'), 'EXPRESS');
    assert.equal(changeSets[0].get('DeploymentConfig.DisableRollback'), null, 'rollback stays on');
    const standard = await deploy('-s', 'dev-standard');
    assert.equal(standard.code, 0, standard.stderr);
    assert.equal(changeSets.length, 2);
    assert.ok(
      ![...changeSets[1].keys()].some((k) => k.startsWith('DeploymentConfig')),
      [...changeSets[1].keys()].join(),
    );
  });

  it('--help states the rollback behaviour', async () => {
    const help = await runCliAsync(['deploy', '--help']);
    assert.match(help.stdout.replace(/\s+/g, ' '), /--express .*Rollback: a failure still rolls the stack back/);
  });
});
