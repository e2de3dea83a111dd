// The review as one document model, printed twice: Markdown (for a pull request) and a
// self-contained HTML page (diagram inline) for people who read it in a browser.
import type { Config } from '../config/load.js';
import {
  apiTypeComparison,
  computeModeComparison,
  describeAssumptions,
  estimateCost,
  natModeComparison,
  pipelineCost,
  usd,
  type Assumptions,
  DEFAULT_ASSUMPTIONS,
} from './cost.js';
import { findExposure, type ExposureReport } from './exposure.js';
import { findIamStatements, type IamStatement } from './iam.js';
import { findMonitoring, type MonitoringReport } from './monitoring.js';
import type { LintResult } from './lint.js';
import { NAG_PACKS, nagCounts, type NagResult } from './nag.js';
import type { ReviewTemplate } from './model.js';
import { pricesFor } from './prices.js';
import { slowSteps, timeline, TYPICAL_MINUTES, type Timeline } from './timeline.js';
import { fromTexts } from './model.js';
import { renderAll } from '../render.js';
import { apiType, COMPUTE_MODES, withCompute, type Compute } from '../config/api.js';

export type Block =
  | { readonly h: 1 | 2 | 3; readonly text: string }
  | { readonly p: string }
  | { readonly list: readonly string[] }
  | { readonly table: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] } }
  | { readonly diagram: string };

export interface ReviewInput {
  readonly source: string;
  readonly templates: readonly ReviewTemplate[];
  readonly region: string;
  readonly lint: LintResult;
  /** cdk-nag's rule packs over the deployed form; absent: not asked for. */
  readonly nag?: NagResult;
  /** For the NAT mode comparison: the config the templates were generated from. */
  readonly config?: Config;
  readonly assumptions?: Assumptions;
}

export interface Review {
  readonly blocks: readonly Block[];
  readonly exposure: ExposureReport;
  readonly iam: readonly IamStatement[];
  readonly monitoring: MonitoringReport;
}

/** The critical path of the app as the config generates it in one compute mode. */
export const timelineInMode = (config: Config, mode: Compute): Timeline =>
  timeline(fromTexts(renderAll(withCompute(config, mode))));

