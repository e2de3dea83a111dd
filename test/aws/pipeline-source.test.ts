// The pipeline's S3 source against moto's S3: the zip holds exactly what git ls-files gives
// (tracked plus unignored untracked files), and lands as the watched object, versioned.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { unzipSync } from 'fflate';
import { sourceFiles, sourceZip, uploadSource } from '../../generator/aws/pipeline-source.js';
import { SOURCE_KEY } from '../../generator/builders/pipeline.js';
import { startMoto, type Moto } from '../support/moto.js';
import { runCliAsync } from '../helpers.js';

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

describe('pipeline source (S3)', function () {
  this.timeout(120_000);
  let moto: Moto | undefined;
  let s3: S3Client | undefined;
  let repo: string;
  const push = (dir: string, ...extra: string[]) =>
    runCliAsync([
      'pipeline',
      'push',
      '--bucket',
      'source',
      '--dir',
      dir,
      '--endpoint',
      moto!.endpoint,
      '--region',
      'us-east-1',
      ...extra,
    ]);

  before(async () => {
    repo = mkdtempSync(join(tmpdir(), 'mysfits-source-'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\ndist/\n*.log\n');
    writeFileSync(join(repo, 'package.json'), '{}\n');
    mkdirSync(join(repo, 'src'));
    writeFileSync(join(repo, 'src', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(repo, 'src', 'gone.ts'), 'old\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'first');
    // Untracked but not ignored: shipped. Ignored: not. Deleted from the tree: not.
    writeFileSync(join(repo, 'src', 'new.ts'), 'export const b = 2;\n');
    mkdirSync(join(repo, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(repo, 'node_modules', 'x', 'index.js'), '');
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist', 'out.js'), '');
    writeFileSync(join(repo, 'debug.log'), '');
    unlinkSync(join(repo, 'src', 'gone.ts'));
    try {
      moto = await startMoto();
      s3 = new S3Client({
        endpoint: moto.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
      });
    } catch (err) {
      await moto?.stop();
      throw err;
    }
  });
  after(async () => {
    s3?.destroy();
    await moto?.stop();
    rmSync(repo, { recursive: true, force: true });
  });

  it('takes the tracked and unignored untracked files, nothing ignored or deleted', () => {
    assert.deepEqual(sourceFiles(repo), ['.gitignore', 'package.json', 'src/a.ts', 'src/new.ts']);
  });

  it('uploads a zip whose entries are exactly those files, as a new version of the watched key', async () => {
    await s3!.send(new CreateBucketCommand({ Bucket: 'source' }));
    await s3!.send(
      new PutBucketVersioningCommand({ Bucket: 'source', VersioningConfiguration: { Status: 'Enabled' } }),
    );
    const { files, zip } = sourceZip(repo);
    const first = await uploadSource(s3!, 'source', zip);
    const second = await uploadSource(s3!, 'source', zip);
    assert.equal(first.key, SOURCE_KEY);
    assert.ok(first.versionId && second.versionId && first.versionId !== second.versionId);
    const got = await s3!.send(new GetObjectCommand({ Bucket: 'source', Key: SOURCE_KEY }));
    const entries = unzipSync(await got.Body!.transformToByteArray());
    assert.deepEqual(Object.keys(entries).sort(), files);
    assert.equal(new TextDecoder().decode(entries['src/new.ts']), 'export const b = 2;\n');
  });

  it('`mysfits pipeline push` uploads it and prints the version (--json for scripts)', async () => {
    const r = await push(repo, '--json');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { bucket: string; key: string; versionId: string; files: number };
    assert.deepEqual([out.bucket, out.key, out.files], ['source', SOURCE_KEY, 4]);
    const got = await s3!.send(new GetObjectCommand({ Bucket: 'source', Key: SOURCE_KEY }));
    assert.equal(got.VersionId, out.versionId);
    const plain = await push(repo);
    assert.match(
      plain.stdout,
      /^pushed 4 file\(s\), [\d.]+ KB, to s3:\/\/source\/source\.zip \(version \S+\); the pipeline starts on it\n$/,
    );
  });

  it('`mysfits pipeline push` outside a git tree is exit 2, nothing uploaded', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'mysfits-plain-'));
    try {
      const r = await push(plain);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /mysfits pipeline push: .* is not a git working tree/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('refuses a folder that is not a git working tree', () => {
    const plain = mkdtempSync(join(tmpdir(), 'mysfits-plain-'));
    try {
      assert.throws(() => sourceFiles(plain), /is not a git working tree/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
