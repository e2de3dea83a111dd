// The pipeline's S3 source: the working tree as git sees it (tracked files and untracked ones
// .gitignore does not exclude; no node_modules, no build output), zipped deterministically and
// uploaded as the object the pipeline's source action watches (SOURCE_KEY).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SOURCE_KEY } from '../builders/pipeline.js';
import { deterministicZip } from '../package/zip.js';

/** The files git would commit: tracked plus unignored untracked, minus tracked files deleted from the tree. */
export function sourceFiles(root: string): string[] {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) {
    throw new Error(`${root} is not a git working tree (git ls-files: ${r.error?.message ?? r.stderr.trim()})`);
  }
  const files = [...new Set(r.stdout.split('\0').filter(Boolean))];
  return files.filter((f) => existsSync(join(root, f))).sort();
}

/** The source zip of a working tree. */
export function sourceZip(root: string): { files: string[]; zip: Uint8Array } {
  const files = sourceFiles(root);
  return { files, zip: deterministicZip(files.map((path) => ({ path, content: readFileSync(join(root, path)) }))) };
}

/** Uploads the zip as the pipeline's source object; the version id is what the run will read. */
export async function uploadSource(
  s3: S3Client,
  bucket: string,
  zip: Uint8Array,
): Promise<{ key: string; versionId?: string }> {
  const r = await s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: SOURCE_KEY, Body: zip, ContentType: 'application/zip' }),
  );
  return { key: SOURCE_KEY, versionId: r.VersionId };
}