export function buildReview(input: ReviewInput): Review {
  const { templates, region } = input;
  const assumptions = input.assumptions ?? DEFAULT_ASSUMPTIONS;
  const exposure = findExposure(templates);
  const iam = findIamStatements(templates);
  const cost = estimateCost(templates, region, assumptions);
  const monitoring = findMonitoring(templates);
  const monitoringCost = cost.lines.filter((l) => MONITORING_COMPONENTS.includes(l.component));
  const flagged = iam.filter((s) => s.flags.length > 0);
  const resources = templates.reduce((n, t) => n + t.parsed.resources.length, 0);
  const findings = input.lint.ran ? input.lint.findings : [];
  const b: Block[] = [];

  b.push({ h: 1, text: `Ops review of ${input.source}` });
  b.push({
    p: `${templates.length} template(s), ${resources} resources. Costs for ${region}${cost.pricedAs !== region ? ` (priced as ${cost.pricedAs})` : ''}, list prices as of ${cost.pricesAsOf}. Generated offline by \`mysfits review\` from the templates alone.`,
  });
  b.push({
    list: [
      `Reachable from the internet: ${exposure.reachable.length} item(s); ${exposure.notReachable.length} more checked and not reachable.`,
      `IAM: ${iam.length} statement(s), ${flagged.length} with a wildcard or open principal to look at.`,
      input.lint.ran
        ? `cfn-lint: ${findings.length} finding(s) (${input.lint.version}).`
        : `cfn-lint: not run (${input.lint.reason}).`,
      ...(input.nag ? [nagSummary(input.nag)] : []),
      `Watched: ${monitoring.alarms.length} alarm(s); ${monitoring.notWatched.length} resource(s) doing work without one; monitoring costs ${usd(monitoringCost.reduce((n, l) => n + l.monthly, 0))} a month.`,
      `Estimated cost: ${usd(cost.total)} a month under the assumptions below.`,
    ],
  });
  b.push({
    table: {
      head: ['Template', 'Resources', 'Description'],
      rows: templates.map((t) => [t.file, String(t.parsed.resources.length), t.parsed.description ?? '']),
    },
  });

  b.push({ h: 2, text: 'Diagram' });
  b.push({
    p: 'Every resource, grouped by template; an arrow points from a resource to what it references. Red: reachable from the internet.',
  });
  b.push({ diagram: 'diagram.svg' });

  b.push({ h: 2, text: 'Reachable from the internet' });
  b.push(
    exposure.reachable.length
      ? {
          table: {
            head: ['Rule', 'Template', 'Resource', 'What', 'Protected by', 'Look at'],
            rows: exposure.reachable.map((e) => [
              e.rule,
              e.file,
              e.id,
              e.what,
              e.protections.join('; ') || '(nothing found)',
              e.concerns.join('; '),
            ]),
          },
        }
      : { p: 'Nothing in these templates is reachable from the internet.' },
  );
  if (exposure.unchecked.length) {
    b.push({
      p: `Not checked (no exposure rule for the type): ${exposure.unchecked.map((u) => `${u.type} (${u.count})`).join(', ')}.`,
    });
  }
  if (exposure.notReachable.length) {
    b.push({ h: 3, text: 'Checked and not reachable' });
    b.push({
      table: {
        head: ['Rule', 'Template', 'Resource', 'Why not'],
        rows: exposure.notReachable.map((e) => [e.rule, e.file, e.id, e.what]),
      },
    });
  }

  b.push({ h: 2, text: 'IAM statements' });
  b.push(
    iam.length
      ? {
          table: {
            head: ['Template', 'Resource', 'Policy', 'Effect', 'Principal', 'Actions', 'Resources', 'Flags'],
            rows: iam.map((s) => [
              s.file,
              s.resource,
              s.policy,
              s.effect + (s.condition ? ' (with condition)' : ''),
              s.principal ?? '',
              s.actions.join(', '),
              s.resources.join(', '),
              s.flags.map((f) => `⚠ ${f}`).join('; '),
            ]),
          },
        }
      : { p: 'No IAM statements in these templates.' },
  );

  b.push(...monitoringBlocks(monitoring, monitoringCost));

  b.push({ h: 2, text: `Estimated monthly cost (${region})` });
  b.push({
    table: {
      head: ['Rule', 'Component', 'Count', 'USD / month', 'Basis'],
      rows: [
        ...cost.lines.map((l) => [l.rule, l.component, String(l.count), l.count ? usd(l.monthly) : '-', l.basis]),
        ['', 'Total', '', usd(cost.total), ''],
      ],
    },
  });
  if (cost.notes.length) b.push({ list: cost.notes });
  if (input.config) {
    const compute = input.config.service.compute;
    b.push({ h: 3, text: 'Effect of service.compute' });
    b.push({
      p: `Every template rebuilt with each mode (the rest of the config unchanged) and priced the same way, at the assumed usage and with nothing used (idle). Current mode: ${compute}.`,
    });
    b.push({
      table: {
        head: [
          'service.compute',
          'Resources',
          'USD / month',
          'Idle USD / month',
          'Idle USD / day',
          'Largest',
          'Creates',
        ],
        rows: computeModeComparison(input.config, region, assumptions).map((r) => [
          r.mode + (r.mode === compute ? ' (current)' : ''),
          String(r.resources),
          usd(r.monthly),
          usd(r.idleMonthly),
          usd(r.idleMonthly / 30.4),
          r.largest.join(', '),
          r.creates,
        ]),
      },
    });
  }
  if (input.config) {
    const config = input.config;
    const current = apiType(config);
    b.push({ h: 3, text: 'Effect of api.type, and the worst case of a flood' });
    b.push({
      p: `Every template rebuilt with each API type this compute mode can have (the rest of the config unchanged) and priced at the assumed usage, then under a sustained flood: as many API requests as the configured limits let through, every second of the month (requests refused with 429 are not counted). Current type: ${current}. What bounds a flood: api.throttling.rateLimit (the stage; /auth/* and /clicks have their own, lower), service.lambda.reservedConcurrency (at most that many requests at once: a cost bound, though a new account's concurrency quota can be as low as 10 and Lambda keeps 10 unreserved), and with api.waf (rest) a rate-based rule per client IP (${config.api.wafRateLimits.all} requests in 5 minutes, ${config.api.wafRateLimits.writes} writes, ${config.api.wafRateLimits.auth} to /auth/*), which stops one client but not a distributed flood.`,
    });
    b.push({
      table: {
        head: [
          'api.type',
          'USD / month',
          'Flood rps',
          'Bound by',
          'Flood M requests / month',
          'Flood USD / month',
          'Largest in a flood',
          'Gives up',
        ],
        rows: apiTypeComparison(config, region, assumptions).map((r) => [
          r.type + (r.type === current ? ' (current)' : ''),
          usd(r.monthly),
          String(+r.floodPerSecond.toFixed(1)),
          r.floodBoundBy,
          r.floodMillion.toFixed(1),
          usd(r.floodMonthly),
          r.floodLargest.join(', '),
          r.givesUp,
        ]),
      },
    });
  }
  if (input.config && input.config.service.compute === 'fargate') {
    const current = input.config.network.natGateways;
    b.push({ h: 3, text: 'Effect of network.natGateways' });
    b.push({
      p: `Every template rebuilt with each mode (the rest of the config unchanged) and priced the same way. Current mode: ${current}.`,
    });
    b.push({
      table: {
        head: [
          'natGateways',
          'NAT gateways',
          'Interface endpoints',
          'Network USD / month',
          'Total USD / month',
          'Trade-off',
        ],
        rows: natModeComparison(input.config, region, assumptions).map((r) => [
          r.mode + (r.mode === current ? ' (current)' : ''),
          String(r.natGateways),
          String(r.interfaceEndpoints),
          usd(r.network),
          usd(r.total),
          r.tradeoff,
        ]),
      },
    });
  }
  if (input.config?.pipeline.enabled) {
    const { stages, pushesPerMonth } = input.config.pipeline;
    const pc = pipelineCost(stages.length, pushesPerMonth, region);
    b.push({ h: 3, text: 'The delivery pipeline (pipeline.yml)' });
    b.push({
      p: `${usd(pc.perRun)} a run, ${usd(pc.perMonth)} a month at pipeline.pushesPerMonth = ${pushesPerMonth} (${stages.length} stage(s); free tiers not deducted; time waiting for an approval assumed unbilled). ${pc.text}.`,
    });
  }
  b.push({ h: 3, text: 'Assumptions' });
  b.push({ list: describeAssumptions(assumptions) });
  const { prices, region: pricedAs } = pricesFor(region);
  b.push({ h: 3, text: `Prices used (${pricedAs}, as of ${cost.pricesAsOf})` });
  b.push({
    p: 'USD list prices written into generator/review/prices.ts, never fetched. Check the AWS Pricing Calculator before relying on them.',
  });
  b.push({ table: { head: ['Price', 'USD'], rows: Object.entries(prices).map(([k, v]) => [k, String(v)]) } });

  if (input.config) {
    b.push({ h: 2, text: 'Time to a working app' });
    b.push({
      p: "Every resource starts once what it refers to is done and takes a typical time for its type (a nested stack: its own longest chain); the longest chain from main.yml is the critical path. Typical minutes, from AWS's documentation where it gives them, else experience; not measured here.",
    });
    for (const mode of COMPUTE_MODES) {
      const t = timelineInMode(input.config, mode);
      b.push({ h: 3, text: `service.compute ${mode}: about ${Math.round(t.minutes)} minutes` });
      b.push({
        table: {
          head: ['Done at (min)', 'Template', 'Resource', 'Type', 'Typical minutes', 'Why it takes that long'],
          rows: slowSteps(t, 0.5).map((s) => [
            s.doneAt.toFixed(1),
            s.file,
            s.id,
            s.type,
            String(s.minutes),
            TYPICAL_MINUTES[s.type]?.source ?? '',
          ]),
        },
      });
    }
  }
  b.push({ h: 2, text: 'cfn-lint' });
  if (!input.lint.ran) b.push({ p: `Not run: ${input.lint.reason}.` });
  else if (findings.length === 0) b.push({ p: `No findings at any level (${input.lint.version}).` });
  else {
    b.push({
      table: {
        head: ['Template', 'Line', 'Rule', 'Level', 'Message'],
        rows: findings.map((f) => [f.file, String(f.line), f.rule, f.level, f.message]),
      },
    });
  }

  if (input.nag) b.push(...nagBlocks(input.nag));

  b.push({ h: 2, text: 'Resources by template' });
  for (const t of templates) {
    b.push({ h: 3, text: t.file });
    if (t.parsed.description) b.push({ p: t.parsed.description });
    b.push({
      table: {
        head: ['Logical id', 'Type', 'Reviewer comment'],
        rows: t.parsed.resources.map((r) => [
          r.id + (r.condition ? ` (if ${r.condition})` : ''),
          r.type + (r.deletionPolicy ? ` (DeletionPolicy ${r.deletionPolicy})` : ''),
          r.comment ?? '(no comment)',
        ]),
      },
    });
  }
  return { blocks: b, exposure, iam, monitoring };
}

