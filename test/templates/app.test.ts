// What the application templates must guarantee, read from the generated templates as a reviewer
// would: the seeds' mistakes fixed (internal load balancer, scoped IAM, private site bucket),
// shared definitions used (table keys, function assets), and the config honoured.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig, type Config } from '../../generator/config/load.js';
import { toJsonObject, toYaml } from '../../generator/core/emit.js';
import { TEMPLATES } from '../../generator/builders/index.js';
import { FUNCTION_ASSETS, functionCodeUri, XRAY_WRITE } from '../../generator/builders/common.js';
import { buildApi } from '../../generator/builders/api.js';
import { buildCore } from '../../generator/builders/core.js';
import { buildCognito } from '../../generator/builders/cognito.js';
import { buildData, catalogueHash } from '../../generator/builders/data.js';
import { buildService } from '../../generator/builders/service.js';
import { buildServiceFunction } from '../../generator/builders/service-function.js';
import { buildSite } from '../../generator/builders/site.js';
import type { Template } from '../../generator/core/template.js';
import { STATES_LOG_DELIVERY } from '../../generator/builders/image-build.js';
import { CLOUDFRONT_METRICS_REGION } from '../../generator/builders/alarms.js';
import { INDEXES, KEY } from '../../service/src/data/table.js';
import { ZONE_READS } from '../../generator/config/zones.js';
import { ROOT } from '../helpers.js';
import { HOLDS_KEY, heldData } from '../../generator/core/stateful.js';
import { renderAll } from '../../generator/render.js';
import { fromTexts } from '../../generator/review/model.js';

type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: Record<string, unknown>;
  DependsOn?: string[];
};
type Resources = Record<string, Resource>;
const config = (raw: unknown = {}): Config => validateConfig(raw, 'test');
const resourcesOf = (t: Template): Resources => (toJsonObject(t) as { Resources: Resources }).Resources;
const ofType = (r: Resources, type: string) => Object.entries(r).filter(([, v]) => v.Type === type);
const json = (x: unknown): string => JSON.stringify(x);

/** Every IAM statement of every role in a template. */
function statements(r: Resources): { role: string; Action: string[]; Resource: unknown[] }[] {
  return ofType(r, 'AWS::IAM::Role').flatMap(([role, v]) =>
    ((v.Properties.Policies ?? []) as { PolicyDocument: { Statement: { Action: string[]; Resource: unknown[] }[] } }[])
      .flatMap((p) => p.PolicyDocument.Statement)
      // A statement under a condition (`!If [Cond, statement, !Ref AWS::NoValue]`) counts as its statement.
      .map((s) => (s as { 'Fn::If'?: unknown[] })['Fn::If']?.[1] ?? s)
      .map((s) => ({ role, ...(s as { Action: string[]; Resource: unknown[] }) })),
  );
}

/**
 * The DynamoDB actions the service's code calls: every SDK command class it constructs
 * (`new ScanCommand(`, lib-dynamodb's `new UpdateCommand(` ...) and every read it makes through
 * data/table-reads.ts (`read('Scan', ...)`), outside service/src/data/ (the seeding and table
 * creation shared with the CLI, which the task never runs).
 */
