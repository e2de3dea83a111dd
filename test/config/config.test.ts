import { strict as assert } from 'node:assert';
import { ConfigError, parseConfigText, validateConfig } from '../../generator/config/load.js';
import { parseCidr, overlaps, contains } from '../../generator/config/cidr.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MFA_MODES, POOL_MFA, mfaMode } from '../../functions/shared/site-config.js';
import { ROOT } from '../helpers.js';

const problemsOf = (raw: unknown): string[] => {
  try {
    validateConfig(raw, 'test.json');
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return [...err.problems];
  }
  assert.fail('expected a ConfigError');
};

describe('config', () => {
  it('defaults reproduce the tutorial architecture', () => {
    const c = validateConfig({}, 'defaults');
    assert.equal(c.network.vpcCidr, '10.0.0.0/16');
    assert.deepEqual(c.network.publicSubnetCidrs, ['10.0.0.0/24', '10.0.1.0/24']);
    assert.deepEqual(c.network.privateSubnetCidrs, ['10.0.2.0/24', '10.0.3.0/24']);
    assert.equal(c.network.natGateways, 'perAz');
    assert.deepEqual([c.service.cpu, c.service.memory, c.service.desiredCount, c.service.port], [256, 512, 1, 8080]);
    // No fixed physical names: CloudFormation (or the stack's id) names them.
    assert.equal(c.data.tableName, undefined);
    assert.equal(c.cognito.userPoolName, undefined);
    assert.equal(c.cognito.autoConfirmSignUp, false);
    assert.equal(c.api.stageName, 'prod');
    assert.equal(c.regions.length, 10);
  });

  it('keeps what the user set and fills in the rest', () => {
    const c = validateConfig({ network: { natGateways: 'single' }, service: { cpu: 512, memory: 1024 } }, 'x');
    assert.equal(c.network.natGateways, 'single');
    assert.equal(c.network.vpcCidr, '10.0.0.0/16');
    assert.equal(c.service.memory, 1024);
    assert.equal(c.service.port, 8080);
  });

  it('does not modify the object it validates', () => {
    const raw = { network: {} };
    validateConfig(raw, 'x');
    assert.deepEqual(raw, { network: {} });
  });

  const cases: [string, unknown, RegExp][] = [
    [
      'an unknown key, with a suggestion',
      { netwrok: {} },
      /^netwrok: unknown key \(did you mean "network"\?\) \(additionalProperties/,
    ],
    [
      'a nested unknown key',
      { network: { natGateway: 'none' } },
      /^network\.natGateway: unknown key \(did you mean "natGateways"\?\)/,
    ],
    ['a wrong type', { service: { port: '8080' } }, /^service\.port: must be integer \(type\)$/],
    [
      'a value outside the enum',
      { network: { natGateways: 'two' } },
      /^network\.natGateways: must be one of "perAz", "single", "none" \(enum\)$/,
    ],
    [
      'an invalid CIDR',
      { network: { vpcCidr: '10.0.0/16' } },
      /^network\.vpcCidr: "10\.0\.0\/16" must be an IPv4 CIDR block/,
    ],
    [
      'a CIDR with host bits',
      { network: { vpcCidr: '10.0.0.1/16' } },
      /did you mean 10\.0\.0\.0\/16\? \(CIDR alignment\)$/,
    ],
    [
      'an octet over 255',
      { network: { publicSubnetCidrs: ['10.0.256.0/24', '10.0.1.0/24'] } },
      /^network\.publicSubnetCidrs\[0\]: .*octet over 255/,
    ],
    [
      'overlapping subnets',
      { network: { privateSubnetCidrs: ['10.0.1.0/24', '10.0.3.0/24'] } },
      /^network\.privateSubnetCidrs\[0\]: "10\.0\.1\.0\/24" overlaps network\.publicSubnetCidrs\[1\] "10\.0\.1\.0\/24" \(subnets must not overlap\)$/,
    ],
    [
      'a subnet outside the VPC',
      { network: { privateSubnetCidrs: ['10.0.2.0/24', '10.1.3.0/24'] } },
      /^network\.privateSubnetCidrs\[1\]: "10\.1\.3\.0\/24" is not inside network\.vpcCidr/,
    ],
    ['a VPC too large', { network: { vpcCidr: '10.0.0.0/8' } }, /^network\.vpcCidr: .*from \/16 to \/28/],
    [
      'three subnets where two are needed',
      { network: { publicSubnetCidrs: ['10.0.0.0/24', '10.0.1.0/24', '10.0.4.0/24'] } },
      /^network\.publicSubnetCidrs: must NOT have more than 2 items \(maxItems\)$/,
    ],
    [
      'a Fargate size that does not exist',
      { service: { cpu: 256, memory: 4096 } },
      /^service\.memory: 4096 MiB is not a Fargate size for service\.cpu 256/,
    ],
    ['a bad tag key', { tags: { 'aws:owner': 'me' } }, /^tags: tag key "aws:owner" is not allowed \(propertyNames\)$/],
    ['a bad app name', { appName: 'My App' }, /^appName: "My App" must match/],
    ['a top-level array', [1], /^\(top level\): must be a JSON object/],
  ];
  for (const [what, raw, expected] of cases) {
    it(`rejects ${what}, naming the field and the rule`, () => {
      const problems = problemsOf(raw);
      assert.ok(
        problems.some((p) => expected.test(p)),
        `no problem matched ${expected}: ${JSON.stringify(problems)}`,
      );
    });
  }

  it('reports every problem at once', () => {
    const problems = problemsOf({ netwrok: {}, service: { port: 'x' }, appName: '1' });
    assert.equal(problems.length, 3, JSON.stringify(problems));
  });

  it("reports the schema's problems and the cross-field rules' together (README's example)", () => {
    const problems = problemsOf({ netwrok: {}, service: { cpu: 256, memory: 4096 } });
    assert.equal(problems.length, 2, JSON.stringify(problems));
    assert.match(problems[0], /^netwrok: unknown key/);
    assert.match(problems[1], /^service\.memory: 4096 MiB is not a Fargate size for service\.cpu 256/);
    // A field the schema already refused is not reported again by a cross-field rule.
    assert.equal(problemsOf({ service: { cpu: 3, memory: 4096 } }).length, 1);
  });

  it('refuses a setting the compute mode ignores, naming it (natGateways under lambda, service.lambda under fargate)', () => {
    const lambda = problemsOf({ service: { compute: 'lambda', cpu: 256 }, network: { natGateways: 'single' } });
    assert.deepEqual(lambda, [
      'network.natGateways: applies to service.compute fargate only, and this config runs lambda: remove it, or set service.compute to fargate',
      'service.cpu: applies to service.compute fargate only, and this config runs lambda: remove it, or set service.compute to fargate',
    ]);
    const fargate = problemsOf({ service: { lambda: { memoryMb: 512 } } });
    assert.deepEqual(fargate, [
      'service.lambda: applies to service.compute lambda only, and this config runs fargate: remove it, or set service.compute to lambda',
    ]);
    // What applies is accepted, and the defaults of the other mode's settings are not "given".
    assert.doesNotThrow(() => validateConfig({ service: { compute: 'lambda', lambda: { memoryMb: 512 } } }, 'c'));
    assert.doesNotThrow(() => validateConfig({ network: { natGateways: 'single' } }, 'c'));
  });

  it('network.availabilityZones: unset by default (deploy chooses), else two distinct zone names; fargate only', () => {
    assert.equal(validateConfig({}, 'c').network.availabilityZones, undefined);
    const pinned = validateConfig({ network: { availabilityZones: ['us-east-1b', 'ap-southeast-2c'] } }, 'c');
    assert.deepEqual(pinned.network.availabilityZones, ['us-east-1b', 'ap-southeast-2c']);
    for (const bad of [
      ['us-east-1a'],
      ['us-east-1a', 'us-east-1a'],
      ['use1-az1', 'use1-az2'],
      ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      ['us-east-1-bos-1a', 'us-east-1b'],
    ]) {
      const problems = problemsOf({ network: { availabilityZones: bad } });
      assert.ok(
        problems.length > 0 && problems.every((p) => p.startsWith('network.availabilityZones')),
        `${bad}: ${problems}`,
      );
    }
    assert.match(
      problemsOf({
        service: { compute: 'lambda' },
        network: { availabilityZones: ['us-east-1a', 'us-east-1b'] },
      }).join(),
      /network\.availabilityZones: applies to service\.compute fargate only/,
    );
  });

  it('names the line and column of malformed JSON', () => {
    assert.throws(
      () => parseConfigText('{\n  "network": {\n    "natGateways": "single",\n  }\n}\n', 'c.json'),
      (err: ConfigError) =>
        /^line 4, column 3: malformed JSON: Expected double-quoted property name$/.test(err.problems[0]),
    );
    assert.throws(
      () => parseConfigText('', 'c.json'),
      (err: ConfigError) => /malformed JSON: Unexpected end/.test(err.problems[0]),
    );
  });
});

describe('cognito.mfa', () => {
  it('the schema offers exactly the modes the site, site-deploy and the local run know, off by default', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8'));
    const mfa = schema.properties.cognito.properties.mfa;
    assert.deepEqual(mfa.enum, [...MFA_MODES]);
    assert.deepEqual(Object.keys(POOL_MFA), [...MFA_MODES]);
    assert.equal(validateConfig({}, 'defaults').cognito.mfa, 'off');
    assert.deepEqual(problemsOf({ cognito: { mfa: 'sms' } }), [
      'cognito.mfa: must be one of "off", "optional", "required" (enum)',
    ]);
  });
  it('a site config without the field (a stack from before it) is off; a wrong value is an error naming it', () => {
    assert.equal(mfaMode(undefined), 'off');
    assert.equal(mfaMode('required'), 'required');
    assert.throws(() => mfaMode('ON'), /MFA mode "ON" is not one of off, optional, required/);
  });
});

