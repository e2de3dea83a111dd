// Reads and validates the config: JSON syntax (with line and column), the JSON Schema in
// schemas/config.schema.json (ajv, defaults filled in), then the rules a schema cannot say
// (subnets inside the VPC and apart, Fargate CPU/memory pairs).
import { lookupRegion, nearestRegion } from './regions.js';
import { closest } from '../suggest.js';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Config } from './generated/config.js';
import { validate as validateSchema } from './generated/validate-config.js';
import { apiProblems } from './api.js';
import { contains, explainCidr, overlaps, parseCidr, type Cidr } from './cidr.js';

export type { Config };

/** Bad config: every problem found, each naming its field and rule. The CLI exits 2 on it. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: invalid config\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The schema validator, compiled ahead of time from schemas/config.schema.json (npm run gen:types). */
const validator = validateSchema as unknown as { (data: unknown): boolean; errors?: ErrorObject[] | null };

/** The pattern of `definitions.ipv4Cidr` in the schema: its failures get a plain-words explanation. */
const CIDR_PATTERN_REF = '#/definitions/ipv4Cidr/pattern';

/** `/network/privateSubnetCidrs/1` -> `network.privateSubnetCidrs[1]` */
function fieldOf(instancePath: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || '(top level)';
}

function describe(e: ErrorObject, data: unknown): string {
  const field = fieldOf(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const where = e.instancePath ? `${field}.${key}` : key;
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).filter(
        (k) => k !== '$schema',
      );
      const guess = closest(key, allowed);
      return `${where}: unknown key${guess ? ` (did you mean "${guess}"?)` : ''} (additionalProperties; allowed here: ${allowed.join(', ')})`;
    }
    case 'enum':
      return `${field}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (enum)`;
    case 'pattern':
      if (e.schemaPath === CIDR_PATTERN_REF) {
        const value = String(valueAt(data, e.instancePath));
        return `${field}: "${value}" ${explainCidr(value)} (ipv4Cidr pattern)`;
      }
      return `${field}: "${String(valueAt(data, e.instancePath))}" must match ${String(p.pattern)} (pattern)`;
    case 'propertyNames':
      return `${field}: tag key "${String(p.propertyName)}" is not allowed (propertyNames)`;
    case 'uniqueItems':
      return `${field}: items ${String(p.j)} and ${String(p.i)} are the same (uniqueItems)`;
    default:
      return `${field}: ${e.message ?? 'is invalid'} (${e.keyword})`;
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((acc, k) => (acc as Record<string, unknown> | undefined)?.[k], data);
}

/** 0-based offset -> "line L, column C" */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Fargate's valid task sizes: CPU units -> [min, max, step] memory in MiB. */
const FARGATE_MEMORY: Record<number, [number, number, number]> = {
  256: [512, 2048, 512],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
};

function semanticProblems(config: Config): string[] {
  return [
    ...regionProblems(config.regions),
    ...networkProblems(config.network),
    ...serviceProblems(config.service),
    ...pipelineProblems(config),
    ...apiProblems(config),
  ];
}

/** The pipeline's stages: unique names, known regions, and a repository for a GitHub source. */
function pipelineProblems(config: Pick<Config, 'pipeline' | 'regions'>): string[] {
  const { pipeline } = config;
  const problems: string[] = [];
  if (pipeline.source === 'github' && !pipeline.github.repository) {
    problems.push('pipeline.github.repository: required when pipeline.source is "github" (owner/name)');
  }
  const seen = new Set<string>();
  pipeline.stages.forEach((stage, i) => {
    if (seen.has(stage.name.toLowerCase())) problems.push(`pipeline.stages[${i}].name: "${stage.name}" is used twice`);
    seen.add(stage.name.toLowerCase());
    // A stage in another region than the pipeline's is a cross-region stage: its own artifact
    // store there (pipeline-region.yml) and actions with Region.
    if (stage.region !== undefined && !lookupRegion(stage.region)) {
      problems.push(`pipeline.stages[${i}].region: "${stage.region}" is not an AWS region (AWS region)`);
    }
  });
  return problems;
}

/** The pipeline's region: its first stage's, or the config's first region. */
export function pipelineRegion(config: Pick<Config, 'pipeline' | 'regions'>): string {
  return config.pipeline.stages[0]?.region ?? config.regions[0]!;
}

