// Every custom resource of every template says how long CloudFormation waits for its answer
// (ServiceTimeout): without it, an answer that never comes holds the stack for an hour. The
// timeout is longer than the function may run (or, for a deferred answer, than the work it waits
// for), so a slow but healthy answer is never cut off.
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { parseTemplate } from '../../generator/core/parse.js';
import { renderAll } from '../../generator/render.js';

describe('custom resources', () => {
  const variants = [
    {},
    { service: { compute: 'lambda' } },
    { network: { natGateways: 'none' } },
    { cognito: { autoConfirmSignUp: true } },
  ];
  for (const raw of variants) {
    it(`every one sets a ServiceTimeout longer than its function runs (${JSON.stringify(raw)})`, () => {
      let seen = 0;
      for (const f of renderAll(validateConfig(raw, 'test')).filter((x) => x.file.endsWith('.yml'))) {
        const t = parseTemplate(f.text, f.file);
        for (const r of t.resources.filter((x) => x.type.startsWith('Custom::'))) {
          seen++;
          const timeout = Number(r.properties.ServiceTimeout);
          assert.ok(timeout > 0 && timeout <= 3600, `${f.file} ${r.id}: ServiceTimeout ${String(r.properties.ServiceTimeout)}`);
          const token = r.properties.ServiceToken as { 'Fn::GetAtt'?: [string, string] };
          const fn = t.resources.find((x) => x.id === token['Fn::GetAtt']?.[0]);
          assert.ok(fn, `${f.file} ${r.id}: its function is in the template`);
          assert.ok(timeout > Number(fn.properties.Timeout), `${f.file} ${r.id}: ${timeout} s, its function may run ${String(fn.properties.Timeout)} s`);
        }
      }
      assert.ok(seen >= 2, `only ${seen} custom resources`);
    });
  }
});
