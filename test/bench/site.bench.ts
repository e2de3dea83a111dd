// npm run bench:site: what a first visit costs, against the local run (`npm start`'s program) in
// headless Chromium:
//   - size: JS + CSS of a first visit, gzipped, from the built files (level 9) and as measured on
//     the wire (the local server's gzip), and whether it is within the first-visit budget;
//   - time to first catalogue render: from navigation start to the grid showing the mysfits
//     (the site's `mysfits:catalogue-rendered` mark), cold (a fresh browser context each run:
//     empty cache, no session), as a ratio to an empty page loaded cold in the same Chromium
//     from a loopback server, interleaved with it (one sample of each in turn,
//     test/bench/same-run.ts): no figure from another run, no constant.
// Results also go to test-results/bench-site.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { startRunAndBrowser } from '../support/browser.js';
import { FIRST_VISIT_BUDGET_BYTES, firstVisitFiles, gzipSize } from '../support/site-build.js';
import { interleaved, machine, machineLine, median, ratio } from './same-run.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SITE = join(ROOT, 'dist', 'site');

const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
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

/** An empty page, on loopback: the anchor (what any cold navigation costs in this Chromium, now). */
async function emptyPageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title></title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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

const m = machine();
const empty = await emptyPageServer();
const { run, browser } = await startRunAndBrowser().catch(async (err: unknown) => {
  await empty.close();
  throw err;
});
try {
  const samples = await interleaved<'visit' | 'empty', Visit | number>(RUNS, {
    visit: () => coldVisit(browser, run.siteUrl),
    empty: () => coldFloor(browser, empty.url),
  });
  const visits = samples.visit as Visit[];
  const floors = samples.empty as number[];
  const rendered = visits.map((v) => v.renderedMs);
  const result = {
    runs: RUNS,
    machine: m,
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
      `${result.builtGzipBytes <= FIRST_VISIT_BUDGET_BYTES ? 'within' : 'OVER'} the ${FIRST_VISIT_BUDGET_BYTES / 1024} KB budget`,
  );
  out(`  on the wire (local gzip)  ${kb(result.wireBytes).padStart(8)}  (${result.wireBytes} bytes)`);
  out('');
  out(
    `Time to first catalogue render, cold, headless Chromium, ${RUNS} interleaved runs on loopback (${machineLine(m)}):`,
  );
  out(
    `  median ${result.renderedMedianMs.toFixed(0)} ms (p90 ${result.renderedP90Ms.toFixed(0)} ms; ` +
      `first contentful paint ${result.firstPaintMedianMs.toFixed(0)} ms)`,
  );
  out(
    `  ${ratio(result.renderedMedianMs, result.floorMedianMs)} an empty page loaded cold in the same Chromium ` +
      `(${result.floorMedianMs.toFixed(0)} ms to its load event, same run)`,
  );
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'bench-site.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  await browser.close();
  await run.interrupt();
  await empty.close();
}
