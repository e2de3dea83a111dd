// An estimated monthly bill by component, counted from the templates' resources and priced
// from the dated table in prices.ts, with the usage assumed for what is billed by use stated
// next to every line. An estimate for reviewers comparing options, not a quote.
//
// The estimate is a table of rules (COST_RULES), one per billed component, each naming the
// resource types it prices; FREE_TYPES names the types that cost nothing by themselves, with why.
// A resource of any other type is listed as not priced, never skipped without a word.
import type { Config } from '../config/load.js';
import { renderAll } from '../render.js';
import { modeSummary } from '../builders/modes.js';
import type { ParsedResource } from '../core/parse.js';
import { asArray, fromTexts, literal, passedParameters, referencesIn, show, type ReviewTemplate } from './model.js';
import { HOURS_PER_MONTH, PIPELINE_PRICES, PRICES_AS_OF, pricesFor, type RegionPrices } from './prices.js';
import { CLICKS_PER_REQUEST } from '../../service/src/contract/schemas.js';
import { apiProblems, COMPUTE_MODES, withCompute, type ApiType } from '../config/api.js';
import { NAT_MODES, type NatMode } from '../config/network.js';
import type { RuleInfo } from './rules.js';

export interface Assumptions {
  readonly apiRequestsMillion: number;
  /** How long the API function runs per request, on average. */
  readonly apiFunctionMs: number;
  readonly cloudFrontRequestsMillion: number;
  readonly cloudFrontGb: number;
  readonly ddbReadsMillion: number;
  readonly ddbWritesMillion: number;
  readonly ddbStorageGb: number;
  /** Log lines written per API request into each log group fed per request, in GB per million. */
  readonly requestLogGbPerMillion: number;
  /** What a log group written only at deploy time or on errors takes in a month. */
  readonly quietLogGb: number;
  readonly natGb: number;
  readonly endpointGb: number;
  readonly lcu: number;
  readonly s3GbPerBucket: number;
  readonly ecrGbPerRepository: number;
  readonly cognitoMau: number;
  /** What a VPC's flow log writes in a month (load balancer health checks alone are ~0.2 GB). */
  readonly flowLogGb: number;
  /** Click events the site reports a month (POST /clicks), and the GB Athena scans querying them. */
  readonly clickEventsMillion: number;
  readonly athenaScannedGb: number;
}

/** A small production app: a few thousand visitors a month. */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  apiRequestsMillion: 1,
  apiFunctionMs: 50,
  cloudFrontRequestsMillion: 1,
  cloudFrontGb: 10,
  ddbReadsMillion: 1,
  ddbWritesMillion: 0.1,
  ddbStorageGb: 1,
  requestLogGbPerMillion: 0.5,
  quietLogGb: 0.01,
  natGb: 5,
  endpointGb: 5,
  lcu: 1,
  s3GbPerBucket: 1,
  ecrGbPerRepository: 0.5,
  cognitoMau: 1000,
  flowLogGb: 0.5,
  clickEventsMillion: 0.5,
  athenaScannedGb: 10,
};

/** Nothing used: what the app costs standing still (storage, and what is billed by the hour). */
export const IDLE_ASSUMPTIONS: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  apiRequestsMillion: 0,
  cloudFrontRequestsMillion: 0,
  cloudFrontGb: 0,
  ddbReadsMillion: 0,
  ddbWritesMillion: 0,
  requestLogGbPerMillion: 0,
  quietLogGb: 0,
  natGb: 0,
  endpointGb: 0,
  lcu: 0,
  cognitoMau: 0,
  flowLogGb: 0.2,
  clickEventsMillion: 0,
  athenaScannedGb: 0,
};

export function describeAssumptions(a: Assumptions): string[] {
  return [
    `${HOURS_PER_MONTH} hours a month; every resource runs all month.`,
    `API Gateway: ${a.apiRequestsMillion} million requests a month per API, REST or HTTP (list price: the free tier of 1 million calls lasts a new account's first 12 months only).`,
    `Lambda: the function API Gateway invokes runs once per API request, ${a.apiFunctionMs} ms on average at its memory size (arm64); custom-resource functions run at deploy time only and Cognito triggers once per sign-up, both counted as nothing. List prices: Lambda's always-free tier (1 million requests and 400,000 GB-seconds a month) would cover the API function at this traffic.`,
    `CloudFront: ${a.cloudFrontRequestsMillion} million HTTPS requests and ${a.cloudFrontGb} GB out a month per distribution (list price: CloudFront's always-free tier of 1 TB and 10 million requests would cover it).`,
    `DynamoDB on-demand: ${a.ddbReadsMillion} million read and ${a.ddbWritesMillion} million write request units a month per table (a like is a one-item transaction: 2 units, so that is half as many likes); every write is written again to each global secondary index; ${a.ddbStorageGb} GB stored (and backed up when point-in-time recovery is on).`,
    `CloudWatch Logs: ${a.requestLogGbPerMillion} GB ingested per million API requests into each log group fed per request (the stage's access logs, the service's logs), ${a.quietLogGb} GB a month into the others (deploy-time functions, error-only execution logs); kept for the group's retention (at most 12 months counted when it never expires), stored uncompressed (an upper bound).`,
    `NAT gateways: ${a.natGb} GB processed a month in total (image pulls, calls to AWS APIs without an endpoint); each gateway's Elastic IP is a billed public IPv4 address.`,
    `Interface VPC endpoints: billed per endpoint per AZ; ${a.endpointGb} GB processed a month in total. Gateway endpoints (S3, DynamoDB) are free.`,
    `Load balancers: ${a.lcu} LCU/NLCU on average.`,
    `Fargate: the task definition's CPU and memory times the service's desired count (when it runs tasks); Linux/x86, no Savings Plans or Spot.`,
    `S3: ${a.s3GbPerBucket} GB per bucket; ECR: ${a.ecrGbPerRepository} GB of images per repository; Cognito: ${a.cognitoMau} monthly active users (the first 10,000 are free).`,
    `VPC flow logs: ${a.flowLogGb} GB of records a month per VPC, ingested and stored like any log group.`,
    `Click analytics: ${a.clickEventsMillion} million events a month into the stream (Firehose bills each record as at least 5 KB), sent ${CLICKS_PER_REQUEST} to a request at most (their POST /clicks calls are within the API's requests above); the transform runs once per stream buffer (its interval, an upper bound); Athena scans ${a.athenaScannedGb} GB a month. The Glue catalog's first million objects and requests a month are free.`,
    "X-Ray: a traced REST stage records every API request as a trace (api.tracing all: an upper bound); a service function with Active tracing and no traced stage in front (api.tracing sampled) traces by Lambda's own rule, the first request each second and 5% of the rest, counted for requests arriving at random at the month's average rate; the always-free 100,000 traces a month are not deducted.",
    'Not counted: data transfer out to the internet from API Gateway (100 GB a month are free across AWS), taxes, support plans.',
  ];
}

