// The site as built into dist/site/ (npm run build), which is what gets packaged for AWS: hashed
// JS and CSS, nothing the Content-Security-Policy would block, the Cognito library in its own
// chunk, the first visit within its budget, and a picture of every mysfit of the catalogue.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATALOGUE } from '../../service/src/data/catalogue.js';
import { ROOT } from '../helpers.js';
import { FIRST_VISIT_BUDGET_BYTES, firstVisitFiles, gzipSize } from '../support/site-build.js';

const SITE = join(ROOT, 'dist', 'site');
const COGNITO_MARK = 'AWSCognitoIdentityProviderService';

describe('site build (dist/site)', () => {
  const html = (): string => readFileSync(join(SITE, 'index.html'), 'utf8');
  const assets = (): string[] => readdirSync(join(SITE, 'assets'));

  it('has index.html, hashed JS and CSS under assets/, and no config.json (the stack writes it)', () => {
    assert.ok(existsSync(join(SITE, 'index.html')));
    assert.ok(!existsSync(join(SITE, 'config.json')), 'a config.json in the build would be packaged');
    const files = assets();
    assert.ok(files.length >= 3, files.join());
    for (const file of files) assert.match(file, /^[\w-]+-[\w-]{8}\.(js|css)$/, `${file} has no content hash`);
  });

  it('index.html has no inline script or style, which the CSP (script-src/style-src self) would block', () => {
    const page = html();
    for (const tag of page.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc=/, `inline script: ${tag}`);
    assert.doesNotMatch(page, /<style\b/);
    assert.doesNotMatch(page, /\son[a-z]+=/i, 'inline event handler');
    assert.doesNotMatch(page, /(src|href)="(https?:)?\/\//, 'a file from another host');
  });

  it(`the first visit's JS and CSS are at most ${FIRST_VISIT_BUDGET_BYTES / 1024} KB gzipped and leave out the Cognito library`, () => {
    const files = firstVisitFiles(SITE);
    assert.ok(files.some((f) => f.endsWith('.js')) && files.some((f) => f.endsWith('.css')), files.join());
    const total = files.reduce((sum, f) => sum + gzipSize(join(SITE, f)), 0);
    assert.ok(total <= FIRST_VISIT_BUDGET_BYTES, `first visit: ${total} bytes gzipped (${files.join(', ')})`);
    for (const f of files) assert.ok(!readFileSync(join(SITE, f), 'utf8').includes(COGNITO_MARK), `${f} has Cognito`);
  });

  it('the Cognito library is a chunk of its own, imported on demand', () => {
    const chunks = assets().filter((f) => readFileSync(join(SITE, 'assets', f), 'utf8').includes(COGNITO_MARK));
    assert.equal(chunks.length, 1, chunks.join());
    assert.match(chunks[0]!, /^cognito-/);
    const entry = firstVisitFiles(SITE).find((f) => f.endsWith('.js'))!;
    assert.ok(readFileSync(join(SITE, entry), 'utf8').includes(chunks[0]!), 'the entry does not import it');
  });

  it('ships a picture and a thumbnail of every mysfit, as scripts/draw-mysfits.mjs draws them', async () => {
    const { drawings } = (await import(pathToFileURL(join(ROOT, 'scripts', 'draw-mysfits.mjs')).href)) as {
      drawings: (catalogue: typeof CATALOGUE) => Record<string, string>;
    };
    const expected = drawings(CATALOGUE);
    assert.equal(Object.keys(expected).length, CATALOGUE.length * 2);
    for (const [path, content] of Object.entries(expected)) {
      const committed = join(ROOT, 'site', 'public', path);
      assert.ok(existsSync(committed), `${path} is missing: run node scripts/draw-mysfits.mjs`);
      assert.equal(readFileSync(committed, 'utf8'), content, `${path} is out of date: node scripts/draw-mysfits.mjs`);
      assert.equal(readFileSync(join(SITE, path), 'utf8'), content, `${path} is not in the build`);
      assert.match(content, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\s*<title id="title">[^<]+<\/title>/);
      assert.doesNotMatch(content, /(href|src)=/, `${path} refers to another file`);
    }
  });
});
