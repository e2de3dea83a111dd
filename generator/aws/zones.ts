// What `mysfits deploy` (app mode, fargate) checks of the region before it writes anything, and
// the zones it puts the network in:
// - natGateways none: every interface endpoint service core.yml makes an endpoint for must exist
//   in the region (Cognito's, com.amazonaws.REGION.cognito-idp, is not offered everywhere);
// - a stack that does not exist yet: two zones where the app's parts exist, chosen by zone ID
//   (config/zones.ts) from the account's own name->ID mapping, or the config's pinned pair,
//   checked against the same data;
// - a stack that exists: its zones stay as they are (changing them replaces both subnets).
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { EC2Client } from '@aws-sdk/client-ec2';
import { INTERFACE_ENDPOINTS, endpointServiceName } from '../builders/core.js';
import {
  describeVerdict,
  judgeZones,
  zonePairNames,
  zonePairValue,
  ZONES_PARAMETER,
  type ZoneVerdict,
} from '../config/zones.js';
import type { NatMode } from '../config/network.js';
import { InputError } from '../errors.js';
import type { ClientConfig } from './client-config.js';
import { ec2Reader, type Ec2Reader } from './ec2.js';
import { describeStack } from './stacks.js';

export interface ZoneRequest {
  readonly region: string;
  readonly stackName: string;
  readonly natGateways: NatMode;
  /** network.availabilityZones of the config (or --parameters AvailabilityZones=), if pinned. */
  readonly pinned?: readonly string[];
}

export interface ZonePlan {
  /** chosen: picked here; pinned: the config's pair; kept: the stack's own (not passed). */
  readonly source: 'chosen' | 'pinned' | 'kept';
  /** The zone names of the subnets; for a kept stack made without the parameter, empty (!GetAZs ''). */
  readonly zones: readonly string[];
  /** The parameter value to pass, or undefined to keep the stack's. */
  readonly parameter?: string;
  /** The zones passed over, and why (a new stack only). */
  readonly skipped: readonly ZoneVerdict[];
}

/** A check that failed before anything was written: what is wrong, and what to do. */
export class ZoneRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZoneRefusal';
  }
}

/** The endpoint services of natGateways none: service name -> zone names, or a refusal naming the missing ones. */
async function endpointZones(ec2: Ec2Reader, region: string): Promise<Map<string, readonly string[]>> {
  const found = new Map<string, readonly string[]>();
  const missing: string[] = [];
  for (const [, name] of INTERFACE_ENDPOINTS) {
    const service = endpointServiceName(region, name);
    const zones = await ec2.endpointServiceZones(service);
    if (zones === undefined) missing.push(service);
    else found.set(service, zones);
  }
  if (missing.length > 0) {
    throw new ZoneRefusal(
      `network.natGateways is none, which reaches AWS services through interface endpoints (PrivateLink), but region ${region} offers no ${missing.join(', ')} endpoint service (EC2 DescribeVpcEndpointServices): the core stack's endpoint would fail to create. Set network.natGateways to "single" (one NAT gateway: the tasks reach ${missing.map((m) => m.split('.').slice(3).join('.')).join(', ')} over the internet), or deploy to another region.`,
    );
  }
  return found;
}

