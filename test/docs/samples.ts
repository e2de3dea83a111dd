// The sample sessions of the docs (a fenced block whose first line is `$ <command>`), re-run
// against this checkout and compared with what they show, so a sample cannot go stale: used by
// test/docs/samples.test.ts (fails on a difference) and `npm run docs:samples` (rewrites them).
//
// Markers, each an HTML comment on the line right before a fenced block:
//   <!-- sample-file: NAME -->       the block is the file NAME of the next sample's folder
//   <!-- sample: exit N -->          the sample's command exits with N (default 0)
//   <!-- sample: not run, REASON --> the sample needs what a test cannot have (AWS, a terminal)
// A line `...` (indented or not) in a sample stands for any number of lines. Durations (`N ms`)
// and content hashes compare as placeholders; every other character compares as written.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from '../helpers.js';

export const DOCS = join(ROOT, 'docs');
const FENCE = '```';
const ELLIPSIS = '...';

export interface Sample {
  /** docs/<name>.md */
  readonly doc: string;
  /** 1-based line of the `$ ` line. */
  readonly line: number;
  readonly command: string;
  readonly expected: readonly string[];
  readonly exit: number;
  /** Why it is not run, when it is not. */
  readonly notRun?: string;
  /** Files the sample's folder holds before the command runs. */
  readonly files: Readonly<Record<string, string>>;
  /** 0-based line indexes of the block's output (after the `$ ` line, before the closing fence). */
  readonly outputStart: number;
  readonly outputEnd: number;
}

const marker = (line: string): string | undefined => /^<!--\s*(sample(?:-file)?:.*?)\s*-->$/.exec(line.trim())?.[1];

/** Every sample of one Markdown file. */
export function parseSamples(doc: string, text: string): Sample[] {
  const lines = text.split('\n');
  const samples: Sample[] = [];
  let files: Record<string, string> = {};
  // A marker applies to the next fenced block; only blank lines may stand between them.
  let note: { text: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = marker(line);
    if (found !== undefined) {
      if (note !== undefined)
        throw new Error(`${doc}:${note.line}: the marker "${note.text}" is not before a sample or a file block`);
      note = { text: found, line: i + 1 };
      continue;
    }
    if (line.trim() === '') continue;
    if (!line.startsWith(FENCE)) {
      if (note !== undefined)
        throw new Error(`${doc}:${note.line}: the marker "${note.text}" is not before a sample or a file block`);
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && l.startsWith(FENCE));
    if (end < 0) throw new Error(`${doc}:${i + 1}: a fenced block that never closes`);
    const first = lines[i + 1] ?? '';
    if (note?.text.startsWith('sample-file:')) {
      files[note.text.slice('sample-file:'.length).trim()] = lines.slice(i + 1, end).join('\n') + '\n';
    } else if (first.startsWith('$ ') && line === FENCE) {
      let exit = 0;
      let notRun: string | undefined;
      if (note !== undefined) {
        const exitMatch = /^sample: exit (\d+)$/.exec(note.text);
        const notRunMatch = /^sample: not run, (.+)$/.exec(note.text);
        if (exitMatch) exit = Number(exitMatch[1]);
        else if (notRunMatch) notRun = notRunMatch[1]!;
        else throw new Error(`${doc}:${note.line}: unknown sample marker "${note.text}"`);
      }
      samples.push({
        doc,
        line: i + 2,
        command: first.slice(2).trim(),
        expected: lines.slice(i + 2, end),
        exit,
        ...(notRun === undefined ? {} : { notRun }),
        files,
        outputStart: i + 2,
        outputEnd: end,
      });
      files = {};
    } else if (note !== undefined) {
      throw new Error(`${doc}:${note.line}: the marker "${note.text}" is not before a sample or a file block`);
    }
    note = undefined;
    i = end;
  }
  if (note !== undefined)
    throw new Error(`${doc}:${note.line}: the marker "${note.text}" is not before a sample or a file block`);
  return samples;
}

/** Every sample of every docs/*.md file, in file order. */
export function allSamples(): Sample[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => parseSamples(`docs/${f}`, readFileSync(join(DOCS, f), 'utf8')));
}

