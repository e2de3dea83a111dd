// The service against cognito-local (npm), the Cognito emulator a Node-only local run uses.
// It differs from Cognito (and moto) where the service must be told: its tokens' issuer is its
// own URL (http://HOST:PORT/<poolId>) and its pool ids are not region-prefixed, so the service
// runs with COGNITO_ISSUER and fetches the keys from <issuer>/.well-known/jwks.json. Unlike
// moto, it checks confirmation codes (CODE fixes the code it sends).
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { userPoolOf } from '../../service/src/auth/user-pool.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ROOT, tempDir } from '../helpers.js';
import { freePort } from '../support/moto.js';
import {
  call,
  PASSWORD,
  signedInUser,
  startBackends,
  startService,
  type Backends,
  type RunningService,
} from '../support/service.js';

const CODE = '246810';

describe('service with cognito-local (issuer override)', function () {
  this.timeout(60_000);
  let backends: Backends;
  let emulator: ChildProcess;
  let dir: string;
  let cognito: CognitoIdentityProviderClient;
  let svc: RunningService;

  before(async () => {
    backends = await startBackends();
    dir = tempDir('mysfits-cognito-local-');
    const port = await freePort();
    const endpoint = `http://127.0.0.1:${port}`;
    emulator = spawn(process.execPath, [join(ROOT, 'node_modules', 'cognito-local', 'lib', 'bin', 'start.js')], {
      cwd: dir, // it keeps its state in .cognito/ here
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', CODE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    emulator.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    emulator.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 20_000;
    while (!out.includes('Cognito Local running')) {
      assert.ok(emulator.exitCode === null && Date.now() < deadline, `cognito-local did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    cognito = new CognitoIdentityProviderClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const pool = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: 'mysfits',
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
      }),
    );
    const poolId = pool.UserPool!.Id!;
    const client = await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'site',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    svc = await startService(backends, {
      userPool: userPoolOf(cognito),
      userPoolId: poolId,
      clientId: client.UserPoolClient!.ClientId!,
      issuer: `${endpoint}/${poolId}`,
      jwksUrl: undefined,
    });
  });
  after(async () => {
    await svc?.close();
    cognito?.destroy();
    if (emulator && emulator.exitCode === null) {
      const gone = new Promise((r) => emulator.once('exit', r));
      emulator.kill('SIGTERM');
      await gone;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
    await backends?.close();
  });

  it('sign up, a wrong then the right code, sign in, like and me with the id token', async () => {
    const email = 'local@example.com';
    assert.equal((await call(svc.url, 'POST', '/auth/signup', { body: { email, password: PASSWORD } })).status, 201);
    const wrong = await call(svc.url, 'POST', '/auth/confirm', { body: { email, code: '000000' } });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error, 'code_mismatch');
    assert.equal((await call(svc.url, 'POST', '/auth/confirm', { body: { email, code: CODE } })).status, 200);
    const session = await call(svc.url, 'POST', '/auth/signin', { body: { email, password: PASSWORD } });
    assert.equal(session.status, 200, JSON.stringify(session.body));

    const liked = await call(svc.url, 'POST', `/mysfits/${CATALOGUE[8].MysfitId}/like`, {
      token: session.body.idToken,
    });
    assert.equal(liked.status, 200, JSON.stringify(liked.body));
    const me = await call(svc.url, 'GET', '/auth/me', { token: `Bearer ${session.body.idToken}` });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.email, email);
    const refreshed = await call(svc.url, 'POST', '/auth/refresh', {
      body: { refreshToken: session.body.refreshToken },
    });
    assert.equal(refreshed.status, 200);

    // A moto token (another issuer, another key) is refused here.
    const stranger = await signedInUser(backends.cognito, backends.pool, 'stranger@example.com');
    const refused = await call(svc.url, 'POST', `/mysfits/${CATALOGUE[8].MysfitId}/like`, { token: stranger.idToken });
    assert.equal(refused.status, 401);
  });
});
