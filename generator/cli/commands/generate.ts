// mysfits generate: render every template from the config and write them atomically.
import { join, relative } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { renderAll } from '../../render.js';
import { writeFilesAtomically } from '../../fs/atomic.js';
import { UsageError, type Command } from '../command.js';

export const generate: Command = {
  name: 'generate',
  summary: 'Write the CloudFormation templates for the config.',
  description: [
    'Builds every template and api-swagger.json from the config, checks them (references, the',
    "nested stacks' parameters and outputs, the Swagger against Swagger 2.0 and the API Gateway",
    'extensions), and only then writes them all at once: a bad config or a failing check writes',
    'nothing, and the previous output stays exactly as it was. Unchanged files are not touched.',
    '',
    'Config: --config FILE, else ./mysfits.config.json if present, else the defaults',
    '(schemas/config.schema.json documents every field). Exit codes: 0 written, 2 bad config',
    'or flags, 1 anything else.',
  ].join('\n'),
  options: {
    config: { type: 'string', short: 'c', value: 'FILE', description: 'Config file (JSON).' },
    out: { type: 'string', short: 'o', value: 'DIR', description: 'Output folder.', default: 'templates' },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing on success.' },
  },
  examples: ['mysfits generate', 'mysfits generate --config prod.json --out build/templates'],
  run(options, positionals) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, 'generate');
    const { config, source } = loadConfig(options.config as string | undefined);
    const out = options.out as string;
    const files = renderAll(config);
    const status = writeFilesAtomically(
      out,
      files.map((f) => ({ name: f.file, content: f.text })),
    );
    if (!options.quiet) {
      const shown = relative(process.cwd(), out) || '.';
      const lines = [`config: ${source}`];
      const width = Math.max(...files.map((f) => f.file.length)) + shown.length + 1;
      for (const f of files) {
        const kb = (Buffer.byteLength(f.text) / 1024).toFixed(1);
        lines.push(
          `  ${(status.get(f.file) ?? '').padEnd(9)} ${join(shown, f.file).padEnd(width)}  ${String(f.count).padStart(3)} ${f.unit.padEnd(9)}  ${kb.padStart(5)} KB  ${f.summary}`,
        );
      }
      const count = (s: string): number => [...status.values()].filter((v) => v === s).length;
      lines.push(
        `${files.length} files: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged`,
      );
      process.stdout.write(lines.join('\n') + '\n');
    }
    return 0;
  },
};
