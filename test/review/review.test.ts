// mysfits review: its content on the committed templates and on small fixtures.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCore } from '../../generator/builders/core.js';
import { validateConfig } from '../../generator/config/load.js';
import { parseTemplate } from '../../generator/core/parse.js';
import { renderAll } from '../../generator/render.js';
import { estimateCost, natModeComparison } from '../../generator/review/cost.js';
import { diagramGraph, renderDiagram } from '../../generator/review/diagram.js';
import { findExposure } from '../../generator/review/exposure.js';
import { findIamStatements } from '../../generator/review/iam.js';
import { fromTexts, loadTemplates } from '../../generator/review/model.js';
import { PRICES } from '../../generator/review/prices.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { launchChromium } from '../support/browser.js';

const APP = join(ROOT, 'test', 'fixtures', 'review', 'app');
const defaults = validateConfig({}, 'defaults');

describe('mysfits review', function () {
  // A liveness guard, not a speed target: the full review (cfn-lint, the rule packs, Chromium) takes
  // about 15 s of CPU; a loaded machine stretches that several times.
  this.timeout(300_000);

  it('over templates of another config without --config: says to pass it, and reads the modes from the templates', () => {
    const out = tempDir('mysfits-review-');
    const dir = join(ROOT, 'templates', 'variants', 'nat-single');
    const r = runCli(['review', '--templates', dir, '--out', out, '--skip-lint', '--packs', 'none']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /core\.yml differs from the default config; pass --config FILE/);
    assert.doesNotMatch(r.stderr, /run `mysfits generate`/);
    const md = readFileSync(join(out, 'review.md'), 'utf8');
    assert.match(md, /Effect of network\.natGateways[\s\S]*?Current mode: single\./);
    const withConfig = runCli([
      'review',
      '--templates',
      dir,
      '--config',
      join(dir, 'mysfits.config.json'),
      '--out',
      out,
      '--skip-lint',
      '--packs',
      'none',
    ]);
    assert.equal(withConfig.code, 0, withConfig.stderr);
    assert.doesNotMatch(withConfig.stderr, /differs/);
  });

  describe('of the committed templates', () => {
    const out = tempDir('mysfits-review-');
    let markdown: string;
    let html: string;
    let svg: string;
    let stdout: string;
    before(() => {
      const r = runCli(['review', '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '', 'the committed templates match the config');
      stdout = r.stdout;
      markdown = readFileSync(join(out, 'review.md'), 'utf8');
      html = readFileSync(join(out, 'review.html'), 'utf8');
      svg = readFileSync(join(out, 'diagram.svg'), 'utf8');
    });

    it('review.html in Chromium at 1,200 px: the diagram fits the page, nothing runs off it, and the larger sizes pan', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        await page.goto(pathToFileURL(join(out, 'review.html')).href);
        // As a string: this suite's types have no DOM.
        const measure = () =>
          page.evaluate<{ svg: number; frame: number; page: number }>(`(() => {
            const svg = document.querySelector('.diagram svg').getBoundingClientRect();
            const frame = document.querySelector('.diagram').getBoundingClientRect();
            return { svg: svg.width, frame: frame.width, page: document.documentElement.scrollWidth };
          })()`);
        const fitted = await measure();
        assert.ok(fitted.svg <= fitted.frame + 1, `diagram ${fitted.svg} px in a ${fitted.frame} px frame`);
        assert.ok(fitted.svg > fitted.frame * 0.9, 'the diagram fills its frame');
        assert.ok(fitted.page <= 1200, `the page is ${fitted.page} px wide (a table or the diagram runs off it)`);
        for (const label of ['full size', 'twice the page (scroll to pan)']) {
          await page.getByLabel(label, { exact: true }).check();
          const zoomed = await measure();
          assert.ok(zoomed.svg > zoomed.frame * 1.5, `${label}: wider than the frame (scrolled to pan)`);
          assert.ok(zoomed.page <= 1200, `${label}: panning stays inside the frame`);
        }
        await page.getByLabel('fit to the page').check();
        assert.ok((await measure()).svg <= fitted.frame + 1, 'back to fitted');
      } finally {
        await browser.close();
      }
    });

    it('says what it wrote', () => {
      assert.match(stdout, /reviewed \d+ template\(s\) in templates: \d+ resources/);
      assert.match(stdout, /wrote .*review\.md, .*review\.html, .*diagram\.svg/);
    });

    it('lists every resource of core.yml with the reviewer comment the builder gave it', () => {
      const core = buildCore(defaults);
      for (const r of core.resources) {
        const row = markdown.split('\n').find((l) => l.startsWith(`| ${r.id} |`));
        assert.ok(row, `${r.id} missing`);
        assert.ok(row.includes(String(r.value.Type)), row);
        assert.ok(row.includes(r.comment!.replace(/\|/g, '\\|')), `${r.id}: comment not shown: ${row}`);
      }
    });

    it('lists the public subnets as reachable, with what protects them', () => {
      assert.match(
        markdown,
        /\| core\.yml \| PublicSubnetOne \| public subnet .*NatGatewayOne .*\| no public IP addresses on launch; holds only NAT gateways \(outbound only\)/,
      );
      assert.doesNotMatch(markdown, /\| core\.yml \| PrivateSubnetOne \| public subnet/);
    });

    it('shows the endpoint policy statement with its actions, and flags the table/* pattern', () => {
      const row = markdown.split('\n').find((l) => l.startsWith('| core.yml | DynamoDbEndpoint | PolicyDocument'));
      assert.ok(row);
      assert.match(row, /dynamodb:GetItem, dynamodb:PutItem/);
      assert.match(row, /⚠ resource pattern arn:\$\{AWS::Partition\}:dynamodb:.*:table\/\*/);
    });

    it('prices two NAT gateways in us-east-1 and compares the NAT modes', () => {
      // 2 × ($0.045 + $0.005) × 730 h + 5 GB × $0.045 = $73.225
      assert.match(
        markdown,
        /\| COST001 \| NAT gateways \| 2 \| \$73\.2[23] \| 2 × \(\$0\.045 \+ \$0\.005 IPv4\) × 730 h \+ 5 GB × \$0\.045 \|/,
      );
      assert.match(markdown, /\| perAz \(current\) \| 2 \| 0 \|/);
      assert.match(markdown, /\| single \| 1 \| 0 \| \$36\.7[23] \|/);
      // 4 interface endpoints × 2 AZs × $0.01 × 730 h + 5 GB × $0.01
      assert.match(markdown, /\| none \| 0 \| 4 \| \$58\.45 \|/);
      assert.match(markdown, /### Prices used \(us-east-1, as of \d{4}-\d{2}-\d{2}\)/);
    });

    it('reports cfn-lint as run with no findings', () => {
      assert.match(markdown, /## cfn-lint\n\nNo findings at any level \(cfn-lint [\d.]+\)/);
    });

    it('draws every resource, the references between them, and the internet', () => {
      const core = parseTemplate(readFileSync(join(ROOT, 'templates', 'core.yml'), 'utf8'), 'core.yml');
      for (const r of core.resources) assert.ok(svg.includes(`>${r.id}</text>`), `${r.id} not drawn`);
      assert.ok((svg.match(/<polyline /g) ?? []).length >= 30, 'references drawn');
      assert.match(svg, />Internet<\/text>/);
      assert.match(svg, /stroke="#cf222e" stroke-width="2\.2"/, 'reachable resources outlined');
      assert.ok(html.includes('<svg'), 'the HTML embeds the diagram');
      assert.match(html, /<td class="flag">⚠ resource pattern/);
    });
  });

  describe('cost follows the NAT mode', () => {
    it('the review of templates generated with natGateways single prices one gateway and marks the mode', () => {
      const dir = tempDir();
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ network: { natGateways: 'single' } }));
      const templates = join(dir, 'templates');
      assert.equal(runCli(['generate', '--config', config, '--out', templates, '--quiet']).code, 0);
      const r = runCli([
        'review',
        '--config',
        config,
        '--templates',
        templates,
        '--out',
        join(dir, 'review'),
        '--skip-lint',
      ]);
      assert.equal(r.code, 0, r.stderr);
      const md = readFileSync(join(dir, 'review', 'review.md'), 'utf8');
      assert.match(md, /\| COST001 \| NAT gateways \| 1 \| \$36\.7[23] \|/);
      assert.match(md, /\| single \(current\) \| 1 \|/);
      assert.match(md, /cfn-lint: not run \(--skip-lint\)/);
    });

    it('none: no NAT gateway, four interface endpoints (ECR API, ECR registry, Logs, Cognito) in two AZs instead; prices differ by region', () => {
      const rows = natModeComparison(defaults, 'eu-central-1');
      assert.deepEqual(
        rows.map((r) => [r.mode, r.natGateways, r.interfaceEndpoints]),
        [
          ['perAz', 2, 0],
          ['single', 1, 0],
          ['none', 0, 4],
        ],
      );
      // The trade-off names the endpoints the none templates really have, not a list kept by hand.
      assert.match(
        rows.find((r) => r.mode === 'none')!.tradeoff,
        /endpoint \(dynamodb, s3, ecr\.api, ecr\.dkr, logs, cognito-idp\).*signing keys are given at deploy time/,
      );
      const p = PRICES['eu-central-1'];
      const none = rows.find((r) => r.mode === 'none')!;
      assert.ok(Math.abs(none.network - (4 * 2 * p.endpointAzHour * 730 + 5 * p.endpointGb)) < 0.01);
      const perAz = rows.find((r) => r.mode === 'perAz')!;
      assert.ok(perAz.network > natModeComparison(defaults, 'us-east-1')[0].network, 'Frankfurt NAT costs more');
    });
  });

  describe('of a miniature app (nested stacks)', () => {
    const templates = loadTemplates(APP);

    it('flags wildcard IAM and keeps narrow statements unflagged', () => {
      const iam = findIamStatements(templates);
      const broad = iam.find((s) => s.resource === 'TaskRole' && s.policy === 'table')!;
      assert.deepEqual(broad.flags, ['action wildcard dynamodb:*', 'Resource "*": any resource']);
      const trust = iam.find((s) => s.resource === 'TaskRole' && s.policy === 'trust')!;
      assert.deepEqual(trust.flags, []);
      assert.equal(trust.principal, 'Service: ecs-tasks.amazonaws.com');
    });

    it('lists CloudFront, the API stage and the user pool as reachable, with protections and gaps', () => {
      const { reachable, notReachable } = findExposure(templates);
      assert.deepEqual(reachable.map((e) => e.id).sort(), ['Distribution', 'Stage', 'UserPool']);
      const stage = reachable.find((e) => e.id === 'Stage')!;
      assert.ok(stage.protections.includes('throttling 50 rps, burst 100'));
      assert.ok(stage.protections.includes('1 of 2 methods need a token'));
      assert.ok(stage.concerns.includes('public methods (no token): GET /items'));
      const cdn = reachable.find((e) => e.id === 'Distribution')!;
      assert.ok(cdn.protections.includes('viewers on HTTPS (redirect-to-https)'));
      assert.ok(cdn.protections.some((p) => /origin access control/.test(p)));
      assert.deepEqual(notReachable.map((e) => e.id).sort(), ['LoadBalancer', 'SiteBucket']);
    });

    it('prices Fargate with the task size and the desired count main.yml passes', () => {
      const fargate = estimateCost(templates, 'us-east-1').lines.find((l) => l.component === 'Fargate tasks')!;
      // 2 × (0.5 vCPU × $0.04048 + 1 GB × $0.004445) × 730 h
      assert.equal(fargate.monthly.toFixed(2), '36.04');
      assert.match(fargate.basis, /^2 task\(s\) × \(0\.5 vCPU/);
      const ddb = estimateCost(templates, 'us-east-1').lines.find((l) => l.component === 'DynamoDB')!;
      assert.match(ddb.basis, /0\.30 M writes \(2 GSI\).*\$0\.2 PITR/);
    });

    it("links resources across stacks where main.yml feeds one stack's output to another", () => {
      const graph = diagramGraph(templates, findExposure(templates));
      const edges = (graph.edges ?? []) as unknown as { sources: string[]; targets: string[]; kind: string }[];
      const across = edges.filter((e) => e.kind === 'stack').map((e) => `${e.sources[0]} -> ${e.targets[0]}`);
      assert.ok(across.includes('edge.yml::VpcLink -> service.yml::LoadBalancer'), across.join('\n'));
      assert.ok(across.includes('service.yml::Service -> network.yml::PrivateSubnet'), across.join('\n'));
      const nests = edges.filter((e) => e.kind === 'nests').map((e) => `${e.sources[0]} -> ${e.targets[0]}`);
      assert.deepEqual(nests.sort(), [
        'main.yml::Edge -> cluster:edge.yml',
        'main.yml::Network -> cluster:network.yml',
        'main.yml::Service -> cluster:service.yml',
      ]);
    });
  });

  describe('of risky fixtures', () => {
    it('an internet-facing load balancer without TLS, a public website bucket, a world-open security group', async () => {
      const [t] = fromTexts([
        {
          file: 'risky.yml',
          text: `Resources:
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-1, subnet-2]
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 80
      Protocol: HTTP
      DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: '200' } }]
  Site:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration: { IndexDocument: index.html }
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  Anyone:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: 's3:*', Resource: '*' }
`,
        },
      ]);
      const { reachable } = findExposure([t]);
      const alb = reachable.find((e) => e.id === 'Alb')!;
      assert.match(alb.what, /internet-facing application load balancer \(HTTP 80\)/);
      assert.deepEqual(alb.concerns, ['no security group', 'no TLS listener']);
      assert.ok(
        reachable.find((e) => e.id === 'Site')!.concerns.includes('bucket policy allows anyone without a condition'),
      );
      assert.match(reachable.find((e) => e.id === 'Open')!.what, /open to 0\.0\.0\.0\/0 on tcp 22-22/);
      const flags = findIamStatements([t])[0].flags;
      assert.deepEqual(flags, [
        'action wildcard s3:*',
        'Resource "*": any resource',
        'Principal "*" with no condition: anyone',
      ]);
      const svg = await renderDiagram([t], findExposure([t]));
      assert.match(svg, /<svg [^>]*width="\d+"/);
    });

    it('shows cfn-lint findings of a broken template with rule and line', () => {
      const dir = tempDir();
      mkdirSync(join(dir, 't'));
      copyFileSync(join(ROOT, 'test', 'fixtures', 'broken.yml'), join(dir, 't', 'broken.yml'));
      const r = runCli(['review', '--templates', join(dir, 't'), '--out', join(dir, 'r')]);
      assert.equal(r.code, 0, r.stderr);
      const md = readFileSync(join(dir, 'r', 'review.md'), 'utf8');
      assert.match(md, /\| broken\.yml \| \d+ \| E3002 \| Error \|/);
    });
  });

  describe('input checks', () => {
    it('has prices for every default region, and falls back to us-east-1 elsewhere with a note', () => {
      for (const region of defaults.regions) assert.ok(PRICES[region], `no prices for ${region}`);
      const templates = fromTexts(renderAll(defaults));
      const estimate = estimateCost(templates, 'sa-east-1');
      assert.equal(estimate.pricedAs, 'us-east-1');
      assert.deepEqual(estimate.notes, ['No prices for sa-east-1 in the table: us-east-1 prices are shown.']);
    });

    it('warns when the templates differ from what the config generates', () => {
      const dir = tempDir();
      copyFileSync(join(ROOT, 'templates', 'core.yml'), join(dir, 'core.yml'));
      writeFileSync(
        join(dir, 'core.yml'),
        readFileSync(join(dir, 'core.yml'), 'utf8').replace('10.0.0.0/16', '10.9.0.0/16'),
      );
      const r = runCli(['review', '--templates', dir, '--out', join(dir, 'r'), '--skip-lint']);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /core\.yml differs from the default config; pass --config FILE/);
    });

    it('rejects a missing folder, a bad region and a file that is not a template with exit 2, writing nothing', () => {
      const dir = tempDir();
      const out = join(dir, 'r');
      const missing = runCli(['review', '--templates', join(dir, 'nope'), '--out', out]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such folder/);
      assert.equal(runCli(['review', '--region', 'mars-1', '--out', out]).code, 2);
      writeFileSync(join(dir, 'bad.yml'), 'just: [text');
      const bad = runCli(['review', '--templates', dir, '--out', out]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /bad\.yml: not valid YAML or JSON \(line 1/);
      assert.equal(existsSync(out), false);
    });
  });
});
