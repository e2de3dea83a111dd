#!/usr/bin/env node
// Generates TypeScript property types for the CloudFormation resources mysfits uses, from the
// official resource specification that ships in @aws-cdk/aws-service-spec (the database behind
// the AWS CDK's L1 classes, which also carries the SAM resources).
//
//   npm run gen:types            regenerate generator/spec/generated/
//   npm run gen:types -- --check fail if the committed files differ from what would be generated
//
// Only the namespaces listed in SERVICES are generated: the whole specification is ~1,800
// resources and would slow every `tsc` run for types we never use. Add a namespace here and
// rerun when a builder needs a new service.
import { readFileSync, mkdirSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

const SERVICES = [
  'AWS::ApiGateway',
  'AWS::ApiGatewayV2',
  'AWS::Athena',
  'AWS::Budgets',
  'AWS::CloudFormation',
  'AWS::CloudFront',
  'AWS::CloudWatch',
  'AWS::CodeBuild',
  'AWS::CodeConnections',
  'AWS::CodePipeline',
  'AWS::Cognito',
  'AWS::DynamoDB',
  'AWS::EC2',
  'AWS::ECR',
  'AWS::ECS',
  'AWS::ElasticLoadBalancingV2',
  'AWS::Events',
  'AWS::Glue',
  'AWS::IAM',
  'AWS::KinesisFirehose',
  'AWS::KMS',
  'AWS::Lambda',
  'AWS::Logs',
  'AWS::S3',
  'AWS::SNS',
  'AWS::Serverless',
  'AWS::SQS',
  'AWS::SSM',
  'AWS::StepFunctions',
  'AWS::WAFv2',
];

// SAM resources become plain CloudFormation resources under the same logical id, so `Fn::GetAtt`
// reads the attributes of what they expand to; the SAM part of the specification lists none.
const ATTRIBUTES_FROM = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
};

// Properties SAM passes through to the resource it expands to, which the SAM part of the
// specification does not list yet (SAM has accepted `LoggingConfig` since v1.82): typed from that
// resource's own property types, so they stay as strict as the rest.
const PASSTHROUGH_PROPERTIES = {
  'AWS::Serverless::Function': { from: 'AWS::Lambda::Function', properties: ['LoggingConfig'] },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'generator', 'spec', 'generated');
const check = process.argv.includes('--check');

const require = createRequire(import.meta.url);
const specVersion = JSON.parse(readFileSync(require.resolve('@aws-cdk/aws-service-spec/package.json'), 'utf8')).version;

const db = loadAwsServiceSpecSync();

const header = (what) =>
  [
    '// GENERATED FILE: do not edit by hand.',
    `// ${what}`,
    `// Source: @aws-cdk/aws-service-spec ${specVersion} (the CloudFormation resource specification).`,
    '// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).',
    '/* eslint-disable */',
    '',
  ].join('\n');

/** A file name for a namespace: AWS::ElasticLoadBalancingV2 -> elasticloadbalancingv2 */
const fileOf = (ns) => ns.split('::')[1].toLowerCase();
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (k) => (IDENT.test(k) ? k : JSON.stringify(k));

/** First sentence of the spec's documentation, safe inside a JSDoc comment. */
function doc(text, indent) {
  if (!text) return '';
  const first = text.split(/\n\n/)[0].replace(/\s+/g, ' ').trim();
  const short = first.length > 240 ? first.slice(0, 237).trimEnd() + '...' : first;
  return `${indent}/** ${short.replace(/\*\//g, '*\\/')} */\n`;
}

/** Pass-through properties of a SAM resource, typed by an inline import of the target's types. */
function passthrough(res) {
  const spec = PASSTHROUGH_PROPERTIES[res.cloudFormationType];
  if (!spec) return [];
  const target = db.lookup('resource', 'cloudFormationType', 'equals', spec.from).only();
  const targetTypes = new Map([...db.follow('usesType', target)].map(({ entity }) => [entity.$id, entity.name]));
  return spec.properties.map((name) => {
    if (res.properties[name])
      throw new Error(`${res.cloudFormationType} now has ${name}: drop it from PASSTHROUGH_PROPERTIES`);
    const p = target.properties[name];
    if (!p || p.type.type !== 'ref') throw new Error(`${spec.from}.${name}: expected a property of a named type`);
    const typeName = `${target.name}_${targetTypes.get(p.type.reference.$ref)}`;
    return `${doc(p.documentation, '  ')}  readonly ${name}?: Value<import('./${fileOf(spec.from.split('::').slice(0, 2).join('::'))}.js').${typeName}>;`;
  });
}

