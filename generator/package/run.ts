// Packaging, as `mysfits package` and the whole-app `mysfits deploy` run it: every region's
// packaged templates and assets, and the Launch Stack pages, written as one change of the output
// folder. The CLI maps its flags to a PackageRequest; nothing here reads them.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, type Config } from '../config/load.js';
import { makeFolder, writeFilesAtomically } from '../fs/atomic.js';
import { buildAssets, builtSiteDir, listFiles } from './assets.js';
import { launchHtml, launchKeeps, launchMarkdown, type LaunchRow } from './launch.js';
import { modeSummary } from '../builders/modes.js';
import { estimateCost } from '../review/cost.js';
import { fromTemplates } from '../review/model.js';
import {
  FLAT_TEMPLATE,
  packageRegion,
  packageTemplates,
  type Compute,
  type PackagedTemplates,
  type RegionPackage,
  type TemplateSet,
} from './package.js';
import { checkRegionBound } from './region-bound.js';
import { deployedTypes, missingTypes } from './region-support.js';
import { buildTemplates } from '../render.js';
import { resolveRegions, type RegionInfo } from '../config/regions.js';
import { packageRoot, packageVersion } from '../paths.js';
import { UsageError } from '../errors.js';
import { appStackName, checkStackName } from '../core/stack-names.js';
import { modesOwnFirst, withCompute } from '../config/api.js';
import { TEMPLATE_BODY_LIMIT, TEMPLATE_QUOTAS } from '../core/cfn-quotas.js';

/** What to package: each field as the flag of the same meaning gives it; unset: the config's. */
export interface PackageRequest {
  /** The config file (unset: ./mysfits.config.json if present, else the defaults). */
  readonly config?: string;
  /** Region codes, each entry comma-separated or not (`--regions`). */
  readonly regions?: readonly string[];
  /** Every region of the config (`--all-regions`, the default); excludes `regions`. */
  readonly allRegions?: boolean;
  readonly bucketPrefix?: string;
  /** The stack name the Launch Stack links suggest. */
  readonly stackName?: string;
  /** The output folder (default out). */
  readonly out?: string;
  /** The site's build output (default: the repository's, if built). */
  readonly siteDir?: string;
  /** Also write OUT/flat.yml, the whole app as one template (`--flat`). */
  readonly flat?: boolean;
}

/** `--regions a,b` (repeatable), `--all-regions`, or the config's regions. */
export function selectRegions(request: Pick<PackageRequest, 'regions' | 'allRegions'>, config: Config): RegionInfo[] {
  const listed = (request.regions ?? []).flatMap((r) => r.split(',')).map((r) => r.trim());
  if (listed.length > 0 && request.allRegions) {
    throw new UsageError('--regions and --all-regions exclude each other');
  }
  if (listed.some((r) => r === '')) throw new UsageError('--regions: empty region code');
  if (listed.length > 0) return resolveRegions([...new Set(listed)], '--regions');
  return resolveRegions(config.regions, 'config regions');
}

/**
 * Per region, the modes whose templates it can launch, and the others with the types it lacks.
 * A region that cannot launch the config's own mode is refused (exit 2), every such region named.
 */
function offeredModes(regions: readonly RegionInfo[], sets: readonly TemplateSet[], own: Compute) {
  const typesOf = new Map(sets.map((s) => [s.compute, deployedTypes(s.templates.values())]));
  const out = new Map<string, { available: TemplateSet[]; notOffered: Map<Compute, string[]> }>();
  const refused: string[] = [];
  for (const region of regions) {
    const notOffered = new Map<Compute, string[]>();
    for (const s of sets) {
      const missing = missingTypes(region.code, typesOf.get(s.compute)!);
      if (missing.length > 0) notOffered.set(s.compute, missing);
    }
    const ownMissing = notOffered.get(own);
    if (ownMissing) {
      const other = sets.map((s) => s.compute).find((c) => c !== own && !notOffered.has(c));
      refused.push(
        `${region.code} (${region.name}) lacks ${ownMissing.join(', ')}, which service.compute ${own} needs${other ? `; package it with service.compute ${other}, which it supports` : ''}`,
      );
    }
    out.set(region.code, { available: sets.filter((s) => !notOffered.has(s.compute)), notOffered });
  }
  if (refused.length > 0) {
    throw new UsageError(
      `${refused.length === 1 ? 'a region' : 'regions'} where the app cannot launch (cfn-lint's region data):\n  ${refused.join('\n  ')}`,
    );
  }
  return out;
}

