// How long a launch takes to a working app, read from the templates: every resource starts once
// what it refers to (Ref, GetAtt, Sub, DependsOn) is done, and takes a typical time for its type;
// a nested stack takes as long as its own longest chain. The longest chain from main.yml is the
// critical path: the resources a faster launch would have to speed up. Typical figures, not
// measurements; a table of types (TYPICAL_MINUTES), with the default for the rest.
import { nestedFile, NESTED_STACK_TYPES, referencesOf, type ReviewTemplate } from './model.js';

/** Typical minutes CloudFormation spends creating a resource of a type, and where the figure comes from. */
export const TYPICAL_MINUTES: Readonly<Record<string, { minutes: number; source: string }>> = {
  'AWS::EC2::NatGateway': { minutes: 2, source: 'a NAT gateway becomes available in a few minutes (VPC guide)' },
  'AWS::EC2::VPCEndpoint': { minutes: 1.5, source: 'interface endpoints take a minute or two to become available' },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    minutes: 3,
    source: 'a network load balancer is provisioning for a few minutes',
  },
  'AWS::ApiGateway::VpcLink': {
    minutes: 5,
    source: 'a VPC link V1 is a PrivateLink endpoint service: several minutes (API Gateway guide)',
  },
  'AWS::ApiGatewayV2::VpcLink': {
    minutes: 3,
    source:
      "a VPC link V2 is ready when API Gateway has made its network interfaces: a few minutes (API Gateway guide; CloudFormation's reference allows up to 10)",
  },
  'AWS::CloudFront::Distribution': {
    minutes: 5,
    source: 'a distribution deploys to the edge in about 5 minutes (CloudFront guide)',
  },
  'Custom::ServiceImage': {
    minutes: 6,
    source: 'CodeBuild provisions a build (1-2 min), npm ci, the bundle and the docker build and push',
  },
  'AWS::ECS::Service': {
    minutes: 3,
    source: 'tasks start and pass 3 health checks 10 s apart after the 60 s grace period',
  },
  'Custom::SiteContent': {
    minutes: 1.5,
    source: "the site's files copied, then a CloudFront invalidation (about a minute)",
  },
  'AWS::DynamoDB::Table': { minutes: 0.5, source: 'an on-demand table with two indexes' },
  'AWS::IAM::Role': { minutes: 0.3, source: 'CloudFormation waits for IAM to propagate a new role' },
  'AWS::Lambda::Function': { minutes: 0.3, source: 'a function with its code from S3' },
  'AWS::Serverless::Function': { minutes: 0.3, source: 'a function with its code from S3' },
};
const DEFAULT_MINUTES = 0.1;

export interface PathStep {
  /** `main.yml`, or the nested template the resource is in. */
  readonly file: string;
  readonly id: string;
  readonly type: string;
  /** When it is done, in minutes from the launch. */
  readonly doneAt: number;
  /** Its own share of that time. */
  readonly minutes: number;
}

export interface Timeline {
  readonly minutes: number;
  /** The critical path, first resource first; a nested stack is replaced by its own path. */
  readonly path: readonly PathStep[];
}

const minutesOf = (type: string): number => TYPICAL_MINUTES[type]?.minutes ?? DEFAULT_MINUTES;

/** The timeline of `root` (main.yml) with the nested templates it names from `templates`. */
export function timeline(templates: readonly ReviewTemplate[], root = 'main.yml'): Timeline {
  const byFile = new Map(templates.map((t) => [t.file, t]));
  const files = templates.map((t) => t.file);
  const memo = new Map<string, Timeline>();

  const of = (file: string, offset: number): Timeline => {
    const t = byFile.get(file);
    if (!t) return { minutes: 0, path: [] };
    const ids = new Set(t.parsed.resources.map((r) => r.id));
    const done = new Map<string, number>();
    const via = new Map<string, string | undefined>();
    const nested = new Map<string, Timeline>();
    const visit = (id: string, stack: Set<string>): number => {
      const known = done.get(id);
      if (known !== undefined) return known;
      if (stack.has(id)) return 0; // a cycle would be a template error; cfn-lint reports it
      stack.add(id);
      const r = t.parsed.resources.find((x) => x.id === id)!;
      let start = 0;
      let from: string | undefined;
      for (const ref of referencesOf(r)) {
        if (!ids.has(ref.target)) continue;
        const end = visit(ref.target, stack);
        if (end > start) [start, from] = [end, ref.target];
      }
      let own = minutesOf(r.type);
      const child = NESTED_STACK_TYPES.has(r.type) ? nestedFile(r, files) : undefined;
      if (child) {
        const inner = memo.get(child) ?? of(child, 0);
        memo.set(child, inner);
        nested.set(id, inner);
        own = inner.minutes;
      }
      done.set(id, start + own);
      via.set(id, from);
      stack.delete(id);
      return start + own;
    };
    for (const id of ids) visit(id, new Set());
    let last: string | undefined = [...done].sort((a, b) => b[1] - a[1])[0]?.[0];
    const chain: string[] = [];
    while (last) {
      chain.unshift(last);
      last = via.get(last);
    }
    const path: PathStep[] = [];
    for (const id of chain) {
      const r = t.parsed.resources.find((x) => x.id === id)!;
      const inner = nested.get(id);
      const startAt = offset + (done.get(id)! - (inner ? inner.minutes : minutesOf(r.type)));
      if (inner) path.push(...inner.path.map((s) => ({ ...s, doneAt: s.doneAt + startAt })));
      else path.push({ file, id, type: r.type, doneAt: offset + done.get(id)!, minutes: minutesOf(r.type) });
    }
    return { minutes: Math.max(0, ...done.values()), path };
  };
  return of(root, 0);
}

/** The steps worth naming: the slow ones (a minute or more), in order. */
export function slowSteps(t: Timeline, atLeast = 1): PathStep[] {
  return t.path.filter((s) => s.minutes >= atLeast);
}
