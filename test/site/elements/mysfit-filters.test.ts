// <mysfit-filters> alone in Chromium (test/support/element-fixture.ts): a choice sends
// `filter-change` with the filter, "View all" sends it with null, and each reaches the document
// (bubbles, composed) as mysfits-app needs. The fixture for the next element: copy this file,
// name the element's module, tag and events (site/src/events.ts), and use it as a visitor would.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/browser.js';
import { elementPage, sentEvents } from '../../support/element-fixture.js';

describe('<mysfit-filters> in Chromium (element fixture)', function () {
  this.timeout(90_000);
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchChromium();
    page = await elementPage(browser, 'components/mysfit-filters.ts', 'mysfit-filters', ['filter-change']);
  });
  after(async () => {
    await browser?.close();
  });

  it('a choice sends filter-change with that filter, heard at the document', async () => {
    await page.getByRole('button', { name: 'Evil', exact: true }).click();
    await page.getByRole('button', { name: 'Lawful', exact: true }).click();
    assert.deepEqual(await sentEvents(page), [
      { type: 'filter-change', detail: { filter: 'GoodEvil', value: 'Evil' }, bubbles: true, composed: true },
      { type: 'filter-change', detail: { filter: 'LawChaos', value: 'Lawful' }, bubbles: true, composed: true },
    ]);
  });

  it('"View all" sends filter-change with null', async () => {
    await page.getByRole('button', { name: 'View all' }).click();
    assert.deepEqual((await sentEvents(page)).at(-1), {
      type: 'filter-change',
      detail: null,
      bubbles: true,
      composed: true,
    });
  });
});
