// The command line as a whole, as a new user meets it: one summary per command (the top-level
// help and each command's --help print the same line), "did you mean" for a misspelt command or
// flag, stray arguments refused by every command, and --stack-name spelt the same everywhere.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatChanges } from '../../generator/cli/ops-output.js';
import { colours } from '../../generator/cli/style.js';
import { COMMAND_SUMMARIES, SUMMARIES, verbsOf } from '../../generator/cli/summaries.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

describe('mysfits, the command line as a whole', () => {
  it('the top-level help lists every command with the summary its own --help prints', () => {
    const top = runCli(['--help']);
    assert.equal(top.code, 0);
    for (const [name, summary] of Object.entries(SUMMARIES)) {
      assert.match(top.stdout, new RegExp(`^  ${name}\\s+${summary.replace(/[.()]/g, '\\$&')}$`, 'm'), name);
      const own = runCli([name, '--help']);
      assert.equal(own.code, 0, name);
      assert.equal(own.stdout.split('\n')[2], summary, `${name} --help`);
    }
  });

  it('a misspelt command or flag: exit 2, with the one meant', () => {
    const command = runCli(['genrate']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /unknown command "genrate" \(did you mean "generate"\?\)/);
    const flag = runCli(['generate', '--outt', 'x']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /Unknown option '--outt' \(did you mean --out\?\)/);
    const far = runCli(['generate', '--zebra']);
    assert.equal(far.code, 2);
    assert.doesNotMatch(far.stderr, /did you mean/);
  });

  it('every command refuses a stray argument, exit 2, before doing anything', () => {
    for (const name of Object.keys(SUMMARIES)) {
      const r = runCli([name, 'stray'], { env: { AWS_REGION: 'us-east-1' } });
      assert.equal(r.code, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^mysfits ${name}: unexpected argument "stray"`, 'm'), name);
    }
  });

  it('swagger takes --stack-name like every other command (and --stack), not two different ones', () => {
    const both = runCli(['swagger', '--stack-name', 'a', '--stack', 'b']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--stack and --stack-name name different stacks/);
    const neither = runCli(['swagger']);
    assert.equal(neither.code, 2);
    assert.match(neither.stderr, /--stack-name NAME or --outputs FILE is required/);
  });
});

describe('command groups: one mechanism for pipeline and stackset (issue 32)', () => {
  const groups = Object.keys(SUMMARIES).filter((name) => verbsOf(name).length > 0);
  const escape = (text: string) => text.replace(/[.()]/g, '\\$&');

  it('pipeline and stackset are both groups of verbs, listed under their name in the top-level help', () => {
    assert.deepEqual(groups, ['pipeline', 'stackset']);
    assert.deepEqual(verbsOf('pipeline'), ['deploy', 'push', 'status']);
    const top = runCli(['--help']).stdout;
    for (const group of groups)
      for (const verb of verbsOf(group))
        assert.match(
          top,
          new RegExp(
            `^  ${group} ${verb}\\s+${escape(COMMAND_SUMMARIES[`${group} ${verb}` as keyof typeof COMMAND_SUMMARIES])}$`,
            'm',
          ),
        );
  });

  it('`mysfits GROUP --help` lists the verbs; `mysfits help GROUP VERB` is `mysfits GROUP VERB --help`', () => {
    for (const group of groups) {
      const help = runCli([group, '--help']);
      assert.equal(help.code, 0, group);
      assert.match(
        help.stdout,
        new RegExp(`^Usage: mysfits ${group} <${verbsOf(group).join('\\|')}> \\[options\\]$`, 'm'),
      );
      assert.equal(runCli(['help', group]).stdout, help.stdout, `help ${group}`);
      for (const verb of verbsOf(group)) {
        const summary = COMMAND_SUMMARIES[`${group} ${verb}` as keyof typeof COMMAND_SUMMARIES];
        assert.match(help.stdout, new RegExp(`^  ${verb}\\s+${escape(summary)}$`, 'm'), `${group} ${verb}`);
        const own = runCli([group, verb, '--help']);
        assert.equal(own.code, 0, `${group} ${verb}`);
        assert.equal(own.stdout.split('\n')[0], `Usage: mysfits ${group} ${verb} [options]`);
        assert.equal(own.stdout.split('\n')[2], summary);
        const viaHelp = runCli(['help', group, verb]);
        assert.equal(viaHelp.code, 0);
        assert.equal(viaHelp.stdout, own.stdout, `help ${group} ${verb}`);
      }
    }
  });

  it('a group without a verb shows its verbs, exit 2; a misspelt verb names the one meant, exit 2', () => {
    const bare = runCli(['pipeline']);
    assert.equal(bare.code, 2);
    assert.match(bare.stdout, /^Usage: mysfits pipeline <deploy\|push\|status>/);
    const typo = runCli(['pipeline', 'pussh']);
    assert.equal(typo.code, 2);
    assert.match(
      typo.stderr,
      /^mysfits pipeline: unexpected argument "pussh" \(did you mean "push"\?\): one of deploy, push, status\./,
    );
  });

  it('every verb refuses a stray argument like every other command, exit 2', () => {
    for (const group of groups) {
      for (const verb of verbsOf(group)) {
        const r = runCli([group, verb, 'stray'], { env: { AWS_REGION: 'us-east-1' } });
        assert.equal(r.code, 2, `${group} ${verb}: ${r.stderr}`);
        assert.match(r.stderr, new RegExp(`^mysfits ${group} ${verb}: unexpected argument "stray"`, 'm'));
      }
    }
  });
});

describe('npm run mysfits: builds only when a source changed', () => {
  const SCRIPT = join(ROOT, 'scripts', 'build-if-changed.mjs');
  const check = () => spawnSync(process.execPath, [SCRIPT, '--check'], { cwd: ROOT, encoding: 'utf8' });

  it('a built clone is up to date; a source newer than the last build asks for one, naming it', () => {
    // The suite runs after `npm run build`, which leaves the stamp.
    const fresh = check();
    assert.equal(fresh.status, 0, fresh.stdout);
    assert.equal(fresh.stdout, 'up to date\n');
    const file = join(ROOT, 'generator', 'errors.ts');
    const { atime, mtime } = statSync(file);
    try {
      const later = new Date(statSync(join(ROOT, 'dist', '.build-stamp')).mtimeMs + 60_000);
      utimesSync(file, later, later);
      const stale = check();
      assert.equal(stale.status, 1);
      assert.equal(stale.stdout, 'generator/errors.ts changed since the last build\n');
    } finally {
      utimesSync(file, atime, mtime);
    }
    assert.equal(check().status, 0);
  });

  it('npm start builds the same way: a built clone starts at once (a full build inside the test run rewrote dist/)', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const name of ['mysfits', 'start']) {
      assert.match(scripts[name]!, /^node scripts\/build-if-changed\.mjs && exec node /, name);
    }
  });
});

describe('the CLI defects a new user met (issue 16)', () => {
  it('a region typo in the config or in --region is exit 2 with the region meant, nothing written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ regions: ['eu-wset-1'] }));
    const generate = runCli(['generate', '--config', 'c.json', '--out', 'out'], { cwd: dir });
    assert.equal(generate.code, 2);
    assert.match(generate.stderr, /regions\[0\]: "eu-wset-1" is not an AWS region \(did you mean "eu-west-1"\?\)/);
    assert.equal(existsSync(join(dir, 'out')), false);
    const review = runCli(['review', '--region', 'eu-wset-1', '--skip-lint', '--out', join(dir, 'r')]);
    assert.equal(review.code, 2);
    assert.match(review.stderr, /--region "eu-wset-1" is not an AWS region \(did you mean eu-west-1\?\)/);
    assert.equal(existsSync(join(dir, 'r')), false);
  });

  it("a named profile's region is used, as the AWS CLI uses it (--profile or AWS_PROFILE)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config'), '[profile np]\nregion = eu-west-1\n');
    const env = {
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      AWS_REGION: undefined,
      AWS_DEFAULT_REGION: undefined,
      AWS_PROFILE: undefined,
    };
    for (const args of [['--profile', 'np'], []]) {
      const r = runCli(['outputs', '--stack-name', 'x', '--endpoint', 'http://127.0.0.1:9', ...args], {
        env: { ...env, ...(args.length ? {} : { AWS_PROFILE: 'np' }) },
      });
      assert.doesNotMatch(r.stderr, /no region/, r.stderr);
    }
    const none = runCli(['outputs', '--stack-name', 'x', '--profile', 'np'], {
      env: { ...env, AWS_CONFIG_FILE: join(dir, 'none') },
    });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no region: pass --region, set AWS_REGION, or give the profile np one/);
  });

  it('swagger --outputs with values of the wrong form is exit 2 naming each; --out into a missing folder is refused', () => {
    const dir = tempDir();
    const good = {
      VpcLinkId: 'abc123',
      LoadBalancerArn:
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits-nlb/0123456789abcdef',
      LoadBalancerDnsName: 'internal-mysfits-1.elb.us-east-1.amazonaws.com',
      UserPoolArn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123',
      SiteUrl: 'https://d111111abcdef8.cloudfront.net',
      ClicksStreamName: 'mysfits-clicks',
      ClicksRoleArn: 'arn:aws:iam::123456789012:role/mysfits-clicks',
      Region: 'us-east-1',
    };
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ ...good, LoadBalancerDnsName: 'not a dns name', SiteUrl: 'not a url' }),
    );
    const bad = runCli(['swagger', '--outputs', 'bad.json'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /LoadBalancerDnsName: "not a dns name" is not a DNS name/);
    assert.match(bad.stderr, /SiteUrl: "not a url" is not an http\(s\) origin/);
    assert.equal(existsSync(join(dir, 'api-swagger.json')), false);
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    const missing = join(dir, 'no-such-folder', 'x.json');
    const r = runCli(['swagger', '--outputs', 'good.json', '--out', missing], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the folder .*no-such-folder does not exist/);
    assert.equal(existsSync(join(dir, 'no-such-folder')), false);
    assert.equal(runCli(['swagger', '--outputs', 'good.json', '--quiet'], { cwd: dir }).code, 0);

    // Without the click outputs POST /clicks cannot be served: left out, and said so.
    const { ClicksStreamName: _stream, ClicksRoleArn: _role, ...noClicks } = good;
    writeFileSync(join(dir, 'no-clicks.json'), JSON.stringify(noClicks));
    const all = runCli(['swagger', '--outputs', 'good.json', '--out', 'all.json'], { cwd: dir });
    assert.equal(all.stderr, '');
    const some = runCli(['swagger', '--outputs', 'no-clicks.json', '--out', 'some.json'], { cwd: dir });
    assert.equal(some.code, 0, some.stderr);
    assert.match(
      some.stderr,
      /left out POST \/clicks: no ClicksStreamName or ClicksRoleArn in the file no-clicks\.json/,
    );
    const paths = (file: string) =>
      Object.keys((JSON.parse(readFileSync(join(dir, file), 'utf8')) as { paths: object }).paths);
    assert.ok(paths('all.json').includes('/clicks'));
    assert.ok(!paths('some.json').includes('/clicks'));
  });

  it('generate --out FILE is exit 2 saying it is a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const r = runCli(['generate', '--out', 'file'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--out file is a file: give a folder/);
    assert.equal(readFileSync(join(dir, 'file'), 'utf8'), 'x');
  });
});

describe('colour: for a terminal only', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;

  it('coloured at a terminal; never with NO_COLOR, TERM=dumb or when not a terminal', () => {
    assert.equal(colours(tty, {}), true);
    assert.equal(colours(tty, { NO_COLOR: '1' }), false);
    assert.equal(colours(tty, { TERM: 'dumb' }), false);
    assert.equal(colours(pipe, {}), false);
  });

  it('the change summary marks additions, changes, removals and replacements; plain text has no escapes', () => {
    const changes = [
      {
        label: 'app',
        rows: [
          { action: 'Add', logicalId: 'A', type: 'AWS::S3::Bucket', replacement: '', details: [] },
          { action: 'Modify', logicalId: 'B', type: 'AWS::S3::Bucket', replacement: 'True', details: [] },
          { action: 'Remove', logicalId: 'C', type: 'AWS::S3::Bucket', replacement: '', details: [] },
        ],
      },
    ] as unknown as Parameters<typeof formatChanges>[0];
    const marked = formatChanges(changes, (style, text) => `<${style}>${text}</${style}>`);
    assert.match(marked[1]!, /<green>\+ Add {4}<\/green> A/);
    assert.match(marked[2]!, /<yellow>~ Modify <\/yellow> B .*<red>replacement: YES<\/red>/);
    assert.match(marked[3]!, /<red>- Remove <\/red> C/);
    assert.ok(formatChanges(changes).every((l) => !l.includes('\u001b[')));
  });

  it('every command takes --no-color and lists it in --help', () => {
    const dir = tempDir();
    assert.equal(runCli(['generate', '--no-color', '--quiet', '--out', join(dir, 't')]).code, 0);
    assert.match(runCli(['outputs', '--help']).stdout, /--no-color\s+No colour/);
    assert.equal(runCli(['--no-color', '--help']).code, 0);
  });
});
