// A Lambda function the way every function of the app is declared: a SAM function whose code is
// a TypeScript folder under functions/, its own log group with the configured retention (the
// function logs there through LoggingConfig, so no log group is ever created without one), and
// its own role granting exactly the log group plus what the caller lists: no managed policy with
// `Resource: '*'`.
import type { Config } from '../config/load.js';
import type { Condition, Template, Resource } from '../core/template.js';
import type { Json, Value } from '../spec/values.js';
import type { Intrinsic } from '../core/intrinsics.js';
import type { Function_EventSource } from '../spec/generated/serverless.js';
import {
  allow,
  assumedBy,
  functionCodeUri,
  policyDocument,
  retentionDays,
  tagMap,
  type FunctionAsset,
} from './common.js';

/**
 * The Node.js major every function runs on: the newest LTS Lambda offers (nodejs22.x is
 * deprecated on 2027-04-30; a test fails six months before a runtime's deprecation). The
 * functions' bundles target the same version (package/assets.ts).
 */
export const FUNCTION_NODE_MAJOR = 24;
const NODE_RUNTIME = `nodejs${FUNCTION_NODE_MAJOR}.x` as const;

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
  /** Statements beyond writing its own logs. */
  readonly statements?: readonly (Json | Intrinsic)[];
  readonly environment?: Readonly<Record<string, Value<string>>>;
  readonly events?: Readonly<Record<string, Function_EventSource>>;
  /** Created only when this condition holds (the function, its role and its log group). */
  readonly condition?: Condition;
}

export function lambdaFunction(t: Template, config: Config, spec: LambdaSpec): Resource<'AWS::Serverless::Function'> {
  const logGroup = t.resource(`${spec.id}LogGroup`, {
    Type: 'AWS::Logs::LogGroup',
    ...(spec.condition ? { Condition: spec.condition } : {}),
    comment: `Logs of ${spec.id}, kept ${retentionDays(config)} days (Lambda's implicit log groups never expire).`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: { RetentionInDays: retentionDays(config) },
  });
  const role = t.resource(`${spec.id}Role`, {
    Type: 'AWS::IAM::Role',
    ...(spec.condition ? { Condition: spec.condition } : {}),
    comment: `Role of ${spec.id}: its own log group${spec.statements?.length ? ' and the exact resources it works on' : ' only'}; no wildcard resources.`,
    Properties: {
      AssumeRolePolicyDocument: assumedBy('lambda.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'least-privilege',
          PolicyDocument: policyDocument(
            allow('OwnLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.getAtt('Arn')]),
            ...(spec.statements ?? []),
          ),
        },
      ],
    },
  });
  return t.resource(spec.id, {
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
      LoggingConfig: { LogGroup: logGroup.ref(), LogFormat: 'JSON' },
      ...(spec.environment ? { Environment: { Variables: { ...spec.environment } } } : {}),
      ...(spec.events ? { Events: { ...spec.events } } : {}),
      ...(Object.keys(config.tags).length > 0 ? { Tags: tagMap(config) } : {}),
    },
  });
}
