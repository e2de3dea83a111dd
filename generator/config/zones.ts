// Which two availability zones the fargate network (core.yml) goes in, declared once: the
// template parameter that carries the choice, the zone IDs AWS documents as lacking a part the
// app uses, and the choice itself. Zone NAMES (us-east-1a) map to different physical zones in
// each account; zone IDs (use1-az3) do not, and AWS documents its gaps by ID. `mysfits deploy`
// reads the account's name->ID mapping (EC2 DescribeAvailabilityZones) and, without NAT, where
// each interface endpoint service is offered (DescribeVpcEndpointServices), and chooses here.

/** The parameter of main.yml and core.yml carrying the two zone names; empty: `!GetAZs ''`'s first two. */
export const ZONES_PARAMETER = 'AvailabilityZones';

/**
 * The EC2 reads of the choice (generator/aws/ec2.ts), as IAM names them: the pipeline's build role
 * gets them. Both are Describe actions, which support no resource-level permissions: "*" only.
 */
export const ZONE_READS = ['ec2:DescribeAvailabilityZones', 'ec2:DescribeVpcEndpointServices'] as const;

/** An availability zone's name (us-east-1a); the config schema's network.availabilityZones items match it. */
export const ZONE_NAME = '[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]';

/** Empty, or two zone names separated by a comma (the template refuses anything else). */
export const ZONE_PAIR_PATTERN = `^$|^${ZONE_NAME},${ZONE_NAME}$`;

/** A part of the app available only in some of a region's zones, as AWS documents it (by zone ID). */
interface ZoneLimit {
  /** What a zone outside the list lacks, in words. */
  readonly what: string;
  /** The AWS documentation page the list is copied from. */
  readonly source: string;
  /** Region -> the zone IDs where it exists; a region not listed is not limited by zone. */
  readonly supported: Readonly<Record<string, readonly string[]>>;
}

export const ZONE_LIMITS: readonly ZoneLimit[] = [
  {
    // API Gateway developer guide, "Set up VPC links V2 in API Gateway", section "Availability by
    // Region": the regions and zone IDs where VPC links V2 are supported. api.yml's VPC link V2
    // puts a network interface in both private subnets.
    what: 'VPC link V2 (API Gateway)',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vpc-links.html',
    supported: {
      'us-east-2': ['use2-az1', 'use2-az2', 'use2-az3'],
      'us-east-1': ['use1-az1', 'use1-az2', 'use1-az4', 'use1-az5', 'use1-az6'],
      'us-west-1': ['usw1-az1', 'usw1-az3'],
      'us-west-2': ['usw2-az1', 'usw2-az2', 'usw2-az3', 'usw2-az4'],
      'ap-east-1': ['ape1-az2', 'ape1-az3'],
      'ap-south-1': ['aps1-az1', 'aps1-az2', 'aps1-az3'],
      'ap-northeast-2': ['apne2-az1', 'apne2-az2', 'apne2-az3'],
      'ap-southeast-1': ['apse1-az1', 'apse1-az2', 'apse1-az3'],
      'ap-southeast-2': ['apse2-az1', 'apse2-az2', 'apse2-az3'],
      'ap-northeast-1': ['apne1-az1', 'apne1-az2', 'apne1-az4'],
      'ca-central-1': ['cac1-az1', 'cac1-az2'],
      'eu-central-1': ['euc1-az1', 'euc1-az2', 'euc1-az3'],
      'eu-west-1': ['euw1-az1', 'euw1-az2', 'euw1-az3'],
      'eu-west-2': ['euw2-az1', 'euw2-az2', 'euw2-az3'],
      'eu-west-3': ['euw3-az1', 'euw3-az3'],
      'eu-south-2': ['eus2-az1', 'eus2-az2', 'eus2-az3'],
      'eu-north-1': ['eun1-az1', 'eun1-az2', 'eun1-az3'],
      'me-south-1': ['mes1-az1', 'mes1-az2', 'mes1-az3'],
      'sa-east-1': ['sae1-az1', 'sae1-az2', 'sae1-az3'],
      'us-gov-west-1': ['usgw1-az1', 'usgw1-az2', 'usgw1-az3'],
    },
  },
  {
    // Amazon ECS developer guide, "Supported Regions for Amazon ECS on AWS Fargate" (Linux
    // containers): "The supported Availability Zone IDs are noted when applicable."
    what: 'Fargate (ECS)',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate-Regions.html',
    supported: {
      'us-west-1': ['usw1-az1', 'usw1-az3'],
      'ap-northeast-1': ['apne1-az1', 'apne1-az2', 'apne1-az4'],
      'cn-north-1': ['cnn1-az1', 'cnn1-az2'],
    },
  },
];

/** A zone of the account, as EC2 DescribeAvailabilityZones gives it. */
export interface Zone {
  readonly name: string;
  readonly id: string;
  /** ZoneType: availability-zone, local-zone, wavelength-zone. */
  readonly type: string;
  /** State: available, information, impaired, unavailable, constrained. */
  readonly state: string;
  /** OptInStatus: opt-in-not-required, opted-in, not-opted-in. */
  readonly optIn: string;
}

export interface ZoneVerdict {
  readonly zone: Zone;
  /** Empty: the zone qualifies. Otherwise what it lacks or why it is not used, one entry each. */
  readonly lacks: readonly string[];
}

/**
 * Why `zone` cannot hold the app's subnets: not a plain, available, opted-in availability zone,
 * an ID the documentation leaves out, or an interface endpoint service not offered there.
 * `endpointZones`: service name -> the zone names it is offered in (only the services core.yml
 * makes endpoints for, i.e. without NAT).
 */
export function zoneLacks(
  region: string,
  zone: Zone,
  endpointZones: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const out: string[] = [];
  if (zone.type !== 'availability-zone') out.push(`a ${zone.type}, not an availability zone`);
  if (zone.state !== 'available') out.push(`state ${zone.state}`);
  if (zone.optIn === 'not-opted-in') out.push('not opted in');
  for (const limit of ZONE_LIMITS) {
    const ids = limit.supported[region];
    if (ids && !ids.includes(zone.id)) out.push(`${limit.what}: not in ${zone.id} (${limit.source})`);
  }
  for (const [service, names] of endpointZones) {
    if (!names.includes(zone.name)) out.push(`interface endpoint ${service}: not offered in ${zone.name}`);
  }
  return out;
}

/** Every zone of the account with its verdict, in name order (as `!GetAZs` lists them). */
export function judgeZones(
  region: string,
  zones: readonly Zone[],
  endpointZones?: ReadonlyMap<string, readonly string[]>,
): ZoneVerdict[] {
  return [...zones]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((zone) => ({ zone, lacks: zoneLacks(region, zone, endpointZones) }));
}

/** One line per zone: `us-east-1e (use1-az3): VPC link V2 ...; ...`. */
export const describeVerdict = (v: ZoneVerdict): string =>
  `${v.zone.name} (${v.zone.id}): ${v.lacks.length ? v.lacks.join('; ') : 'qualifies'}`;

/** The parameter value for two zone names. */
export const zonePairValue = (names: readonly string[]): string => names.join(',');

/** The zone names a parameter value holds (none for the empty value). */
export const zonePairNames = (value: string | undefined): string[] =>
  value ? value.split(',').map((s) => s.trim()) : [];
