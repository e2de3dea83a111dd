// What `deploy --template FILE` and `diff` send for a template that points at local files, as
// `sam deploy` and `aws cloudformation package` do: every asset path the builders write
// (`CodeUri: ../functions/seed-table/`, `../service/`, `../site/`) becomes the S3 URI of the same
// content-addressed zip `mysfits package` builds (same esbuild settings, same cache), uploaded
// once to the templates bucket; every relative nested `TemplateURL` is packaged the same way,
// uploaded, and replaced by its HTTPS URL. A template without local references is sent as it is.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isMap, isScalar, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { APP_ASSETS, assetSource, FUNCTION_ASSETS, type AssetName } from '../builders/common.js';
import { sha256, type Asset } from '../package/assets.js';
import { bucketObjectUrl, keepCode, TEMPLATE_TAGGING } from './template-bucket.js';

/** Every path the builders name an asset by. */
const NAME_OF: ReadonlyMap<string, AssetName> = new Map(
  [...FUNCTION_ASSETS, ...APP_ASSETS].map((n) => [assetSource(n), n] as const),
);
const SOURCES: ReadonlySet<string> = new Set(NAME_OF.keys());

const isRelativeTemplateUrl = (v: string): boolean => v !== '' && !/^(https?|s3):\/\//i.test(v);

interface LocalReference {
  readonly kind: 'asset' | 'template';
  readonly value: string;
  /** The YAML node holding it, rewritten in place. */
  readonly node: Scalar;
}

/** Every value of a template document that names a local file: an asset path, or a relative nested TemplateURL. */
function localNodes(doc: Document): LocalReference[] {
  const found: LocalReference[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const value = pair.value.value;
      if (SOURCES.has(value)) found.push({ kind: 'asset', value, node: pair.value });
      else if (key === 'TemplateURL' && isRelativeTemplateUrl(value))
        found.push({ kind: 'template', value, node: pair.value });
    },
  });
  return found;
}

const distinct = (refs: readonly LocalReference[], kind: LocalReference['kind']): string[] => [
  ...new Set(refs.filter((r) => r.kind === kind).map((r) => r.value)),
];

/** The local references of a template's text: asset paths, and relative nested TemplateURLs. */
export function localReferencesOf(text: string): { assets: string[]; templates: string[] } {
  const refs = localNodes(parseDocument(text));
  return { assets: distinct(refs, 'asset'), templates: distinct(refs, 'template') };
}

export interface LocalPackagingOptions {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly region: string;
  /** Key prefix in the bucket (the stack's name). */
  readonly prefix: string;
  /** Builds the named assets (buildAssets: the same zips and cache as `mysfits package`), once. */
  readonly assets: (names: ReadonlySet<AssetName>) => Promise<readonly Asset[]>;
  readonly info: (line: string) => void;
}

export interface LocalPackaging {
  /** The template to send: every local reference rewritten. */
  readonly text: string;
  /** What was uploaded (s3:// URIs) and what was already there. */
  readonly uploaded: readonly string[];
  readonly reused: readonly string[];
}

async function exists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (err) {
    const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return false;
    throw err;
  }
}

/** Rewrites `file`'s local references (recursively through nested templates) and uploads what they name. */
export async function packageTemplateFile(file: string, options: LocalPackagingOptions): Promise<LocalPackaging> {
  const uploaded: string[] = [];
  const reused: string[] = [];
  // Each asset built once, when the first template that names it is rewritten: only what the
  // tree names is built, not every asset package would build.
  const built = new Map<AssetName, Promise<Asset | undefined>>();
  const assetsFor = (sources: readonly string[]): Promise<(Asset | undefined)[]> => {
    const names = sources.map((source) => NAME_OF.get(source)!);
    const fresh = new Set(names.filter((n) => !built.has(n)));
    if (fresh.size > 0) {
      const batch = options.assets(fresh);
      for (const n of fresh)
        built.set(
          n,
          batch.then((assets) => assets.find((a) => a.name === n)),
        );
    }
    return Promise.all(names.map((n) => built.get(n)!));
  };
  // A template is tagged (it expires within days); code is not (kept a year from its last use).
  const put = async (key: string, body: Uint8Array | string, type: string, template: boolean): Promise<void> => {
    const uri = `s3://${options.bucket}/${key}`;
    if (await exists(options.s3, options.bucket, key)) {
      if (!template) await keepCode(options.s3, options.bucket, key, type);
      reused.push(uri);
    } else {
      await options.s3.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: key,
          Body: body,
          ContentType: type,
          ...(template ? { Tagging: TEMPLATE_TAGGING } : {}),
        }),
      );
      uploaded.push(uri);
    }
  };

  const rewrite = async (path: string, chain: readonly string[]): Promise<string> => {
    if (chain.includes(path)) throw new Error(`${path} nests itself (through ${chain.join(' -> ')})`);
    const text = readFileSync(path, 'utf8');
    const doc = parseDocument(text);
    const refs = localNodes(doc);
    if (refs.length === 0) return text;
    const replacement = new Map<string, string>();
    const assetRefs = distinct(refs, 'asset');
    if (assetRefs.length > 0) {
      const assets = await assetsFor(assetRefs);
      for (const [i, source] of assetRefs.entries()) {
        const asset = assets[i];
        // An app payload that could not be built (no service/ or no built site) is passed empty,
        // as package does: the templates then skip what needs it.
        if (!asset) {
          replacement.set(source, '');
          continue;
        }
        const key = `${options.prefix}/${asset.key}`;
        await put(key, asset.zip, 'application/zip', false);
        replacement.set(source, `s3://${options.bucket}/${key}`);
      }
    }
    for (const url of distinct(refs, 'template')) {
      const child = resolve(dirname(path), url);
      const body = await rewrite(child, [...chain, path]);
      const key = `${options.prefix}/templates/${basename(child).replace(/\.(ya?ml|json|template)$/, '')}.${sha256(body)}.yml`;
      await put(key, body, 'text/yaml', true);
      replacement.set(url, bucketObjectUrl(options.bucket, options.region, key));
    }
    for (const ref of refs) ref.node.value = replacement.get(ref.value)!;
    if (!isMap(doc.contents)) return text;
    return doc.toString({ lineWidth: 0 });
  };

  const text = await rewrite(resolve(file), []);
  return { text, uploaded, reused };
}

/** The asset cache `mysfits package` uses by default (out/.cache), so both build once. */
export const DEFAULT_ASSET_CACHE = join('out', '.cache');
