// The site's runtime config, `config.json` at the root of the site: what the site fetches at
// start so one build serves every region. Written by the site-deploy custom resource from the
// stack's outputs, and by `mysfits deploy` when a stack has none.
export const SITE_CONFIG_FILE = 'config.json';

export interface SiteConfig {
  /** Base URL of the API stage, without a trailing slash. */
  readonly apiUrl: string;
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Whether the site reports clicks to POST /clicks (analytics.enabled). */
  readonly analytics: boolean;
}

/** The file's exact text (stable key order, final newline), so an unchanged config is byte-equal. */
export function siteConfigJson(config: SiteConfig): string {
  const value: SiteConfig = {
    apiUrl: config.apiUrl.replace(/\/+$/, ''),
    region: config.region,
    userPoolId: config.userPoolId,
    userPoolClientId: config.userPoolClientId,
    analytics: config.analytics,
  };
  return JSON.stringify(value, null, 2) + '\n';
}
