import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { Template } from '../../generator/core/template.js';
import { toJsonObject, toYaml } from '../../generator/core/emit.js';
import { AWS, base64, fnIf, getAZs, ref, select, sub, equals } from '../../generator/core/intrinsics.js';

function sample(): Template {
  const t = new Template({ description: 'sample', header: ['a header line'] });
  const name = t.parameter('BucketName', { Type: 'String', Description: 'Name of the bucket', label: 'Bucket name' });
  const isProd = t.condition('IsProd', equals(ref('AWS::StackName'), 'prod'));
  t.parameterGroup('Storage', [name]);
  const bucket = t.resource('Bucket', {
    Type: 'AWS::S3::Bucket',
    comment: 'Holds things.',
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: {
      BucketName: name.ref(),
      Tags: [{ Key: 'Zone', Value: select(0, getAZs()) }],
    },
  });
  t.resource('Logs', {
    Type: 'AWS::Logs::LogGroup',
    comment: 'Keeps logs.',
    DependsOn: [bucket],
    Condition: isProd,
    Properties: { LogGroupName: fnIf(isProd, sub('${AWS::StackName}-q'), AWS.NoValue), RetentionInDays: 7 },
  });
  t.output('BucketArn', { Description: 'ARN', Value: bucket.getAtt('Arn') });
  return t;
}

describe('YAML emitter', () => {
  it('writes short-form tags, including nested ones in flow sequences', () => {
    const yaml = toYaml(sample());
    assert.match(yaml, /BucketName: !Ref BucketName/);
    assert.match(yaml, /Value: !Select \[0, !GetAZs ''\]/);
    assert.match(yaml, /Value: !GetAtt Bucket\.Arn/);
    assert.match(yaml, /LogGroupName: !If \[IsProd, !Sub '\$\{AWS::StackName\}-q', !Ref AWS::NoValue\]/);
    assert.match(yaml, /IsProd: !Equals \[!Ref AWS::StackName, prod\]/);
  });

  it('falls back to the long form where a tag would wrap another tag', () => {
    const t = new Template({ description: 'x' });
    t.resource('Fn', {
      Type: 'AWS::Lambda::Function',
      comment: 'c',
      Properties: {
        Role: 'arn:aws:iam::1:role/r',
        Code: { ZipFile: base64(sub('echo ${AWS::Region}')) },
      },
    });
    const yaml = toYaml(t);
    assert.match(yaml, /ZipFile:\n\s+Fn::Base64: !Sub echo \$\{AWS::Region\}/);
    // and the long form is what a YAML parser without CloudFormation tags reads back
    const doc = parse(yaml.replace(/!Sub /g, '')) as {
      Resources: { Fn: { Properties: { Code: { ZipFile: unknown } } } };
    };
    assert.deepEqual(doc.Resources.Fn.Properties.Code.ZipFile, { 'Fn::Base64': 'echo ${AWS::Region}' });
  });

  it('prints sections in canonical order and resource attributes before Properties', () => {
    const yaml = toYaml(sample());
    const order = [
      'AWSTemplateFormatVersion',
      'Description',
      'Metadata',
      'Parameters',
      'Conditions',
      'Resources',
      'Outputs',
    ];
    const positions = order.map((s) =>
      yaml.indexOf(`\n${s}:`) >= 0 ? yaml.indexOf(`\n${s}:`) : yaml.indexOf(`${s}:`),
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
      'sections out of order',
    );
    const queue = yaml.slice(yaml.indexOf('  Logs:'));
    assert.ok(queue.indexOf('Condition: IsProd') < queue.indexOf('DependsOn'));
    assert.ok(queue.indexOf('DependsOn') < queue.indexOf('Properties'));
    const bucket = yaml.slice(yaml.indexOf('  Bucket:'));
    assert.ok(bucket.indexOf('DeletionPolicy') < bucket.indexOf('UpdateReplacePolicy'));
  });

  it('puts the reviewer comment above each resource and the header at the top', () => {
    const yaml = toYaml(sample());
    assert.match(yaml, /^# a header line\n/);
    assert.match(yaml, / {2}# Holds things\.\n {2}Bucket:\n/);
    assert.match(yaml, / {2}# Keeps logs\.\n {2}Logs:\n/);
  });

  it('writes the console interface from parameter groups and labels', () => {
    const json = toJsonObject(sample()) as { Metadata: Record<string, unknown> };
    assert.deepEqual(json.Metadata['AWS::CloudFormation::Interface'], {
      ParameterGroups: [{ Label: { default: 'Storage' }, Parameters: ['BucketName'] }],
      ParameterLabels: { BucketName: { default: 'Bucket name' } },
    });
  });

  it('is byte-identical for the same input', () => {
    assert.equal(toYaml(sample()), toYaml(sample()));
  });

  it('quotes strings YAML 1.1 would read as booleans or numbers', () => {
    const t = new Template({ description: 'x' });
    t.resource('P', {
      Type: 'AWS::SSM::Parameter',
      comment: 'c',
      Properties: { Type: 'String', Value: 'yes', Name: '0123', Description: 'on' },
    });
    const yaml = toYaml(t);
    assert.match(yaml, /Value: 'yes'/);
    assert.match(yaml, /Name: '0123'/);
    assert.match(yaml, /Description: 'on'/);
  });

  it('writes long-form JSON that round-trips', () => {
    const json = toJsonObject(sample()) as { Resources: { Bucket: { Properties: { BucketName: unknown } } } };
    assert.deepEqual(json.Resources.Bucket.Properties.BucketName, { Ref: 'BucketName' });
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });
});
