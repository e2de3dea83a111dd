// Client settings every AWS command shares: --region, --profile and --endpoint, with the SDK's
// standard credential chain. An endpoint on loopback is an emulator (moto, dynalite): if no
// credentials are configured, emulators accept any, so placeholder ones are used.
import { loadConfig, NODE_REGION_CONFIG_OPTIONS } from '@smithy/core/config';
import { UsageError } from '../errors.js';
import { lookupRegion, nearestRegion } from '../config/regions.js';
import { isLoopback, placeholderCredentials } from '../../service/src/emulator.js';

export { isLoopback };

export interface AwsOptions {
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
}

export interface ClientConfig {
  region: string;
  endpoint?: string;
  profile?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Throws a usage error unless `region` is a region of the AWS SDK's partition data ("did you mean"). */
export function checkRegionCode(region: string, source = 'region'): void {
  if (lookupRegion(region)) return;
  const guess = nearestRegion(region);
  throw new UsageError(
    `${source} "${region}" is not an AWS region${guess ? ` (did you mean ${guess}?)` : ' (like us-east-1)'}`,
  );
}

/**
 * The region as the AWS CLI finds it: --region, else AWS_REGION (AWS_DEFAULT_REGION), else the
 * profile's `region` in the shared config files (--profile, else AWS_PROFILE, else default).
 */
async function regionOf(options: AwsOptions, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const given = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (given) return given;
  try {
    // The SDK's own lookup (environment, then ~/.aws/config and credentials, AWS_CONFIG_FILE honoured).
    return await loadConfig(NODE_REGION_CONFIG_OPTIONS, { profile: options.profile ?? env.AWS_PROFILE })();
  } catch {
    return undefined; // no region anywhere
  }
}

export async function clientConfig(options: AwsOptions, env: NodeJS.ProcessEnv = process.env): Promise<ClientConfig> {
  const region = await regionOf(options, env);
  if (!region) {
    throw new UsageError(
      `no region: pass --region, set AWS_REGION, or give the profile ${options.profile ?? env.AWS_PROFILE ?? 'default'} one (aws configure set region us-east-1)`,
    );
  }
  checkRegionCode(region, options.region ? '--region' : 'region');
  const config: ClientConfig = { region };
  if (options.profile) config.profile = options.profile;
  if (options.endpoint) {
    try {
      new URL(options.endpoint);
    } catch {
      throw new UsageError(`--endpoint "${options.endpoint}" is not a URL (like http://127.0.0.1:5000)`);
    }
    config.endpoint = options.endpoint;
    const credentials = placeholderCredentials(options.endpoint, env, options.profile);
    if (credentials) config.credentials = credentials;
  }
  return config;
}

/** The --region/--profile/--endpoint flags, for a command's option table. */
export const AWS_FLAGS = {
  region: {
    type: 'string',
    value: 'REGION',
    description: "AWS region (default: $AWS_REGION, else the profile's region in ~/.aws/config).",
  },
  profile: {
    type: 'string',
    value: 'NAME',
    description: 'Named profile from ~/.aws (default: standard credential chain).',
  },
  endpoint: {
    type: 'string',
    value: 'URL',
    description: 'Service endpoint, for emulators such as moto or dynalite on 127.0.0.1.',
  },
} as const;

/** An S3 client's settings: path-style addressing against an emulator endpoint (moto has no DNS per bucket). */
export async function s3ClientConfig(
  options: AwsOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ClientConfig & { forcePathStyle?: boolean }> {
  const config = await clientConfig(options, env);
  return config.endpoint ? { ...config, forcePathStyle: true } : config;
}

/**
 * `--parameters`/`--tags` values: each `KEY=VALUE` (the flag repeated for more), or
 * `file://PATH` holding JSON, either `{"KEY": "VALUE"}` or the AWS CLI's
 * `[{"ParameterKey": ..., "ParameterValue": ...}]` / `[{"Key": ..., "Value": ...}]`.
 */
export function parseKeyValues(
  values: readonly string[],
  flag: string,
  readFile: (path: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: unknown, where: string): void => {
    if (!key) throw new UsageError(`${flag} ${where}: empty key`);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new UsageError(`${flag} ${where}: the value of ${key} must be a string`);
    }
    out[key] = String(value);
  };
  for (const entry of values) {
    if (entry.startsWith('file://')) {
      const path = entry.slice('file://'.length);
      let data: unknown;
      try {
        data = JSON.parse(readFile(path));
      } catch (err) {
        throw new UsageError(`${flag} ${entry}: ${(err as Error).message}`);
      }
      if (Array.isArray(data)) {
        for (const item of data as Record<string, unknown>[]) {
          put(String(item.ParameterKey ?? item.Key ?? ''), item.ParameterValue ?? item.Value, entry);
        }
      } else if (data && typeof data === 'object') {
        for (const [k, v] of Object.entries(data)) put(k, v, entry);
      } else {
        throw new UsageError(`${flag} ${entry}: expected a JSON object or array`);
      }
      continue;
    }
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} "${entry}": expected KEY=VALUE or file://PATH`);
    put(entry.slice(0, eq), entry.slice(eq + 1), `"${entry}"`);
  }
  return out;
}
