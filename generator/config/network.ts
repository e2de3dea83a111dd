// What network.natGateways means in NAT gateways (and so in Elastic IPs), declared once: core.yml
// builds that many, the launch page counts the Elastic IPs, and the review reads the mode back
// from a template's NAT gateways.
import type { Config } from './generated/config.js';

export type NatMode = Config['network']['natGateways'];

/** The VPC spans two AZs: perAz is one NAT gateway (and Elastic IP) in each, single one shared. */
export const NAT_GATEWAYS: Readonly<Record<NatMode, number>> = { perAz: 2, single: 1, none: 0 };

/** The modes, most NAT gateways first. */
export const NAT_MODES = Object.keys(NAT_GATEWAYS) as NatMode[];

/** How many NAT gateways (and their Elastic IPs) the config's core.yml has. */
export const natGatewayCount = (config: Pick<Config, 'network'>): number => NAT_GATEWAYS[config.network.natGateways];

/** The NAT mode a template with `count` NAT gateways was generated with, if one gives that count. */
export function natModeOfCount(count: number): NatMode | undefined {
  return NAT_MODES.find((mode) => NAT_GATEWAYS[mode] === count);
}