function generateService(ns) {
  const resources = db
    .all('resource')
    .filter((r) => r.cloudFormationType.startsWith(ns + '::'))
    .sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType));
  if (resources.length === 0) throw new Error(`no resources in namespace ${ns}`);

  const lines = [header(`Resource property types for ${ns}::*.`)];
  const importAt = lines.length;
  const index = [];

  for (const res of resources) {
    const typeNames = new Map();
    for (const { entity } of db.follow('usesType', res)) {
      typeNames.set(entity.$id, `${res.name}_${entity.name}`);
    }
    const tsType = (t) => {
      switch (t.type) {
        case 'string':
        case 'date-time':
          return 'Value<string>';
        case 'number':
        case 'integer':
          return 'Value<number>';
        case 'boolean':
          return 'Value<boolean>';
        case 'json':
          return 'Value<Json>';
        case 'null':
          return 'null';
        case 'tag':
          return 'Value<Tag>';
        case 'ref': {
          const name = typeNames.get(t.reference.$ref);
          if (!name) throw new Error(`${res.cloudFormationType}: unknown type ${t.reference.$ref}`);
          return `Value<${name}>`;
        }
        case 'array':
          return `ListOf<${tsType(t.element)}>`;
        case 'map':
          return `MapOf<${tsType(t.element)}>`;
        case 'union':
          return [...new Set(t.types.map(tsType))].join(' | ');
        default:
          throw new Error(`${res.cloudFormationType}: unhandled spec type ${JSON.stringify(t)}`);
      }
    };
    const body = (props, indent) =>
      Object.entries(props)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([name, p]) =>
            doc(p.documentation, indent) + `${indent}readonly ${key(name)}${p.required ? '' : '?'}: ${tsType(p.type)};`,
        )
        .join('\n');

    const propsName = `${res.name}Props`;
    lines.push(doc(res.documentation, '').trimEnd() || `/** ${res.cloudFormationType} */`);
    lines.push(`export interface ${propsName} {`, body(res.properties, '  '), ...passthrough(res), '}', '');
    const types = [...db.follow('usesType', res)]
      .map((l) => l.entity)
      .sort((a, b) => typeNames.get(a.$id).localeCompare(typeNames.get(b.$id)));
    for (const def of types) {
      lines.push(`export interface ${typeNames.get(def.$id)} {`, body(def.properties, '  '), '}', '');
    }
    const attrSource = ATTRIBUTES_FROM[res.cloudFormationType]
      ? db.lookup('resource', 'cloudFormationType', 'equals', ATTRIBUTES_FROM[res.cloudFormationType]).only()
      : res;
    const attrs = Object.keys(attrSource.attributes).sort();
    index.push({
      type: res.cloudFormationType,
      props: `${fileOf(ns)}.${propsName}`,
      attrs: attrs.length ? attrs.map((a) => JSON.stringify(a)).join(' | ') : 'never',
      transform: res.cloudFormationTransform,
    });
  }
  const used = ['Value', 'ListOf', 'MapOf', 'Json', 'Tag'].filter((name) =>
    lines.some((l) => l.includes(`${name}<`) || l.includes(`<${name}>`)),
  );
  lines.splice(importAt, 0, `import type { ${used.join(', ')} } from '../values.js';`, '');
  return { text: lines.join('\n'), index };
}

const files = new Map();
const allIndex = [];
for (const ns of SERVICES) {
  const { text, index } = generateService(ns);
  files.set(`${fileOf(ns)}.ts`, text);
  allIndex.push(...index);
}

const idx = [header('Every generated resource type, keyed by its CloudFormation type name.')];
for (const ns of SERVICES) idx.push(`import type * as ${fileOf(ns)} from './${fileOf(ns)}.js';`);
idx.push('', `export const SPEC_VERSION = ${JSON.stringify(specVersion)};`, '');
idx.push(
  '/** Resource types that only exist under a transform (SAM), and that transform. */',
  'export const RESOURCE_TRANSFORMS: Readonly<Record<string, string>> = {',
  ...allIndex.filter((e) => e.transform).map((e) => `  ${JSON.stringify(e.type)}: ${JSON.stringify(e.transform)},`),
  '};',
  '',
);
idx.push(
  '/** For each resource type: its properties, the attributes `Fn::GetAtt` may read, and the transform it needs. */',
  'export interface ResourceTypes {',
);
for (const e of allIndex) {
  idx.push(
    `  ${JSON.stringify(e.type)}: { props: ${e.props}; attrs: ${e.attrs}; transform: ${
      e.transform ? JSON.stringify(e.transform) : 'undefined'
    } };`,
  );
}
// Custom resources (`Custom::Name`): a service token plus whatever properties their handler
// reads, and whatever attributes it returns.
idx.push(
  '  /** A custom resource: its handler defines the other properties and the attributes. */',
  '  [custom: `Custom::${string}`]: {',
  '    props: cloudformation.CustomResourceProps & { readonly [property: string]: unknown };',
  '    attrs: string;',
  '    transform: undefined;',
  '  };',
);
idx.push('}', '');
files.set('index.ts', idx.join('\n'));

