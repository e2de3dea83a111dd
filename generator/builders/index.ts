// Every generated template: its file under templates/, and the pure builder that makes it.
import type { Config } from '../config/load.js';
import type { Template } from '../core/template.js';
import { buildAnalytics } from './analytics.js';
import { buildApi } from './api.js';
import { buildCognito } from './cognito.js';
import { buildCore } from './core.js';
import { buildData } from './data.js';
import { buildMain } from './main.js';
import { buildService } from './service.js';
import { buildServiceFunction } from './service-function.js';
import { buildSite } from './site.js';
import { buildSiteContent } from './site-content.js';
import { analyticsEnabled, apiType } from '../config/api.js';
import { buildHttpApi } from './http-api.js';

export interface TemplateBuilder {
  /** File name under the output folder. */
  readonly file: string;
  /** The compute mode it belongs to (service.compute); none: both. */
  readonly compute?: Config['service']['compute'];
  /** Made only for a config where this holds; none: always. */
  readonly when?: (config: Config) => boolean;
  /** What the template creates, one line, for `generate` output and docs. */
  readonly summary: string;
  readonly build: (config: Config) => Template;
}

export const TEMPLATES: readonly TemplateBuilder[] = [
  {
    file: 'core.yml',
    compute: 'fargate',
    summary: 'VPC, subnets, NAT, DynamoDB endpoint, service security group',
    build: buildCore,
  },
  {
    file: 'data.yml',
    summary: 'mysfits table (on demand, encrypted, PITR), seeded by a custom resource',
    build: buildData,
  },
  {
    file: 'cognito.yml',
    summary: 'user pool and site app client; optional pre-sign-up trigger (SAM)',
    build: buildCognito,
  },
  {
    file: 'site.yml',
    summary: 'private site bucket, CloudFront with origin access control and security headers',
    build: buildSite,
  },
  {
    file: 'service.yml',
    compute: 'fargate',
    summary: 'ECR, image build from the packaged source (CodeBuild), ECS cluster, Fargate service, internal NLB',
    build: buildService,
  },
  {
    file: 'service-function.yml',
    compute: 'lambda',
    summary: 'the API service as one Lambda function (no VPC, load balancer or image build)',
    build: buildServiceFunction,
  },
  {
    file: 'api.yml',
    summary:
      'REST API from the Swagger (VPC link or function proxy), Cognito authorizer, throttled logged stage; or (api.type http) an HTTP API with a JWT authorizer',
    build: (config) => (apiType(config) === 'http' ? buildHttpApi(config) : buildApi(config)),
  },
  {
    file: 'analytics.yml',
    when: (config) => analyticsEnabled(config),
    summary: 'click stream (Firehose, enriched by a Lambda) into S3 by day, Glue table, Athena workgroup and queries',
    build: buildAnalytics,
  },
  {
    file: 'site-content.yml',
    summary: 'the built site and its config.json in the site bucket, from the stack outputs; CloudFront invalidated',
    build: buildSiteContent,
  },
  { file: 'main.yml', summary: 'the whole app as nested stacks (the Launch Stack template)', build: buildMain },
];

/** The templates of a config: those of its compute mode and those of both, if the config has them. */
export function templatesFor(config: Config): TemplateBuilder[] {
  return TEMPLATES.filter(
    (b) => (b.compute === undefined || b.compute === config.service.compute) && (b.when?.(config) ?? true),
  );
}

/** The root template: its nested stacks' wiring is checked against the others. */
export const ROOT_TEMPLATE = 'main.yml';

/** The standalone Swagger document, with `${Output}` placeholders (see `mysfits swagger`). */
export const SWAGGER_FILE = 'api-swagger.json';
