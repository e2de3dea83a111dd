// The review's rules have names (issue 32): every exposure and cost rule an id, a one-line
// description and its AWS documentation; every finding names its rule (review.md and
// `review --json`); docs/review-rules.md lists them as the code has them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { COST_RULES, estimateCost } from '../../generator/review/cost.js';
import { EXPOSURE_RULES, findExposure, type Exposure } from '../../generator/review/exposure.js';
import { loadTemplates } from '../../generator/review/model.js';
import { ruleIdProblems, rulesReference, RULES_END, RULES_START } from '../../generator/review/rules.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

const TEMPLATES = join(ROOT, 'templates');

describe('review rules: ids, descriptions and sources', () => {
  it('every exposure rule is EXP and three digits, every cost rule COST: none twice, each with a line and a source', () => {
    assert.deepEqual(ruleIdProblems('EXP', EXPOSURE_RULES), []);
    assert.deepEqual(ruleIdProblems('COST', COST_RULES), []);
    assert.equal(EXPOSURE_RULES.length, 10);
    assert.equal(COST_RULES.length, 21);
  });

  it('the check refuses a reused id, a malformed one and a source that is not AWS documentation', () => {
    const ok = { id: 'EXP001', description: 'x', source: 'https://docs.aws.amazon.com/x.html' };
    assert.deepEqual(ruleIdProblems('EXP', [ok, { ...ok }]), ['EXP001: used twice']);
    assert.deepEqual(ruleIdProblems('EXP', [{ ...ok, id: 'EXP1' }]), ['EXP1: not EXP and three digits']);
    assert.deepEqual(ruleIdProblems('EXP', [{ ...ok, source: 'https://example.com/' }]), [
      'EXP001: source https://example.com/ is not an AWS documentation page',
    ]);
  });

  it('every exposure finding and cost line of the generated templates names the rule that made it', () => {
    const templates = loadTemplates(TEMPLATES);
    const exposure = findExposure(templates);
    const all: Exposure[] = [...exposure.reachable, ...exposure.notReachable];
    assert.ok(all.length > 5);
    const ids = new Set(EXPOSURE_RULES.map((r) => r.id));
    for (const e of all) assert.ok(ids.has(e.rule), `${e.file} ${e.id}: rule ${e.rule}`);
    // The CloudFront distribution is found by EXP001, the user pool by EXP007.
    const by = (type: string) => all.find((e) => e.type === type)?.rule;
    assert.equal(by('AWS::CloudFront::Distribution'), 'EXP001');
    assert.equal(by('AWS::Cognito::UserPool'), 'EXP007');
    const cost = estimateCost(templates, 'us-east-1');
    assert.deepEqual(
      cost.lines.map((l) => l.rule),
      COST_RULES.map((r) => r.id),
    );
    assert.equal(cost.lines.find((l) => l.component === 'NAT gateways')?.rule, 'COST001');
  });

  it('docs/review-rules.md lists the rules as the code has them (run `npm run docs` after a rule change)', async () => {
    const file = join(ROOT, 'docs', 'review-rules.md');
    const doc = readFileSync(file, 'utf8');
    const start = doc.indexOf(RULES_START);
    const end = doc.indexOf(RULES_END);
    assert.ok(start >= 0 && end > start, 'docs/review-rules.md has no review-rules block');
    const rendered = (
      await prettier.format(rulesReference(), { ...(await prettier.resolveConfig(file)), filepath: file })
    ).trim();
    assert.equal(doc.slice(start, end + RULES_END.length), rendered);
    for (const r of [...EXPOSURE_RULES, ...COST_RULES]) assert.ok(doc.includes(`| ${r.id} `), r.id);
    // Where a new rule goes and which test demands its case.
    assert.match(
      doc,
      /## Adding a rule\n\n.*EXPOSURE_RULES.*COST_RULES.*\n.*exposure\.test\.ts.*cost\.test\.ts.*\n.*npm run docs/,
    );
  });

  it('review --json carries each finding with its rule id; review.md shows the id too', () => {
    const out = tempDir('mysfits-review-json-');
    const r = runCli(['review', '--out', out, '--skip-lint', '--packs', 'none', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      exposure: { reachable: { rule: string; file: string; id: string }[]; notReachable: { rule: string }[] };
      cost: { lines: { rule: string; component: string }[]; total: number };
      wrote: string[];
    };
    assert.ok(report.exposure.reachable.length > 0);
    for (const e of [...report.exposure.reachable, ...report.exposure.notReachable]) assert.match(e.rule, /^EXP\d{3}$/);
    assert.deepEqual(
      report.cost.lines.map((l) => l.rule),
      COST_RULES.map((x) => x.id),
    );
    // The summary went to stderr, leaving stdout JSON alone; it lists what to look at by rule.
    assert.match(r.stderr, /reachable from the internet: \d+/);
    assert.match(r.stderr, /^ {4}EXP\d{3} \S+\.yml \w+: /m);
    const md = readFileSync(join(out, 'review.md'), 'utf8');
    const cloudFront = report.exposure.reachable.find((e) => e.rule === 'EXP001')!;
    assert.ok(md.includes(`| EXP001 | ${cloudFront.file} | ${cloudFront.id} |`));
    assert.match(md, /\| COST001 \| NAT gateways \| 2 \|/);
  });
});
