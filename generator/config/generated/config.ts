// GENERATED FILE: do not edit by hand.
// The config after validation (defaults filled in), from schemas/config.schema.json.
// Regenerate with `npm run gen:types` (scripts/gen-config-type.mjs).

/** Everything a user may set when generating the Mythical Mysfits templates. Every field is optional; the defaults reproduce the architecture of the tutorials mysfits replaces, with their security fixes. */
export type Config = {
  /** The app's name: the default stack name (so every name CloudFormation generates starts with it), the prefix of the user pool's and app client's names, the API's title and the artifact folder (lower case letters, digits and hyphens, starting with a letter). */
  readonly appName: string;
  /** Regions to package and publish the templates for (one Launch Stack button each). */
  readonly regions: readonly (string)[];
  /** The VPC: two public and two private subnets in two availability zones. */
  readonly network: {
    /** IPv4 CIDR block of the VPC (a /16 to /28 private range). */
    readonly vpcCidr: string;
    /** CIDR blocks of the two public subnets (load balancer side, NAT gateways), one per availability zone. */
    readonly publicSubnetCidrs: readonly (string)[];
    /** CIDR blocks of the two private subnets (Fargate tasks, load balancer), one per availability zone. */
    readonly privateSubnetCidrs: readonly (string)[];
    /** The two availability zone NAMES of the subnets (as this account names them, e.g. ["us-east-1b", "us-east-1c"]). Unset (the default): `mysfits deploy` chooses, for a stack it creates, the first two zones whose zone ID has Fargate, VPC links V2 and (natGateways none) the interface endpoints. Set: deploy checks the pair against the same data and refuses a zone that lacks one of them. A stack that exists keeps its zones: deploy refuses a pin that differs (moving would replace both subnets). Packaged templates (Launch Stack) leave it to the AvailabilityZones parameter. */
    readonly availabilityZones?: readonly (string)[];
    /** Outbound internet for the private subnets: perAz (one NAT gateway per zone, as the tutorial; survives a zone outage), single (one shared gateway; cheaper), none (no outbound internet: tasks reach DynamoDB, S3, ECR, CloudWatch Logs and Cognito through VPC endpoints, and get the user pool's signing keys at deploy time). */
    readonly natGateways: "perAz" | "single" | "none";
  };
  /** What runs the API: the Fargate service of the tutorial, or one Lambda function. */
  readonly service: {
    /** fargate: the tutorial's architecture (a VPC with NAT, the service on ECS Fargate behind an internal network load balancer, API Gateway over a VPC link, the image built in the account). lambda: the same app in one Lambda function behind API Gateway (no VPC, NAT, load balancer, VPC link or image build): cents a day and a launch in minutes. The network settings and cpu, memory, desiredCount and port apply to fargate only; service.lambda to lambda only. */
    readonly compute: "fargate" | "lambda";
    /** The function of the lambda mode. */
    readonly lambda: {
      /** Memory of the function in MB (CPU grows with it). */
      readonly memoryMb: number;
      /** How long one request may run; API Gateway gives up after 29 s. */
      readonly timeoutSeconds: number;
      /** Instances reserved for the function, which also caps it (a bound on cost and on the table's load). Unset by default: a new account's concurrency quota can be as low as 10, and Lambda refuses to reserve below 10 unreserved. */
      readonly reservedConcurrency?: number;
    };
    /** Task CPU units (256 = 0.25 vCPU). */
    readonly cpu: 256 | 512 | 1024 | 2048 | 4096;
    /** Task memory in MiB; must be a Fargate combination for the CPU (256: 512-2048, 512: 1024-4096, 1024: 2048-8192, 2048: 4096-16384, 4096: 8192-30720). */
    readonly memory: number;
    /** Number of running tasks. */
    readonly desiredCount: number;
    /** Container port the service listens on. */
    readonly port: number;
  };
  /** The DynamoDB table of mysfits. */
  readonly data: {
    /** Name of the table. Unset (the default): CloudFormation names it after the stack (like mysfits-DataStack-1A2B3C-MysfitsTable-4D5E6F), so a second install in the region, or an account that still has the tutorial's MysfitsTable, never collides. A fixed name makes a second install in the same region fail. */
    readonly tableName?: string;
    /** DynamoDB deletion protection on the table: refuse a DeleteTable call (turn on for production data). The table is kept when the stack is deleted or an update would replace it whatever this says (DeletionPolicy RetainExceptOnCreate, UpdateReplacePolicy Retain). */
    readonly deletionProtection: boolean;
  };
  /** The Cognito user pool for sign-up and sign-in. */
  readonly cognito: {
    /** Name of the user pool. Unset (the default): <appName>-users-<the stack's unique id>, so pools of two installs are told apart. */
    readonly userPoolName?: string;
    /** Password rules for new users. */
    readonly passwordPolicy: {
      readonly minimumLength: number;
      readonly requireLowercase: boolean;
      readonly requireUppercase: boolean;
      readonly requireNumbers: boolean;
      readonly requireSymbols: boolean;
    };
    /** How long tokens issued to the site stay valid. */
    readonly tokenValidity: {
      readonly accessTokenMinutes: number;
      readonly idTokenMinutes: number;
      readonly refreshTokenDays: number;
    };
    /** Confirm new users without the emailed code (a pre-sign-up trigger). A testing shortcut from the tutorials: leave off for real users. */
    readonly autoConfirmSignUp: boolean;
    /** Cognito deletion protection on the user pool: refuse a DeleteUserPool call. The pool is kept with its users when the stack is deleted or an update would replace it whatever this says (DeletionPolicy RetainExceptOnCreate, UpdateReplacePolicy Retain). */
    readonly deletionProtection: boolean;
    /** Cognito threat protection (compromised credentials, adaptive authentication): audit only logs risky sign-ins, enforced also blocks them. Either puts the pool on the Plus feature plan, billed per monthly active user with no free tier; off (the default) keeps the Lite plan. */
    readonly threatProtection: "off" | "audit" | "enforced";
    /** A second sign-in step with an authenticator app (TOTP codes; no SMS, so no SNS cost or sandbox). optional: each user may turn it on from the site's "Two-step sign-in" page, and from then on signs in with a code. required: a user without an authenticator sets one up when signing in, and every sign-in asks for a code. off (the default): email and password only (the site offers no enrolment) */
    readonly mfa: "off" | "optional" | "required";
    /** Send sign-up and recovery email through your Amazon SES identity instead of Cognito's built-in email (which sends at most 50 messages a day per account, from no-reply@verificationemail.com). The identity must be verified in SES in the stack's region, and the account out of the SES sandbox to reach any address. */
    readonly email?: {
      /** The From address, e.g. "Mythical Mysfits <no-reply@example.com>"; its address must belong to the identity. */
      readonly from: string;
      /** ARN of the verified SES identity (an email address or a domain). An identity is verified in one region: one ARN serves a package of its own region only; for several regions give a map of region to ARN (every region packaged needs one). */
      readonly sesIdentityArn: string | { readonly [key: string]: string };
      /** Reply-To address of the messages. */
      readonly replyTo?: string;
    };
  };
  /** The API Gateway API in front of the service: a REST API (v1) or an HTTP API (v2). */
  readonly api: {
    /** rest: an API Gateway REST API from the generated Swagger ($3.50 per million requests in us-east-1): request validation, AWS WAF, X-Ray tracing of the stage, usage plans, POST /clicks straight to Firehose. http: an API Gateway HTTP API ($1.00 per million): JWT authorizer for the user pool, built-in CORS, per-route throttling, Lambda proxy (payload format 2.0) or, in fargate mode, an HTTP proxy over the VPC link V2 to the load balancer, access logs; no WAF, no request validation, no X-Ray of its own; without click analytics. Unset: http in lambda mode, rest in fargate mode. */
    readonly type?: "rest" | "http";
    /** AWS X-Ray traces of API requests ($5 per million traces). all: the REST API's stage traces every request (api.type rest only). sampled: the service function traces with Lambda's sampling rule (the first request each second, 5% of the rest; lambda mode only). off: no traces of API requests. Unset: all with api.type rest, off with http. */
    readonly tracing?: "off" | "sampled" | "all";
    /** Name of the deployed stage. */
    readonly stageName: string;
    /** Stage-wide request throttling. */
    readonly throttling: {
      /** Steady-state requests per second. */
      readonly rateLimit: number;
      /** Maximum concurrent request burst. */
      readonly burstLimit: number;
      /** Tighter limits for each /auth/* operation (sign-up, confirm, sign-in, refresh, me): they are public and each call reaches Cognito, whose own quotas are per account. */
      readonly auth: {
        /** Steady-state requests per second, per operation. */
        readonly rateLimit: number;
        /** Maximum concurrent request burst, per operation. */
        readonly burstLimit: number;
      };
      /** POST /clicks's own limit: it is public and each call writes to Firehose. */
      readonly clicks: {
        /** Steady-state requests per second, per operation. */
        readonly rateLimit: number;
        /** Maximum concurrent request burst, per operation. */
        readonly burstLimit: number;
      };
    };
    /** Create the IAM role API Gateway uses to write to CloudWatch Logs and set it for the account in the stack's region (AWS::ApiGateway::Account). REST API stages refuse access and execution logging until the account has one. The role is kept when the stack is deleted, so other APIs in the account keep logging. Turn off if your account already sets this role. */
    readonly accountCloudWatchRole: boolean;
    /** Put an AWS WAF web ACL on the API stage (api.type rest) with AWS managed rules (common rule set, known bad inputs, Amazon IP reputation list) and per-client rate-based rules (api.wafRateLimits), and log what it blocks. About $10 a month plus $0.60 per million requests; off by default. */
    readonly waf: boolean;
    /** With api.waf: the most requests one client IP may make in any 5 minutes before WAF blocks it (rate-based rules), for every request and, tighter, for writes (POST), /auth/* and /clicks. */
    readonly wafRateLimits: {
      /** Any request, per IP per 5 minutes. */
      readonly all: number;
      /** POST requests, per IP per 5 minutes. */
      readonly writes: number;
      /** Requests to /auth/*, per IP per 5 minutes. */
      readonly auth: number;
      /** Requests to /clicks, per IP per 5 minutes. */
      readonly clicks: number;
    };
  };
  /** The static site: a private S3 bucket served by CloudFront. */
  readonly site: {
    /** CloudFront edge locations serving the site: PriceClass_100 (North America and Europe; cheapest), PriceClass_200 (adds most of Asia, Middle East and Africa), PriceClass_All (every location). */
    readonly priceClass: "PriceClass_100" | "PriceClass_200" | "PriceClass_All";
    /** CloudFront standard logs and the site bucket's server access logs, to a log bucket that keeps them logs.retentionDays days and stays after the stack is deleted. CloudFront cannot log to a bucket in an opt-in region: there only the bucket's access logs are written. */
    readonly logging: boolean;
    /** An AWS WAF web ACL (scope CLOUDFRONT, which lives in us-east-1) to put in front of the site. Unset: none. */
    readonly webAclArn?: string;
    /** Serve the site on your own domain with your ACM certificate, and require TLS 1.2 (TLSv1.2_2021); CloudFront's default *.cloudfront.net certificate keeps a TLS 1.0 minimum that cannot be raised. Point the domain's DNS at the distribution (output DistributionDomainName) yourself. */
    readonly domain?: {
      /** The site's host name, e.g. mysfits.example.com. */
      readonly name: string;
      /** ARN of an issued ACM certificate for that name, in us-east-1 (CloudFront's region for certificates). */
      readonly certificateArn: string;
    };
  };
  /** Click analytics: the site reports what visitors do (profiles viewed, likes, adoptions, filters) to POST /clicks, which the REST API puts straight into a Firehose stream; a Lambda adds each mysfit's attributes; records land in S3 by day, queryable with Athena (analytics.yml). */
  readonly analytics: {
    /** Off: no analytics stack, no /clicks route, and the site sends nothing. Unset: on with api.type rest, off with http (an HTTP API has no integration straight to Firehose; turning it on with http is refused). */
    readonly enabled?: boolean;
    /** Days the click records (and Athena's query results) are kept. */
    readonly retentionDays: number;
    /** Firehose writes a file of records at least this often, in seconds. */
    readonly bufferSeconds: number;
    /** Firehose writes a file sooner when this many MB of records have arrived. */
    readonly bufferMb: number;
  };
  /** Alarms on every resource the app creates (AWS's recommended alarms), one encrypted SNS topic they all notify, one CloudWatch dashboard per install, and an optional monthly budget (see docs/monitoring.md). */
  readonly monitoring: {
    /** Off: no alarms, topic, dashboard or budget. */
    readonly enabled: boolean;
    /** Subscribe this address to the alarm topic (AWS sends a confirmation mail first; nothing arrives until it is confirmed). Unset: subscribe yourself later, or let a pipeline or chat integration do it. */
    readonly email?: string;
    /** A monthly AWS Budgets cost budget of this many US dollars for the account, alerting the topic at 80% actual and 100% forecast spend. Unset: no budget. */
    readonly budgetMonthlyUsd?: number;
    /** Alarm when more than this percentage of API requests fail with a 5XX error (over 3 of 5 minutes). */
    readonly api5xxRatePercent: number;
    /** Alarm when more than this percentage of API requests are answered with a 4XX error (over 3 of 5 minutes); raise it if clients often send bad requests. */
    readonly api4xxRatePercent: number;
    /** Alarm when the API's 90th percentile latency stays above this many milliseconds (over 3 of 5 minutes). */
    readonly apiLatencyP90Ms: number;
    /** Alarm when more than this percentage of CloudFront requests fail with a 5xx error (created only when the app is in us-east-1, where CloudFront's metrics are). */
    readonly site5xxRatePercent: number;
  };
  /** Where `mysfits package` points the packaged templates and `mysfits publish` uploads them: one S3 bucket per region, <bucketPrefix>-<region>, objects under <appName>/. */
  readonly artifacts: {
    /** Start of the artifact bucket names; the region is appended (mysfits-artifacts-us-east-1). Bucket names are global across AWS accounts: pick one you own. Lower case letters, digits and hyphens (no dots: they break HTTPS to the bucket). */
    readonly bucketPrefix: string;
  };
  /** CloudWatch Logs settings shared by every log group. */
  readonly logs: {
    /** Days to keep log events (a value CloudWatch Logs accepts). */
    readonly retentionDays: 1 | 3 | 5 | 7 | 14 | 30 | 60 | 90 | 120 | 150 | 180 | 365 | 400 | 545 | 731 | 1096 | 1827 | 2192 | 2557 | 2922 | 3288 | 3653;
    /** Encrypt every log group with this KMS key (its policy must let logs.<region>.amazonaws.com use it: see the README). A key works in its own region only: one ARN serves a package of that region; for several regions give a map of region to ARN (every region packaged needs one). Unset: CloudWatch Logs' own encryption. */
    readonly kmsKeyArn?: string | { readonly [key: string]: string };
  };
  /** A delivery pipeline (pipeline.yml, its own stack, deployed with `mysfits pipeline deploy`): a push builds and tests the source, packages it, and per stage creates a change set, waits for an approval that summarises it, and executes it. */
  readonly pipeline: {
    /** On: `generate` writes pipeline.yml. */
    readonly enabled: boolean;
    /** Where a push comes from: s3 (a zip `mysfits pipeline push` uploads to the pipeline's versioned source bucket) or github (a repository through AWS CodeConnections). */
    readonly source: "s3" | "github";
    /** The GitHub source (source: github). */
    readonly github: {
      /** owner/name of the repository. */
      readonly repository?: string;
      /** The branch whose pushes run the pipeline. */
      readonly branch: string;
      /** An existing, AVAILABLE CodeConnections connection to GitHub; none: the stack creates one, which stays PENDING until a person completes it once in the console. */
      readonly connectionArn?: string;
    };
    /** The targets, deployed in order. Every stage is in the pipeline's region (the first stage's); default: one stage prod, with approval, in the config's first region. */
    readonly stages: readonly ({
      /** Stage name (letters, digits, hyphens). */
      readonly name: string;
      /** The app's stack this stage deploys; default appName-name (appName for prod). */
      readonly stackName?: string;
      /** Its region; default the config's first region. */
      readonly region?: string;
      /** Wait for a person to approve the change set before executing it. */
      readonly approval: boolean;
    })[];
    /** Pushes a month, for the price review puts on the pipeline. */
    readonly pushesPerMonth: number;
  };
  /** Tags applied to every stack (and so to every resource that supports tags). */
  readonly tags: { readonly [key: string]: string };
};
