// Ajv "standalone" validators as TypeScript-compiled ESM modules: the validation code is generated
// ahead of time, so no command compiles a JSON Schema at run time (ajv's compile step costs about
// 100 ms per schema). Used by gen-config.mjs and gen-swagger-validators.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';

/**
 * The module text of a compiled validator. ajv's standalone code `require`s its small runtime
 * helpers; the file is ESM, so those become imports.
 */
export function validatorModule(ajv, validate, what, source) {
  let code = standaloneCode(ajv, validate);
  const imports = [];
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/gi, (_, mod) => {
    const name = `runtime${imports.length}`;
    imports.push(`import ${name} from '${mod}.js';`);
    return `${name}.default`;
  });
  if (/require\(/.test(code)) throw new Error('ajv standalone code still requires a module: extend the rewrite above');
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// ${what}, compiled ahead of time by ajv from ${source}.`,
    '// Regenerate with `npm run gen:types`.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    ...imports,
    code,
    '',
  ].join('\n');
}

/** Writes generated files, or with --check fails when a committed one differs. */
export function writeOrCheck(root, outDir, files) {
  const dir = join(root, outDir);
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(
      ([name, content]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== content,
    );
    if (stale.length) {
      console.error(`${outDir}/${stale.map(([n]) => n).join(', ')} out of date; run npm run gen:types`);
      process.exit(1);
    }
    console.log(`${outDir} is up to date`);
  } else {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    console.log(`wrote ${outDir}/{${Object.keys(files).join(',')}}`);
  }
}
