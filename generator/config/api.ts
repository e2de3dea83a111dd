// The API's settings that follow from others when unset, and the combinations refused: declared
// once here, read by the builders, the review and the config check alike.
//
// api.type: http in lambda mode (the cheaper API, and the only one the default lambda config fits
// its cost target with), rest in fargate mode (as the tutorial; an HTTP API reaches the load
// balancer over the same VPC link V2 when asked for). api.tracing: all with rest (the stage traces
// every request, as before), off with http (an HTTP API records no traces, and Lambda's own
// sampling traces nearly every request at a few a second). analytics.enabled: on with rest, off
// with http (an HTTP API has no integration straight to Firehose).
import type { Config } from './generated/config.js';

export type ApiType = 'rest' | 'http';
export type ApiTracing = 'off' | 'sampled' | 'all';

/** The config's fields as the schema leaves them: a derived one may still be unset. */
type Settable = Pick<Config, 'service' | 'api' | 'analytics'>;

export function apiType(config: Settable): ApiType {
  return config.api.type ?? (config.service.compute === 'lambda' ? 'http' : 'rest');
}

export function apiTracing(config: Settable): ApiTracing {
  return config.api.tracing ?? (apiType(config) === 'rest' ? 'all' : 'off');
}

export function analyticsEnabled(config: Settable): boolean {
  return config.analytics.enabled ?? apiType(config) === 'rest';
}

/** The combinations of API settings that cannot be built, each naming both settings. */
export function apiProblems(config: Settable): string[] {
  const type = apiType(config);
  const tracing = apiTracing(config);
  const problems: string[] = [];
  if (type === 'http') {
    if (config.analytics.enabled === true) {
      problems.push(
        'analytics.enabled: true needs api.type "rest": POST /clicks is API Gateway\'s integration straight to Firehose, which an HTTP API does not have (api.type and analytics.enabled)',
      );
    }
    if (config.api.waf) {
      problems.push(
        'api.waf: true needs api.type "rest": AWS WAF protects REST API stages, not HTTP APIs (put a web ACL on the site\'s CloudFront instead) (api.type and api.waf)',
      );
    }
    if (tracing === 'all') {
      problems.push(
        'api.tracing: "all" needs api.type "rest": an HTTP API records no X-Ray traces (use "sampled": the function traces with Lambda\'s sampling) (api.type and api.tracing)',
      );
    }
  }
  if (tracing === 'sampled' && config.service.compute !== 'lambda') {
    problems.push(
      'api.tracing: "sampled" needs service.compute "lambda": it is the service function\'s own tracing (use "all" or "off") (api.tracing and service.compute)',
    );
  }
  return problems;
}

export type Compute = Config['service']['compute'];

/** The two compute modes, in the order comparisons list them. */
export const COMPUTE_MODES: readonly Compute[] = ['fargate', 'lambda'];

/** Both compute modes, the config's own first (package's two Launch Stack buttons). */
export const modesOwnFirst = (config: Pick<Config, 'service'>): Compute[] => [
  config.service.compute,
  ...COMPUTE_MODES.filter((mode) => mode !== config.service.compute),
];

/**
 * The config rebuilt in another compute mode, for comparisons: the API settings that follow from
 * the mode are derived again where the config's own would not build in it.
 */
export function withCompute<C extends Settable>(config: C, compute: Compute): C {
  const moved = { ...config, service: { ...config.service, compute } };
  if (apiProblems(moved).length === 0) return moved;
  const api = { ...config.api, type: undefined, tracing: undefined, waf: false };
  const analytics = { ...config.analytics, enabled: undefined };
  return { ...moved, api, analytics };
}
