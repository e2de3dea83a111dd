// Writes a set of files into a folder as one change, so that neither a failure nor a kill
// (SIGKILL, a power cut of the process) leaves a mix of new and old files.
//
// The new state of the whole folder is built beside it (`.NAME.mysfits-new-*`, same filesystem):
// every file that stays is hard-linked (no copy; files are never changed in place, so the links
// are safe), every new or changed file written. Renaming that folder to `.NAME.mysfits-ready-*`
// commits the change; then the folder is swapped in with two renames (the old one aside, the
// ready one in its place) and the old one removed. A kill at any moment leaves the previous
// folder, the new one, or (between the two renames of the swap) no folder and a ready one
// beside it: never a mix. `recoverFolder` (run first by every write, and by commands that read
// such a folder) finishes or undoes what a killed run left: a ready folder goes in, anything
// unfinished is removed.
//
// A folder that cannot be swapped (the working directory itself, or a filesystem root) is
// written file by file with rollback on failure instead, and says so in its result.
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface FileToWrite {
  /** Path relative to the target folder (may contain `/`). */
  readonly name: string;
  readonly content: string | Uint8Array;
}

export type WriteStatus = 'created' | 'updated' | 'unchanged' | 'removed';

/**
 * writeFileSync that names the file in its error: a failure of the write itself (ENOSPC, EIO)
 * comes from a file descriptor and carries no path otherwise.
 */
export function writeFileNamed(path: string, content: string | Uint8Array): void {
  try {
    writeFileSync(path, content);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e === 'object' && e.path === undefined) e.path = path;
    throw err;
  }
}

function same(path: string, content: string | Uint8Array): boolean {
  if (!existsSync(path)) return false;
  const current = readFileSync(path);
  return current.equals(typeof content === 'string' ? Buffer.from(content) : Buffer.from(content));
}

const STAGES = ['new', 'ready', 'old'] as const;
type Stage = (typeof STAGES)[number];

/** The sibling folders of a write in progress: `.templates.mysfits-ready-1a2b3c`. */
function siblings(dir: string): { stage: Stage; path: string }[] {
  const parent = dirname(resolve(dir));
  const prefix = `.${basename(resolve(dir))}.mysfits-`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((n) => n.startsWith(prefix))
    .map((n) => ({ stage: n.slice(prefix.length).split('-')[0] as Stage, path: join(parent, n) }))
    .filter((s) => STAGES.includes(s.stage));
}

/**
 * Finishes or undoes a write a killed run left behind: with the folder missing, a committed
 * (ready) new state goes in, else the old one goes back; then every leftover is removed, and
 * the legacy per-file staging folders of earlier versions too. What it did, for a message.
 */
export function recoverFolder(dir: string): string[] {
  const done: string[] = [];
  const left = siblings(dir);
  if (!existsSync(dir)) {
    const back = left.find((s) => s.stage === 'ready') ?? left.find((s) => s.stage === 'old');
    if (back) {
      renameSync(back.path, dir);
      done.push(`${dir}: ${back.stage === 'ready' ? 'finished' : 'undid'} an interrupted write`);
    }
  }
  for (const s of left) {
    if (existsSync(s.path)) {
      rmSync(s.path, { recursive: true, force: true });
      if (s.stage !== 'old') done.push(`${dir}: removed an unfinished write`);
    }
  }
  if (existsSync(dir)) {
    for (const n of readdirSync(dir)) {
      if (n.startsWith('.mysfits-staging-')) {
        rmSync(join(dir, n), { recursive: true, force: true });
        done.push(`${dir}: removed an unfinished write`);
      }
    }
  }
  return done;
}

/** Hard-links every file of `from` into `to` (same layout), except `skip` (relative paths). */
function linkTree(from: string, to: string, skip: ReadonlySet<string>, rel = ''): void {
  makeFolder(join(to, rel));
  for (const entry of readdirSync(join(from, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (skip.has(path)) continue;
    const source = join(from, path);
    if (entry.isDirectory()) linkTree(from, to, skip, path);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), join(to, path));
    else linkSync(source, join(to, path));
  }
}

