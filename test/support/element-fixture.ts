// One site element alone in Chromium: its module bundled from site/src (esbuild, the bundler
// under Vite), on an empty page that records every site event reaching the document. A fixture
// test mounts the element, uses it as a visitor would (Playwright's roles reach into shadow
// roots) and reads the events it sent: no local run, no service, no Cognito. One test per element
// under test/site/elements/, each a copy of mysfit-filters.test.ts.
import { build } from 'esbuild';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers.js';

/** What the page recorded of an event that reached the document. */
export interface SentEvent {
  readonly type: string;
  readonly detail: unknown;
  readonly bubbles: boolean;
  readonly composed: boolean;
}

/** An element's module (under site/src), bundled with what it imports (Lit, the API's types ...). */
async function bundle(module: string): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'site', 'src', module)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: join(ROOT, 'site', 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

/**
 * A page holding `<tag>` alone (defined by `module`), listening on the document for `events`:
 * the element's events must bubble and cross its shadow root to be heard there, as mysfits-app
 * hears them. `setup`, if given, runs in the page on the element before it is added (properties).
 */
export async function elementPage(
  browser: Browser,
  module: string,
  tag: string,
  events: readonly string[],
  setup = '',
): Promise<Page> {
  const code = await bundle(module);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ type: 'module', content: code });
  await page.evaluate(`(async () => {
    await customElements.whenDefined(${JSON.stringify(tag)});
    window.sent = [];
    for (const type of ${JSON.stringify(events)}) {
      document.addEventListener(type, (e) => window.sent.push({ type, detail: e.detail, bubbles: e.bubbles, composed: e.composed }));
    }
    const element = document.createElement(${JSON.stringify(tag)});
    ${setup}
    document.body.append(element);
    await element.updateComplete;
  })()`);
  if (errors.length > 0) throw new Error(`${tag} failed in the page: ${errors.join('; ')}`);
  return page;
}

/** The events the page recorded so far, in order. */
export const sentEvents = (page: Page): Promise<SentEvent[]> => page.evaluate('window.sent') as Promise<SentEvent[]>;
