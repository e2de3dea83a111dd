// A second install in the same region (or an account that still has the tutorial's MysfitsTable)
// must not collide with the first: no template names a resource with a fixed physical name unless
// the config asks for one, and every name the stack chooses carries the stack's own id or name.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../generator/config/load.js';
import { renderAll } from '../../generator/render.js';
import { parseTemplate } from '../../generator/core/parse.js';
import { TABLE_NAME_PATTERN } from '../../service/src/data/table.js';
import { ROOT } from '../helpers.js';

/** Properties that set a physical name an account or region holds once. */
const NAME_PROPERTIES = [
  'TableName',
  'UserPoolName',
  'RepositoryName',
  'ClusterName',
  'BucketName',
  'FunctionName',
  'RoleName',
  'Name',
  'LogGroupName',
  'ProjectName',
  'StateMachineName',
  'DeliveryStreamName',
  'WorkGroup',
];

/** Whether a name value can differ between two stacks: it names the stack, its id, or a resource of it. */
function perStack(value: unknown): boolean {
  const text = JSON.stringify(value);
  return /AWS::StackName|AWS::StackId|"Ref":|"Fn::GetAtt"|\$\{[A-Z][A-Za-z]+\}/.test(text);
}

describe('physical names', () => {
  for (const raw of [{}, { service: { compute: 'lambda' } }, { network: { natGateways: 'none' } }]) {
    it(`no fixed physical name in any template (${JSON.stringify(raw)})`, () => {
      for (const f of renderAll(validateConfig(raw, 'test')).filter((x) => x.file.endsWith('.yml'))) {
        const t = parseTemplate(f.text, f.file);
        for (const r of t.resources) {
          if (r.type === 'AWS::CloudFormation::Stack') continue;
          for (const prop of NAME_PROPERTIES) {
            const value = r.properties[prop];
            if (value === undefined || typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) continue;
            if (prop === 'Name' && !/::(VpcLink|OriginAccessControl|ResponseHeadersPolicy|CachePolicy|Function|Rule|WorkGroup|Database|Table)$/.test(r.type)) continue;
            assert.ok(perStack(value), `${f.file} ${r.id}.${prop} is fixed: ${JSON.stringify(value)}`);
          }
        }
      }
    });
  }

  it('the table has no name by default; an explicit data.tableName is used as given', () => {
    const data = (raw: unknown) =>
      parseTemplate(renderAll(validateConfig(raw, 'test')).find((f) => f.file === 'data.yml')!.text, 'data.yml');
    assert.equal(data({}).resources.find((r) => r.id === 'MysfitsTable')!.properties.TableName, undefined);
    assert.equal(
      data({ data: { tableName: 'Mine' } }).resources.find((r) => r.id === 'MysfitsTable')!.properties.TableName,
      'Mine',
    );
  });

  it("the user pool's name starts with appName and carries the stack's id", () => {
    const cognito = (raw: unknown) =>
      parseTemplate(renderAll(validateConfig(raw, 'test')).find((f) => f.file === 'cognito.yml')!.text, 'cognito.yml');
    const name = cognito({ appName: 'shop' }).resources.find((r) => r.id === 'UserPool')!.properties.UserPoolName;
    assert.match(JSON.stringify(name), /"shop-users".*AWS::StackId/);
    const client = cognito({ appName: 'shop' }).resources.find((r) => r.id === 'UserPoolClient')!.properties.ClientName;
    assert.equal(client, 'shop-site');
  });

  it("the schema's table-name pattern is the one the service and the templates use", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8')) as {
      properties: { data: { properties: { tableName: { pattern: string } } } };
    };
    assert.equal(schema.properties.data.properties.tableName.pattern, TABLE_NAME_PATTERN);
  });
});