/** Each region one of the AWS SDK's partition data (the schema checks only its shape). */
function regionProblems(regions: readonly string[]): string[] {
  return regions.flatMap((code, i) => {
    if (lookupRegion(code)) return [];
    const guess = nearestRegion(code);
    return [`regions[${i}]: "${code}" is not an AWS region${guess ? ` (did you mean "${guess}"?)` : ''} (AWS region)`];
  });
}

/** CIDR alignment, sizes, subnets inside the VPC and not overlapping. */
function networkProblems(
  network: Pick<Config['network'], 'vpcCidr' | 'publicSubnetCidrs' | 'privateSubnetCidrs'>,
): string[] {
  const problems: string[] = [];

  // The schema checks the form of each CIDR block; alignment (no host bits) is checked here.
  const cidrFields: [string, string][] = [
    ['network.vpcCidr', network.vpcCidr],
    ...network.publicSubnetCidrs.map((c, i): [string, string] => [`network.publicSubnetCidrs[${i}]`, c]),
    ...network.privateSubnetCidrs.map((c, i): [string, string] => [`network.privateSubnetCidrs[${i}]`, c]),
  ];
  const misaligned = cidrFields.filter(([, c]) => parseCidr(c) === undefined);
  for (const [field, c] of misaligned) problems.push(`${field}: "${c}" ${explainCidr(c)} (CIDR alignment)`);
  if (misaligned.length > 0) return problems;

  const vpc = parseCidr(network.vpcCidr) as Cidr;
  if (vpc.prefix < 16 || vpc.prefix > 28) {
    problems.push(`network.vpcCidr: "${vpc.text}" must have a prefix length from /16 to /28 (VPC size)`);
  }
  const subnets = [
    ...network.publicSubnetCidrs.map((c, i) => ({
      field: `network.publicSubnetCidrs[${i}]`,
      cidr: parseCidr(c) as Cidr,
    })),
    ...network.privateSubnetCidrs.map((c, i) => ({
      field: `network.privateSubnetCidrs[${i}]`,
      cidr: parseCidr(c) as Cidr,
    })),
  ];
  subnets.forEach(({ field, cidr }, i) => {
    if (cidr.prefix < 16 || cidr.prefix > 28) {
      problems.push(`${field}: "${cidr.text}" must have a prefix length from /16 to /28 (subnet size)`);
    }
    if (!contains(vpc, cidr)) {
      problems.push(`${field}: "${cidr.text}" is not inside network.vpcCidr "${vpc.text}" (subnet in VPC)`);
    }
    for (const other of subnets.slice(0, i)) {
      if (overlaps(other.cidr, cidr)) {
        problems.push(
          `${field}: "${cidr.text}" overlaps ${other.field} "${other.cidr.text}" (subnets must not overlap)`,
        );
      }
    }
  });

  return problems;
}

/** The Fargate task size: memory one that the CPU allows. */
function serviceProblems(service: Pick<Config['service'], 'cpu' | 'memory'>): string[] {
  const [min, max, step] = FARGATE_MEMORY[service.cpu];
  if (service.memory < min || service.memory > max || service.memory % step !== 0) {
    return [
      `service.memory: ${service.memory} MiB is not a Fargate size for service.cpu ${service.cpu}; use ${min} to ${max} in steps of ${step} (Fargate CPU/memory)`,
    ];
  }
  return [];
}

/** semanticProblems over data the schema refused: only where what it reads has the right form. */
function crossFieldProblems(data: unknown): string[] {
  const d = data as { regions?: unknown; network?: Record<string, unknown>; service?: Record<string, unknown> };
  const network = d.network ?? {};
  const service = d.service ?? {};
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const networkReadable =
    typeof network.vpcCidr === 'string' && strings(network.publicSubnetCidrs) && strings(network.privateSubnetCidrs);
  const serviceReadable =
    typeof service.cpu === 'number' && typeof service.memory === 'number' && FARGATE_MEMORY[service.cpu] !== undefined;
  return [
    ...(strings(d.regions) ? regionProblems(d.regions) : []),
    ...(networkReadable ? networkProblems(network as Parameters<typeof networkProblems>[0]) : []),
    ...(serviceReadable ? serviceProblems(service as Parameters<typeof serviceProblems>[0]) : []),
  ];
}

