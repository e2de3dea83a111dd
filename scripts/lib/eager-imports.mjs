// An esbuild plugin that makes the AWS SDK's one lazy import of its own code an ordinary import.
// Used by every Node bundle: the container's server.mjs (scripts/bundle-service.mjs) and each
// Lambda function (the bundle() of generator/package/assets.ts).
//
// @smithy/core's HTTP protocol loads its event-stream support with `await import(...)` when an
// operation has an event stream (none of DynamoDB's or Cognito's has). Bundled without code
// splitting, an import() becomes a deferred initialisation: esbuild wraps the imported module, and
// every module it imports, in a function run on first use, and keeps their top-level bindings
// outside it. Through event-streams that was 157 of the SDK's modules (its endpoint rules,
// config, serde, schema and client code), which the DynamoDB client initialises at load anyway,
// each then parsed once more as a function and entered through a wrapper: 5-8 ms of a Lambda cold
// start's load (docs/performance.md). Imported statically, event-streams is initialised at load
// with the rest (a few of its classes) and, in a function's bundle, nothing is wrapped. Event
// streams work as before. (The container's bundle still wraps modules: its full credential chain
// loads its providers lazily, as it should.)
//
// If the SDK no longer has the import the plugin replaces, the build fails rather than bundling
// it unchanged. test/package/function-bundle.test.ts checks that the service function's bundle
// defers no module.
import { readFile } from 'node:fs/promises';

/** Each file whose lazy import of the SDK's own code becomes a static one, and what it imports. */
export const EAGER = [
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]protocols[\\/]HttpProtocol\.js$/,
    specifier: '@smithy/core/event-streams',
  },
];

/** The lazy import of `specifier`, as the SDK's built code writes it. */
export const lazyImport = (specifier) => `await import(${JSON.stringify(specifier)})`;

/** `source` (of `file`) with its lazy import of `specifier` replaced by a namespace imported statically. */
export function eagerSource(source, file, { specifier }) {
  const lazy = lazyImport(specifier);
  if (!source.includes(lazy)) {
    throw new Error(`eager-imports: ${file} no longer has \`${lazy}\`: update scripts/lib/eager-imports.mjs`);
  }
  return `import * as __eagerImport from ${JSON.stringify(specifier)};\n${source.replaceAll(lazy, '__eagerImport')}`;
}

export const eagerImports = {
  name: 'eager-imports',
  setup(build) {
    for (const entry of EAGER) {
      build.onLoad({ filter: entry.file }, async (args) => ({
        contents: eagerSource(await readFile(args.path, 'utf8'), args.path, entry),
        loader: 'js',
      }));
    }
  },
};
