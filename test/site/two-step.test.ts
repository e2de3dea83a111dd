// Two-step sign-in (cognito.mfa) in Chromium against the local run with MFA=optional: a visitor
// adds an authenticator on the Two-step sign-in page (the QR code, read off the screen by a QR
// decoder as a phone would, and the typed key), is asked
// for its code at the next sign-in, and turns it off again. cognito-local implements TOTP with an
// access token (AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference and the
// SOFTWARE_TOKEN_MFA challenge) but not the MFA_SETUP challenge of a pool with MFA required: that
// one test answers Cognito's side of MFA_SETUP itself (page.route) exactly as the Cognito API
// reference gives it, and checks the code the site sends against the key it handed out; the
// tokens it finally returns are cognito-local's own. docs/launch-test.md checks MFA_SETUP in AWS.
import { strict as assert } from 'node:assert';
import {
  CognitoIdentityProviderClient,
  SignUpCommand,
  ConfirmSignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSecret, generateSync, verifySync } from 'otplib';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { QRCode } from 'jsqr';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { newContext, pageText, screenshot, shows, startRunAndBrowser } from '../support/browser.js';
import type { LocalRunProcess } from '../support/local-run.js';

// jsqr is CommonJS whose module.exports is the function (its types say `export default`).
const jsQR = createRequire(import.meta.url)('jsqr') as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => QRCode | null;
const PASSWORD = 'Adopt-Me-2024';
const text = pageText;

/** A code that is not the one `secret` gives now: a wrong code. */
const otherCode = (secret: string): string =>
  String((Number(generateSync({ secret })) + 1) % 1_000_000).padStart(6, '0');

