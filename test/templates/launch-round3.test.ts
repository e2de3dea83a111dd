// Launch correctness, round 3 (issue 26): what a close reading of the templates against the AWS
// documentation finds, checked on the defaults and on every committed config variant.
import { strict as assert } from 'node:assert';
import { validateConfig, type Config } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';
import { buildTemplates, renderAll } from '../../generator/render.js';
import { buildAnalytics, NAMED_QUERIES } from '../../generator/builders/analytics.js';
import { CLOUDFRONT_VERIFIED, COGNITO_PRIVATELINK, modeSummary, ZONES_NEED } from '../../generator/builders/modes.js';
import { launchHtml, launchMarkdown } from '../../generator/package/launch.js';
import { lookupRegion } from '../../generator/config/regions.js';
import { CLICK_COLUMNS, CLICK_DAY_KEY, clickDayFolder } from '../../functions/click-enrich/enrich.js';
import { DEFINITIONS } from '../../service/src/contract/schemas.js';
import { variants } from '../support/variants.js';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Resources = Record<string, Resource>;

/** The defaults and every variant, each with its raw config (the values the user gave). */
const CONFIGS: { name: string; raw: unknown; config: Config }[] = [
  { name: 'defaults', raw: {}, config: validateConfig({}, 'defaults') },
  ...variants().map(({ name, raw, config }) => ({ name, raw, config })),
];

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every resource of every template of a config, by `file:LogicalId`. */
function resourcesOf(config: Config): [string, Resource][] {
  return [...buildTemplates(config)].flatMap(([file, t]) =>
    Object.entries((toJsonObject(t) as { Resources: Resources }).Resources).map(
      ([id, r]): [string, Resource] => [`${file}:${id}`, r],
    ),
  );
}

describe('launch correctness, round 3 (issue 26)', () => {
  describe('1. roles API Gateway assumes for an integration carry no condition it does not set', () => {
    // API Gateway sets neither aws:SourceAccount nor aws:SourceArn (nor an external id) when it
    // assumes an integration's credentials role: any condition there refuses every request.
    for (const { name, config } of CONFIGS) {
      it(`every role trusted by apigateway.amazonaws.com is unconditioned (${name})`, () => {
        let trusted = 0;
        for (const [id, r] of resourcesOf(config)) {
          if (r.Type !== 'AWS::IAM::Role') continue;
          const doc = r.Properties.AssumeRolePolicyDocument as { Statement: Record<string, unknown>[] };
          for (const s of doc.Statement) {
            if (!strings(s.Principal).includes('apigateway.amazonaws.com')) continue;
            trusted++;
            assert.equal(s.Condition, undefined, `${id}: a trust condition API Gateway does not satisfy`);
          }
        }
        if (config.analytics.enabled) assert.ok(trusted >= 1, 'ClicksIntegrationRole is trusted by API Gateway');
      });
    }
  });

  describe('2. every ARN partition-aware', () => {
    for (const { name, raw, config } of CONFIGS) {
      it(`no generated file names arn:aws: but values the config gives (${name})`, () => {
        const given = strings(raw).filter((s) => s.includes('arn:aws:'));
        for (const { file, text } of renderAll(config)) {
          const own = given.reduce((t, value) => t.split(value).join(''), text);
          const line = own.split('\n').find((l) => l.includes('arn:aws:'));
          assert.equal(line, undefined, `${name}/${file}: a literal partition (use \${AWS::Partition})`);
        }
      });
    }
  });

  describe('6. a click names no identity the caller merely claims', () => {
    it("POST /clicks's event model takes no user field, and the records have no user column", () => {
      const batch = DEFINITIONS.ClickBatch as { properties: { events: { items: { properties: object } } } };
      const fields = Object.keys(batch.properties.events.items.properties);
      assert.deepEqual(
        fields.filter((f) => /user|sub|email|identity/i.test(f)),
        [],
        'POST /clicks is public: an identity in an event is the caller\'s word',
      );
      assert.deepEqual(
        CLICK_COLUMNS.filter((c) => /user|sub|email/i.test(c)),
        [],
      );
      const table = analyticsResources().ClicksTable.Properties as {
        TableInput: { StorageDescriptor: { Columns: { Name: string }[] } };
      };
      assert.ok(!table.TableInput.StorageDescriptor.Columns.some((c) => c.Name === 'usersub'));
    });
  });

  describe('7. Athena reads only the days asked for', () => {
    const config = validateConfig({ analytics: { retentionDays: 45 } }, 'test');
    const resources = analyticsResources(config);
    const input = (resources.ClicksTable.Properties as { TableInput: Record<string, unknown> }).TableInput as {
      Parameters: Record<string, unknown>;
      PartitionKeys: unknown[];
    };

    it('one date-typed projected partition column, bounded by the retention, as the Athena guide documents', () => {
      assert.deepEqual(input.PartitionKeys, [{ Name: CLICK_DAY_KEY, Type: 'string' }]);
      const projection = Object.fromEntries(
        Object.entries(input.Parameters).filter(([k]) => k.startsWith('projection.')),
      );
      assert.deepEqual(projection, {
        'projection.enabled': 'true',
        'projection.dt.type': 'date',
        'projection.dt.format': 'yyyy-MM-dd',
        'projection.dt.range': 'NOW-45DAYS,NOW',
        'projection.dt.interval': '1',
        'projection.dt.interval.unit': 'DAYS',
      });
      assert.deepEqual(input.Parameters['storage.location.template'], {
        'Fn::Sub': 's3://${ClicksBucket}/clicks/dt=${!dt}/',
      });
    });

    it("Firehose's prefix writes the folders the projection reads, and the local run writes the same", () => {
      const s3 = (resources.ClickStream.Properties as { ExtendedS3DestinationConfiguration: { Prefix: string } })
        .ExtendedS3DestinationConfiguration;
      assert.equal(s3.Prefix, 'clicks/dt=!{timestamp:yyyy-MM-dd}/');
      const day = new Date(Date.UTC(2026, 0, 9, 23, 59, 59));
      // The Java format as Firehose and Athena apply it, for that time in UTC.
      const javaFormatted = s3.Prefix.replace('!{timestamp:yyyy-MM-dd}', '2026-01-09');
      assert.equal(`clicks/${clickDayFolder(day)}/`, javaFormatted);
    });

    it('every named query prunes by the partition column, compared with a constant', () => {
      for (const q of NAMED_QUERIES) {
        assert.match(q.query, /\bdt >= date_format\(current_date - interval '\d+' day, '%Y-%m-%d'\)/, q.name);
        assert.doesNotMatch(q.query, /\b(year|month)\b/, `${q.name}: the old year/month/day columns`);
      }
    });
  });
});

