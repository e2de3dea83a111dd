// The site's runtime config, `config.json` at the root of the site: what the site fetches at
// start so one build serves every region. Written by the site-deploy custom resource from the
// stack's outputs, and by `mysfits deploy` when a stack has none.
export const SITE_CONFIG_FILE = 'config.json';

/** The user pool's MFA modes (config cognito.mfa, schemas/config.schema.json): TOTP only. */
export const MFA_MODES = ['off', 'optional', 'required'] as const;
export type MfaMode = (typeof MFA_MODES)[number];

/** Each mode as the user pool's MfaConfiguration. */
export const POOL_MFA = { off: 'OFF', optional: 'OPTIONAL', required: 'ON' } as const satisfies Record<MfaMode, string>;

export const isMfaMode = (value: unknown): value is MfaMode => (MFA_MODES as readonly unknown[]).includes(value);

/** `value` as an MFA mode; absent (a stack from before the option) is off. */
export function mfaMode(value: unknown): MfaMode {
  if (value === undefined || value === '') return 'off';
  if (isMfaMode(value)) return value;
  throw new Error(`MFA mode ${JSON.stringify(value)} is not one of ${MFA_MODES.join(', ')}`);
}

export interface SiteConfig {
  /** Base URL of the API stage, without a trailing slash. */
  readonly apiUrl: string;
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Whether the site reports clicks to POST /clicks (analytics.enabled). */
  readonly analytics: boolean;
  /** cognito.mfa: whether the site offers authenticator enrolment (off: it does not). */
  readonly mfa: MfaMode;
}

/** The file's exact text (stable key order, final newline), so an unchanged config is byte-equal. */
export function siteConfigJson(config: SiteConfig): string {
  const value: SiteConfig = {
    apiUrl: config.apiUrl.replace(/\/+$/, ''),
    region: config.region,
    userPoolId: config.userPoolId,
    userPoolClientId: config.userPoolClientId,
    analytics: config.analytics,
    mfa: config.mfa,
  };
  return JSON.stringify(value, null, 2) + '\n';
}
