// Tokens and sign-in against moto_server's Cognito (real RS256 tokens, real JWKS endpoint) and
// dynalite. Where moto differs from Cognito, the test says so rather than the code bending:
//   - moto signs every pool's tokens with one key shipped inside moto (kid "dummy"); Cognito has
//     keys per pool. A token from another pool therefore fails here on its issuer, not its key.
//   - moto accepts any confirmation code; Cognito checks it (code_mismatch is mapped, untested).
//   - moto's tokens always last an hour; the expired token is signed here with moto's own key.
import { strict as assert } from 'node:assert';
import { generateKeyPairSync } from 'node:crypto';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createHandler as userPoolKeys } from '../../functions/user-pool-keys/index.js';
import { userPoolOf } from '../../service/src/auth/user-pool.js';
import { parseJwks } from '../../service/src/auth/jwks.js';
import { TOKEN_RULES } from '../../service/src/auth/tokens.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { customResourceEvent, lambdaContext, responseUrl } from '../support/custom-resource.js';
import { motoSigner } from '../support/moto.js';
import { fixedAnswer } from '../support/proxy.js';
import {
  call,
  claimsOf,
  createPool,
  PASSWORD,
  runBundle,
  signedInUser,
  signJwt,
  startBackends,
  startService,
  TABLE,
  type Backends,
  type RunningService,
  type Tokens,
} from '../support/service.js';

