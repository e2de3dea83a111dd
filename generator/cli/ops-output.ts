// What the stack commands print: change summaries, live progress, failures, outputs, and the
// confirmation prompt. Narrative goes to stdout, or to stderr when stdout carries --json.
import { createInterface } from 'node:readline/promises';
import type { ChangeRow, StackChanges } from '../aws/change-sets.js';
import type { Reporter } from '../aws/deploy.js';
import { formatElapsed, type RootCause, type WatchUpdate } from '../aws/stacks.js';
import { UsageError } from './command.js';
import { jsonText } from '../json.js';
import { paint, statusStyle, type Style } from './style.js';

export interface Output extends Reporter {
  readonly json: boolean;
  /** `text` in `style` where the narrative goes to a colour terminal (style.ts), else as it is. */
  paint(style: Style, text: string): string;
  /** The command's result: printed as JSON on stdout with --json, ignored otherwise. */
  result(value: unknown): void;
}

const SYMBOL: Record<string, string> = { Add: '+', Modify: '~', Remove: '-', Import: '>', Dynamic: '?' };
const ACTION_STYLE: Record<string, Style> = { Add: 'green', Modify: 'yellow', Remove: 'red', Import: 'cyan' };

/** No colour: for text that is not going to a terminal (tests, files). */
const plain = (_style: Style, text: string): string => text;

function replacement(row: ChangeRow): string {
  if (row.action !== 'Modify') return '';
  switch (row.replacement) {
    case 'True':
      return 'replacement: YES';
    case 'False':
      return 'replacement: no';
    case 'Conditional':
      return 'replacement: maybe (depends on a value known at deploy)';
    default:
      return 'replacement: not reported';
  }
}

export function countActions(rows: readonly ChangeRow[]): string {
  const n = (a: string): number => rows.filter((r) => r.action === a).length;
  const replaced = rows.filter((r) => r.action === 'Modify' && r.replacement === 'True').length;
  return `${n('Add')} to add, ${n('Modify')} to modify${replaced ? ` (${replaced} replaced)` : ''}, ${n('Remove')} to remove`;
}

export function formatChanges(
  changes: readonly StackChanges[],
  style: (style: Style, text: string) => string = plain,
): string[] {
  const lines: string[] = [];
  for (const stack of changes) {
    lines.push(`  ${stack.label}: ${countActions(stack.rows)}`);
    const idWidth = Math.max(0, ...stack.rows.map((r) => r.logicalId.length));
    const typeWidth = Math.max(0, ...stack.rows.map((r) => r.type.length));
    for (const r of stack.rows) {
      const detail = r.details.length ? `  ${r.details.join(', ')}` : '';
      const action = `${SYMBOL[r.action] ?? '?'} ${r.action.padEnd(7)}`;
      const replaced = replacement(r);
      lines.push(
        `    ${ACTION_STYLE[r.action] ? style(ACTION_STYLE[r.action]!, action) : action} ${r.logicalId.padEnd(idWidth)}  ${r.type.padEnd(typeWidth)}  ${r.replacement === 'True' ? style('red', replaced) : replaced}${detail}`.trimEnd(),
      );
    }
  }
  return lines;
}

export function formatCause(cause: RootCause | undefined): string {
  if (!cause) return 'cause: no failed resource event was found; see the stack events in the console';
  return `cause: ${cause.label} ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`;
}

/** Live progress: a status line per stack, redrawn in place on a terminal; event lines otherwise. */
export class ProgressPrinter {
  private drawn = 0;
  private lastSummary = '';
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly verb: string,
  ) {}

  update(u: WatchUpdate): void {
    const tty = this.stream.isTTY === true;
    if (tty && this.drawn > 0) this.stream.write(`\x1b[${this.drawn}A\x1b[0J`);
    for (const { label, event } of u.events) {
      const reason = event.ResourceStatusReason ? `  ${event.ResourceStatusReason}` : '';
      const st = event.ResourceStatus ?? '';
      const style = statusStyle(st);
      this.stream.write(
        `  ${label}  ${event.LogicalResourceId ?? ''}  ${event.ResourceType ?? ''}  ${style ? paint(this.stream, style, st) : st}${reason}\n`,
      );
    }
    const status = (text: string): string => {
      const style = statusStyle(text);
      return style ? paint(this.stream, style, text) : text;
    };
    const lines = u.stacks.map(
      (s) =>
        `  [${formatElapsed(u.elapsedMs).padStart(7)}] ${s.label}: ${s.done}/${s.total} resources ${this.verb}${s.status ? `  ${status(s.status)}` : ''}`,
    );
    const summary = lines.join('\n');
    if (tty) {
      this.stream.write(summary + '\n');
      this.drawn = lines.length;
    } else if (summary.replace(/\[[^\]]*\]/g, '') !== this.lastSummary.replace(/\[[^\]]*\]/g, '')) {
      // Without a terminal, print the counts only when they change.
      this.stream.write(summary + '\n');
    }
    this.lastSummary = summary;
  }

  /** Forget the drawn block (the next write starts below it). */
  release(): void {
    this.drawn = 0;
  }
}

export function makeOutput(json: boolean, verb: string): Output & { printer: ProgressPrinter } {
  const narrative = json ? process.stderr : process.stdout;
  const printer = new ProgressPrinter(process.stderr, verb);
  return {
    json,
    printer,
    paint: (style, text) => paint(narrative, style, text),
    info(line) {
      printer.release();
      narrative.write(line + '\n');
    },
    progress(update) {
      printer.update(update);
    },
    result(value) {
      if (json) process.stdout.write(jsonText(value));
    },
  };
}

/** The outputs as an aligned table. */
export function formatOutputs(outputs: Record<string, string>): string[] {
  const keys = Object.keys(outputs);
  if (keys.length === 0) return ['  (no outputs)'];
  const width = Math.max(...keys.map((k) => k.length));
  return keys.map((k) => `  ${k.padEnd(width)}  ${outputs[k]}`);
}

/** Refuses before any work when confirmation is needed and nobody can give it. */
export function requireConfirmable(yes: boolean, what: string): void {
  if (!yes && !process.stdin.isTTY) {
    throw new UsageError(
      `stdin is not a terminal, so ${what} cannot ask for confirmation: pass --yes to ${what} without asking`,
    );
  }
}

export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/**
 * While a stack operation is watched, Ctrl-C stops watching, not the operation: CloudFormation
 * carries on, and running the same command again attaches to it.
 */
export function onInterrupt(what: string): () => void {
  let stopping = false;
  const handler = (): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(
      `\nstopped watching. The ${what} goes on in CloudFormation: run the same command again to attach to it.\n`,
    );
    process.exit(130);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
