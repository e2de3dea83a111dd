#!/usr/bin/env node
// Draws our mysfits as SVG: one profile picture (images/mysfits/<slug>.svg) and one thumbnail
// (<slug>-thumb.svg, the same creature framed closer) per catalogue entry, into
// site/public/images/mysfits/. Our own drawings, no external hosts; the output is committed so
// a change to a drawing is reviewed as a diff (the site test checks it is up to date).
//   node scripts/draw-mysfits.mjs            writes the files
//   import { drawings } from '...'           the files as { path: content }, for the test
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'site', 'public', 'images', 'mysfits');
const INK = '#2b1d4a';
const line = `stroke="${INK}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"`;

// ---- shared features ----

const eye = (x, y, r = 7, look = 0) =>
  `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" ${line}/>` +
  `<circle cx="${x + look}" cy="${y + 1}" r="${(r * 0.45).toFixed(1)}" fill="${INK}"/>` +
  `<circle cx="${x + look - r * 0.2}" cy="${y - r * 0.15}" r="${(r * 0.15).toFixed(1)}" fill="#fff"/>`;
const glowEye = (x, y, r, colour) =>
  `<circle cx="${x}" cy="${y}" r="${r + 2}" fill="${colour}" opacity="0.35"/><circle cx="${x}" cy="${y}" r="${r}" fill="${colour}"/>`;
const smile = (x, y, w = 14, depth = 6) =>
  `<path d="M${x - w / 2} ${y} Q${x} ${y + depth} ${x + w / 2} ${y}" fill="none" ${line}/>`;
const blush = (x, y) => `<ellipse cx="${x}" cy="${y}" rx="5" ry="3" fill="#f29aa8" opacity="0.7"/>`;
const sparkle = (x, y, s = 5, colour = '#ffd45e') =>
  `<path d="M${x} ${y - s} L${x + s * 0.3} ${y - s * 0.3} L${x + s} ${y} L${x + s * 0.3} ${y + s * 0.3} L${x} ${y + s} L${x - s * 0.3} ${y + s * 0.3} L${x - s} ${y} L${x - s * 0.3} ${y - s * 0.3}Z" fill="${colour}"/>`;

// ---- the creatures (a 200 x 200 canvas; `frame`: the thumbnail's view box when not the usual) ----

