// Deleting stacks as the tutorials' cleanup section did by hand: empty the buckets CloudFormation
// would otherwise fail to delete (every version and delete marker), delete stacks that import
// from others first, wait, and say what stays behind (DeletionPolicy Retain, log groups that
// Lambda creates at run time) with the command that removes it.
import {
  DeleteStackCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListImportsCommand,
  type CloudFormationClient,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { DeleteObjectsCommand, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import { parseTemplate } from '../core/parse.js';
import { allPages } from './paging.js';
import { flatten, stackTree, type StackNode } from './stacks.js';

export interface BucketToEmpty {
  readonly label: string;
  readonly logicalId: string;
  readonly bucket: string;
}

export interface RetainedItem {
  readonly label: string;
  readonly logicalId: string;
  readonly type: string;
  readonly physicalId: string;
  readonly why: string;
  readonly remove: string;
}

export interface StackPlan {
  readonly stack: Stack;
  readonly tree: StackNode;
  readonly buckets: readonly BucketToEmpty[];
  readonly retained: readonly RetainedItem[];
  /** What may block the deletion, with what to do about it. */
  readonly warnings: readonly string[];
  /** Resources per stack label: the totals for progress. */
  readonly totals: ReadonlyMap<string, number>;
}

const KEEPS = new Set(['Retain', 'RetainExceptOnCreate', 'Snapshot']);

function removalCommand(type: string, id: string, region: string): string {
  const r = ` --region ${region}`;
  switch (type) {
    case 'AWS::Logs::LogGroup':
      return `aws logs delete-log-group --log-group-name ${id}${r}`;
    case 'AWS::ECR::Repository':
      return `aws ecr delete-repository --repository-name ${id} --force${r} (--force deletes its images)`;
    case 'AWS::S3::Bucket':
      return `empty every version (S3 console: Empty), then aws s3api delete-bucket --bucket ${id}${r}`;
    case 'AWS::DynamoDB::Table':
      return `aws dynamodb delete-table --table-name ${id}${r} (turn off deletion protection first if on)`;
    case 'AWS::Cognito::UserPool':
      // cognito.deletionProtection (the default) keeps the pool protected as well as retained.
      return `aws cognito-idp update-user-pool --user-pool-id ${id} --deletion-protection INACTIVE${r}, then aws cognito-idp delete-user-pool --user-pool-id ${id}${r} (its users go with it)`;
    case 'AWS::KMS::Key':
      return `aws kms schedule-key-deletion --key-id ${id}${r}`;
    default:
      return `delete ${id} (${type}) in its service's console or CLI`;
  }
}

const LAMBDA_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/** What deleting one stack tree involves: buckets to empty, what stays, how many resources. */
export async function planStackDeletion(cf: CloudFormationClient, stack: Stack, region: string): Promise<StackPlan> {
  const tree = await stackTree(cf, stack);
  const buckets: BucketToEmpty[] = [];
  const retained: RetainedItem[] = [];
  const warnings: string[] = [];
  const totals = new Map<string, number>();
  for (const node of flatten(tree)) {
    totals.set(node.label, node.resources.length);
    const policies = new Map<string, string | undefined>();
    const emptiedOnDelete = new Set<string>();
    const declaredLogGroups = new Set<string>();
    try {
      const body = (await cf.send(new GetTemplateCommand({ StackName: node.id, TemplateStage: 'Processed' })))
        .TemplateBody;
      if (body) {
        for (const r of parseTemplate(body, node.label).resources) {
          policies.set(r.id, r.deletionPolicy);
          if (r.properties.EmptyOnDelete === true) emptiedOnDelete.add(r.id);
          const name = r.properties.LogGroupName;
          if (r.type === 'AWS::Logs::LogGroup' && typeof name === 'string') declaredLogGroups.add(name);
        }
      }
    } catch {
      // Without the template we cannot see DeletionPolicy: every bucket is treated as deleted.
    }
    for (const r of node.resources) {
      const id = r.PhysicalResourceId;
      if (!id || r.ResourceStatus === 'DELETE_COMPLETE') continue;
      const policy = policies.get(r.LogicalResourceId ?? '');
      const type = r.ResourceType ?? '?';
      if (policy && KEEPS.has(policy)) {
        retained.push({
          label: node.label,
          logicalId: r.LogicalResourceId ?? '?',
          type,
          physicalId: id,
          why: `DeletionPolicy: ${policy}`,
          remove: removalCommand(type, id, region),
        });
        continue;
      }
      if (type === 'AWS::ECR::Repository' && !emptiedOnDelete.has(r.LogicalResourceId ?? '')) {
        warnings.push(
          `ECR repository ${id} (${node.label} ${r.LogicalResourceId}) has no EmptyOnDelete: if it holds images its deletion fails; then run ${removalCommand(type, id, region)} and destroy again`,
        );
      }
      if (type === 'AWS::S3::Bucket')
        buckets.push({ label: node.label, logicalId: r.LogicalResourceId ?? '?', bucket: id });
      if (LAMBDA_TYPES.has(type) && !declaredLogGroups.has(`/aws/lambda/${id}`)) {
        const group = `/aws/lambda/${id}`;
        retained.push({
          label: node.label,
          logicalId: r.LogicalResourceId ?? '?',
          type: 'AWS::Logs::LogGroup',
          physicalId: group,
          why: 'created by Lambda when the function first ran, so not part of the stack (if it ran)',
          remove: removalCommand('AWS::Logs::LogGroup', group, region),
        });
      }
    }
  }
  return { stack, tree, buckets, retained, warnings, totals };
}

export interface EmptyResult {
  readonly versions: number;
  readonly deleteMarkers: number;
  readonly missing: boolean;
}

/** Deletes every object version and delete marker, 1,000 per request. */
export async function emptyBucket(s3: S3Client, bucket: string): Promise<EmptyResult> {
  let versions = 0;
  let deleteMarkers = 0;
  try {
    for (;;) {
      // Always the first page: each round deletes what it lists, so the next listing starts anew.
      const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, MaxKeys: 1000 }));
      const objects = [
        ...(page.Versions ?? []).map((v) => ({ Key: v.Key!, VersionId: v.VersionId })),
        ...(page.DeleteMarkers ?? []).map((m) => ({ Key: m.Key!, VersionId: m.VersionId })),
      ];
      if (objects.length === 0) break;
      const r = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
      if (r.Errors && r.Errors.length > 0) {
        const e = r.Errors[0];
        throw new Error(`cannot empty bucket ${bucket}: ${e.Key} ${e.VersionId ?? ''}: ${e.Code} ${e.Message ?? ''}`);
      }
      versions += page.Versions?.length ?? 0;
      deleteMarkers += page.DeleteMarkers?.length ?? 0;
    }
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchBucket') return { versions, deleteMarkers, missing: true };
    throw err;
  }
  return { versions, deleteMarkers, missing: false };
}

