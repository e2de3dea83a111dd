// mysfits review: an offline ops review of the templates, as Markdown, HTML and an SVG diagram.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { TEMPLATES } from '../../builders/index.js';
import { checkRegionCode } from '../../aws/client-config.js';
import { loadConfig, type Config } from '../../config/load.js';
import { TemplateParseError } from '../../core/parse.js';
import { recoverFolder, writeFilesAtomically } from '../../fs/atomic.js';
import { renderAll } from '../../render.js';
import { CHANGES_FILE, changeBlocks, changeSummary, reviewChanges, type ChangeReview } from '../../review/changes.js';
import { estimateCost, usd } from '../../review/cost.js';
import { renderDiagram } from '../../review/diagram.js';
import { runCfnLint } from '../../review/lint.js';
import { NAG_PACK_NAMES, openFindings, runNag, type NagPackName, type NagResult } from '../../review/nag.js';
import { loadTemplates, type ReviewTemplate } from '../../review/model.js';
import { PRICES, PRICES_AS_OF } from '../../review/prices.js';
import { buildReview, nagSummary, timelineInMode, toHtml, toMarkdown } from '../../review/report.js';
import { COMPUTE_MODES } from '../../config/api.js';
import { natModeOfCount } from '../../config/network.js';
import { jsonText } from '../../json.js';
import { paint } from '../style.js';
import { defineCommand, UsageError } from '../command.js';

