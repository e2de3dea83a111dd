// Every generated template: its file under templates/, and the pure builder that makes it.
import type { Config } from '../config/load.js';
import type { Template } from '../core/template.js';
import { buildAnalytics } from './analytics.js';
import { buildApi } from './api.js';
import { buildCognito } from './cognito.js';
import { buildCore } from './core.js';
import { buildData } from './data.js';
import { buildMain } from './main.js';
import {
  buildPipeline,
  buildPipelineRegion,
  otherRegions,
  PIPELINE_REGION_TEMPLATE,
  pipelineStages,
} from './pipeline.js';
import { buildService } from './service.js';
import { buildServiceFunction } from './service-function.js';
import { buildSite } from './site.js';
import { buildSiteContent } from './site-content.js';
import { alarmArnsOutput } from './monitoring.js';

/** A part's template, with the output listing its alarms for the install's dashboard. */
const withAlarms =
  (build: (config: Config) => Template) =>
  (config: Config): Template => {
    const t = build(config);
    alarmArnsOutput(t);
    return t;
  };
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

/** The delivery pipeline's template: its own stack, deployed by `mysfits pipeline deploy`, not nested in main.yml. */
export const PIPELINE_TEMPLATE = 'pipeline.yml';

export const TEMPLATES: readonly TemplateBuilder[] = [
  {
    file: 'core.yml',
    compute: 'fargate',
    summary: 'VPC, subnets, NAT, DynamoDB endpoint, service security group',
    build: withAlarms(buildCore),
  },
  {
    file: 'data.yml',
    summary: 'mysfits table (on demand, encrypted, PITR), seeded by a custom resource',
    build: withAlarms(buildData),
  },
  {
    file: 'cognito.yml',
    summary: 'user pool and site app client; optional pre-sign-up trigger (SAM)',
    build: withAlarms(buildCognito),
  },
  {
    file: 'site.yml',
    summary: 'private site bucket, CloudFront with origin access control and security headers',
    build: withAlarms(buildSite),
  },
  {
    file: 'service.yml',
    compute: 'fargate',
    summary: 'ECR, image build from the packaged source (CodeBuild), ECS cluster, Fargate service, internal NLB',
    build: withAlarms(buildService),
  },
  {
    file: 'service-function.yml',
    compute: 'lambda',
    summary: 'the API service as one Lambda function (no VPC, load balancer or image build)',
    build: withAlarms(buildServiceFunction),
  },
  {
    file: 'api.yml',
    summary:
      'REST API from the Swagger (VPC link or function proxy), Cognito authorizer, throttled logged stage; or (api.type http) an HTTP API with a JWT authorizer',
    build: withAlarms((config) => (apiType(config) === 'http' ? buildHttpApi(config) : buildApi(config))),
  },
  {
    file: 'analytics.yml',
    when: (config) => analyticsEnabled(config),
    summary: 'click stream (Firehose, enriched by a Lambda) into S3 by day, Glue table, Athena workgroup and queries',
    build: withAlarms(buildAnalytics),
  },
  {
    file: 'site-content.yml',
    summary: 'the built site and its config.json in the site bucket, from the stack outputs; CloudFront invalidated',
    build: withAlarms(buildSiteContent),
  },
  { file: 'main.yml', summary: 'the whole app as nested stacks (the Launch Stack template)', build: buildMain },
  {
    file: PIPELINE_TEMPLATE,
    when: (config) => config.pipeline.enabled,
    summary: 'delivery pipeline (its own stack): build and test, then per stage change set, summary, approval, execute',
    build: (config) => buildPipeline(config, appResourceTypes(config)),
  },
  {
    file: PIPELINE_REGION_TEMPLATE,
    when: (config) => config.pipeline.enabled && otherRegions(pipelineStages(config)).length > 0,
    summary: "the pipeline's artifact store in a stage's other region (deployed there first by pipeline deploy)",
    build: buildPipelineRegion,
  },
];

/** The resource types the app's templates (all but the pipeline's) use: what the pipeline's deploy role must manage. */
export function appResourceTypes(config: Config): string[] {
  const types = new Set<string>();
  for (const b of templatesFor(config).filter(
    (b) => b.file !== PIPELINE_TEMPLATE && b.file !== PIPELINE_REGION_TEMPLATE,
  )) {
    for (const r of b.build(config).resources) types.add((r.value as { Type: string }).Type);
  }
  return [...types].sort();
}

/** The templates of a config: those of its compute mode and those of both, if the config has them. */
export function templatesFor(config: Config): TemplateBuilder[] {
  return TEMPLATES.filter(
    (b) => (b.compute === undefined || b.compute === config.service.compute) && (b.when?.(config) ?? true),
  );
}

export { ROOT_TEMPLATE } from './roots.js';

/** The standalone Swagger document, with `${Output}` placeholders (see `mysfits swagger`). */
export const SWAGGER_FILE = 'api-swagger.json';