/** The cost lines of watching the app (the alarm topic's key among them). */
const MONITORING_COMPONENTS = ['CloudWatch alarms', 'CloudWatch dashboard', 'KMS keys'];

/** What is watched (every alarm, how, and what missing data means), what is not and why, and what it costs. */
function monitoringBlocks(
  m: MonitoringReport,
  cost: readonly { component: string; monthly: number; basis: string }[],
): Block[] {
  const b: Block[] = [{ h: 2, text: 'Monitoring' }];
  b.push({
    list: [
      `Alarm notifications: ${m.topics.length ? m.topics.join(', ') : 'none (no alarm has an action)'}.`,
      `Dashboards: ${m.dashboards.join(', ') || 'none'}. Budgets: ${m.budgets.join(', ') || 'none (monitoring.budgetMonthlyUsd unset)'}.`,
      ...cost.map((l) => `${l.component}: ${usd(l.monthly)} a month (${l.basis}).`),
      'AWS Budgets: a budget with notifications and no actions is free. SNS: email deliveries beyond 1,000 a month cost $2 per 100,000.',
    ],
  });
  b.push({ h: 3, text: 'Watched' });
  b.push(
    m.alarms.length
      ? {
          table: {
            head: ['Template', 'Alarm', 'Watches', 'Rule', 'Missing data', 'What it means / first check'],
            rows: m.alarms.map((a) => [
              a.file,
              a.alarm + (a.condition ? ` (if ${a.condition})` : ''),
              a.watches.join(', '),
              a.rule,
              a.missingData,
              a.description,
            ]),
          },
        }
      : { p: 'No alarms in these templates (monitoring.enabled: false).' },
  );
  b.push({ h: 3, text: 'Not watched' });
  b.push(
    m.notWatched.length
      ? {
          table: {
            head: ['Template', 'Resource', 'Type', 'Why'],
            rows: m.notWatched.map((n) => [n.file, n.id, n.type, n.why]),
          },
        }
      : { p: 'Every resource that does work has an alarm.' },
  );
  return b;
}

