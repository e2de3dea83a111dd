#!/usr/bin/env node
// The mysfits command line. Commands are loaded on demand so `mysfits generate` pays only for
// what it uses.
import { ConfigError } from '../config/load.js';
import { packageVersion } from '../paths.js';
import { helpText, InputError, parseCommandArgs, UsageError, type Command } from './command.js';

interface Entry {
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

const COMMANDS: Record<string, Entry> = {
  generate: {
    summary: 'Write the CloudFormation templates for the config.',
    load: async () => (await import('./commands/generate.js')).generate,
  },
  package: {
    summary: 'Package the templates and assets per region, with a Launch Stack page.',
    load: async () => (await import('./commands/package.js')).packageCommand,
  },
  publish: {
    summary: 'Upload the packaged templates and assets to the artifact buckets.',
    load: async () => (await import('./commands/publish.js')).publish,
  },
  seed: {
    summary: 'Put the catalogue of mysfits into a DynamoDB table.',
    load: async () => (await import('./commands/seed.js')).seed,
  },
  deploy: {
    summary: 'Create or update a stack through a change set, with progress.',
    load: async () => (await import('./commands/deploy.js')).deploy,
  },
  diff: {
    summary: 'Show what deploying a template would change; never executes.',
    load: async () => (await import('./commands/diff.js')).diff,
  },
  outputs: {
    summary: "Print a deployed stack's outputs.",
    load: async () => (await import('./commands/outputs.js')).outputs,
  },
  destroy: {
    summary: 'Delete stacks after emptying their buckets; report what is retained.',
    load: async () => (await import('./commands/destroy.js')).destroy,
  },
  review: {
    summary: 'Write an offline ops review of the templates (Markdown, HTML, SVG diagram).',
    load: async () => (await import('./commands/review.js')).review,
  },
  swagger: {
    summary: "Write api-swagger.json with a deployed stack's values.",
    load: async () => (await import('./commands/swagger.js')).swagger,
  },
};

// The AWS SDK warns on every start that its releases after January 2027 need Node 22; that is
// for the maintainers to act on (engines in package.json), not for every user of every command.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'Usage: mysfits <command> [options]',
    '',
    'Generates, packages, deploys and reviews the CloudFormation templates of the',
    'Mythical Mysfits web application.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `mysfits <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) {
      process.stdout.write(helpText(await COMMANDS[rest[0]].load()));
      return 0;
    }
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`mysfits: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    const { values, positionals, help } = parseCommandArgs(command, rest);
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

process.exitCode = await main(process.argv.slice(2));
