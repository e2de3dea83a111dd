// `mysfits package`: every template with its local references rewritten to the artifact bucket
// of the region it is launched in (region-free: the same bytes in every region folder), the
// assets they point at, and a manifest per region, for both compute modes.
// Layout of a region folder, which is also the layout under s3://<bucketPrefix>-<region>/<appName>/:
//   main.yml                      the Launch Stack template of fargate mode (a stable name: the
//   main-lambda.yml               buttons link them) and of lambda mode
//   templates/<name>.<sha256>.yml the nested templates, named by the hash of their content (the
//                                 two modes share every one whose content is the same)
//   assets/<sha256>.zip           functions, the service's image build context, the site
//   manifest.json                 every file above with its size and sha256 (published last)
// Everything but main.yml and manifest.json is content-addressed, so publishing a new version
// never changes what an already published main.yml points at, and an unchanged file is never
// uploaded twice or seen as a change by CloudFormation.
import { ROOT_FILES, ROOT_TEMPLATE } from '../builders/roots.js';

export { ROOT_FILES };
import type { Config } from '../config/load.js';
import { toYaml } from '../core/emit.js';
import { Intrinsic, sub } from '../core/intrinsics.js';
import type { Entry, Template } from '../core/template.js';
import { APP_ASSETS, assetSource } from '../builders/common.js';
import { jsonText } from '../json.js';
import { sha256, type Asset } from './assets.js';
import { launchStackUrl } from './launch.js';
import { objectUrl, type RegionInfo } from '../config/regions.js';
import type { Compute } from '../config/api.js';
import { flatten } from '../builders/flat.js';

export const MANIFEST = 'manifest.json';

export type { Compute } from '../config/api.js';

/** Files whose name does not change with their content: re-read on every launch. */
export const STABLE_FILES: readonly string[] = [...Object.values(ROOT_FILES), MANIFEST];

/** The bucket of a region: `<bucketPrefix>-<region>`. */
export const artifactBucket = (bucketPrefix: string, region: string): string => `${bucketPrefix}-${region}`;

/** The folder of the app's objects inside the bucket (what the public-read policy covers). */
export const artifactPrefix = (config: Config): string => config.appName;

export interface PackagedFile {
  /** Path inside the region folder, and after the prefix in the bucket. */
  readonly path: string;
  readonly content: Uint8Array;
  readonly sha256: string;
}

/** One compute mode of a packaged region: its root template and Launch Stack link. */
export interface PackagedVariant {
  readonly compute: Compute;
  readonly root: string;
  readonly templateUrl: string;
  readonly launchUrl: string;
}

export interface Manifest {
  readonly mysfits: string;
  readonly region: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly stackName: string;
  /** The config's own mode (what `mysfits deploy` deploys). */
  readonly compute: Compute;
  readonly mainTemplateUrl: string;
  readonly launchUrl: string;
  readonly variants: readonly PackagedVariant[];
  readonly files: readonly { path: string; size: number; sha256: string }[];
}

export interface RegionPackage {
  readonly region: RegionInfo;
  readonly bucket: string;
  readonly prefix: string;
  /** The config's own mode. */
  readonly mainTemplateUrl: string;
  readonly launchUrl: string;
  readonly variants: readonly PackagedVariant[];
  /** Every file, manifest.json last. */
  readonly files: readonly PackagedFile[];
  readonly manifest: Manifest;
}

export interface PackageInput {
  readonly config: Config;
  readonly bucketPrefix: string;
  readonly stackName: string;
  readonly version: string;
  readonly assets: readonly Asset[];
}

/** A packaged file; `hash` when the caller has already hashed `content`. */
const file = (path: string, content: Uint8Array | string, hash?: string): PackagedFile => {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { path, content: bytes, sha256: hash ?? sha256(bytes) };
};

/** Rewrites every asset path in a value (intrinsics included) with `replace`. */
function mapStrings(value: unknown, replace: (s: string) => unknown): unknown {
  if (typeof value === 'string') return replace(value);
  if (value instanceof Intrinsic) return new Intrinsic(value.fn, mapStrings(value.arg, replace));
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)]));
  }
  return value;
}

/** Strings left that only make sense next to the sources: relative paths. */
export function localReferences(value: unknown, where: string, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.startsWith('../') || value.startsWith('./')) found.push(`${where}: ${value}`);
  } else if (value instanceof Intrinsic) localReferences(value.arg, where, found);
  else if (Array.isArray(value)) value.forEach((v, i) => localReferences(v, `${where}[${i}]`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) localReferences(v, `${where}.${k}`, found);
  }
  return found;
}

/** A copy of a template with other resources and header (the builders' output is left alone). */
function withChanges(t: Template, resources: Entry<Record<string, unknown>>[], header: readonly string[]): Template {
  const copy = Object.create(Object.getPrototypeOf(t) as object) as Template;
  Object.assign(copy, t, { resources, header });
  return copy;
}