/** One line: per pack, open errors and warnings, and what the templates answer with a reason. */
export function nagSummary(nag: NagResult): string {
  if (!nag.ran) return `Rule packs: not run (${nag.reason}).`;
  const counts = nagCounts(nag.findings);
  const packs = nag.packs.map((p) => {
    const c = counts[p];
    return `${NAG_PACKS[p].prefix} ${c.errors + c.warnings} open (${c.errors} error(s), ${c.warnings} warning(s)), ${c.suppressed} justified`;
  });
  const stale = nag.stale.length ? `; ${nag.stale.length} stale suppression(s)` : '';
  return `Rule packs (${nag.version}): ${packs.join('; ')}${stale}.`;
}

function nagBlocks(nag: NagResult): Block[] {
  const b: Block[] = [{ h: 2, text: 'Rule packs' }];
  if (!nag.ran) return [...b, { p: `Not run: ${nag.reason}.` }];
  b.push({
    p: `${nag.version}'s ${nag.packs.map((p) => NAG_PACKS[p].prefix).join(', ')} packs over the deployed form of each template (SAM expanded by the SAM translator cfn-lint ships, loaded with CfnInclude). A finding is open, with what the rule asks for, or justified by the reason in the resource's Metadata (cdk_nag.rules_to_suppress).`,
  });
  b.push({ list: [nagSummary(nag)] });
  const files = [...new Set(nag.findings.map((f) => f.file))];
  for (const file of files) {
    const rows = nag.findings
      .filter((f) => f.file === file)
      // Open first, errors before warnings, then by rule.
      .sort(
        (x, y) =>
          Number(x.suppressedBecause !== undefined) - Number(y.suppressedBecause !== undefined) ||
          x.level.localeCompare(y.level) ||
          x.rule.localeCompare(y.rule),
      )
      .map((f) => [
        f.rule + (f.finding ? `[${f.finding}]` : ''),
        f.level,
        f.resource,
        f.suppressedBecause !== undefined ? 'justified' : 'OPEN',
        f.suppressedBecause ?? `${f.info} ${f.explanation}`.trim(),
      ]);
    b.push({ h: 3, text: file });
    b.push({ table: { head: ['Rule', 'Level', 'Resource', 'Status', 'Fix, or the reason given'], rows } });
  }
  if (nag.stale.length) {
    b.push({ h: 3, text: 'Stale suppressions' });
    b.push({
      p: 'These reasons answer a finding the packs no longer report: remove them, so a reason never outlives what it excused.',
    });
    b.push({
      table: {
        head: ['Template', 'Resource', 'Rule'],
        rows: nag.stale.map((s) => [s.file, s.resource, s.id]),
      },
    });
  }
  return b;
}

