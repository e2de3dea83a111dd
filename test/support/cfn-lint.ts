// cfn-lint, the judge of template correctness, run once over many files (it starts slowly), with
// the project's .cfnlintrc; findings grouped by file.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export interface Finding {
  Filename: string;
  Level: string;
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number } };
}

export function cfnLint(files: string[]): Map<string, Finding[]> {
  const r = spawnSync('cfn-lint', ['--config-file', join(ROOT, '.cfnlintrc'), '--format', 'json', '--', ...files], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) {
    throw new Error(`cannot run cfn-lint (${r.error.message}): install it with \`pip install cfn-lint\``);
  }
  let findings: Finding[];
  try {
    findings = JSON.parse(r.stdout || '[]') as Finding[];
  } catch {
    throw new Error(`cfn-lint failed (exit ${r.status}): ${r.stderr || r.stdout}`);
  }
  const byFile = new Map<string, Finding[]>(files.map((f) => [f, []]));
  for (const f of findings) {
    const key = files.find((file) => f.Filename === file || f.Filename.endsWith(file)) ?? f.Filename;
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  return byFile;
}

export const describeFinding = (f: Finding): string =>
  `${f.Filename}:${f.Location.Start.LineNumber} ${f.Rule.Id} (${f.Level}) ${f.Message}`;
