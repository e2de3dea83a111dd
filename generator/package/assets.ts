// The assets a packaged template points at, each a deterministic zip named by its sha256:
//  - one per Lambda function (functions/<name>/index.ts bundled by esbuild into index.js, and
//    any part it loads when first needed into a file of its own beside it);
//  - the service image's build context (the service bundled into server.mjs, plus the runtime
//    stage of service/Dockerfile), which CodeBuild turns into an image in the user's account;
//  - the built site (whatever its build output folder holds), copied into the site bucket.
// They are built once per run, whatever the number of regions, and cached between runs by the
// content of the files that went into them (esbuild reports them), so an unchanged source is not
// rebuilt and always gives the same zip.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { makeFolder, writeFileNamed } from '../fs/atomic.js';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { assetSource, FUNCTION_ASSETS, type AssetName, type FunctionAsset } from '../builders/common.js';
import { deterministicZip, type ZipEntry } from './zip.js';
import { FUNCTION_NODE_MAJOR } from '../builders/lambda.js';
import { jsonText } from '../json.js';
import NODE_BUNDLE_SETTINGS from '../../scripts/lib/node-bundle.json' with { type: 'json' };

/** The settings every Node bundle shares, and the esbuild plugins each takes (all read by scripts/bundle-service.mjs too). */
const NODE_BUNDLE_FILE = 'scripts/lib/node-bundle.json';
/** Each plugin: its export -> the file that exports it. */
const BUNDLE_PLUGINS = {
  mimeDbSubset: 'scripts/lib/mime-db-subset.mjs',
  eagerImports: 'scripts/lib/eager-imports.mjs',
} as const;

export type AssetKind = 'function' | 'service' | 'site';

export interface Asset {
  readonly name: AssetName;
  readonly kind: AssetKind;
  /** The path the source templates name it by (`../functions/seed-table/`), rewritten by package. */
  readonly source: string;
  readonly zip: Uint8Array;
  readonly sha256: string;
  /** Path of the zip in a region folder and under the published prefix. */
  readonly key: string;
  readonly entries: number;
  /** How it was obtained, for progress output: "built in 120 ms", "cached", ... */
  readonly how: string;
}

export interface AssetOptions {
  /** The repository (sources, package-lock.json). */
  readonly root: string;
  /** Cache folder (inside the output folder); none: always build. */
  readonly cacheDir?: string;
  /** A built site to package instead of building site/. */
  readonly siteDir?: string;
  readonly log?: (line: string) => void;
  /** Only these assets (a template that names a few); unset: every one, as package needs. */
  readonly only?: ReadonlySet<AssetName>;
}

/** Where `npm run build` puts the site; packaged as it is when built. */
export const SITE_BUILD_DIR = join('dist', 'site');

/** The built site under `root`, if there is one (package and deploy --template use it). */
export function builtSiteDir(root: string): string | undefined {
  const built = join(root, SITE_BUILD_DIR);
  return existsSync(join(built, 'index.html')) ? built : undefined;
}

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** What every asset key looks like: `assets/<sha256>.zip`. */
export const assetKey = (hash: string): string => `assets/${hash}.zip`;

/**
 * Where `npm pack` leaves the assets built from this checkout's sources (scripts/prebuild-assets.mjs):
 * an installed package has no sources to build from (and no esbuild, a dev dependency), so it
 * packages these, the zips the sources it was packed from make.
 */
export const PREBUILT_DIR = join('dist', 'assets');

