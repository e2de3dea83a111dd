// The site's runtime settings, fetched from config.json at start so one build serves every
// region: in AWS the site stack's custom resource writes the file from the stack's outputs; the
// local run (`npm start`) serves one pointing at its emulators. Nothing is baked into the build.
import { isMfaMode, MFA_MODES, type MfaMode } from '../../functions/shared/site-config.js';

export interface SiteConfig {
  /** The API's base URL, without a trailing slash (https://ID.execute-api.REGION.amazonaws.com/prod). */
  readonly apiUrl: string;
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Cognito's API endpoint, only for an emulator (the local run); absent in AWS. */
  readonly cognitoEndpoint?: string;
  /** Whether to report what the visitor does to POST /clicks (absent: no). */
  readonly analytics: boolean;
  /** The pool's MFA mode: whether the site offers the Two-step sign-in page (absent: off). */
  readonly mfa: MfaMode;
}

export const CONFIG_PATH = 'config.json';

/** Why the site cannot start, in words for the visitor (and the operator who deployed it). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const FIELDS = ['apiUrl', 'region', 'userPoolId', 'userPoolClientId'] as const;

/** Fetches and checks config.json; every failure is a ConfigError that says what is wrong. */
export async function loadConfig(url: string = CONFIG_PATH): Promise<SiteConfig> {
  let response: Response;
  try {
    // Never a cached copy: a redeploy changes it in place.
    response = await fetch(url, { cache: 'no-store' });
  } catch {
    throw new ConfigError(`The site's settings (${url}) could not be downloaded: the network seems to be down.`);
  }
  if (!response.ok) {
    throw new ConfigError(
      `The site's settings (${url}) are missing: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch {
    throw new ConfigError(`The site's settings (${url}) are not valid JSON.`);
  }
  return parseConfig(data, url);
}

export function parseConfig(data: unknown, url: string = CONFIG_PATH): SiteConfig {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`The site's settings (${url}) must be a JSON object.`);
  }
  const record = data as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${field} is missing`);
  }
  const apiUrl = typeof record.apiUrl === 'string' ? record.apiUrl.trim().replace(/\/+$/, '') : '';
  if (apiUrl !== '' && !isHttpUrl(apiUrl)) problems.push(`apiUrl "${apiUrl}" is not an http(s) URL`);
  const endpoint = record.cognitoEndpoint;
  if (endpoint !== undefined && (typeof endpoint !== 'string' || !isHttpUrl(endpoint))) {
    problems.push('cognitoEndpoint is not an http(s) URL');
  }
  if (record.analytics !== undefined && typeof record.analytics !== 'boolean')
    problems.push('analytics is not true or false');
  if (record.mfa !== undefined && !isMfaMode(record.mfa)) {
    problems.push(`mfa is not one of ${MFA_MODES.join(', ')}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`The site's settings (${url}) are incomplete: ${problems.join('; ')}.`);
  }
  return {
    apiUrl,
    region: (record.region as string).trim(),
    userPoolId: (record.userPoolId as string).trim(),
    userPoolClientId: (record.userPoolClientId as string).trim(),
    ...(typeof endpoint === 'string' ? { cognitoEndpoint: endpoint } : {}),
    analytics: record.analytics === true,
    mfa: (record.mfa as MfaMode | undefined) ?? 'off',
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