describe('two-step sign-in in Chromium against the local run (MFA=optional)', function () {
  this.timeout(90_000);
  let run: LocalRunProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cognito: CognitoIdentityProviderClient;
  let clientId: string;
  const consoleErrors: string[] = [];
  const email = `two-step-${Date.now()}@example.com`;
  let secret = '';

  /** A confirmed account, made through Cognito's API (registering in the site is browser.test.ts's). */
  async function account(address: string): Promise<void> {
    await cognito.send(new SignUpCommand({ ClientId: clientId, Username: address, Password: PASSWORD }));
    const code = await run.codeFor(address);
    await cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: address, ConfirmationCode: code }));
  }

  async function passwordStep(address: string): Promise<void> {
    await page.goto(`${run.siteUrl}/#/signin`);
    await page.getByLabel('Email').fill(address);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  }

  async function signOut(): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await shows(page, 'You are signed out.');
  }

  before(async () => {
    ({ run, browser } = await startRunAndBrowser({ MFA: 'optional' }));
    const config = (await (await fetch(`${run.siteUrl}/config.json`)).json()) as Record<string, unknown>;
    assert.equal(config.mfa, 'optional', 'config.json carries the MFA mode');
    clientId = String(config.userPoolClientId);
    cognito = new CognitoIdentityProviderClient({
      endpoint: run.cognitoEndpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    context = await newContext(browser, { viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    await account(email);
  });
  after(async () => {
    cognito?.destroy();
    await browser?.close();
    await run?.interrupt();
  });

  it('a signed-in visitor adds an authenticator: QR code and key, a wrong code refused in words, the right one turns it on', async () => {
    await passwordStep(email);
    await shows(page, `Signed in as ${email}`);
    await page.getByRole('link', { name: 'Two-step sign-in' }).click();
    await shows(page, 'Two-step sign-in is off for your account.');
    // The page is a chunk of its own; once it arrives its heading still takes the keyboard.
    assert.equal(await page.evaluate(() => deepActive()?.textContent?.trim()), 'Two-step sign-in');
    await page.getByRole('button', { name: 'Set up an authenticator' }).click();
    const key = page.locator('#secret');
    await key.waitFor();
    secret = (await key.textContent())!.replace(/\s+/g, '');
    assert.match(secret, /^[A-Z2-7]{16,}$/, 'a base32 key');
    // The QR code and the link carry the same key URI: what an app scans is what it would type.
    // Google's Key Uri Format, spelled out here rather than taken from the site's code.
    const uri = `otpauth://totp/Mythical%20Mysfits:${encodeURIComponent(email)}?secret=${secret}&issuer=Mythical%20Mysfits&algorithm=SHA1&digits=6&period=30`;
    assert.equal(await page.getByRole('link', { name: 'open in an app on this device' }).getAttribute('href'), uri);
    // What a phone's camera reads: the QR code as drawn on the screen, decoded by jsQR.
    const png = PNG.sync.read(await page.locator('authenticator-key svg').screenshot());
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.equal(scanned?.data, uri, 'the QR code on the screen decodes to the key URI');
    await screenshot(page, 'mfa-01-setup');

    await page.getByLabel('Authenticator code').fill(otherCode(secret));
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await shows(page, 'That code is not right.');
    assert.equal(await page.getByLabel('Authenticator code').getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Authenticator code').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await shows(page, 'Two-step sign-in is on: from now on, signing in asks for a code');
    await shows(page, 'Two-step sign-in is on for your account.');
    await screenshot(page, 'mfa-02-on');
  });

  it('the next sign-in asks for the code after the password; a wrong code is refused, the right one signs in', async () => {
    await signOut();
    await passwordStep(email);
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    assert.doesNotMatch(await text(page), /Signed in as two-step/, 'signed in before the code');
    assert.equal(await page.evaluate(() => deepActive()?.id), 'title', 'the keyboard is on the new step');

    await page.getByLabel('Authenticator code').fill('12 34');
    await page.getByRole('button', { name: 'Verify' }).click();
    await shows(page, 'Enter the 6 digits your authenticator app shows.');
    await page.getByLabel('Authenticator code').fill(otherCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await shows(page, 'That code is not right.');
    await screenshot(page, 'mfa-03-wrong-code');

    await page.getByLabel('Authenticator code').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await shows(page, `Signed in as ${email}`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('"Start over" goes back to the password with the email kept', async () => {
    await signOut();
    await passwordStep(email);
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.equal(await page.getByLabel('Email').inputValue(), email);
  });

  it('turned off (optional mode), sign-in asks for the password only', async () => {
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    await page.getByLabel('Authenticator code').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await shows(page, `Signed in as ${email}`);
    await page.getByRole('link', { name: 'Two-step sign-in' }).click();
    await shows(page, 'Two-step sign-in is on for your account.');
    await page.getByRole('button', { name: 'Turn off two-step sign-in' }).click();
    await shows(page, 'Two-step sign-in is off: signing in asks for your password only.');
    await signOut();
    await passwordStep(email);
    await shows(page, `Signed in as ${email}`);
    await signOut();
  });

  it('a pool with MFA required: the first sign-in sets up the authenticator (MFA_SETUP), then signs in', async () => {
    const fresh = `setup-${Date.now()}@example.com`;
    await account(fresh);
    const key = generateSecret();
    const seen: string[] = [];
    let tokens: unknown;
    const answer = (route: Route, status: number, body: unknown) =>
      route.fulfill({
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'access-control-allow-origin': '*' },
        body: JSON.stringify(body),
      });
    const endpoint = `${run.cognitoEndpoint}/`;
    await page.route(endpoint, async (route) => {
      const target = route.request().headers()['x-amz-target']?.split('.').pop() ?? '';
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      seen.push(target);
      switch (target) {
        case 'InitiateAuth': {
          // The password is checked by cognito-local; its tokens wait for the end of the setup.
          const real = await route.fetch();
          const out = (await real.json()) as { AuthenticationResult?: unknown };
          if (!out.AuthenticationResult) return route.fulfill({ response: real });
          tokens = out.AuthenticationResult;
          return answer(route, 200, { ChallengeName: 'MFA_SETUP', Session: 'session-1', ChallengeParameters: {} });
        }
        case 'AssociateSoftwareToken':
          assert.equal(body.Session, 'session-1');
          return answer(route, 200, { SecretCode: key, Session: 'session-2' });
        case 'VerifySoftwareToken':
          assert.equal(body.Session, 'session-2');
          if (!verifySync({ secret: key, token: String(body.UserCode) }).valid) {
            return answer(route, 400, { __type: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' });
          }
          return answer(route, 200, { Status: 'SUCCESS', Session: 'session-3' });
        case 'RespondToAuthChallenge':
          assert.equal(body.ChallengeName, 'MFA_SETUP');
          assert.equal(body.Session, 'session-3');
          return answer(route, 200, { AuthenticationResult: tokens, ChallengeParameters: {} });
        default:
          return route.continue();
      }
    });
    try {
      await passwordStep(fresh);
      await page.getByRole('heading', { name: 'Set up two-step sign-in' }).waitFor();
      assert.equal((await page.locator('#secret').textContent())!.replace(/\s+/g, ''), key);
      assert.doesNotMatch(await text(page), /Signed in as setup-/);
      await screenshot(page, 'mfa-04-required-setup');
      await page.getByLabel('Authenticator code').fill(otherCode(key));
      await page.getByRole('button', { name: 'Turn on and sign in' }).click();
      await shows(page, 'That code is not right.');
      await page.getByLabel('Authenticator code').fill(generateSync({ secret: key }));
      await page.getByRole('button', { name: 'Turn on and sign in' }).click();
      await shows(page, `Two-step sign-in is on. Signed in as ${fresh}.`);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      assert.deepEqual(
        seen.filter((t) => t !== 'GetUser'),
        [
          'InitiateAuth',
          'AssociateSoftwareToken',
          'VerifySoftwareToken',
          'VerifySoftwareToken',
          'RespondToAuthChallenge',
        ],
      );
    } finally {
      await page.unroute(endpoint);
    }
    assert.deepEqual(
      consoleErrors.filter((e) => !/status of 400/.test(e)),
      [],
      'errors in the console',
    );
  });
});