export const review = defineCommand({
  name: 'review',
  description: [
    'Reads every template in the folder (with the reviewer comment above each resource) and writes',
    'review.md, review.html and diagram.svg: per template its resources, what the internet can reach',
    'and what protects it, every IAM statement with wildcards flagged, cfn-lint findings, the findings of',
    "cdk-nag's AwsSolutions, Serverless and NIST 800-53 R5 packs over the deployed form (each open, or",
    "justified by the reason in the resource's metadata), what is watched (every alarm: its rule, what",
    'missing data means, its description) and what is not and why, with what the alarms, dashboard and',
    'budget cost, an estimated monthly cost by component for the region (prices dated in generator/review/prices.ts, usage',
    'assumptions stated, and the effect of network.natGateways), and a diagram of the resources and',
    'their references. Nothing is sent anywhere.',
    '',
    'With --against OLD (another folder of templates, e.g. the committed ones while --templates holds',
    "a new config's output): the change review. Resources added, removed and replaced (predicted",
    "from each type's create-only properties in the CloudFormation resource schemas), a removed or",
    'replaced stateful resource (table, user pool, click records) flagged as DATA LOSS with what stays',
    'behind, IAM statements added and removed, what the internet can newly reach, the cost delta, and',
    'config changes known to fail or surprise on a live stack (table or pool renamed, compute mode',
    'switched, MFA turned on). Printed, added to review.md and review.html, and written as changes.txt',
    '(the printed lines). An empty OLD folder is a stack not deployed yet: everything is added. Still',
    'no AWS call (`mysfits outputs --save-templates DIR` fetches what a stack runs now).',
  ].join('\n'),
  options: {
    templates: {
      type: 'string',
      short: 't',
      value: 'DIR|FILE',
      description: 'Folder of templates to review, or one template file (any template, not only generated ones).',
      default: 'templates',
    },
    against: {
      type: 'string',
      short: 'a',
      value: 'DIR',
      description: 'Folder of the templates deployed now: review the change from them to --templates.',
    },
    out: { type: 'string', short: 'o', value: 'DIR', description: 'Where to write the review.', default: 'out/review' },
    region: {
      type: 'string',
      short: 'r',
      value: 'REGION',
      description: `Region to price (default: the first of the config's regions). Prices known for: ${Object.keys(PRICES).join(', ')}.`,
    },
    config: {
      type: 'string',
      short: 'c',
      value: 'FILE',
      description: 'Config the templates were generated from (for the NAT mode comparison).',
    },
    'skip-lint': { type: 'boolean', description: 'Do not run cfn-lint.' },
    packs: {
      type: 'string',
      value: 'P1,P2',
      description: `Rule packs to run: ${NAG_PACK_NAMES.join(', ')}, or none (default: all).`,
    },
    'fail-on': {
      type: 'string',
      value: 'LEVEL',
      description:
        'Exit 1 while a rule-pack finding at this level is open: error, or warning (errors, warnings and stale suppressions); with --against, also on data loss. For CI.',
    },
    json: {
      type: 'boolean',
      description:
        'Print the findings as JSON on stdout (the summary goes to stderr): exposure and cost lines each with its rule id (docs/review-rules.md), IAM statements, cfn-lint and open rule-pack findings.',
    },
  },
  examples: [
    'mysfits review',
    'mysfits review --region eu-west-1 --out review/',
    'mysfits review --packs aws-solutions,serverless --fail-on warning',
    'mysfits review --templates someone-elses.yml --out review/',
    "mysfits review --json | jq '.exposure.reachable[] | select(.concerns != []) | .rule'",
    'mysfits generate --config new.json --out /tmp/new && mysfits review --templates /tmp/new --against templates --fail-on error',
  ],
  async run(options) {
    // A folder of templates, or one template file (anyone's: nothing here needs to have made it).
    const target = options.templates;
    const single = existsSync(target) && statSync(target).isFile() ? basename(target) : undefined;
    const dir = single ? dirname(target) : target;
    // A generate killed half way is finished (or undone) before anything is read.
    if (!single) for (const line of recoverFolder(dir)) process.stderr.write(`mysfits review: ${line}\n`);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(
        `--templates ${target}: no such folder or template file (run \`mysfits generate\` first, or name a template)`,
      );
    }
    const failOn = options['fail-on'];
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') {
      throw new UsageError(`--fail-on ${failOn}: use error or warning`, 'review');
    }
    const packs = parsePacks(options.packs);
    const againstDir = options.against;
    if (failOn && packs.length === 0 && !againstDir)
      throw new UsageError('--fail-on needs a rule pack to run (--packs none given) or --against');
    if (againstDir !== undefined && (!existsSync(againstDir) || !statSync(againstDir).isDirectory())) {
      throw new UsageError(`--against ${againstDir}: no such folder`);
    }
    if (againstDir !== undefined)
      for (const line of recoverFolder(againstDir)) process.stderr.write(`mysfits review: ${line}\n`);
    const { config: given, source } = loadConfig(options.config);
    const region = options.region ?? given.regions[0];
    checkRegionCode(region, options.region ? '--region' : 'regions[0] of the config');
    const templates = readSet(dir, '--templates', single, target);
    // An empty --against folder is a stack not deployed yet (`outputs --save-templates` of a
    // first deploy): every resource is added.
    const old =
      againstDir === undefined
        ? undefined
        : loadTemplates(againstDir).length === 0
          ? []
          : readSet(againstDir, '--against');
    if (old?.length === 0)
      process.stderr.write(
        `mysfits review: --against ${againstDir} holds no template: nothing deployed yet, every resource is new\n`,
      );

    // The modes the templates were made with, read from them (the config may not be the one
    // they came from): the comparison tables mark these as current.
    const config = modesOfTemplates(given, templates);
    // Generated files that no longer match the config: the review would describe stale templates.
    const rendered = renderAll(given);
    const generated = new Set(TEMPLATES.map((t) => t.file));
    const stale = rendered
      .filter((f) => templates.some((t) => t.file === f.file))
      .filter((f) => readFileSync(join(dir, f.file), 'utf8') !== f.text)
      .map((f) => f.file);
    for (const file of stale) {
      process.stderr.write(
        source === 'defaults'
          ? `mysfits review: ${join(dir, file)} differs from the default config; pass --config FILE (the config it was generated from)\n`
          : `mysfits review: ${join(dir, file)} differs from what ${source} generates (run \`mysfits generate --config ${source}\`)\n`,
      );
    }

    const lint = options['skip-lint']
      ? ({ ran: false, reason: '--skip-lint' } as const)
      : runCfnLint(templates.map((t) => join(dir, t.file)));
    const templatePaths = templates.map((t) => join(dir, t.file));
    const nag: NagResult | undefined = packs.length ? await runNag(templatePaths, region, packs) : undefined;
    const isApp = templates.some((t) => generated.has(t.file));
    const result = buildReview({
      source: relative(process.cwd(), dir) || dir,
      templates,
      region,
      lint,
      nag,
      config: isApp ? config : undefined,
    });
    const changes: ChangeReview | undefined = old && reviewChanges(old, templates, region);
    const blocks = changes
      ? [...result.blocks, ...changeBlocks(changes, relative(process.cwd(), againstDir!) || againstDir!)]
      : result.blocks;
    const svg = await renderDiagram(templates, result.exposure);
    const out = options.out;
    writeFilesAtomically(out, [
      { name: 'review.md', content: toMarkdown(blocks) },
      { name: 'review.html', content: toHtml(blocks, svg) },
      { name: 'diagram.svg', content: svg },
      // The change in lines, for scripts (the pipeline's approval message takes its cost line).
      ...(changes ? [{ name: CHANGES_FILE, content: changeSummary(changes).join('\n') + '\n' }] : []),
    ]);
    const cost = estimateCost(templates, region);
    const flagged = result.iam.filter((s) => s.flags.length > 0).length;
    const shown = relative(process.cwd(), out) || '.';
    const wrote = ['review.md', 'review.html', 'diagram.svg', ...(changes ? [CHANGES_FILE] : [])].map((name) =>
      join(shown, name),
    );
    // Each reachable item with something to look at, by the rule that found it.
    const looks = result.exposure.reachable
      .filter((e) => e.concerns.length > 0)
      .map((e) => `    ${e.rule} ${e.file} ${e.id}: ${e.concerns.join('; ')}`);
    (options.json ? process.stderr : process.stdout).write(
      [
        `reviewed ${templates.length} template(s) in ${relative(process.cwd(), dir) || dir}: ${templates.reduce((n, t) => n + t.parsed.resources.length, 0)} resources`,
        `  reachable from the internet: ${result.exposure.reachable.length}; IAM statements: ${result.iam.length} (${flagged} flagged)`,
        ...looks,
        `  cfn-lint: ${lint.ran ? `${lint.findings.length} finding(s)` : `not run (${lint.reason})`}`,
        ...(nag ? [`  ${nagSummary(nag)}`] : []),
        `  watched: ${result.monitoring.alarms.length} alarm(s); not watched: ${result.monitoring.notWatched.length} resource(s)`,
        `  estimated cost in ${region}: ${usd(cost.total)} a month (prices as of ${PRICES_AS_OF})`,
        ...(isApp
          ? [
              `  time to a working app (critical path, typical minutes): ${COMPUTE_MODES.map(
                (mode) => `${mode} ~${Math.round(timelineInMode(config, mode).minutes)} min`,
              ).join(', ')}`,
            ]
          : []),
        ...(changes ? [`against ${againstDir}:`, ...changeSummary(changes).map((l) => `  ${l}`)] : []),
        `wrote ${wrote.join(', ')}`,
        '',
      ].join('\n'),
    );
    if (options.json) {
      process.stdout.write(
        jsonText({
          templates: relative(process.cwd(), dir) || dir,
          region,
          resources: templates.reduce((n, t) => n + t.parsed.resources.length, 0),
          exposure: result.exposure,
          iam: result.iam,
          lint: lint.ran ? { ran: true, findings: lint.findings } : lint,
          nag: nag?.ran ? { ran: true, packs: nag.packs, open: openFindings(nag.findings), stale: nag.stale } : nag,
          cost: {
            region: cost.region,
            pricedAs: cost.pricedAs,
            pricesAsOf: cost.pricesAsOf,
            total: cost.total,
            lines: cost.lines,
          },
          ...(changes ? { dataLoss: changes.dataLoss.length } : {}),
          wrote,
        }),
      );
    }
    const lost = failOn && changes ? changes.dataLoss.length : 0;
    if (lost > 0) {
      process.stderr.write(
        `${paint(process.stderr, 'red', 'error')}: mysfits review: ${lost} change(s) against ${againstDir} lose what users made (see DATA LOSS above); --fail-on ${failOn}\n`,
      );
    }
    const nagFailed = failOn && nag ? failures(nag, failOn) : 0;
    return lost > 0 ? 1 : nagFailed;
  },
});