/** The nested-stack resources' lint suppression for the source form's relative TemplateURL. */
function withoutPackageSuppression(value: Record<string, unknown>): Record<string, unknown> {
  const metadata = value.Metadata as { 'cfn-lint'?: { config?: { ignore_checks?: string[] } } } | undefined;
  const ignored = metadata?.['cfn-lint']?.config?.ignore_checks;
  if (!ignored?.includes('W3002')) return value;
  const rest = { ...value };
  const remaining = ignored.filter((c) => c !== 'W3002');
  const others = Object.fromEntries(Object.entries(metadata!).filter(([k]) => k !== 'cfn-lint'));
  const next = remaining.length > 0 ? { ...others, 'cfn-lint': { config: { ignore_checks: remaining } } } : others;
  if (Object.keys(next).length > 0) rest.Metadata = next;
  else delete rest.Metadata;
  return rest;
}

/** The templates of one compute mode, by file name (buildTemplates). */
export interface TemplateSet {
  readonly compute: Compute;
  readonly templates: Map<string, Template>;
}

/**
 * The templates of every mode, region-free: the same bytes serve every region, as one StackSet
 * template must. Each asset and nested template is located through the stack's own region
 * (`<bucketPrefix>-${AWS::Region}`, the `${AWS::URLSuffix}` of its partition): Lambda reads code
 * only from a bucket of its region, and each region's bucket holds the same content-addressed copy.
 */
export interface PackagedTemplates {
  /** Nested templates (content-addressed) and root templates, no asset. */
  readonly files: readonly PackagedFile[];
  /** The root file of each mode packaged. */
  readonly roots: ReadonlyMap<Compute, string>;
  /** The flat form of the config's own mode (asked for, and that mode among the sets). */
  readonly flat?: PackagedFile & { readonly resources: number };
}

/** The bucket of whichever region a template is launched in. */
export const regionalBucket = (bucketPrefix: string): Intrinsic => sub(artifactBucket(bucketPrefix, '${AWS::Region}'));

/** The HTTPS URL of an object of the launching region's bucket (how CloudFormation reads a TemplateURL). */
const regionalUrl = (bucketPrefix: string, key: string): Intrinsic =>
  sub(objectUrl(REGION_FREE, artifactBucket(bucketPrefix, '${AWS::Region}'), key));

/** Stands for "the region the stack is launched in" where a URL is built. */
const REGION_FREE = { code: '${AWS::Region}', dnsSuffix: '${AWS::URLSuffix}' } as RegionInfo;

/** The flat form's file, at the top of the output folder (`package --flat`). */
export const FLAT_TEMPLATE = 'flat.yml';

/**
 * CloudFormation's quotas a single template must stay under (User Guide, "CloudFormation quotas"):
 * 500 resources, and 1 MB of template body read from S3 (51,200 bytes sent inline: see
 * aws/template-bucket.ts). The nested form spreads the app over several templates; the flat one
 * must fit in one.
 */
