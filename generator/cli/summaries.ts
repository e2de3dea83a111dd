// Each command's one-line summary, declared once: the main help lists them without loading the
// commands (main.ts imports each on demand), and each command's --help prints its own. A command
// group (pipeline, stackset) is one top-level name whose verbs are commands of their own:
// `mysfits pipeline push`, listed by `mysfits pipeline --help`, helped by `mysfits help pipeline push`.
export const SUMMARIES = {
  generate: 'Write the CloudFormation templates for the config.',
  package: 'Package the templates and assets per region, with a Launch Stack page.',
  publish: 'Upload the packaged templates and assets to the artifact buckets.',
  seed: 'Put the catalogue of mysfits into a DynamoDB table.',
  deploy: 'Create or update a stack through a change set, with progress.',
  diff: 'Show what deploying a template would change; never executes.',
  outputs: "Print a deployed stack's outputs.",
  status: "The app's stacks, alarms in ALARM and endpoints; exit 1 if anything is wrong.",
  logs: 'Every log of the app merged by time; --follow through Live Tail.',
  drift: 'Detect drift on the stack and its nested stacks; per resource, what differs.',
  destroy: 'Delete stacks after emptying their buckets; report what is retained.',
  review: 'Write an offline ops review of the templates (Markdown, HTML, SVG diagram).',
  swagger: "Write api-swagger.json with a deployed stack's values.",
  zones: "Plan the app stack's availability zones as deploy does; write them as a template configuration.",
  pipeline: 'The delivery pipeline: its stack, its source and its runs (deploy, push, status).',
  stackset: 'Deploy to many accounts and regions with CloudFormation StackSets (deploy, status, drift, destroy).',
} as const;

/** The verbs of each command group, each a command of its own with its own --help. */
export const VERB_SUMMARIES = {
  'pipeline deploy': 'Create or update the delivery pipeline stack through a change set.',
  'pipeline push': "Upload the working tree as git sees it as the delivery pipeline's source.",
  'pipeline status': "Show the delivery pipeline's last runs, stages, approvals waiting and connection.",
  'stackset deploy': 'Create or update a stack set and its instances in every account and region, with progress.',
  'stackset status': "Show a stack set's instances (status, drift, last operation) and its last operations.",
  'stackset drift': 'Detect drift on every instance of a stack set, per instance and per resource.',
  'stackset destroy': "Delete a stack set's instances, then the set; report what each account keeps.",
} as const;

export type TopCommandName = keyof typeof SUMMARIES;
export type VerbCommandName = keyof typeof VERB_SUMMARIES;
/** The top-level names that are groups of verbs: those a verb's name starts with. */
export type GroupName = VerbCommandName extends `${infer G} ${string}` ? G : never;
/** The verbs of a group: `push` of `pipeline push`. */
export type VerbOf<G extends GroupName> = VerbCommandName extends infer N
  ? N extends `${G} ${infer V}`
    ? V
    : never
  : never;
/** Every command that parses flags: the top-level ones that are not groups, and every verb. */
export type CommandName = Exclude<TopCommandName, GroupName> | VerbCommandName;
export const COMMAND_SUMMARIES: Record<CommandName, string> = { ...SUMMARIES, ...VERB_SUMMARIES };

/** The verbs of a top-level name, in the order VERB_SUMMARIES lists them (none: not a group). */
export function verbsOf(name: string): string[] {
  return Object.keys(VERB_SUMMARIES)
    .filter((v) => v.startsWith(`${name} `))
    .map((v) => v.slice(name.length + 1));
}
