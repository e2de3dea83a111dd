// Config values that name a resource of one region: a packaged template is region-free (the same
// bytes launch in every region), but a KMS key or an SES identity is not. Packaging such a value
// for a region it does not belong to would put, say, a us-east-1 key on eu-west-1 log groups,
// which CloudFormation only refuses half-way through the launch: it is refused here, up front,
// naming the setting and each region. (CloudFront's certificate and web ACL are us-east-1 by the
// config schema, whatever the stack's region, as CloudFront requires: not region-bound here.)
import type { Config } from '../config/load.js';
import { UsageError } from '../errors.js';
import type { RegionInfo } from './regions.js';

/** Each region-bound setting, by its path in the config file. */
export const REGION_BOUND: readonly { readonly setting: string; readonly value: (c: Config) => string | undefined }[] =
  [
    { setting: 'logs.kmsKeyArn', value: (c) => c.logs.kmsKeyArn },
    { setting: 'cognito.email.sesIdentityArn', value: (c) => c.cognito.email?.sesIdentityArn },
  ];

/** The region an ARN names (its fourth field), if any. */
export const arnRegion = (arn: string): string | undefined => arn.split(':')[3] || undefined;

/** Refuses (exit 2) every region-bound value packaged for a region it does not belong to. */
export function checkRegionBound(config: Config, regions: readonly RegionInfo[]): void {
  const wrong: string[] = [];
  for (const { setting, value } of REGION_BOUND) {
    const arn = value(config);
    const home = arn === undefined ? undefined : arnRegion(arn);
    if (home === undefined) continue;
    const others = regions.filter((r) => r.code !== home).map((r) => r.code);
    if (others.length > 0) wrong.push(`${setting} is in ${home}, so it cannot serve ${others.join(', ')}`);
  }
  if (wrong.length > 0) {
    throw new UsageError(
      `config values bound to one region, packaged for others:\n  ${wrong.join('\n  ')}\n` +
        'package each region with a config naming its own key or identity (--regions and --config), or unset the value',
    );
  }
}