const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if ('h' in block) out.push(`${'#'.repeat(block.h)} ${block.text}`);
    else if ('p' in block) out.push(block.p);
    else if ('list' in block) out.push(block.list.map((i) => `- ${i}`).join('\n'));
    else if ('diagram' in block) out.push(`![Resources and references](${block.diagram})`);
    else {
      const { head, rows } = block.table;
      out.push(
        [
          `| ${head.map(mdCell).join(' | ')} |`,
          `| ${head.map(() => '---').join(' | ')} |`,
          ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
        ].join('\n'),
      );
    }
  }
  return out.join('\n\n') + '\n';
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** `code` spans, the one inline markup the blocks use. */
const inline = (s: string): string => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The diagram's sizes: fitted to the page, its own size, and twice the page's width (scrolled to pan). */
const ZOOMS = [
  ['fit', 'fit to the page'],
  ['full', 'full size'],
  ['double', 'twice the page (scroll to pan)'],
] as const;

export function toHtml(blocks: readonly Block[], svg: string): string {
  const title = blocks.find((b): b is { h: 1; text: string } => 'h' in b && b.h === 1)?.text ?? 'Ops review';
  const body: string[] = [];
  for (const block of blocks) {
    if ('h' in block) body.push(`<h${block.h}>${inline(block.text)}</h${block.h}>`);
    else if ('p' in block) body.push(`<p>${inline(block.p)}</p>`);
    else if ('list' in block) body.push(`<ul>${block.list.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`);
    else if ('diagram' in block) {
      // Fitted to the page's width; full size and twice the page's width scroll inside the frame to pan (no script).
      body.push(
        `<p class="zoom">Diagram: ${ZOOMS.map(
          ([id, label], i) =>
            `<input type="radio" name="zoom" id="zoom-${id}"${i === 0 ? ' checked' : ''}><label for="zoom-${id}">${label}</label>`,
        ).join(' ')} · <a href="${block.diagram}">open it alone</a></p>`,
        `<div class="diagram">${svg}</div>`,
      );
    } else {
      const { head, rows } = block.table;
      body.push(
        `<table><thead><tr>${head.map((h) => `<th>${inline(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map(
            (r) =>
              `<tr>${r.map((c) => `<td${c.includes('⚠') ? ' class="flag"' : ''}>${inline(c)}</td>`).join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.5 -apple-system, Helvetica, Arial, sans-serif; color: #24292f; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f6f8fa; }
td.flag { color: #cf222e; }
code { background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
.diagram { overflow: auto; max-height: 90vh; border: 1px solid #d0d7de; border-radius: 6px; }
.diagram svg { display: block; width: 100%; height: auto; }
body:has(#zoom-full:checked) .diagram svg { width: auto; }
body:has(#zoom-double:checked) .diagram svg { width: 200%; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 2rem; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