describe('service: tokens, like, adopt and /auth (moto Cognito + dynalite)', function () {
  this.timeout(60_000);
  let backends: Backends;
  let svc: RunningService;
  let alice: Tokens;

  before(async () => {
    backends = await startBackends();
    svc = await startService(backends);
    alice = await signedInUser(backends.cognito, backends.pool, 'alice@example.com');
  });
  after(async () => {
    await svc?.close();
    await backends?.close();
  });

  const likes = async (id: string): Promise<number> => {
    const item = await backends.db.client.send(new GetItemCommand({ TableName: TABLE, Key: { MysfitId: { S: id } } }));
    return Number(item.Item?.Likes?.N);
  };

  describe('like and adopt need a verified Cognito token', () => {
    const target = CATALOGUE[1].MysfitId;

    it('accepts the raw id token (as the tutorial site sends it) and Bearer; an access token is 401, writing nothing', async () => {
      const before = await likes(target);
      for (const token of [alice.idToken, `Bearer ${alice.idToken}`, `bearer ${alice.idToken}`]) {
        const r = await call(svc.url, 'POST', `/mysfits/${target}/like`, { token });
        assert.equal(r.status, 200, JSON.stringify(r.body));
      }
      const line = svc.logs.filter((l) => l.msg === 'request' && l.path === `/mysfits/${target}/like`).at(-1);
      assert.equal(line?.user, claimsOf(alice.idToken).sub, 'the request log names the caller by sub');
      // API Gateway's Cognito authorizer (no OAuth scopes) takes ID tokens only; so does the service.
      const access = await call(svc.url, 'POST', `/mysfits/${target}/like`, { token: `Bearer ${alice.accessToken}` });
      assert.equal(access.status, 401);
      assert.equal(access.body.error, 'wrong_token_use');
      assert.match(access.headers.get('www-authenticate') ?? '', /^Bearer realm="mysfits", error="invalid_token"$/);
      assert.equal(await likes(target), before + 3);
    });

    it('like answers the new count, and the profile shows it at once', async () => {
      const r = await call(svc.url, 'POST', `/mysfits/${target}/like`, { token: alice.idToken });
      assert.equal(r.status, 200);
      assert.deepEqual(Object.keys(r.body).sort(), ['likes', 'mysfitId']);
      const profile = await call(svc.url, 'GET', `/mysfits/${target}`);
      assert.equal(profile.body.likes, r.body.likes);
    });

    it('no token, a non-JWT, a forged, an expired, an other-pool or other-client token: 401, nothing written', async () => {
      const claims = claimsOf(alice.idToken);
      const now = Math.floor(Date.now() / 1000);
      const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      const otherPool = await createPool(backends.cognito, backends.moto, 'elsewhere');
      const stranger = await signedInUser(backends.cognito, otherPool, 'stranger@example.com');
      // A second app client in our own pool: its tokens are for another app.
      const { CreateUserPoolClientCommand } = await import('@aws-sdk/client-cognito-identity-provider');
      const otherClient = await backends.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: backends.pool.poolId,
          ClientName: 'other-app',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        }),
      );
      const { InitiateAuthCommand } = await import('@aws-sdk/client-cognito-identity-provider');
      const otherApp = await backends.cognito.send(
        new InitiateAuthCommand({
          ClientId: otherClient.UserPoolClient!.ClientId!,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'alice@example.com', PASSWORD },
        }),
      );
      const [header, payload] = alice.idToken.split('.');
      const cases: [string, string | undefined, string][] = [
        ['none', undefined, 'missing_token'],
        ['empty Bearer', 'Bearer ', 'missing_token'],
        ['not a JWT', 'Basic dXNlcjpwYXNz', 'invalid_token'],
        ['garbage JWT', 'aaa.bbb.ccc', 'invalid_token'],
        ['signature cut off', `${header}.${payload}.`, 'invalid_token'],
        ['signed with another key', signJwt({ ...claims, exp: now + 3600 }, otherKey), 'invalid_token'],
        ['unknown key id', signJwt({ ...claims, exp: now + 3600 }, otherKey, 'no-such-kid'), 'invalid_token'],
        [
          'claims altered',
          `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'x' })).toString('base64url')}.${alice.idToken.split('.')[2]}`,
          'invalid_token',
        ],
        [
          'alg none',
          `${Buffer.from('{"alg":"none","kid":"dummy"}').toString('base64url')}.${payload}.`,
          'invalid_token',
        ],
        ['expired', signJwt({ ...claims, iat: now - 7200, exp: now - 3600 }, motoSigner()), 'token_expired'],
        ['other pool', stranger.idToken, 'invalid_token'],
        ['other app client', otherApp.AuthenticationResult!.IdToken!, 'invalid_token'],
        [
          'wrong token use',
          signJwt({ ...claims, token_use: 'refresh', exp: now + 3600 }, motoSigner()),
          'invalid_token',
        ],
        ['access token where an ID token is due', alice.accessToken, 'wrong_token_use'],
        // Validly signed, right pool and client, but no expiry: it would be good for ever.
        ['no exp', signJwt(without(claims, 'exp'), motoSigner()), 'invalid_token'],
        ['exp not a number', signJwt({ ...claims, exp: 'never' }, motoSigner()), 'invalid_token'],
        // Validly signed, but no token Cognito issues looks like these (issue 34, item 4).
        ['no sub (it would be the user "undefined")', signJwt(without(claims, 'sub'), motoSigner()), 'invalid_token'],
        ['an empty sub', signJwt({ ...claims, sub: ' ' }, motoSigner()), 'invalid_token'],
        ['no iat', signJwt(without(claims, 'iat'), motoSigner()), 'invalid_token'],
        ['iat an hour ahead', signJwt({ ...claims, iat: now + 3600, exp: now + 7200 }, motoSigner()), 'invalid_token'],
        [
          'iat five minutes past the clock skew (the cases take a while on a loaded machine)',
          signJwt({ ...claims, iat: now + TOKEN_RULES.clockSkewSeconds + 300, exp: now + 3600 }, motoSigner()),
          'invalid_token',
        ],
        [
          'exp ten years ahead',
          signJwt({ ...claims, iat: now, exp: now + 10 * 365 * 86400 }, motoSigner()),
          'invalid_token',
        ],
        [
          'a lifetime a minute over the longest Cognito issues',
          signJwt({ ...claims, iat: now - 60, exp: now + TOKEN_RULES.maxLifetimeSeconds }, motoSigner()),
          'invalid_token',
        ],
      ];
      const before = await likes(target);
      for (const [what, token, code] of cases) {
        const me = await call(svc.url, 'GET', '/auth/me', { token });
        assert.equal(me.status, 401, `${what} (me): ${JSON.stringify(me.body)}`);
        assert.equal(me.body.error, code, `${what} (me)`);
        for (const action of ['like', 'adopt']) {
          const r = await call(svc.url, 'POST', `/mysfits/${target}/${action}`, { token });
          assert.equal(r.status, 401, `${what} (${action}): ${JSON.stringify(r.body)}`);
          assert.equal(r.body.error, code, `${what} (${action})`);
          assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer realm="mysfits"/);
        }
      }
      assert.equal(await likes(target), before, 'no like was counted');
      const profile = await call(svc.url, 'GET', `/mysfits/${target}`);
      assert.equal(profile.body.adopted, false, 'nothing was adopted');
    });

    it('a token issued within the clock skew, or living the longest Cognito allows, is accepted', async () => {
      const claims = claimsOf(alice.idToken);
      const now = Math.floor(Date.now() / 1000);
      for (const [what, iat, exp] of [
        ['iat a little ahead', now + TOKEN_RULES.clockSkewSeconds - 20, now + 3600],
        ['a one-day lifetime', now - 60, now - 60 + TOKEN_RULES.maxLifetimeSeconds],
      ] as const) {
        const me = await call(svc.url, 'GET', '/auth/me', { token: signJwt({ ...claims, iat, exp }, motoSigner()) });
        assert.equal(me.status, 200, `${what}: ${JSON.stringify(me.body)}`);
        assert.equal(me.body.sub, claims.sub, what);
      }
    });

    it('a valid token with a forged signature from moto’s own key but another issuer is refused', async () => {
      const claims = claimsOf(alice.idToken);
      const token = signJwt(
        {
          ...claims,
          iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Impostor',
          exp: Math.floor(Date.now() / 1000) + 600,
        },
        motoSigner(),
      );
      const r = await call(svc.url, 'POST', `/mysfits/${target}/like`, { token });
      assert.equal(r.status, 401);
      assert.equal(r.body.error, 'invalid_token');
    });

    it('keys that cannot be fetched are 503 with the JSON shape, never a 401 or 500', async () => {
      const noKeys = await startService(backends, { jwksUrl: 'http://127.0.0.1:9/none/.well-known/jwks.json' });
      const brokenKeys = await startService(backends, { jwksUrl: `${backends.moto.endpoint}/moto-api/` });
      try {
        for (const s of [noKeys, brokenKeys]) {
          const r = await call(s.url, 'POST', `/mysfits/${target}/like`, { token: alice.idToken });
          assert.equal(r.status, 503, JSON.stringify(r.body));
          assert.deepEqual(Object.keys(r.body).sort(), ['error', 'message']);
          assert.equal(r.body.error, 'auth_unavailable');
          assert.equal(r.headers.get('retry-after'), '5');
          const why = s.logs.find((l) => l.msg === 'auth_unavailable');
          assert.ok(why, 'the cause is logged for the operator');
        }
      } finally {
        await noKeys.close();
        await brokenKeys.close();
      }
    });

    it('COGNITO_ISSUER (for emulators with their own issuer) is checked like the pool URL', async () => {
      const issuer = String(claimsOf(alice.idToken).iss);
      const same = await startService(backends, { issuer });
      const other = await startService(backends, { issuer: 'http://127.0.0.1:9229/local_pool' });
      try {
        const ok = await call(same.url, 'POST', `/mysfits/${target}/like`, { token: alice.idToken });
        assert.equal(ok.status, 200, JSON.stringify(ok.body));
        const refused = await call(other.url, 'POST', `/mysfits/${target}/like`, { token: alice.idToken });
        assert.equal(refused.status, 401);
        assert.equal(refused.body.error, 'invalid_token');
      } finally {
        await same.close();
        await other.close();
      }
    });

    it('like and adopt on an unknown id are 404 and create no item', async () => {
      const ghost = '11111111-2222-3333-4444-555555555555';
      for (const action of ['like', 'adopt']) {
        const r = await call(svc.url, 'POST', `/mysfits/${ghost}/${action}`, { token: alice.idToken });
        assert.equal(r.status, 404);
        assert.equal(r.body.error, 'mysfit_not_found');
      }
      const item = await backends.db.client.send(
        new GetItemCommand({ TableName: TABLE, Key: { MysfitId: { S: ghost } } }),
      );
      assert.equal(item.Item, undefined);
    });

    it('adopt succeeds once; a second adopter gets 409', async () => {
      const id = CATALOGUE[2].MysfitId;
      const bob = await signedInUser(backends.cognito, backends.pool, 'bob@example.com');
      const first = await call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: alice.idToken });
      assert.equal(first.status, 200);
      assert.deepEqual(first.body, { mysfitId: id, adopted: true });
      const second = await call(svc.url, 'POST', `/mysfits/${id}/adopt`, { token: `Bearer ${bob.idToken}` });
      assert.equal(second.status, 409);
      assert.equal(second.body.error, 'already_adopted');
      assert.equal((await call(svc.url, 'GET', `/mysfits/${id}`)).body.adopted, true);
    });
  });

  // natGateways: none. The tasks have no route to Cognito, so service.yml passes the pool's keys
  // (fetched at deploy time by functions/user-pool-keys) in COGNITO_JWKS. The place the keys would
  // otherwise be fetched from is a loopback server that counts requests: it must see none.
  describe('keys given up front (COGNITO_JWKS), nothing fetched', () => {
    const target = CATALOGUE[5].MysfitId;
    let keysUrl: Awaited<ReturnType<typeof fixedAnswer>>;
    let given: RunningService;

    before(async () => {
      keysUrl = await fixedAnswer(500, '{"message":"must never be asked"}');
      const jwks = parseJwks(await (await fetch(backends.pool.jwksUrl)).text());
      given = await startService(backends, { jwks, jwksUrl: `${keysUrl.endpoint}/keys.json` });
    });
    after(async () => {
      await given?.close();
      await keysUrl?.close();
    });

    it('accepts a valid id token', async () => {
      const before = await likes(target);
      for (const token of [alice.idToken, `Bearer ${alice.idToken}`]) {
        const r = await call(given.url, 'POST', `/mysfits/${target}/like`, { token });
        assert.equal(r.status, 200, JSON.stringify(r.body));
      }
      assert.equal(await likes(target), before + 2);
      assert.equal(keysUrl.requests(), 0, 'the keys were fetched');
    });

    it('refuses forged, expired, other-pool, other-client and kid-less tokens with 401, writing nothing', async () => {
      const claims = claimsOf(alice.idToken);
      const now = Math.floor(Date.now() / 1000);
      const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      // moto signs every pool with one key: the other pool's token fails on its issuer.
      const otherPool = await createPool(backends.cognito, backends.moto, 'elsewhere-too');
      const stranger = await signedInUser(backends.cognito, otherPool, 'stranger2@example.com');
      const cases: [string, string, string][] = [
        [
          'signed with another key under moto’s kid',
          signJwt({ ...claims, exp: now + 3600 }, otherKey),
          'invalid_token',
        ],
        ['expired', signJwt({ ...claims, iat: now - 7200, exp: now - 3600 }, motoSigner()), 'token_expired'],
        ['other pool', stranger.idToken, 'invalid_token'],
        [
          'other app client',
          signJwt({ ...claims, aud: 'another-client', exp: now + 600 }, motoSigner()),
          'invalid_token',
        ],
        ['no kid', signJwt({ ...claims, exp: now + 600 }, motoSigner(), null), 'invalid_token'],
      ];
      const before = await likes(target);
      for (const [what, token, code] of cases) {
        for (const action of ['like', 'adopt']) {
          const r = await call(given.url, 'POST', `/mysfits/${target}/${action}`, { token });
          assert.equal(r.status, 401, `${what} (${action}): ${JSON.stringify(r.body)}`);
          assert.equal(r.body.error, code, `${what} (${action})`);
        }
      }
      assert.equal(await likes(target), before, 'no like was counted');
      assert.equal((await call(given.url, 'GET', `/mysfits/${target}`)).body.adopted, false, 'nothing was adopted');
      assert.equal(keysUrl.requests(), 0, 'the keys were fetched');
    });

    it('a token signed with a key not among them: 503 at once, the kid logged, nothing fetched or written', async () => {
      const claims = claimsOf(alice.idToken);
      const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      const token = signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 }, otherKey, 'rotated-key-2');
      const before = await likes(target);
      const started = Date.now();
      const r = await call(given.url, 'POST', `/mysfits/${target}/like`, { token });
      assert.equal(r.status, 503, JSON.stringify(r.body));
      assert.deepEqual(Object.keys(r.body).sort(), ['error', 'message']);
      assert.equal(r.body.error, 'auth_unavailable');
      assert.ok(Date.now() - started < 1000, 'answered without waiting on a fetch');
      const why = given.logs.find((l) => l.msg === 'auth_unavailable');
      assert.match(JSON.stringify(why), /rotated-key-2.*SigningKeysRefresh/);
      assert.equal(await likes(target), before);
      assert.equal(keysUrl.requests(), 0, 'the keys were fetched');
    });

    it('the bundle, given the keys the custom resource fetched from moto, accepts a token (nothing fetched)', async () => {
      const cfn = await responseUrl();
      let bundle: Awaited<ReturnType<typeof runBundle>> | undefined;
      try {
        const event = customResourceEvent(
          'Create',
          cfn.url,
          { UserPoolId: backends.pool.poolId },
          { logicalId: 'UserPoolKeys', type: 'Custom::UserPoolKeys', physicalId: '' },
        ) as CloudFormationCustomResourceEvent;
        await userPoolKeys({ baseUrl: backends.moto.endpoint, log: () => undefined })(event, lambdaContext());
        const answer = cfn.received[0].body as { Status: string; Data: { Jwks: string } };
        assert.equal(answer.Status, 'SUCCESS');
        bundle = await runBundle({
          TABLE_NAME: TABLE,
          AWS_REGION: 'us-east-1',
          DYNAMODB_ENDPOINT: backends.db.endpoint,
          COGNITO_USER_POOL_ID: backends.pool.poolId,
          COGNITO_CLIENT_ID: backends.pool.clientId,
          COGNITO_JWKS_URL: `${keysUrl.endpoint}/keys.json`,
          COGNITO_JWKS: answer.Data.Jwks,
        });
        const listening = JSON.parse(bundle.lines().find((l) => l.includes('"listening"'))!) as {
          signingKeys: unknown;
        };
        assert.deepEqual(listening.signingKeys, { given: ['dummy'] });
        const r = await call(bundle.url, 'POST', `/mysfits/${target}/like`, { token: alice.idToken });
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.equal(keysUrl.requests(), 0, 'the keys were fetched');
      } finally {
        bundle?.child.kill('SIGTERM');
        await bundle?.exit;
        cfn.server.close();
      }
    });
  });

  describe('/auth endpoints (server-side sign-up and sign-in)', () => {
    const email = 'carol@example.com';
    let session: { idToken: string; accessToken: string; refreshToken: string };

    it('signup creates an unconfirmed user; signin before confirming is 403', async () => {
      const r = await call(svc.url, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(typeof r.body.userSub, 'string');
      assert.equal(r.body.userConfirmed, false);
      assert.equal(r.headers.get('cache-control'), 'no-store');
      const early = await call(svc.url, 'POST', '/auth/signin', { body: { email, password: PASSWORD } });
      assert.equal(early.status, 403);
      assert.equal(early.body.error, 'user_not_confirmed');
    });

    it('signup again with the same email answers as a fresh sign-up (no enumeration); a weak password 400 with the policy message', async () => {
      const fresh = await call(svc.url, 'POST', '/auth/signup', {
        body: { email: 'erin@example.com', password: PASSWORD },
      });
      const again = await call(svc.url, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
      for (const r of [fresh, again]) {
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal(r.body.userConfirmed, false);
        assert.match(r.body.userSub, /^[0-9a-f-]{36}$/);
      }
      assert.deepEqual(Object.keys(again.body).sort(), Object.keys(fresh.body).sort());
      // The sub answered is not the account's: the caller learns nothing about it.
      const owner = await call(svc.url, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
      assert.notEqual(owner.body.userSub, again.body.userSub);
      const weak = await call(svc.url, 'POST', '/auth/signup', {
        body: { email: 'dave@example.com', password: 'short' },
      });
      assert.equal(weak.status, 400);
      assert.equal(weak.body.error, 'invalid_password');
      assert.match(weak.body.message, /password/i);
    });

    it('confirm (moto accepts any code), then signin returns id, access and refresh tokens', async () => {
      const confirmed = await call(svc.url, 'POST', '/auth/confirm', { body: { email, code: '123456' } });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.deepEqual(confirmed.body, { confirmed: true });
      const r = await call(svc.url, 'POST', '/auth/signin', { body: { email, password: PASSWORD } });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(Object.keys(r.body).sort(), [
        'accessToken',
        'expiresIn',
        'idToken',
        'refreshToken',
        'tokenType',
      ]);
      assert.equal(r.body.tokenType, 'Bearer');
      session = r.body;
      // The tokens work on the protected routes.
      const liked = await call(svc.url, 'POST', `/mysfits/${CATALOGUE[4].MysfitId}/like`, { token: session.idToken });
      assert.equal(liked.status, 200);
    });

    it('confirming an unknown user is a wrong code, as Cognito answers it with PreventUserExistenceErrors', async () => {
      const r = await call(svc.url, 'POST', '/auth/confirm', { body: { email: 'nobody@example.com', code: '1' } });
      assert.equal(r.status, 400);
      assert.equal(r.body.error, 'code_mismatch');
    });

    it('a wrong password or an unknown user is the same 401', async () => {
      const wrong = await call(svc.url, 'POST', '/auth/signin', { body: { email, password: 'Wrong-pass1' } });
      const unknown = await call(svc.url, 'POST', '/auth/signin', {
        body: { email: 'nobody@example.com', password: PASSWORD },
      });
      for (const r of [wrong, unknown]) {
        assert.equal(r.status, 401);
        assert.deepEqual(r.body, { error: 'not_authorized', message: 'wrong email or password' });
      }
    });

    it('refresh returns new id and access tokens; a bad refresh token is 401', async () => {
      const r = await call(svc.url, 'POST', '/auth/refresh', { body: { refreshToken: session.refreshToken } });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(typeof r.body.idToken, 'string');
      assert.equal(typeof r.body.accessToken, 'string');
      const bad = await call(svc.url, 'POST', '/auth/refresh', { body: { refreshToken: 'not-a-refresh-token' } });
      assert.equal(bad.status, 401);
      assert.equal(bad.body.error, 'not_authorized');
    });

    it('me answers who the ID token belongs to; an access token or none is 401', async () => {
      const sub = claimsOf(session.idToken).sub;
      for (const token of [session.idToken, `Bearer ${session.idToken}`]) {
        const r = await call(svc.url, 'GET', '/auth/me', { token });
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.equal(r.body.sub, sub);
        assert.equal(r.body.email, email);
        assert.equal(r.body.tokenUse, 'id');
        assert.equal(r.body.expiresAt, new Date(Number(claimsOf(session.idToken).exp) * 1000).toISOString());
        assert.equal(r.headers.get('cache-control'), 'no-store');
      }
      const access = await call(svc.url, 'GET', '/auth/me', { token: `Bearer ${session.accessToken}` });
      assert.equal(access.status, 401);
      assert.equal(access.body.error, 'wrong_token_use');
      assert.equal((await call(svc.url, 'GET', '/auth/me')).status, 401);
    });

    it('bad bodies are 400/415 naming the problem, and never reach Cognito', async () => {
      const cases: [string, string | object, string, number, Record<string, string>?][] = [
        ['/auth/signup', '{"email":', 'invalid_json', 400],
        ['/auth/signup', '[1,2]', 'invalid_body', 400],
        ['/auth/signup', { email: 'not-an-email', password: PASSWORD }, 'invalid_field', 400],
        ['/auth/signup', { email, password: 42 }, 'invalid_field', 400],
        ['/auth/signup', { email }, 'missing_field', 400],
        ['/auth/signup', { email, password: PASSWORD, passwrod: 'x' }, 'unknown_field', 400],
        ['/auth/confirm', { email, code: 'has spaces' }, 'invalid_field', 400],
        ['/auth/refresh', {}, 'missing_field', 400],
        [
          '/auth/signin',
          `email=${email}`,
          'unsupported_media_type',
          415,
          { 'content-type': 'application/x-www-form-urlencoded' },
        ],
      ];
      for (const [path, body, code, status, headers] of cases) {
        const r = await call(svc.url, 'POST', path, { body, headers });
        assert.equal(r.status, status, `${path} ${JSON.stringify(body)}: ${JSON.stringify(r.body)}`);
        assert.equal(r.body.error, code, `${path} ${JSON.stringify(body)}`);
      }
      assert.match((await call(svc.url, 'POST', '/auth/signup', { body: { email, x: 1 } })).body.message, /"x"/);
    });

    it('a Cognito that answers a wrong sign-in password with InvalidPasswordException (cognito-local) still answers not_authorized', async () => {
      // A recorded answer in Cognito's documented JSON error shape: cognito-local's for a wrong password.
      const recorded = await fixedAnswer(
        400,
        '{"__type":"InvalidPasswordException","message":"Incorrect username or password."}',
      );
      const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
      const local = new CognitoIdentityProviderClient({
        endpoint: recorded.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      });
      const svcLocal = await startService(backends, { userPool: userPoolOf(local) });
      try {
        const r = await call(svcLocal.url, 'POST', '/auth/signin', { body: { email, password: 'Wrong-pass1' } });
        assert.equal(r.status, 401, JSON.stringify(r.body));
        assert.deepEqual(r.body, { error: 'not_authorized', message: 'wrong email or password' });
      } finally {
        await svcLocal.close();
        local.destroy();
        await recorded.close();
      }
    });

    it('Cognito out of reach is 503, not 500', async () => {
      const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
      const dead = new CognitoIdentityProviderClient({
        endpoint: 'http://127.0.0.1:9',
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      });
      const down = await startService(backends, { userPool: userPoolOf(dead) });
      try {
        const r = await call(down.url, 'POST', '/auth/signin', { body: { email, password: PASSWORD } });
        assert.equal(r.status, 503, JSON.stringify(r.body));
        assert.equal(r.body.error, 'auth_unavailable');
      } finally {
        await down.close();
        dead.destroy();
      }
    });

    it('no password or token ever reaches the logs', () => {
      const logs = svc.rawLogs();
      assert.ok(svc.logs.length > 20, 'requests were logged');
      for (const secret of [PASSWORD, alice.idToken, alice.accessToken, session.idToken, session.refreshToken]) {
        assert.equal(logs.includes(secret), false, `a secret appears in the logs`);
      }
      assert.equal(/eyJ[\w-]+\.eyJ/.test(logs), false, 'no JWT-shaped string in the logs');
    });
  });
});

/** The claims without one of them. */
function without(claims: Record<string, unknown>, name: string): Record<string, unknown> {
  const rest = { ...claims };
  delete rest[name];
  return rest;
}