export interface CostLine {
  /** The id of the rule that priced it (COST001...). */
  readonly rule: string;
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
  /** Resource types neither priced by a rule nor known to be free: checked by nobody. */
  readonly unpriced: readonly { readonly type: string; readonly count: number }[];
}

export const usd = (n: number): string => `$${n.toFixed(2)}`;
/** A price as written in the table, without rounding away its digits. */
const price = (n: number): string => `$${n}`;

/** A resource a rule prices, with where it is and how to read its values. */
export interface Found {
  readonly t: ReviewTemplate;
  readonly id: string;
  readonly type: string;
  readonly properties: Record<string, unknown>;
  readonly label: string;
  /** The value of a property: a literal, or the parameter a `!Ref` names, as passed or defaulted. */
  value(v: unknown): unknown;
}

export interface CostContext {
  readonly p: RegionPrices;
  readonly a: Assumptions;
  /** Every resource of every template, for rules that need to see what refers to what. */
  readonly all: readonly Found[];
  note(text: string): void;
}

export interface CostRule extends RuleInfo {
  readonly component: string;
  readonly types: readonly string[];
  /** The component's parts: one per resource, or one for all of them. */
  price(found: readonly Found[], ctx: CostContext): readonly { cost: number; text: string }[];
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

/** Whether any resource of the set refers to `target` (in the same template) where `where` says. */
const referredBy = (target: Found, all: readonly Found[], where: (r: Found) => unknown): boolean =>
  all.some((r) => r.t === target.t && referencesIn(where(r)).some((ref) => ref.target === target.id));

/** How a Lambda function is invoked, from what refers to it. */
function invocation(fn: Found, all: readonly Found[]): 'deploy' | 'sign-up' | 'api' | 'stream' {
  if (referredBy(fn, all, (r) => r.properties.ServiceToken)) return 'deploy';
  if (transformOf(fn, all)) return 'stream';
  const events = Object.values((fn.properties.Events ?? {}) as Record<string, { Type?: string }>);
  if (events.some((e) => e.Type === 'Cognito')) return 'sign-up';
  return 'api';
}

/** The Firehose stream a function transforms for, if any. */
const transformOf = (fn: Found, all: readonly Found[]): Found | undefined =>
  all.find(
    (r) =>
      r.t === fn.t &&
      r.type === 'AWS::KinesisFirehose::DeliveryStream' &&
      referencesIn(
        (r.properties.ExtendedS3DestinationConfiguration as { ProcessingConfiguration?: unknown } | undefined)
          ?.ProcessingConfiguration,
      ).some((ref) => ref.target === fn.id),
  );

/** Seconds a stream buffers before it writes (and runs its transform). */
function bufferSeconds(stream: Found): number {
  const hints = (
    stream.properties.ExtendedS3DestinationConfiguration as { BufferingHints?: { IntervalInSeconds?: unknown } }
  )?.BufferingHints;
  return Number(stream.value(hints?.IntervalInSeconds)) || 300;
}

/** Whether a log group is fed per API request (access logs, the service's logs) or rarely. */
function perRequestLogGroup(group: Found, all: readonly Found[]): boolean {
  // A REST stage's AccessLogSetting, an HTTP API stage's AccessLogSettings.
  const accessLog = (r: Found) =>
    ((r.properties.AccessLogSetting ?? r.properties.AccessLogSettings) as { DestinationArn?: unknown } | undefined)
      ?.DestinationArn;
  if (referredBy(group, all, accessLog)) {
    return true;
  }
  const writers = all.filter(
    (r) =>
      referencesIn(r.properties.ContainerDefinitions).some((ref) => ref.target === group.id) ||
      referencesIn((r.properties.LoggingConfig as { LogGroup?: unknown })?.LogGroup).some(
        (ref) => ref.target === group.id,
      ),
  );
  return writers.some(
    (w) => w.t === group.t && (w.properties.ContainerDefinitions !== undefined || invocation(w, all) === 'api'),
  );
}

export const COST_RULES: readonly CostRule[] = [
  {
    id: 'COST001',
    description: 'NAT gateways by the hour (with their public IPv4 address) and by the GB processed.',
    source: 'https://aws.amazon.com/vpc/pricing/',
    component: 'NAT gateways',
    types: ['AWS::EC2::NatGateway'],
    price: (nats, { p, a }) =>
      nats.length === 0
        ? []
        : [
            {
              cost: nats.length * (p.natHour + p.ipv4Hour) * HOURS_PER_MONTH + a.natGb * p.natGb,
              text: `${nats.length} × (${price(p.natHour)} + ${price(p.ipv4Hour)} IPv4) × ${HOURS_PER_MONTH} h + ${a.natGb} GB × ${price(p.natGb)}`,
            },
          ],
  },
  {
    id: 'COST002',
    description: 'Interface endpoints by the hour in each AZ and by the GB processed; gateway endpoints are free.',
    source: 'https://aws.amazon.com/privatelink/pricing/',
    component: 'VPC endpoints',
    types: ['AWS::EC2::VPCEndpoint'],
    price: (endpoints, { p, a }) => {
      const interfaces = endpoints.filter((e) => e.properties.VpcEndpointType === 'Interface');
      const azHours = interfaces.reduce((n, e) => n + (asArray(e.properties.SubnetIds).length || 2), 0);
      if (interfaces.length === 0) {
        return endpoints.length ? [{ cost: 0, text: `${endpoints.length} gateway endpoint(s): free` }] : [];
      }
      return [
        {
          cost: azHours * p.endpointAzHour * HOURS_PER_MONTH + a.endpointGb * p.endpointGb,
          text: `${interfaces.length} interface endpoint(s) in ${azHours} AZ-slots × ${price(p.endpointAzHour)} × ${HOURS_PER_MONTH} h + ${a.endpointGb} GB × ${price(p.endpointGb)}; ${endpoints.length - interfaces.length} gateway endpoint(s) free`,
        },
      ];
    },
  },
  {
    id: 'COST003',
    description: 'Network and application load balancers by the hour and by capacity unit-hour.',
    source: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
    component: 'Load balancer',
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'],
    price: (lbs, { p, a }) =>
      lbs.map((lb) => {
        const network = lb.value(lb.properties.Type) === 'network';
        const hour = network ? p.nlbHour : p.albHour;
        const unit = network ? p.nlcuHour : p.lcuHour;
        return {
          cost: (hour + a.lcu * unit) * HOURS_PER_MONTH,
          text: `${network ? 'NLB' : 'ALB'} (${price(hour)} + ${a.lcu} × ${price(unit)}) × ${HOURS_PER_MONTH} h`,
        };
      }),
  },
  {
    id: 'COST004',
    description: "Fargate tasks by vCPU-hour and GB-hour of their task definition, times the service's desired count.",
    source: 'https://aws.amazon.com/fargate/pricing/',
    component: 'Fargate tasks',
    types: ['AWS::ECS::Service'],
    price: (services, { p, note }) =>
      services.map((s) => {
        const count = desiredCount(s);
        const taskRef = (s.properties.TaskDefinition as { Ref?: string } | undefined)?.Ref;
        const task = s.t.parsed.resources.find((r) => r.id === taskRef);
        let cpu = task ? vcpu(s.value(task.properties.Cpu)) : undefined;
        let mem = task ? gb(s.value(task.properties.Memory)) : undefined;
        if (cpu === undefined || mem === undefined) {
          note(`${s.label}: task size not known before deploy; priced as 0.25 vCPU / 0.5 GB.`);
          cpu ??= 0.25;
          mem ??= 0.5;
        }
        if (count === undefined) note(`${s.label}: desired count not known before deploy; priced as 1.`);
        const n = count ?? 1;
        return {
          cost: n * (cpu * p.fargateVcpuHour + mem * p.fargateGbHour) * HOURS_PER_MONTH,
          text: `${n} task(s) × (${cpu} vCPU × ${price(p.fargateVcpuHour)} + ${mem} GB × ${price(p.fargateGbHour)}) × ${HOURS_PER_MONTH} h`,
        };
      }),
  },
  {
    id: 'COST005',
    description: 'Lambda functions by request and GB-second, each by how it is invoked (API, sign-up, stream, deploy).',
    source: 'https://aws.amazon.com/lambda/pricing/',
    component: 'Lambda',
    types: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
    price: (functions, { p, a, all }) =>
      functions.map((fn) => {
        const use = invocation(fn, all);
        if (use === 'stream') {
          const runs = a.clickEventsMillion > 0 ? (HOURS_PER_MONTH * 3600) / bufferSeconds(transformOf(fn, all)!) : 0;
          const memoryGb = Number(fn.value(fn.properties.MemorySize) ?? 128) / 1024;
          const gbSeconds = runs * 0.2 * memoryGb;
          return {
            cost: (runs / 1e6) * p.lambdaRequestMillion + gbSeconds * p.lambdaArmGbSecond,
            text: `stream transform: ${Math.round(runs)} runs (one per buffer) × 200 ms × ${memoryGb} GB`,
          };
        }
        if (use !== 'api')
          return {
            cost: 0,
            text: use === 'deploy' ? 'deploy-time custom resource: $0' : 'Cognito trigger (per sign-up): $0',
          };
        const memoryGb = Number(fn.value(fn.properties.MemorySize) ?? 128) / 1024;
        const gbSeconds = a.apiRequestsMillion * 1e6 * (a.apiFunctionMs / 1000) * memoryGb;
        return {
          cost: a.apiRequestsMillion * p.lambdaRequestMillion + gbSeconds * p.lambdaArmGbSecond,
          text: `API function: ${a.apiRequestsMillion} M requests × ${price(p.lambdaRequestMillion)} + ${Math.round(gbSeconds)} GB-s (${a.apiFunctionMs} ms × ${memoryGb} GB) × ${price(p.lambdaArmGbSecond)}`,
        };
      }),
  },
  {
    id: 'COST006',
    description: 'CloudFront distributions by request and by GB transferred out.',
    source: 'https://aws.amazon.com/cloudfront/pricing/',
    component: 'CloudFront',
    types: ['AWS::CloudFront::Distribution'],
    price: (distributions, { p, a }) =>
      distributions.map(() => ({
        cost: a.cloudFrontGb * p.cloudFrontGb + a.cloudFrontRequestsMillion * 100 * p.cloudFrontHttps10k,
        text: `(${a.cloudFrontGb} GB × ${price(p.cloudFrontGb)} + ${a.cloudFrontRequestsMillion * 100} × 10k requests × ${price(p.cloudFrontHttps10k)}), ${p.cloudFrontEdge} edge prices`,
      })),
  },
  {
    id: 'COST007',
    description: 'CloudFront Functions by invocation (each viewer request).',
    source: 'https://aws.amazon.com/cloudfront/pricing/',
    component: 'CloudFront Functions',
    types: ['AWS::CloudFront::Function'],
    price: (functions, { p, a }) =>
      functions.map(() => ({
        cost: a.cloudFrontRequestsMillion * p.cloudFrontFunctionMillion,
        text: `${a.cloudFrontRequestsMillion} M viewer requests × ${price(p.cloudFrontFunctionMillion)} per million`,
      })),
  },
  {
    id: 'COST008',
    description: 'REST APIs by million requests.',
    source: 'https://aws.amazon.com/api-gateway/pricing/',
    component: 'API Gateway (REST)',
    types: ['AWS::ApiGateway::RestApi', 'AWS::Serverless::Api'],
    price: (apis, { p, a }) =>
      apis.map(() => ({
        cost: a.apiRequestsMillion * p.restApiMillion,
        text: `${a.apiRequestsMillion} M requests × ${price(p.restApiMillion)} per million`,
      })),
  },
  {
    id: 'COST009',
    description: 'HTTP APIs by million requests.',
    source: 'https://aws.amazon.com/api-gateway/pricing/',
    component: 'API Gateway (HTTP)',
    types: ['AWS::ApiGatewayV2::Api'],
    price: (apis, { p, a }) =>
      apis.map(() => ({
        cost: a.apiRequestsMillion * p.httpApiMillion,
        text: `${a.apiRequestsMillion} M requests × ${price(p.httpApiMillion)} per million`,
      })),
  },
  {
    id: 'COST010',
    description: 'X-Ray traces recorded by traced stages and functions, by million traces.',
    source: 'https://aws.amazon.com/xray/pricing/',
    component: 'X-Ray traces',
    types: ['AWS::ApiGateway::Stage', 'AWS::Serverless::Function', 'AWS::Lambda::Function'],
    price: (found, { p, a, all }) => {
      const stages = found.filter((f) => f.type === 'AWS::ApiGateway::Stage');
      const tracedStage = stages.some((st) => st.value(st.properties.TracingEnabled) === true);
      const parts = stages.map((st) =>
        st.value(st.properties.TracingEnabled) === true
          ? {
              cost: a.apiRequestsMillion * p.xrayTraceMillion,
              text: `stage: ${a.apiRequestsMillion} M traced requests × ${price(p.xrayTraceMillion)} per million traces`,
            }
          : { cost: 0, text: 'stage: tracing off' },
      );
      // The API function's own sampling counts only where no stage decided for it (a traced
      // stage's requests arrive sampled, and its traces are counted above).
      const sampling = found.filter(
        (f) =>
          f.type !== 'AWS::ApiGateway::Stage' &&
          invocation(f, all) === 'api' &&
          (f.value(f.properties.Tracing) ?? 'PassThrough') === 'Active',
      );
      for (const fn of tracedStage ? [] : sampling) {
        const traces = lambdaSampledMillion(a.apiRequestsMillion);
        parts.push({
          cost: traces * p.xrayTraceMillion,
          text: `${fn.id}: Lambda's sampling (the first request each second, ${LAMBDA_SAMPLING.rate * 100}% of the rest) keeps ${traces.toFixed(2)} M of ${a.apiRequestsMillion} M requests × ${price(p.xrayTraceMillion)} per million traces`,
        });
      }
      return parts;
    },
  },
  {
    id: 'COST011',
    description: 'DynamoDB tables by request unit (on demand), storage and point-in-time recovery.',
    source: 'https://aws.amazon.com/dynamodb/pricing/',
    component: 'DynamoDB',
    types: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    price: (tables, { p, a, note }) =>
      tables.map((t) => {
        const onDemand = t.value(t.properties.BillingMode) === 'PAY_PER_REQUEST';
        const indexes = asArray(t.properties.GlobalSecondaryIndexes).length;
        const pitr =
          (t.properties.PointInTimeRecoverySpecification as { PointInTimeRecoveryEnabled?: unknown } | undefined)
            ?.PointInTimeRecoveryEnabled === true;
        if (!onDemand) note(`${t.label}: provisioned capacity is not priced here; only storage is counted.`);
        const writes = a.ddbWritesMillion * (1 + indexes);
        const requests = onDemand ? writes * p.ddbWriteMillion + a.ddbReadsMillion * p.ddbReadMillion : 0;
        const storage = a.ddbStorageGb * (p.ddbStorageGb + (pitr ? p.ddbPitrGb : 0));
        return {
          cost: requests + storage,
          text: `${onDemand ? `${writes.toFixed(2)} M writes (${indexes} GSI) × ${price(p.ddbWriteMillion)} + ${a.ddbReadsMillion} M reads × ${price(p.ddbReadMillion)} + ` : ''}${a.ddbStorageGb} GB × (${price(p.ddbStorageGb)}${pitr ? ` + ${price(p.ddbPitrGb)} PITR` : ''})`,
        };
      }),
  },
  {
    id: 'COST012',
    description: 'Log groups by GB ingested and GB-month stored (per-request groups at the assumed traffic).',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
    component: 'CloudWatch Logs',
    types: ['AWS::Logs::LogGroup'],
    price: (groups, { p, a, all, note }) =>
      groups.map((g) => {
        const days = Number(g.value(g.properties.RetentionInDays));
        const months = isNaN(days) ? 12 : Math.min(days / 30.4, 12);
        if (isNaN(days)) note(`${g.label}: no retention (logs never expire); 12 months of storage counted.`);
        const perRequest = perRequestLogGroup(g, all);
        const flowLog = referredBy(g, all, (r) =>
          r.type === 'AWS::EC2::FlowLog' ? r.properties.LogGroupName : undefined,
        );
        const volume = flowLog
          ? a.flowLogGb
          : perRequest
            ? a.requestLogGbPerMillion * a.apiRequestsMillion
            : a.quietLogGb;
        return {
          cost: volume * (p.logsIngestGb + months * p.logsStoreGb),
          text: `${flowLog ? 'flow log' : perRequest ? 'per request' : 'quiet'} ${+volume.toFixed(3)} GB × (${price(p.logsIngestGb)} + ${months.toFixed(1)} months × ${price(p.logsStoreGb)})`,
        };
      }),
  },
  {
    id: 'COST013',
    description: 'Buckets by GB-month stored.',
    source: 'https://aws.amazon.com/s3/pricing/',
    component: 'S3',
    types: ['AWS::S3::Bucket'],
    price: (buckets, { p, a }) =>
      buckets.map(() => ({ cost: a.s3GbPerBucket * p.s3Gb, text: `${a.s3GbPerBucket} GB × ${price(p.s3Gb)}` })),
  },
  {
    id: 'COST014',
    description: 'Repositories by GB-month of images stored.',
    source: 'https://aws.amazon.com/ecr/pricing/',
    component: 'ECR',
    types: ['AWS::ECR::Repository'],
    price: (repositories, { p, a }) =>
      repositories.map(() => ({
        cost: a.ecrGbPerRepository * p.ecrGb,
        text: `${a.ecrGbPerRepository} GB × ${price(p.ecrGb)}`,
      })),
  },
  {
    id: 'COST015',
    description: 'User pools by monthly active user, per feature plan (Lite and Essentials: 10,000 free a month).',
    source: 'https://aws.amazon.com/cognito/pricing/',
    component: 'Cognito',
    types: ['AWS::Cognito::UserPool'],
    // Cognito's feature plans: Lite and Essentials have 10,000 free MAU a month, Plus (threat
    // protection) none.
    price: (pools, { a }) =>
      pools.map((pool) => {
        const tier = String(pool.value(pool.properties.UserPoolTier) ?? 'ESSENTIALS');
        const plan = COGNITO_PLANS[tier] ?? COGNITO_PLANS.ESSENTIALS;
        return {
          cost: Math.max(0, a.cognitoMau - plan.free) * plan.perMau,
          text: `${tier} plan: ${a.cognitoMau} MAU; ${plan.free ? `the first ${plan.free.toLocaleString('en-US')} free, then` : 'no free tier,'} $${plan.perMau} each`,
        };
      }),
  },
  {
    id: 'COST016',
    description: 'Firehose streams by GB ingested (records rounded up to 5 KB).',
    source: 'https://aws.amazon.com/firehose/pricing/',
    component: 'Firehose',
    types: ['AWS::KinesisFirehose::DeliveryStream'],
    price: (streams, { p, a }) =>
      streams.map(() => {
        const gb = (a.clickEventsMillion * 1e6 * 5) / 1024 ** 2;
        return {
          cost: gb * p.firehoseGb,
          text: `${a.clickEventsMillion} M records × 5 KB (the billing minimum) = ${gb.toFixed(2)} GB × ${price(p.firehoseGb)}`,
        };
      }),
  },
  {
    id: 'COST017',
    description: 'Athena workgroups by TB of data scanned.',
    source: 'https://aws.amazon.com/athena/pricing/',
    component: 'Athena',
    types: ['AWS::Athena::WorkGroup'],
    price: (workgroups, { p, a }) =>
      workgroups.map(() => ({
        cost: (a.athenaScannedGb / 1024) * p.athenaTb,
        text: `${a.athenaScannedGb} GB scanned × ${price(p.athenaTb)} per TB`,
      })),
  },
  {
    id: 'COST018',
    description: 'Web ACLs by the month, per rule and per million requests.',
    source: 'https://aws.amazon.com/waf/pricing/',
    component: 'AWS WAF',
    types: ['AWS::WAFv2::WebACL'],
    price: (acls, { a }) =>
      acls.map((acl) => {
        const rules = asArray(acl.properties.Rules).length;
        return {
          cost: 5 + rules + a.apiRequestsMillion * 0.6,
          text: `$5 a web ACL + ${rules} rules × $1 + ${a.apiRequestsMillion} M requests × $0.60 per million`,
        };
      }),
  },
  {
    id: 'COST019',
    description: 'CloudWatch alarms by the month, per metric (standard resolution).',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
    component: 'CloudWatch alarms',
    types: ['AWS::CloudWatch::Alarm'],
    price: (alarms, { p }) => {
      // A metric math alarm is billed for every metric it reads (its MetricStat queries).
      const metrics = (alarm: Found): number =>
        asArray(alarm.properties.Metrics).filter((m) => (m as { MetricStat?: unknown }).MetricStat).length || 1;
      const total = alarms.reduce((n, alarm) => n + metrics(alarm), 0);
      return alarms.length === 0
        ? []
        : [
            {
              cost: total * p.alarmMetricMonth,
              text: `${alarms.length} alarms reading ${total} metrics × ${price(p.alarmMetricMonth)} (standard resolution; the always-free 10 alarm metrics are not deducted; an alarm made only in us-east-1 is counted)`,
            },
          ];
    },
  },
  {
    id: 'COST020',
    description: "CloudWatch dashboards by the month (the account's first 3 free: not deducted).",
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
    component: 'CloudWatch dashboard',
    types: ['AWS::CloudWatch::Dashboard'],
    price: (dashboards, { p }) =>
      dashboards.map(() => ({
        cost: p.dashboardMonth,
        text: `${price(p.dashboardMonth)} a dashboard (the account's first 3 are free: not deducted)`,
      })),
  },
  {
    id: 'COST021',
    description: 'Customer managed KMS keys by the month (their few requests not counted).',
    source: 'https://aws.amazon.com/kms/pricing/',
    component: 'KMS keys',
    types: ['AWS::KMS::Key'],
    price: (keys, { p }) =>
      keys.map(() => ({
        cost: p.kmsKeyMonth,
        text: `${price(p.kmsKeyMonth)} a key (rotation keeps it one key; requests: alarms and budget alerts, a few a month)`,
      })),
  },
];

/** Lambda's sampling rule for a function with Active tracing (not configurable): a reservoir and a rate. */
export const LAMBDA_SAMPLING = { perSecond: 1, rate: 0.05 } as const;
const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/**
 * Traces Lambda's sampling keeps of `millions` requests a month arriving at random (Poisson) at
 * their average rate: each second with a request traces its first (the reservoir), then 5% of
 * the rest. Below one request a second most seconds have at most one, so most are traced.
 */
export function lambdaSampledMillion(millions: number): number {
  const perSecond = (millions * 1e6) / SECONDS_PER_MONTH;
  const busySeconds = 1 - Math.exp(-perSecond); // chance a second has at least one request
  const traced = busySeconds * LAMBDA_SAMPLING.perSecond + LAMBDA_SAMPLING.rate * (perSecond - busySeconds);
  return (traced * SECONDS_PER_MONTH) / 1e6;
}

/** USD per monthly active user beyond the free ones, by user pool feature plan (us-east-1 list prices). */
const COGNITO_PLANS: Readonly<Record<string, { free: number; perMau: number }>> = {
  LITE: { free: 10_000, perMau: 0.0055 },
  ESSENTIALS: { free: 10_000, perMau: 0.015 },
  PLUS: { free: 0, perMau: 0.02 },
};

/** Resource types that cost nothing by themselves, each with why (what they make may be billed). */
export const FREE_TYPES: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'nested stacks are free; their resources are priced',
  'AWS::IAM::Role': 'IAM is free',
  'AWS::IAM::Policy': 'IAM is free',
  'AWS::IAM::ServiceLinkedRole': 'IAM is free',
  'AWS::EC2::VPC': 'VPCs are free',
  'AWS::EC2::Subnet': 'subnets are free',
  'AWS::EC2::InternetGateway': 'free (traffic through it is billed as data transfer)',
  'AWS::EC2::VPCGatewayAttachment': 'free',
  'AWS::EC2::RouteTable': 'free',
  'AWS::EC2::Route': 'free',
  'AWS::EC2::SubnetRouteTableAssociation': 'free',
  'AWS::EC2::EIP': 'priced with the NAT gateway it serves (the public IPv4 address)',
  'AWS::EC2::SecurityGroup': 'free',
  'AWS::EC2::SecurityGroupIngress': 'free',
  'AWS::EC2::SecurityGroupEgress': 'free',
  'AWS::ECS::Cluster': 'free (Fargate tasks are priced)',
  'AWS::ECS::TaskDefinition': 'free (the tasks that run it are priced)',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'priced with the load balancer',
  'AWS::ElasticLoadBalancingV2::Listener': 'priced with the load balancer',
  'AWS::ApiGateway::VpcLink': 'free (the load balancer it targets is priced)',
  'AWS::ApiGatewayV2::VpcLink': 'free: no hourly or data charge for the link (the load balancer it reaches is priced)',
  'AWS::ApiGateway::Deployment': 'free',
  'AWS::ApiGatewayV2::Route': 'priced with the HTTP API (its requests)',
  'AWS::ApiGatewayV2::Integration': 'priced with the HTTP API (its requests)',
  'AWS::ApiGatewayV2::Authorizer': 'a JWT authorizer is free (requests it refuses are not billed)',
  'AWS::ApiGatewayV2::Stage': 'priced with the HTTP API (its requests)',
  'AWS::ApiGateway::Account': 'an account setting: free',
  'AWS::Lambda::Permission': 'free',
  'AWS::Cognito::UserPoolClient': 'priced with the user pool (monthly active users)',
  'AWS::CloudFront::OriginAccessControl': 'free',
  'AWS::CloudFront::ResponseHeadersPolicy': 'free',
  'AWS::CloudFront::CachePolicy': 'free',
  'AWS::S3::BucketPolicy': 'free',
  'AWS::CodeBuild::Project': 'billed per build minute at deploy time only (a few cents a build); not counted',
  'AWS::Events::Rule': 'rules matching AWS service events are free',
  'AWS::CodePipeline::Pipeline':
    'billed per action minute of each run: priced per run and per month in the pipeline section',
  'AWS::CodeConnections::Connection': 'free',
  'AWS::CodeBuild::ReportGroup': 'free (test reports; the build minutes are priced in the pipeline section)',
  'AWS::SQS::Queue':
    "a dead-letter queue gets a message only when an event failed every attempt: SQS's first million requests a month are free",
  'AWS::SQS::QueuePolicy': 'free',
  'AWS::WAFv2::WebACLAssociation': 'priced with its web ACL',
  'AWS::WAFv2::LoggingConfiguration': 'free (the log group it writes to is priced)',
  'AWS::Glue::Database': "the Glue Data Catalog's first million objects and requests a month are free",
  'AWS::Glue::Table': "the Glue Data Catalog's first million objects and requests a month are free",
  'AWS::Athena::NamedQuery': 'free (queries run are priced with the workgroup)',
  'AWS::Logs::LogStream': 'priced with its log group',
  'AWS::EC2::FlowLog': 'priced with its log group (the records it writes)',
  'AWS::SNS::Topic':
    "the alarm topic: SNS's first 1,000 email deliveries and million publishes a month are free, and alarms publish only when their state changes",
  'AWS::SNS::TopicPolicy': 'free',
  'AWS::SNS::Subscription': 'priced with its topic',
  'AWS::Budgets::Budget': 'a budget with notifications and no actions is free (only action-enabled budgets are billed)',
  'AWS::StepFunctions::StateMachine':
    'standard workflow: $0.025 per 1,000 state transitions; an image build runs 3 (deploy time only): nothing at this scale',
};

