// The direct YAML writer must print exactly what the `yaml` library's Document printer prints
// (the reference, kept in emit.ts as printYaml), for every template and for the strings whose
// quoting is easy to get wrong.
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { printYaml, toYaml, writeYaml } from '../../generator/core/emit.js';
import { getAtt, getAZs, join, ref, select, sub } from '../../generator/core/intrinsics.js';
import { Template } from '../../generator/core/template.js';
import { TEMPLATES } from '../../generator/builders/index.js';
import { YAML11_NON_STRING } from '../../generator/core/yaml-writer.js';
import { Document } from 'yaml';

const VARIANTS: unknown[] = [
  {},
  { network: { natGateways: 'none' } },
  { cognito: { autoConfirmSignUp: true } },
  { api: { accountCloudWatchRole: false }, data: { deletionProtection: true }, tags: { on: 'yes', '1': '0x1F' } },
];

/** Strings YAML 1.1 reads as something else, or that need quotes for their characters. */
const TRICKY = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'False',
  '~',
  'null',
  'NULL',
  '',
  ' ',
  '1',
  '-1',
  '+1',
  '1.5',
  '1e3',
  '.inf',
  '.NaN',
  '0x1F',
  '0o17',
  '017',
  '0b101',
  '1_000',
  '190:20:30',
  '2010-09-09',
  '2001-12-14t21:59:43.10-05:00',
  '<<',
  '-',
  '?',
  '- a',
  '? a',
  'a: b',
  'a:',
  'a #b',
  '#a',
  'a#b',
  "it's",
  'say "hi"',
  `both ' and "`,
  'back\\slash',
  '[a]',
  '{a}',
  'a,b',
  '*a',
  '&a',
  '!a',
  '|a',
  '>a',
  '%a',
  '@a',
  '`a',
  'a ',
  ' a',
  'http://x/y',
  '/',
  '${AWS::Region}',
  "'${SiteUrl}'",
  'noo',
  'Yess',
  'ON!',
  'émoji ✓',
  'tab\tinside',
  '..',

  '.5',
  '5.',
  '0.',
  '+.inf',
  '-.inf',
  '1:2',
  '12:30',
  '1-2',
  '12-30-2020',
];

function trickyTemplate(): Template {
  const t = new Template({ description: 'quoting', header: ['line one', '', 'line three'] });
  t.parameter('P', { Type: 'String', Description: 'a parameter', Default: 'yes', AllowedValues: ['yes', 'no', '1'] });
  t.resource('R', {
    Type: 'AWS::SSM::Parameter',
    comment: 'every tricky string as a key, a value, and inside a flow sequence',
    Properties: {
      Type: 'String',
      Value: join(
        ',',
        TRICKY.map((s) => s),
      ),
      Tags: Object.fromEntries(TRICKY.filter((s) => s !== '').map((s, i) => [s, TRICKY[(i + 1) % TRICKY.length]])),
      Name: select(0, getAZs()),
      Description: sub('${AWS::StackName} says: "hi"'),
      DataType: getAtt('R', 'Type'),
      Policies: [
        [1, 2],
        [],
        {},
        { a: [{ b: ref('P') }, [select(1, [ref('P'), 'x,y'])]] },
        join('', [sub('a'), ['b', 'c'], { 'Fn::Sub': 'x' }]),
      ] as unknown as string,
    },
  });
  return t;
}

describe('YAML writer', () => {
  it("copies the yaml library's YAML 1.1 non-string patterns exactly", () => {
    const { tags } = new Document(null, { version: '1.1' }).schema as unknown as {
      tags: { default?: unknown; tag: string; test?: RegExp }[];
    };
    const library = tags
      .filter((t) => t.default === true && t.tag !== 'tag:yaml.org,2002:str' && t.test)
      .map((t) => String(t.test));
    assert.deepEqual(YAML11_NON_STRING.map(String), library);
  });

  for (const raw of VARIANTS) {
    it(`prints every template as the yaml library does (${JSON.stringify(raw)})`, () => {
      const config = validateConfig(raw, 'test');
      for (const { file, build } of TEMPLATES) {
        const t = build(config);
        assert.equal(writeYaml(t), printYaml(t), file);
      }
    });
  }

  it('quotes exactly the strings the library quotes: keys, values, flow items', () => {
    const t = trickyTemplate();
    assert.equal(writeYaml(t), printYaml(t));
  });

  // Multi-line strings in a map (a CodeBuild buildspec) print as literal blocks, like the library.
  for (const value of ['a\nb', 'a\nb\n', 'version: 0.2\nphases:\n  build:\n\n    - "$X" #c\n']) {
    it(`writes ${JSON.stringify(value)} as the library does`, () => {
      const t = new Template({ description: 'block' });
      t.resource('R', { Type: 'AWS::SSM::Parameter', comment: 'x', Properties: { Type: 'String', Value: value } });
      assert.equal(writeYaml(t), printYaml(t));
    });
  }

  for (const value of [' a\nb', 'a \nb', 'a\n\n', '\n', '...x', '---x', 'x\n---\n', 'bell\u0007']) {
    it(`leaves ${JSON.stringify(value)} to the library`, () => {
      const t = new Template({ description: 'fallback' });
      t.resource('R', { Type: 'AWS::SSM::Parameter', comment: 'x', Properties: { Type: 'String', Value: value } });
      assert.throws(() => writeYaml(t));
      assert.equal(toYaml(t), printYaml(t));
    });
  }
});
