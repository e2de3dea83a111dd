// The list's order (service/src/mysfits/by-name.ts) against what it stands in for,
// `a.localeCompare(b, 'en')`, on names generated to meet every case its fast path decides: equal
// but for case, one a prefix of another, spaces and digits against letters.
import { strict as assert } from 'node:assert';
import { byName } from '../../service/src/mysfits/by-name.js';
import { CATALOGUE } from '../../service/src/data/catalogue.js';

/** A small deterministic generator (mulberry32), so a failure names a reproducible pair. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sign = (n: number) => Math.sign(n);

describe("the list's order by name", () => {
  it("orders plain names (ASCII letters, digits, spaces) as localeCompare(…, 'en') does", () => {
    const next = random(33);
    // Few letters and short names, so that many pairs tie but for case or are prefixes.
    const alphabet = 'aAbBzZ09 ';
    const name = () =>
      Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const a = name();
      const b = next() < 0.3 ? a.replace(/[a-z]/, (c) => c.toUpperCase()) : name();
      assert.equal(
        sign(byName(a, b)),
        sign(a.localeCompare(b, 'en')),
        `${JSON.stringify(a)} against ${JSON.stringify(b)}`,
      );
    }
  });

  it('orders every other name by localeCompare itself (accents, punctuation, other scripts)', () => {
    const names = ['Émile', 'emile', 'Zoë', 'O’Brien', 'o-brien', 'ñandu', 'Ωmega', 'a_b', 'a.b', 'Bramblewick'];
    for (const a of names) {
      for (const b of names) assert.equal(sign(byName(a, b)), sign(a.localeCompare(b, 'en')), `${a} against ${b}`);
    }
  });

  it("sorts the catalogue as localeCompare(…, 'en') does", () => {
    const names = CATALOGUE.map((m) => m.Name);
    assert.deepEqual(
      [...names].sort(byName),
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});
