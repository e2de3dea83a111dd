// The two read-only EC2 calls `mysfits deploy` makes before it writes anything:
// DescribeAvailabilityZones (the account's zone names and IDs) and DescribeVpcEndpointServices
// (where an interface endpoint service is offered), through the AWS SDK's EC2 client (its
// retries, credentials, proxy and endpoint handling, as every other call of the CLI). IAM's names
// for the two, which the pipeline's build role is granted, are ZONE_READS in config/zones.ts.
import {
  DescribeAvailabilityZonesCommand,
  DescribeVpcEndpointServicesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import type { Zone } from '../config/zones.js';

/** What deploy reads of EC2. */
export interface Ec2Reader {
  availabilityZones(): Promise<Zone[]>;
  /** The zone names an interface endpoint service is offered in; undefined when the region has no such service. */
  endpointServiceZones(serviceName: string): Promise<string[] | undefined>;
}

/** The EC2 reader deploy uses, over `client` (AWS, or the emulator its endpoint names). */
export function ec2Reader(client: EC2Client): Ec2Reader {
  return {
    async availabilityZones() {
      // The region's zones and the Local/Wavelength Zones the account opted into (EC2's default).
      const { AvailabilityZones = [] } = await client.send(new DescribeAvailabilityZonesCommand({}));
      return AvailabilityZones.map((z) => ({
        name: z.ZoneName ?? '',
        id: z.ZoneId ?? '',
        // EC2 leaves these out only for plain zones of regions that need no opt-in.
        type: z.ZoneType ?? 'availability-zone',
        state: z.State ?? 'available',
        optIn: z.OptInStatus ?? 'opt-in-not-required',
      }));
    },
    async endpointServiceZones(serviceName) {
      // One name per call: EC2 fails the whole call (InvalidServiceName) when any name is unknown.
      try {
        const { ServiceDetails = [] } = await client.send(
          new DescribeVpcEndpointServicesCommand({ ServiceNames: [serviceName] }),
        );
        return ServiceDetails.find((s) => s.ServiceName === serviceName)?.AvailabilityZones;
      } catch (err) {
        if ((err as { name?: string }).name === 'InvalidServiceName') return undefined;
        throw err;
      }
    },
  };
}
