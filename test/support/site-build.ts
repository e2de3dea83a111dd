// What a first visit to the built site downloads, read from dist/site/: index.html's scripts and
// stylesheets, and every chunk those scripts import statically (dynamic imports, like the
// Cognito library's chunk, load later and are left out), and its budget. Shared by the build
// test and the bench; the browser test checks the same budget on the wire.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first visit's JS and CSS budget, gzipped (the 60 KB). */
export const FIRST_VISIT_BUDGET_BYTES = 60 * 1024;

/** Paths under `site` (like assets/index-abc.js) a first visit loads as JS or CSS. */
export function firstVisitFiles(site: string): string[] {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ].map((ref) => posix.normalize(ref.replace(/^\.?\//, '')));
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(site, file), 'utf8');
    // Static imports only: `import ... from "./x.js"` or `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(posix.join(posix.dirname(file), m[1]!));
    }
  };
  refs.forEach(visit);
  return [...seen];
}

/** A file's size gzipped at level 9 (the browser test measures what actually crosses the wire). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}
