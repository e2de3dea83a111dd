// Writes a set of files so that a failure leaves the previous set untouched: everything is
// written to a staging folder inside the target (same filesystem), then renamed into place;
// if a rename fails, the files already replaced are put back from hard-linked backups.
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FileToWrite {
  /** Path relative to the target folder (may contain `/`). */
  readonly name: string;
  readonly content: string | Uint8Array;
}

export type WriteStatus = 'created' | 'updated' | 'unchanged' | 'removed';

function same(path: string, content: string | Uint8Array): boolean {
  if (!existsSync(path)) return false;
  const current = readFileSync(path);
  return current.equals(typeof content === 'string' ? Buffer.from(content) : Buffer.from(content));
}

/**
 * Writes `files` into `dir`, and removes the files named in `remove` (when they exist), as one
 * change: on a failure every file is as it was.
 */
export function writeFilesAtomically(
  dir: string,
  files: readonly FileToWrite[],
  remove: readonly string[] = [],
): Map<string, WriteStatus> {
  mkdirSync(dir, { recursive: true });
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
  if (changed.length === 0 && removed.length === 0) return status;

  const staging = mkdtempSync(join(dir, '.mysfits-staging-'));
  try {
    for (const f of changed) {
      const path = join(staging, 'new', f.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
    const done: string[] = [];
    const backUp = (name: string): void => {
      const target = join(dir, name);
      if (!existsSync(target)) return;
      const backup = join(staging, 'old', name);
      mkdirSync(dirname(backup), { recursive: true });
      linkSync(target, backup);
    };
    try {
      for (const f of changed) {
        const target = join(dir, f.name);
        backUp(f.name);
        mkdirSync(dirname(target), { recursive: true });
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
  return status;
}
