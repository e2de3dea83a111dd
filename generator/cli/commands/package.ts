// mysfits package: per-region packaged templates and assets, and the Launch Stack page
// (generator/package/run.ts does the work).
import { SITE_BUILD_DIR } from '../../package/assets.js';
import { runPackage } from '../../package/run.js';
import { defineCommand } from '../command.js';

export const PACKAGE_FLAGS = {
  regions: {
    type: 'string',
    multiple: true,
    value: 'R1,R2',
    description: "Regions (comma-separated or repeated; any AWS region). Default: the config's regions.",
  },
  'all-regions': { type: 'boolean', description: "Every region of the config's regions list (the default)." },
  'bucket-prefix': {
    type: 'string',
    value: 'PREFIX',
    description: 'Artifact buckets are PREFIX-<region> (default: artifacts.bucketPrefix of the config).',
  },
} as const;

export const packageCommand = defineCommand({
  name: 'package',
  description: [
    "For each region, writes OUT/<region>/ with every template rewritten to that region's artifact",
    'bucket (<bucketPrefix>-<region>, objects under <appName>/): nested TemplateURLs become HTTPS',
    "URLs of the packaged templates, Lambda code and the app's payloads become S3 locations of",
    'content-addressed zips (assets/<sha256>.zip: the functions bundled by esbuild, the service',
    "image's build context, the built site). manifest.json lists every file with size and sha256.",
    'Output is deterministic: the same sources give byte-identical folders, so an unchanged asset',
    'never updates a stack. Assets are built once per run (and cached in OUT/.cache by the content',
    'of their sources), whatever the number of regions. Both compute modes are packaged: main.yml',
    '(fargate) and main-lambda.yml (lambda), sharing every nested template they have in common.',
    'OUT/launch.html and OUT/launch.md hold two Launch Stack buttons per region, one per mode, each',
    'with its estimated monthly cost and what it creates and needs. Nothing is uploaded: see',
    '`mysfits publish`.',
  ].join('\n'),
  options: {
    config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file (JSON).' },
    ...PACKAGE_FLAGS,
    out: { type: 'string', short: 'o', value: 'DIR', description: 'Output folder.', default: 'out' },
    'stack-name': {
      type: 'string',
      value: 'NAME',
      description: 'Stack name the Launch Stack links suggest (default: appName of the config).',
    },
    'site-dir': {
      type: 'string',
      value: 'DIR',
      description: `The site's build output to package (a folder with index.html). Default: ${SITE_BUILD_DIR} if built.`,
    },
    flat: {
      type: 'boolean',
      description:
        "Also write OUT/flat.yml: the config's own mode as one template with no Transform and no nested stack (for `stackset deploy --ous`), with its resource count and size against CloudFormation's quotas.",
    },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing on success.' },
  },
  examples: [
    'mysfits package --all-regions',
    'mysfits package --regions eu-west-1,us-east-1 --bucket-prefix acme-mysfits --out build/',
    'mysfits package --flat --regions eu-west-1',
  ],
  async run(options) {
    const log = options.quiet ? () => undefined : (line: string) => process.stdout.write(line + '\n');
    await runPackage(
      {
        config: options.config,
        regions: options.regions,
        allRegions: options['all-regions'],
        bucketPrefix: options['bucket-prefix'],
        stackName: options['stack-name'],
        out: options.out,
        siteDir: options['site-dir'],
        flat: options.flat,
      },
      log,
    );
    return 0;
  },
});
