// The resources and how they connect, as SVG: one box per resource grouped by template, an
// arrow from each resource to what it references (Ref, GetAtt, Sub; DependsOn dashed), the
// wiring main.yml does between nested stacks (parameter <- another stack's output), and the
// internet pointing at what it can reach. Layout by ELK (elkjs, layered); drawing is ours.
import elkModule, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { ExposureReport } from './exposure.js';
import { NESTED_STACK_TYPES, nestedFile, referencesIn, referencesOf, type ReviewTemplate } from './model.js';

// elkjs is CommonJS whose module.exports is the constructor; its typings declare it as `default`.
const ELK = ((elkModule as unknown as { default?: unknown }).default ?? elkModule) as typeof elkModule.default;

interface Category {
  readonly name: string;
  readonly fill: string;
  readonly stroke: string;
  readonly match: RegExp;
}

const CATEGORIES: readonly Category[] = [
  { name: 'network', fill: '#ddf4ff', stroke: '#54aeff', match: /^AWS::EC2::/ },
  {
    name: 'compute',
    fill: '#fff1e5',
    stroke: '#fb8f44',
    match: /^AWS::(ECS|ECR|ElasticLoadBalancing|ElasticLoadBalancingV2|Lambda)::|^AWS::Serverless::Function/,
  },
  { name: 'data', fill: '#dafbe1', stroke: '#4ac26b', match: /^AWS::(DynamoDB|S3)::/ },
  {
    name: 'identity & security',
    fill: '#ffebe9',
    stroke: '#ff8182',
    match: /^AWS::(IAM|Cognito|KMS|WAFv2|SecretsManager)::/,
  },
  {
    name: 'edge & API',
    fill: '#fbefff',
    stroke: '#c297ff',
    match: /^AWS::(ApiGateway|CloudFront)::|^AWS::Serverless::Api/,
  },
  { name: 'operations', fill: '#f6f8fa', stroke: '#8c959f', match: /^AWS::(Logs|CloudWatch|CloudFormation|SSM)::/ },
  { name: 'other', fill: '#fff8c5', stroke: '#d4a72c', match: /./ },
];
const categoryOf = (type: string): Category => CATEGORIES.find((c) => c.match.test(type))!;

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const shortType = (type: string): string => type.replace(/^AWS::/, '');
const nodeId = (file: string, id: string): string => `${file}::${id}`;
const INTERNET = 'internet';

interface EdgeInfo {
  readonly kind: 'ref' | 'depends' | 'stack' | 'nests' | 'internet';
}

