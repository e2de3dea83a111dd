// `npm start`: the whole app on this machine (see run.ts), until Ctrl-C.
//   PORT          the site's port (default 3000)
//   API_PORT      the API's port (default: any free port)
//   COGNITO_PORT  cognito-local's port (default: any free port)
//   DYNAMODB_PORT dynalite's port (default: any free port)
//   LIST_CACHE_MS how long GET /mysfits answers are reused, as the service's setting (default 2000)
//   MFA           the pool's MFA mode, as cognito.mfa: off (default) or optional
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMfaMode, type MfaMode } from '../functions/shared/site-config.js';
import { DEFAULT_LIST_CACHE_MS, MAX_LIST_CACHE_MS } from '../service/src/config.js';
import { CATALOGUE } from '../service/src/data/catalogue.js';
import { LocalRunError, startLocalRun, TABLE, type LocalRun } from './run.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const HOST = '127.0.0.1';

const out = (line = ''): void => void process.stdout.write(`${line}\n`);
const fail = (message: string, code: number): never => {
  process.stderr.write(`mysfits start: ${message}\n`);
  process.exit(code);
};

function whole(name: string, fallback: number, max: number, what: string): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > max) fail(`${name}="${raw}" is not ${what} (0 to ${max})`, 2);
  return n;
}
const port = (name: string, fallback: number): number => whole(name, fallback, 65535, 'a port number');

// Node's own warnings (the SDK's notices) as one short line each, not a paragraph.
process.removeAllListeners('warning');
process.on('warning', (w) =>
  out(`  node: ${w.name === 'Warning' ? '' : `${w.name}: `}${w.message.replace(/\s+/g, ' ').trim()}`),
);

/** MFA: off or optional (cognito-local cannot run required mode's enrolment, MFA_SETUP). */
function mfa(): MfaMode {
  const raw = process.env.MFA?.trim() || 'off';
  if (raw === 'required') {
    fail('MFA=required cannot run locally: cognito-local lacks the MFA_SETUP challenge (use MFA=optional)', 2);
  }
  if (!isMfaMode(raw)) return fail(`MFA="${raw}" is not one of off, optional`, 2);
  return raw;
}

async function main(): Promise<void> {
  const options = {
    mfa: mfa(),
    siteRoot: join(ROOT, 'dist', 'site'),
    port: port('PORT', 3000),
    apiPort: port('API_PORT', 0),
    cognitoPort: port('COGNITO_PORT', 0),
    dynamodbPort: port('DYNAMODB_PORT', 0),
    listCacheMs: whole('LIST_CACHE_MS', DEFAULT_LIST_CACHE_MS, MAX_LIST_CACHE_MS, 'a number of milliseconds'),
    host: HOST,
  };
  out(
    `mysfits: starting the local run (DynamoDB and Cognito emulators, the API, the site) on Node ${process.versions.node} ...`,
  );
  let run: LocalRun | undefined;
  let stopping = false;
  const shutdown = async (why: string, code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    out(`\nmysfits: ${why}; stopping ...`);
    await run?.close();
    out('mysfits: stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => {
    // A second Ctrl-C while stopping ends at once (cognito-local still exits: its stdin closes).
    if (stopping) process.exit(130);
    void shutdown('Ctrl-C', 0);
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGHUP', () => void shutdown('terminal closed', 0));

  try {
    run = await startLocalRun({
      ...options,
      onCode: ({ username, destination, code }) => {
        out('');
        out(`  ✉  confirmation code for ${destination ?? username}: ${code}`);
        out('     (no email is sent locally: type this code on the site)');
        out('');
      },
      onLog: (line) => out(`  api  ${line}`),
      onFailure: (message) => {
        process.stderr.write(`mysfits start: ${message}\n`);
        void shutdown('cognito-local failed', 1);
      },
    });
  } catch (err) {
    if (err instanceof LocalRunError) fail(err.message, 1);
    throw err;
  }
  if (stopping) return;
  out('');
  out(`  site      ${run.siteUrl}   <- open this`);
  out(`  API       ${run.apiUrl}   (the Koa service; CORS for the site)`);
  out(
    `  Cognito   ${run.cognitoEndpoint}   (cognito-local; pool ${run.userPoolId}, client ${run.userPoolClientId}, MFA ${options.mfa})`,
  );
  out(`  DynamoDB  ${run.dynamodbEndpoint}   (dynalite, in memory; table ${TABLE}, ${CATALOGUE.length} mysfits)`);
  out(`  clicks    ${run.clicksDir}   (POST /clicks, enriched JSON lines by day, as Firehose writes them)`);
  out('');
  out('  Register on the site: the confirmation code is printed here (no email is sent).');
  out('  Nothing is kept after this stops (the click records neither). Ctrl-C stops everything.');
  out('');
}

main().catch((err: unknown) => {
  fail(err instanceof Error ? (err.stack ?? err.message) : String(err), 1);
});
