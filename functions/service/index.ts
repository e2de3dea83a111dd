// The API service as one Lambda function (service.compute: lambda): the same Koa app as the
// container (createApp: the same routes, token checks, errors and logs), behind API Gateway's
// aws_proxy integration. serverless-http turns each REST API proxy event (payload format 1.0)
// into a Node request for the app and its answer into the proxy result: chosen over
// @codegenie/serverless-express (built around Express, more to load at cold start) and the AWS
// Lambda Web Adapter (a layer running an HTTP server beside the function: a second process and a
// loopback hop per request) because it has no dependencies, speaks Koa directly, and adds a few
// kilobytes to the bundle.
//
// Everything up to the handler runs once per instance (Lambda's init phase): settings from the
// environment, the table's client (kept-alive connections reused by every warm invocation), the
// app.
// A bad setting fails the init with every problem listed, as the container exits 2.
import serverless from 'serverless-http';
import { createApp } from '../../service/src/app.js';
import { userPoolFrom } from '../../service/src/auth/user-pool-loader.js';
import { tableClient } from '../../service/src/clients.js';
import { ConfigError, loadConfig, type ServiceConfig } from '../../service/src/config.js';
import { errorFields, jsonLogger } from '../../service/src/log.js';

const log = jsonLogger();

function settings(): ServiceConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) log.error('invalid configuration', { problems: err.problems });
    else log.error('failed to start', errorFields(err));
    throw err;
  }
}

const config = settings();
// The Cognito client is built, and its code loaded (user-pool.js in the zip), by the instance's
// first sign-up or sign-in, not by every cold start.
const app = createApp({ ...config, dynamodb: tableClient(config, log), userPool: userPoolFrom(config, log), log });

/** API Gateway (REST, aws_proxy) event in, proxy result out. */
export const handler = serverless(app);
