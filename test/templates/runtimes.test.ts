// Lambda runtimes are deprecated on a schedule (cfn-lint ships AWS's: LmbdRuntimeLifecycle.json),
// after which new functions are refused: a launch of a template whose runtime is deprecated fails.
// Every function of every template must run on a runtime at least six months from deprecation.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../generator/config/load.js';
import { parseTemplate } from '../../generator/core/parse.js';
import { renderAll } from '../../generator/render.js';

interface Lifecycle {
  readonly deprecated?: string;
  readonly 'create-block'?: string;
  readonly successor?: string | null;
}

/** cfn-lint's copy of AWS's runtime deprecation dates. */
function runtimeLifecycle(): Record<string, Lifecycle> {
  const r = spawnSync('python3', ['-c', 'import cfnlint, os; print(os.path.dirname(cfnlint.__file__))'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot find cfn-lint's data (pip install cfn-lint): ${r.stderr}`);
  return JSON.parse(readFileSync(join(r.stdout.trim(), 'data', 'AdditionalSpecs', 'LmbdRuntimeLifecycle.json'), 'utf8')) as Record<string, Lifecycle>;
}

const SIX_MONTHS_MS = 183 * 24 * 3600 * 1000;

describe('Lambda runtimes', () => {
  const lifecycle = runtimeLifecycle();
  const variants = [{}, { service: { compute: 'lambda' } }, { network: { natGateways: 'none' } }, { cognito: { autoConfirmSignUp: true } }];

  it('every function runs on a runtime at least six months from its deprecation', () => {
    let functions = 0;
    for (const raw of variants) {
      for (const f of renderAll(validateConfig(raw, 'test')).filter((x) => x.file.endsWith('.yml'))) {
        for (const r of parseTemplate(f.text, f.file).resources) {
          if (r.type !== 'AWS::Serverless::Function' && r.type !== 'AWS::Lambda::Function') continue;
          functions++;
          const runtime = String(r.properties.Runtime);
          const dates = lifecycle[runtime];
          assert.ok(dates, `${f.file} ${r.id}: ${runtime} is not a runtime cfn-lint knows`);
          if (dates.deprecated === undefined) continue;
          const left = Date.parse(dates.deprecated) - Date.now();
          assert.ok(
            left > SIX_MONTHS_MS,
            `${f.file} ${r.id}: ${runtime} is deprecated on ${dates.deprecated} (new functions refused from ${dates['create-block']}): move to ${dates.successor}`,
          );
        }
      }
    }
    assert.ok(functions >= 6, `${functions} functions`);
  });

  it('the check itself refuses a runtime close to its deprecation', () => {
    const nodejs20 = lifecycle['nodejs20.x'];
    assert.ok(nodejs20?.deprecated, 'cfn-lint has no date for nodejs20.x');
    assert.ok(Date.parse(nodejs20.deprecated) - Date.now() < SIX_MONTHS_MS);
  });
});
