// npm run bench:site: what a first visit costs, against the local run (`npm start`'s program) in
// headless Chromium, printed as ratios against named anchors:
//   - size: JS + CSS of a first visit, gzipped, from the built files (level 9) and as measured on
//     the wire (the local server's gzip); anchors: the budget (60 KB) and the tutorial
//     page's SDK scripts (about 150 KB gzipped, before its CDN libraries; reference figure from the
//     issue, not re-measured);
//   - time to first catalogue render: from navigation start to the grid showing the mysfits
//     (the site's `mysfits:catalogue-rendered` mark), cold (a fresh browser context each run:
//     empty cache, no session); anchors: a 1 s target and the browser's floor measured here (a
//     cold load of one static file from the same server).
// Results also go to test-results/bench-site.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { startRunAndBrowser } from '../support/browser.js';
import { FIRST_VISIT_BUDGET_BYTES, firstVisitFiles, gzipSize } from '../support/site-build.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TUTORIAL_SDK = 150 * 1024;
const TARGET_MS = 1000;
const SITE = join(ROOT, 'dist', 'site');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const out = (line = ''): void => void process.stdout.write(`${line}\n`);

interface Visit {
  readonly renderedMs: number;
  readonly firstPaintMs: number;
  readonly wireBytes: number;
}

async function coldVisit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let wireBytes = 0;
    const sizes: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      if (['script', 'stylesheet'].includes(request.resourceType())) {
        sizes.push(request.sizes().then((s) => void (wireBytes += s.responseBodySize)));
      }
    });
    await page.goto(url);
    const marks = await page.waitForFunction(
      () => {
        const rendered = performance.getEntriesByName('mysfits:catalogue-rendered')[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return rendered ? { rendered: rendered.startTime, paint: paint?.startTime ?? NaN } : null;
      },
      undefined,
      { timeout: 15_000, polling: 20 },
    );
    const { rendered, paint } = (await marks.jsonValue())!;
    await Promise.all(sizes);
    return { renderedMs: rendered, firstPaintMs: paint, wireBytes };
  } finally {
    await context.close();
  }
}

async function coldFloor(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    // (A string: the page's Performance types are not this program's.)
    return Number(await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd'));
  } finally {
    await context.close();
  }
}

const files = firstVisitFiles(SITE);
const builtBytes = files.reduce((sum, f) => sum + gzipSize(join(SITE, f)), 0);

const { run, browser } = await startRunAndBrowser();
try {
  await coldVisit(browser, run.siteUrl); // warm the server's file and gzip caches
  await coldFloor(browser, `${run.siteUrl}/favicon.svg`);
  const visits: Visit[] = [];
  const floors: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    visits.push(await coldVisit(browser, run.siteUrl));
    floors.push(await coldFloor(browser, `${run.siteUrl}/favicon.svg`));
  }
  const rendered = visits.map((v) => v.renderedMs);
  const result = {
    runs: RUNS,
    firstVisitFiles: files,
    builtGzipBytes: builtBytes,
    wireBytes: median(visits.map((v) => v.wireBytes)),
    renderedMedianMs: median(rendered),
    renderedP90Ms: p90(rendered),
    firstPaintMedianMs: median(visits.map((v) => v.firstPaintMs)),
    floorMedianMs: median(floors),
  };

  out(`First visit, JS + CSS (${files.join(', ')}):`);
  out(
    `  built files, gzip -9      ${kb(result.builtGzipBytes).padStart(8)}  (${result.builtGzipBytes} bytes)  ` +
      `${ratio(result.builtGzipBytes, FIRST_VISIT_BUDGET_BYTES)} the ${FIRST_VISIT_BUDGET_BYTES / 1024} KB budget, ` +
      `${ratio(result.builtGzipBytes, TUTORIAL_SDK)} the tutorial's SDK scripts (~150 KB, reference)`,
  );
  out(`  on the wire (local gzip)  ${kb(result.wireBytes).padStart(8)}  (${result.wireBytes} bytes)`);
  out('');
  out(
    `Time to first catalogue render, cold, headless Chromium, ${RUNS} runs on loopback (the local run on Node ${process.versions.node}):`,
  );
  out(
    `  median ${result.renderedMedianMs.toFixed(0)} ms (p90 ${result.renderedP90Ms.toFixed(0)} ms; ` +
      `first contentful paint ${result.firstPaintMedianMs.toFixed(0)} ms)`,
  );
  out(
    `  ${ratio(result.renderedMedianMs, TARGET_MS)} the ${TARGET_MS} ms target, ` +
      `${ratio(result.renderedMedianMs, result.floorMedianMs)} the browser floor ` +
      `(a cold load of one static file: ${result.floorMedianMs.toFixed(0)} ms, measured)`,
  );
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'bench-site.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  await browser.close();
  await run.interrupt();
}
