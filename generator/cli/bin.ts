#!/usr/bin/env node
// The `mysfits` executable. Every command goes through main.ts, except one fast path:
// `generate` runs from dist/cli/generate.cjs, one CommonJS bundle executed with a V8 code cache
// (generate.cjs.cache, written by `npm run build` after a warm-up run). It predates
// module.enableCompileCache (Node 22.1), and compiling the generator's code on every start was a quarter
// of a `generate` run (see `npm run bench`). The cache is only a hint: V8 rejects one made by
// another Node version and the script then compiles as usual; without the bundle, or with
// MYSFITS_NO_FAST_PATH=1, `generate` runs through main.ts like every other command.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Run = (argv: string[]) => Promise<number>;

function fastGenerate(): Run | undefined {
  if (process.env.MYSFITS_NO_FAST_PATH) return undefined;
  const file = fileURLToPath(new URL('./generate.cjs', import.meta.url));
  if (!existsSync(file)) return undefined;
  const cacheFile = `${file}.cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as { default?: Run } };
  const require = createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    require,
    module,
    file,
    fileURLToPath(new URL('.', import.meta.url)),
  );
  if (process.env.MYSFITS_DEBUG) {
    const state = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'absent';
    process.stderr.write(`mysfits: generate fast path, code cache ${state}\n`);
  }
  if (process.env.MYSFITS_WRITE_CODE_CACHE) {
    // After the run, so the cache holds the functions generate executed, not just the top level.
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  return module.exports.default;
}

// The AWS SDK warns on every start that its releases after January 2027 need Node 22; that is
// for the maintainers to act on (engines in package.json), not for every user of every command.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const argv = process.argv.slice(2);
const fast = argv[0] === 'generate' ? fastGenerate() : undefined;
if (fast) {
  process.exitCode = await fast(argv.slice(1));
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(argv);
}