/** The prebuilt zip of asset `id` (`function-<name>`, `service-image`) under `root`, if there is one. */
function prebuilt(root: string, id: string): Built | undefined {
  const file = join(root, PREBUILT_DIR, `${id}.zip`);
  if (!existsSync(file)) return undefined;
  const zip = readFileSync(file);
  const manifest = JSON.parse(readFileSync(join(root, PREBUILT_DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    { entries: number }
  >;
  return { zip, entries: manifest[id]?.entries ?? 0, how: 'prebuilt (from the installed package)' };
}

/** The asset ids npm pack prebuilds: every function and the service image. */
export const PREBUILT_IDS = [...FUNCTION_ASSETS.map((name) => `function-${name}`), 'service-image'] as const;

/** Builds every prebuilt asset from the sources under `root` (for scripts/prebuild-assets.mjs). */
export async function prebuildAssets(root: string): Promise<{ id: string; zip: Uint8Array; entries: number }[]> {
  const options: AssetOptions = { root };
  const built = await Promise.all([
    ...FUNCTION_ASSETS.map(async (name) => ({ id: `function-${name}`, ...(await functionAsset(options, name)) })),
    (async () => ({ id: 'service-image', ...(await serviceAsset(options)) }))(),
  ]);
  return built.map(({ id, zip, entries }) => ({ id, zip, entries }));
}

/**
 * Bumped when the way assets are built changes in a way `settings` (below) does not show, so
 * cached ones are not reused.
 */
const BUILD_FORMAT = 5;

interface CacheEntry {
  readonly format: number;
  /**
   * How the asset was built (the bundler's settings and plugins): a zip built otherwise is not
   * reused even if no input file changed (a new plugin is a file the older entry never recorded).
   */
  readonly settings?: string;
  /** Input file (relative to the root) -> sha256, as the build that made the zip read them. */
  readonly inputs: Record<string, string>;
  readonly sha256: string;
  readonly entries: number;
}

/** An asset's zip and how it was had; `sha256` of the zip when already computed. */
export interface Built {
  readonly zip: Uint8Array;
  readonly entries: number;
  readonly how: string;
  readonly sha256?: string;
}

/** Builds, or reuses from the cache when every input file is unchanged. */
async function cached(
  options: AssetOptions,
  id: string,
  settings: string,
  build: () => Promise<{ entries: ZipEntry[]; inputs: string[] }>,
): Promise<Built> {
  const index = options.cacheDir ? join(options.cacheDir, `${id}.json`) : undefined;
  if (index && existsSync(index)) {
    try {
      const entry = JSON.parse(readFileSync(index, 'utf8')) as CacheEntry;
      const zipFile = join(options.cacheDir!, `${entry.sha256}.zip`);
      const unchanged =
        entry.format === BUILD_FORMAT &&
        entry.settings === settings &&
        existsSync(zipFile) &&
        Object.entries(entry.inputs).every(([file, hash]) => {
          const path = join(options.root, file);
          return existsSync(path) && sha256(readFileSync(path)) === hash;
        });
      if (unchanged) {
        const zip = readFileSync(zipFile);
        if (sha256(zip) === entry.sha256) {
          return { zip, entries: entry.entries, how: 'unchanged sources, cached', sha256: entry.sha256 };
        }
      }
    } catch {
      // An unreadable cache entry is rebuilt.
    }
  }
  const started = performance.now();
  const { entries, inputs } = await build();
  const zip = deterministicZip(entries);
  const how = `built in ${Math.round(performance.now() - started)} ms`;
  const hash = sha256(zip);
  if (index) {
    makeFolder(options.cacheDir!);
    writeFileNamed(join(options.cacheDir!, `${hash}.zip`), zip);
    const record: CacheEntry = {
      format: BUILD_FORMAT,
      settings,
      inputs: Object.fromEntries(
        [...new Set(inputs)].sort().map((f) => [f, sha256(readFileSync(join(options.root, f)))]),
      ),
      sha256: hash,
      entries: entries.length,
    };
    writeFileNamed(index, jsonText(record));
  }
  return { zip, entries: entries.length, how, sha256: hash };
}

type Esbuild = typeof import('esbuild');
let esbuildModule: Esbuild | undefined;
async function esbuild(): Promise<Esbuild> {
  try {
    return (esbuildModule ??= await import('esbuild'));
  } catch (err) {
    throw new Error(
      `package needs esbuild (a devDependency of the mysfits repository; run \`npm ci\`): ${(err as Error).message}`,
      { cause: err },
    );
  }
}

interface BundleSettings {
  format: 'cjs' | 'esm';
  outfile: string;
  target: string;
  minify: boolean;
  banner?: string;
  mainFields?: readonly string[];
  alias?: Readonly<Record<string, string>>;
  supported?: Readonly<Record<string, boolean>>;
  /** Non-ASCII characters (left only in comments) as `?`, as scripts/bundle-service.mjs writes them. */
  asciiOnly?: boolean;
  /** Each of the project's own files loaded by an import() as a file of its own (lazyParts). */
  lazyParts?: boolean;
}

/** A file a bundle loads when first needed, beside its main file: its name and content. */
export interface BundlePart {
  readonly path: string;
  readonly content: Uint8Array;
}

/**
 * A function bundle's lazily loaded parts. esbuild splits code into files only for ES modules;
 * a function's bundle is CommonJS (as Lambda loads index.js), where an import() of a bundled file
 * becomes a deferred initialisation inside the one file: still parsed by every cold start, and
 * with every module it reaches wrapped (scripts/lib/eager-imports.mjs). So each import() of one of
 * the project's own files (not a package's: those stay as the package wrote them) is left to
 * Node, as `require("./<its name>.js")` once the import() is lowered, and that file is bundled on
 * its own, with the same settings, as <its name>.js beside index.js: parsed and run when the
 * import() first runs. It carries its own copy of whatever it imports (the SDK's core, for the
 * Cognito client: auth/user-pool.ts). Two parts with one name fail the build.
 */
function lazyPartsPlugin(root: string, parts: Map<string, string>): import('esbuild').Plugin {
  return {
    name: 'lazy-parts',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.importer.includes(`${sep}node_modules${sep}`)) return undefined;
        const found = await build.resolve(args.path, {
          kind: 'import-statement',
          importer: args.importer,
          resolveDir: args.resolveDir,
        });
        if (found.errors.length > 0) return { errors: found.errors };
        const entry = relative(root, found.path).split(sep).join('/');
        const name = `${entry.slice(entry.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]s$/, '')}.js`;
        const claimed = parts.get(name);
        if (claimed !== undefined && claimed !== entry) {
          return { errors: [{ text: `lazy parts ${claimed} and ${entry} would both be ${name}: rename one` }] };
        }
        parts.set(name, entry);
        return { path: `./${name}`, external: true };
      });
    },
  };
}