/** `DesiredCount`, where known: `!If [Cond, N, 0]` (tasks only when an image is known) counts N. */
function desiredCount(s: Found): number | undefined {
  const v = s.properties.DesiredCount;
  const ifArgs = (v as { 'Fn::If'?: unknown[] } | undefined)?.['Fn::If'];
  const chosen = Array.isArray(ifArgs) ? ifArgs[1] : v;
  const n = Number(s.value(chosen) ?? (v === undefined ? 1 : NaN));
  return isNaN(n) ? undefined : n;
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
  const all: Found[] = templates.flatMap((t) =>
    t.parsed.resources.map((r: ParsedResource) => ({
      t,
      id: r.id,
      properties: r.properties,
      label: `${t.file}:${r.id}`,
      type: r.type,
      value: (v: unknown) => literal(v, t.parsed, passed.get(t.file)),
    })),
  );
  const ctx: CostContext = { p, a, all, note: (text) => notes.push(text) };
  const lines: CostLine[] = COST_RULES.map((rule) => {
    const found = all.filter((f) => rule.types.includes(f.type));
    const parts = rule.price(found, ctx);
    return {
      rule: rule.id,
      component: rule.component,
      count: found.length,
      resources: found.map((f) => f.label),
      monthly: parts.reduce((n, x) => n + x.cost, 0),
      basis: grouped(parts.map((x) => x.text)) || 'none in these templates',
    };
  });
  const priced = new Set([...COST_RULES.flatMap((r) => r.types), ...Object.keys(FREE_TYPES)]);
  const counts = new Map<string, number>();
  // A custom resource is a call of its function at deploy time (the function is priced).
  const known = (type: string): boolean => priced.has(type) || type.startsWith('Custom::');
  for (const { type } of all) if (!known(type)) counts.set(type, (counts.get(type) ?? 0) + 1);
  const unpriced = [...counts].sort(([x], [y]) => x.localeCompare(y)).map(([type, count]) => ({ type, count }));
  for (const { type, count } of unpriced) notes.push(`${type} (${count}): no price rule; not counted in the total.`);
  const total = lines.reduce((n, l) => n + l.monthly, 0);
  return { region, pricedAs, pricesAsOf: PRICES_AS_OF, lines, total, notes, unpriced };
}

