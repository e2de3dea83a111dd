// The entry of dist/cli/generate.cjs: `mysfits generate` alone, bundled as one CommonJS script so
// bin.ts can run it with a V8 code cache (see there).
import { generate } from './commands/generate.js';
import { runCommand } from './run.js';

export default function run(argv: string[]): Promise<number> {
  return runCommand(generate, argv);
}
