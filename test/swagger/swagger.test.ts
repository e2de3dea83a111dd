// The API's Swagger document: valid against the official Swagger 2.0 schema and our API Gateway
// extensions schema, cross-references checked, and the same document behind api.yml's Body and
// api-swagger.json. Each rule is shown to catch what it is for.
import { analyticsEnabled } from '../../generator/config/api.js';
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { buildMain } from '../../generator/builders/main.js';
import { buildSwagger, swaggerVariables } from '../../generator/swagger/build.js';
import { MissingValuesError, toCloudFormation, variablesIn, withValues } from '../../generator/swagger/render.js';
import { SwaggerError, swaggerProblems } from '../../generator/swagger/validate.js';
import type { SwaggerDocument } from '../../generator/swagger/types.js';
import { ERRORS, type ErrorCode } from '../../service/src/contract/errors.js';
import {
  OPERATIONS,
  OPERATION_IDS,
  SERVICE_OPERATION_IDS,
  PATHS,
  statusesOf,
  type OperationId,
  type OperationSpec,
} from '../../service/src/contract/operations.js';
import { renderAll } from '../../generator/render.js';

const config = validateConfig({}, 'test');
const fresh = (): SwaggerDocument => JSON.parse(JSON.stringify(buildSwagger(config))) as SwaggerDocument;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const VALUES = {
  VpcLinkId: 'abc123',
  LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mysfits-nlb/0123456789abcdef',
  LoadBalancerDnsName: 'internal-mysfits-nlb-0123456789.elb.eu-west-1.amazonaws.com',
  UserPoolArn: 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123',
  SiteUrl: 'https://d111111abcdef8.cloudfront.net',
  ClicksStreamName: 'mysfits-ClickStream-AbC123',
  ClicksRoleArn: 'arn:aws:iam::123456789012:role/mysfits-ClicksIntegrationRole-AbC123',
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
};

/** A copy of the document with one change, and the problems validation reports for it. */
function problemsAfter(change: (doc: Json) => void): string[] {
  const doc = fresh() as unknown as Json;
  change(doc);
  return swaggerProblems(doc);
}

