// Config values that name a resource of one region: a packaged template is region-free (the same
// bytes launch in every region), but a KMS key or an SES identity is not. Packaging such a value
// for a region it does not belong to would put, say, a us-east-1 key on eu-west-1 log groups,
// which CloudFormation only refuses half-way through the launch: it is refused here, up front,
// naming the setting and each region; a map region -> ARN serves each region its own.
// (CloudFront's certificate and web ACL are us-east-1 by the config schema, whatever the stack's
// region, as CloudFront requires: not region-bound here.)
import type { Config } from '../config/load.js';
import { REGION_BOUND } from '../builders/region-bound.js';
import { UsageError } from '../errors.js';
import type { RegionInfo } from '../config/regions.js';

/** The region an ARN names (its fourth field), if any. */
export const arnRegion = (arn: string): string | undefined => arn.split(':')[3] || undefined;

/** Refuses (exit 2) every region-bound value packaged for a region it does not serve. */
export function checkRegionBound(config: Config, regions: readonly RegionInfo[]): void {
  const wrong: string[] = [];
  for (const { setting, value } of REGION_BOUND) {
    const arn = value(config);
    if (arn === undefined) continue;
    if (typeof arn === 'string') {
      const home = arnRegion(arn);
      const others = regions.filter((r) => r.code !== home).map((r) => r.code);
      if (others.length > 0) wrong.push(`${setting} is in ${home}, so it cannot serve ${others.join(', ')}`);
      continue;
    }
    // The map form: each ARN in the region it is given for, and a row for every region packaged.
    for (const [region, regional] of Object.entries(arn)) {
      if (arnRegion(regional) !== region)
        wrong.push(`${setting}.${region} is in ${arnRegion(regional)}, not ${region}`);
    }
    const missing = regions.filter((r) => !(r.code in arn)).map((r) => r.code);
    if (missing.length > 0) wrong.push(`${setting} names no ARN for ${missing.join(', ')}`);
  }
  if (wrong.length > 0) {
    throw new UsageError(
      `config values bound to one region, packaged for others:\n  ${wrong.join('\n  ')}\n` +
        'give each such setting a map of region to ARN, with one for every region packaged (docs/stacksets.md)',
    );
  }
}