const CREATURES = {
  bramblewick: {
    sky: '#dcefd6',
    ground: '#9cc48a',
    art: `
      <rect x="52" y="70" width="96" height="100" rx="40" fill="#9a9d8f" ${line}/>
      <path d="M60 150 h80" stroke="#7e8175" stroke-width="3" stroke-linecap="round"/>
      <circle cx="78" cy="128" r="6" fill="#878a7d"/><circle cx="124" cy="140" r="8" fill="#878a7d"/>
      <path d="M50 100 Q52 66 100 64 Q148 66 150 100 Q138 88 124 96 Q112 84 100 94 Q88 84 74 96 Q62 88 50 100Z" fill="#5f9e4a" ${line}/>
      <path d="M100 64 Q98 48 100 36" fill="none" ${line}/>
      <path d="M100 46 Q86 34 80 42 Q90 50 100 46Z" fill="#7cc35f" ${line}/>
      <path d="M100 40 Q114 28 120 36 Q110 44 100 40Z" fill="#7cc35f" ${line}/>
      ${glowEye(82, 112, 6, '#f7e27a')}${glowEye(118, 112, 6, '#f7e27a')}
      ${smile(100, 128, 18, 6)}
      <rect x="36" y="110" width="20" height="34" rx="10" fill="#9a9d8f" ${line}/>
      <rect x="144" y="110" width="20" height="34" rx="10" fill="#9a9d8f" ${line}/>
      <path d="M156 160 q8 -10 16 0 q-8 6 -16 0Z" fill="#e9c46a" ${line}/>
      <circle cx="166" cy="152" r="5" fill="#d08c60" ${line}/>`,
  },
  'pip-ondine': {
    sky: '#d5ecf7',
    ground: '#7fb8d8',
    art: `
      <path d="M100 40 C130 80 146 104 146 128 A46 46 0 0 1 54 128 C54 104 70 80 100 40Z" fill="#6cc3e8" ${line}/>
      <path d="M76 64 Q68 84 80 96 M124 64 Q132 84 120 96" fill="none" stroke="#a9e1f5" stroke-width="5" stroke-linecap="round"/>
      <path d="M74 140 Q100 156 126 140" fill="none" stroke="#a9e1f5" stroke-width="4" stroke-linecap="round"/>
      ${eye(86, 116, 9, 2)}${eye(114, 116, 9, 2)}
      ${smile(100, 134, 12, 5)}${blush(76, 130)}${blush(124, 130)}
      <path d="M150 160 q10 -8 20 0 q-10 8 -20 0Z M170 160 l6 -5 v10Z" fill="#f2a541" ${line}/>
      ${sparkle(58, 60, 6)}${sparkle(150, 72, 5)}${sparkle(140, 40, 4)}`,
  },
  'sir-nettlesworth': {
    sky: '#f3e6cf',
    ground: '#c9b08a',
    art: `
      <path d="M46 150 L40 118 L56 122 L52 92 L70 102 L74 72 L90 88 L100 62 L112 86 L126 70 L130 100 L148 92 L144 122 L160 118 L156 150Z" fill="#7a5534" ${line}/>
      <ellipse cx="100" cy="138" rx="52" ry="26" fill="#c99867" ${line}/>
      <path d="M128 120 Q166 122 172 136 Q160 146 128 146Z" fill="#e0b987" ${line}/>
      <circle cx="172" cy="135" r="5" fill="${INK}"/>
      <path d="M112 96 Q124 80 142 92 L148 122 L116 124Z" fill="#b8c0c8" ${line}/>
      <path d="M122 92 Q126 70 140 66" fill="none" stroke="#c8344a" stroke-width="6" stroke-linecap="round"/>
      ${eye(138, 120, 6, 2)}
      <path d="M46 124 h30 v22 q-15 14 -30 0Z" fill="#c8344a" ${line}/>
      <path d="M61 124 v32 M46 134 h30" stroke="#f3d36b" stroke-width="3"/>
      <ellipse cx="84" cy="166" rx="10" ry="5" fill="#7a5534" ${line}/><ellipse cx="124" cy="166" rx="10" ry="5" fill="#7a5534" ${line}/>`,
  },
  murkle: {
    sky: '#e2e6d3',
    ground: '#8a8f5c',
    art: `
      <path d="M38 60 Q100 14 162 60 Z" fill="#d9423b" ${line}/>
      <path d="M38 60 Q54 52 69 60 Q85 52 100 60 Q115 52 131 60 Q146 52 162 60" fill="none" ${line}/>
      <path d="M100 40 V80" ${line}/>
      <path d="M62 168 Q52 100 80 84 Q100 74 120 84 Q148 100 138 168Z" fill="#7d8b4a" ${line}/>
      <circle cx="78" cy="140" r="7" fill="#6a7740"/><circle cx="122" cy="150" r="9" fill="#6a7740"/>
      <path d="M100 104 Q116 110 108 126 Q98 130 94 122" fill="#94a45c" ${line}/>
      ${eye(86, 102, 7, 1)}${eye(116, 100, 6, -1)}
      <path d="M84 136 Q100 146 118 136" fill="none" ${line}/>
      <path d="M90 137 l2 -7 l3 8 M110 137 l2 -8 l3 7" fill="#fff" ${line}/>
      <path d="M62 120 Q44 116 40 96" fill="none" ${line}/><path d="M138 120 Q156 116 160 98" fill="none" ${line}/>`,
  },
  'ember-vex': {
    sky: '#fbe1cf',
    ground: '#b98a6e',
    frame: [6, 6, 194],
    art: `
      <path d="M40 150 Q30 120 60 116 Q96 112 120 128 Q150 146 172 132 Q176 150 150 160 Q110 170 80 160 Q56 166 40 150Z" fill="#e2552d" ${line}/>
      <path d="M70 116 q-4 -20 8 -30 q0 12 8 12 q-2 -16 10 -26 q-2 16 8 22 q6 -10 14 -10 q-6 14 2 34" fill="#f7b733" ${line}/>
      <circle cx="90" cy="140" r="4" fill="#f7d25c"/><circle cx="116" cy="146" r="5" fill="#f7d25c"/><circle cx="140" cy="148" r="3" fill="#f7d25c"/>
      <path d="M40 150 Q26 140 30 126 Q44 118 60 124" fill="#e2552d" ${line}/>
      ${eye(40, 132, 7, -2)}
      <path d="M28 142 Q36 146 44 142" fill="none" ${line}/>
      <path d="M60 160 l-8 10 M100 164 l-4 10 M132 160 l6 10" ${line}/>
      <path d="M150 116 L186 60" stroke="#8a5a3b" stroke-width="4" stroke-linecap="round"/>
      <rect x="178" y="46" width="14" height="18" rx="5" transform="rotate(30 185 55)" fill="#fff7ef" ${line}/>`,
  },
  'grimsby-tallow': {
    sky: '#e4dcef',
    ground: '#a596bd',
    art: `
      <path d="M70 176 Q60 150 76 140 Q64 120 78 104 L78 62 Q100 54 122 62 L122 104 Q136 120 124 140 Q140 150 130 176 Q118 164 110 176 Q100 164 90 176 Q82 164 70 176Z" fill="#f4efe2" ${line}/>
      <path d="M78 62 Q80 78 86 80 Q90 70 94 84 Q100 74 106 82 Q110 70 116 80 Q120 72 122 62" fill="#fffaf0" ${line}/>
      <path d="M100 58 V46" ${line}/>
      <path d="M100 46 Q88 32 100 12 Q112 32 100 46Z" fill="#ffb938" ${line}/>
      <path d="M100 42 Q94 34 100 24 Q106 34 100 42Z" fill="#fff2a8"/>
      <ellipse cx="90" cy="100" rx="6" ry="9" fill="${INK}"/><ellipse cx="110" cy="100" rx="6" ry="9" fill="${INK}"/>
      <path d="M92 124 Q100 118 108 124" fill="none" ${line}/>
      <circle cx="152" cy="116" r="14" fill="#e8c35a" ${line}/><path d="M152 108 V116 L158 120" fill="none" ${line}/>
      <path d="M124 112 Q136 104 140 110" fill="none" ${line}/>`,
  },
  'professor-fennimore': {
    sky: '#efe3d2',
    ground: '#b59a76',
    art: `
      <ellipse cx="100" cy="130" rx="56" ry="46" fill="#8a5d3b" ${line}/>
      <path d="M56 64 L62 40 L78 58 M144 64 L138 40 L122 58" fill="#8a5d3b" ${line}/>
      <circle cx="100" cy="86" r="44" fill="#a8774e" ${line}/>
      <ellipse cx="100" cy="96" rx="30" ry="24" fill="#e8d2b0"/>
      <circle cx="82" cy="84" r="13" fill="#fff" ${line}/><circle cx="118" cy="84" r="13" fill="#fff" ${line}/>
      <circle cx="84" cy="86" r="5" fill="${INK}"/><circle cx="120" cy="86" r="5" fill="${INK}"/>
      <path d="M95 84 h10" ${line}/>
      <path d="M94 98 L100 110 L106 98Z" fill="#e8a43c" ${line}/>
      <path d="M62 140 L100 128 L138 140 L138 170 L100 158 L62 170Z" fill="#3f6fb5" ${line}/>
      <path d="M100 128 V158" ${line}/>
      <path d="M70 146 h20 M70 154 h18 M110 146 h20 M112 154 h18" stroke="#dfe8f5" stroke-width="2"/>`,
  },
  tumbleweed: {
    sky: '#f6ead0',
    ground: '#d8bf8a',
    art: `
      <path d="M100 176 Q86 170 96 162 Q118 156 104 146 Q76 140 90 126 Q118 120 112 108" fill="none" stroke="#c9a56b" stroke-width="10" stroke-linecap="round"/>
      <ellipse cx="100" cy="80" rx="40" ry="36" fill="#d8b878" ${line}/>
      <path d="M64 74 Q80 60 96 72 Q112 58 130 70" fill="none" stroke="#b38a4c" stroke-width="3" stroke-linecap="round"/>
      <path d="M66 96 Q86 108 112 100" fill="none" stroke="#b38a4c" stroke-width="3" stroke-linecap="round"/>
      ${eye(86, 80, 7, 2)}${eye(114, 80, 7, 2)}
      ${smile(100, 96, 14, 4)}
      <path d="M64 92 Q40 100 46 118 M136 92 Q160 100 154 118" fill="none" ${line}/>
      <path d="M84 46 Q100 30 116 46" fill="#7a4fb0" ${line}/><circle cx="100" cy="36" r="5" fill="#f1c94a" ${line}/>
      <circle cx="40" cy="60" r="3" fill="#c9a56b"/><circle cx="160" cy="48" r="4" fill="#c9a56b"/><circle cx="150" cy="150" r="3" fill="#c9a56b"/><circle cx="48" cy="150" r="2" fill="#c9a56b"/>`,
  },
  'oona-gloamfeather': {
    sky: '#cfd3ee',
    ground: '#6f74a8',
    art: `
      <circle cx="160" cy="42" r="18" fill="#fff4c2"/><circle cx="168" cy="36" r="16" fill="#cfd3ee"/>
      <path d="M60 120 Q20 90 30 50 Q56 76 76 84Z" fill="#3b3f7a" ${line}/>
      <path d="M140 120 Q180 90 170 50 Q144 76 124 84Z" fill="#3b3f7a" ${line}/>
      <ellipse cx="100" cy="126" rx="42" ry="44" fill="#4b4f95" ${line}/>
      <path d="M82 140 q6 8 12 0 q6 8 12 0 q6 8 12 0" fill="none" stroke="#8e92d6" stroke-width="3" stroke-linecap="round"/>
      <circle cx="100" cy="78" r="28" fill="#4b4f95" ${line}/>
      <path d="M90 86 L100 104 L110 86Z" fill="#f0b43c" ${line}/>
      ${eye(88, 74, 7, 1)}${eye(112, 74, 7, 1)}
      <path d="M78 62 L72 48 L90 56 M122 62 L128 48 L110 56" fill="#4b4f95" ${line}/>
      <path d="M84 168 v8 M116 168 v8" ${line}/>
      <circle cx="132" cy="168" r="6" fill="#f0c94a" ${line}/><path d="M138 168 h14 M146 168 v5 M150 168 v4" fill="none" ${line}/>`,
  },
  'barnaby-puddlejump': {
    sky: '#dff0da',
    ground: '#6fa8c9',
    art: `
      <ellipse cx="100" cy="170" rx="70" ry="10" fill="#9fd0ea"/>
      <ellipse cx="100" cy="132" rx="46" ry="36" fill="#59a84b" ${line}/>
      <ellipse cx="100" cy="140" rx="28" ry="20" fill="#cfe8a8"/>
      <circle cx="78" cy="84" r="16" fill="#59a84b" ${line}/><circle cx="122" cy="84" r="16" fill="#59a84b" ${line}/>
      ${eye(78, 84, 9, 1)}${eye(122, 84, 9, 1)}
      <path d="M70 110 Q100 126 130 110" fill="none" ${line}/>
      ${blush(70, 112)}${blush(130, 112)}
      <path d="M66 62 L100 50 L134 62 L100 70Z" fill="#2f4f8a" ${line}/><path d="M100 50 Q112 30 126 34" fill="none" stroke="#e0414f" stroke-width="5" stroke-linecap="round"/>
      <circle cx="48" cy="134" r="24" fill="#3f8f3c" ${line}/><path d="M48 134 L48 110 L58 112Z" fill="#dff0da" ${line}/>
      <path d="M150 110 L176 70" stroke="#b8c0c8" stroke-width="5" stroke-linecap="round"/><path d="M144 116 L158 104" ${line}/>
      <path d="M72 164 q-10 4 -16 0 M128 164 q10 4 16 0" fill="none" ${line}/>`,
  },
  sprocket: {
    sky: '#f1e5cc',
    ground: '#b0946a',
    art: `
      <path d="M138 128 H158" ${line}/>
      <ellipse cx="166" cy="118" rx="7" ry="10" fill="#b0863a" ${line}/><ellipse cx="166" cy="138" rx="7" ry="10" fill="#b0863a" ${line}/>
      <circle cx="160" cy="128" r="5" fill="#d4a84a" ${line}/>
      <rect x="60" y="96" width="80" height="66" rx="18" fill="#d4a84a" ${line}/>
      <circle cx="100" cy="128" r="16" fill="#b0863a" ${line}/><circle cx="100" cy="128" r="6" fill="#f1e5cc" ${line}/>
      <path d="M100 108 v-4 M100 148 v4 M80 128 h-4 M120 128 h4 M86 114 l-3 -3 M114 142 l3 3 M114 114 l3 -3 M86 142 l-3 3" ${line}/>
      <rect x="66" y="42" width="68" height="56" rx="22" fill="#e0b95c" ${line}/>
      <path d="M70 50 L56 30 L82 44 M130 50 L144 30 L118 44" fill="#e0b95c" ${line}/>
      ${eye(88, 70, 10, 2)}${eye(114, 70, 10, 2)}
      <rect x="90" y="84" width="22" height="6" rx="3" fill="${INK}"/>
      <path d="M60 120 Q44 124 44 142 M140 120 Q156 124 158 140" fill="none" ${line}/>
      <rect x="70" y="160" width="16" height="12" rx="4" fill="#b0863a" ${line}/><rect x="114" y="160" width="16" height="12" rx="4" fill="#b0863a" ${line}/>`,
  },
  hexabelle: {
    sky: '#e6dcef',
    ground: '#6f8f5a',
    art: `
      <path d="M130 160 Q176 160 168 124 Q162 108 150 118 Q160 132 148 144" fill="none" stroke="#3a2f4f" stroke-width="10" stroke-linecap="round"/>
      <ellipse cx="100" cy="140" rx="40" ry="34" fill="#3a2f4f" ${line}/>
      <circle cx="100" cy="96" r="32" fill="#3a2f4f" ${line}/>
      <path d="M72 82 L70 58 L88 70 M128 82 L130 58 L112 70" fill="#3a2f4f" ${line}/>
      <path d="M56 66 Q100 54 144 66 Q100 76 56 66Z" fill="#4f3a78" ${line}/>
      <path d="M80 64 L100 10 L122 64Z" fill="#4f3a78" ${line}/><path d="M84 56 Q100 62 118 56" fill="none" stroke="#8fd16b" stroke-width="5"/>
      <ellipse cx="88" cy="96" rx="7" ry="8" fill="#8fd16b" ${line}/><ellipse cx="112" cy="96" rx="7" ry="8" fill="#8fd16b" ${line}/>
      <ellipse cx="88" cy="96" rx="2" ry="6" fill="${INK}"/><ellipse cx="112" cy="96" rx="2" ry="6" fill="${INK}"/>
      <path d="M96 108 L100 112 L104 108Z" fill="#f29aa8"/>
      <path d="M100 112 Q94 118 88 114 M100 112 Q106 118 112 114" fill="none" stroke="#d9cfe8" stroke-width="2" stroke-linecap="round"/>
      <path d="M74 108 H54 M74 112 L56 118 M126 108 H146 M126 112 L144 118" stroke="#d9cfe8" stroke-width="2" stroke-linecap="round"/>
      ${sparkle(44, 40, 6, '#8fd16b')}${sparkle(160, 84, 5, '#8fd16b')}`,
  },
};