/** The templates of a folder, a parse error as a usage error naming the file. */
/** The templates of a folder, or of one file in it (`single`, the name given as `target`). */
function readSet(dir: string, flag: string, single?: string, target = dir): ReviewTemplate[] {
  let templates;
  try {
    templates = loadTemplates(dir, single);
  } catch (err) {
    if (err instanceof TemplateParseError)
      throw new UsageError(`${join(dir, err.source)}: ${err.message.slice(err.source.length + 2)}`);
    throw err;
  }
  if (templates.length === 0)
    throw new UsageError(
      single
        ? `${flag} ${target}: not a template (a .yml, .yaml, .json or .template file with Resources)`
        : `${flag} ${dir}: no templates (*.yml, *.yaml, *.json) in it`,
    );
  return templates;
}

function parsePacks(value: string | undefined): NagPackName[] {
  if (value === undefined) return [...NAG_PACK_NAMES];
  if (value.trim() === 'none') return [];
  const names = value.split(',').map((p) => p.trim());
  const unknown = names.filter((p) => !(NAG_PACK_NAMES as string[]).includes(p));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`--packs: unknown pack "${unknown[0] ?? ''}" (known: ${NAG_PACK_NAMES.join(', ')}, none)`);
  }
  return [...new Set(names)] as NagPackName[];
}

