// The generator's layers point one way: cli above aws, package and review, above core. A lower
// layer importing the CLI is a test failure, except what is listed here as still to be moved
// (the list can only shrink).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const LOWER = ['aws', 'package', 'review', 'core', 'config', 'fs', 'builders', 'swagger', 'spec'];
/** Imports of the CLI that remain, each with why: to be moved, not to be added to. */
const STILL_TO_MOVE: Record<string, string> = {};

describe('layers: nothing below the CLI imports it', () => {
  it('no module of a lower layer imports generator/cli, but the listed ones', () => {
    const offenders: string[] = [];
    for (const layer of LOWER) {
      const dir = join(ROOT, 'generator', layer);
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
        const rel = `${layer}/${f}`;
        const text = readFileSync(join(dir, f), 'utf8');
        if (/from '(\.\.\/)+cli\//.test(text) && !STILL_TO_MOVE[rel]) offenders.push(rel);
      }
    }
    assert.deepEqual(offenders, [], 'import generator/errors.ts (or a lower module) instead of the CLI');
    for (const rel of Object.keys(STILL_TO_MOVE)) {
      assert.match(
        readFileSync(join(ROOT, 'generator', rel), 'utf8'),
        /from '(\.\.\/)+cli\//,
        `${rel} no longer imports the CLI: drop it from the list`,
      );
    }
  });
});