// How each resource type of SERVICES takes tags, from the specification's tag information: the
// property and its form (a list of Key/Value, a map of key to value, or Auto Scaling's list with
// PropagateAtLaunch). A type absent here takes no tags. The templates' tagger
// (generator/core/tags.ts) reads it, so a builder never writes tags by hand.
//
// Tag properties the specification lists but CloudFormation's registry schemas do not accept yet
// (cfn-lint, the judge of the templates, reads them and answers E3002 "'Tags' was unexpected"):
// these types stay untagged until the registry has the property, when the entry goes.
const TAGS_NOT_ACCEPTED_YET = new Set(['AWS::CloudWatch::Dashboard', 'AWS::ElasticLoadBalancingV2::Listener']);
{
  const forms = { standard: 'list', map: 'map', asg: 'asg' };
  const lines = [
    header("How each resource type takes tags: its tag property and that property's form."),
    '/** The tag property of each taggable resource type, and its form: list (Key/Value), map, or asg (PropagateAtLaunch). */',
    "export const TAGGING: Readonly<Record<string, { readonly property: string; readonly form: 'list' | 'map' | 'asg' }>> = {",
  ];
  for (const e of allIndex) {
    const r = db.lookup('resource', 'cloudFormationType', 'equals', e.type).only();
    const info = r.tagInformation;
    if (!info || TAGS_NOT_ACCEPTED_YET.has(e.type)) continue;
    const form = forms[info.variant];
    if (!form) throw new Error(`${e.type}: unknown tag variant ${info.variant}`);
    lines.push(
      `  ${JSON.stringify(e.type)}: { property: ${JSON.stringify(info.tagPropertyName)}, form: ${JSON.stringify(form)} },`,
    );
  }
  lines.push('};', '');
  files.set('tagging.ts', lines.join('\n'));
}

// What replaces a resource on update, for every resource type of the specification (not only
// SERVICES: a change review must predict replacements of whatever a template holds): the
// properties whose change makes CloudFormation create a new resource (the registry schemas'
// createOnlyProperties, the same data cfn-lint ships), "yes" always, "maybe" depending on the
// value. SAM types expand to other resources and are left out: the review maps them.
{
  const lines = [
    header('Properties whose change replaces the resource, per CloudFormation resource type.'),
    '/** Top-level properties that always replace the resource when changed. */',
    'export const REPLACES: Readonly<Record<string, readonly string[]>> = {',
  ];
  const maybe = [];
  const resources = db
    .all('resource')
    .filter((r) => !r.cloudFormationType.startsWith('AWS::Serverless::'))
    .sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType));
  for (const r of resources) {
    const names = (level) =>
      Object.entries(r.properties)
        .filter(([, p]) => p.causesReplacement === level)
        .map(([n]) => n)
        .sort();
    const yes = [...new Set([...names('yes'), ...(r.additionalReplacementProperties ?? []).map((p) => p[0])])].sort();
    lines.push(`  ${JSON.stringify(r.cloudFormationType)}: ${JSON.stringify(yes)},`);
    if (names('maybe').length)
      maybe.push(`  ${JSON.stringify(r.cloudFormationType)}: ${JSON.stringify(names('maybe'))},`);
  }
  lines.push('};', '', '/** Top-level properties that may replace the resource, depending on the new value. */');
  lines.push('export const MAY_REPLACE: Readonly<Record<string, readonly string[]>> = {', ...maybe, '};', '');
  files.set('replacement.ts', lines.join('\n'));
}

if (check) {
  const stale = [...files].filter(
    ([name, text]) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), 'utf8') !== text,
  );
  const extra = existsSync(outDir) ? readdirSync(outDir).filter((f) => !files.has(f)) : [];
  if (stale.length || extra.length) {
    console.error(
      `generator/spec/generated is out of date (${[...stale.map(([n]) => n), ...extra].join(', ')}); run npm run gen:types`,
    );
    process.exit(1);
  }
  console.log(`generator/spec/generated is up to date (${files.size} files, spec ${specVersion})`);
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  console.log(
    `wrote ${files.size} files to generator/spec/generated: ${allIndex.length} resource types from ${SERVICES.length} namespaces (spec ${specVersion})`,
  );
}
