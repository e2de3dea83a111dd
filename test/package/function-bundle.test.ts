// How the Lambda functions are bundled (NODE_BUNDLE in generator/package/assets.ts): what a
// fresh instance parses and runs before its first answer. The cold start itself is measured by
// bench:lambda, not here.
import { strict as assert } from 'node:assert';
import { NODE_BUNDLE, bundleAsFunction, functionBundle } from '../../generator/package/assets.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';

interface EagerImports {
  EAGER: { file: RegExp; specifier: string }[];
  lazyImport(specifier: string): string;
  eagerSource(source: string, file: string, entry: EagerImports['EAGER'][number]): string;
}
const eagerImports = async (): Promise<EagerImports> =>
  (await import(pathToFileURL(join(ROOT, 'scripts/lib/eager-imports.mjs')).href)) as EagerImports;

/** `node_modules/a/node_modules/@s/b/x.js` -> `@s/b` (the innermost package). */
const packageOf = (file: string): string | undefined => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];

describe("the service function's bundle", function () {
  this.timeout(120_000);
  let files: string[];
  let code: string;
  let partNames: string[];
  let partCode: string;
  before(async () => {
    const bundle = await functionBundle(ROOT, 'service');
    files = bundle.files;
    code = Buffer.from(bundle.code).toString('utf8');
    partNames = bundle.parts.map((p) => p.path);
    partCode = bundle.parts.map((p) => Buffer.from(p.content).toString('utf8')).join('\n');
  });

  it('leaves the Cognito client to a part of its own (user-pool.js), loaded by the first sign-up or sign-in', () => {
    // A cold start parses index.js whole: the Cognito client, which the list does not use, was
    // 7-8 ms of bench:lambda's cold start.
    assert.deepEqual(partNames, ['user-pool.js']);
    assert.match(code, /require\("\.\/user-pool\.js"\)/);
    assert.doesNotMatch(code, /CognitoIdentityProvider/);
    assert.match(partCode, /CognitoIdentityProvider/);
  });

  it('initialises every module it bundles at load: none is deferred, so none is wrapped and parsed twice', () => {
    // esbuild wraps what an import() reaches in a function run on first use. Through the SDK's
    // lazy import of its event-stream code that was 157 modules the DynamoDB client initialises at
    // load anyway, each then parsed once more (scripts/lib/eager-imports.mjs). An import() left in
    // the bundle is one of a Node module or of one of the bundle's parts (a require, not wrapped).
    const deferred = [...code.matchAll(/Promise\.resolve\(\)\.then\(\(\)=>(.{0,40})/g)].map((m) => m[1]!);
    assert.ok(deferred.length > 0, 'the SDK still loads node:http on its first call');
    const parts = partNames.map((p) => p.replaceAll('.', '\\.')).join('|');
    assert.deepEqual(
      deferred.filter((d) => !new RegExp(`^[\\w$]+\\(require\\("(node:[a-z_/]+|\\./(${parts}))"\\)`).test(d)),
      [],
    );
  });

  it("holds one copy of each of Koa's table-building dependencies (mime types, HTTP errors)", () => {
    // Each copy builds its tables when the bundle loads: a second one is load time for nothing.
    const roots = new Map<string, Set<string>>();
    for (const file of files) {
      const name = packageOf(file);
      if (!name) continue;
      const root = file.slice(0, file.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length);
      roots.set(name, (roots.get(name) ?? new Set()).add(root));
    }
    for (const name of Object.keys(NODE_BUNDLE.alias)) {
      assert.deepEqual([...(roots.get(name) ?? [])], [`node_modules/${name}`], name);
    }
  });

  it("takes the AWS SDK's ES module builds (dist-es), which esbuild can tree-shake, not dist-cjs", () => {
    const sdk = files.filter((f) => /node_modules\/@(aws-sdk|smithy)\//.test(f));
    assert.ok(sdk.length > 0);
    assert.deepEqual(
      sdk.filter((f) => f.includes('/dist-cjs/')),
      [],
    );
  });
});

describe("the service's bundle (the container's server.mjs)", () => {
  // esbuild names each input file in a comment above its code when it does not minify.
  const bundled = () => readFileSync(join(ROOT, 'dist', 'service', 'server.mjs'), 'utf8');

  it("is bundled with the same settings as the functions: the SDK from dist-es, one copy of Koa's tables", () => {
    const inputs = [...bundled().matchAll(/^\/\/ (node_modules\/\S+)$/gm)].map((m) => m[1]!);
    assert.ok(inputs.some((f) => /node_modules\/@aws-sdk\/client-dynamodb\/dist-es\//.test(f)));
    assert.deepEqual(
      inputs.filter((f) => /node_modules\/@(aws-sdk|smithy)\/.*\/dist-cjs\//.test(f)),
      [],
    );
    for (const name of Object.keys(NODE_BUNDLE.alias)) {
      assert.deepEqual(
        inputs.filter((f) => f.includes(`/node_modules/${name}/`)),
        [],
        `a second copy of ${name}`,
      );
    }
  });
});

describe('the eager-imports plugin (every Node bundle)', () => {
  it('fails the build, naming the file, if the SDK no longer has the lazy import the plugin replaces', async () => {
    const { EAGER, lazyImport, eagerSource } = await eagerImports();
    const file = join(ROOT, 'node_modules/@smithy/core/dist-es/submodules/protocols/HttpProtocol.js');
    const source = readFileSync(file, 'utf8');
    for (const entry of EAGER) {
      assert.match(file, entry.file);
      assert.match(
        eagerSource(source, file, entry),
        /^import \* as __eagerImport from "@smithy\/core\/event-streams";\n/,
      );
      assert.throws(
        () => eagerSource(source.replaceAll(lazyImport(entry.specifier), 'await load()'), file, entry),
        /eager-imports: .*HttpProtocol\.js no longer has `await import\("@smithy\/core\/event-streams"\)`/,
      );
    }
  });
});

describe("a function bundle's lazily loaded parts", function () {
  this.timeout(60_000);

  it("bundles each import() of one of the project's files on its own, beside index.js, and leaves a Node module's to Node", async () => {
    const bundle = await bundleAsFunction(ROOT, 'test/fixtures/lazy-parts/one.mjs');
    const code = Buffer.from(bundle.code).toString('utf8');
    assert.deepEqual(
      bundle.parts.map((p) => p.path),
      ['part.js'],
    );
    assert.match(code, /require\("\.\/part\.js"\)/);
    assert.match(code, /require\("node:os"\)/);
    assert.doesNotMatch(code, /which/, 'the part is not also inside index.js');
    assert.match(Buffer.from(bundle.parts[0]!.content).toString('utf8'), /which/);
    assert.ok(bundle.inputs.includes('test/fixtures/lazy-parts/a/part.mjs'), 'a part is an input of the cache');
  });

  it('fails the build, naming both files, when two parts would have one name', async () => {
    await assert.rejects(
      bundleAsFunction(ROOT, 'test/fixtures/lazy-parts/entry.mjs'),
      /lazy parts test\/fixtures\/lazy-parts\/a\/part\.mjs and test\/fixtures\/lazy-parts\/b\/part\.mjs would both be part\.js/,
    );
  });
});
