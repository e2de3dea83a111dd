import { strict as assert } from 'node:assert';
import { Template } from '../../generator/core/template.js';
import { toYaml } from '../../generator/core/emit.js';
import { getAtt, ref, sub, fnIf } from '../../generator/core/intrinsics.js';

const group = (t: Template, id = 'Logs', props: Record<string, unknown> = {}) =>
  t.resource(id, { Type: 'AWS::Logs::LogGroup', comment: 'c', Properties: { RetentionInDays: 7, ...props } });

describe('template model', () => {
  it('rejects a logical id used twice, naming it', () => {
    const t = new Template({ description: 'x' });
    group(t);
    assert.throws(
      () => t.parameter('Logs', { Type: 'String', Description: 'd' }),
      /"Logs" is already used by a resource/,
    );
  });

  it('rejects logical ids CloudFormation would refuse', () => {
    const t = new Template({ description: 'x' });
    assert.throws(() => group(t, 'my-logs'), /letters and digits/);
  });

  it('requires a one-line reviewer comment on every resource', () => {
    const t = new Template({ description: 'x' });
    assert.throws(
      () => t.resource('L', { Type: 'AWS::Logs::LogGroup', comment: ' ', Properties: {} }),
      /reviewer comment/,
    );
    assert.throws(
      () => t.resource('L', { Type: 'AWS::Logs::LogGroup', comment: 'a\nb', Properties: {} }),
      /one non-empty line/,
    );
  });

  it('fails on a Ref, GetAtt, Sub variable or If condition that points at nothing', () => {
    const cases: [string, unknown][] = [
      ['Ref target "Nope"', ref('Nope')],
      ['GetAtt target "Nope"', getAtt('Nope', 'Arn')],
      ['Sub variable "Nope"', sub('x-${Nope}')],
      ['Sub attribute of "Nope"', sub('x-${Nope.Arn}')],
      ['If condition "Nope"', fnIf('Nope', 'a', 'b')],
    ];
    for (const [message, value] of cases) {
      const t = new Template({ description: 'x' });
      group(t, 'Logs', { LogGroupName: value });
      assert.throws(
        () => toYaml(t),
        (err: Error) => err.message.includes(`resource Logs: ${message}`),
        message,
      );
    }
  });

  it('accepts pseudo parameters, Sub locals and escaped ${!Literal}', () => {
    const t = new Template({ description: 'x' });
    group(t, 'Logs', { LogGroupName: sub('${AWS::StackName}-${Local}-${!Literal}', { Local: 'v' }) });
    assert.doesNotThrow(() => toYaml(t));
  });

  it('rejects a GetAtt on a parameter', () => {
    const t = new Template({ description: 'x' });
    t.parameter('P', { Type: 'String', Description: 'd' });
    group(t, 'Logs', { LogGroupName: getAtt('P', 'Arn') });
    assert.throws(() => toYaml(t), /"P" is a parameter, expected a resource/);
  });

  it('adds the SAM transform when a template uses a SAM resource', () => {
    const t = new Template({ description: 'x' });
    t.resource('Fn', {
      Type: 'AWS::Serverless::Function',
      comment: 'c',
      Properties: { Runtime: 'nodejs20.x', Handler: 'index.handler', InlineCode: 'exports.handler=()=>1' },
    });
    assert.deepEqual(t.transforms, ['AWS::Serverless-2016-10-31']);
    assert.match(toYaml(t), /\nTransform: AWS::Serverless-2016-10-31\n/);
  });

  it('lets an output share its resource name, but not another output', () => {
    const t = new Template({ description: 'x' });
    const logs = group(t);
    t.output('Logs', { Description: 'd', Value: logs.ref() });
    assert.throws(() => t.output('Logs', { Description: 'd', Value: logs.ref() }), /declared twice/);
  });
});
