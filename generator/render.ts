// Renders every output file in memory. Nothing touches the disk here, so a failure in any
// builder or check leaves the previous output exactly as it was.
import type { Config } from './config/load.js';
import { toYaml } from './core/emit.js';
import { TEMPLATES } from './builders/index.js';

export interface RenderedFile {
  readonly file: string;
  readonly text: string;
  readonly summary: string;
  readonly resources: number;
}

export function renderAll(config: Config): RenderedFile[] {
  return TEMPLATES.map(({ file, summary, build }) => {
    const template = build(config);
    return { file, summary, text: toYaml(template), resources: template.resources.length };
  });
}
