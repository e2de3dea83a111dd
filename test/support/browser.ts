// Debian's Chromium (/usr/bin/chromium; `.ci/run` installs the `chromium` package) driven by
// playwright-core: the real browser the site is tested in. Playwright gives every launch a fresh
// temporary profile (its own --user-data-dir) and every context fresh storage. MYSFITS_CHROMIUM
// names another Chromium or Chrome binary. When the browser is missing or cannot start, the site
// suites fail at once with the install command (and stop the local run they started with it).
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { startLocalRunProcess, type LocalRunProcess } from './local-run.js';

export const CHROMIUM = process.env.MYSFITS_CHROMIUM?.trim() || '/usr/bin/chromium';
/** What the error says when the browser is missing or cannot start. */
export const CHROMIUM_INSTALL =
  'install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium, as .ci/run does) or set MYSFITS_CHROMIUM to a Chromium or Chrome binary';
/** A browser that starts takes seconds even on a loaded machine; one that cannot fails long before. */
const LAUNCH_TIMEOUT_MS = 60_000;
/** Where the browser tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'site');

const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM,
  timeout: LAUNCH_TIMEOUT_MS,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export async function launchChromium(): Promise<Browser> {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(`the browser ${CHROMIUM} is missing (or not executable): ${CHROMIUM_INSTALL}`);
  }
  try {
    return await chromium.launch(LAUNCH_OPTIONS);
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new Error(`the browser ${CHROMIUM} did not start (${first}): ${CHROMIUM_INSTALL}`, { cause: err });
  }
}

/**
 * The local run and the browser, started side by side. If either cannot start, the other is
 * stopped before the error is thrown, so a failed `before` hook leaves nothing running.
 */
export async function startRunAndBrowser(
  env: Record<string, string> = {},
): Promise<{ run: LocalRunProcess; browser: Browser }> {
  const [run, browser] = await Promise.allSettled([startLocalRunProcess(env), launchChromium()]);
  if (run.status === 'fulfilled' && browser.status === 'fulfilled') return { run: run.value, browser: browser.value };
  await Promise.allSettled([
    run.status === 'fulfilled' ? run.value.interrupt() : undefined,
    browser.status === 'fulfilled' ? browser.value.close() : undefined,
  ]);
  throw browser.status === 'rejected' ? browser.reason : (run as PromiseRejectedResult).reason;
}

/** Saves a screenshot of the page as test-results/site/<name>.png (a test artifact). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

// In every page, for the tests (declared in ./page-helpers.d.ts):
//   deepActive()  the focused element inside shadow roots (document.activeElement stops at the host)
//   deepText()    the page's text, shadow roots included
//   pageWidth()   the width of the page's content (wider than the window: it scrolls sideways)
//   tokenKeys()   the localStorage keys of the Cognito library's session
//   setIdTokenExpiry(exp)  rewrites the stored id token's exp claim (its signature no longer matches)
const HELPERS = `
window.deepActive = () => {
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
window.deepText = () => {
  const collect = (node) => {
    if (node.nodeName === 'NOSCRIPT') return '';
    if (node.shadowRoot) return collect(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    return Array.from(node.childNodes).map(collect).join(' ');
  };
  return collect(document.body).replace(/\\s+/g, ' ');
};
window.pageWidth = () => document.documentElement.scrollWidth;
window.tokenKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('CognitoIdentityServiceProvider.'));
window.setIdTokenExpiry = (exp) => {
  const key = tokenKeys().find((k) => k.endsWith('.idToken'));
  const [header, payload, signature] = localStorage.getItem(key).split('.');
  const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
  const changed = btoa(JSON.stringify({ ...claims, exp })).replace(/=+$/, '').replace(/[+]/g, '-').replace(/[/]/g, '_');
  localStorage.setItem(key, header + '.' + changed + '.' + signature);
  return { key, token: localStorage.getItem(key) };
};
`;

/** A fresh context (its own storage) with the test helpers in every page. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: HELPERS });
  return context;
}

/** Polls `check` until it returns a value other than undefined/false (the browser renders async). */
export async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The page's text, shadow roots included (deepText, one of the helpers newContext adds). */
export const pageText = (page: Page): Promise<string> => page.evaluate(() => deepText());

/** Waits until the page says `words`. */
export async function shows(page: Page, words: string, timeoutMs?: number): Promise<void> {
  await until(async () => (await pageText(page)).includes(words), `"${words}" on the page`, timeoutMs);
}
