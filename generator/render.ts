// Renders every output file in memory. Nothing touches the disk here, so a failure in any
// builder or check leaves the previous output exactly as it was.
import type { Config } from './config/load.js';
import { toYaml } from './core/emit.js';
import { checkNestedStacks } from './core/nested.js';
import { applyTags } from './core/tags.js';
import type { Template } from './core/template.js';
import { ROOT_TEMPLATE, SWAGGER_FILE, templatesFor, type TemplateBuilder } from './builders/index.js';
import { declareRegionBound } from './builders/region-bound.js';
import { buildSwagger, routeList } from './swagger/build.js';
import { assertValidSwagger } from './swagger/validate.js';
import { jsonText } from './json.js';

export interface RenderedFile {
  readonly file: string;
  readonly text: string;
  readonly summary: string;
  /** How many of `unit` the file holds (resources of a template, operations of the Swagger). */
  readonly count: number;
  readonly unit: 'resources' | 'routes';
}

/** Thrown when main.yml's nested stacks are not wired to what the other templates declare. */
export class WiringError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${ROOT_TEMPLATE}: nested stacks wired wrongly:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WiringError';
  }
}

/** The Swagger document with placeholders, validated: an invalid one throws before anything is written. */
export function renderSwagger(config: Config, build: typeof buildSwagger = buildSwagger): RenderedFile {
  const document = build(config);
  assertValidSwagger(document, SWAGGER_FILE);
  return {
    file: SWAGGER_FILE,
    text: jsonText(document),
    summary: 'the API as Swagger 2.0 with API Gateway extensions; ${Output} placeholders',
    count: routeList(config).length,
    unit: 'routes',
  };
}

export interface RenderOptions {
  /** Replaces the Swagger builder (tests prove an invalid document stops everything). */
  readonly buildSwagger?: typeof buildSwagger;
  /** Replaces the template builders (tests prove broken wiring stops everything). */
  readonly templates?: readonly TemplateBuilder[];
}

/**
 * Builds every template, by file name, and checks main.yml's nested stacks against the others:
 * broken wiring throws WiringError. `generate` writes them; `package` rewrites copies per region.
 */
export function buildTemplates(
  config: Config,
  builders: readonly TemplateBuilder[] = templatesFor(config),
): Map<string, Template> {
  const built = new Map(builders.map((b) => [b.file, b.build(config)]));
  for (const t of built.values()) {
    declareRegionBound(t, config);
    applyTags(t, config.tags);
  }
  const root = built.get(ROOT_TEMPLATE);
  if (root) {
    const problems = checkNestedStacks(root, built);
    if (problems.length > 0) throw new WiringError(problems);
  }
  return built;
}

export function renderAll(config: Config, options: RenderOptions = {}): RenderedFile[] {
  const builders = options.templates ?? templatesFor(config);
  const built = buildTemplates(config, builders);
  const templates = builders.map(({ file, summary }): RenderedFile => {
    const template = built.get(file) as Template;
    return { file, summary, text: toYaml(template), count: template.resources.length, unit: 'resources' };
  });
  return [...templates, renderSwagger(config, options.buildSwagger)];
}
