// AWS list prices the review's cost estimate uses: USD, on-demand, Linux/x86, first pricing tier.
// Written down here by hand and never fetched (the review runs offline). Prices change: the date
// below is when they were compiled; check the AWS Pricing Calculator before relying on them.
// A region missing here falls back to us-east-1, and the report says so.

export const PRICES_AS_OF = '2025-06-01';
export const FALLBACK_REGION = 'us-east-1';
export const HOURS_PER_MONTH = 730;

export interface RegionPrices {
  /** NAT gateway: per hour, and per GB processed. */
  readonly natHour: number;
  readonly natGb: number;
  /** Public IPv4 address (the NAT gateway's Elastic IP), per hour. */
  readonly ipv4Hour: number;
  /** Network load balancer: per hour, per NLCU-hour. */
  readonly nlbHour: number;
  readonly nlcuHour: number;
  /** Application load balancer: per hour, per LCU-hour. */
  readonly albHour: number;
  readonly lcuHour: number;
  /** Fargate: per vCPU-hour and per GB-hour. */
  readonly fargateVcpuHour: number;
  readonly fargateGbHour: number;
  /** API Gateway REST API: per million requests. */
  readonly restApiMillion: number;
  /**
   * API Gateway HTTP API: per million requests (first 300 million, each metered in 512 KB steps).
   * The us-east-1 price in every region: the regional ones (up to about 30% higher) are not
   * compiled here yet.
   */
  readonly httpApiMillion: number;
  /** DynamoDB on-demand: per million write / read request units; storage and PITR per GB-month. */
  readonly ddbWriteMillion: number;
  readonly ddbReadMillion: number;
  readonly ddbStorageGb: number;
  readonly ddbPitrGb: number;
  /** CloudWatch Logs: per GB ingested, per GB-month stored. */
  readonly logsIngestGb: number;
  readonly logsStoreGb: number;
  /** VPC interface endpoint: per endpoint per AZ per hour, per GB processed. */
  readonly endpointAzHour: number;
  readonly endpointGb: number;
  /** CloudFront, priced where the viewers are (assumed near the region): per GB out, per 10,000 HTTPS requests. */
  readonly cloudFrontEdge: string;
  readonly cloudFrontGb: number;
  readonly cloudFrontHttps10k: number;
  /** CloudFront Functions: per million invocations. */
  readonly cloudFrontFunctionMillion: number;
  /** S3 Standard per GB-month; ECR storage per GB-month. */
  readonly s3Gb: number;
  readonly ecrGb: number;
  /** Lambda: per million requests, per GB-second of an arm64 function. */
  readonly lambdaRequestMillion: number;
  readonly lambdaArmGbSecond: number;
  /** X-Ray: per million traces recorded. */
  readonly xrayTraceMillion: number;
  /** Firehose Direct PUT: per GB ingested (each record rounded up to 5 KB). */
  readonly firehoseGb: number;
  /** Athena: per TB scanned (10 MB at least per query). */
  readonly athenaTb: number;
  /** CloudWatch: per standard-resolution alarm metric a month (a metric math alarm pays for each metric it reads). */
  readonly alarmMetricMonth: number;
  /** CloudWatch: per dashboard a month (an account's first 3 dashboards of up to 50 metrics are free). */
  readonly dashboardMonth: number;
  /** KMS: per customer managed key a month (its requests: $0.03 per 10,000). */
  readonly kmsKeyMonth: number;
}

const US: RegionPrices = {
  natHour: 0.045,
  natGb: 0.045,
  ipv4Hour: 0.005,
  nlbHour: 0.0225,
  nlcuHour: 0.006,
  albHour: 0.0225,
  lcuHour: 0.008,
  fargateVcpuHour: 0.04048,
  fargateGbHour: 0.004445,
  restApiMillion: 3.5,
  httpApiMillion: 1.0,
  ddbWriteMillion: 0.625,
  ddbReadMillion: 0.125,
  ddbStorageGb: 0.25,
  ddbPitrGb: 0.2,
  logsIngestGb: 0.5,
  logsStoreGb: 0.03,
  endpointAzHour: 0.01,
  endpointGb: 0.01,
  cloudFrontEdge: 'United States',
  cloudFrontGb: 0.085,
  cloudFrontHttps10k: 0.01,
  cloudFrontFunctionMillion: 0.1,
  s3Gb: 0.023,
  ecrGb: 0.1,
  lambdaRequestMillion: 0.2,
  lambdaArmGbSecond: 0.0000133334,
  xrayTraceMillion: 5,
  firehoseGb: 0.029,
  athenaTb: 5,
  alarmMetricMonth: 0.1,
  dashboardMonth: 3,
  kmsKeyMonth: 1,
};

