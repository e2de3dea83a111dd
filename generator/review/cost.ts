// An estimated monthly bill by component, counted from the templates' resources and priced
// from the dated table in prices.ts, with the usage assumed for what is billed by use stated
// next to every line. An estimate for reviewers comparing options, not a quote.
import type { Config } from '../config/load.js';
import { renderAll } from '../render.js';
import type { ParsedResource } from '../core/parse.js';
import { asArray, fromTexts, literal, passedParameters, show, type ReviewTemplate } from './model.js';
import { HOURS_PER_MONTH, PRICES_AS_OF, pricesFor } from './prices.js';

export interface Assumptions {
  readonly apiRequestsMillion: number;
  readonly cloudFrontRequestsMillion: number;
  readonly cloudFrontGb: number;
  readonly ddbReadsMillion: number;
  readonly ddbWritesMillion: number;
  readonly ddbStorageGb: number;
  readonly logsGbPerGroup: number;
  readonly natGb: number;
  readonly endpointGb: number;
  readonly lcu: number;
  readonly s3GbPerBucket: number;
  readonly ecrGbPerRepository: number;
  readonly cognitoMau: number;
}

/** A small production app: a few thousand visitors a month. */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  apiRequestsMillion: 1,
  cloudFrontRequestsMillion: 1,
  cloudFrontGb: 10,
  ddbReadsMillion: 1,
  ddbWritesMillion: 0.1,
  ddbStorageGb: 1,
  logsGbPerGroup: 1,
  natGb: 5,
  endpointGb: 5,
  lcu: 1,
  s3GbPerBucket: 1,
  ecrGbPerRepository: 0.5,
  cognitoMau: 1000,
};

export function describeAssumptions(a: Assumptions): string[] {
  return [
    `${HOURS_PER_MONTH} hours a month; every resource runs all month.`,
    `API Gateway: ${a.apiRequestsMillion} million requests a month per REST API.`,
    `CloudFront: ${a.cloudFrontRequestsMillion} million HTTPS requests and ${a.cloudFrontGb} GB out a month per distribution (list price: CloudFront's always-free tier of 1 TB and 10 million requests would cover it).`,
    `DynamoDB on-demand: ${a.ddbReadsMillion} million read and ${a.ddbWritesMillion} million write request units a month per table; every write is written again to each global secondary index; ${a.ddbStorageGb} GB stored (and backed up when point-in-time recovery is on).`,
    `CloudWatch Logs: ${a.logsGbPerGroup} GB ingested a month per log group, kept for its retention (at most 12 months counted when it never expires), stored uncompressed (an upper bound).`,
    `NAT gateways: ${a.natGb} GB processed a month in total (image pulls, calls to AWS APIs without an endpoint); each gateway's Elastic IP is a billed public IPv4 address.`,
    `Interface VPC endpoints: billed per endpoint per AZ; ${a.endpointGb} GB processed a month in total. Gateway endpoints (S3, DynamoDB) are free.`,
    `Load balancers: ${a.lcu} LCU/NLCU on average.`,
    `Fargate: the task definition's CPU and memory times the service's desired count; Linux/x86, no Savings Plans or Spot.`,
    `S3: ${a.s3GbPerBucket} GB per bucket; ECR: ${a.ecrGbPerRepository} GB of images per repository; Cognito: ${a.cognitoMau} monthly active users (the first 10,000 are free); Lambda triggers stay within Lambda's free tier.`,
    'Not counted: data transfer out to the internet from API Gateway (100 GB a month are free across AWS), taxes, support plans.',
  ];
}

export interface CostLine {
  readonly component: string;
  /** How many billed resources, and which (`file:LogicalId`). */
  readonly count: number;
  readonly resources: readonly string[];
  readonly monthly: number;
  /** The arithmetic, with prices, so a reviewer can check it. */
  readonly basis: string;
}

export interface CostEstimate {
  readonly region: string;
  /** The region whose prices were used (differs when the region is not in the table). */
  readonly pricedAs: string;
  readonly pricesAsOf: string;
  readonly lines: readonly CostLine[];
  readonly total: number;
  readonly notes: readonly string[];
}

export const usd = (n: number): string => `$${n.toFixed(2)}`;
/** A price as written in the table, without rounding away its digits. */
const price = (n: number): string => `$${n}`;