function dynamoDbActionsOfService(): Set<string> {
  const ACTIONS: Record<string, string> = {
    Get: 'GetItem', GetItem: 'GetItem', BatchGet: 'BatchGetItem', BatchGetItem: 'BatchGetItem',
    Query: 'Query', Scan: 'Scan', Update: 'UpdateItem', UpdateItem: 'UpdateItem', Put: 'PutItem',
    PutItem: 'PutItem', Delete: 'DeleteItem', DeleteItem: 'DeleteItem', BatchWrite: 'BatchWriteItem',
    BatchWriteItem: 'BatchWriteItem',
  };
  const files = readdirSync(join(ROOT, 'service', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.startsWith('data'))
    .map((f) => readFileSync(join(ROOT, 'service', 'src', f), 'utf8'));
  const used = new Set<string>();
  for (const text of files) {
    if (/from '\.\.\/data\/table-reads\.js'/.test(text)) {
      for (const m of text.matchAll(/\bread\('(\w+)'/g)) used.add(`dynamodb:${ACTIONS[m[1]] ?? `unknown ${m[1]}`}`);
    }
    if (!/@aws-sdk\/(client|lib)-dynamodb/.test(text)) continue;
    for (const m of text.matchAll(/new (\w+?)Command\(/g)) {
      if (ACTIONS[m[1]]) used.add(`dynamodb:${ACTIONS[m[1]]}`);
    }
    // A transaction is authorized as the item actions in it (Developer Guide, "Using IAM with
    // DynamoDB transactions"): Update -> UpdateItem, ConditionCheck -> ConditionCheckItem.
    if (/new Transact(Write|WriteItems)Command\(/.test(text)) {
      const ITEM: Record<string, string> = { Update: 'UpdateItem', Put: 'PutItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem' };
      for (const m of text.matchAll(/\b(Update|Put|Delete|ConditionCheck): \{/g)) used.add(`dynamodb:${ITEM[m[1]]}`);
    }
  }
  return used;
}

describe('application templates', () => {
  it('every template is region-agnostic: no literal partition, region or zone', () => {
    for (const variant of [{}, { cognito: { autoConfirmSignUp: true } }, { service: { compute: 'lambda' } }]) {
      for (const { file, build } of TEMPLATES) {
        const yaml = toYaml(build(config(variant)));
        assert.doesNotMatch(yaml, /arn:aws:/, `${file}: an ARN without \${AWS::Partition}`);
        // Save conditions that compare AWS::Region with a list (site.yml's CloudFrontCanLog).
        // And the dashboard's CloudFront widget: CloudFront's metrics exist in us-east-1 only.
        const outsideConditions = yaml
          .replace(/^Conditions:\n(?: .*\n|\n)*/m, '')
          .replaceAll(`"region":"${CLOUDFRONT_METRICS_REGION}"`, '');
        assert.doesNotMatch(outsideConditions, /\b(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d\b/, `${file}: a literal region`);
      }
    }
  });

  it('no IAM statement grants Resource "*" but to actions that take no ARN (registry login, X-Ray, log delivery, zone reads)', () => {
    // EC2's DescribeAvailabilityZones and DescribeVpcEndpointServices take no resource type
    // (Service Authorization Reference): the pipeline's build plans each stage's zones with them.
    const noResource = new Set(['ecr:GetAuthorizationToken', ...XRAY_WRITE, ...STATES_LOG_DELIVERY, ...ZONE_READS]);
    for (const { file, build } of TEMPLATES) {
      for (const s of statements(resourcesOf(build(config())))) {
        if (s.Resource.includes('*')) {
          // The pipeline's deploy role reads (Describe*, List*) on "*": many such reads take no ARN.
          const reads = file === 'pipeline.yml' && s.role === 'DeployRole' ? /^[a-z0-9-]+:(Describe|List)\*$/ : /^$/;
          assert.deepEqual(
            s.Action.filter((a: string) => !noResource.has(a) && !reads.test(a)),
            [],
            `${file} ${s.role}: wildcard resource`,
          );
        }
      }
    }
  });

  describe('data.yml', () => {
    const r = resourcesOf(buildData(config()));
    it('takes the key schema and indexes from service/src/data/table.ts', () => {
      const table = r.MysfitsTable.Properties;
      assert.deepEqual(table.KeySchema, [{ AttributeName: KEY, KeyType: 'HASH' }]);
      const gsis = table.GlobalSecondaryIndexes as { IndexName: string; KeySchema: { AttributeName: string }[] }[];
      assert.deepEqual(
        gsis.map((g) => [g.IndexName, ...g.KeySchema.map((k) => k.AttributeName)]),
        Object.entries(INDEXES).map(([name, { hash, range }]) => [name, hash, range]),
      );
    });
    it('on demand, encrypted, point-in-time recovery', () => {
      const table = r.MysfitsTable.Properties;
      assert.equal(table.BillingMode, 'PAY_PER_REQUEST');
      assert.deepEqual(table.SSESpecification, { SSEEnabled: true });
      assert.deepEqual(table.PointInTimeRecoverySpecification, { PointInTimeRecoveryEnabled: true });
    });
    it('deletion protection from the config; the table kept on delete and replacement whatever it says', () => {
      const off = resourcesOf(buildData(config())).MysfitsTable;
      const on = resourcesOf(buildData(config({ data: { deletionProtection: true, tableName: 'Other' } }))).MysfitsTable;
      for (const [table, protection] of [
        [off, false],
        [on, true],
      ] as const) {
        assert.deepEqual(
          [table.Properties.DeletionProtectionEnabled, table.DeletionPolicy, table.UpdateReplacePolicy],
          [protection, 'RetainExceptOnCreate', 'Retain'],
        );
        assert.match(String(table.Metadata?.[HOLDS_KEY]), /likes and adoptions/);
      }
      assert.equal(on.Properties.TableName, 'Other');
    });
    it('seeds through a custom resource that changes when the catalogue does', () => {
      const seed = r.SeedCatalogue;
      assert.equal(seed.Type, 'Custom::SeedCatalogue');
      assert.deepEqual(seed.Properties.TableName, { Ref: 'MysfitsTable' });
      assert.equal(seed.Properties.CatalogueHash, catalogueHash());
      assert.ok(Number(seed.Properties.ServiceTimeout) <= 600, 'a hung handler must not block for an hour');
      const fn = r.SeedFunction.Properties;
      assert.equal(fn.CodeUri, functionCodeUri('seed-table'));
      const own = statements(r).filter((s) => s.role === 'SeedFunctionRole');
      assert.deepEqual(own.map((s) => s.Action), [
        ['logs:CreateLogStream', 'logs:PutLogEvents'],
        [...XRAY_WRITE],
        ['sqs:SendMessage'], // its dead-letter queue: CloudFormation invokes it asynchronously
        ['dynamodb:UpdateItem'],
      ]);
    });
  });

  describe('service.yml', () => {
    const r = resourcesOf(buildService(config()));
    it("the tasks register in the core stack's target group; the load balancer is not here", () => {
      assert.equal(r.LoadBalancer, undefined);
      const lbs = (r.Service.Properties.LoadBalancers as { TargetGroupArn: unknown }[]).map((l) => l.TargetGroupArn);
      assert.deepEqual(lbs, [{ Ref: 'TargetGroupArn' }]);
    });
    it('the task role reaches only the table and its indexes, with exactly the calls the service makes', () => {
      assertServiceTableAccess(statements(r).filter((s) => s.role === 'TaskRole'));
    });
    it('lambda mode: the function role has the same table access, plus its own log group and X-Ray; nothing else', () => {
      const fn = resourcesOf(buildServiceFunction(config({ service: { compute: 'lambda' } })));
      const role = statements(fn).filter((s) => s.role === 'ServiceFunctionRole');
      const logs = role.filter((s) => json(s.Resource) === json([{ 'Fn::GetAtt': ['ServiceFunctionLogGroup', 'Arn'] }]));
      assert.deepEqual(logs.flatMap((s) => s.Action), ['logs:CreateLogStream', 'logs:PutLogEvents']);
      const xray = role.filter((s) => json(s.Action) === json(XRAY_WRITE));
      assert.equal(xray.length, 1);
      assertServiceTableAccess(role.filter((s) => !logs.includes(s) && !xray.includes(s)));
      const props = fn.ServiceFunction.Properties as Record<string, unknown>;
      assert.equal(props.VpcConfig, undefined, 'no VPC');
      assert.deepEqual(Object.keys((props.Environment as { Variables: object }).Variables).sort(), [
        'COGNITO_CLIENT_ID',
        'COGNITO_USER_POOL_ID',
        'CORS_ORIGIN',
        'TABLE_NAME',
      ]);
    });
    it('the service role test itself fails on a role with one call too many', () => {
      const task = statements(r).filter((s) => s.role === 'TaskRole');
      const extra = task.map((s, i) => (i === 0 ? { ...s, Action: [...s.Action, 'dynamodb:DeleteItem'] } : s));
      assert.throws(() => assertServiceTableAccess(extra), /differ from the calls in service\/src/);
    });
    function assertServiceTableAccess(task: ReturnType<typeof statements>): void {
      const used = dynamoDbActionsOfService();
      assert.ok(used.size >= 4, `found only ${[...used].join(', ')} in service/src`);
      const onTable = task.filter((s) => json(s.Resource) === json([{ Ref: 'TableArn' }]));
      const indexArns = Object.keys(INDEXES).map((index) => ({ 'Fn::Sub': `\${TableArn}/index/${index}` }));
      const onIndexes = task.filter((s) => json(s.Resource) === json(indexArns));
      assert.equal(onTable.length + onIndexes.length, task.length, 'a task role statement on something else');
      // The service queries only the filter indexes, never the table itself.
      assert.deepEqual(onIndexes.flatMap((s) => s.Action), ['dynamodb:Query']);
      const granted = new Set([...onTable, ...onIndexes].flatMap((s) => s.Action));
      assert.deepEqual([...granted].sort(), [...used].sort(), 'role actions differ from the calls in service/src');
      assert.ok(!onTable.flatMap((s) => s.Action).includes('dynamodb:Query'), 'Query granted on the table');
    }
    it('the execution role is separate and pulls only from its own repository', () => {
      const definition = r.TaskDefinition.Properties;
      assert.deepEqual(definition.ExecutionRoleArn, { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] });
      assert.deepEqual(definition.TaskRoleArn, { 'Fn::GetAtt': ['TaskRole', 'Arn'] });
      const pull = statements(r).find((s) => s.role === 'ExecutionRole' && s.Action.includes('ecr:BatchGetImage'));
      assert.deepEqual(pull?.Resource, [{ 'Fn::GetAtt': ['Repository', 'Arn'] }]);
    });
    it('the container gets exactly the settings the service reads', () => {
      const [container] = (r.TaskDefinition.Properties.ContainerDefinitions as { Environment: { Name: string }[] }[]);
      assert.deepEqual(
        container.Environment.map((e) => e.Name).sort(),
        ['AWS_REGION', 'COGNITO_CLIENT_ID', 'COGNITO_USER_POOL_ID', 'CORS_ORIGIN', 'PORT', 'TABLE_NAME'],
      );
      const cors = container.Environment.find((e) => e.Name === 'CORS_ORIGIN') as unknown as { Value: unknown };
      assert.deepEqual(cors.Value, { Ref: 'SiteUrl' }, "the site's origin: API Gateway passes answers through");
    });
    it('tasks run in private subnets without public IPs and roll back failed deployments', () => {
      const svc = r.Service.Properties as Record<string, Record<string, Record<string, unknown>>>;
      assert.equal(svc.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp, 'DISABLED');
      assert.deepEqual(svc.DeploymentConfiguration.DeploymentCircuitBreaker, { Enable: true, Rollback: true });
    });
    it('the config sizes the task and its port', () => {
      const sized = resourcesOf(buildService(config({ service: { cpu: 512, memory: 2048, port: 9000 } })));
      assert.equal(sized.TaskDefinition.Properties.Cpu, '512');
      assert.equal(sized.TaskDefinition.Properties.Memory, '2048');
      const core = resourcesOf(buildCore(config({ service: { port: 9000 } })));
      assert.equal(core.TargetGroup.Properties.Port, 9000);
    });
  });

  describe('cognito.yml', () => {
    it('email sign-in, verified email, no secret, user-existence errors prevented, no trigger by default', () => {
      const r = resourcesOf(buildCognito(config()));
      assert.deepEqual(r.UserPool.Properties.UsernameAttributes, ['email']);
      assert.deepEqual(r.UserPool.Properties.AutoVerifiedAttributes, ['email']);
      assert.equal(r.UserPoolClient.Properties.GenerateSecret, false);
      assert.equal(r.UserPoolClient.Properties.PreventUserExistenceErrors, 'ENABLED');
      assert.equal(ofType(r, 'AWS::Serverless::Function').length, 0);
    });
    it('autoConfirmSignUp adds the pre-sign-up trigger on the pool', () => {
      const r = resourcesOf(buildCognito(config({ cognito: { autoConfirmSignUp: true } })));
      const fn = r.PreSignUpFunction.Properties as { Events: Record<string, unknown>; CodeUri: string };
      assert.equal(fn.CodeUri, functionCodeUri('pre-sign-up'));
      assert.deepEqual(fn.Events.PreSignUp, {
        Type: 'Cognito',
        Properties: { UserPool: { Ref: 'UserPool' }, Trigger: 'PreSignUp' },
      });
    });
    it('the password policy and token validity come from the config', () => {
      const r = resourcesOf(
        buildCognito(config({ cognito: { passwordPolicy: { minimumLength: 12 }, tokenValidity: { idTokenMinutes: 15 } } })),
      );
      assert.equal(json(r.UserPool.Properties.Policies).includes('"MinimumLength":12'), true);
      assert.equal(r.UserPoolClient.Properties.IdTokenValidity, 15);
    });
    it('cognito.mfa: TOTP only; OFF, OPTIONAL or ON; a longer challenge session when on; COG2 answered unless required', () => {
      const expected = {
        off: { pool: 'OFF', enabled: undefined, session: undefined, cog2: true },
        optional: { pool: 'OPTIONAL', enabled: ['SOFTWARE_TOKEN_MFA'], session: 10, cog2: true },
        required: { pool: 'ON', enabled: ['SOFTWARE_TOKEN_MFA'], session: 10, cog2: false },
      } as const;
      for (const [mfa, want] of Object.entries(expected)) {
        const r = resourcesOf(buildCognito(config({ cognito: { mfa } })));
        assert.equal(r.UserPool.Properties.MfaConfiguration, want.pool, mfa);
        assert.deepEqual(r.UserPool.Properties.EnabledMfas, want.enabled, mfa);
        assert.equal(r.UserPoolClient.Properties.AuthSessionValidity, want.session, mfa);
        const suppressed = json((r.UserPool as { Metadata?: unknown }).Metadata ?? {}).includes('AwsSolutions-COG2');
        assert.equal(suppressed, want.cog2, `${mfa}: COG2 suppression`);
      }
    });
  });

  describe('site.yml', () => {
    const r = resourcesOf(buildSite(config()));
    it('the bucket is private and encrypted, and only this distribution reads it, over TLS', () => {
      assert.deepEqual(r.SiteBucket.Properties.PublicAccessBlockConfiguration, {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      assert.match(json(r.SiteBucket.Properties.BucketEncryption), /AES256/);
      assert.equal(r.SiteBucket.Properties.WebsiteConfiguration, undefined, 'no public website endpoint');
      const [allowRead, tlsOnly] = (r.SiteBucketPolicy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
        .Statement;
      assert.deepEqual(allowRead.Principal, { Service: 'cloudfront.amazonaws.com' });
      assert.match(json(allowRead.Condition), /distribution\/\$\{Distribution\}/);
      assert.deepEqual([tlsOnly.Effect, json(tlsOnly.Condition)], ['Deny', '{"Bool":{"aws:SecureTransport":"false"}}']);
    });
    it('CloudFront: HTTPS only, origin access control, security headers, routing by the site-routing function', () => {
      const d = r.Distribution.Properties.DistributionConfig as Record<string, Record<string, unknown> & unknown[]>;
      assert.equal(d.DefaultCacheBehavior.ViewerProtocolPolicy, 'redirect-to-https');
      assert.deepEqual(d.DefaultCacheBehavior.ResponseHeadersPolicyId, { Ref: 'SecurityHeadersPolicy' });
      assert.deepEqual((d.Origins[0] as Record<string, unknown>).OriginAccessControlId, {
        'Fn::GetAtt': ['OriginAccessControl', 'Id'],
      });
      // No error answers: a missing file stays an error; paths of the app go to their hash route.
      assert.equal(d.CustomErrorResponses, undefined);
      assert.deepEqual(d.DefaultCacheBehavior.FunctionAssociations, [
        { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': ['SiteRouting', 'FunctionMetadata.FunctionARN'] } },
      ]);
      const headers = json(r.SecurityHeadersPolicy.Properties);
      for (const h of ['StrictTransportSecurity', 'ContentSecurityPolicy', 'ContentTypeOptions', 'FrameOptions']) {
        assert.match(headers, new RegExp(h));
      }
    });
  });

  describe('api.yml', () => {
    const r = resourcesOf(buildApi(config()));
    it('imports the Swagger with FailOnWarnings into a regional API, VPC link and pool by Fn::Sub/Ref', () => {
      const api = r.RestApi.Properties;
      assert.equal(api.FailOnWarnings, true);
      assert.deepEqual(api.EndpointConfiguration, { Types: ['REGIONAL'] });
      const body = json(api.Body);
      assert.match(body, /"connectionId":\{"Ref":"VpcLinkV2"\}/);
      assert.match(body, /"Fn::Sub":"http:\/\/\$\{LoadBalancerDnsName\}\/mysfits"/);
      assert.match(body, /"providerARNs":\[\{"Ref":"UserPoolArn"\}\]/);
      assert.doesNotMatch(body, /'\*'/, 'CORS must not allow every origin');
      assert.match(body, /"Fn::Sub":"'\$\{SiteUrl\}'"/);
    });
    it('the stage is throttled and logs access as JSON to a log group with retention', () => {
      const stage = r.Stage.Properties as Record<string, unknown>;
      const [settings] = stage.MethodSettings as Record<string, unknown>[];
      assert.deepEqual([settings.ThrottlingRateLimit, settings.ThrottlingBurstLimit], [50, 100]);
      assert.deepEqual((stage.AccessLogSetting as Record<string, unknown>).DestinationArn, {
        'Fn::GetAtt': ['AccessLogGroup', 'Arn'],
      });
      assert.equal(r.AccessLogGroup.Properties.RetentionInDays, 30);
      assert.ok(r.Stage.DependsOn?.includes('ApiGatewayAccount'), 'the account role is set before the stage logs');
    });
    it('a changed Swagger changes the deployment (its BodyHash); stage settings do not', () => {
      const hashOf = (raw: unknown) => resourcesOf(buildApi(config(raw))).ApiDeployment.Properties.BodyHash;
      const a = hashOf({});
      assert.equal(hashOf({}), a);
      assert.notEqual(hashOf({ appName: 'other' }), a, 'title changed, deployment must change');
      assert.equal(hashOf({ api: { throttling: { rateLimit: 7 } } }), a, 'stage settings are not the API');
    });
    it('accountCloudWatchRole: false leaves the account setting alone', () => {
      const off = resourcesOf(buildApi(config({ api: { accountCloudWatchRole: false } })));
      assert.equal(off.ApiGatewayAccount, undefined);
      // Only the roles of the stack's own functions.
      assert.deepEqual(ofType(off, 'AWS::IAM::Role').map(([id]) => id).sort(), ['ApiDeploymentFunctionRole']);
    });
  });

  it('every function asset has its source folder with an index.ts', () => {
    for (const name of FUNCTION_ASSETS) {
      assert.ok(existsSync(join(ROOT, 'functions', name, 'index.ts')), `functions/${name}/index.ts`);
      assert.ok(existsSync(join(ROOT, 'templates', functionCodeUri(name), 'index.ts')), 'CodeUri resolves from templates/');
    }
  });
});

describe('stateful resources (what users made)', () => {
  /** Every resource holding what users made, with its deletion and replacement policies. */
  const statefulOf = (overrides: object) =>
    fromTexts(renderAll(config(overrides))).flatMap((t) =>
      t.parsed.resources
        .filter((r) => heldData(r) !== undefined)
        .map((r) => [`${t.file}:${r.id}`, r.deletionPolicy, r.updateReplacePolicy]),
    );
  for (const [name, overrides] of [
    ['the defaults', {}],
    ['every protection off', { data: { deletionProtection: false }, cognito: { deletionProtection: false } }],
    ['lambda mode, REST API', { service: { compute: 'lambda' }, api: { type: 'rest' } }],
  ] as const) {
    it(`${name}: the table, the user pool and the click records bucket, and only they, are retained on delete and replacement`, () => {
      const stateful = statefulOf(overrides);
      assert.deepEqual(stateful.sort(), [
        ['analytics.yml:ClicksBucket', 'RetainExceptOnCreate', 'Retain'],
        ['cognito.yml:UserPool', 'RetainExceptOnCreate', 'Retain'],
        ['data.yml:MysfitsTable', 'RetainExceptOnCreate', 'Retain'],
      ]);
    });
  }
  it('lambda mode with its default HTTP API (no click analytics): the table and the user pool, and only they', () => {
    const stateful = statefulOf({ service: { compute: 'lambda' } });
    assert.deepEqual(stateful.sort(), [
      ['cognito.yml:UserPool', 'RetainExceptOnCreate', 'Retain'],
      ['data.yml:MysfitsTable', 'RetainExceptOnCreate', 'Retain'],
    ]);
  });
  it('a builder cannot give a stateful resource other policies', () => {
    const t = buildData(config());
    assert.throws(
      () =>
        t.resource('Other', {
          Type: 'AWS::DynamoDB::Table',
          comment: 'A second table.',
          holds: 'data',
          DeletionPolicy: 'Delete',
          Properties: { KeySchema: [] },
        }),
      /its policies are fixed/,
    );
  });
});