export const PRICES: Readonly<Record<string, RegionPrices>> = {
  'us-east-1': US,
  'us-east-2': US,
  'us-west-2': US,
  'eu-west-1': {
    ...US,
    natHour: 0.048,
    natGb: 0.048,
    nlbHour: 0.0252,
    albHour: 0.0252,
    ddbWriteMillion: 0.7068,
    ddbReadMillion: 0.1413,
    ddbStorageGb: 0.283,
    ddbPitrGb: 0.2264,
    logsIngestGb: 0.57,
    endpointAzHour: 0.011,
    cloudFrontEdge: 'Europe',
  },
  'eu-west-2': {
    ...US,
    natHour: 0.05,
    natGb: 0.05,
    nlbHour: 0.0264,
    albHour: 0.0264,
    fargateVcpuHour: 0.04656,
    fargateGbHour: 0.00511,
    restApiMillion: 3.7,
    ddbWriteMillion: 0.7363,
    ddbReadMillion: 0.1472,
    ddbStorageGb: 0.29,
    ddbPitrGb: 0.232,
    logsIngestGb: 0.5985,
    logsStoreGb: 0.0315,
    endpointAzHour: 0.011,
    cloudFrontEdge: 'Europe',
    s3Gb: 0.024,
  },
  'eu-central-1': {
    ...US,
    natHour: 0.052,
    natGb: 0.052,
    nlbHour: 0.027,
    albHour: 0.027,
    fargateVcpuHour: 0.04656,
    fargateGbHour: 0.00511,
    restApiMillion: 3.7,
    ddbWriteMillion: 0.7625,
    ddbReadMillion: 0.1525,
    ddbStorageGb: 0.306,
    ddbPitrGb: 0.2448,
    logsIngestGb: 0.63,
    logsStoreGb: 0.0324,
    endpointAzHour: 0.012,
    cloudFrontEdge: 'Europe',
    s3Gb: 0.0245,
  },
  'ap-northeast-1': {
    ...US,
    natHour: 0.062,
    natGb: 0.062,
    nlbHour: 0.0243,
    albHour: 0.0243,
    fargateVcpuHour: 0.05056,
    fargateGbHour: 0.00553,
    restApiMillion: 4.25,
    ddbWriteMillion: 0.7125,
    ddbReadMillion: 0.1425,
    ddbStorageGb: 0.285,
    ddbPitrGb: 0.228,
    logsIngestGb: 0.76,
    logsStoreGb: 0.033,
    endpointAzHour: 0.014,
    cloudFrontEdge: 'Japan',
    cloudFrontGb: 0.114,
    cloudFrontHttps10k: 0.012,
    s3Gb: 0.025,
  },
  'ap-northeast-2': {
    ...US,
    natHour: 0.059,
    natGb: 0.059,
    fargateVcpuHour: 0.04656,
    fargateGbHour: 0.00511,
    restApiMillion: 3.72,
    ddbWriteMillion: 0.6753,
    ddbReadMillion: 0.135,
    ddbStorageGb: 0.27,
    ddbPitrGb: 0.216,
    logsIngestGb: 0.7017,
    logsStoreGb: 0.0314,
    endpointAzHour: 0.013,
    cloudFrontEdge: 'South Korea',
    cloudFrontGb: 0.126,
    cloudFrontHttps10k: 0.012,
    s3Gb: 0.025,
  },
  'ap-southeast-2': {
    ...US,
    natHour: 0.059,
    natGb: 0.059,
    nlbHour: 0.0252,
    albHour: 0.0252,
    fargateVcpuHour: 0.04856,
    fargateGbHour: 0.00532,
    restApiMillion: 4.25,
    ddbWriteMillion: 0.7125,
    ddbReadMillion: 0.1425,
    ddbStorageGb: 0.285,
    ddbPitrGb: 0.228,
    logsIngestGb: 0.75,
    logsStoreGb: 0.033,
    endpointAzHour: 0.013,
    cloudFrontEdge: 'Australia',
    cloudFrontGb: 0.114,
    cloudFrontHttps10k: 0.0125,
    s3Gb: 0.025,
  },
  'ap-south-1': {
    ...US,
    natHour: 0.056,
    natGb: 0.056,
    nlbHour: 0.0239,
    albHour: 0.0239,
    fargateVcpuHour: 0.04256,
    fargateGbHour: 0.00467,
    ddbWriteMillion: 0.711,
    ddbReadMillion: 0.1422,
    ddbStorageGb: 0.285,
    ddbPitrGb: 0.228,
    logsIngestGb: 0.6,
    logsStoreGb: 0.0306,
    endpointAzHour: 0.011,
    cloudFrontEdge: 'India',
    cloudFrontGb: 0.109,
    cloudFrontHttps10k: 0.012,
    s3Gb: 0.025,
  },
};

export function pricesFor(region: string): { prices: RegionPrices; region: string; fallback: boolean } {
  const prices = PRICES[region];
  return prices
    ? { prices, region, fallback: false }
    : { prices: PRICES[FALLBACK_REGION], region: FALLBACK_REGION, fallback: true };
}

/**
 * The delivery pipeline (pipeline.yml), us-east-1 list prices used for every region: CodePipeline
 * V2 per action-execution minute, CodeBuild per build minute of BUILD_GENERAL1_MEDIUM on Linux
 * (the compute type the builder sets). Free tiers (100 minutes of each a month) not deducted.
 */
export const PIPELINE_PRICES = { actionMinute: 0.002, buildMinuteMedium: 0.01 } as const;
