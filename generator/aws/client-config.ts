// Client settings every AWS command shares: --region, --profile and --endpoint, with the SDK's
// standard credential chain. An endpoint on loopback is an emulator (moto, dynalite): if no
// credentials are configured, emulators accept any, so placeholder ones are used.
import { UsageError } from '../cli/command.js';
import { isLoopback } from '../../service/src/emulator.js';

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

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

export function clientConfig(options: AwsOptions, env: NodeJS.ProcessEnv = process.env): ClientConfig {
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) throw new UsageError('no region: pass --region or set AWS_REGION');
  if (!REGION.test(region)) throw new UsageError(`"${region}" is not an AWS region code (like us-east-1)`);
  const config: ClientConfig = { region };
  if (options.profile) config.profile = options.profile;
  if (options.endpoint) {
    try {
      new URL(options.endpoint);
    } catch {
      throw new UsageError(`--endpoint "${options.endpoint}" is not a URL (like http://127.0.0.1:5000)`);
    }
    config.endpoint = options.endpoint;
    const hasCredentials = env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || options.profile;
    if (isLoopback(options.endpoint) && !hasCredentials) {
      config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    }
  }
  return config;
}

/** The --region/--profile/--endpoint flags, for a command's option table. */
export const AWS_FLAGS = {
  region: { type: 'string', value: 'REGION', description: 'AWS region (default: $AWS_REGION).' },
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