const BUCKET_PREFIX = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export function bucketPrefixOf(request: Pick<PackageRequest, 'bucketPrefix'>, config: Config): string {
  const given = request.bucketPrefix;
  if (given === undefined) return config.artifacts.bucketPrefix;
  if (!BUCKET_PREFIX.test(given) || given.includes('--')) {
    throw new UsageError(
      `--bucket-prefix "${given}" cannot start an S3 bucket name: 3-40 lower case letters, digits and single hyphens, no dots, starting and ending with a letter or digit`,
    );
  }
  return given;
}

export interface PackageRun {
  readonly packages: RegionPackage[];
  readonly out: string;
  /** OUT/flat.yml, with its resource count (`flat`). */
  readonly flat?: { path: string; content: Uint8Array; sha256: string; resources: number };
}

/** Removes the region's subfolders that stale files left empty. */
function pruneEmpty(dir: string): void {
  for (const sub of ['templates', 'assets']) {
    const d = join(dir, sub);
    if (existsSync(d) && statSync(d).isDirectory() && readdirSync(d).length === 0) rmSync(d, { recursive: true });
  }
}

export async function runPackage(
  request: PackageRequest,
  log: (line: string) => void,
  { hint = true }: { hint?: boolean } = {},
): Promise<PackageRun> {
  const { config, source } = loadConfig(request.config);
  const regions = selectRegions(request, config);
  checkRegionBound(config, regions);
  const bucketPrefix = bucketPrefixOf(request, config);
  const stackName = checkStackName(request.stackName ?? appStackName(config));
  const out = request.out ?? 'out';
  const given = request.siteDir;
  if (given !== undefined && !existsSync(join(given, 'index.html'))) {
    throw new UsageError(`--site-dir ${given}: no index.html there (pass the site's build output folder)`);
  }
  // The site's own build output (`npm run build:site`, part of `npm run build`) unless told otherwise.
  const siteDir = given ?? builtSiteDir(packageRoot());
  const version = packageVersion();
  const started = performance.now();
  log(`config: ${source}; ${regions.length} region(s); buckets ${bucketPrefix}-<region>`);

  // Both compute modes, for two Launch Stack buttons per region; the config's own mode first.
  const modes = modesOwnFirst(config);
  const sets = modes.map((compute) => ({ compute, templates: buildTemplates(withCompute(config, compute)) }));
  // Before anything is built: a region that lacks a type of the config's mode is refused.
  const offered = offeredModes(regions, sets, config.service.compute);
  // The output folder first (the writers' guard: generate and review make theirs the same way),
  // so a path that cannot be a folder fails at once, before any asset is built.
  makeFolder(join(out, '.cache'));
  log('assets (built once for every region):');
  const { assets, missing } = await buildAssets({
    root: packageRoot(),
    cacheDir: join(out, '.cache'),
    siteDir,
  });
  const nameWidth = Math.max(...assets.map((a) => a.name.length));
  for (const a of assets) {
    const kb = (a.zip.byteLength / 1024).toFixed(1);
    log(
      `  ${a.kind.padEnd(8)} ${a.name.padEnd(nameWidth)} ${kb.padStart(8)} KB  ${String(a.entries).padStart(3)} file(s)  ${a.sha256.slice(0, 12)}  ${a.how}`,
    );
  }
  for (const m of missing) log(`  warning: ${m}`);

  const input = { config, bucketPrefix, stackName, version, assets };
  const packages: RegionPackage[] = [];
  // Templates are region-free: rendered once per set of modes a region offers, not per region.
  const rendered = new Map<string, PackagedTemplates>();
  for (const region of regions) {
    const { notOffered } = offered.get(region.code)!;
    for (const [compute, missing] of notOffered) {
      log(`  ${region.code}: ${compute} mode not offered (the region lacks ${missing.join(', ')})`);
    }
    const available = offered.get(region.code)!.available;
    const which = available.map((s) => s.compute).join(',');
    if (!rendered.has(which)) rendered.set(which, packageTemplates(input, available, { flat: request.flat }));
    packages.push(packageRegion(input, rendered.get(which)!, region));
  }

  // Each button's estimated monthly cost in its region, from the templates of its mode.
  const priced = new Map(sets.map(({ compute, templates }) => [compute, fromTemplates(templates)]));
  const rows: LaunchRow[] = packages.map((p) => ({
    region: p.region,
    buttons: modes.map((compute) => {
      const v = p.variants.find((x) => x.compute === compute);
      const mode = modeSummary(config, compute);
      if (!v) return { mode, missing: offered.get(p.region.code)!.notOffered.get(compute)! };
      return {
        mode,
        root: v.root,
        templateUrl: v.templateUrl,
        launchUrl: v.launchUrl,
        monthly: estimateCost(priced.get(v.compute)!, p.region.code).total,
      };
    }),
  }));

  const flat = request.flat ? flatFile([...rendered.values()], config.service.compute) : undefined;

  // Every region and the Launch Stack pages as one change of the folder: a kill leaves the
  // previous package or this one, never new templates beside an old manifest or page.
  const files = packages.flatMap((p) =>
    p.files.map((f) => ({ name: `${p.region.code}/${f.path}`, content: f.content })),
  );
  const stale = packages.flatMap((p) => {
    const keep = new Set(p.files.map((f) => f.path));
    const dir = join(out, p.region.code);
    return existsSync(dir)
      ? listFiles(dir)
          .filter((f) => !keep.has(f))
          .map((f) => `${p.region.code}/${f}`)
      : [];
  });
  const status = writeFilesAtomically(
    out,
    [
      ...files,
      { name: 'launch.html', content: launchHtml(rows, stackName, version, launchKeeps(config)) },
      { name: 'launch.md', content: launchMarkdown(rows, stackName, launchKeeps(config)) },
      ...(flat ? [{ name: FLAT_TEMPLATE, content: flat.content }] : []),
    ],
    // A flat form left from an earlier `--flat` would not match this package.
    [...stale, ...(!flat && existsSync(join(out, FLAT_TEMPLATE)) ? [FLAT_TEMPLATE] : [])],
  );
  packages.forEach((pkg, i) => {
    const prefix = `${pkg.region.code}/`;
    const mine = [...status].filter(([name]) => name.startsWith(prefix)).map(([, s]) => s);
    const changed = mine.filter((s) => s === 'created' || s === 'updated').length;
    const removed = mine.filter((s) => s === 'removed').length;
    pruneEmpty(join(out, pkg.region.code));
    const bytes = pkg.files.reduce((n, f) => n + f.content.byteLength, 0);
    log(
      `  [${String(i + 1).padStart(2)}/${regions.length}] ${pkg.region.code.padEnd(15)} ${pkg.files.length} files, ${(bytes / 1024).toFixed(0)} KB, ` +
        `${changed} written${removed ? `, ${removed} stale removed` : ''}  -> s3://${pkg.bucket}/${pkg.prefix}/`,
    );
  });
  const shown = isAbsolute(out) ? out : relative(process.cwd(), out) || '.';
  if (flat) log(flatSummary(flat, join(shown, FLAT_TEMPLATE)));
  log(
    `packaged ${regions.length} region(s) into ${shown}/ in ${Math.round(performance.now() - started)} ms; ` +
      `Launch Stack page: ${join(shown, 'launch.html')} (README table: ${join(shown, 'launch.md')})`,
  );
  if (hint) {
    log(
      `next: mysfits publish --from ${shown}${request.regions ? ` --regions ${regions.map((r) => r.code).join(',')}` : ''}`,
    );
  }
  return { packages, out, ...(flat ? { flat } : {}) };
}

