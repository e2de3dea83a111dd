// fromTemplates (package prices each mode's templates from memory) must read exactly what
// fromTexts reads from the same templates written as YAML: the long form, the reviewer comments.
import { strict as assert } from 'node:assert';
import { fromTemplates, fromTexts } from '../../generator/review/model.js';
import { estimateCost } from '../../generator/review/cost.js';
import { buildTemplates, renderAll } from '../../generator/render.js';
import { variants } from '../support/variants.js';

describe('fromTemplates: templates in memory read as their YAML reads', () => {
  for (const variant of variants()) {
    it(`${variant.name}: the same parsed templates and the same cost estimate`, () => {
      const fromYaml = fromTexts(renderAll(variant.config));
      const inMemory = fromTemplates(buildTemplates(variant.config));
      assert.deepEqual(inMemory, fromYaml);
      assert.ok(
        inMemory.some((t) => t.parsed.resources.some((r) => r.comment)),
        'comments are compared too',
      );
      assert.deepEqual(estimateCost(inMemory, 'eu-west-1'), estimateCost(fromYaml, 'eu-west-1'));
    });
  }
});
