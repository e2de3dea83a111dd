// cfn-lint (Python, offline) over the reviewed templates, with the project's .cfnlintrc when
// there is one. Missing cfn-lint is reported in the review, not an error: the rest still stands.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../paths.js';

export interface LintFinding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly level: string;
  readonly message: string;
}

export type LintResult = { ran: true; version: string; findings: LintFinding[] } | { ran: false; reason: string };

interface RawFinding {
  Filename: string;
  Level: string;
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number } };
}

export function runCfnLint(paths: readonly string[]): LintResult {
  const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (version.error) return { ran: false, reason: 'cfn-lint is not installed (pip install cfn-lint)' };
  const rc = join(packageRoot(), '.cfnlintrc');
  const args = [...(existsSync(rc) ? ['--config-file', rc] : []), '--format', 'json', '--', ...paths];
  const r = spawnSync('cfn-lint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let raw: RawFinding[];
  try {
    raw = JSON.parse(r.stdout || '[]') as RawFinding[];
  } catch {
    return { ran: false, reason: `cfn-lint failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 500)}` };
  }
  return {
    ran: true,
    version: (version.stdout || version.stderr).trim(),
    findings: raw.map((f) => ({
      file: basename(f.Filename),
      line: f.Location.Start.LineNumber,
      rule: f.Rule.Id,
      level: f.Level,
      message: f.Message,
    })),
  };
}