/** What the asset cache compares besides the input files: the entry, the settings, the plugins. */
function bundleSettings(entry: string, settings: BundleSettings): string {
  return JSON.stringify({ entry, ...settings, plugins: BUNDLE_PLUGINS });
}

/** esbuild with settings that make its output a pure function of its inputs. */
async function bundle(
  root: string,
  entry: string,
  settings: BundleSettings,
): Promise<{ code: Uint8Array; parts: BundlePart[]; inputs: string[]; files: string[] }> {
  const { build } = await esbuild();
  const plugins = await Promise.all(
    Object.entries(BUNDLE_PLUGINS).map(
      async ([name, file]) =>
        ((await import(pathToFileURL(join(root, file)).href)) as Record<string, import('esbuild').Plugin>)[name]!,
    ),
  );
  const lazy = new Map<string, string>();
  if (settings.lazyParts) plugins.unshift(lazyPartsPlugin(root, lazy));
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: settings.format,
    target: settings.target,
    outfile: settings.outfile,
    write: false,
    metafile: true,
    minify: settings.minify,
    keepNames: settings.minify,
    legalComments: 'none',
    logLevel: 'silent',
    plugins,
    ...(settings.banner ? { banner: { js: settings.banner } } : {}),
    ...(settings.mainFields ? { mainFields: [...settings.mainFields] } : {}),
    ...(settings.alias ? { alias: { ...settings.alias } } : {}),
    ...(settings.supported ? { supported: { ...settings.supported } } : {}),
  });
  const lockfile = existsSync(join(root, 'package-lock.json')) ? ['package-lock.json'] : [];
  // Each lazily loaded part, bundled on its own (its own parts, if any, beside it too).
  const parts: BundlePart[] = [];
  const partInputs: string[] = [];
  const partFiles: string[] = [];
  for (const [name, entry] of [...lazy].sort(([a], [b]) => a.localeCompare(b))) {
    const part = await bundle(root, entry, { ...settings, outfile: name });
    parts.push({ path: name, content: part.code }, ...part.parts);
    partInputs.push(...part.inputs);
    partFiles.push(...part.files);
  }
  return {
    code: settings.asciiOnly
      ? Buffer.from(result.outputFiles[0].text.replace(/[\u0080-\uffff]/g, '?'))
      : result.outputFiles[0].contents,
    parts,
    // Files under node_modules are covered by the lockfile: hashing them all would cost more than building.
    // The plugins and the settings shape the output as much as the sources do.
    inputs: [
      ...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')),
      ...lockfile,
      ...Object.values(BUNDLE_PLUGINS),
      NODE_BUNDLE_FILE,
      ...partInputs,
    ],
    files: [...Object.keys(result.metafile.inputs), ...partFiles],
  };
}

