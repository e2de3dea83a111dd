// Whether a region has every resource type a mode's templates use, from cfn-lint's region data
// (generated/region-types.ts, made by `npm run gen:regions`). China lacks Cognito and CloudFront's
// origin access control, GovCloud CloudFront, some new regions CodeBuild: a launch there would
// fail on the first missing type, so package refuses it up front and names what is missing.
import type { Template } from '../core/template.js';
import { KNOWN_REGIONS, MISSING_TYPES, USED_TYPES } from '../config/generated/region-types.js';

/** SAM types are checked as what they deploy; custom resources run wherever CloudFormation does. */
const DEPLOYED_AS: Readonly<Record<string, string>> = { 'AWS::Serverless::Function': 'AWS::Lambda::Function' };

/** The resource types a set of templates deploys. */
export function deployedTypes(templates: Iterable<Template>): string[] {
  const types = new Set<string>();
  for (const t of templates) {
    for (const r of t.resources) {
      const type = String((r.value as { Type: string }).Type);
      if (!type.startsWith('Custom::')) types.add(DEPLOYED_AS[type] ?? type);
    }
  }
  return [...types].sort();
}

export class RegionDataError extends Error {}

/** The types of `types` that `region` lacks (none when cfn-lint has no data for the region). */
export function missingTypes(region: string, types: readonly string[]): string[] {
  const unknown = types.filter((t) => !USED_TYPES.includes(t));
  if (unknown.length > 0) {
    throw new RegionDataError(
      `the region data has no word on ${unknown.join(', ')}: run \`npm run gen:regions\` after adding a resource type`,
    );
  }
  if (!KNOWN_REGIONS.includes(region)) return [];
  const lacks = MISSING_TYPES[region] ?? [];
  return types.filter((t) => lacks.includes(t));
}

/** Whether cfn-lint's data covers the region at all. */
export const regionKnown = (region: string): boolean => KNOWN_REGIONS.includes(region);
