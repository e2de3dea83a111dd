// The two compute modes in words, for people choosing one: what a launch creates, and what it
// needs of the account (quotas a fresh account may not have). The Launch Stack page, launch.md
// and the review's comparison all say it from here.
import type { Compute } from '../config/api.js';
import type { Config } from '../config/load.js';
import { natGatewayCount } from '../config/network.js';

export type { Compute } from '../config/api.js';

export interface ModeSummary {
  readonly compute: Compute;
  /** A button's label. */
  readonly title: string;
  readonly creates: string;
  /** What the account must allow, per launch. */
  readonly needs: readonly string[];
}

/**
 * Both modes serve the site through CloudFront, which refuses a distribution to an account AWS has
 * not verified yet ("Your account must be verified before you can add new CloudFront resources"):
 * a brand-new account's first launch can fail on the site stack for it.
 */
export const CLOUDFRONT_VERIFIED =
  'CloudFront: a new account must be verified before it may create a distribution; if the site stack fails with "Your account must be verified", ask AWS Support to verify it, then launch again';

/**
 * natGateways none reaches Cognito through its interface endpoint, a PrivateLink service not every
 * region offers; package cannot know offline (`mysfits deploy` asks EC2), so the page says it.
 */
export const COGNITO_PRIVATELINK =
  'natGateways none: Cognito\'s interface endpoint (com.amazonaws.REGION.cognito-idp) must be offered in the region, which not every region does (`aws ec2 describe-vpc-endpoint-services --service-names com.amazonaws.REGION.cognito-idp`); where it is not, the core stack fails on CognitoEndpoint: package with natGateways "single" for that region (`mysfits deploy` checks it before writing anything)';

/**
 * The subnets of a Launch Stack go in the region's first two zone names unless the
 * AvailabilityZones parameter names two (`mysfits deploy` chooses them by zone ID).
 */
export const ZONES_NEED =
  "two availability zones with Fargate and VPC links V2: left empty, the AvailabilityZones parameter means the region's first two zones, which in some accounts include a zone ID without them (use1-az3 in us-east-1); if the core or api stack fails there, launch again naming two other zones (`mysfits deploy` chooses them by zone ID)";

export function modeSummary(config: Config, compute: Compute): ModeSummary {
  if (compute === 'lambda') {
    return {
      compute,
      title: 'Serverless (Lambda)',
      creates:
        'the service as one Lambda function (no VPC, load balancer or image build), the table, sign-up, the API and the site',
      needs: [
        'no VPC, Elastic IP or CodeBuild build',
        `Lambda concurrency: the function shares the account's pool${config.service.lambda.reservedConcurrency ? ` and reserves ${config.service.lambda.reservedConcurrency} of it (the account must keep 10 unreserved)` : ''}; a new account's quota can be as low as 10 concurrent executions`,
        CLOUDFRONT_VERIFIED,
      ],
    };
  }
  const eips = natGatewayCount(config);
  return {
    compute,
    title: 'Containers (Fargate)',
    creates:
      'a VPC with NAT, the service on ECS Fargate behind an internal load balancer and a VPC link, its image built in your account (CodeBuild), the table, sign-up, the API and the site',
    needs: [
      `1 VPC (default quota: 5 a region) and ${eips} Elastic IP address${eips === 1 ? '' : 'es'} for NAT (default quota: 5 a region)`,
      'CodeBuild: 1 build at a time (Linux x86, small); a new account may have a quota of 0 concurrent builds: raise "Concurrently running builds for Linux/Small environment" in Service Quotas',
      CLOUDFRONT_VERIFIED,
      "ECS's service-linked role (AWSServiceRoleForECS), created by the stack when the account has none",
      ZONES_NEED,
      ...(config.network.natGateways === 'none' ? [COGNITO_PRIVATELINK] : []),
    ],
  };
}
