// What every CLI command is made of, and how its --help is printed from the same definition
// that parses its flags (so the help can never drift from the parser).
import { parseArgs } from 'node:util';
import { closest } from '../suggest.js';
import { COMMAND_SUMMARIES, type CommandName, type GroupName } from './summaries.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly short?: string;
  /** Shown in help as `--flag VALUE`. */
  readonly value?: string;
  readonly default?: string | boolean;
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What parseArgs gives for the flags, whatever they are (the dispatcher's view). */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** The value parseArgs gives a flag of this spec: a default makes it always there. */
type ValueOf<S extends OptionSpec> = S extends { readonly type: 'boolean' }
  ? S extends { readonly default: boolean }
    ? boolean
    : boolean | undefined
  : S extends { readonly multiple: true }
    ? string[] | undefined
    : S extends { readonly default: string }
      ? string
      : string | undefined;

/** A command's flag values, typed from its flag declarations. */
export type ValuesOf<S extends OptionSpecs> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** A command as the dispatcher runs it. No command takes positional arguments: run.ts refuses them. */
export interface Command {
  readonly name: CommandName;
  readonly summary: string;
  /** Paragraphs printed under the usage line. */
  readonly description?: string;
  readonly options: OptionSpecs;
  /** Examples printed at the end of --help. */
  readonly examples?: readonly string[];
  readonly run: (options: OptionValues) => Promise<number> | number;
}

/** A command with verbs (`mysfits stackset deploy`): it picks the verb's command and runs it. */
export interface CommandGroup {
  readonly name: GroupName;
  readonly summary: string;
  run(argv: string[]): Promise<number>;
}

/** A command as written: its run sees each flag with the type its declaration gives it. */
export interface CommandSpec<S extends OptionSpecs> extends Omit<Command, 'options' | 'run' | 'summary'> {
  readonly options: S;
  readonly run: (options: ValuesOf<S>) => Promise<number> | number;
}

/** The command, its summary the one main.ts lists, its run given typed flag values. */
export function defineCommand<const S extends OptionSpecs>(spec: CommandSpec<S>): Command {
  // parseCommandArgs parses exactly `spec.options`, so the values have the types ValuesOf gives.
  return { ...spec, summary: COMMAND_SUMMARIES[spec.name], run: (values) => spec.run(values as ValuesOf<S>) };
}

// The error kinds every layer may throw; run.ts maps them to exit codes (2: nothing written).
import { UsageError } from '../errors.js';
export { InputError, UsageError } from '../errors.js';

export function helpText(command: Command): string {
  const lines = [`Usage: mysfits ${command.name} [options]`, '', command.summary];
  if (command.description) lines.push('', command.description);
  const entries = Object.entries({
    ...command.options,
    'no-color': {
      type: 'boolean',
      description: 'No colour (also NO_COLOR=1, or when output is not a terminal).',
    } as OptionSpec,
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
    const message = (err as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    const unknown = /^Unknown option '--?([^']+)'/.exec(message)?.[1];
    const guess = unknown && closest(unknown, [...Object.keys(command.options), 'help']);
    throw new UsageError(guess ? `${message} (did you mean --${guess}?)` : message, command.name);
  }
}