/** The sample's command as argv for the CLI: `npm run generate`, `npm run mysfits -- X`, `mysfits X`. */
export function cliArgs(command: string): string[] {
  if (/["'`$\\|&;<>]/.test(command)) throw new Error(`a sample command is plain words: ${command}`);
  const words = command.split(/\s+/);
  if (words[0] === 'npm' && words[1] === 'run' && words[2] === 'generate') return ['generate', ...words.slice(3)];
  if (words[0] === 'npm' && words[1] === 'run' && words[2] === 'mysfits' && words[3] === '--') return words.slice(4);
  if (words[0] === 'mysfits') return words.slice(1);
  throw new Error(`a sample runs mysfits (or npm run generate / npm run mysfits --): ${command}`);
}

export interface SampleRun {
  readonly code: number;
  /** stdout and stderr as one stream, in the order written. */
  readonly lines: readonly string[];
}

/** Runs the sample in a new folder holding a copy of templates/ and its files. */
export function runSample(sample: Sample): SampleRun {
  const dir = mkdtempSync(join(tmpdir(), 'mysfits-sample-'));
  try {
    cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    for (const [name, body] of Object.entries(sample.files)) writeFileSync(join(dir, name), body);
    const log = join(dir, '.output');
    const fd = openSync(log, 'w');
    let status: number | null;
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
      delete env['FORCE_COLOR'];
      for (const key of Object.keys(env)) if (key.startsWith('AWS_')) delete env[key];
      status = spawnSync(process.execPath, [CLI, ...cliArgs(sample.command)], {
        cwd: dir,
        env,
        stdio: ['ignore', fd, fd],
      }).status;
    } finally {
      closeSync(fd);
    }
    const text = readFileSync(log, 'utf8')
      .split(dir + '/')
      .join('');
    const lines = text.replace(/\n$/, '').split('\n');
    return { code: status ?? -1, lines: text === '' ? [] : lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A line as compared: durations and content hashes as placeholders, trailing spaces dropped. */
export const normalise = (line: string): string =>
  line
    .replace(/\b\d+(\.\d+)? ?ms\b/g, '<ms>')
    .replace(/\b[0-9a-f]{12,64}\b/g, '<hash>')
    .trimEnd();

const isEllipsis = (line: string): boolean => line.trim() === ELLIPSIS;

/** Whether the actual lines fit the expected ones, `...` standing for any number of lines. */
export function fits(expected: readonly string[], actual: readonly string[]): boolean {
  const exp = expected.map((l) => (isEllipsis(l) ? undefined : normalise(l)));
  const act = actual.map(normalise);
  // fit[i][j]: expected from i fits actual from j.
  const memo = new Map<number, boolean>();
  const fit = (i: number, j: number): boolean => {
    const key = i * (act.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === exp.length) result = j === act.length;
    else if (exp[i] === undefined) result = fit(i + 1, j) || (j < act.length && fit(i, j + 1));
    else result = j < act.length && exp[i] === act[j] && fit(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return fit(0, 0);
}

/**
 * The sample's new output: the actual lines, with each `...` of the old sample kept in its place
 * (as many lines before and after it as the old sample showed around it).
 */
export function refreshed(expected: readonly string[], actual: readonly string[]): string[] {
  if (fits(expected, actual)) return [...expected];
  // A line that compares equal keeps its old text (its durations, say, from a quiet machine).
  const before = new Map(expected.map((l) => [normalise(l), l]));
  return elided(
    expected,
    actual.map((l) => before.get(normalise(l)) ?? l),
  );
}

function elided(expected: readonly string[], actual: readonly string[]): string[] {
  if (!expected.some(isEllipsis)) return [...actual];
  // Split the old sample at its ellipses; keep as many leading lines of each part as it had.
  const parts: string[][] = [[]];
  for (const line of expected) {
    if (isEllipsis(line)) parts.push([]);
    else parts[parts.length - 1]!.push(line);
  }
  const ellipses = expected.filter(isEllipsis);
  const shown = parts.reduce((n, p) => n + p.length, 0);
  if (shown >= actual.length) return [...actual];
  const out: string[] = [];
  let at = 0;
  parts.forEach((part, k) => {
    if (k === parts.length - 1) {
      // The last part is the output's end.
      const tail = actual.slice(Math.max(at, actual.length - part.length));
      out.push(...tail);
      return;
    }
    out.push(...actual.slice(at, at + part.length));
    at += part.length;
    out.push(ellipses[k]!.trimEnd());
    // Skip the lines the ellipsis hides: up to where the next part's first line next appears.
    const next = parts[k + 1]!;
    // The same line, or failing that one that starts with the same two words (a size changed).
    const key = (l: string): string => l.trim().split(/\s+/).slice(0, 2).join(' ');
    const anchor =
      next[0] === undefined
        ? -1
        : [normalise, key].reduce(
            (found, same) => (found >= 0 ? found : actual.findIndex((l, j) => j >= at && same(l) === same(next[0]!))),
            -1,
          );
    at = anchor > 0 ? anchor : Math.max(at, actual.length - parts.slice(k + 1).reduce((n, p) => n + p.length, 0));
  });
  return out;
}
