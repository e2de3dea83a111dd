// main.yml's nested stacks against the templates they create: cfn-lint checks one file at a
// time, so this is the check across files (also run by every `generate`).
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { getAtt } from '../../generator/core/intrinsics.js';
import { checkNestedStacks } from '../../generator/core/nested.js';
import { Template } from '../../generator/core/template.js';
import { ROOT_TEMPLATE, templatesFor } from '../../generator/builders/index.js';
import { buildMain } from '../../generator/builders/main.js';
import { renderAll, WiringError } from '../../generator/render.js';

const children = (raw: unknown = {}): Map<string, Template> => {
  const config = validateConfig(raw, 'test');
  return new Map(templatesFor(config).map((b) => [b.file, b.build(config)]));
};

/** A parent with one nested stack, for the failure cases. */
function parent(file: string, parameters: Record<string, unknown>, reads: [string, string][] = []): Template {
  const t = new Template({ description: 'test parent' });
  t.resource('Child', {
    Type: 'AWS::CloudFormation::Stack',
    comment: 'the child under test',
    Properties: { TemplateURL: file, Parameters: parameters as Record<string, string> },
  });
  for (const [stack, output] of reads) t.output(`Read${stack}${output}`, { Description: 'x', Value: getAtt(stack, `Outputs.${output}`) });
  return t;
}

describe('nested stack wiring (main.yml)', () => {
  for (const variant of [
    {},
    { cognito: { autoConfirmSignUp: true }, api: { accountCloudWatchRole: false } },
    { network: { natGateways: 'none' } },
    { service: { compute: 'lambda' } },
  ]) {
    it(`main.yml passes every required parameter, only declared ones, and reads only declared outputs (${JSON.stringify(variant)})`, () => {
      const all = children(variant);
      assert.deepEqual(checkNestedStacks(all.get(ROOT_TEMPLATE) as Template, all), []);
    });
  }

  for (const compute of ['fargate', 'lambda'] as const) {
    it(`nests every other template of its mode exactly once (${compute})`, () => {
      const config = validateConfig({ service: { compute } }, 'test');
      const main = buildMain(config);
      const urls = main.resources
        .filter((r) => r.value.Type === 'AWS::CloudFormation::Stack')
        .map((r) => (r.value.Properties as { TemplateURL: string }).TemplateURL)
        .sort();
      assert.deepEqual(
        urls,
        templatesFor(config)
          .map((b) => b.file)
          .filter((f) => f !== ROOT_TEMPLATE)
          .sort(),
      );
    });
  }

  const all = children();
  const serviceParams = Object.fromEntries(
    (all.get('service.yml') as Template).parameters.map((p) => [p.id, 'x']),
  );

  it('finds a required parameter that is not passed', () => {
    const { TargetGroupArn: _, ...rest } = serviceParams;
    assert.deepEqual(checkNestedStacks(parent('service.yml', rest), all), [
      'Child: required parameter TargetGroupArn of service.yml is not passed',
    ]);
  });
  it('finds a parameter the child does not declare', () => {
    assert.deepEqual(checkNestedStacks(parent('service.yml', { ...serviceParams, VpcID: 'x' }), all), [
      'Child: passes VpcID, which service.yml does not declare',
    ]);
  });
  it('finds an output the child does not declare, and a read of something not a nested stack', () => {
    assert.deepEqual(
      checkNestedStacks(parent('core.yml', {}, [['Child', 'VpcId'], ['Child', 'VpcID'], ['Other', 'VpcId']]), all),
      [
        'output ReadChildVpcID: reads Child.Outputs.VpcID, which core.yml does not declare',
        'output ReadOtherVpcId: reads Other.Outputs.VpcId, but Other is not a nested stack',
      ],
    );
  });
  it('finds a TemplateURL that is not a generated template', () => {
    assert.deepEqual(checkNestedStacks(parent('cor.yml', {}), all), [
      'Child: TemplateURL "cor.yml" is not a template generated alongside',
    ]);
  });
  it('generate refuses broken wiring before writing anything (renderAll runs before any write)', () => {
    const broken = templatesFor(validateConfig({}, 'test')).map((b) =>
      b.file === ROOT_TEMPLATE ? { ...b, build: () => parent('service.yml', { ...serviceParams, Extra: 'x' }) } : b,
    );
    assert.throws(
      () => renderAll(validateConfig({}, 'test'), { templates: broken }),
      (err: unknown) => err instanceof WiringError && /passes Extra, which service\.yml does not declare/.test(err.message),
    );
  });
});
