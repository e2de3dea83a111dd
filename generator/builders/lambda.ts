// A Lambda function the way every function of the app is declared: a SAM function whose code is
// a TypeScript folder under functions/, its own log group with the configured retention (the
// function logs there through LoggingConfig, so no log group is ever created without one), and
// its own role granting exactly the log group plus what the caller lists: no managed policy with
// `Resource: '*'`. Every function is traced by X-Ray (Active), and one invoked asynchronously
// (CloudFormation's custom resources) has the template's dead-letter queue: an event that failed
// every attempt is kept there instead of dropped.
import type { Config } from '../config/load.js';
import { Resource, type Condition, type Template } from '../core/template.js';
import type { Suppression } from '../core/suppressions.js';
import type { Json, Value } from '../spec/values.js';
import type { Intrinsic } from '../core/intrinsics.js';
import type { Function_EventSource } from '../spec/generated/serverless.js';
import {
  allow,
  assumedBy,
  functionCodeUri,
  policyDocument,
  logGroupSettings,
  retentionDays,
  WILDCARD_REASONS,
  XRAY_WRITE,
  type FunctionAsset,
} from './common.js';
import { deadLetterAlarm, functionAlarms } from './alarms.js';

/**
 * The Node.js major every function runs on: the newest LTS Lambda offers (nodejs22.x is
 * deprecated on 2027-04-30; a test fails six months before a runtime's deprecation). The
 * functions' bundles target the same version (package/assets.ts).
 */
export const FUNCTION_NODE_MAJOR = 24;
const NODE_RUNTIME = `nodejs${FUNCTION_NODE_MAJOR}.x` as const;

/** Who invokes a function. Asynchronous callers get a dead-letter queue; a synchronous one gets the error. */
export type Invoker = keyof typeof INVOKERS;
const INVOKERS = {
  // Lambda's documentation: "CloudFormation invokes your Lambda function asynchronously".
  cloudformation: { async: true, what: 'CloudFormation (a custom resource)' },
  'api-gateway': { async: false, what: "API Gateway's proxy integration" },
  cognito: { async: false, what: 'Cognito (a user pool trigger, which waits for its answer)' },
  firehose: { async: false, what: 'Firehose (a data transformation, which waits for its answer and keeps what fails)' },
} as const;

export const DEAD_LETTER_QUEUE_ID = 'FailedInvocationsQueue';

export interface LambdaSpec {
  /** Logical id of the function; the log group and role get it as a prefix. */
  readonly id: string;
  readonly asset: FunctionAsset;
  /** Reviewer comment of the function resource. */
  readonly comment: string;
  readonly description: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  /** Instances reserved for the function (and its cap); unset: the account's shared pool. */
  readonly reservedConcurrency?: number;
  /**
   * A function on the request path (the service, the click transform) logs Lambda's own lines at
   * WARN and above: the START/END/REPORT line of every invocation would otherwise be most of its
   * log volume (and its CloudWatch Logs cost). Its JSON application logs stay as they are.
   */
  readonly quietPlatformLogs?: boolean;
  /** Statements beyond writing its own logs. */
  readonly statements?: readonly (Json | Intrinsic)[];
  readonly environment?: Readonly<Record<string, Value<string>>>;
  readonly events?: Readonly<Record<string, Function_EventSource>>;
  /** Created only when this condition holds (the function, its role and its log group). */
  readonly condition?: Condition;
  readonly invokedBy: Invoker;
  /**
   * X-Ray: Active (Lambda samples, or follows the caller's decision), or PassThrough with the
   * reason (the caller's decision only).
   */
  readonly passThroughTracing?: string;
  /** Rule-pack findings of the role's `statements` answered with a reason (wildcards that cannot be named). */
  readonly roleSuppressions?: readonly Suppression[];
}

/**
 * The template's queue for asynchronous invocations that failed every attempt (Lambda tries an
 * event three times), created with the first function that needs it.
 */
