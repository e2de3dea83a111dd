// The two read-only EC2 calls `mysfits deploy` makes before it writes anything:
// DescribeAvailabilityZones (the account's zone names and IDs) and DescribeVpcEndpointServices
// (where an interface endpoint service is offered). The AWS SDK's EC2 client is not a dependency
// of this package, so the calls are made over EC2's Query API (POST, form-encoded, XML answer),
// signed by the SDK's own SigV4 signer with the credentials the command's CloudFormation client
// resolved (same --profile, chain and --endpoint), and read with the SDK's XML parser.
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { parseXML } from '@aws-sdk/xml-builder';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { lookupRegion } from '../config/regions.js';
import type { Zone } from '../config/zones.js';

/** EC2's Query API version (every EC2 action of today). */
const API_VERSION = '2016-11-15';

export class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(`EC2 ${code}: ${message}`);
    this.name = 'Ec2Error';
  }
}

/** What deploy reads of EC2. */
export interface Ec2Reader {
  availabilityZones(): Promise<Zone[]>;
  /** The zone names an interface endpoint service is offered in; undefined when the region has no such service. */
  endpointServiceZones(serviceName: string): Promise<string[] | undefined>;
}

type Xml = Record<string, unknown>;

/** A list element of EC2's XML: `<set><item>..</item>..</set>`, however many items. */
const items = (set: unknown): unknown[] => {
  const item = (set as { item?: unknown } | undefined)?.item;
  return item === undefined ? [] : Array.isArray(item) ? item : [item];
};
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** DescribeAvailabilityZones' answer (documented shape: availabilityZoneInfo/item). */
export function parseAvailabilityZones(xml: string): Zone[] {
  const body = (parseXML(xml) as Xml).DescribeAvailabilityZonesResponse as Xml | undefined;
  if (!body) throw new Error('DescribeAvailabilityZones: an answer without DescribeAvailabilityZonesResponse');
  return items(body.availabilityZoneInfo).map((raw) => {
    const z = raw as Xml;
    return {
      name: text(z.zoneName),
      id: text(z.zoneId),
      // EC2 leaves these out only for plain zones of regions that need no opt-in.
      type: text(z.zoneType) || 'availability-zone',
      state: text(z.zoneState) || 'available',
      optIn: text(z.optInStatus) || 'opt-in-not-required',
    };
  });
}

/** DescribeVpcEndpointServices' answer: service name -> the zone names it is offered in. */
export function parseEndpointServices(xml: string): Map<string, string[]> {
  const body = (parseXML(xml) as Xml).DescribeVpcEndpointServicesResponse as Xml | undefined;
  if (!body) throw new Error('DescribeVpcEndpointServices: an answer without DescribeVpcEndpointServicesResponse');
  return new Map(
    items(body.serviceDetailSet).map((raw) => {
      const s = raw as Xml;
      return [text(s.serviceName), items(s.availabilityZoneSet).map(text)];
    }),
  );
}

/** An EC2 error answer (`<Response><Errors><Error><Code>..`), or undefined for another body. */
function parseError(xml: string, status: number): Ec2Error | undefined {
  try {
    const errors = ((parseXML(xml) as Xml).Response as Xml | undefined)?.Errors as Xml | undefined;
    const first = items({ item: errors?.Error })[0] as Xml | undefined;
    return first ? new Ec2Error(text(first.Code), text(first.Message), status) : undefined;
  } catch {
    return undefined;
  }
}

export interface Ec2Settings {
  readonly region: string;
  /** An emulator's URL (--endpoint); otherwise the region's EC2 endpoint. */
  readonly endpoint?: string;
  readonly credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity;
}

/** One signed Query API call; the answer's XML text. */
async function call(settings: Ec2Settings, action: string, params: Record<string, string>): Promise<string> {
  const url = new URL(
    settings.endpoint ??
      `https://ec2.${settings.region}.${lookupRegion(settings.region)?.dnsSuffix ?? 'amazonaws.com'}`,
  );
  const body = new URLSearchParams({ Action: action, Version: API_VERSION, ...params }).toString();
  const signer = new SignatureV4({
    service: 'ec2',
    region: settings.region,
    credentials: settings.credentials,
    sha256: Hash.bind(null, 'sha256'),
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: {},
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const response = await fetch(url, { method: 'POST', headers: signed.headers, body });
  const answer = await response.text();
  if (!response.ok) {
    throw (
      parseError(answer, response.status) ??
      new Ec2Error(
        String(response.status),
        `${action}: HTTP ${response.status} ${answer.slice(0, 200)}`,
        response.status,
      )
    );
  }
  return answer;
}

/** The EC2 reader deploy uses: the two calls against AWS (or the emulator at settings.endpoint). */
export function ec2Reader(settings: Ec2Settings): Ec2Reader {
  return {
    async availabilityZones() {
      // The region's zones and the Local/Wavelength Zones the account opted into (EC2's default).
      return parseAvailabilityZones(await call(settings, 'DescribeAvailabilityZones', {}));
    },
    async endpointServiceZones(serviceName) {
      // One name per call: EC2 fails the whole call (InvalidServiceName) when any name is unknown.
      let xml: string;
      try {
        xml = await call(settings, 'DescribeVpcEndpointServices', { 'ServiceName.1': serviceName });
      } catch (err) {
        if (err instanceof Ec2Error && err.code === 'InvalidServiceName') return undefined;
        throw err;
      }
      return parseEndpointServices(xml).get(serviceName);
    },
  };
}
