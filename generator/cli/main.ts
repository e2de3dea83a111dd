// The mysfits command line. Commands are loaded on demand so `mysfits generate` pays only for
// what it uses.
import { packageVersion } from '../paths.js';
import { helpText, type Command } from './command.js';
import { runCommand } from './run.js';

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
  return runCommand(await entry.load(), rest);
}
