// Each command's one-line summary, declared once: the main help lists them without loading the
// commands (main.ts imports each on demand), and each command's --help prints its own.
export const SUMMARIES = {
  generate: 'Write the CloudFormation templates for the config.',
  package: 'Package the templates and assets per region, with a Launch Stack page.',
  publish: 'Upload the packaged templates and assets to the artifact buckets.',
  seed: 'Put the catalogue of mysfits into a DynamoDB table.',
  deploy: 'Create or update a stack through a change set, with progress.',
  diff: 'Show what deploying a template would change; never executes.',
  outputs: "Print a deployed stack's outputs.",
  destroy: 'Delete stacks after emptying their buckets; report what is retained.',
  review: 'Write an offline ops review of the templates (Markdown, HTML, SVG diagram).',
  swagger: "Write api-swagger.json with a deployed stack's values.",
  'pipeline deploy': 'Create or update the delivery pipeline stack through a change set.',
  'pipeline push': "Upload the working tree as git sees it as the delivery pipeline's source.",
  'pipeline status': "Show the delivery pipeline's last runs, stages, approvals waiting and connection.",
} as const;

export type CommandName = keyof typeof SUMMARIES;
