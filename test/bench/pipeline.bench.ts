// npm run bench:pipeline: the pipeline's build commands, run as CodeBuild would run them, in a
// fresh `git clone` of this repository (its committed HEAD), offline. Too slow for `npm test`
// (npm ci, a full build, the fast suite, the rule packs): run it after changing the buildspec.
//
// The commands are parsed out of the committed golden pipeline.yml (templates/variants/pipeline:
// the BuildProject's BuildSpec), and its pre_build and build phases run one by one in bash, in
// order, each timed; the first that exits non-zero fails the bench, named with its output tail.
// The install phase (Node from the npm registry, cfn-lint from PyPI) is replaced by what this
// machine has: this Node 24 on PATH and the installed cfn-lint. Stand-ins: CodeBuild's variables
// (AWS_REGION, CODEBUILD_SRC_DIR, CODEBUILD_BUILD_URL, ...), npm offline from the local cache, and
// a moto_server for AWS: the commands that call AWS (zones, outputs, publish) get `--endpoint` to it
// (the stages' stacks do not exist there: the first-deploy path of the change review); publish's
// goes through test/support/s3-proxy.ts, as test/cli/publish.test.ts does, because moto applies
// the bucket's TLS-only Deny without its condition and refuses every request over its plain http.
// Results also go to test-results/bench-pipeline.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { parseTemplate } from '../../generator/core/parse.js';
import { startMoto } from '../support/moto.js';
import { startS3Proxy } from '../support/s3-proxy.js';
import { ROOT, runAsync, tempDir } from '../helpers.js';
import { stopChildrenOnSignal } from './same-run.js';

const GOLDEN = join(ROOT, 'templates', 'variants', 'pipeline', 'pipeline.yml');
const AWS_COMMANDS = /^npm run mysfits -- (zones|outputs|publish) /;

function buildPhases(): { phase: string; command: string }[] {
  const template = parseTemplate(readFileSync(GOLDEN, 'utf8'), 'pipeline.yml');
  const project = template.resources.find((r) => r.id === 'BuildProject')!;
  const spec = (project.properties.Source as { BuildSpec: { 'Fn::Sub': string } }).BuildSpec['Fn::Sub'];
  const phases = (
    parse(spec.replace(/\$\{TestReports\.Arn\}/g, 'reports')) as {
      phases: Record<string, { commands: string[] }>;
    }
  ).phases;
  return ['pre_build', 'build'].flatMap((phase) => phases[phase]!.commands.map((command) => ({ phase, command })));
}

const commands = buildPhases();
const clone = join(tempDir('mysfits-bench-pipeline-'), 'src');
const git = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
if (git.status !== 0) throw new Error(`git clone failed: ${git.stderr}`);
const head = spawnSync('git', ['-C', clone, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();

const moto = await startMoto();
stopChildrenOnSignal([moto.child]);
const s3 = await startS3Proxy(moto.endpoint);
const results: { phase: string; command: string; seconds: number; code: number }[] = [];
let failed: string | undefined;
try {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    npm_config_offline: 'true',
    CI: 'true',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    CODEBUILD_SRC_DIR: clone,
    CODEBUILD_BUILD_ID: 'mysfits-build:bench',
    CODEBUILD_BUILD_URL: 'https://console.aws.amazon.com/codesuite/codebuild/projects/mysfits-build/build/bench',
    CODEBUILD_RESOLVED_SOURCE_VERSION: head,
    CODEBUILD_INITIATOR: 'codepipeline/mysfits-pipeline',
  };
  // No profile of this machine (an empty AWS_PROFILE is a profile named "" to boto3, which
  // cfn-lint's SAM transform uses).
  delete env.AWS_PROFILE;
  for (const { phase, command } of commands) {
    const endpoint = / publish /.test(command) ? s3.endpoint : moto.endpoint;
    const run = AWS_COMMANDS.test(command) ? `${command} --endpoint ${endpoint}` : command;
    const start = performance.now();
    // Not spawnSync: the S3 proxy runs in this process's event loop, which must stay free.
    const r = await runAsync('bash', ['-c', run], { cwd: clone, env });
    const seconds = (performance.now() - start) / 1000;
    const code = r.code;
    results.push({ phase, command, seconds, code });
    console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${seconds.toFixed(1).padStart(7)} s  ${phase}: ${command}`);
    if (code !== 0) {
      failed = `${command} exited ${code}:\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-40).join('\n')}`;
      break;
    }
  }
} finally {
  await s3.close();
  await moto.stop();
}
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench-pipeline.json'),
  JSON.stringify({ head, clone, results, failed: failed ?? null }, null, 2) + '\n',
);
const total = results.reduce((sum, r) => sum + r.seconds, 0);
const passed = results.filter((r) => r.code === 0).length;
console.log(
  `${passed}/${commands.length} command(s) passed in ${total.toFixed(0)} s, in a clone of ${head.slice(0, 12)}`,
);
if (failed) {
  console.error(`bench:pipeline: ${failed}\n(the clone is kept for a look: ${clone})`);
  process.exit(1);
}
rmSync(dirname(clone), { recursive: true, force: true });
