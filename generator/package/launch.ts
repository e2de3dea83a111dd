// Launch Stack links: the CloudFormation console's quick-create page for a region, with the
// stack name and the region's published main.yml filled in. The page's parameters live in the
// URL's fragment (`#/stacks/quickcreate?templateURL=...`), so the template URL is
// percent-encoded as one component: its own `/`, `:` and `?` must not end the fragment's query.
import type { RegionInfo } from './regions.js';

export function launchStackUrl(region: RegionInfo, stackName: string, templateUrl: string): string {
  const query = `templateURL=${encodeURIComponent(templateUrl)}&stackName=${encodeURIComponent(stackName)}`;
  return `https://${region.consoleHost}/cloudformation/home?region=${region.code}#/stacks/quickcreate?${query}`;
}

export interface LaunchRow {
  readonly region: RegionInfo;
  readonly templateUrl: string;
  readonly launchUrl: string;
}

/** AWS's own Launch Stack button image, as READMEs show it. */
const BUTTON_IMAGE = 'https://s3.amazonaws.com/cloudformation-examples/cloudformation-launch-stack.png';

/** The table for the README. */
export function launchMarkdown(rows: readonly LaunchRow[], stackName: string): string {
  return [
    `Launch the app (stack \`${stackName}\`) in your own account: pick a region, then acknowledge the`,
    'IAM and nested-stack capabilities on the page that opens and choose Create stack.',
    '',
    '| Region | Code | Launch | Template |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.region.name} | \`${r.region.code}\` | [![Launch Stack](${BUTTON_IMAGE})](${r.launchUrl}) | [main.yml](${r.templateUrl}) |`,
    ),
    '',
  ].join('\n');
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained page (no external image or script) with one button per region. */
export function launchHtml(rows: readonly LaunchRow[], stackName: string, version: string): string {
  const body = rows
    .map(
      (r) => `      <tr>
        <td>${escapeHtml(r.region.name)}</td>
        <td><code>${escapeHtml(r.region.code)}</code></td>
        <td><a class="launch" href="${escapeHtml(r.launchUrl)}" target="_blank" rel="noopener">Launch Stack</a></td>
        <td><a href="${escapeHtml(r.templateUrl)}">main.yml</a></td>
      </tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Launch Mythical Mysfits</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 56rem; padding: 0 1rem; color: #16191f; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid #d5dbdb; }
      a.launch { display: inline-block; padding: 0.3rem 0.9rem; border-radius: 2px; background: #ec7211; color: #fff; font-weight: 700; text-decoration: none; }
      a.launch:hover, a.launch:focus { background: #eb5f07; }
      code { font-size: 0.9em; }
    </style>
  </head>
  <body>
    <h1>Launch Mythical Mysfits</h1>
    <p>One click creates the whole app in your own AWS account as the stack <code>${escapeHtml(stackName)}</code>:
      network, table and catalogue, sign-up, the API service (its image is built in your account), the API and
      the site. On the page that opens, acknowledge the IAM and nested-stack capabilities and choose
      <em>Create stack</em>; the site's address is the stack's <code>SiteUrl</code> output.</p>
    <table>
      <thead><tr><th>Region</th><th>Code</th><th>Launch</th><th>Template</th></tr></thead>
      <tbody>
${body}
      </tbody>
    </table>
    <p><small>mysfits ${escapeHtml(version)}. Delete the stack to remove everything it created.</small></p>
  </body>
</html>
`;
}
