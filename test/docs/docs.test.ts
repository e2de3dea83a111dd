// The README starts with the task (deploying to your own account within its first 100 lines) and
// stays short (at most 400 lines); reference material lives in docs/, and every relative link of
// README.md and docs/*.md reaches a file that exists and, for a Markdown file, a heading in it.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { ROOT } from '../helpers.js';

const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const MAX_README_LINES = 400;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');

/** The lines outside fenced code blocks, with their numbers. */
function prose(text: string): { line: string; n: number }[] {
  let fenced = false;
  const out: { line: string; n: number }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced) out.push({ line, n: i + 1 });
  });
  return out;
}

const anchors = (file: string): Set<string> =>
  new Set(
    prose(readFileSync(file, 'utf8'))
      .map(({ line }) => /^#{1,6} (.*)$/.exec(line)?.[1])
      .filter((h): h is string => h !== undefined)
      .map(slug),
  );

const markdownFiles = (): string[] => [
  README,
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];

describe('README and docs/', () => {
  it(`README is at most ${MAX_README_LINES} lines and its first 100 say how to deploy to your own account`, () => {
    const lines = readFileSync(README, 'utf8').split('\n');
    assert.ok(lines.length <= MAX_README_LINES, `README.md has ${lines.length} lines`);
    const first = lines.slice(0, 100).join('\n');
    assert.match(first, /^## Deploy to your own account$/m);
    assert.match(first, /mysfits -- deploy --region/);
    assert.match(first, /^## Quick start$/m);
  });

  it('README maps every document under docs/', () => {
    const readme = readFileSync(README, 'utf8');
    for (const file of readdirSync(DOCS).filter((f) => f.endsWith('.md'))) {
      assert.ok(readme.includes(`](docs/${file})`), `docs/${file} is not linked from README`);
    }
  });

  it('every relative link reaches a file, and every anchor a heading', () => {
    const broken: string[] = [];
    for (const file of markdownFiles()) {
      for (const { line, n } of prose(readFileSync(file, 'utf8'))) {
        for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^(https?:|mailto:)/.test(target!)) continue;
          const [path, anchor] = target!.split('#') as [string, string | undefined];
          const resolved = path === '' ? file : normalize(join(dirname(file), path));
          const where = `${file.slice(ROOT.length + 1)}:${n} ${target}`;
          if (!existsSync(resolved)) broken.push(`${where}: no such file`);
          else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor))
            broken.push(`${where}: no such heading`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });
});