describe('the Swagger document', () => {
  it('is valid: Swagger 2.0, API Gateway extensions and cross-references', () => {
    assert.deepEqual(swaggerProblems(buildSwagger(config)), []);
    assert.deepEqual(swaggerProblems(withValues(buildSwagger(config), VALUES)), []);
  });

  it('has every operation of the contract, a preflight and a 405 on each path, the authorizer where a token is', () => {
    const doc = fresh() as unknown as Json;
    assert.deepEqual(Object.keys(doc.paths), [...PATHS.keys()]);
    const ids: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      assert.equal(item.options['x-amazon-apigateway-integration'].type, 'mock', `${path} preflight`);
      const any = item['x-amazon-apigateway-any-method'];
      assert.equal(any.responses['405'].headers.Allow.type, 'string', `${path} 405`);
      for (const [method, op] of Object.entries<Json>(item)) {
        if (method === 'options' || method === 'x-amazon-apigateway-any-method') continue;
        ids.push(op.operationId);
        const contract: OperationSpec = OPERATIONS[op.operationId as OperationId];
        assert.equal(contract.path, path);
        assert.equal(contract.method.toLowerCase(), method);
        assert.deepEqual(op.security, contract.token ? [{ CognitoUserPool: [] }] : undefined, `${method} ${path}`);
        assert.deepEqual(Object.keys(op.responses).map(Number), statusesOf(op.operationId as OperationId));
        // The service's operations over the VPC link; POST /clicks to Firehose (clicks.test.ts).
        assert.equal(
          op['x-amazon-apigateway-integration'].connectionType,
          (OPERATIONS[op.operationId as OperationId] as OperationSpec).backend ? undefined : 'VPC_LINK',
        );
      }
    }
    assert.deepEqual(ids.sort(), [...OPERATION_IDS].sort());
    assert.deepEqual(ids.filter((id) => OPERATIONS[id as OperationId].path.startsWith('/auth/')).sort(), [
      'confirmSignUp',
      'me',
      'refreshSession',
      'signIn',
      'signUp',
    ]);
  });

  it("CORS allows only the site's origin, on preflights, 405s and API Gateway's own errors", () => {
    const text = JSON.stringify(buildSwagger(config));
    assert.doesNotMatch(text, /'\*'/);
    const origins = [
      ...text.matchAll(/"(?:method\.response|gatewayresponse)\.header\.Access-Control-Allow-Origin":"([^"]*)"/g),
    ];
    assert.ok(origins.length > 20);
    assert.deepEqual([...new Set(origins.map((m) => m[1]))], ["'${SiteUrl}'"]);
    const doc = fresh() as unknown as Json;
    for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX', 'UNAUTHORIZED', 'THROTTLED', 'MISSING_AUTHENTICATION_TOKEN']) {
      assert.ok(
        doc['x-amazon-apigateway-gateway-responses'][type].responseParameters[
          'gatewayresponse.header.Access-Control-Allow-Origin'
        ],
        type,
      );
    }
  });

  it('proxies every operation of the service: path parameters mapped, query, headers and body passed as they are', () => {
    const doc = fresh() as unknown as Json;
    for (const id of SERVICE_OPERATION_IDS) {
      const { path, method } = OPERATIONS[id];
      const integration = doc.paths[path][method.toLowerCase()]['x-amazon-apigateway-integration'];
      assert.equal(integration.type, 'http_proxy', id);
      assert.equal(integration.httpMethod, method, id);
      assert.equal(integration.responses, undefined, `${id}: a proxy maps no status`);
    }
    const like = doc.paths['/mysfits/{mysfitId}/like'].post['x-amazon-apigateway-integration'];
    assert.deepEqual(like.requestParameters, { 'integration.request.path.mysfitId': 'method.request.path.mysfitId' });
    assert.equal(doc.paths['/mysfits'].get['x-amazon-apigateway-integration'].requestParameters, undefined);
  });

  it("API Gateway's own errors are the service's error shape, with a code of the contract", () => {
    const responses = (fresh() as unknown as Json)['x-amazon-apigateway-gateway-responses'] as Record<string, Json>;
    for (const [type, response] of Object.entries(responses)) {
      // What API Gateway renders: $context.error.messageString is a quoted JSON string.
      const body = JSON.parse(
        (response.responseTemplates['application/json'] as string).replace(
          '$context.error.messageString',
          '"Unauthorized"',
        ),
      ) as { error: ErrorCode; message: string };
      assert.deepEqual(Object.keys(body), ['error', 'message'], type);
      assert.ok(body.error in ERRORS, `${type}: ${body.error} is not a code of the contract`);
      if (response.statusCode !== undefined) assert.equal(Number(response.statusCode), ERRORS[body.error].status, type);
    }
    assert.equal(responses.UNAUTHORIZED.statusCode, '401');
    assert.equal(responses.MISSING_AUTHENTICATION_TOKEN.statusCode, '404');
    assert.equal(responses.THROTTLED.responseParameters['gatewayresponse.header.Retry-After'], "'1'");
  });

  describe('validation catches', () => {
    const cases: [string, (doc: Json) => void, RegExp][] = [
      [
        'a wrong Swagger version (official schema)',
        (d) => (d.swagger = '3.0'),
        /swagger: must be one of "2\.0" \(Swagger 2\.0: enum\)/,
      ],
      ['a missing info (official schema)', (d) => delete d.info, /required property 'info' \(Swagger 2\.0/],
      [
        'an unknown integration type',
        (d) => (d.paths['/'].get['x-amazon-apigateway-integration'].type = 'htp'),
        /paths\.\/\.get\.x-amazon-apigateway-integration\.type: must be one of "http"/,
      ],
      [
        'a misspelt extension',
        (d) => (d['x-amazon-apigateway-gateway-reponses'] = {}),
        /key "x-amazon-apigateway-gateway-reponses" is not allowed here/,
      ],
      [
        'an operation without an integration',
        (d) => delete d.paths['/'].get['x-amazon-apigateway-integration'],
        /paths\.\/\.get: must have required property 'x-amazon-apigateway-integration'/,
      ],
      [
        'a VPC link integration without its id',
        (d) => delete d.paths['/'].get['x-amazon-apigateway-integration'].connectionId,
        /must have required property 'connectionId'/,
      ],
      [
        'a bad mapping expression',
        (d) =>
          (d.paths['/mysfits/{mysfitId}'].get['x-amazon-apigateway-integration'].requestParameters[
            'integration.request.path.mysfitId'
          ] = 'method.request.p.mysfitId'),
        /requestParameters\.integration\.request\.path\.mysfitId: must match pattern/,
      ],
      [
        'an unknown gateway response type',
        (d) => (d['x-amazon-apigateway-gateway-responses'].DEFAULT_6XX = {}),
        /key "DEFAULT_6XX" is not allowed here/,
      ],
      [
        'a Cognito authorizer without providerARNs',
        (d) => delete d.securityDefinitions.CognitoUserPool['x-amazon-apigateway-authorizer'].providerARNs,
        /must have required property 'providerARNs'/,
      ],
      [
        'an undeclared request validator',
        (d) => (d.paths['/'].get['x-amazon-apigateway-request-validator'] = 'body'),
        /request validator "body" is not in x-amazon-apigateway-request-validators/,
      ],
      [
        'an undeclared security definition',
        (d) => (d.paths['/'].get.security = [{ Nope: [] }]),
        /"Nope" is not in securityDefinitions/,
      ],
      [
        'a mapped parameter the operation does not declare',
        (d) =>
          (d.paths['/'].get['x-amazon-apigateway-integration'].requestParameters = {
            'integration.request.header.X': 'method.request.header.X',
          }),
        /maps method\.request\.header\.X, which the operation does not declare/,
      ],
      [
        'an integration status with no method response',
        (d) => delete d.paths['/mysfits/{mysfitId}']['x-amazon-apigateway-any-method'].responses['405'],
        /integration response "default" answers 405, which responses does not declare/,
      ],
      [
        'a response header not declared',
        (d) => delete d.paths['/'].options.responses['204'].headers,
        /sets header Access-Control-Allow-Methods, not declared for 204/,
      ],
      [
        'an undeclared path parameter',
        (d) => delete d.paths['/mysfits/{mysfitId}'].get.parameters,
        /path parameter \{mysfitId\} is not declared/,
      ],
      [
        'a $ref to nothing',
        (d) => (d.paths['/'].get.responses['200'].schema = { $ref: '#/definitions/Nope' }),
        /\$ref "#\/definitions\/Nope" points at no definition/,
      ],
    ];
    for (const [what, change, expected] of cases) {
      it(what, () => {
        const problems = problemsAfter(change);
        assert.ok(
          problems.some((p) => expected.test(p)),
          `expected ${expected} in:\n${problems.join('\n')}`,
        );
      });
    }
  });

  it('generate stops before writing anything when the document is invalid', () => {
    const broken = () => ({ ...buildSwagger(config), swagger: '3.0' });
    assert.throws(
      () => renderAll(config, { buildSwagger: broken }),
      (err: unknown) => err instanceof SwaggerError && /api-swagger\.json: invalid Swagger document/.test(err.message),
    );
  });

  describe('variables', () => {
    for (const compute of ['fargate', 'lambda'] as const) {
      it(`are the mode's variables, each one an output of main.yml, and pseudo parameters (${compute})`, () => {
        const modeConfig = validateConfig({ service: { compute } }, 'test');
        const used = [...variablesIn(buildSwagger(modeConfig))].sort();
        // The function's invocation URI (lambda) and Firehose's action URI (analytics) name them.
        const pseudo = compute === 'lambda' || analyticsEnabled(modeConfig) ? ['AWS::Partition', 'AWS::Region'] : [];
        assert.deepEqual(used, [...swaggerVariables(modeConfig), ...pseudo].sort());
        const outputs = buildMain(modeConfig).outputs.map((o) => o.id);
        for (const name of swaggerVariables(modeConfig))
          assert.ok(outputs.includes(name), `main.yml has no output ${name}`);
      });
    }
    it('become Fn::Sub (or Ref when alone) for the template, renamed where the template differs', () => {
      const body = JSON.stringify(toCloudFormation(buildSwagger(config), { VpcLinkId: 'VpcLinkV2' }));
      assert.match(body, /"connectionId":\{"Ref":"VpcLinkV2"\}/);
      assert.match(body, /"uri":\{"Fn::Sub":"http:\/\/\$\{LoadBalancerDnsName\}\/mysfits\/\{mysfitId\}"\}/);
      assert.doesNotMatch(body, /VpcLinkId/);
    });
    it('are filled from stack outputs, and a missing one is named', () => {
      const doc = withValues(buildSwagger(config), VALUES);
      assert.deepEqual([...variablesIn(doc)], []);
      assert.match(JSON.stringify(doc), /"connectionId":"abc123"/);
      const { SiteUrl: _, ...partial } = VALUES;
      assert.throws(
        () => withValues(buildSwagger(config), partial),
        (e: unknown) => e instanceof MissingValuesError && /SiteUrl \(the site's URL/.test(e.message),
      );
    });
  });
});
