// How the Lambda functions are bundled (NODE_BUNDLE in generator/package/assets.ts): what a
// fresh instance parses and runs before its first answer. The cold start itself is measured by
// bench:lambda, not here.
import { strict as assert } from 'node:assert';
import { NODE_BUNDLE, functionBundle } from '../../generator/package/assets.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** `node_modules/a/node_modules/@s/b/x.js` -> `@s/b` (the innermost package). */
const packageOf = (file: string): string | undefined => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];

describe("the service function's bundle", function () {
  this.timeout(120_000);
  let files: string[];
  before(async () => {
    ({ files } = await functionBundle(ROOT, 'service'));
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