function swappable(dir: string): boolean {
  const full = resolve(dir);
  return full !== process.cwd() && dirname(full) !== full;
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir spins for ever on a level that cannot
 * be made yet reads as missing (`/proc/x`: 100% CPU, no error); one level at a time, the first
 * that cannot be made is an error naming it (ENOENT, ENOTDIR, EACCES). Every command that writes
 * a folder (generate, review, package, its asset cache) makes it here.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at);) {
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (err) {
      // Made meanwhile by someone else: fine, if it is a folder.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(level).isDirectory()) throw err;
    }
  }
}

/**
 * Writes `files` into `dir`, and removes the files named in `remove` (when they exist), as one
 * change: after a failure or a kill, every file is as it was or as asked, never some of each.
 */
export function writeFilesAtomically(
  dir: string,
  files: readonly FileToWrite[],
  remove: readonly string[] = [],
): Map<string, WriteStatus> {
  recoverFolder(dir);
  const status = new Map<string, WriteStatus>();
  const removed = remove.filter((name) => existsSync(join(dir, name)));
  for (const name of removed) status.set(name, 'removed');
  const changed = files.filter((f) => {
    const target = join(dir, f.name);
    if (same(target, f.content)) {
      status.set(f.name, 'unchanged');
      return false;
    }
    status.set(f.name, existsSync(target) ? 'updated' : 'created');
    return true;
  });
  if (changed.length === 0 && removed.length === 0) {
    makeFolder(dir);
    return status;
  }
  if (!swappable(dir)) {
    writeInPlace(dir, changed, removed);
    return status;
  }

  const parent = dirname(resolve(dir));
  makeFolder(parent);
  const id = randomBytes(6).toString('hex');
  const at = (stage: Stage) => join(parent, `.${basename(resolve(dir))}.mysfits-${stage}-${id}`);
  try {
    const skip = new Set([...changed.map((f) => f.name), ...removed]);
    if (existsSync(dir)) linkTree(dir, at('new'), skip);
    else {
      try {
        mkdirSync(at('new'));
      } catch (err) {
        // The staging folder is beside `dir`: one that cannot be made there means `dir` cannot be
        // either (/proc/x), which is the path to name.
        (err as NodeJS.ErrnoException).path = dir;
        throw err;
      }
    }
    for (const f of changed) {
      const path = join(at('new'), f.name);
      makeFolder(dirname(path));
      writeFileNamed(path, f.content);
    }
    renameSync(at('new'), at('ready')); // the commit point
  } catch (err) {
    rmSync(at('new'), { recursive: true, force: true });
    throw err;
  }
  if (existsSync(dir)) renameSync(dir, at('old'));
  renameSync(at('ready'), dir);
  rmSync(at('old'), { recursive: true, force: true });
  return status;
}

/** The fallback for a folder that cannot be swapped: file by file, put back on a failure. */
function writeInPlace(dir: string, changed: readonly FileToWrite[], removed: readonly string[]): void {
  makeFolder(dir);
  const staging = join(dir, `.mysfits-staging-${randomBytes(6).toString('hex')}`);
  try {
    for (const f of changed) {
      const path = join(staging, 'new', f.name);
      makeFolder(dirname(path));
      writeFileNamed(path, f.content);
    }
    const done: string[] = [];
    const backUp = (name: string): void => {
      const target = join(dir, name);
      if (!existsSync(target) || !lstatSync(target).isFile()) return;
      const backup = join(staging, 'old', name);
      makeFolder(dirname(backup));
      linkSync(target, backup);
    };
    try {
      for (const f of changed) {
        const target = join(dir, f.name);
        backUp(f.name);
        makeFolder(dirname(target));
        renameSync(join(staging, 'new', f.name), target);
        done.push(f.name);
      }
      for (const name of removed) {
        backUp(name);
        rmSync(join(dir, name));
        done.push(name);
      }
    } catch (err) {
      for (const name of done) {
        const backup = join(staging, 'old', name);
        if (existsSync(backup)) renameSync(backup, join(dir, name));
        else rmSync(join(dir, name), { force: true });
      }
      throw err;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
