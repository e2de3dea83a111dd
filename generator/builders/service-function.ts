// service-function.yml (service.compute: lambda): the API service as one Lambda function, in
// place of service.yml's Fargate service, load balancer and image build, and of core.yml's VPC.
// The function is the same Koa app (functions/service/ wraps service/src/app.ts), reached only by
// API Gateway (api.yml grants this API's stage alone the right to invoke it), and reaches
// DynamoDB and Cognito over their public endpoints with IAM and TLS: no VPC, so no NAT gateway,
// no endpoint, nothing billed by the hour.
import type { Config } from '../config/load.js';
import type { Value } from '../spec/values.js';
import { sub } from '../core/intrinsics.js';
import { Template } from '../core/template.js';
import { environmentVariables } from '../../service/src/settings.js';
import { headerFor } from './common.js';
import { apiTracing } from '../config/api.js';
import { lambdaFunction } from './lambda.js';
import { serviceInputs, tableStatements } from './service-inputs.js';

export function buildServiceFunction(config: Config): Template {
  const { lambda } = config.service;
  const t = new Template({
    description: `Mythical Mysfits service as one Lambda function (Node.js, arm64, ${lambda.memoryMb} MB, ${lambda.timeoutSeconds} s${lambda.reservedConcurrency ? `, at most ${lambda.reservedConcurrency} at once` : ''}) behind API Gateway: no VPC, load balancer or image build.`,
    header: [
      ...headerFor('service-function.yml', 'service-function'),
      '',
      'The API service in lambda mode: the Koa app of service/ as one function, invoked by API',
      "Gateway's aws_proxy integration (api.yml). Its role grants exactly the DynamoDB calls the",
      "service makes, on the table and its indexes; it checks tokens against the pool's public keys.",
    ],
  });
  const { tableName, tableArn, userPoolId, clientId, siteUrl } = serviceInputs(t);

  const fn = lambdaFunction(t, config, {
    id: 'ServiceFunction',
    invokedBy: 'api-gateway',
    asset: 'service',
    comment:
      "The API: the service's Koa app (the same code as the container) for each API Gateway request; only this API's stage may invoke it (api.yml).",
    description: 'The Mythical Mysfits API service (Koa app behind API Gateway, aws_proxy).',
    timeoutSeconds: lambda.timeoutSeconds,
    memoryMb: lambda.memoryMb,
    reservedConcurrency: lambda.reservedConcurrency,
    quietPlatformLogs: true,
    // api.tracing off: traced only when a caller asks for it; else Lambda samples (or follows the stage's decision).
    ...(apiTracing(config) === 'off'
      ? {
          passThroughTracing:
            "Tracing is off (api.tracing off, the default with api.type http): X-Ray costs $5 per million traces, and Lambda's own sampling (the first request each second) would trace nearly every request at this app's traffic; the API's access log has every request's status, latency and errors. api.tracing: sampled turns Active tracing on.",
        }
      : {}),
    statements: tableStatements(tableArn.ref()),
    // Lambda sets AWS_REGION itself (a reserved name): the settings leave it out.
    environment: environmentVariables<Value<string>>({
      TABLE_NAME: tableName.ref(),
      COGNITO_USER_POOL_ID: userPoolId.ref(),
      COGNITO_CLIENT_ID: clientId.ref(),
      CORS_ORIGIN: siteUrl.ref(),
    }),
  });

  t.output('ServiceFunctionArn', {
    Description: 'The function API Gateway invokes (aws_proxy).',
    Value: fn.getAtt('Arn'),
  });
  t.output('ServiceFunctionName', { Description: 'Name of the function (logs, metrics).', Value: fn.ref() });
  t.output('ServiceLogGroupName', {
    Description: "The function's log group.",
    Value: sub('${ServiceFunctionLogGroup}'),
  });
  return t;
}
