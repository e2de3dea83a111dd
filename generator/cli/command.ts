// What every CLI command is made of, and how its --help is printed from the same definition
// that parses its flags (so the help can never drift from the parser).
import { parseArgs } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly short?: string;
  /** Shown in help as `--flag VALUE`. */
  readonly value?: string;
  readonly default?: string | boolean;
  readonly multiple?: boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Positional arguments as shown in usage, e.g. `[FILE]`. */
  readonly args?: string;
  /** Paragraphs printed under the usage line. */
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Examples printed at the end of --help. */
  readonly examples?: readonly string[];
  readonly run: (options: OptionValues, positionals: string[]) => Promise<number> | number;
}

// The error kinds every layer may throw; run.ts maps them to exit codes (2: nothing written).
import { UsageError } from '../errors.js';
export { InputError, UsageError } from '../errors.js';

export function helpText(command: Command): string {
  const lines = [
    `Usage: mysfits ${command.name} [options]${command.args ? ' ' + command.args : ''}`,
    '',
    command.summary,
  ];
  if (command.description) lines.push('', command.description);
  const entries = Object.entries({
    ...command.options,
    help: { type: 'boolean', short: 'h', description: 'Show this help.' } as OptionSpec,
  });
  const flags = entries.map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const dflt = o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : '';
    return [flag, o.description + dflt] as const;
  });
  const width = Math.max(...flags.map(([f]) => f.length));
  lines.push('', 'Options:', ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`));
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}

export function parseCommandArgs(
  command: Command,
  argv: string[],
): { values: OptionValues; positionals: string[]; help: boolean } {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean }
  > = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, o] of Object.entries(command.options)) {
    options[name] = { type: o.type };
    if (o.short) options[name].short = o.short;
    if (o.multiple) options[name].multiple = true;
    if (o.default !== undefined) options[name].default = o.default;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    const help = values.help === true;
    delete values.help;
    return { values: values as OptionValues, positionals, help };
  } catch (err) {
    // node's messages name the flag: "Unknown option '--outt'", "Option '--out <value>' argument missing".
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''), command.name);
  }
}
