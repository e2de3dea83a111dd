// A rule-pack finding a resource answers with a reason instead of a fix. Written into the
// resource's `Metadata.cdk_nag.rules_to_suppress` (cdk-nag's v2 format, which `mysfits review`
// reads and which SAM copies onto every resource it generates from a function), so the reason
// stands in the template next to the resource it excuses.

/** The packs whose rules a template may answer (cdk-nag's rule-id prefixes). */
const RULE_ID = /^(AwsSolutions|Serverless|NIST\.800\.53\.R5)-[A-Za-z0-9]+$/;

export interface Suppression {
  /** The rule, e.g. `AwsSolutions-IAM5`. */
  readonly rule: string;
  /** For a rule that reports findings (IAM4, IAM5): exactly which, e.g. `Resource::*`. */
  readonly findings?: readonly string[];
  /** Why the finding does not apply, or why it is accepted: at least one sentence a reviewer can check. */
  readonly reason: string;
}

/** Rules that report one finding per offending value: a suppression must name the values. */
const PER_FINDING_RULES = new Set(['AwsSolutions-IAM4', 'AwsSolutions-IAM5']);

/** The metadata entries, after checking each suppression is well formed. */
export function suppressionMetadata(
  resourceId: string,
  suppressions: readonly Suppression[],
): { id: string; reason: string; applies_to?: string[] }[] {
  return suppressions.map((s) => {
    const where = `resource ${resourceId}, suppression of ${s.rule}`;
    if (!RULE_ID.test(s.rule)) throw new Error(`${where}: not a rule id of a pack the review runs`);
    if (!/^[A-Z].{23,}[.)]$/s.test(s.reason.trim()) || s.reason.includes('\n')) {
      throw new Error(`${where}: the reason must be one line of at least one full sentence`);
    }
    if (PER_FINDING_RULES.has(s.rule) && !s.findings?.length) {
      throw new Error(`${where}: name the findings it answers (the rule reports each wildcard apart)`);
    }
    return { id: s.rule, reason: s.reason, ...(s.findings?.length ? { applies_to: [...s.findings] } : {}) };
  });
}
