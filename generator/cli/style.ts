// Colour for people at a terminal, plain text for everything else: a stream is coloured only
// when it is a TTY, NO_COLOR is unset (https://no-color.org), TERM is not "dumb", and the
// command line had no --no-color (main.ts turns that flag into NO_COLOR). Node's own
// util.styleText does the escapes.
import { styleText } from 'node:util';

export type Style = 'green' | 'yellow' | 'red' | 'bold' | 'dim' | 'cyan';

/** Whether `stream` gets colour. */
export function colours(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** `text` in `style` when `stream` gets colour, else as it is. */
export function paint(stream: NodeJS.WriteStream, style: Style, text: string): string {
  return colours(stream) ? styleText(style, text) : text;
}

/** The colour of a CloudFormation status: done green, failed or rolled back red, under way yellow. */
export function statusStyle(status: string): Style | undefined {
  if (/FAILED|ROLLBACK/.test(status)) return 'red';
  if (/COMPLETE$/.test(status)) return 'green';
  if (/IN_PROGRESS$/.test(status)) return 'yellow';
  return undefined;
}