/** The diagram's graph before layout: clusters per template, nodes, typed edges. */
export function diagramGraph(templates: readonly ReviewTemplate[], exposure: ExposureReport): ElkNode {
  const files = templates.map((t) => t.file);
  const edges = new Map<string, ElkExtendedEdge & EdgeInfo>();
  const addEdge = (source: string, target: string, kind: EdgeInfo['kind']): void => {
    if (source === target) return;
    const key = `${source}->${target}`;
    const existing = edges.get(key);
    // A reference outranks a DependsOn between the same two resources.
    if (existing && !(existing.kind === 'depends' && kind === 'ref')) return;
    edges.set(key, { id: `e${edges.size}`, sources: [source], targets: [target], kind });
  };

  const children: ElkNode[] = templates.map((t) => ({
    id: `cluster:${t.file}`,
    labels: [{ text: t.file }],
    layoutOptions: { 'elk.padding': '[top=34,left=12,bottom=12,right=12]' },
    children: t.parsed.resources.map((r) => {
      const width = Math.max(r.id.length * 7.4, shortType(r.type).length * 6.1) + 22;
      return { id: nodeId(t.file, r.id), width, height: 42, labels: [{ text: r.id }, { text: r.type }] };
    }),
  }));

  for (const t of templates) {
    const ids = new Set(t.parsed.resources.map((r) => r.id));
    for (const r of t.parsed.resources) {
      for (const ref of referencesOf(r)) {
        if (ids.has(ref.target))
          addEdge(nodeId(t.file, r.id), nodeId(t.file, ref.target), ref.via === 'DependsOn' ? 'depends' : 'ref');
      }
    }
  }

  // Nested stacks: the stack resource nests its template; a parameter fed from another nested
  // stack's output links the resources using the parameter to those behind the output.
  for (const parent of templates) {
    const stackFiles = new Map<string, string>();
    for (const r of parent.parsed.resources) {
      const file = NESTED_STACK_TYPES.has(r.type) ? nestedFile(r, files) : undefined;
      if (file) stackFiles.set(r.id, file);
    }
    for (const [stackId, file] of stackFiles) {
      addEdge(nodeId(parent.file, stackId), `cluster:${file}`, 'nests');
      const child = templates.find((t) => t.file === file)!;
      const params = parent.parsed.resources.find((r) => r.id === stackId)!.properties.Parameters;
      for (const [param, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
        const users = child.parsed.resources.filter((r) => referencesOf(r).some((x) => x.target === param));
        for (const ref of referencesIn(value)) {
          const sourceFile = stackFiles.get(ref.target);
          const output = ref.attribute?.replace(/^Outputs\./, '');
          const source = templates.find((t) => t.file === sourceFile);
          if (!source || !output) continue;
          const producers = referencesIn(source.parsed.outputs[output]?.Value).filter((x) =>
            source.parsed.resources.some((r) => r.id === x.target),
          );
          for (const user of users) {
            for (const p of producers) addEdge(nodeId(file, user.id), nodeId(source.file, p.target), 'stack');
          }
        }
      }
    }
  }

  const reachable = exposure.reachable.filter((e) => !/SecurityGroup/.test(e.type));
  if (reachable.length > 0) {
    children.unshift({ id: INTERNET, width: 90, height: 42, labels: [{ text: 'Internet' }, { text: '' }] });
    for (const e of reachable) {
      const t = templates.find((x) => x.file === e.file)!;
      const igw =
        e.type === 'AWS::EC2::Subnet'
          ? t.parsed.resources.find((r) => r.type === 'AWS::EC2::InternetGateway')
          : undefined;
      addEdge(INTERNET, nodeId(e.file, igw?.id ?? e.id), 'internet');
    }
  }

  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.nodeNode': '14',
      'elk.spacing.edgeNode': '10',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.json.edgeCoords': 'ROOT',
      'elk.json.shapeCoords': 'ROOT',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children,
    edges: [...edges.values()],
  };
}

const EDGE_STYLE: Record<EdgeInfo['kind'], string> = {
  ref: 'stroke="#57606a"',
  depends: 'stroke="#8c959f" stroke-dasharray="4 3"',
  stack: 'stroke="#8250df" stroke-dasharray="6 3" stroke-width="1.4"',
  nests: 'stroke="#8c959f" stroke-dasharray="2 3"',
  internet: 'stroke="#cf222e" stroke-width="1.6"',
};