/**
 * How the service and every function are bundled beyond the defaults (scripts/lib/node-bundle.json,
 * which scripts/bundle-service.mjs reads too: the image's build stage has no compiler), each for
 * its start (a fresh instance parses and runs the whole bundle before its first answer;
 * bench:lambda measures it) and its memory (V8 keeps the bundle's source for the process's life):
 *  - `mainFields` module first: the ES module builds of the AWS SDK (dist-es) instead of its
 *    CommonJS ones (dist-cjs, one file per package that esbuild cannot tree-shake); the service's
 *    bundle is 0.56x the size (1.6 MB, not 2.9) and a started container holds 5.5 MB less;
 *  - `dynamic-import` off: `await import('node:http')` (the SDK's request handler, on the first
 *    call) becomes a require(). As a real import() Node builds node:http's ES module facade,
 *    which reads every export, lazy ones too, and so loads undici (fetch, WebSocket): tens of
 *    milliseconds of the first request, for nothing;
 *  - one copy of each package: Koa's dependencies pull older majors of mime-types, mime-db,
 *    http-errors and statuses (through accepts and http-assert), each a second table built at
 *    load; those callers use only what every major has (lookup, createError, the codes).
 * The SDK is bundled, not taken from the runtime: the runtime's SDK version is not pinned by the
 * templates (no RuntimeManagementConfig), so what runs would not be what was tested.
 */
export const NODE_BUNDLE = NODE_BUNDLE_SETTINGS as {
  readonly mainFields: readonly string[];
  readonly supported: Readonly<Record<string, boolean>>;
  readonly alias: Readonly<Record<string, string>>;
};

/**
 * What a function's bundle takes in place of a package, beyond NODE_BUNDLE's: the SDK's default
 * credential chain as it is inside Lambda, the environment's credentials only (why:
 * functions/shared/lambda-credentials.ts).
 */
export const LAMBDA_BUNDLE_ALIAS = {
  '@aws-sdk/credential-provider-node': './functions/shared/lambda-credentials.ts',
} as const;

/** A function's index.js, with every file that went into it (`files`, node_modules included). */
export function functionBundle(root: string, name: FunctionAsset) {
  return bundleAsFunction(root, functionEntry(name));
}

/** Any entry (a file under `root`) bundled as a function's index.js is: bench:lambda's floor. */
export function bundleAsFunction(root: string, entry: string) {
  return bundle(root, entry, FUNCTION_BUNDLE);
}

const functionEntry = (name: FunctionAsset): string => `functions/${name}/index.ts`;

/** A function's esbuild settings. */
const FUNCTION_BUNDLE: BundleSettings = {
  format: 'cjs',
  outfile: 'index.js',
  // The runtime every function is declared with (generator/builders/lambda.ts).
  target: `node${FUNCTION_NODE_MAJOR}`,
  minify: true,
  ...NODE_BUNDLE,
  alias: { ...NODE_BUNDLE.alias, ...LAMBDA_BUNDLE_ALIAS },
  lazyParts: true,
};

/**
 * A Lambda function: functions/<name>/index.ts and everything it imports, in index.js, and each
 * part it loads when first needed (lazyPartsPlugin) beside it.
 */
export async function functionAsset(options: AssetOptions, name: FunctionAsset): Promise<Built> {
  const id = `function-${name}`;
  if (!existsSync(join(options.root, functionEntry(name)))) {
    const found = prebuilt(options.root, id);
    if (found) return found;
  }
  return cached(options, id, bundleSettings(functionEntry(name), FUNCTION_BUNDLE), async () => {
    const { code, parts, inputs } = await functionBundle(options.root, name);
    return { entries: [{ path: 'index.js', content: code }, ...parts], inputs };
  });
}

/** The service's esbuild settings, the same as scripts/bundle-service.mjs (a test holds them equal). */
export const SERVICE_BUNDLE = {
  entry: 'service/src/main.ts',
  format: 'esm',
  target: 'node24',
  outfile: 'server.mjs',
  minify: false,
  ...NODE_BUNDLE,
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  // A non-ASCII character makes V8 keep the whole source as a two-byte string (twice the memory).
  asciiOnly: true,
} as const;

export const SERVICE_DOCKERFILE = 'service/Dockerfile';

/**
 * The runtime stage of service/Dockerfile, fed with the bundle package built: the Dockerfile's
 * global ARGs and its last stage, whose `COPY --from=<build stage> .../server.mjs` becomes a COPY
 * of the server.mjs beside it. Deriving it (rather than keeping a second Dockerfile) means the
 * image CodeBuild makes is the one `docker build -f service/Dockerfile .` makes.
 */
