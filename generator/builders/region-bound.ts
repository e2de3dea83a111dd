// Config values that name a resource of one region (a KMS key, an SES identity). Packaged
// templates are region-free, so such a value is either one ARN (a package of its own region
// only: generator/package/region-bound.ts refuses others) or a map region -> ARN, written into
// the template as a `RegionBound` mapping looked up with the launching region.
import type { Config } from '../config/load.js';
import { AWS, Intrinsic } from '../core/intrinsics.js';
import type { Template } from '../core/template.js';

/** One ARN, or one per region. */
export type RegionalArn = string | { readonly [region: string]: string };

/** The Mappings entry every region-bound value in map form is read from. */
export const REGION_BOUND_MAPPING = 'RegionBound';

/** Each region-bound setting: its path in the config file, its key in the mapping, its value. */
export const REGION_BOUND: readonly {
  readonly setting: string;
  readonly key: string;
  readonly value: (c: Config) => RegionalArn | undefined;
}[] = [
  { setting: 'logs.kmsKeyArn', key: 'LogsKmsKeyArn', value: (c) => c.logs.kmsKeyArn },
  { setting: 'cognito.email.sesIdentityArn', key: 'SesIdentityArn', value: (c) => c.cognito.email?.sesIdentityArn },
];

/** The value as a template writes it: the ARN, or its row of the mapping for the stack's region. */
export function regionalValue(value: RegionalArn, key: string): string | Intrinsic {
  return typeof value === 'string' ? value : new Intrinsic('Fn::FindInMap', [REGION_BOUND_MAPPING, AWS.Region, key]);
}

/** Adds the RegionBound mapping to a template that looks it up (the rows of the map-form values). */
export function declareRegionBound(t: Template, config: Config): void {
  const lookup = `{"Fn::FindInMap":["${REGION_BOUND_MAPPING}",`;
  if (!t.resources.some((r) => JSON.stringify(r.value).includes(lookup))) return;
  const rows: Record<string, Record<string, string>> = {};
  for (const { key, value } of REGION_BOUND) {
    const v = value(config);
    if (v === undefined || typeof v === 'string') continue;
    for (const [region, arn] of Object.entries(v)) (rows[region] ??= {})[key] = arn;
  }
  const sorted = Object.fromEntries(Object.entries(rows).sort(([a], [b]) => (a < b ? -1 : 1)));
  t.mapping(REGION_BOUND_MAPPING, sorted, 'region-bound config values, one row per region (docs/stacksets.md)');
}