export async function renderDiagram(templates: readonly ReviewTemplate[], exposure: ExposureReport): Promise<string> {
  const graph = diagramGraph(templates, exposure);
  const laid = await new ELK().layout(graph);
  const exposed = new Set(exposure.reachable.map((e) => nodeId(e.file, e.id)));
  const types = new Map(
    templates.flatMap((t) => t.parsed.resources.map((r) => [nodeId(t.file, r.id), r.type] as const)),
  );
  // At least as wide as the legend.
  const width = Math.max(Math.ceil(laid.width ?? 0), 820);
  const legendTop = Math.ceil(laid.height ?? 0);
  const height = legendTop + 70;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker>',
    '<marker id="arrow-red" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#cf222e"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  const nodes: string[] = [];
  for (const cluster of laid.children ?? []) {
    if (cluster.id === INTERNET) {
      nodes.push(
        `<g><rect x="${cluster.x}" y="${cluster.y}" width="${cluster.width}" height="${cluster.height}" rx="21" fill="#ffebe9" stroke="#cf222e" stroke-width="2"/>`,
        `<text x="${cluster.x! + cluster.width! / 2}" y="${cluster.y! + 26}" text-anchor="middle" font-size="13" font-weight="bold" fill="#cf222e">Internet</text></g>`,
      );
      continue;
    }
    out.push(
      `<g><rect x="${cluster.x}" y="${cluster.y}" width="${cluster.width}" height="${cluster.height}" rx="8" fill="#fafbfc" stroke="#d0d7de"/>`,
      `<text x="${cluster.x! + 12}" y="${cluster.y! + 22}" font-size="14" font-weight="bold" fill="#24292f">${esc(cluster.labels?.[0]?.text ?? '')}</text></g>`,
    );
    for (const n of cluster.children ?? []) {
      const type = types.get(n.id) ?? '';
      const c = categoryOf(type);
      const hot = exposed.has(n.id);
      nodes.push(
        `<g><title>${esc(`${n.labels?.[0]?.text} (${type})${hot ? ': reachable from the internet' : ''}`)}</title>`,
        `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="5" fill="${c.fill}" stroke="${hot ? '#cf222e' : c.stroke}" stroke-width="${hot ? 2.2 : 1}"/>`,
        `<text x="${n.x! + 10}" y="${n.y! + 18}" font-size="12" font-weight="bold" fill="#24292f">${esc(n.labels?.[0]?.text ?? '')}</text>`,
        `<text x="${n.x! + 10}" y="${n.y! + 33}" font-size="10" fill="#57606a">${esc(shortType(type))}</text></g>`,
      );
    }
  }
  for (const e of (laid.edges ?? []) as (ElkExtendedEdge & EdgeInfo)[]) {
    for (const s of e.sections ?? []) {
      const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map(
        (p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`,
      );
      const marker = e.kind === 'internet' ? 'url(#arrow-red)' : 'url(#arrow)';
      out.push(`<polyline points="${points.join(' ')}" fill="none" ${EDGE_STYLE[e.kind]} marker-end="${marker}"/>`);
    }
  }
  out.push(...nodes);

  // Legend
  let x = 20;
  const y = legendTop + 10;
  const legend: string[] = [];
  for (const c of CATEGORIES.filter((c) => [...types.values()].some((t) => categoryOf(t) === c))) {
    legend.push(`<rect x="${x}" y="${y}" width="14" height="14" rx="3" fill="${c.fill}" stroke="${c.stroke}"/>`);
    legend.push(`<text x="${x + 20}" y="${y + 11}" font-size="11" fill="#24292f">${esc(c.name)}</text>`);
    x += 30 + c.name.length * 6.5;
  }
  legend.push(
    `<rect x="${x}" y="${y}" width="14" height="14" rx="3" fill="#ffffff" stroke="#cf222e" stroke-width="2.2"/>`,
  );
  legend.push(`<text x="${x + 20}" y="${y + 11}" font-size="11" fill="#24292f">reachable from the internet</text>`);
  const line = (x0: number, style: string, text: string): string =>
    `<line x1="${x0}" y1="${y + 37}" x2="${x0 + 30}" y2="${y + 37}" ${style}/><text x="${x0 + 36}" y="${y + 41}" font-size="11" fill="#24292f">${esc(text)}</text>`;
  legend.push(line(20, EDGE_STYLE.ref, 'refers to (Ref, GetAtt, Sub)'));
  legend.push(line(230, EDGE_STYLE.depends, 'DependsOn'));
  legend.push(line(350, EDGE_STYLE.stack, "uses another stack's output"));
  legend.push(line(570, EDGE_STYLE.nests, 'nests template'));
  out.push(...legend, '</svg>');
  return out.join('\n') + '\n';
}
