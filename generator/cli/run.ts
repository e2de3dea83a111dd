// Running one command: parse its flags, print --help, turn its errors into messages and exit
// codes (2 for bad flags, config or input, with nothing written; 1 for anything else). Shared by
// the dispatcher (main.ts) and the code-cached fast path of `generate` (bin.ts).
import { s3Message } from '../aws/s3-errors.js';
import { ConfigError } from '../config/load.js';
import { helpText, InputError, parseCommandArgs, UsageError, type Command, type CommandGroup } from './command.js';
import { closest } from '../suggest.js';
import { COMMAND_SUMMARIES, SUMMARIES, type CommandName, type GroupName, type VerbOf } from './summaries.js';

/** --no-color, which every command takes: no colour anywhere (as NO_COLOR says it; style.ts). */
export function withoutColourFlag(argv: readonly string[]): string[] {
  if (!argv.includes('--no-color')) return [...argv];
  process.env.NO_COLOR = '1';
  return argv.filter((a) => a !== '--no-color');
}

export async function runCommand(command: Command, argv: string[]): Promise<number> {
  const name = command.name;
  try {
    const { values, positionals, help } = parseCommandArgs(command, withoutColourFlag(argv));
    if (help) {
      process.stdout.write(helpText(command));
      return 0;
    }
    // No command takes positional arguments.
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, name);
    return await command.run(values);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`mysfits ${name}: ${err.message}\nRun \`mysfits ${name} --help\` for usage.\n`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof InputError) {
      process.stderr.write(`mysfits ${name}: ${err.message}\nNothing was written.\n`);
      return 2;
    }
    const message =
      fileSystemMessage(err) ??
      s3Message(err) ??
      networkMessage(err) ??
      (err instanceof Error ? err.message : String(err));
    process.stderr.write(`mysfits ${name}: ${message}\n`);
    if (process.env.MYSFITS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'no permission (choose a folder you can write, e.g. with --out)',
  EPERM: 'not permitted (choose a folder you can write, e.g. with --out)',
  EROFS: 'the file system is read-only (choose another folder, e.g. with --out)',
  ENOSPC: 'the disk is full: free some space and run again (the previous output is untouched)',
  EDQUOT: 'the disk quota is used up: free some space and run again (the previous output is untouched)',
  ENOENT: 'a folder on the way does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
};

/** A file system error (it has a code, a syscall and a path) as what failed, where, and why. */
export function fileSystemMessage(err: unknown): string | undefined {
  const e = err as (NodeJS.ErrnoException & { dest?: string }) | undefined;
  if (!e || typeof e.code !== 'string' || typeof e.syscall !== 'string' || typeof e.path !== 'string') return undefined;
  const reason = FS_REASONS[e.code] ?? e.message;
  const target = e.dest ? `${e.path} -> ${e.dest}` : e.path;
  return `cannot ${e.syscall} ${target}: ${reason} (${e.code})`;
}

/** A connection refused (an --endpoint that is not running, a proxy down) in words. */
export function networkMessage(err: unknown): string | undefined {
  for (
    let e = err as (NodeJS.ErrnoException & { address?: string; port?: number }) | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === 'ECONNREFUSED') {
      const where = e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : 'the endpoint';
      return `nothing is answering at ${where} (connection refused): is the --endpoint running, and is the address right?`;
    }
    if (typeof e !== 'object') break;
  }
  return undefined;
}

/**
 * A command made of verbs: `mysfits NAME VERB [options]` runs the verb's command (its own flags and
 * --help); `mysfits NAME --help` lists the verbs; anything else is a usage error (exit 2). Each
 * verb is its command, or a loader of it (a verb in a module of its own is imported when it runs).
 * The verbs are those summaries.ts lists for the group, no more and no fewer (the type says so).
 */
export function defineGroup<G extends GroupName>(
  name: G,
  verbs: Readonly<Record<VerbOf<G>, Command | (() => Promise<Command>)>>,
): CommandGroup {
  const summary = SUMMARIES[name];
  const names = Object.keys(verbs) as VerbOf<G>[];
  const help = (): string => {
    const width = Math.max(...names.map((v) => v.length));
    return [
      `Usage: mysfits ${name} <${names.join('|')}> [options]`,
      '',
      summary,
      '',
      'Commands:',
      ...names.map((verb) => `  ${verb.padEnd(width)}  ${COMMAND_SUMMARIES[`${name} ${verb}` as CommandName]}`),
      '',
      `Run \`mysfits ${name} <command> --help\` for the options of each.`,
      '',
    ].join('\n');
  };
  return {
    name,
    summary,
    async run(argv) {
      const [verb, ...rest] = withoutColourFlag(argv);
      if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
        process.stdout.write(help());
        return verb === undefined ? 2 : 0;
      }
      if (!Object.hasOwn(verbs, verb)) {
        const guess = closest(verb, names);
        const what = verb.startsWith('-') ? `expected a command before "${verb}"` : `unexpected argument "${verb}"`;
        process.stderr.write(
          `mysfits ${name}: ${what}${guess ? ` (did you mean "${guess}"?)` : ''}: one of ${names.join(', ')}.\nRun \`mysfits ${name} --help\` for usage.\n`,
        );
        return 2;
      }
      const command = verbs[verb as VerbOf<G>];
      return runCommand(typeof command === 'function' ? await command() : command, rest);
    },
  };
}
