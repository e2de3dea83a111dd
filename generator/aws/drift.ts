// Drift: what changed outside CloudFormation. Detection runs on the root stack and on every nested
// stack (DetectStackDrift covers one stack only), each waited for, then per drifted resource the
// properties that differ, expected (the template) against actual.
import {
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type CloudFormationClient,
  type Stack,
  type StackResourceDrift,
} from '@aws-sdk/client-cloudformation';
import { allPages, sleepMs } from './paging.js';
import { flatten, stackTree } from './stacks.js';

export interface PropertyDrift {
  readonly path: string;
  /** ADD, REMOVE or NOT_EQUAL. */
  readonly difference: string;
  readonly expected?: string;
  readonly actual?: string;
}

export interface ResourceDrift {
  readonly logicalId: string;
  readonly physicalId?: string;
  readonly type: string;
  /** MODIFIED or DELETED. */
  readonly status: string;
  readonly properties: readonly PropertyDrift[];
}

export interface StackDrift {
  readonly label: string;
  readonly stackId: string;
  /** IN_SYNC, DRIFTED, or UNKNOWN when detection failed. */
  readonly status: string;
  /** Why detection failed or was partial (a resource type it cannot check, say). */
  readonly reason?: string;
  readonly checked: number;
  readonly drifted: readonly ResourceDrift[];
}

const DRIFTED = ['MODIFIED', 'DELETED'] as const;

async function detectOne(
  cf: CloudFormationClient,
  stackId: string,
  pollMs: number,
  sleep: (ms: number) => Promise<void>,
): Promise<{ status: string; reason?: string }> {
  const { StackDriftDetectionId } = await cf.send(new DetectStackDriftCommand({ StackName: stackId }));
  for (;;) {
    const r = await cf.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    if (r.DetectionStatus !== 'DETECTION_IN_PROGRESS') {
      return {
        status:
          r.DetectionStatus === 'DETECTION_FAILED' && !r.StackDriftStatus
            ? 'UNKNOWN'
            : (r.StackDriftStatus ?? 'UNKNOWN'),
        reason: r.DetectionStatus === 'DETECTION_FAILED' ? (r.DetectionStatusReason ?? 'detection failed') : undefined,
      };
    }
    await sleep(pollMs);
  }
}

function resourceDrift(d: StackResourceDrift): ResourceDrift {
  return {
    logicalId: d.LogicalResourceId ?? '?',
    physicalId: d.PhysicalResourceId,
    type: d.ResourceType ?? '?',
    status: d.StackResourceDriftStatus ?? '?',
    properties: (d.PropertyDifferences ?? []).map((p) => ({
      path: p.PropertyPath ?? '?',
      difference: p.DifferenceType ?? '?',
      expected: p.ExpectedValue,
      actual: p.ActualValue,
    })),
  };
}

/** Detects drift on the stack and each nested stack (started together, each waited for). */
export async function detectDrift(
  cf: CloudFormationClient,
  stack: Stack,
  options: { pollMs: number; sleep?: (ms: number) => Promise<void>; onStack?: (label: string) => void },
): Promise<StackDrift[]> {
  const nodes = flatten(await stackTree(cf, stack));
  const sleep = options.sleep ?? sleepMs;
  return Promise.all(
    nodes.map(async (node) => {
      options.onStack?.(node.label);
      const result = await detectOne(cf, node.id, options.pollMs, sleep);
      const drifts =
        result.status === 'DRIFTED'
          ? await allPages(async (NextToken) => {
              const r = await cf.send(
                new DescribeStackResourceDriftsCommand({
                  StackName: node.id,
                  StackResourceDriftStatusFilters: [...DRIFTED],
                  NextToken,
                }),
              );
              return [r.StackResourceDrifts, r.NextToken];
            })
          : [];
      return {
        label: node.label,
        stackId: node.id,
        status: result.status,
        reason: result.reason,
        checked: node.resources.length,
        // Nested stacks drift when their resources do: they are reported on their own.
        drifted: drifts.filter((d) => d.ResourceType !== 'AWS::CloudFormation::Stack').map(resourceDrift),
      };
    }),
  );
}

/** In sync only when every stack is. */
export const inSync = (stacks: readonly StackDrift[]): boolean => stacks.every((s) => s.status === 'IN_SYNC');

/** The report, a line per fact. */
export function driftLines(stacks: readonly StackDrift[]): string[] {
  const lines: string[] = [];
  for (const s of stacks) {
    lines.push(`${s.label}: ${s.status}${s.reason ? ` (${s.reason})` : ''}`);
    for (const r of s.drifted) {
      lines.push(`  ${r.status} ${r.logicalId} (${r.type})${r.physicalId ? ` ${r.physicalId}` : ''}`);
      for (const p of r.properties) {
        lines.push(
          `    ${p.path}: ${p.difference === 'ADD' ? 'added' : p.difference === 'REMOVE' ? 'removed' : 'changed'}; expected ${p.expected ?? '(none)'}, actual ${p.actual ?? '(none)'}`,
        );
      }
    }
  }
  return lines;
}