/** Names of the exports of a stack, from its outputs. */
const exportsOf = (stack: Stack): string[] =>
  (stack.Outputs ?? []).map((o) => o.ExportName).filter((n): n is string => !!n);

async function importersOf(cf: CloudFormationClient, exportName: string): Promise<string[] | undefined> {
  try {
    return await allPages(async (NextToken) => {
      const r = await cf.send(new ListImportsCommand({ ExportName: exportName, NextToken }));
      return [r.Imports, r.NextToken];
    });
  } catch (err) {
    if (/not imported by any stack/i.test((err as Error).message)) return [];
    return undefined;
  }
}

/** Literal `Fn::ImportValue` names in a template: the fallback where ListImports is not served. */
function importsInTemplate(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => importsInTemplate(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'Fn::ImportValue' && typeof v === 'string') out.add(v);
      else importsInTemplate(v, out);
    }
  }
  return out;
}

/**
 * Every live stack's literal imports: the fallback where ListImports is not served (moto). A
 * stack whose template cannot be read (no permission, an unreadable template) is skipped with
 * a note: it cannot be checked, and CloudFormation still refuses to delete an export in use.
 */
async function importsOfEveryStack(
  cf: CloudFormationClient,
  note: (line: string) => void,
): Promise<Map<string, Set<string>>> {
  const stacks = await allPages(async (NextToken) => {
    const r = await cf.send(new DescribeStacksCommand({ NextToken }));
    return [r.Stacks, r.NextToken];
  });
  const out = new Map<string, Set<string>>();
  for (const s of stacks) {
    try {
      const body = (await cf.send(new GetTemplateCommand({ StackName: s.StackId }))).TemplateBody ?? '';
      out.set(s.StackName!, importsInTemplate(parseTemplate(body, s.StackName!).data, new Set()));
    } catch (err) {
      note(
        `note: could not read the template of stack ${s.StackName} to check its imports (${(err as Error).message.split('\n')[0]}); skipped`,
      );
    }
  }
  return out;
}

/**
 * The order to delete stacks in: a stack that imports another's export goes first. Throws when
 * a stack outside the selection imports from one inside it (CloudFormation would refuse).
 */
export async function deletionOrder(
  cf: CloudFormationClient,
  stacks: readonly Stack[],
  note: (line: string) => void = () => {},
): Promise<Stack[]> {
  const byName = new Map(stacks.map((s) => [s.StackName!, s]));
  const dependsOn = new Map<string, Set<string>>(stacks.map((s) => [s.StackName!, new Set<string>()]));
  let scanned: Map<string, Set<string>> | undefined;
  for (const exporter of stacks) {
    for (const name of exportsOf(exporter)) {
      let importers = await importersOf(cf, name);
      if (importers === undefined) {
        scanned ??= await importsOfEveryStack(cf, note);
        importers = [...scanned].filter(([, imports]) => imports.has(name)).map(([stack]) => stack);
      }
      for (const importer of importers) {
        if (!byName.has(importer)) {
          throw new Error(
            `stack ${importer} imports ${name} from ${exporter.StackName}: destroy ${importer} first, or name it too`,
          );
        }
        // The exporter waits for its importer.
        dependsOn.get(exporter.StackName!)!.add(importer);
      }
    }
  }
  const order: Stack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`stacks import from each other in a cycle through ${name}`);
    state.set(name, 'visiting');
    for (const first of dependsOn.get(name) ?? []) visit(first);
    state.set(name, 'done');
    order.push(byName.get(name)!);
  };
  for (const s of stacks) visit(s.StackName!);
  return order;
}

export async function deleteStack(cf: CloudFormationClient, stackId: string): Promise<void> {
  await cf.send(new DeleteStackCommand({ StackName: stackId }));
}