export function packageTemplates(
  input: PackageInput,
  sets: readonly TemplateSet[],
  { flat = false }: { flat?: boolean } = {},
): PackagedTemplates {
  const prefix = artifactPrefix(input.config);
  const key = (path: string): string => `${prefix}/${path}`;
  const bucket = regionalBucket(input.bucketPrefix);
  const bySource = new Map<string, unknown>(
    input.assets.map((a) => [
      a.source,
      sub(`s3://${artifactBucket(input.bucketPrefix, '${AWS::Region}')}/${key(a.key)}`),
    ]),
  );
  const codeBySource = new Map<string, unknown>(
    input.assets.map((a) => [a.source, { Bucket: bucket, Key: key(a.key) }]),
  );
  // An app asset that could not be built (no service/ or no built site) is passed as empty:
  // the templates then skip what needs it (see service.yml and site-content.yml).
  for (const name of APP_ASSETS) if (!bySource.has(assetSource(name))) bySource.set(assetSource(name), '');

  /** A resource with its asset paths rewritten to the launching region's bucket. */
  const withAssets = (value: Record<string, unknown>): Record<string, unknown> => {
    // A function's code: the object form of CodeUri, whose Bucket may be computed.
    const props = value.Properties as Record<string, unknown> | undefined;
    const code = typeof props?.CodeUri === 'string' ? codeBySource.get(props.CodeUri) : undefined;
    if (code) value = { ...value, Properties: { ...props, CodeUri: code } };
    return mapStrings(value, (s) => (bySource.has(s) ? bySource.get(s) : s)) as Record<string, unknown>;
  };

  const files = new Map<string, PackagedFile>();
  const roots = new Map<Compute, string>();
  const header = (name: string, t: Template): string[] => [
    `${name} packaged by \`mysfits package\` ${input.version}, for any region: nested templates and assets`,
    `are read from s3://${artifactBucket(input.bucketPrefix, '<region>')}/${prefix}/ (the region the stack is launched in),`,
    'each named by the sha256 of its content.',
    '',
    ...t.header,
  ];
  for (const { compute, templates } of sets) {
    const templateUrls = new Map<string, Intrinsic>();
    const rewrite = (name: string, t: Template): string => {
      const resources = t.resources.map((r) => {
        let value = withAssets(r.value);
        if (value.Type === 'AWS::CloudFormation::Stack') {
          const nested = value.Properties as Record<string, unknown>;
          const child = typeof nested.TemplateURL === 'string' ? templateUrls.get(nested.TemplateURL) : undefined;
          if (!child)
            throw new Error(`${name}: ${r.id} nests ${String(nested.TemplateURL)}, which is not a packaged template`);
          value = withoutPackageSuppression({ ...value, Properties: { ...nested, TemplateURL: child } });
        }
        return { ...r, value };
      });
      const left = resources.flatMap((r) => localReferences(r.value, `${name} ${r.id}`));
      if (left.length > 0) throw new Error(`packaged ${name} still has local references:\n  ${left.join('\n  ')}`);
      return toYaml(withChanges(t, resources, header(name, t)));
    };
    for (const [name, t] of [...templates].filter(([n]) => n !== ROOT_TEMPLATE)) {
      const text = rewrite(name, t);
      const hash = sha256(text);
      const path = `templates/${name.replace(/\.ya?ml$/, '')}.${hash}.yml`;
      templateUrls.set(name, regionalUrl(input.bucketPrefix, key(path)));
      files.set(path, file(path, text, hash));
    }
    const root = templates.get(ROOT_TEMPLATE);
    if (!root) throw new Error(`no ${ROOT_TEMPLATE} to package (${compute})`);
    const rootFile = ROOT_FILES[compute];
    files.set(rootFile, file(rootFile, rewrite(ROOT_TEMPLATE, root)));
    roots.set(compute, rootFile);
  }
  const own = sets.find((s) => s.compute === input.config.service.compute);
  if (!flat || !own) return { files: [...files.values()], roots };
  // The flat form of the config's own mode: the same asset locations, one template.
  const located = new Map(
    [...own.templates].map(([name, t]) => [
      name,
      withChanges(
        t,
        t.resources.map((r) => ({ ...r, value: withAssets(r.value) })),
        t.header,
      ),
    ]),
  );
  const { template } = flatten(located, [
    `packaged by \`mysfits package\` ${input.version} (${own.compute} mode), for any region: assets are read from`,
    `s3://${artifactBucket(input.bucketPrefix, '<region>')}/${prefix}/ (the region the stack is launched in).`,
  ]);
  const text = toYaml(template);
  const left = template.resources.flatMap((r) => localReferences(r.value, `${FLAT_TEMPLATE} ${r.id}`));
  if (left.length > 0) throw new Error(`${FLAT_TEMPLATE} still has local references:\n  ${left.join('\n  ')}`);
  return {
    files: [...files.values()],
    roots,
    flat: { ...file(FLAT_TEMPLATE, text), resources: template.resources.length },
  };
}

/** Everything of one region, in memory: the region-free templates, the assets, and its manifest. */
export function packageRegion(input: PackageInput, packaged: PackagedTemplates, region: RegionInfo): RegionPackage {
  const bucket = artifactBucket(input.bucketPrefix, region.code);
  const prefix = artifactPrefix(input.config);
  const url = (path: string): string => objectUrl(region, bucket, `${prefix}/${path}`);

  // Two assets with the same content are one file; so are two modes' identical templates.
  const files = new Map<string, PackagedFile>(
    input.assets.map((a) => [a.key, { path: a.key, content: a.zip, sha256: a.sha256 }]),
  );
  for (const f of packaged.files) files.set(f.path, f);
  const variants = [...packaged.roots].map(([compute, root]): PackagedVariant => {
    const templateUrl = url(root);
    return { compute, root, templateUrl, launchUrl: launchStackUrl(region, input.stackName, templateUrl) };
  });

  const own = variants.find((v) => v.compute === input.config.service.compute) ?? variants[0];
  const manifest: Manifest = {
    mysfits: input.version,
    region: region.code,
    bucket,
    prefix,
    stackName: input.stackName,
    compute: own.compute,
    mainTemplateUrl: own.templateUrl,
    launchUrl: own.launchUrl,
    variants,
    files: [...files.values()]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({ path: f.path, size: f.content.byteLength, sha256: f.sha256 })),
  };
  // Root templates after everything they point at, the manifest last.
  const ordered = [...files.values()].sort((a, b) => rank(a.path) - rank(b.path));
  ordered.push(file(MANIFEST, jsonText(manifest)));
  return {
    region,
    bucket,
    prefix,
    mainTemplateUrl: own.templateUrl,
    launchUrl: own.launchUrl,
    variants,
    files: ordered,
    manifest,
  };
}

const rank = (path: string): number => (STABLE_FILES.includes(path) ? 1 : 0);