function deadLetterQueue(t: Template, config: Config): Resource<'AWS::SQS::Queue'> {
  const queue = new Resource(DEAD_LETTER_QUEUE_ID, 'AWS::SQS::Queue');
  if (t.sectionOf(queue.id)) return queue;
  t.resource(queue.id, {
    Type: 'AWS::SQS::Queue',
    comment:
      "Events of this template's custom-resource functions that failed every attempt (kept 14 days): CloudFormation's request, whose ResponseURL can still answer it.",
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: {
      MessageRetentionPeriod: 14 * 24 * 3600,
      SqsManagedSseEnabled: true,
    },
    suppress: [
      {
        rule: 'Serverless-SQSRedrivePolicy',
        reason:
          'This queue is itself the dead-letter queue of the functions (their DeadLetterConfig); nothing consumes it, so no message of it can fail to be redriven.',
      },
    ],
  });
  deadLetterAlarm(t, config, queue.id);
  t.resource(`${queue.id}Policy`, {
    Type: 'AWS::SQS::QueuePolicy',
    comment: 'The dead-letter queue refuses every request that is not over TLS.',
    Properties: {
      Queues: [queue.ref()],
      PolicyDocument: policyDocument({
        Sid: 'TlsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sqs:*',
        Resource: queue.getAtt('Arn'),
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    },
  });
  return queue;
}

export function lambdaFunction(t: Template, config: Config, spec: LambdaSpec): Resource<'AWS::Serverless::Function'> {
  const invoker = INVOKERS[spec.invokedBy];
  const queue = invoker.async ? deadLetterQueue(t, config) : undefined;
  const logGroup = t.resource(`${spec.id}LogGroup`, {
    Type: 'AWS::Logs::LogGroup',
    ...(spec.condition ? { Condition: spec.condition } : {}),
    comment: `Logs of ${spec.id}, kept ${retentionDays(config)} days (Lambda's implicit log groups never expire).`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });
  const role = t.resource(`${spec.id}Role`, {
    Type: 'AWS::IAM::Role',
    ...(spec.condition ? { Condition: spec.condition } : {}),
    comment: `Role of ${spec.id}: its own log group, X-Ray trace writes${queue ? ', its dead-letter queue' : ''}${spec.statements?.length ? ' and the resources it works on' : ''}; each wildcard answered in its metadata.`,
    Properties: {
      AssumeRolePolicyDocument: assumedBy('lambda.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'least-privilege',
          PolicyDocument: policyDocument(
            allow('OwnLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.getAtt('Arn')]),
            allow('Tracing', XRAY_WRITE, ['*']),
            ...(queue ? [allow('DeadLetters', ['sqs:SendMessage'], [queue.getAtt('Arn')])] : []),
            ...(spec.statements ?? []),
          ),
        },
      ],
    },
    suppress: [
      WILDCARD_REASONS.xray,
      ...(spec.roleSuppressions ?? []),
      {
        rule: 'Serverless-LambdaStarPermissions',
        reason:
          "Each wildcard of this role is listed and answered under AwsSolutions-IAM5 here: X-Ray's trace writes, which take no resource ARN, and any the function's own resources need.",
      },
    ],
  });
  const synchronous: Suppression[] = invoker.async
    ? []
    : (['Serverless-LambdaDLQ', 'NIST.800.53.R5-LambdaDLQ'] as const).map((rule) => ({
        rule,
        reason: `Invoked synchronously by ${invoker.what}: the caller receives the error, and no queued event exists for a dead-letter queue to keep.`,
      }));
  const fn = t.resource(spec.id, {
    Type: 'AWS::Serverless::Function',
    ...(spec.condition ? { Condition: spec.condition } : {}),
    comment: spec.comment,
    Properties: {
      Description: spec.description,
      CodeUri: functionCodeUri(spec.asset),
      Handler: 'index.handler',
      Runtime: NODE_RUNTIME,
      Architectures: ['arm64'],
      Timeout: spec.timeoutSeconds,
      MemorySize: spec.memoryMb,
      ...(spec.reservedConcurrency ? { ReservedConcurrentExecutions: spec.reservedConcurrency } : {}),
      Role: role.getAtt('Arn'),
      LoggingConfig: {
        LogGroup: logGroup.ref(),
        LogFormat: 'JSON',
        ...(spec.quietPlatformLogs ? { SystemLogLevel: 'WARN' } : {}),
      },
      Tracing: spec.passThroughTracing ? 'PassThrough' : 'Active',
      ...(queue ? { DeadLetterQueue: { Type: 'SQS', TargetArn: queue.getAtt('Arn') } } : {}),
      ...(spec.environment ? { Environment: { Variables: { ...spec.environment } } } : {}),
      ...(spec.events ? { Events: { ...spec.events } } : {}),
    },
    ...(synchronous.length || spec.passThroughTracing
      ? {
          suppress: [
            ...synchronous,
            ...(spec.passThroughTracing
              ? [{ rule: 'Serverless-LambdaTracing' as const, reason: spec.passThroughTracing }]
              : []),
          ],
        }
      : {}),
  });
  functionAlarms(t, config, spec);
  return fn;
}