export interface NatModeRow {
  readonly mode: NatMode;
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
 * The effect of `network.natGateways` (fargate mode): every template rebuilt in memory with each
 * mode (the rest of the config unchanged) and priced the same way.
 */
export function natModeComparison(config: Config, region: string, a: Assumptions = DEFAULT_ASSUMPTIONS): NatModeRow[] {
  const fargate: Config = withCompute(config, 'fargate');
  return NAT_MODES.map((mode) => {
    const templates = fromTexts(renderAll({ ...fargate, network: { ...fargate.network, natGateways: mode } }));
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

export interface ComputeModeRow {
  readonly mode: Config['service']['compute'];
  /** At the assumed usage, and with nothing used. */
  readonly monthly: number;
  readonly idleMonthly: number;
  readonly resources: number;
  /** The components that make up most of the bill, largest first. */
  readonly largest: readonly string[];
  /** One line: what a launch in this mode creates. */
  readonly creates: string;
}

/** `service.compute` side by side: every template rebuilt with each mode and priced the same way. */
export function computeModeComparison(
  config: Config,
  region: string,
  a: Assumptions = DEFAULT_ASSUMPTIONS,
): ComputeModeRow[] {
  return COMPUTE_MODES.map((mode) => {
    const templates = fromTexts(renderAll(withCompute(config, mode)));
    const busy = estimateCost(templates, region, a);
    const idle = estimateCost(templates, region, IDLE_ASSUMPTIONS);
    return {
      mode,
      monthly: busy.total,
      idleMonthly: idle.total,
      resources: templates.reduce((n, t) => n + t.parsed.resources.length, 0),
      largest: [...busy.lines]
        .sort((x, y) => y.monthly - x.monthly)
        .slice(0, 3)
        .map((l) => `${l.component} ${usd(l.monthly)}`),
      creates: modeSummary(config, mode).creates,
    };
  });
}

export interface ApiTypeRow {
  readonly type: ApiType;
  /** At the assumed usage. */
  readonly monthly: number;
  /** The most API requests a second a sustained flood gets through, and what sets it. */
  readonly floodPerSecond: number;
  readonly floodBoundBy: string;
  readonly floodMillion: number;
  /** The month's whole bill while the flood lasts all month. */
  readonly floodMonthly: number;
  readonly floodLargest: readonly string[];
  readonly givesUp: string;
}

/** What each API type leaves out that the other has (generator/config/api.ts refuses the combinations). */
export const API_TYPE_GIVES_UP: Readonly<Record<ApiType, string>> = {
  rest: '$3.50 per million requests against $1.00 (and X-Ray of every request by default); otherwise the superset: request validation, AWS WAF with per-client rate rules, stage tracing, usage plans, POST /clicks straight to Firehose, fargate mode.',
  http: "request validation at the gateway (the service still checks every request, so malformed ones reach the function and are billed), AWS WAF on the API (no per-client rate limit: only the stage's and routes' throttles bound a flood), X-Ray traces from the gateway, usage plans and API keys, POST /clicks (no Firehose integration: click analytics off). API Gateway's own answers are {\"message\": ...} bodies: 401 for a missing or bad token, 429 when throttled, 413 over 10 MB.",
};

const SECONDS_IN_MONTH = HOURS_PER_MONTH * 3600;

/** The config with another API type, its derived settings re-derived where they would not build. */
function withApiType(config: Config, type: ApiType): Config {
  const moved: Config = { ...config, api: { ...config.api, type } };
  if (apiProblems(moved).length === 0) return moved;
  return {
    ...moved,
    api: { ...moved.api, tracing: undefined, waf: type === 'rest' ? config.api.waf : false },
    analytics: { ...config.analytics, enabled: undefined },
  };
}

/**
 * `api.type` side by side (those the compute mode can build), each at the assumed usage and under
 * a sustained flood: as many requests as the stage's throttle (and, in lambda mode, the function's
 * reserved concurrency at its assumed duration) lets through, every second of the month. Requests
 * the throttle refuses (429) are not counted.
 */
export function apiTypeComparison(config: Config, region: string, a: Assumptions = DEFAULT_ASSUMPTIONS): ApiTypeRow[] {
  const types: ApiType[] = config.service.compute === 'lambda' ? ['rest', 'http'] : ['rest'];
  return types.map((type) => {
    const cfg = withApiType(config, type);
    const templates = fromTexts(renderAll(cfg));
    const usual = estimateCost(templates, region, a);
    const stage = cfg.api.throttling.rateLimit;
    const reserved = cfg.service.compute === 'lambda' ? cfg.service.lambda.reservedConcurrency : undefined;
    const byConcurrency = reserved ? (reserved * 1000) / a.apiFunctionMs : Infinity;
    const floodPerSecond = Math.min(stage, byConcurrency);
    const floodBoundBy =
      byConcurrency < stage
        ? `service.lambda.reservedConcurrency ${reserved} × 1000 / ${a.apiFunctionMs} ms`
        : `api.throttling.rateLimit ${stage} rps`;
    const floodMillion = (floodPerSecond * SECONDS_IN_MONTH) / 1e6;
    const flood = estimateCost(templates, region, {
      ...a,
      apiRequestsMillion: floodMillion,
      ddbReadsMillion: a.apiRequestsMillion ? (a.ddbReadsMillion / a.apiRequestsMillion) * floodMillion : 0,
    });
    return {
      type,
      monthly: usual.total,
      floodPerSecond,
      floodBoundBy,
      floodMillion,
      floodMonthly: flood.total,
      floodLargest: [...flood.lines]
        .sort((x, y) => y.monthly - x.monthly)
        .slice(0, 4)
        .map((l) => `${l.component} ${usd(l.monthly)}`),
      givesUp: API_TYPE_GIVES_UP[type],
    };
  });
}

/** Minutes one pipeline run is assumed to take, per action (a Fargate execute is the slow one). */
export const PIPELINE_RUN = {
  sourceMinutes: 1,
  buildMinutes: 12,
  changeSetMinutes: 2,
  summaryMinutes: 1,
  executeMinutes: 15,
  /** Artifacts a run leaves (source zip, out/, review/), kept 30 days by the bucket's lifecycle. */
  artifactGb: 0.2,
} as const;

export interface PipelineCost {
  readonly actionMinutes: number;
  readonly buildMinutes: number;
  readonly perRun: number;
  readonly pushesPerMonth: number;
  readonly storage: number;
  readonly perMonth: number;
  readonly text: string;
}

/**
 * The pipeline priced per run and per month at `pushesPerMonth`: CodePipeline V2 action minutes
 * (time waiting at a manual approval not counted: assumed unbilled, to check on AWS's pricing page), CodeBuild
 * minutes (the build and each stage's summary) and the artifacts kept 30 days in S3.
 */
export function pipelineCost(stages: number, pushesPerMonth: number, region: string): PipelineCost {
  const r = PIPELINE_RUN;
  const p = PIPELINE_PRICES;
  const actionMinutes =
    r.sourceMinutes + r.buildMinutes + stages * (r.changeSetMinutes + r.summaryMinutes + r.executeMinutes);
  const buildMinutes = r.buildMinutes + stages * r.summaryMinutes;
  const perRun = actionMinutes * p.actionMinute + buildMinutes * p.buildMinuteMedium;
  const s3Gb = pricesFor(region).prices.s3Gb;
  const storage = r.artifactGb * pushesPerMonth * s3Gb;
  return {
    actionMinutes,
    buildMinutes,
    perRun,
    pushesPerMonth,
    storage,
    perMonth: perRun * pushesPerMonth + storage,
    text: `per run: ${actionMinutes} action min × ${price(p.actionMinute)} + ${buildMinutes} build min × ${price(p.buildMinuteMedium)} = ${usd(perRun)}; per month: ${pushesPerMonth} runs + ${r.artifactGb} GB × ${pushesPerMonth} × ${price(s3Gb)} S3 = ${usd(perRun * pushesPerMonth + storage)}`,
  };
}