describe('CIDR arithmetic', () => {
  it('parses, contains and overlaps', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    const a = parseCidr('10.0.2.0/24')!;
    const b = parseCidr('10.0.2.128/25')!;
    const c = parseCidr('10.0.3.0/24')!;
    assert.ok(contains(vpc, a) && contains(a, b) && !contains(b, a));
    assert.ok(overlaps(a, b) && overlaps(b, a) && !overlaps(a, c));
    assert.equal(parseCidr('10.0.2.1/24'), undefined);
    assert.equal(parseCidr('10.0.2.0/33'), undefined);
    assert.equal(parseCidr('10.0.2.0'), undefined);
    assert.ok(contains(parseCidr('0.0.0.0/0')!, parseCidr('255.255.255.255/32')!));
  });
});

describe('config: api.type, api.tracing and what follows from them', () => {
  it('unset, the API type follows the compute mode, and tracing and analytics the API type', async () => {
    const { apiType, apiTracing, analyticsEnabled } = await import('../../generator/config/api.js');
    const fargate = validateConfig({}, 'x');
    assert.deepEqual([apiType(fargate), apiTracing(fargate), analyticsEnabled(fargate)], ['rest', 'all', true]);
    const lambda = validateConfig({ service: { compute: 'lambda' } }, 'x');
    assert.deepEqual([apiType(lambda), apiTracing(lambda), analyticsEnabled(lambda)], ['http', 'off', false]);
    const lambdaRest = validateConfig({ service: { compute: 'lambda' }, api: { type: 'rest' } }, 'x');
    assert.deepEqual(
      [apiType(lambdaRest), apiTracing(lambdaRest), analyticsEnabled(lambdaRest)],
      ['rest', 'all', true],
    );
    const sampled = validateConfig({ service: { compute: 'lambda' }, api: { tracing: 'sampled' } }, 'x');
    assert.equal(apiTracing(sampled), 'sampled');
  });

  it('takes an HTTP API in fargate mode (over the VPC link V2), with analytics off by default', async () => {
    const { apiType, apiTracing, analyticsEnabled } = await import('../../generator/config/api.js');
    const fargateHttp = validateConfig({ api: { type: 'http' } }, 'x');
    assert.deepEqual(
      [apiType(fargateHttp), apiTracing(fargateHttp), analyticsEnabled(fargateHttp)],
      ['http', 'off', false],
    );
  });

  it('refuses what an HTTP API cannot do, naming both settings', () => {
    const cases: [unknown, RegExp][] = [
      [
        { service: { compute: 'lambda' }, analytics: { enabled: true } },
        /^analytics\.enabled: true needs api\.type "rest".*\(api\.type and analytics\.enabled\)$/,
      ],
      [{ service: { compute: 'lambda' }, api: { waf: true } }, /^api\.waf: true needs api\.type "rest"/],
      [{ service: { compute: 'lambda' }, api: { tracing: 'all' } }, /^api\.tracing: "all" needs api\.type "rest"/],
      [{ api: { tracing: 'sampled' } }, /^api\.tracing: "sampled" needs service\.compute "lambda"/],
    ];
    for (const [raw, expected] of cases) {
      const problems = problemsOf(raw);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, expected);
    }
  });
});
