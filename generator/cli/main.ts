// The mysfits command line. Commands are loaded on demand so `mysfits generate` pays only for
// what it uses.
import { packageVersion } from '../paths.js';
import { closest } from '../suggest.js';
import { helpText, type Command } from './command.js';
import { runCommand, withoutColourFlag } from './run.js';
import { SUMMARIES, type CommandName } from './summaries.js';

/** Each command, loaded when it runs. */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  generate: async () => (await import('./commands/generate.js')).generate,
  package: async () => (await import('./commands/package.js')).packageCommand,
  publish: async () => (await import('./commands/publish.js')).publish,
  seed: async () => (await import('./commands/seed.js')).seed,
  deploy: async () => (await import('./commands/deploy.js')).deploy,
  diff: async () => (await import('./commands/diff.js')).diff,
  outputs: async () => (await import('./commands/outputs.js')).outputs,
  destroy: async () => (await import('./commands/destroy.js')).destroy,
  review: async () => (await import('./commands/review.js')).review,
  swagger: async () => (await import('./commands/swagger.js')).swagger,
  'pipeline push': async () => (await import('./commands/pipeline-push.js')).pipelinePush,
  'pipeline deploy': async () => (await import('./commands/pipeline-deploy.js')).pipelineDeploy,
  'pipeline status': async () => (await import('./commands/pipeline-status.js')).pipelineStatus,
};

/** Commands of two words (`pipeline push`): the group and its action, as one name. */
function commandWords(args: string[]): [string | undefined, string[]] {
  const [first, second, ...rest] = args;
  if (first !== undefined && second !== undefined && isCommand(`${first} ${second}`))
    return [`${first} ${second}`, rest];
  return [first, args.slice(1)];
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'Usage: mysfits <command> [options]',
    '',
    'Generates, packages, deploys and reviews the CloudFormation templates of the',
    'Mythical Mysfits web application.',
    '',
    'Commands:',
    ...Object.entries(SUMMARIES).map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
    '',
    'Run `mysfits <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

export async function main(args: string[]): Promise<number> {
  const [name, rest] = commandWords(withoutColourFlag(args));
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && isCommand(rest[0])) {
      process.stdout.write(helpText(await COMMANDS[rest[0]]()));
      return 0;
    }
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  if (!isCommand(name)) {
    const guess = closest(name, Object.keys(COMMANDS));
    process.stderr.write(
      `mysfits: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}. Commands: ${Object.keys(COMMANDS).join(', ')}.\n`,
    );
    return 2;
  }
  return runCommand(await COMMANDS[name](), rest);
}
