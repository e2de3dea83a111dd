// mysfits publish: uploads the packaged region folders to their artifact buckets.
import { join } from 'node:path';
import { AWS_FLAGS, clientConfig } from '../../aws/client-config.js';
import { publishRegion, readRegionFolder, type AccessMode } from '../../aws/publish.js';
import { loadConfig } from '../../config/load.js';
import { artifactBucket } from '../../package/package.js';
import { defineCommand, UsageError } from '../command.js';
import { bucketPrefixOf, selectRegions } from '../../package/run.js';
import { PACKAGE_FLAGS } from './package.js';

export const publish = defineCommand({
  name: 'publish',
  description: [
    'For each region, uploads FROM/<region>/ to s3://<bucketPrefix>-<region>/<appName>/, creating the',
    'bucket if missing (SSE-S3 encrypted, versioned, ACLs disabled). Launch Stack users launch in',
    'their own accounts, so by default a bucket policy lets anyone read (s3:GetObject) the objects',
    'under <appName>/ and nothing else: no listing, no other prefix, no writes; TLS only. The command',
    'says so before it changes anything. --private keeps the buckets fully private (launch from the',
    'publishing account only).',
    '',
    'Files already there are skipped (content-addressed names; main.yml and manifest.json by their',
    'stored sha256). main.yml goes after everything it points at and manifest.json last, so an',
    'interrupted publish never advertises a region it has not finished. Run it again to finish.',
    'Credentials: the SDK standard chain (--profile for a named profile).',
  ].join('\n'),
  options: {
    config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file (JSON).' },
    ...PACKAGE_FLAGS,
    from: { type: 'string', value: 'DIR', description: 'Folder `mysfits package` wrote.', default: 'out' },
    private: { type: 'boolean', description: 'Keep every bucket private (no public-read policy).' },
    profile: AWS_FLAGS.profile,
    endpoint: AWS_FLAGS.endpoint,
  },
  examples: [
    'mysfits publish --all-regions',
    'mysfits publish --regions eu-west-1 --bucket-prefix acme-mysfits --private --profile release',
  ],
  async run(options) {
    const { config } = loadConfig(options.config);
    const regions = selectRegions({ regions: options.regions, allRegions: options['all-regions'] }, config);
    const bucketPrefix = bucketPrefixOf({ bucketPrefix: options['bucket-prefix'] }, config);
    const from = options.from;
    const mode: AccessMode = options.private ? 'private' : 'public';
    const endpoint = options.endpoint;
    const profile = options.profile;
    // Checks the flags the way every AWS command does (URL, profile) before anything is read.
    await clientConfig({ region: regions[0].code, endpoint, profile });

    // Every folder is read and checked before the first request: a missing or altered one stops all.
    const folders = regions.map((region) => readRegionFolder(from, region));
    for (const f of folders) {
      const expected = artifactBucket(bucketPrefix, f.region.code);
      if (f.manifest.bucket !== expected) {
        throw new UsageError(
          `${join(from, f.region.code)} was packaged for bucket ${f.manifest.bucket}, not ${expected}: its templates point there. Run \`mysfits package --bucket-prefix ${bucketPrefix}\` again, or publish with --bucket-prefix ${f.manifest.bucket.slice(0, -f.region.code.length - 1)}`,
        );
      }
    }
    const say = (line: string) => process.stdout.write(line + '\n');
    const prefix = folders[0].manifest.prefix;
    say(
      mode === 'public'
        ? `publishing ${folders.length} region(s). Each bucket's policy will let ANYONE read (s3:GetObject) the objects under ${prefix}/ ` +
            `(Launch Stack users launch in their own accounts); nothing else in the buckets is public: no listing, no writes. Use --private to keep them private.`
        : `publishing ${folders.length} region(s), privately: all public access blocked (only this account can launch the stacks).`,
    );
    let total = 0;
    for (const [i, folder] of folders.entries()) {
      const tag = `[${String(i + 1).padStart(2)}/${folders.length}] ${folder.region.code}`;
      say(`  ${tag}: s3://${folder.manifest.bucket}/${prefix}/ ...`);
      const r = await publishRegion(folder, {
        mode,
        endpoint,
        profile,
        onFile: (path, uploaded) => uploaded && say(`      uploaded ${path}`),
      });
      total += r.uploaded.length;
      say(
        `  ${tag}: ${r.created ? 'bucket created (encrypted, versioned); ' : ''}${r.uploaded.length} uploaded (${(r.bytes / 1024).toFixed(0)} KB), ${r.skipped} already there; ${mode === 'public' ? `public read on ${prefix}/*` : 'private'}`,
      );
      say(`      ${r.mainTemplateUrl}`);
    }
    say(
      `published ${folders.length} region(s), ${total} file(s) uploaded. Launch Stack buttons: ${join(from, 'launch.html')} (table: ${join(from, 'launch.md')})`,
    );
    return 0;
  },
});
