// Running one command: parse its flags, print --help, turn its errors into messages and exit
// codes (2 for bad flags, config or input, with nothing written; 1 for anything else). Shared by
// the dispatcher (main.ts) and the code-cached fast path of `generate` (bin.ts).
import { ConfigError } from '../config/load.js';
import { helpText, InputError, parseCommandArgs, UsageError, type Command } from './command.js';

export async function runCommand(command: Command, argv: string[]): Promise<number> {
  const name = command.name;
  try {
    const { values, positionals, help } = parseCommandArgs(command, argv);
    if (help) {
      process.stdout.write(helpText(command));
      return 0;
    }
    return await command.run(values, positionals);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`mysfits ${name}: ${err.message}\nRun \`mysfits ${name} --help\` for usage.\n`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof InputError) {
      process.stderr.write(`mysfits ${name}: ${err.message}\nNothing was written.\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`mysfits ${name}: ${message}\n`);
    if (process.env.MYSFITS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