export function runtimeDockerfile(dockerfile: string): string {
  const lines = dockerfile.split('\n');
  const froms = lines.flatMap((l, i) => (/^\s*FROM\s/i.test(l) ? [i] : []));
  if (froms.length === 0) throw new Error(`${SERVICE_DOCKERFILE}: no FROM line`);
  // The global ARGs only. A `# syntax=` directive is dropped: BuildKit would pull that frontend
  // from Docker Hub anonymously, from CodeBuild's shared addresses (rate-limited).
  const preamble = lines.slice(0, froms[0]).filter((l) => /^\s*ARG\s/i.test(l));
  let copies = 0;
  const stage = lines.slice(froms[froms.length - 1]).map((line) => {
    const m = /^(\s*COPY\s+)((?:--\S+\s+)*)--from=\S+\s+((?:--\S+\s+)*)\S*server\.mjs(\s+\S+\s*)$/i.exec(line);
    if (m) {
      copies++;
      return `${m[1]}${m[2]}${m[3]}server.mjs${m[4]}`;
    }
    if (/^\s*COPY\s.*--from=/i.test(line)) {
      throw new Error(
        `${SERVICE_DOCKERFILE}: the runtime stage copies something other than server.mjs: ${line.trim()}`,
      );
    }
    return line;
  });
  if (copies !== 1)
    throw new Error(`${SERVICE_DOCKERFILE}: the runtime stage must copy server.mjs from the build stage`);
  return [
    '# The runtime stage of service/Dockerfile, written by `mysfits package`: server.mjs beside this',
    '# file is the service bundle package built (the same bundle as the Dockerfile build stage).',
    ...preamble,
    '',
    ...stage,
  ].join('\n');
}

/** The service image's build context: Dockerfile + server.mjs. */
async function serviceAsset(options: AssetOptions) {
  return cached(options, 'service-image', bundleSettings(SERVICE_BUNDLE.entry, SERVICE_BUNDLE), async () => {
    const { code, inputs } = await bundle(options.root, SERVICE_BUNDLE.entry, SERVICE_BUNDLE);
    const dockerfile = runtimeDockerfile(readFileSync(join(options.root, SERVICE_DOCKERFILE), 'utf8'));
    return {
      entries: [
        { path: 'Dockerfile', content: dockerfile },
        { path: 'server.mjs', content: code },
      ],
      inputs: [...inputs, SERVICE_DOCKERFILE],
    };
  });
}

/** Every file under a folder, relative `/`-separated paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The built site: every file of its build output folder, as it is. */
function siteAsset(siteDir: string) {
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
    throw new Error(`site folder ${siteDir} does not exist`);
  }
  const files = listFiles(siteDir);
  if (!files.includes('index.html')) throw new Error(`site folder ${siteDir} has no index.html`);
  const started = performance.now();
  const zip = deterministicZip(files.map((path) => ({ path, content: readFileSync(join(siteDir, path)) })));
  return { zip, entries: files.length, how: `zipped in ${Math.round(performance.now() - started)} ms` };
}

function asset(name: AssetName, kind: AssetKind, built: Built): Asset {
  const hash = built.sha256 ?? sha256(built.zip);
  const { zip, entries, how } = built;
  return { name, kind, source: assetSource(name), sha256: hash, key: assetKey(hash), zip, entries, how };
}

export interface AssetSet {
  readonly assets: readonly Asset[];
  /** What could not be packaged and why (shown as warnings). */
  readonly missing: readonly string[];
}

/** Builds every asset once. */
export async function buildAssets(options: AssetOptions): Promise<AssetSet> {
  const missing: string[] = [];
  const wanted = (name: AssetName): boolean => options.only === undefined || options.only.has(name);
  const functions = await Promise.all(
    FUNCTION_ASSETS.filter(wanted).map(async (name) => asset(name, 'function', await functionAsset(options, name))),
  );
  const assets: Asset[] = [...functions];
  if (wanted('service-image')) {
    const fromSources =
      existsSync(join(options.root, SERVICE_BUNDLE.entry)) && existsSync(join(options.root, SERVICE_DOCKERFILE));
    const packed = fromSources ? undefined : prebuilt(options.root, 'service-image');
    if (fromSources || packed) {
      assets.push(asset('service-image', 'service', packed ?? (await serviceAsset(options))));
    } else {
      missing.push(
        `service: no ${SERVICE_BUNDLE.entry} and ${SERVICE_DOCKERFILE} here, so no image is built in the cloud (the service runs no task until an ImageUri is given)`,
      );
    }
  }
  if (wanted('site')) {
    if (options.siteDir) {
      assets.push(asset('site', 'site', siteAsset(options.siteDir)));
    } else {
      missing.push(
        'site: no built site (`npm run build:site` writes dist/site; or pass --site-dir DIR), so the stack writes config.json alone into the site bucket',
      );
    }
  }
  return { assets, missing };
}
