// Tags are applied once, at the template (generator/core/tags.ts): with tags in the config, every
// resource of every template that takes tags carries them, in its type's form, so a template
// deployed on its own is as tagged as one nested in main.yml.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig, type Config } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { applyTags, taggingOf } from '../../generator/core/tags.js';
import { Template } from '../../generator/core/template.js';
import { buildTemplates } from '../../generator/render.js';
import { ROOT } from '../helpers.js';
import { variants } from '../support/variants.js';

type Resource = { Type: string; Properties?: Record<string, unknown> };
const TAGS = { team: 'mysfits', CostCenter: '42' };

const configs = (): { name: string; config: Config }[] => [
  { name: 'defaults', config: validateConfig({}, 'defaults') },
  ...variants().map((v) => ({ name: v.name, config: v.config })),
];
const withTags = (config: Config, tags: Record<string, string>): Config => ({ ...config, tags: { ...config.tags, ...tags } });

/** Every resource of every template of a config, as the reviewer reads them. */
function resourcesOf(config: Config): { file: string; id: string; resource: Resource }[] {
  return [...buildTemplates(config)].flatMap(([file, t]) =>
    Object.entries((toJsonObject(t) as { Resources: Record<string, Resource> }).Resources).map(([id, resource]) => ({
      file,
      id,
      resource,
    })),
  );
}

/** The tags a resource carries, as key -> value, whatever form its type takes them in. */
function tagsOf(resource: Resource): Record<string, unknown> | undefined {
  const tagging = taggingOf(resource.Type);
  const value = tagging && resource.Properties?.[tagging.property];
  if (value === undefined) return undefined;
  if (tagging!.form === 'map') return value as Record<string, unknown>;
  return Object.fromEntries((value as { Key: string; Value: unknown }[]).map((t) => [t.Key, t.Value]));
}

describe('tags, applied once per template', () => {
  for (const { name, config } of configs()) {
    it(`${name}: with tags in the config, every taggable resource of every template carries them`, () => {
      const untagged = resourcesOf(withTags(config, TAGS))
        .filter(({ resource }) => taggingOf(resource.Type))
        .filter(({ resource }) => {
          const carried = tagsOf(resource);
          return !carried || Object.entries(TAGS).some(([k, v]) => carried[k] !== v);
        })
        .map(({ file, id, resource }) => `${file} ${id} (${resource.Type})`);
      assert.deepEqual(untagged, []);
    });
  }

  it('tags the resources a nested stack used to tag only by passing its tags down', () => {
    const tagged = new Set(
      configs()
        .flatMap(({ config }) => resourcesOf(withTags(config, TAGS)))
        .filter(({ resource }) => tagsOf(resource)?.team === 'mysfits')
        .map(({ resource }) => resource.Type),
    );
    for (const type of [
      'AWS::IAM::Role',
      'AWS::Logs::LogGroup',
      'AWS::CloudWatch::Alarm',
      'AWS::EC2::VPCEndpoint',
      'AWS::SQS::Queue',
      'AWS::StepFunctions::StateMachine',
      'AWS::Serverless::Function',
      'AWS::Cognito::UserPool',
      'AWS::ApiGatewayV2::Api',
      'AWS::CloudFormation::Stack',
    ]) {
      assert.ok(tagged.has(type), `no ${type} carries the config's tags`);
    }
  });

  it('takes each form from the specification: a Key/Value list, or a map (SAM, Cognito, HTTP API)', () => {
    const byType = new Map(
      resourcesOf(withTags(validateConfig({ service: { compute: 'lambda' }, api: { type: 'http' } }, 'http'), TAGS)).map(({ resource }) => [
        resource.Type,
        resource,
      ]),
    );
    assert.deepEqual(byType.get('AWS::Cognito::UserPool')!.Properties!.UserPoolTags, { CostCenter: '42', team: 'mysfits' });
    assert.deepEqual(byType.get('AWS::ApiGatewayV2::Stage')!.Properties!.Tags, { CostCenter: '42', team: 'mysfits' });
    assert.deepEqual(byType.get('AWS::IAM::Role')!.Properties!.Tags, [
      { Key: 'CostCenter', Value: '42' },
      { Key: 'team', Value: 'mysfits' },
    ]);
  });

  it('the tag property named for each type is one its generated property types declare', () => {
    for (const type of new Set(configs().flatMap(({ config }) => resourcesOf(config).map((r) => r.resource.Type)))) {
      const tagging = taggingOf(type);
      if (!tagging) continue;
      const [, namespace, name] = type.split('::');
      const source = readFileSync(join(ROOT, 'generator', 'spec', 'generated', `${namespace.toLowerCase()}.ts`), 'utf8');
      const props = source.slice(source.indexOf(`export interface ${name}Props {`));
      const body = props.slice(0, props.indexOf('\n}'));
      assert.match(body, new RegExp(`readonly ${tagging.property}\\?: (ListOf|MapOf|Value<Json>)`), `${type}.${tagging.property}`);
    }
  });

  it('a resource named for the console keeps its Name tag first; the config cannot override it', () => {
    const r = resourcesOf(withTags(validateConfig({}, 'defaults'), { ...TAGS, Name: 'mine' }));
    const vpc = r.find(({ id, file }) => file === 'core.yml' && id === 'Vpc')!.resource;
    assert.deepEqual(vpc.Properties!.Tags, [
      { Key: 'Name', Value: { 'Fn::Sub': '${AWS::StackName}-vpc' } },
      { Key: 'CostCenter', Value: '42' },
      { Key: 'team', Value: 'mysfits' },
    ]);
    // A resource without a Name of its own carries the config's.
    const role = r.find(({ id, file }) => file === 'core.yml' && id === 'FlowLogRole')!.resource;
    assert.equal(tagsOf(role)!.Name, 'mine');
  });

  it('without tags in the config: Name tags only, never an empty tag list', () => {
    for (const { config } of configs().filter(({ config }) => Object.keys(config.tags).length === 0)) {
      for (const { file, id, resource } of resourcesOf(config)) {
        const carried = tagsOf(resource);
        if (carried) assert.deepEqual(Object.keys(carried), ['Name'], `${file} ${id}`);
      }
    }
  });

  it('refuses a builder that sets tags itself, or a Name tag on a type without tags', () => {
    const byHand = new Template({ description: 'test' });
    byHand.resource('Queue', { Type: 'AWS::SQS::Queue', comment: 'c', Properties: { Tags: [{ Key: 'a', Value: 'b' }] } });
    assert.throws(() => applyTags(byHand, TAGS), /resource Queue sets Tags itself/);
    const untaggable = new Template({ description: 'test' });
    untaggable.resource('Policy', {
      Type: 'AWS::SQS::QueuePolicy',
      comment: 'c',
      nameTag: 'policy',
      Properties: { Queues: [], PolicyDocument: {} },
    });
    assert.throws(() => applyTags(untaggable, TAGS), /AWS::SQS::QueuePolicy takes no tags/);
  });
});