interface Found {
  readonly t: ReviewTemplate;
  readonly id: string;
  readonly properties: Record<string, unknown>;
  readonly label: string;
}

/** Fargate vCPU from a task definition's Cpu: units (`256`) or `0.25 vCPU`. */
const vcpu = (v: unknown): number | undefined => {
  const s = String(v ?? '');
  if (/vcpu/i.test(s)) return parseFloat(s);
  return s && !isNaN(Number(s)) ? Number(s) / 1024 : undefined;
};
/** GB from a task definition's Memory: MiB (`512`) or `0.5 GB`. */
const gb = (v: unknown): number | undefined => {
  const s = String(v ?? '');
  if (/gb/i.test(s)) return parseFloat(s);
  return s && !isNaN(Number(s)) ? Number(s) / 1024 : undefined;
};

/** `2 × a + b` for the texts `a, a, b`. */
function grouped(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${n} × ${t}` : t)).join(' + ');
}

export function estimateCost(
  templates: readonly ReviewTemplate[],
  region: string,
  a: Assumptions = DEFAULT_ASSUMPTIONS,
): CostEstimate {
  const { prices: p, region: pricedAs, fallback } = pricesFor(region);
  const passed = passedParameters(templates);
  const notes: string[] = [];
  if (fallback) notes.push(`No prices for ${region} in the table: ${pricedAs} prices are shown.`);
  const find = (...types: string[]): Found[] =>
    templates.flatMap((t) =>
      t.parsed.resources
        .filter((r) => types.includes(r.type))
        .map((r) => ({ t, id: r.id, properties: r.properties, label: `${t.file}:${r.id}` })),
    );
  const value = (f: Found, v: unknown): unknown => literal(v, f.t.parsed, passed.get(f.t.file));
  const lines: CostLine[] = [];
  const add = (component: string, found: Found[], monthly: number, basis: string): void => {
    lines.push({ component, count: found.length, resources: found.map((f) => f.label), monthly, basis });
  };
  /** A component priced per resource: the sum of the parts, their arithmetic grouped. */
  const addParts = (component: string, found: Found[], parts: readonly { cost: number; text: string }[]): void =>
    add(
      component,
      found,
      parts.reduce((n, x) => n + x.cost, 0),
      grouped(parts.map((x) => x.text)) || 'none in these templates',
    );
  const h = HOURS_PER_MONTH;

  const nats = find('AWS::EC2::NatGateway');
  add(
    'NAT gateways',
    nats,
    nats.length ? nats.length * (p.natHour + p.ipv4Hour) * h + a.natGb * p.natGb : 0,
    nats.length
      ? `${nats.length} × (${price(p.natHour)} + ${price(p.ipv4Hour)} IPv4) × ${h} h + ${a.natGb} GB × ${price(p.natGb)}`
      : 'none in these templates',
  );

  const endpoints = find('AWS::EC2::VPCEndpoint');
  const interfaces = endpoints.filter((e) => e.properties.VpcEndpointType === 'Interface');
  const azHours = interfaces.reduce((n, e) => n + (asArray(e.properties.SubnetIds).length || 2), 0);
  add(
    'VPC endpoints',
    endpoints,
    interfaces.length ? azHours * p.endpointAzHour * h + a.endpointGb * p.endpointGb : 0,
    interfaces.length
      ? `${interfaces.length} interface endpoint(s) in ${azHours} AZ-slots × ${price(p.endpointAzHour)} × ${h} h + ${a.endpointGb} GB × ${price(p.endpointGb)}; ${endpoints.length - interfaces.length} gateway endpoint(s) free`
      : endpoints.length
        ? `${endpoints.length} gateway endpoint(s): free`
        : 'none in these templates',
  );

  const lbs = find('AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer');
  const lbParts = lbs.map((lb) => {
    const network = value(lb, lb.properties.Type) === 'network';
    const hour = network ? p.nlbHour : p.albHour;
    const unit = network ? p.nlcuHour : p.lcuHour;
    return {
      cost: (hour + a.lcu * unit) * h,
      text: `${network ? 'NLB' : 'ALB'} (${price(hour)} + ${a.lcu} × ${price(unit)}) × ${h} h`,
    };
  });
  addParts('Load balancer', lbs, lbParts);

  const services = find('AWS::ECS::Service');
  const taskParts = services.map((s) => {
    const count = Number(value(s, s.properties.DesiredCount) ?? 1);
    const taskRef = (s.properties.TaskDefinition as { Ref?: string } | undefined)?.Ref;
    const task = s.t.parsed.resources.find((r) => r.id === taskRef);
    let cpu = task ? vcpu(value(s, task.properties.Cpu)) : undefined;
    let mem = task ? gb(value(s, task.properties.Memory)) : undefined;
    if (cpu === undefined || mem === undefined) {
      notes.push(`${s.label}: task size not known before deploy; priced as 0.25 vCPU / 0.5 GB.`);
      cpu ??= 0.25;
      mem ??= 0.5;
    }
    if (isNaN(count)) notes.push(`${s.label}: desired count not known before deploy; priced as 1.`);
    const n = isNaN(count) ? 1 : count;
    return {
      cost: n * (cpu * p.fargateVcpuHour + mem * p.fargateGbHour) * h,
      text: `${n} task(s) × (${cpu} vCPU × ${price(p.fargateVcpuHour)} + ${mem} GB × ${price(p.fargateGbHour)}) × ${h} h`,
    };
  });
  addParts('Fargate tasks', services, taskParts);

  const distributions = find('AWS::CloudFront::Distribution');
  const perDistribution = a.cloudFrontGb * p.cloudFrontGb + a.cloudFrontRequestsMillion * 100 * p.cloudFrontHttps10k;
  add(
    'CloudFront',
    distributions,
    distributions.length * perDistribution,
    distributions.length
      ? `${distributions.length} × (${a.cloudFrontGb} GB × ${price(p.cloudFrontGb)} + ${a.cloudFrontRequestsMillion * 100} × 10k requests × ${price(p.cloudFrontHttps10k)}), ${p.cloudFrontEdge} edge prices`
      : 'none in these templates',
  );

  const apis = find('AWS::ApiGateway::RestApi', 'AWS::Serverless::Api');
  add(
    'API Gateway (REST)',
    apis,
    apis.length * a.apiRequestsMillion * p.restApiMillion,
    apis.length
      ? `${apis.length} × ${a.apiRequestsMillion} M requests × ${price(p.restApiMillion)} per million`
      : 'none in these templates',
  );

  const tables = find('AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable');
  const tableParts = tables.map((t) => {
    const onDemand = value(t, t.properties.BillingMode) === 'PAY_PER_REQUEST';
    const indexes = asArray(t.properties.GlobalSecondaryIndexes).length;
    const pitr =
      (t.properties.PointInTimeRecoverySpecification as { PointInTimeRecoveryEnabled?: unknown } | undefined)
        ?.PointInTimeRecoveryEnabled === true;
    if (!onDemand) notes.push(`${t.label}: provisioned capacity is not priced here; only storage is counted.`);
    const writes = a.ddbWritesMillion * (1 + indexes);
    const requests = onDemand ? writes * p.ddbWriteMillion + a.ddbReadsMillion * p.ddbReadMillion : 0;
    const storage = a.ddbStorageGb * (p.ddbStorageGb + (pitr ? p.ddbPitrGb : 0));
    return {
      cost: requests + storage,
      text: `${onDemand ? `${writes.toFixed(2)} M writes (${indexes} GSI) × ${price(p.ddbWriteMillion)} + ${a.ddbReadsMillion} M reads × ${price(p.ddbReadMillion)} + ` : ''}${a.ddbStorageGb} GB × (${price(p.ddbStorageGb)}${pitr ? ` + ${price(p.ddbPitrGb)} PITR` : ''})`,
    };
  });
  addParts('DynamoDB', tables, tableParts);

  const logGroups = find('AWS::Logs::LogGroup');
  const logParts = logGroups.map((g) => {
    const days = Number(value(g, g.properties.RetentionInDays));
    const months = isNaN(days) ? 12 : Math.min(days / 30.4, 12);
    if (isNaN(days)) notes.push(`${g.label}: no retention (logs never expire); 12 months of storage counted.`);
    return {
      cost: a.logsGbPerGroup * (p.logsIngestGb + months * p.logsStoreGb),
      text: `${a.logsGbPerGroup} GB × (${price(p.logsIngestGb)} + ${months.toFixed(1)} months × ${price(p.logsStoreGb)})`,
    };
  });
  addParts('CloudWatch Logs', logGroups, logParts);

  const buckets = find('AWS::S3::Bucket');
  add(
    'S3',
    buckets,
    buckets.length * a.s3GbPerBucket * p.s3Gb,
    buckets.length ? `${buckets.length} × ${a.s3GbPerBucket} GB × ${price(p.s3Gb)}` : 'none in these templates',
  );
  const repositories = find('AWS::ECR::Repository');
  add(
    'ECR',
    repositories,
    repositories.length * a.ecrGbPerRepository * p.ecrGb,
    repositories.length
      ? `${repositories.length} × ${a.ecrGbPerRepository} GB × ${price(p.ecrGb)}`
      : 'none in these templates',
  );
  const pools = find('AWS::Cognito::UserPool');
  add(
    'Cognito',
    pools,
    pools.length * Math.max(0, a.cognitoMau - 10_000) * 0.0055,
    pools.length ? `${a.cognitoMau} MAU; the first 10,000 are free, then $0.0055 each` : 'none in these templates',
  );
  const functions = find('AWS::Lambda::Function', 'AWS::Serverless::Function');
  add('Lambda', functions, 0, functions.length ? 'within the free tier at this traffic' : 'none in these templates');

  const total = lines.reduce((n, l) => n + l.monthly, 0);
  return { region, pricedAs, pricesAsOf: PRICES_AS_OF, lines, total, notes };
}

export interface NatModeRow {
  readonly mode: 'perAz' | 'single' | 'none';
  readonly natGateways: number;
  readonly interfaceEndpoints: number;
  /** NAT gateways plus VPC endpoints, a month. */
  readonly network: number;
  readonly total: number;
  readonly tradeoff: string;
}

const TRADEOFF: Record<NatModeRow['mode'], string> = {
  perAz: 'outbound traffic survives a zone outage (the tutorial layout)',
  single: 'one zone outage cuts the other zone off the internet; cross-AZ traffic to it is billed',
  none: 'no internet egress at all',
};

/** The service part of each VPC endpoint's name (com.amazonaws.<region>.<service>), in template order. */
function endpointServices(resources: readonly ParsedResource[]): string[] {
  return resources
    .filter((r) => r.type === 'AWS::EC2::VPCEndpoint')
    .map((r) => show(r.properties.ServiceName).replace(/^com\.amazonaws\.(\$\{AWS::Region\}|[a-z0-9-]+)\./, ''));
}

/** What a mode gives up, with the none mode's reachable services read from its templates. */
function tradeoff(mode: NatModeRow['mode'], resources: readonly ParsedResource[]): string {
  if (mode !== 'none') return TRADEOFF[mode];
  const keys = resources.some((r) => r.type === 'Custom::UserPoolKeys')
    ? "; the user pool's signing keys are given at deploy time"
    : '';
  return `${TRADEOFF.none}: the tasks reach only AWS services with an endpoint (${endpointServices(resources).join(', ')})${keys}`;
}

/**
 * The effect of `network.natGateways`: every template rebuilt in memory with each mode (the rest
 * of the config unchanged) and priced the same way.
 */
export function natModeComparison(config: Config, region: string, a: Assumptions = DEFAULT_ASSUMPTIONS): NatModeRow[] {
  return (['perAz', 'single', 'none'] as const).map((mode) => {
    const templates = fromTexts(renderAll({ ...config, network: { ...config.network, natGateways: mode } }));
    const estimate = estimateCost(templates, region, a);
    const line = (c: string): CostLine => estimate.lines.find((l) => l.component === c)!;
    const resources = templates.flatMap((t) => t.parsed.resources);
    const interfaces = resources.filter(
      (r) => r.type === 'AWS::EC2::VPCEndpoint' && r.properties.VpcEndpointType === 'Interface',
    ).length;
    return {
      mode,
      natGateways: line('NAT gateways').count,
      interfaceEndpoints: interfaces,
      network: line('NAT gateways').monthly + line('VPC endpoints').monthly,
      total: estimate.total,
      tradeoff: tradeoff(mode, resources),
    };
  });
}
