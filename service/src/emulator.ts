// Emulators (dynalite, moto, cognito-local) listen on loopback and accept any credentials. Shared
// by the service and the CLI: with a loopback endpoint and no credentials configured, both use
// placeholder ones rather than failing to find any.

export function isLoopback(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.startsWith('127.');
  } catch {
    return false;
  }
}
