// Tags, applied once per template (as the CDK's `Tags.of(scope).add`): every resource whose type
// takes tags gets the given ones, in the form its type takes them (the specification's tag
// information, spec/generated/tagging.ts), plus its Name tag if it asked for one. Builders never
// write tags, so a template deployed on its own is tagged as fully as one nested in main.yml
// (whose stacks pass their tags down only to what they create).
import { TAGGING } from '../spec/generated/tagging.js';
import { sub, type Intrinsic } from './intrinsics.js';
import type { Template } from './template.js';

/** The tags of a resource type, or undefined if it takes none (custom resources, associations ...). */
export const taggingOf = (type: string): (typeof TAGGING)[string] | undefined => TAGGING[type];

/** The tags in key order (one order for every resource and every run). */
const sorted = (tags: Readonly<Record<string, string>>): [string, string][] =>
  Object.entries(tags).sort(([a], [b]) => a.localeCompare(b));

/**
 * Adds `tags` to every taggable resource of `t`, and each resource's Name tag
 * (`<stack>-<nameTag>`, which wins over a `Name` in `tags`). A builder that set a tag property
 * itself, or a Name tag on a type without tags, is a mistake: it throws.
 */
export function applyTags(t: Template, tags: Readonly<Record<string, string>>): void {
  for (const { id, value } of t.resources) {
    const type = value.Type as string;
    const tagging = taggingOf(type);
    const nameTag = t.nameTagOf(id);
    if (!tagging) {
      if (nameTag !== undefined) throw new Error(`resource ${id}: ${type} takes no tags, so no Name tag`);
      continue;
    }
    const properties = (value.Properties ?? {}) as Record<string, unknown>;
    if (properties[tagging.property] !== undefined) {
      throw new Error(`resource ${id} sets ${tagging.property} itself: tags are applied once, by core/tags.ts`);
    }
    const entries: [string, string | Intrinsic][] = [
      ...(nameTag !== undefined ? [['Name', sub(`\${AWS::StackName}-${nameTag}`)] as [string, Intrinsic]] : []),
      ...sorted(tags).filter(([key]) => key !== 'Name' || nameTag === undefined),
    ];
    if (entries.length === 0) continue;
    const given =
      tagging.form === 'map'
        ? Object.fromEntries(entries)
        : entries.map(([Key, Value]) =>
            tagging.form === 'asg' ? { Key, Value, PropagateAtLaunch: true } : { Key, Value },
          );
    value.Properties = { ...properties, [tagging.property]: given };
  }
}
