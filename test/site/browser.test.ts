// The site in a real browser (Debian's Chromium via playwright-core) against the local run, the
// program `npm start` runs: dynalite, cognito-local, the Koa service and the built site served
// under site.yml's Content-Security-Policy. What a visitor does, in order: browse, filter,
// register (the code is read from what the local run prints), confirm, sign in, like, adopt,
// reload, sign out; and what goes wrong (wrong password, wrong or expired code, network down,
// a broken config.json, an expired session). Each step leaves a screenshot in
// test-results/site/.
import { strict as assert } from 'node:assert';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLICK_COLUMNS, type ClickRecord } from '../../functions/click-enrich/enrich.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { REQUEST_ID } from '../../service/src/log.js';
import { newContext, pageText, screenshot, shows, until, startRunAndBrowser } from '../support/browser.js';
import type { LocalRunProcess } from '../support/local-run.js';
import { FIRST_VISIT_BUDGET_BYTES } from '../support/site-build.js';

const PASSWORD = 'Adopt-Me-2024';
/** Longer than the whole suite: every list the service serves predates the adoption. */
const LIST_CACHE_MS = 3_600_000;
const COGNITO_CHUNK = /\/assets\/cognito-[\w-]+\.js$/;

/** Every click record the local run wrote so far (JSON lines under clicks/dt=<day>/). */
function clickRecords(dir: string): ClickRecord[] {
  let files: string[];
  try {
    files = readdirSync(join(dir, 'clicks'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((f) =>
    readFileSync(join(dir, 'clicks', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ClickRecord),
  );
}

const cardNames = (page: Page): Promise<string[]> => page.locator('li.card h2').allTextContents();
const text = pageText;

describe('site in Chromium against the local run (npm start)', function () {
  this.timeout(90_000);
  let run: LocalRunProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Every response the main page received, for what it loaded. */
  let responses: Response[] = [];
  const consoleErrors: string[] = [];
  const email = `visitor-${Date.now()}@example.com`;
  const mysfit = CATALOGUE.find((m) => m.Name === 'Murkle')!;

  before(async () => {
    ({ run, browser } = await startRunAndBrowser({ LIST_CACHE_MS: String(LIST_CACHE_MS) }));
    context = await newContext(browser, { viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('response', (r) => responses.push(r));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
  });
  after(async () => {
    await browser?.close();
    await run?.interrupt();
  });

  it(`first visit: the catalogue shows every mysfit, without the Cognito library, within ${FIRST_VISIT_BUDGET_BYTES / 1024} KB of JS and CSS`, async () => {
    await page.goto(run.siteUrl);
    await until(async () => (await cardNames(page)).length === CATALOGUE.length || undefined, 'all the cards');
    const names = await cardNames(page);
    assert.deepEqual([...names].sort(), CATALOGUE.map((m) => m.Name).sort());
    await shows(page, `Showing all ${CATALOGUE.length} mysfits.`);
    // Every picture loaded (ours, from the site itself); a loaded machine may take a moment.
    const pictures = () =>
      page.locator('li.card img').evaluateAll((imgs) =>
        imgs.map((i) => {
          const img = i as unknown as { src: string; complete: boolean; naturalWidth: number };
          return { src: img.src, ok: img.complete && img.naturalWidth > 0 };
        }),
      );
    await until(async () => (await pictures()).every((p) => p.ok) || undefined, 'every picture').catch(() => undefined);
    const images = await pictures();
    assert.equal(images.length, CATALOGUE.length);
    for (const image of images) {
      assert.ok(image.ok, `${image.src} did not load`);
      assert.ok(image.src.startsWith(run.siteUrl), `${image.src} is not served by the site`);
    }
    const scripts = responses.filter((r) => ['script', 'stylesheet'].includes(r.request().resourceType()));
    assert.ok(!scripts.some((r) => COGNITO_CHUNK.test(r.url())), 'the Cognito library was loaded on a first visit');
    let transferred = 0;
    for (const r of scripts) {
      assert.equal(r.headers()['content-encoding'], 'gzip', `${r.url()} was not compressed`);
      transferred += (await r.request().sizes()).responseBodySize;
    }
    assert.ok(
      transferred > 0 && transferred <= FIRST_VISIT_BUDGET_BYTES,
      `first visit: ${transferred} bytes of JS and CSS`,
    );
    assert.deepEqual(consoleErrors, [], 'errors in the console (a CSP violation would show here)');
    // Layout: every tag chip is one line high (none stretched to its card's spare height), and
    // every card's name sits the same distance below its picture.
    const tagHeights = await page
      .locator('li.card li.tag')
      .evaluateAll((tags) => tags.map((t) => t.getBoundingClientRect().height));
    assert.ok(Math.max(...tagHeights) - Math.min(...tagHeights) <= 1, `tag chips of heights ${tagHeights.join(', ')}`);
    const nameGaps = await page
      .locator('li.card')
      .evaluateAll((cards) =>
        cards.map(
          (c) =>
            c.querySelector('h2')!.getBoundingClientRect().top - c.querySelector('img')!.getBoundingClientRect().bottom,
        ),
      );
    assert.ok(
      Math.max(...nameGaps) - Math.min(...nameGaps) <= 1,
      `names below their pictures by ${nameGaps.join(', ')} px`,
    );
    await screenshot(page, '01-catalogue');
  });

  it('a filter narrows the catalogue, and "View all" shows everything again', async () => {
    const evil = CATALOGUE.filter((m) => m.GoodEvil === 'Evil').map((m) => m.Name);
    await page.getByRole('button', { name: 'Evil', exact: true }).click();
    await until(async () => (await cardNames(page)).length === evil.length || undefined, 'the Evil mysfits');
    assert.deepEqual((await cardNames(page)).sort(), [...evil].sort());
    await shows(page, `Showing ${evil.length} mysfits that are Evil.`);
    assert.equal(await page.getByRole('button', { name: 'Evil', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.match(page.url(), /#\/\?filter=GoodEvil&value=Evil$/);
    await screenshot(page, '02-filter-evil');

    const lawful = CATALOGUE.filter((m) => m.LawChaos === 'Lawful').map((m) => m.Name);
    await page.getByRole('button', { name: 'Lawful', exact: true }).click();
    await until(async () => (await cardNames(page)).sort().join() === [...lawful].sort().join() || undefined, 'Lawful');

    await page.getByRole('button', { name: 'View all' }).click();
    await until(async () => (await cardNames(page)).length === CATALOGUE.length || undefined, 'all the cards again');
  });

  it("a profile shows the mysfit's description, age, likes and adoption; signed out, no like or adopt", async () => {
    await page.getByRole('link', { name: mysfit.Name, exact: true }).click();
    await page.getByRole('heading', { name: mysfit.Name, level: 1 }).waitFor();
    await shows(page, mysfit.Description);
    await shows(page, `${mysfit.Age} years`);
    assert.equal(await page.getByTestId('likes').textContent(), '0');
    await shows(page, 'Looking for a home');
    assert.equal(await page.getByRole('button', { name: /^Like / }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Adopt / }).count(), 0);
    // Keyboard users land on the mysfit's name after opening its page.
    assert.equal(await page.evaluate(() => deepActive()?.textContent), mysfit.Name);
    await screenshot(page, '03-profile-signed-out');
  });

  it('registers, refuses a wrong code in words, confirms with the printed code, and signs in (a wrong password first)', async () => {
    await page.getByRole('link', { name: 'Register' }).first().click();
    await page.getByRole('heading', { name: 'Register' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await screenshot(page, '04-register');
    await page.getByRole('button', { name: 'Register', exact: true }).last().click();
    await page.getByRole('heading', { name: 'Confirm your account' }).waitFor();
    await shows(page, 'Registered. We sent a confirmation code');
    // Registering is what loads the Cognito library.
    assert.ok(
      responses.some((r) => COGNITO_CHUNK.test(r.url())),
      'the Cognito chunk was not loaded to register',
    );
    const code = await run.codeFor(email);
    assert.match(run.output(), new RegExp(`confirmation code for ${email.replace(/\./g, '\\.')}: ${code}`));

    assert.equal(await page.getByLabel('Email').inputValue(), email);
    await page.getByLabel('Confirmation code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await shows(page, 'That code is not the one we sent.');
    assert.equal(await page.getByLabel('Confirmation code').getAttribute('aria-invalid'), 'true');
    await screenshot(page, '05-confirm-wrong-code');

    await page.getByLabel('Confirmation code').fill(code);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shows(page, 'Your account is confirmed. Sign in.');

    assert.equal(await page.getByLabel('Email').inputValue(), email);
    await page.getByLabel('Password').fill('Not-The-Password-1');
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    await shows(page, 'Wrong email or password.');
    assert.equal(await page.evaluate(() => deepActive()?.id), 'password');
    await screenshot(page, '06-sign-in-wrong-password');

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    await shows(page, `Signed in as ${email}`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await screenshot(page, '07-signed-in');
  });

  it('like: one click adds one like, on the page and in the table', async () => {
    await page.goto(`${run.siteUrl}/#/mysfits/${mysfit.MysfitId}`);
    await page.getByRole('heading', { name: mysfit.Name, level: 1 }).waitFor();
    const before = Number(await page.getByTestId('likes').textContent());
    await page.getByRole('button', { name: `Like ${mysfit.Name}` }).click();
    await until(async () => (await page.getByTestId('likes').textContent()) === String(before + 1), 'the new count');
    await shows(page, `You liked ${mysfit.Name}.`);
    const stored = (await (await fetch(`${run.apiUrl}/mysfits/${mysfit.MysfitId}`)).json()) as { likes: number };
    assert.equal(stored.likes, before + 1);
    await screenshot(page, '08-liked');
  });

  it('analytics: that like becomes one enriched click record naming no user, though the visitor was signed in', async () => {
    const likes = await until(async () => {
      const found = clickRecords(run.clicksDir).filter((r) => r.type === 'like');
      return found.length > 0 ? found : undefined;
    }, 'the like in the click records (the site sends a batch a few seconds after an event)');
    assert.equal(likes.length, 1, JSON.stringify(likes));
    const like = likes[0]!;
    assert.equal(like.mysfitId, mysfit.MysfitId);
    assert.deepEqual(
      { name: like.name, species: like.species, goodevil: like.goodevil, lawchaos: like.lawchaos },
      { name: mysfit.Name, species: mysfit.Species, goodevil: mysfit.GoodEvil, lawchaos: mysfit.LawChaos },
    );
    const fields: readonly string[] = CLICK_COLUMNS;
    const all = clickRecords(run.clicksDir);
    for (const r of all)
      assert.deepEqual(
        Object.keys(r).filter((k) => !fields.includes(k)),
        [],
        JSON.stringify(r),
      );
    // The like was made signed in, the filter signed out: no record names a user either way.
    const filters = all.filter((r) => r.type === 'filter');
    assert.ok(filters.length > 0, 'the filter used earlier is recorded too');
    assert.ok(
      all.every((r) => !('userSub' in r)),
      JSON.stringify(all),
    );
    assert.ok(
      all.some((r) => r.type === 'view' && r.mysfitId === mysfit.MysfitId),
      'the opened profile is a view',
    );
  });

  it('like whose answer is lost after the write (503 outcome_unknown): the site sends it again with the same X-Request-Id, and it counts once', async () => {
    const likePath = `/mysfits/${mysfit.MysfitId}/like`;
    const sent: string[] = [];
    // The first like reaches the service (and is counted); its answer is replaced by the one a
    // lost DynamoDB answer gives. The attempts after it pass untouched.
    await page.route(`${run.apiUrl}${likePath}`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      sent.push((await route.request().headerValue('x-request-id')) ?? '');
      if (sent.length > 1) return route.continue();
      const response = await route.fetch();
      assert.equal(response.status(), 200, 'the like itself went through');
      await route.fulfill({
        response,
        status: 503,
        headers: { ...response.headers(), 'retry-after': '1' },
        json: { error: 'outcome_unknown', message: 'the write was sent but its outcome is unknown' },
      });
    });
    try {
      const before = Number(await page.getByTestId('likes').textContent());
      await page.getByRole('button', { name: `Like ${mysfit.Name}` }).click();
      await until(async () => (await page.getByTestId('likes').textContent()) === String(before + 1), 'the new count');
      assert.equal(sent.length, 2, JSON.stringify(sent));
      assert.match(sent[0]!, REQUEST_ID, 'a request id the service keeps');
      assert.equal(sent[1], sent[0], 'the retry carries the same X-Request-Id');
      const stored = (await (await fetch(`${run.apiUrl}/mysfits/${mysfit.MysfitId}`)).json()) as { likes: number };
      assert.equal(stored.likes, before + 1, 'counted once');
    } finally {
      await page.unroute(`${run.apiUrl}${likePath}`);
    }
  });

  it('adopt: asks first (adoptions are final), then shows the mysfit as adopted, and the adopt button is gone', async () => {
    await page.getByRole('button', { name: `Adopt ${mysfit.Name}` }).click();
    await shows(page, 'An adoption is final');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    const untouched = (await (await fetch(`${run.apiUrl}/mysfits/${mysfit.MysfitId}`)).json()) as { adopted: boolean };
    assert.equal(untouched.adopted, false, 'Cancel adopts nothing');
    await page.getByRole('button', { name: `Adopt ${mysfit.Name}` }).click();
    await page.getByRole('button', { name: `Yes, adopt ${mysfit.Name}` }).click();
    await shows(page, `You adopted ${mysfit.Name}!`);
    await shows(page, 'Adopted');
    assert.equal(await page.getByRole('button', { name: `Adopt ${mysfit.Name}` }).count(), 0);
    const stored = (await (await fetch(`${run.apiUrl}/mysfits/${mysfit.MysfitId}`)).json()) as { adopted: boolean };
    assert.equal(stored.adopted, true);
    await screenshot(page, '09-adopted');
  });

  it('back to the catalogue ("All mysfits"), the adopted mysfit is marked at once, though the service\'s list is older; a signed-in intro does not ask to sign in', async () => {
    // The run reuses list answers for LIST_CACHE (below): the list it serves predates the adoption.
    const served = (await (await fetch(`${run.apiUrl}/mysfits`)).json()) as {
      mysfits: { mysfitId: string; adopted: boolean }[];
    };
    assert.equal(
      served.mysfits.find((m) => m.mysfitId === mysfit.MysfitId)?.adopted,
      false,
      "the service's list predates the adoption",
    );
    await page.getByRole('link', { name: 'All mysfits' }).click();
    await until(async () => (await cardNames(page)).length === CATALOGUE.length || undefined, 'the catalogue');
    const card = page.locator('li.card', { has: page.getByRole('link', { name: mysfit.Name, exact: true }) });
    assert.match((await card.textContent()) ?? '', /Adopted/, 'no Adopted mark on the card');
    const intro = await text(page);
    assert.match(intro, /open one to read about it, and like or adopt it\./);
    assert.doesNotMatch(intro, /sign in to like or adopt/);
    // Both axes have a Neutral: each card says which one it means.
    const tags = await page.locator('li.card li.tag').allTextContents();
    assert.ok(
      tags.some((t) => /^Neutral \((good\/evil|law\/chaos)\)$/.test(t.trim())),
      tags.join(', '),
    );
    assert.ok(!tags.some((t) => t.trim() === 'Neutral'), 'a bare "Neutral" tag');
  });

  it('an unknown mysfit offers the catalogue, not a retry', async () => {
    await page.goto(`${run.siteUrl}/#/mysfits/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('link', { name: 'See all the mysfits' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0);
    // Back where the next steps start: the adopted mysfit's profile.
    await page.goto(`${run.siteUrl}/#/mysfits/${mysfit.MysfitId}`);
    await page.getByRole('heading', { name: mysfit.Name, level: 1 }).waitFor();
  });

  it('a reload keeps the session, without downloading the Cognito library again', async () => {
    responses = [];
    await page.reload();
    await page.getByRole('heading', { name: mysfit.Name, level: 1 }).waitFor();
    await shows(page, `Signed in as ${email}`);
    await page.getByRole('button', { name: `Like ${mysfit.Name}` }).waitFor();
    assert.ok(!responses.some((r) => COGNITO_CHUNK.test(r.url())), 'a valid id token needs no library');
    await screenshot(page, '10-reloaded-signed-in');
  });

  it('an expired id token is renewed from the refresh token on reload, and the service accepts the new one', async () => {
    const forged = await page.evaluate(() => setIdTokenExpiry(Math.floor(Date.now() / 1000) - 60));
    responses = [];
    await page.reload();
    await until(
      async () => (await page.evaluate((k) => localStorage.getItem(k), forged.key)) !== forged.token || undefined,
      'a renewed id token',
    );
    assert.ok(
      responses.some((r) => COGNITO_CHUNK.test(r.url())),
      'renewing needs the Cognito library',
    );
    await shows(page, `Signed in as ${email}`);
    const before = Number(await page.getByTestId('likes').textContent());
    await page.getByRole('button', { name: `Like ${mysfit.Name}` }).click();
    await until(async () => (await page.getByTestId('likes').textContent()) === String(before + 1), 'a like');
  });

  it('sign-out hides the actions, forgets the session, and a reload stays signed out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await shows(page, 'You are signed out.');
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: `Like ${mysfit.Name}` }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Adopt / }).count(), 0);
    await shows(page, `Sign in or register to like ${mysfit.Name}`);
    // The keyboard is on "Sign in", where the sign-out button was.
    assert.equal(await page.evaluate(() => deepActive()?.textContent?.trim()), 'Sign in');
    await until(async () => (await page.evaluate(() => tokenKeys())).length === 0, 'the stored session gone');
    await screenshot(page, '11-signed-out');
    await page.reload();
    await page.getByRole('heading', { name: mysfit.Name, level: 1 }).waitFor();
    assert.ok(!(await text(page)).includes('Signed in as'));
  });

  it('a refresh token Cognito refuses ends the session, saying so', async () => {
    await signIn(page, run.siteUrl, email);
    await page.evaluate(() => {
      setIdTokenExpiry(1);
      localStorage.setItem(
        tokenKeys().find((k) => k.endsWith('.refreshToken'))!,
        'revoked-or-expired',
      );
    });
    await page.reload();
    // The library retries a refused refresh for a few seconds before giving up.
    await shows(page, 'Your session has ended. Sign in again.', 20_000);
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor();
    await screenshot(page, '12-session-ended');
  });

  it('network down: the catalogue and sign-in say so in words, and recover', async () => {
    await page.goto(`${run.siteUrl}/#/`);
    await until(async () => (await cardNames(page)).length === CATALOGUE.length || undefined, 'the catalogue');
    await context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Good', exact: true }).click();
      await shows(page, 'Cannot reach the Mysfits service: the network seems to be down.');
      await screenshot(page, '13-offline-catalogue');
      await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
      await shows(page, 'Cannot reach the sign-in service: the network seems to be down.', 20_000);
      await screenshot(page, '14-offline-sign-in');
    } finally {
      await context.setOffline(false);
    }
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    await shows(page, `Signed in as ${email}`);
  });

  it('an expired confirmation code is explained, with the way to a new one', async () => {
    // cognito-local never expires codes, so this one answer is Cognito's ExpiredCodeException,
    // exactly as Cognito sends it; everything else is the real flow.
    const cognito = `${run.cognitoEndpoint}/`;
    await page.route(cognito, async (route) => {
      if (route.request().headers()['x-amz-target']?.endsWith('.ConfirmSignUp')) {
        await route.fulfill({
          status: 400,
          headers: { 'content-type': 'application/x-amz-json-1.1', 'access-control-allow-origin': '*' },
          body: JSON.stringify({
            __type: 'ExpiredCodeException',
            message: 'Invalid code provided, please request a code again.',
          }),
        });
      } else {
        await route.continue();
      }
    });
    try {
      await page.goto(`${run.siteUrl}/#/confirm?email=${encodeURIComponent('late@example.com')}`);
      await page.getByLabel('Confirmation code').fill('123456');
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await shows(page, 'That code has expired. Ask for a new code below.');
      assert.equal(await page.evaluate(() => deepActive()?.textContent?.trim()), 'Send a new code');
      await screenshot(page, '15-code-expired');
    } finally {
      await page.unroute(cognito);
    }
    // cognito-local cannot send a new code: the page says where the codes are instead of its raw error.
    await page.getByRole('button', { name: 'Send a new code' }).click();
    await shows(page, 'every code is printed in the terminal where `npm start` runs');
    assert.doesNotMatch(await text(page), /Cognito Local unsupported feature/);
  });

  it('a missing or broken config.json is explained instead of a blank page', async () => {
    const cases = [
      { answer: { status: 404, body: 'not found' }, says: 'are missing: the server answered 404' },
      { answer: { status: 200, body: '{"apiUrl": ' }, says: 'are not valid JSON' },
      {
        answer: { status: 200, body: JSON.stringify({ apiUrl: 'https://api.example.com/prod', region: 'us-east-1' }) },
        says: 'userPoolId is missing; userPoolClientId is missing',
      },
    ];
    const fresh = await newContext(browser);
    try {
      const p = await fresh.newPage();
      for (const [i, { answer, says }] of cases.entries()) {
        await p.route('**/config.json', (route) => route.fulfill({ ...answer, contentType: 'application/json' }));
        await p.goto(run.siteUrl);
        await shows(p, 'The site cannot start');
        await shows(p, says);
        if (i === 0) await screenshot(p, '16-config-missing');
        await p.unroute('**/config.json');
      }
    } finally {
      await fresh.close();
    }
  });

  it('works at phone width: nothing wider than the screen, cards in two columns', async () => {
    const phone = await newContext(browser, { viewport: { width: 375, height: 812 }, isMobile: true });
    try {
      const p = await phone.newPage();
      await p.goto(run.siteUrl);
      await until(async () => (await cardNames(p)).length === CATALOGUE.length || undefined, 'the catalogue');
      assert.ok((await p.evaluate(() => pageWidth())) <= 375, 'horizontal scrolling');
      const lefts = await p.locator('li.card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().left));
      assert.equal(new Set(lefts).size, 2, `cards in ${new Set(lefts).size} columns`);
      await screenshot(p, '17-phone', false);
      await p.goto(`${run.siteUrl}/#/mysfits/${mysfit.MysfitId}`);
      await p.getByRole('heading', { name: mysfit.Name, level: 1 }).waitFor();
      assert.ok((await p.evaluate(() => pageWidth())) <= 375, 'horizontal scrolling');
      await screenshot(p, '18-phone-profile');
    } finally {
      await phone.close();
    }
  });

  it('keyboard only: skip link, a filter and "View all", open a mysfit with Enter; every field has a label', async () => {
    const p = await context.newPage();
    try {
      await p.goto(run.siteUrl);
      await until(async () => (await cardNames(p)).length === CATALOGUE.length || undefined, 'the catalogue');
      const focused = (): Promise<string | undefined> => p.evaluate(() => deepActive()?.textContent?.trim());
      const tabTo = async (label: string): Promise<void> => {
        for (let i = 0; i < 40 && (await focused()) !== label; i++) await p.keyboard.press('Tab');
        assert.equal(await focused(), label);
      };
      await p.keyboard.press('Tab');
      assert.equal(await focused(), 'Skip to content');
      await p.keyboard.press('Enter');
      assert.equal(await p.evaluate(() => deepActive()?.id), 'main');
      const evil = CATALOGUE.filter((m) => m.GoodEvil === 'Evil').length;
      await tabTo('Evil');
      await p.keyboard.press('Enter');
      await until(async () => (await cardNames(p)).length === evil || undefined, 'the Evil mysfits');
      await tabTo('View all');
      await p.keyboard.press('Space');
      await until(async () => (await cardNames(p)).length === CATALOGUE.length || undefined, 'every mysfit');
      // On to the first mysfit's card, and open it.
      const first = (await cardNames(p))[0]!;
      await tabTo(first);
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { name: first, level: 1 }).waitFor();
      assert.equal(await p.evaluate(() => deepActive()?.textContent), first);
      for (const route of ['#/register', '#/confirm', '#/signin']) {
        await p.goto(`${run.siteUrl}/${route}`);
        await p.locator('form').waitFor();
        const unlabelled = await p.locator('input').evaluateAll((inputs) =>
          inputs
            .map((i) => i as unknown as { id: string; labels: { length: number } | null })
            .filter((i) => !i.labels || i.labels.length === 0)
            .map((i) => i.id),
        );
        assert.deepEqual(unlabelled, [], `inputs without a label on ${route}`);
      }
    } finally {
      await p.close();
    }
  });

  it('Ctrl-C stops everything: the site, the API and cognito-local', async () => {
    const cognitoPid = await until(async () => {
      const { execFileSync } = await import('node:child_process');
      const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(run.child.pid)], { encoding: 'utf8' });
      return /cognito-local/.test(out) ? Number(out.trim().split(/\s+/)[0]) : undefined;
    }, 'the cognito-local child');
    assert.equal(await run.interrupt(), 0);
    assert.match(run.output(), /stopped\./);
    const alive = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    assert.equal(alive(cognitoPid), false, 'cognito-local still running');
    for (const url of [run.siteUrl, run.apiUrl, run.cognitoEndpoint]) {
      await assert.rejects(fetch(url), `${url} still answers`);
    }
  });
});

/** Signs in through the form (the visitor is already registered and confirmed). */
async function signIn(page: Page, siteUrl: string, email: string): Promise<void> {
  await page.goto(`${siteUrl}/#/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await shows(page, `Signed in as ${email}`);
}
