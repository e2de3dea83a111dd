#!/usr/bin/env node
// `npm run mysfits -- ...` builds only when a source changed since the last build: it compares
// the newest modification time among the sources the CLI is built from with the stamp the last
// successful `npm run build` left (dist/.build-stamp), and runs the build when a source is newer
// or there is no stamp. On a built clone a call costs a stat of each source file (tens of ms)
// instead of the 7-11 s build.
//   node scripts/build-if-changed.mjs           build if needed
//   node scripts/build-if-changed.mjs --stamp   record that the build just finished (npm run build)
//   node scripts/build-if-changed.mjs --check   say whether a build is needed (exit 1 if so), build nothing
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', '.build-stamp');
/** What the build reads (tests are built too, but the CLI does not run them). */
const SOURCES = ['generator', 'service', 'functions', 'local', 'site', 'schemas', 'scripts'];
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];

if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  process.exit(0);
}

/** The newest modification time under `path`, and the file that has it. */
function newest(path, best = { ms: 0, file: '' }) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return best;
  if (st.isDirectory()) {
    for (const name of readdirSync(path)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      best = newest(join(path, name), best);
    }
    return best;
  }
  return st.mtimeMs > best.ms ? { ms: st.mtimeMs, file: path } : best;
}

let latest = { ms: 0, file: '' };
for (const p of [...SOURCES, ...FILES]) latest = newest(join(root, p), latest);
const stamp = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (stamp >= latest.ms) {
  if (process.argv.includes('--check')) process.stdout.write('up to date\n');
  process.exit(0);
}

const why = stamp === 0 ? 'not built yet' : `${latest.file.slice(root.length + 1)} changed since the last build`;
if (process.argv.includes('--check')) {
  process.stdout.write(`${why}\n`);
  process.exit(1);
}
process.stderr.write(`mysfits: ${why}: building (npm run build) ...\n`);
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
process.exit(build.status ?? 1);
