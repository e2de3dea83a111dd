// The plain CloudFormation form of the one SAM resource the builders make: an
// AWS::Serverless::Function as lambda.ts declares it (its own role, log group and, for a Cognito
// trigger, one event). Written for exactly those features, so the flat form (flat.ts) needs no
// Transform: a property or event this does not know throws, naming it, instead of being dropped.
// What SAM itself makes of the same function is the reference (test/package/flat.test.ts).
import { getAtt, ref } from '../core/intrinsics.js';
import type { Entry } from '../core/template.js';

type Value = Record<string, unknown>;

/** Properties copied as they are: the same name and shape on AWS::Lambda::Function. */
const SAME = [
  'Description',
  'Handler',
  'Runtime',
  'Architectures',
  'Timeout',
  'MemorySize',
  'ReservedConcurrentExecutions',
  'Role',
  'LoggingConfig',
  'Environment',
] as const;

/** Converted: CodeUri, Tracing, DeadLetterQueue, Tags, Events. */
const CONVERTED = new Set(['CodeUri', 'Tracing', 'DeadLetterQueue', 'Tags', 'Events']);

/** Resource attributes SAM carries from the function to what it makes. */
const CARRIED = ['Condition', 'DependsOn', 'DeletionPolicy', 'UpdateReplacePolicy'] as const;

const fail = (id: string, what: string): never => {
  throw new Error(`${id}: ${what}: the flat form's SAM expansion (builders/sam-function.ts) does not handle it`);
};

/** The Lambda function of a SAM function's properties (no events). */
function lambdaProperties(id: string, props: Value): Value {
  for (const key of Object.keys(props)) {
    if (!CONVERTED.has(key) && !(SAME as readonly string[]).includes(key)) fail(id, `property ${key}`);
  }
  const code = props.CodeUri as { Bucket?: unknown; Key?: unknown; Version?: unknown } | string | undefined;
  if (typeof code !== 'object' || code === null || code.Bucket === undefined || code.Key === undefined) {
    fail(id, `CodeUri ${JSON.stringify(code)} (not a packaged {Bucket, Key}: package the templates first)`);
  }
  const { Bucket, Key, Version } = code as { Bucket: unknown; Key: unknown; Version?: unknown };
  const out: Value = {
    Code: { S3Bucket: Bucket, S3Key: Key, ...(Version !== undefined ? { S3ObjectVersion: Version } : {}) },
  };
  for (const key of SAME) if (props[key] !== undefined) out[key] = props[key];
  if (props.Tracing !== undefined) out.TracingConfig = { Mode: props.Tracing };
  const dlq = props.DeadLetterQueue as { Type?: string; TargetArn?: unknown } | undefined;
  if (dlq) {
    if (dlq.Type !== 'SQS' && dlq.Type !== 'SNS') fail(id, `DeadLetterQueue type ${String(dlq.Type)}`);
    out.DeadLetterConfig = { TargetArn: dlq.TargetArn };
  }
  const tags = props.Tags as Record<string, unknown> | undefined;
  if (tags) out.Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  return out;
}

/**
 * Every AWS::Serverless::Function of a template's resources replaced by its AWS::Lambda::Function
 * (same logical id, so `!Ref` and `!GetAtt X.Arn` keep working), plus what its events make:
 * a Cognito trigger sets the pool's LambdaConfig and adds `<Fn>CognitoPermission`, as SAM does.
 * The function keeps its metadata (its rule-pack answers); the permission answers nothing.
 */
export function expandFunctions(resources: readonly Entry<Value>[]): Entry<Value>[] {
  const out = resources.map((r) => ({ ...r }));
  const index = new Map(out.map((r, i) => [r.id, i]));
  const added: Entry<Value>[] = [];
  for (const [i, r] of out.entries()) {
    if (r.value.Type !== 'AWS::Serverless::Function') continue;
    const { Type: _type, Properties, ...attributes } = r.value as { Type: string; Properties: Value } & Value;
    out[i] = {
      ...r,
      value: { Type: 'AWS::Lambda::Function', ...attributes, Properties: lambdaProperties(r.id, Properties) },
    };
    const carried = Object.fromEntries(
      CARRIED.filter((k) => attributes[k] !== undefined).map((k) => [k, attributes[k]]),
    );
    const events = (Properties.Events ?? {}) as Record<string, { Type: string; Properties: Value }>;
    for (const [name, event] of Object.entries(events)) {
      if (event.Type !== 'Cognito') fail(r.id, `event ${name} of type ${event.Type}`);
      const { UserPool, Trigger, ...other } = event.Properties as {
        UserPool: { fn?: string; arg?: unknown };
        Trigger: unknown;
      };
      if (Object.keys(other).length > 0) fail(r.id, `Cognito event property ${Object.keys(other).join(', ')}`);
      const poolId = UserPool?.fn === 'Ref' ? (UserPool.arg as string) : undefined;
      const at = poolId === undefined ? undefined : index.get(poolId);
      if (at === undefined) fail(r.id, `event ${name}: UserPool is not a !Ref to a pool of this template`);
      const triggers = Array.isArray(Trigger) ? (Trigger as string[]) : [Trigger as string];
      const pool = out[at!].value as { Properties: Value };
      const lambdaConfig = { ...(pool.Properties.LambdaConfig as Value | undefined) };
      for (const trigger of triggers) lambdaConfig[trigger] = getAtt(r.id, 'Arn');
      out[at!] = { ...out[at!], value: { ...pool, Properties: { ...pool.Properties, LambdaConfig: lambdaConfig } } };
      added.push({
        id: `${r.id}CognitoPermission`,
        comment: `Lets the user pool ${poolId} invoke ${r.id} (its ${triggers.join(', ')} trigger).`,
        value: {
          Type: 'AWS::Lambda::Permission',
          ...carried,
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: ref(r.id),
            Principal: 'cognito-idp.amazonaws.com',
            SourceArn: getAtt(poolId!, 'Arn'),
          },
        },
      });
    }
  }
  return [...out, ...added];
}
