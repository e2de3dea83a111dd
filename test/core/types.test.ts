// The generated specification types must turn mistakes into compile errors. Two proofs:
// `@ts-expect-error` lines below (the build fails if any of them stops being an error), and a
// compile of test/fixtures/type-errors.ts that must fail on exactly its marked lines.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { Template } from '../../generator/core/template.js';
import { ROOT } from '../helpers.js';

// Compile-time checks: if a line stops being an error, `tsc -b` (and so `npm test`) fails.
export function compileTimeChecks(): void {
  const t = new Template({ description: 'x' });
  t.resource('Table', {
    Type: 'AWS::DynamoDB::Table',
    comment: 'c',
    Properties: {
      KeySchema: [{ AttributeName: 'MysfitId', KeyType: 'HASH' }],
      // @ts-expect-error BillingMode is a string, not a boolean
      BillingMode: true,
    },
  });
  t.resource('Table2', {
    Type: 'AWS::DynamoDB::Table',
    comment: 'c',
    Properties: {
      KeySchema: [{ AttributeName: 'MysfitId', KeyType: 'HASH' }],
      // @ts-expect-error misspelt property
      PointInTimeRecoverySpecifcation: { PointInTimeRecoveryEnabled: true },
    },
  });
}

describe('generated resource types', () => {
  it('reject misspelt properties, wrong value types, missing required properties and unknown attributes', () => {
    const file = join(ROOT, 'test', 'fixtures', 'type-errors.ts');
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => ({
        line: d.file!.getLineAndCharacterOfPosition(d.start!).line + 1,
        code: `TS${d.code}`,
      }));
    const lines = readFileSync(file, 'utf8').split('\n');
    const expected = lines
      .map((text, i) => ({ line: i + 1, code: /EXPECT (TS\d+)/.exec(text)?.[1] }))
      .filter((e): e is { line: number; code: string } => e.code !== undefined);
    assert.ok(expected.length >= 5, 'fixture lost its EXPECT markers');
    for (const e of expected) {
      assert.ok(
        diagnostics.some((d) => d.line === e.line && d.code === e.code),
        `line ${e.line} of type-errors.ts should fail with ${e.code}; got ${JSON.stringify(diagnostics)}`,
      );
    }
    const unexpected = diagnostics.filter((d) => !expected.some((e) => e.line === d.line));
    assert.deepEqual(unexpected, [], 'errors on lines that should compile');
  });
});
