// Which regions `package` and `publish` accept, and the URLs that differ between AWS partitions.
// The list of regions is the AWS SDK's own partition data (@aws-sdk/core's `partition()`, the
// table every SDK client resolves endpoints from), not a hand-kept list: a region the SDK knows
// by name has a description there; anything else is an unknown code.
import { partition } from '@aws-sdk/core/client';
import { closest } from '../suggest.js';
import { KNOWN_REGIONS } from './generated/region-types.js';
import { UsageError } from '../errors.js';

export interface RegionInfo {
  readonly code: string;
  /** "US East (N. Virginia)". */
  readonly name: string;
  /** aws, aws-cn, aws-us-gov. */
  readonly partition: string;
  /** amazonaws.com, or amazonaws.com.cn in China. */
  readonly dnsSuffix: string;
  /** Host of the AWS console for this partition (Launch Stack links). */
  readonly consoleHost: string;
}

/** Partitions with a public console where a Launch Stack link can open, and that console's host. */
const CONSOLE_HOSTS: Record<string, (region: string) => string> = {
  aws: (region) => `${region}.console.aws.amazon.com`,
  'aws-cn': () => 'console.amazonaws.cn',
  'aws-us-gov': () => 'console.amazonaws-us-gov.com',
};

/** The region's facts, or undefined when the SDK's partition data does not list it. */
export function lookupRegion(code: string): RegionInfo | undefined {
  const info = partition(code) as { name: string; dnsSuffix: string; description?: string };
  // Listed regions carry a description; partition() also answers any code matching a partition's
  // regex, and lists pseudo-regions such as aws-global, which are no place to launch a stack.
  if (!info.description || code.endsWith('-global') || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(code)) return undefined;
  const consoleHost = CONSOLE_HOSTS[info.name];
  if (!consoleHost) return undefined;
  return {
    code,
    name: info.description,
    partition: info.name,
    dnsSuffix: info.dnsSuffix,
    consoleHost: consoleHost(code),
  };
}

/** The listed region nearest to a code that is not one, for "did you mean" (cfn-lint's region list). */
export function nearestRegion(code: string): string | undefined {
  return closest(code, KNOWN_REGIONS);
}

/** Resolves region codes, failing with every unknown one named (exit 2). */
export function resolveRegions(codes: readonly string[], source: string): RegionInfo[] {
  const unknown: string[] = [];
  const out: RegionInfo[] = [];
  for (const code of codes) {
    const info = lookupRegion(code);
    if (info) out.push(info);
    else unknown.push(code);
  }
  if (unknown.length > 0) {
    const what = unknown.map((c) => `"${c}"`).join(', ');
    throw new UsageError(
      `${source}: ${what} ${unknown.length === 1 ? 'is not an AWS region' : 'are not AWS regions'} ` +
        '(regions of the aws, aws-cn and aws-us-gov partitions, as the AWS SDK lists them, e.g. us-east-1)',
    );
  }
  return out;
}

/** The virtual-hosted HTTPS URL of an object, as CloudFormation reads a TemplateURL. */
export function objectUrl(region: RegionInfo, bucket: string, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `https://${bucket}.s3.${region.code}.${region.dnsSuffix}/${path}`;
}