/** 1 while a finding at the level asked for is open (or the packs could not run), else 0. */
function failures(nag: NagResult, level: 'error' | 'warning'): number {
  if (!nag.ran) {
    process.stderr.write(`mysfits review: --fail-on ${level}: the rule packs did not run (${nag.reason})\n`);
    return 1;
  }
  const open = openFindings(nag.findings).filter((f) => level === 'warning' || f.level === 'error');
  const stale = level === 'warning' ? nag.stale : [];
  if (open.length === 0 && stale.length === 0) return 0;
  for (const f of open) {
    process.stderr.write(
      `${paint(process.stderr, f.level === 'error' ? 'red' : 'yellow', f.level)}: ${f.file} ${f.resource}: ${f.rule}${f.finding ? `[${f.finding}]` : ''}: ${f.info}\n`,
    );
  }
  for (const s of stale) process.stderr.write(`warning: ${s.file} ${s.resource}: stale suppression of ${s.id}\n`);
  process.stderr.write(
    `mysfits review: ${open.length} open finding(s)${stale.length ? ` and ${stale.length} stale suppression(s)` : ''} at --fail-on ${level}\n`,
  );
  return 1;
}

/** The config with service.compute and network.natGateways as the templates show them. */
export function modesOfTemplates(config: Config, templates: readonly ReviewTemplate[]): Config {
  const file = (name: string) => templates.find((t) => t.file === name);
  const compute = file('service-function.yml') ? 'lambda' : file('service.yml') ? 'fargate' : config.service.compute;
  const core = file('core.yml');
  const nats = core?.parsed.resources.filter((r) => r.type === 'AWS::EC2::NatGateway').length;
  const natGateways = (nats !== undefined && natModeOfCount(nats)) || config.network.natGateways;
  return { ...config, service: { ...config.service, compute }, network: { ...config.network, natGateways } };
}
