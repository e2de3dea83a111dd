// Every IAM statement in the templates (role trust and inline policies, managed and standalone
// policies, resource policies on buckets, queues, topics, endpoints, repositories and keys,
// Lambda permissions, SAM function policies) with its actions and resources, wildcards flagged.
import type { ParsedResource } from '../core/parse.js';
import { asArray, show, type ReviewTemplate } from './model.js';

export interface IamStatement {
  readonly file: string;
  readonly resource: string;
  readonly type: string;
  /** Which policy of the resource: `trust`, the inline policy's name, `PolicyDocument` ... */
  readonly policy: string;
  readonly effect: string;
  readonly principal?: string;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly condition: boolean;
  readonly flags: readonly string[];
}

interface Statement {
  Effect?: unknown;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: unknown;
}

function principalText(p: unknown): string | undefined {
  if (p === undefined) return undefined;
  if (typeof p === 'string') return p;
  if (p && typeof p === 'object' && !('Ref' in p) && !('Fn::Sub' in p) && !('Fn::GetAtt' in p)) {
    return Object.entries(p as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${asArray(v).map(show).join(', ')}`)
      .join('; ');
  }
  return show(p);
}

/** Wildcards worth a reviewer's look, most serious first. */
export function flagsOf(s: Statement, isTrust: boolean, isEndpoint = false): string[] {
  const flags: string[] = [];
  const allow = show(s.Effect) !== 'Deny';
  const actions = asArray(s.Action).map(show);
  const resources = asArray(s.Resource).map(show);
  if (!allow) return flags;
  if (s.NotAction !== undefined) flags.push('NotAction: allows everything not listed');
  if (s.NotResource !== undefined) flags.push('NotResource: applies to everything not listed');
  if (actions.includes('*')) flags.push('Action "*": every action of every service');
  for (const a of actions.filter((a) => a !== '*' && a.includes('*'))) flags.push(`action wildcard ${a}`);
  if (!isTrust) {
    if (resources.includes('*')) flags.push('Resource "*": any resource');
    for (const r of resources.filter((r) => r !== '*' && r.includes('*'))) flags.push(`resource pattern ${r}`);
  }
  const principal = principalText(s.Principal);
  if ((principal === '*' || principal === 'AWS: *') && isEndpoint) {
    flags.push('Principal "*": any caller inside the VPC (an endpoint policy only narrows what IAM allows)');
  } else if (principal === '*' || principal === 'AWS: *') {
    flags.push(
      s.Condition === undefined ? 'Principal "*" with no condition: anyone' : 'Principal "*" (narrowed by a condition)',
    );
  }
  return flags;
}

function statements(doc: unknown): Statement[] {
  return asArray((doc as { Statement?: unknown } | undefined)?.Statement) as Statement[];
}

/** Policy documents of a resource, by name. */
function documentsOf(r: ParsedResource): { policy: string; doc: unknown; trust?: boolean }[] {
  const p = r.properties;
  switch (r.type) {
    case 'AWS::IAM::Role':
      return [
        { policy: 'trust', doc: p.AssumeRolePolicyDocument, trust: true },
        ...(asArray(p.Policies) as { PolicyName?: unknown; PolicyDocument?: unknown }[]).map((x) => ({
          policy: show(x.PolicyName),
          doc: x.PolicyDocument,
        })),
      ];
    case 'AWS::IAM::Policy':
    case 'AWS::IAM::ManagedPolicy':
      return [{ policy: show(p.PolicyName ?? p.ManagedPolicyName) || r.id, doc: p.PolicyDocument }];
    case 'AWS::S3::BucketPolicy':
    case 'AWS::SQS::QueuePolicy':
    case 'AWS::SNS::TopicPolicy':
    case 'AWS::EC2::VPCEndpoint':
      return p.PolicyDocument ? [{ policy: 'PolicyDocument', doc: p.PolicyDocument }] : [];
    case 'AWS::ECR::Repository':
      return p.RepositoryPolicyText ? [{ policy: 'RepositoryPolicyText', doc: p.RepositoryPolicyText }] : [];
    case 'AWS::KMS::Key':
      return p.KeyPolicy ? [{ policy: 'KeyPolicy', doc: p.KeyPolicy }] : [];
    case 'AWS::Serverless::Function':
      return asArray(p.Policies)
        .filter((x) => x && typeof x === 'object' && 'Statement' in (x as object))
        .map((doc, i) => ({ policy: `Policies[${i}]`, doc }));
    default:
      return [];
  }
}

export function findIamStatements(templates: readonly ReviewTemplate[]): IamStatement[] {
  const out: IamStatement[] = [];
  for (const t of templates) {
    for (const r of t.parsed.resources) {
      const base = { file: t.file, resource: r.id, type: r.type };
      for (const { policy, doc, trust } of documentsOf(r)) {
        for (const s of statements(doc)) {
          out.push({
            ...base,
            policy,
            effect: show(s.Effect) || 'Allow',
            principal: principalText(s.Principal ?? s.NotPrincipal),
            actions: asArray(s.Action ?? s.NotAction).map(show),
            resources: trust ? [] : asArray(s.Resource ?? s.NotResource).map(show),
            condition: s.Condition !== undefined,
            flags: flagsOf(s, trust === true, r.type === 'AWS::EC2::VPCEndpoint'),
          });
        }
      }
      for (const arn of asArray(r.properties.ManagedPolicyArns).map(show)) {
        if (r.type !== 'AWS::IAM::Role' && r.type !== 'AWS::IAM::User' && r.type !== 'AWS::IAM::Group') continue;
        const broad = /AdministratorAccess|FullAccess|PowerUser/.test(arn);
        out.push({
          ...base,
          policy: 'managed policy',
          effect: 'Allow',
          actions: [`(the actions of ${arn.split('/').pop()})`],
          resources: [arn],
          condition: false,
          flags: broad ? [`broad AWS managed policy ${arn.split('/').pop()}`] : [],
        });
      }
      if (r.type === 'AWS::Serverless::Function') {
        for (const x of asArray(r.properties.Policies)) {
          if (typeof x === 'string' || (x && typeof x === 'object' && !('Statement' in (x as object)))) {
            const name = typeof x === 'string' ? x : Object.keys(x as object)[0];
            out.push({
              ...base,
              policy: 'SAM policy',
              effect: 'Allow',
              actions: [`(SAM policy template ${name})`],
              resources: [show(typeof x === 'string' ? '' : (x as Record<string, unknown>)[name])],
              condition: false,
              flags: [],
            });
          }
        }
      }
      if (r.type === 'AWS::Lambda::Permission') {
        const flags: string[] = [];
        const principal = show(r.properties.Principal);
        if (r.properties.SourceArn === undefined && r.properties.SourceAccount === undefined) {
          flags.push(`no SourceArn: any ${principal} resource may invoke`);
        }
        if (principal === '*') flags.push('Principal "*": anyone may invoke');
        out.push({
          ...base,
          policy: 'resource policy',
          effect: 'Allow',
          principal,
          actions: [show(r.properties.Action)],
          resources: [show(r.properties.FunctionName)],
          condition: r.properties.SourceArn !== undefined,
          flags,
        });
      }
    }
  }
  return out;
}
