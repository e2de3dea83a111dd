// AWS client rules shared by the service and the CLI (the CLI imports them from here, so the
// service bundle carries none of the CLI). Emulators (dynalite, moto, cognito-local) listen on
// loopback and accept any credentials: with a loopback endpoint and no credentials configured,
// both use placeholder ones rather than failing to find any.

/** An AWS region code, like us-east-1 (also us-gov-west-1, us-isob-east-1). */
export const REGION_CODE = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

export function isLoopback(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.startsWith('127.');
  } catch {
    return false;
  }
}

/**
 * Placeholder credentials for an emulator on loopback when none are configured (no
 * AWS_ACCESS_KEY_ID, AWS_PROFILE or `profile`); otherwise undefined: the SDK's own chain.
 */
export function placeholderCredentials(
  endpoint: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  profile?: string,
): { accessKeyId: string; secretAccessKey: string } | undefined {
  const configured = env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || profile;
  return endpoint !== undefined && isLoopback(endpoint) && !configured
    ? { accessKeyId: 'local', secretAccessKey: 'local' }
    : undefined;
}
