// docs/api.md's API reference is the contract's, as `npm run docs` renders it: a change to an
// operation, an error code or a header that is not carried into docs/api.md fails here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { apiReference, REFERENCE_END, REFERENCE_START } from '../../service/src/contract/reference.js';
import { ERRORS } from '../../service/src/contract/errors.js';
import { OPERATIONS, OPERATION_IDS } from '../../service/src/contract/operations.js';
import { ROOT } from '../helpers.js';

describe("docs/api.md's API reference", () => {
  const file = join(ROOT, 'docs', 'api.md');
  const readme = readFileSync(file, 'utf8');

  it('is the one the contract renders (run `npm run docs` after changing the contract)', async () => {
    const start = readme.indexOf(REFERENCE_START);
    const end = readme.indexOf(REFERENCE_END);
    assert.ok(start >= 0 && end > start, 'docs/api.md has no api-reference block');
    const inReadme = readme.slice(start, end + REFERENCE_END.length);
    const rendered = (
      await prettier.format(apiReference(), { ...(await prettier.resolveConfig(file)), filepath: file })
    ).trim();
    assert.equal(inReadme, rendered);
  });

  it('names every operation and every error code', () => {
    for (const id of OPERATION_IDS)
      assert.ok(readme.includes(`\`${OPERATIONS[id].method} ${OPERATIONS[id].path}\``), id);
    for (const code of Object.keys(ERRORS)) assert.ok(readme.includes(`\`${code}\``), code);
  });
});