/** The zones for the deploy, or a ZoneRefusal; reads only (CloudFormation and EC2 Describe calls). */
export async function planZones(cf: CloudFormationClient, ec2: Ec2Reader, request: ZoneRequest): Promise<ZonePlan> {
  const { region, stackName, pinned } = request;
  const services = request.natGateways === 'none' ? await endpointZones(ec2, region) : new Map();
  const stack = await describeStack(cf, stackName);
  if (stack && stack.StackStatus !== 'REVIEW_IN_PROGRESS') {
    const current = stack.Parameters?.find((p) => p.ParameterKey === ZONES_PARAMETER)?.ParameterValue ?? '';
    if (pinned && zonePairValue(pinned) !== current) {
      throw new ZoneRefusal(
        `network.availabilityZones is ${pinned.join(', ')}, but stack ${stackName} exists with its subnets in ${current ? zonePairNames(current).join(', ') : "the region's first two zones (made before zones were chosen)"}; moving them would replace both subnets and everything in them (load balancer, NAT gateways, endpoints, tasks). Remove network.availabilityZones${current ? ` or set it to ["${zonePairNames(current).join('", "')}"]` : ''}.`,
      );
    }
    return { source: 'kept', zones: zonePairNames(current), skipped: [] };
  }
  // Local and Wavelength Zones are never candidates, nor listed: the subnets need two AZs.
  const zones = (await ec2.availabilityZones()).filter((z) => z.type === 'availability-zone');
  const verdicts = judgeZones(region, zones, services);
  const good = verdicts.filter((v) => v.lacks.length === 0);
  if (pinned) {
    const problems = pinned.map((name) => {
      const v = verdicts.find((x) => x.zone.name === name);
      if (!v)
        return `${name}: not a zone of ${region} for this account (it has ${verdicts.map((x) => x.zone.name).join(', ')})`;
      return v.lacks.length ? describeVerdict(v) : undefined;
    });
    if (problems.some((p) => p !== undefined)) {
      throw new ZoneRefusal(
        [
          `network.availabilityZones cannot hold the app's subnets in ${region}:`,
          ...problems.filter((p): p is string => p !== undefined).map((p) => `  ${p}`),
          `Zones that qualify: ${good.map((v) => v.zone.name).join(', ') || 'none'}.`,
        ].join('\n'),
      );
    }
    return { source: 'pinned', zones: pinned, parameter: zonePairValue(pinned), skipped: [] };
  }
  if (good.length < 2) {
    throw new ZoneRefusal(
      [
        `fewer than two zones of ${region} can hold the app's subnets (${good.length} can):`,
        ...verdicts.map((v) => `  ${describeVerdict(v)}`),
        request.natGateways === 'none'
          ? 'With network.natGateways "single" the interface endpoints are not needed; otherwise deploy to another region.'
          : 'Deploy to another region.',
      ].join('\n'),
    );
  }
  const chosen = good.slice(0, 2).map((v) => v.zone.name);
  return {
    source: 'chosen',
    zones: chosen,
    parameter: zonePairValue(chosen),
    skipped: verdicts.filter((v) => v.lacks.length > 0),
  };
}

/** What deploy prints about the plan. */
export function zonePlanLines(plan: ZonePlan): string[] {
  if (plan.source === 'kept') {
    return [
      `availability zones: kept as the stack has them (${plan.zones.length ? plan.zones.join(', ') : "the region's first two, from before zones were chosen"}); subnets never move`,
    ];
  }
  const lines = [
    `availability zones: ${plan.zones.join(', ')} (${plan.source === 'pinned' ? 'network.availabilityZones of the config, checked' : 'chosen by zone ID'})`,
  ];
  for (const v of plan.skipped) lines.push(`  skipped ${describeVerdict(v)}`);
  return lines;
}

/** The plan for --json. */
export const zonePlanJson = (plan: ZonePlan): Record<string, unknown> => ({
  source: plan.source,
  zones: plan.zones,
  skipped: plan.skipped.map((v) => ({ zone: v.zone.name, zoneId: v.zone.id, lacks: v.lacks })),
});

/**
 * The zones of the app's stack as `mysfits deploy` and `mysfits zones` plan them: planZones over
 * an EC2 client built from `clientConfig` (so in the stack's region, at its endpoint), a refusal
 * as an InputError of `source` (the config file, or the flag that gave the pair): exit 2.
 */
export async function planStackZones(
  context: { readonly cf: CloudFormationClient; readonly clientConfig: ClientConfig; readonly region: string },
  request: Omit<ZoneRequest, 'region'>,
  source: string,
): Promise<ZonePlan> {
  const ec2 = new EC2Client(context.clientConfig);
  try {
    return await planZones(context.cf, ec2Reader(ec2), { ...request, region: context.region });
  } catch (err) {
    if (err instanceof ZoneRefusal) throw new InputError(source, [err.message]);
    throw err;
  } finally {
    ec2.destroy();
  }
}

/**
 * The AvailabilityZones value a stack is given for the plan, always explicit: the chosen or pinned
 * pair, or a kept stack's own value ('' for one made before the parameter). A CloudFormation
 * action of CodePipeline has no UsePreviousValue: a parameter it is not given falls back to the
 * template's default, which for a stack whose zones were chosen would move both subnets.
 */
export const zoneParameterValue = (plan: ZonePlan): string => plan.parameter ?? zonePairValue(plan.zones);

/** CloudFormation's template configuration file (CodePipeline's TemplateConfiguration) for the plan. */
export const zoneTemplateConfiguration = (plan: ZonePlan): { Parameters: Record<string, string> } => ({
  Parameters: { [ZONES_PARAMETER]: zoneParameterValue(plan) },
});
