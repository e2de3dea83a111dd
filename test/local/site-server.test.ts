// The local run's site server (local/site-server.ts): served like CloudFront serves the site in
// AWS, with site.yml's Content-Security-Policy, and never a file outside the built site.
import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contentSecurityPolicyDirectives } from '../../generator/builders/site.js';
import { serveSite } from '../../local/site-server.js';
import { takeCodes, type CodeDelivery } from '../../local/cognito-emulator.js';
import { tempDir } from '../helpers.js';

describe('local run: site server', () => {
  let dir: string;
  let server: Server;
  let url: string;
  const config = {
    apiUrl: 'http://127.0.0.1:1111',
    region: 'us-east-1',
    userPoolId: 'local_abc',
    userPoolClientId: 'client',
    cognitoEndpoint: 'http://127.0.0.1:2222',
    analytics: true,
    mfa: 'off' as const,
  };

  before(async () => {
    dir = tempDir('mysfits-site-server-');
    const site = join(dir, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>index</title>');
    writeFileSync(join(site, 'assets', 'index-abcd1234.js'), 'console.log("hi");'.repeat(50));
    writeFileSync(join(dir, 'secret.txt'), 'not for the web');
    server = await serveSite({ root: site, config, connect: [config.apiUrl, config.cognitoEndpoint] }, 0, '127.0.0.1');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends site.yml's CSP, with the local API and Cognito as what the page may call", async () => {
    const res = await fetch(`${url}/`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy')!;
    assert.equal(csp, contentSecurityPolicyDirectives([config.apiUrl, config.cognitoEndpoint]).join('; '));
    assert.match(csp, /connect-src 'self' http:\/\/127\.0\.0\.1:1111 http:\/\/127\.0\.0\.1:2222;/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    // index.html narrows connect-src as site-deploy writes it in AWS.
    assert.match(
      await res.text(),
      /<meta http-equiv="Content-Security-Policy" content="connect-src 'self' http:\/\/127\.0\.0\.1:1111 http:\/\/127\.0\.0\.1:2222">/,
    );
  });

  it('serves config.json from memory, never cached', async () => {
    const res = await fetch(`${url}/config.json`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await res.json(), config);
  });

  it('caches hashed assets for good and compresses them', async () => {
    const res = await fetch(`${url}/assets/index-abcd1234.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(res.headers.get('content-type')!, /^text\/javascript/);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    // fetch decodes it; the length on the wire is the compressed one.
    assert.ok(Number(res.headers.get('content-length')) < 900, res.headers.get('content-length')!);
    assert.match(await res.text(), /^console\.log/);
  });

  it('sends a path of the app to its hash route and answers a missing file 403, as CloudFront does', async () => {
    const page = await fetch(`${url}/mysfits/abc`, { redirect: 'manual' });
    assert.equal(page.status, 302);
    assert.equal(page.headers.get('location'), '/#/mysfits/abc');
    const missing = await fetch(`${url}/nope.js`);
    assert.equal(missing.status, 403, 'a missing file stays an error (not index.html with 200)');
  });

  it('never leaves the site folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const res = await fetch(`${url}${path}`, { redirect: 'manual' });
      assert.ok(res.status === 403 || res.status === 200, `${path}: ${res.status}`);
      assert.doesNotMatch(await res.text(), /not for the web/, path);
    }
  });

  it('refuses writes', async () => {
    const res = await fetch(`${url}/`, { method: 'POST', body: 'x' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
  });
});

describe('local run: confirmation codes from cognito-local', () => {
  // cognito-local's box, as it prints it (colour codes already stripped).
  const box = (user: string, code: string): string =>
    [
      '[1795374251675] INFO: abc SignUp ╭──────────────────────────────────────╮',
      '│                                      │',
      '│   Confirmation Code Delivery         │',
      '│                                      │',
      `│   Username:    ${user}   │`,
      `│   Destination: ${user}   │`,
      `│   Code:        ${code}                │`,
      '│                                      │',
      '╰──────────────────────────────────────╯',
      '',
    ].join('\n');

  it('finds each code, also when the output arrives in pieces', () => {
    const found: CodeDelivery[] = [];
    const text = `noise\n${box('ann@example.com', '123456')}more noise\n${box('bob@example.com', '000042')}`;
    let pending = '';
    for (let i = 0; i < text.length; i += 7) pending = takeCodes(pending + text.slice(i, i + 7), (d) => found.push(d));
    assert.deepEqual(found, [
      { username: 'ann@example.com', code: '123456', destination: 'ann@example.com' },
      { username: 'bob@example.com', code: '000042', destination: 'bob@example.com' },
    ]);
    assert.ok(!pending.includes('Confirmation'), pending);
  });

  it('keeps an unfinished box for later, and nothing else', () => {
    const found: CodeDelivery[] = [];
    const whole = box('ann@example.com', '123456');
    const half = whole.slice(0, whole.indexOf('Code:'));
    const kept = takeCodes(`lots of log\n${half}`, (d) => found.push(d));
    assert.equal(kept, half.slice(half.indexOf('Confirmation')));
    assert.equal(found.length, 0);
    takeCodes(kept + whole.slice(half.length), (d) => found.push(d));
    assert.deepEqual(found.slice(), [{ username: 'ann@example.com', code: '123456', destination: 'ann@example.com' }]);
    assert.ok(
      takeCodes(`${'log line\n'.repeat(100)}`, (d) => found.push(d)).length <= 'Confirmation Code Delivery'.length,
    );
  });
});