describe('8. smaller items', () => {
  it("the Launch Stack page names CloudFront's account verification beside the CodeBuild quota, for both modes", () => {
    const config = validateConfig({}, 'test');
    const fargate = modeSummary(config, 'fargate').needs;
    const codeBuild = fargate.findIndex((n) => n.startsWith('CodeBuild'));
    assert.equal(fargate[codeBuild + 1], CLOUDFRONT_VERIFIED);
    assert.ok(modeSummary(config, 'lambda').needs.includes(CLOUDFRONT_VERIFIED));
    assert.match(CLOUDFRONT_VERIFIED, /must be verified/);
  });

  it('natGateways none: the Launch Stack page names the cognito-idp PrivateLink requirement (package cannot check it offline); every fargate launch names the zone parameter', () => {
    const region = lookupRegion('eu-west-1')!;
    const page = (raw: unknown) => {
      const config = validateConfig(raw, 'test');
      const mode = modeSummary(config, 'fargate');
      const rows = [{ region, buttons: [{ mode, missing: ['nothing'] }] }];
      return { needs: mode.needs, html: launchHtml(rows, 'mysfits', '0.0.0', []), md: launchMarkdown(rows, 'mysfits', []) };
    };
    const none = page({ network: { natGateways: 'none' } });
    assert.ok(none.needs.includes(COGNITO_PRIVATELINK));
    assert.match(COGNITO_PRIVATELINK, /com\.amazonaws\.REGION\.cognito-idp/);
    assert.match(COGNITO_PRIVATELINK, /natGateways "single"/);
    assert.ok(none.md.includes(COGNITO_PRIVATELINK));
    assert.match(none.html, /com\.amazonaws\.REGION\.cognito-idp/);
    for (const nat of ['perAz', 'single']) {
      const withNat = page({ network: { natGateways: nat } });
      assert.ok(!withNat.needs.includes(COGNITO_PRIVATELINK), nat);
      assert.doesNotMatch(withNat.md, /cognito-idp/, nat);
      assert.ok(withNat.needs.includes(ZONES_NEED), nat);
    }
    assert.match(ZONES_NEED, /AvailabilityZones parameter/);
    assert.match(ZONES_NEED, /use1-az3/);
    assert.ok(!modeSummary(validateConfig({}, 'test'), 'lambda').needs.includes(ZONES_NEED), 'lambda has no subnets');
  });

  it('the functions on the request path log JSON with Lambda\'s own lines at WARN (the service, the click transform)', () => {
    // With the REST API, so the click transform is there (lambda's default HTTP API has no analytics).
    const lambda = validateConfig({ service: { compute: 'lambda' }, api: { type: 'rest' } }, 'test');
    const fns = new Map(resourcesOf(lambda).filter(([, r]) => r.Type === 'AWS::Serverless::Function'));
    for (const id of ['service-function.yml:ServiceFunction', 'analytics.yml:ClickEnrichFunction']) {
      const fn = fns.get(id);
      assert.ok(fn, id);
      assert.deepEqual(
        { ...(fn.Properties.LoggingConfig as object), LogGroup: undefined },
        { LogGroup: undefined, LogFormat: 'JSON', SystemLogLevel: 'WARN' },
        id,
      );
    }
  });
});

function analyticsResources(config: Config = validateConfig({}, 'test')): Resources {
  return (toJsonObject(buildAnalytics(config)) as { Resources: Resources }).Resources;
}

