// The service's entry point (`npm run service`, and the container's command): settings from the
// environment, AWS clients, the app on PORT, and a graceful stop on SIGTERM.
import { keyIds } from './auth/jwks.js';
import { createApp } from './app.js';
import { userPoolOf } from './auth/user-pool.js';
import { serviceClients } from './clients.js';
import { ConfigError, loadConfig, type ServiceConfig } from './config.js';
import { SETTINGS } from './settings.js';
import { errorFields, jsonLogger } from './log.js';
import { listen, stop } from './server.js';

const log = jsonLogger();

// Node's own warnings (deprecations, the SDK's notices) as log lines like the rest.
process.removeAllListeners('warning');
process.on('warning', (w) => log.warn('node warning', { name: w.name, message: w.message }));
process.on('uncaughtException', (err) => {
  log.error('uncaught exception', errorFields(err));
  process.exit(1);
});
process.on('unhandledRejection', (err) => {
  log.error('unhandled rejection', errorFields(err));
  process.exit(1);
});

function settings(): ServiceConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    log.error('invalid configuration', { problems: err.problems });
    const help = Object.entries(SETTINGS)
      .map(([name, { need, what }]) => `  ${name.padEnd(21)} ${need.padEnd(9)} ${what}`)
      .join('\n');
    process.stderr.write(`mysfits service: ${err.message}\n\nSettings (environment variables):\n${help}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const config = settings();
  const { dynamodb, cognito } = serviceClients(config, log);
  const lifecycle = { draining: false };
  const app = createApp({ ...config, dynamodb, userPool: userPoolOf(cognito), log, lifecycle });
  const { server, port } = await listen(app, config.port, config.host, log);
  log.info('listening', {
    host: config.host,
    port,
    table: config.tableName,
    region: config.region,
    userPoolId: config.userPoolId,
    ...(config.dynamodbEndpoint ? { dynamodbEndpoint: config.dynamodbEndpoint } : {}),
    ...(config.corsOrigins.length ? { corsOrigins: config.corsOrigins } : {}),
    // Where token keys come from: given up front (COGNITO_JWKS), or fetched when first needed.
    signingKeys: config.jwks ? { given: keyIds(config.jwks) } : 'fetched',
  });

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    lifecycle.draining = true;
    log.info('shutting down', { signal, timeoutMs: config.shutdownTimeoutMs });
    const { drained } = await stop(server, config.shutdownTimeoutMs);
    dynamodb.destroy();
    cognito.destroy();
    log[drained ? 'info' : 'warn']('stopped', { drained });
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void shutdown(s));
  process.on('SIGINT', (s) => void shutdown(s));
}

main().catch((err: unknown) => {
  log.error('failed to start', errorFields(err));
  process.exit(1);
});
