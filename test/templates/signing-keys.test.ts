// natGateways none: the private subnets have no route to the internet, so the service could not
// fetch the user pool's signing keys and would answer every like and adopt 503. The keys reach
// the task at deploy time instead; with NAT nothing changes (the tasks fetch them themselves).
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { toJsonObject, toYaml } from '../../generator/core/emit.js';
import { checkNestedStacks } from '../../generator/core/nested.js';
import type { Template } from '../../generator/core/template.js';
import { functionCodeUri, XRAY_WRITE } from '../../generator/builders/common.js';
import { buildCore } from '../../generator/builders/core.js';
import { ROOT_TEMPLATE, TEMPLATES } from '../../generator/builders/index.js';
import { buildMain } from '../../generator/builders/main.js';
import { buildService } from '../../generator/builders/service.js';
import { SETTINGS } from '../../service/src/settings.js';

type Resource = { Type: string; Properties: Record<string, unknown>; Condition?: string };
type Body = { Resources: Record<string, Resource>; Parameters: Record<string, unknown> };
const mode = (natGateways: string) => validateConfig({ network: { natGateways } }, 'test');
const body = (t: Template): Body => toJsonObject(t) as Body;
const environment = (b: Body): { Name: string; Value: unknown }[] =>
  (b.Resources.TaskDefinition.Properties.ContainerDefinitions as { Environment: { Name: string; Value: unknown }[] }[])[0]
    .Environment;

describe('natGateways none: the service gets the signing keys at deploy time', () => {
  const none = body(buildService(mode('none')));

  it('core.yml in none mode gives the private subnets no default route (why the task cannot fetch)', () => {
    const core = body(buildCore(mode('none')));
    const routes = Object.values(core.Resources).filter((r) => r.Type === 'AWS::EC2::Route');
    assert.deepEqual(routes, [], 'no route to the internet at all (no internet gateway either)');
  });

  it('the task definition passes the keys the custom resource fetched as COGNITO_JWKS', () => {
    const env = environment(none);
    assert.deepEqual(
      env.find((e) => e.Name === 'COGNITO_JWKS'),
      { Name: 'COGNITO_JWKS', Value: { 'Fn::GetAtt': ['UserPoolKeys', 'Jwks'] } },
    );
    const read = new Set<string>(Object.keys(SETTINGS));
    for (const { Name } of env) assert.ok(read.has(Name), `${Name} is not a setting the service reads`);
  });

  it("the custom resource fetches this stack's pool's keys, again when SigningKeysRefresh changes", () => {
    const keys = none.Resources.UserPoolKeys;
    assert.equal(keys.Type, 'Custom::UserPoolKeys');
    assert.deepEqual(keys.Properties, {
      ServiceToken: { 'Fn::GetAtt': ['UserPoolKeysFunction', 'Arn'] },
      ServiceTimeout: 120,
      UserPoolId: { Ref: 'UserPoolId' },
      Refresh: { Ref: 'SigningKeysRefresh' },
    });
    assert.equal((none.Parameters.SigningKeysRefresh as { Default: string }).Default, '');
  });

  it('the function is the packaged user-pool-keys asset, outside the VPC, allowed nothing but its logs, tracing and dead letters', () => {
    const fn = none.Resources.UserPoolKeysFunction.Properties;
    assert.equal(fn.CodeUri, functionCodeUri('user-pool-keys'));
    assert.equal(fn.VpcConfig, undefined, 'in the VPC it could not reach Cognito either');
    const policies = none.Resources.UserPoolKeysFunctionRole.Properties.Policies as {
      PolicyDocument: { Statement: { Action: string[] }[] };
    }[];
    assert.deepEqual(
      policies.flatMap((p) => p.PolicyDocument.Statement.flatMap((s) => s.Action)),
      ['logs:CreateLogStream', 'logs:PutLogEvents', ...XRAY_WRITE, 'sqs:SendMessage'],
    );
  });

  it('main.yml declares SigningKeysRefresh and passes it on; the wiring holds', () => {
    const main = body(buildMain(mode('none')));
    assert.ok(main.Parameters.SigningKeysRefresh);
    const stack = main.Resources.ServiceStack.Properties.Parameters as Record<string, unknown>;
    assert.deepEqual(stack.SigningKeysRefresh, { Ref: 'SigningKeysRefresh' });
    const all = new Map(TEMPLATES.map((b) => [b.file, b.build(mode('none'))]));
    assert.deepEqual(checkNestedStacks(all.get(ROOT_TEMPLATE) as Template, all), []);
  });

  it('with NAT (perAz, single) service.yml and main.yml are as before: the tasks fetch the keys', () => {
    for (const build of [buildService, buildMain]) {
      const [perAz, single] = [build(mode('perAz')), build(mode('single'))].map((t) => toYaml(t));
      assert.equal(single, perAz, `${build.name}: perAz and single differ`);
      assert.doesNotMatch(perAz, /COGNITO_JWKS|UserPoolKeys|SigningKeysRefresh/);
    }
    assert.equal(
      environment(body(buildService(mode('perAz')))).some((e) => e.Name === 'COGNITO_JWKS'),
      false,
    );
  });
});
