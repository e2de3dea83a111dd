// The mysfits command line. Commands are loaded on demand so `mysfits generate` pays only for
// what it uses.
import { packageVersion } from '../paths.js';
import { closest } from '../suggest.js';
import { helpText, type Command, type CommandGroup } from './command.js';
import { runCommand, withoutColourFlag } from './run.js';
import { COMMAND_SUMMARIES, SUMMARIES, verbsOf, type CommandName, type TopCommandName } from './summaries.js';

/** Each command, loaded when it runs. */
const COMMANDS: Record<TopCommandName, () => Promise<Command | CommandGroup>> = {
  generate: async () => (await import('./commands/generate.js')).generate,
  package: async () => (await import('./commands/package.js')).packageCommand,
  publish: async () => (await import('./commands/publish.js')).publish,
  seed: async () => (await import('./commands/seed.js')).seed,
  deploy: async () => (await import('./commands/deploy.js')).deploy,
  diff: async () => (await import('./commands/diff.js')).diff,
  outputs: async () => (await import('./commands/outputs.js')).outputs,
  status: async () => (await import('./commands/status.js')).status,
  logs: async () => (await import('./commands/logs.js')).logs,
  drift: async () => (await import('./commands/drift.js')).drift,
  destroy: async () => (await import('./commands/destroy.js')).destroy,
  review: async () => (await import('./commands/review.js')).review,
  swagger: async () => (await import('./commands/swagger.js')).swagger,
  zones: async () => (await import('./commands/zones.js')).zones,
  pipeline: async () => (await import('./commands/pipeline.js')).pipeline,
  stackset: async () => (await import('./commands/stackset.js')).stackset,
};

const isCommand = (name: string): name is TopCommandName => Object.hasOwn(COMMANDS, name);
const isGroup = (c: Command | CommandGroup): c is CommandGroup => !('options' in c);

/** Each top-level command with its summary, a group's verbs under it (`pipeline push`). */
function commandLines(): string[] {
  const rows = Object.entries(SUMMARIES).flatMap(([name, summary]) => [
    [name, summary],
    ...verbsOf(name).map((verb) => [`${name} ${verb}`, COMMAND_SUMMARIES[`${name} ${verb}` as CommandName]]),
  ]);
  const width = Math.max(...rows.map(([name]) => name!.length));
  return rows.map(([name, summary]) => `  ${name!.padEnd(width)}  ${summary}`);
}

function mainHelp(): string {
  return [
    'Usage: mysfits <command> [options]',
    '',
    'Generates, packages, deploys and reviews the CloudFormation templates of the',
    'Mythical Mysfits web application.',
    '',
    'Commands:',
    ...commandLines(),
    '',
    'Run `mysfits <command> --help` for the options of a command (`mysfits help <command>` too).',
    '',
  ].join('\n');
}

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = withoutColourFlag(args);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && isCommand(rest[0])) {
      const command = await COMMANDS[rest[0]]();
      if (isGroup(command)) return command.run([...rest.slice(1), '--help']);
      process.stdout.write(helpText(command));
      return 0;
    }
    if (name === 'help' && rest[0]) return unknownCommand(rest[0]);
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  if (!isCommand(name)) return unknownCommand(name);
  const command = await COMMANDS[name]();
  return isGroup(command) ? command.run(rest) : runCommand(command, rest);
}

/** A command that does not exist (`mysfits nope`, `mysfits help nope`): named, the nearest offered, exit 2. */
function unknownCommand(name: string): number {
  const guess = closest(name, Object.keys(COMMANDS));
  process.stderr.write(
    `mysfits: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}. Commands: ${Object.keys(COMMANDS).join(', ')}.\n`,
  );
  return 2;
}