/** Validates parsed JSON, filling in defaults. Throws ConfigError naming every bad field. */
export function validateConfig(raw: unknown, source: string): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(source, ['(top level): must be a JSON object (type)']);
  }
  const data = structuredClone(raw);
  if (!validator(data)) {
    const errors = (validator?.errors ?? []).filter(
      // A bad tag key is reported once, by propertyNames, not again by the pattern inside it.
      (e) => !(e.keyword === 'pattern' && 'propertyName' in e),
    );
    const problems = errors.map((e) => describe(e, data));
    // The rules across fields (Fargate sizes, subnets in the VPC) are checked too, where the
    // fields they read have the right form, so one run lists every problem of every layer.
    const fields = problems.map((p) => p.split(':')[0]!);
    const more = crossFieldProblems(data).filter((p) => !fields.includes(p.split(':')[0]!));
    throw new ConfigError(source, [...problems, ...more]);
  }
  const config = data as Config;
  const problems = [...semanticProblems(config), ...inapplicableSettings(raw as RawConfig, config)];
  if (problems.length > 0) throw new ConfigError(source, problems);
  return config;
}

type RawConfig = { network?: Record<string, unknown>; service?: Record<string, unknown> };

/** The settings that apply to one compute mode only (as the schema's service.compute says). */
const FARGATE_ONLY_SERVICE = ['cpu', 'memory', 'desiredCount', 'port'] as const;

/**
 * Settings written in the file that the chosen compute mode ignores (`network.natGateways` with
 * `service.compute: lambda`): refused, naming each, rather than silently doing nothing.
 */
function inapplicableSettings(raw: RawConfig, config: Config): string[] {
  const mode = config.service.compute;
  const given = [
    ...Object.keys(raw.network ?? {})
      .filter(() => mode === 'lambda')
      .map((k) => `network.${k}`),
    ...FARGATE_ONLY_SERVICE.filter((k) => mode === 'lambda' && raw.service?.[k] !== undefined).map(
      (k) => `service.${k}`,
    ),
    ...(mode === 'fargate' && raw.service?.lambda !== undefined ? ['service.lambda'] : []),
  ];
  const other = mode === 'lambda' ? 'fargate' : 'lambda';
  return given.map(
    (field) =>
      `${field}: applies to service.compute ${other} only, and this config runs ${mode}: remove it, or set service.compute to ${other}`,
  );
}

/** Parses JSON text; a syntax error names the line and column. */
export function parseConfigText(text: string, source: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    const where = at ? lineAndColumn(text, Number(at[1])) : `line ${text.split('\n').length}`;
    throw new ConfigError(source, [`${where}: malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`]);
  }
  return validateConfig(raw, source);
}

/** The largest config file read: a config is a few KB; this keeps `--config /dev/zero` harmless. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * A config file's text: at most MAX_CONFIG_BYTES (read in chunks, so a device or pipe that never
 * ends is refused, not read into memory), UTF-8 only (a byte that is not is named with its
 * offset instead of being turned into U+FFFD), a UTF-8 byte order mark skipped.
 */
export function readConfigText(path: string): string {
  const fd = openSync(path, 'r');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_CONFIG_BYTES) {
        throw new ConfigError(path, [
          `the config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB: not a config`,
        ]);
      }
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  const bytes = Buffer.concat(chunks);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    const where = lineAndColumn(bytes.subarray(0, bad).toString('utf8'), bad);
    throw new ConfigError(path, [`${where} (byte offset ${bad}): byte 0x${byte} is not UTF-8; save the file as UTF-8`]);
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return undefined;
}

/** The default config file, read when it exists and no --config is given. */
export const DEFAULT_CONFIG_FILE = 'mysfits.config.json';

/**
 * Loads the config: the file given (which must exist), else ./mysfits.config.json when present,
 * else the defaults.
 */
export function loadConfig(file: string | undefined): { config: Config; source: string } {
  const path = file ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readConfigText(path);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    if (file === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { config: validateConfig({}, 'defaults'), source: 'defaults' };
    }
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file (write one, or leave --config out for the defaults)'
        : code === 'EISDIR'
          ? `a folder, not a file (name the JSON file in it, like ${join(path, DEFAULT_CONFIG_FILE)})`
          : code === 'EACCES'
            ? 'not readable (permission denied)'
            : (err as Error).message;
    throw new ConfigError(path, [`cannot read the config file: ${why}`]);
  }
  return { config: parseConfigText(text, path), source: path };
}
