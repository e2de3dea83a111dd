// Launch Stack links: the CloudFormation console's quick-create page for a region, with the
// stack name and the region's published root template filled in. The page's parameters live in
// the URL's fragment (`#/stacks/quickcreate?templateURL=...`), so the template URL is
// percent-encoded as one component: its own `/`, `:` and `?` must not end the fragment's query.
// Each region offers both compute modes, each with its estimated monthly cost.
import type { ModeSummary } from '../builders/modes.js';
import type { RegionInfo } from '../config/regions.js';
import { analyticsEnabled, apiType } from '../config/api.js';
import type { Config } from '../config/load.js';

export function launchStackUrl(region: RegionInfo, stackName: string, templateUrl: string): string {
  const query = `templateURL=${encodeURIComponent(templateUrl)}&stackName=${encodeURIComponent(stackName)}`;
  return `https://${region.consoleHost}/cloudformation/home?region=${region.code}#/stacks/quickcreate?${query}`;
}

export interface OfferedButton {
  readonly mode: ModeSummary;
  readonly root: string;
  readonly templateUrl: string;
  readonly launchUrl: string;
  /** Estimated USD a month at the review's default usage, in this region. */
  readonly monthly: number;
}

/** A mode the region cannot launch: the resource types it lacks. */
export interface UnavailableButton {
  readonly mode: ModeSummary;
  readonly missing: readonly string[];
}

export type LaunchButton = OfferedButton | UnavailableButton;
const offered = (b: LaunchButton): b is OfferedButton => 'launchUrl' in b;
const notHere = (b: UnavailableButton): string => `not offered here (lacks ${b.missing.join(', ')})`;

export interface LaunchRow {
  readonly region: RegionInfo;
  readonly buttons: readonly LaunchButton[];
}

/** AWS's own Launch Stack button image, as READMEs show it. */
const BUTTON_IMAGE = 'https://s3.amazonaws.com/cloudformation-examples/cloudformation-launch-stack.png';

const usd = (n: number): string => `$${n < 10 ? n.toFixed(2) : n.toFixed(0)}`;

/** Each mode once: what it creates and needs (the same in every region). */
function legend(rows: readonly LaunchRow[]): ModeSummary[] {
  return rows[0]?.buttons.map((b) => b.mode) ?? [];
}

const COST_NOTE =
  'Monthly costs are `mysfits review` estimates at 1 million API requests a month (list prices, usage stated in its report); deleting the stack stops them.';
/** What deleting the stack keeps, in words (launchKeeps). */
function deleteNote(keeps: readonly string[]): string {
  return keeps.length === 0
    ? 'Deleting the stack removes everything it created.'
    : `Deleting the stack removes everything it created but ${keeps.join(' and ')}.`;
}

/** What the stack keeps when it is deleted, for a config. */
export function launchKeeps(config: {
  service: Config['service'];
  api: Config['api'];
  site: { logging: boolean };
  analytics: Config['analytics'];
}): string[] {
  return [
    ...(config.api.accountCloudWatchRole && apiType(config) === 'rest'
      ? ["the API Gateway account's CloudWatch role (kept on purpose: other APIs of the account may log through it)"]
      : []),
    // Stateful resources are always kept (core/stateful.ts).
    'the mysfits table with its likes and adoptions',
    'the user pool with its users',
    ...(config.site.logging ? ["the site's log bucket (its logs expire on their own)"] : []),
    ...(analyticsEnabled(config) ? ['the click records bucket (its records expire on their own)'] : []),
  ];
}

/** The table for the README. */
export function launchMarkdown(rows: readonly LaunchRow[], stackName: string, keeps: readonly string[]): string {
  const modes = legend(rows);
  return [
    `Launch the app (stack \`${stackName}\`) in your own account: pick a region and a mode, then acknowledge the`,
    'IAM and nested-stack capabilities on the page that opens and choose Create stack.',
    '',
    ...modes.flatMap((m) => [`- **${m.title}** creates ${m.creates}. Needs: ${m.needs.join('; ')}.`]),
    '',
    `| Region | Code | ${modes.map((m) => m.title).join(' | ')} |`,
    `| --- | --- | ${modes.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${r.region.name} | \`${r.region.code}\` | ${r.buttons
          .map((b) =>
            offered(b)
              ? `[![Launch Stack](${BUTTON_IMAGE})](${b.launchUrl}) ~${usd(b.monthly)}/month ([${b.root}](${b.templateUrl}))`
              : notHere(b),
          )
          .join(' | ')} |`,
    ),
    '',
    COST_NOTE,
    deleteNote(keeps),
    '',
  ].join('\n');
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained page (no external image or script) with a button per region and mode. */
export function launchHtml(
  rows: readonly LaunchRow[],
  stackName: string,
  version: string,
  keeps: readonly string[],
): string {
  const modes = legend(rows);
  const body = rows
    .map(
      (r) => `      <tr>
        <td>${escapeHtml(r.region.name)}</td>
        <td><code>${escapeHtml(r.region.code)}</code></td>
${r.buttons
  .map((b) =>
    offered(b)
      ? `        <td><a class="launch" href="${escapeHtml(b.launchUrl)}" target="_blank" rel="noopener">Launch Stack</a> <span class="cost">~${escapeHtml(usd(b.monthly))}/month</span> <a class="template" href="${escapeHtml(b.templateUrl)}">${escapeHtml(b.root)}</a></td>`
      : `        <td>${escapeHtml(notHere(b))}</td>`,
  )
  .join('\n')}
      </tr>`,
    )
    .join('\n');
  const modeList = modes
    .map(
      (m) =>
        `      <li><strong>${escapeHtml(m.title)}</strong> creates ${escapeHtml(m.creates)}.<br><small>Needs: ${escapeHtml(m.needs.join('; '))}.</small></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Launch Mythical Mysfits</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; color: #16191f; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid #d5dbdb; }
      a.launch { display: inline-block; padding: 0.3rem 0.9rem; border-radius: 2px; background: #ec7211; color: #fff; font-weight: 700; text-decoration: none; }
      a.launch:hover, a.launch:focus { background: #eb5f07; }
      .cost { white-space: nowrap; }
      a.template { font-size: 0.85em; }
      code { font-size: 0.9em; }
      td code { white-space: nowrap; }
    </style>
  </head>
  <body>
    <h1>Launch Mythical Mysfits</h1>
    <p>One click creates the whole app in your own AWS account as the stack <code>${escapeHtml(stackName)}</code>:
      the table and its catalogue, sign-up, the API service, the API and the site. Pick a region and a mode;
      on the page that opens, acknowledge the IAM and nested-stack capabilities and choose
      <em>Create stack</em>. The site's address is the stack's <code>SiteUrl</code> output.</p>
    <ul>
${modeList}
    </ul>
    <table>
      <thead><tr><th>Region</th><th>Code</th>${modes.map((m) => `<th>${escapeHtml(m.title)}</th>`).join('')}</tr></thead>
      <tbody>
${body}
      </tbody>
    </table>
    <p><small>${escapeHtml(COST_NOTE.replace(/`/g, ''))} ${escapeHtml(deleteNote(keeps))}</small></p>
    <p><small>mysfits ${escapeHtml(version)}.</small></p>
  </body>
</html>
`;
}