function svg(slug, name, species, { thumb }) {
  const c = CREATURES[slug];
  if (!c) throw new Error(`no drawing for ${slug}`);
  const [x, y, size] = thumb ? (c.frame ?? [12, 10, 178]) : [0, 0, 200];
  const px = thumb ? 200 : 400;
  const backdrop = thumb
    ? `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${c.sky}"/>`
    : `<rect width="200" height="200" fill="${c.sky}"/><circle cx="100" cy="100" r="86" fill="#fff" opacity="0.45"/>`;
  const art = c.art
    .trim()
    .split('\n')
    .map((l) => `  ${l.trim()}`)
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${size} ${size}" width="${px}" height="${px}" role="img" aria-labelledby="title">
  <title id="title">${name}, the ${species}</title>
  ${backdrop}
  <ellipse cx="100" cy="176" rx="80" ry="14" fill="${c.ground}"/>
${art}
</svg>
`;
}

/** Every drawing, keyed by its path under site/public/, for the given catalogue entries. */
export function drawings(catalogue) {
  const out = {};
  for (const entry of catalogue) {
    const slug = entry.ProfileImageUri.replace(/^images\/mysfits\//, '').replace(/\.svg$/, '');
    out[entry.ProfileImageUri] = svg(slug, entry.Name, entry.Species, { thumb: false });
    out[entry.ThumbImageUri] = svg(slug, entry.Name, entry.Species, { thumb: true });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The catalogue as compiled by `npm run build` (tsc).
  const { CATALOGUE } = await import('../dist/service/src/data/catalogue.js');
  mkdirSync(OUT, { recursive: true });
  const files = drawings(CATALOGUE);
  for (const [path, content] of Object.entries(files)) {
    const file = join(OUT, '..', '..', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(`drew ${Object.keys(files).length} images into ${OUT}`);
}