/** The flat form of the config's own mode, from whichever rendering holds it; over a quota: refused. */
function flatFile(rendered: readonly PackagedTemplates[], compute: Compute): NonNullable<PackageRun['flat']> {
  const flat = rendered.find((r) => r.flat)?.flat;
  if (!flat) throw new UsageError(`--flat: no region packaged offers ${compute} mode, the config's own`);
  const over = [
    flat.resources > TEMPLATE_QUOTAS.resources
      ? `${flat.resources} resources (CloudFormation allows ${TEMPLATE_QUOTAS.resources} per template)`
      : '',
    flat.content.byteLength > TEMPLATE_QUOTAS.s3Bytes
      ? `${flat.content.byteLength} bytes (CloudFormation reads at most ${TEMPLATE_QUOTAS.s3Bytes} from S3)`
      : '',
  ].filter(Boolean);
  if (over.length > 0) {
    throw new Error(`${FLAT_TEMPLATE} would have ${over.join(' and ')}: deploy the nested form (main.yml) instead`);
  }
  return { path: FLAT_TEMPLATE, content: flat.content, sha256: flat.sha256, resources: flat.resources };
}

/** One line: the flat form's size against CloudFormation's quotas. */
export function flatSummary(flat: NonNullable<PackageRun['flat']>, where: string): string {
  const pct = (n: number, of: number): string => `${Math.round((100 * n) / of)}%`;
  const bytes = flat.content.byteLength;
  return (
    `flat form: ${where}, ${flat.resources} resources (${pct(flat.resources, TEMPLATE_QUOTAS.resources)} of CloudFormation's ${TEMPLATE_QUOTAS.resources}), ` +
    `${(bytes / 1024).toFixed(0)} KB (${pct(bytes, TEMPLATE_QUOTAS.s3Bytes)} of the 1 MB it reads from S3; over ${TEMPLATE_BODY_LIMIT} bytes it cannot be sent inline)`
  );
}
