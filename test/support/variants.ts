// The config variants committed under templates/variants/<name>/ (a mysfits.config.json and the
// templates generated from it): the golden test and cfn-lint cover each beside the defaults.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig, type Config } from '../../generator/config/load.js';
import { ROOT } from '../helpers.js';

export const VARIANTS_DIR = join('templates', 'variants');
export const VARIANT_CONFIG = 'mysfits.config.json';

export interface Variant {
  readonly name: string;
  /** Relative to the repository: templates/variants/<name>. */
  readonly dir: string;
  readonly raw: unknown;
  readonly config: Config;
}

export function variants(): Variant[] {
  return readdirSync(join(ROOT, VARIANTS_DIR))
    .filter((name) => existsSync(join(ROOT, VARIANTS_DIR, name, VARIANT_CONFIG)))
    .sort()
    .map((name) => {
      const dir = join(VARIANTS_DIR, name);
      const raw = JSON.parse(readFileSync(join(ROOT, dir, VARIANT_CONFIG), 'utf8')) as unknown;
      return { name, dir, raw, config: validateConfig(raw, name) };
    });
}
