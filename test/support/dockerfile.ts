// service/Dockerfile read as data, for the tests and the benchmark (which runs the bundle with
// the container's own command): its stages, with the flags of each instruction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, ModifiableInstruction } from 'dockerfile-ast';
import { ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { ROOT } from '../helpers.js';

export const DOCKERFILE = join(ROOT, 'service', 'Dockerfile');

/** dockerfile-utils' validator with every rule raised to an error. */
export const STRICT: ValidatorSettings = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};

export interface Line {
  readonly keyword: string;
  /** The arguments, without the flags. */
  readonly args: string;
  readonly flags: Readonly<Record<string, string | null>>;
}

export interface Stage {
  readonly name: string | null;
  readonly image: string;
  readonly lines: Line[];
}

/** The Dockerfile's stages, with ARG defaults declared before the first FROM substituted. */
export function stages(content: string = readFileSync(DOCKERFILE, 'utf8')): Stage[] {
  const args: Record<string, string> = {};
  const out: Stage[] = [];
  for (const instruction of DockerfileParser.parse(content).getInstructions()) {
    const keyword = instruction.getKeyword();
    const text = instruction.getArgumentsContent() ?? '';
    if (keyword === 'ARG' && out.length === 0) {
      const [name, value] = text.split('=');
      args[name.trim()] = (value ?? '').trim();
    } else if (keyword === 'FROM') {
      const [image, as, name] = text.split(/\s+/);
      const resolved = image.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a: string, b: string) => args[a ?? b] ?? '');
      out.push({ name: as?.toUpperCase() === 'AS' ? name : null, image: resolved, lines: [] });
    } else if (out.length > 0) {
      const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
      out[out.length - 1].lines.push({
        keyword,
        args: text,
        flags: Object.fromEntries(flags.map((f) => [f.getName(), f.getValue()])),
      });
    }
  }
  return out;
}

export const lines = (stage: Stage, keyword: string): Line[] => stage.lines.filter((l) => l.keyword === keyword);
export const of = (stage: Stage, keyword: string): string[] => lines(stage, keyword).map((l) => l.args);

/** COPY sources taken from the build context (not from another stage). */
export function contextSources(all: Stage[]): string[] {
  return all.flatMap((s) =>
    lines(s, 'COPY')
      .filter((l) => l.flags.from === undefined)
      .flatMap((l) => l.args.split(/\s+/).slice(0, -1)),
  );
}

/** The HEALTHCHECK's command, exec form. */
export const probeOf = (stage: Stage): string[] =>
  JSON.parse(of(stage, 'HEALTHCHECK')[0].replace(/^CMD\s+/, '')) as string[];

/** Whether .dockerignore (an allowlist: `**` then `!path` lines) lets `path` into the context. */
export function admitted(path: string): boolean {
  const lines = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines[0] !== '**') throw new Error('.dockerignore must start by excluding everything (**)');
  return lines
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1).replace(/\/$/, ''))
    .some((allowed) => path.replace(/\/$/, '') === allowed || path.startsWith(`${allowed}/`));
}

/** The runtime stage's CMD (exec form): how the container starts the service. */
export function runtimeCommand(all: Stage[] = stages()): string[] {
  return JSON.parse(of(all[all.length - 1], 'CMD')[0]) as string[];
}

/** The runtime stage's ENV settings (`ENV A=1 \\ B=2`), as the container's process sees them. */
export function runtimeEnvironment(all: Stage[] = stages()): Record<string, string> {
  const env: Record<string, string> = {};
  for (const text of of(all[all.length - 1], 'ENV')) {
    for (const m of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(\S*)/g)) env[m[1]!] = m[2]!;
  }
  return env;
}
