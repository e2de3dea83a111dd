// service/Dockerfile, checked without a Docker engine (there is none here):
//   1. dockerfile-utils' validator (the one behind the VS Code Docker extension, npm, maintained)
//      with every rule raised to an error. hadolint would be the usual choice but is neither on
//      npm nor in Debian, and only npm and Debian are reachable from these machines.
//   2. The house rules the validator has no rule for (multi-stage, pinned tag, non-root user,
//      port 8080, healthcheck, production-only runtime), read from dockerfile-ast's parse.
//   3. The stages' work done outside Docker: the bundle is built from exactly the files the
//      build stage copies (admitted by .dockerignore), then run from a folder with no
//      node_modules, as the runtime stage runs it, and probed with the HEALTHCHECK's own command.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { ROOT, tempDir } from '../helpers.js';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';
import { BUNDLE_ENV, runBundle } from '../support/service.js';
import {
  admitted,
  contextSources,
  DOCKERFILE,
  lines,
  of,
  probeOf,
  runtimeCommand,
  runtimeEnvironment,
  stages,
  STRICT,
} from '../support/dockerfile.js';

describe('service/Dockerfile', () => {
  const content = readFileSync(DOCKERFILE, 'utf8');
  const all = stages(content);
  const runtime = all[all.length - 1];

  it('has no finding from dockerfile-utils with every rule an error', () => {
    const findings = validate(content, STRICT).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
    assert.deepEqual(findings, []);
  });

  it('the validator really runs: a broken Dockerfile has findings', () => {
    const broken = 'FROM node\nworkdir app\nHEALTHCHECK --interval=abc CMD true\nCMD a\nCMD b\n';
    assert.ok(validate(broken, STRICT).length >= 4);
  });

  it('is multi-stage, on a tagged Node image (not latest)', () => {
    assert.ok(all.length >= 2, 'a build stage and a runtime stage');
    for (const s of all) {
      assert.match(s.image, /^node:[\w.-]+(@sha256:[0-9a-f]{64})?$/, `FROM ${s.image}`);
      assert.doesNotMatch(s.image, /:latest\b/);
    }
  });

  it('runtime stage: non-root user, port 8080, healthcheck, exec-form command', () => {
    const users = of(runtime, 'USER');
    assert.equal(users.length, 1);
    assert.doesNotMatch(users[0], /^(root|0)(:|$)/);
    const keywords = runtime.lines.map((l) => l.keyword);
    assert.ok(keywords.indexOf('USER') < keywords.indexOf('CMD'), 'USER comes before CMD');
    assert.deepEqual(of(runtime, 'EXPOSE'), ['8080']);
    // The ENV as the benchmark reads it (runtimeEnvironment): the service's port, and every
    // interface in the container (the service listens on loopback by default).
    const env = runtimeEnvironment(all);
    assert.equal(env.PORT, '8080');
    assert.equal(env.HOST, '0.0.0.0');
    const [healthcheck] = lines(runtime, 'HEALTHCHECK');
    assert.match(healthcheck.flags.interval ?? '', /^\d+s$/);
    assert.match(healthcheck.flags.timeout ?? '', /^\d+s$/);
    assert.equal(probeOf(runtime)[0], 'node', 'exec form, with what the image has (no curl in slim)');
    const cmd = runtimeCommand(all);
    assert.equal(cmd[0], 'node', 'exec form, so node gets SIGTERM itself');
    assert.equal(cmd.at(-1), 'server.mjs');
  });

  it('its Node flags are declared once: npm run service and npm start take them from the CMD', async () => {
    const printed = await exec(process.execPath, ['scripts/service-node-flags.mjs'], ROOT, {});
    assert.equal(printed.code, 0, printed.output);
    const flags = runtimeCommand(all).slice(1, -1);
    assert.ok(flags.length > 0, 'the CMD sets the heap policy');
    assert.equal(printed.output.trim(), flags.join(' '));
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const name of ['service', 'start']) {
      assert.match(scripts[name]!, /exec node \$\(node scripts\/service-node-flags\.mjs\) dist\//, name);
    }
  });

  it('runtime stage: production only (no package install, only the bundle copied from the build)', () => {
    assert.deepEqual(of(runtime, 'RUN'), [], 'nothing installed or built in the runtime stage');
    const copies = lines(runtime, 'COPY');
    assert.equal(copies.length, 1);
    assert.equal(copies[0].flags.from, 'build');
    assert.match(copies[0].args, /^\S*\/dist\/service\/server\.mjs \S+$/);
    assert.equal(all[0].name, 'build');
  });

  it('copies only files that exist and that .dockerignore admits to the context', () => {
    const sources = contextSources(all);
    assert.ok(sources.length > 0);
    for (const source of sources) {
      assert.ok(existsSync(join(ROOT, source)), `${source} exists`);
      assert.ok(admitted(source), `${source} is admitted by .dockerignore`);
    }
    assert.equal(admitted('node_modules'), false);
    assert.equal(admitted('.git'), false);
    assert.equal(admitted('dist'), false);
  });

  describe('its stages, run outside Docker', function () {
    this.timeout(60_000);
    let db: Dynalite;
    let work: string;

    before(async () => {
      db = await startSeededDynalite(BUNDLE_ENV.TABLE_NAME);
      work = tempDir('mysfits-docker-');
    });
    after(async () => {
      await db?.close();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('build stage: bundles from the copied files alone; runtime: runs without node_modules, healthy', async () => {
      // Build stage: the context files the Dockerfile copies, plus the installed dependencies.
      const build = join(work, 'src');
      for (const source of contextSources(all)) cpSync(join(ROOT, source), join(build, source), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(build, 'node_modules'), 'dir');
      const bundleCmd = of(all[0], 'RUN').find((r) => r.includes('bundle-service'));
      assert.equal(bundleCmd, 'node scripts/bundle-service.mjs');
      const built = await exec(process.execPath, ['scripts/bundle-service.mjs'], build, {});
      assert.equal(built.code, 0, built.output);
      // ASCII only: one other character (a dependency's comment has en dashes) makes V8 hold the
      // whole source as a two-byte string, twice its size in memory for the process's life.
      const text = readFileSync(join(build, 'dist', 'service', 'server.mjs'), 'latin1');
      assert.equal(/[\u0080-\uffff]/.exec(text)?.index, undefined, 'a non-ASCII byte in the bundle');

      // Runtime stage: only the bundle, in a folder with no node_modules anywhere above it.
      const app = join(work, 'app');
      mkdirSync(app);
      cpSync(join(build, 'dist', 'service', 'server.mjs'), join(app, 'server.mjs'));
      const env = { NODE_ENV: 'production', ...BUNDLE_ENV, DYNAMODB_ENDPOINT: db.endpoint };
      const [, ...args] = runtimeCommand(all);
      const server = await runBundle(env, { cwd: app, args });
      const probeEnv = { ...env, PORT: new URL(server.url).port };
      try {
        // The HEALTHCHECK's own command, as Docker would run it in the container.
        const healthy = await exec(process.execPath, probeOf(runtime).slice(1), app, probeEnv);
        assert.equal(healthy.code, 0, `healthcheck failed: ${healthy.output}`);
        const list = (await (await fetch(`${server.url}/mysfits`)).json()) as { mysfits: unknown[] };
        assert.equal(list.mysfits.length, 12);
      } finally {
        server.child.kill('SIGTERM');
        await server.exit;
      }
      // And the probe fails when nothing answers.
      const unhealthy = await exec(process.execPath, probeOf(runtime).slice(1), app, probeEnv);
      assert.notEqual(unhealthy.code, 0);
    });
  });
});

/** Runs a command without blocking this process (dynalite answers from here). */
function exec(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
