// What every benchmark prints its figures against: anchors measured in the same run, interleaved
// with what is measured (one sample of each in turn, round after round), so load from the rest of
// a shared machine falls on both alike. No figure is divided by one from another run or by a
// constant: a ratio below 1.00x is faster / smaller than its anchor on this machine, now.
import type { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/**
 * `rounds` rounds, each taking one sample of every series in the order given; the samples of each
 * series by name. A first, unrecorded round warms the file cache.
 */
export async function interleaved<K extends string, T = number>(
  rounds: number,
  series: Record<K, (round: number) => T | Promise<T>>,
): Promise<Record<K, T[]>> {
  const names = Object.keys(series) as K[];
  for (const name of names) await series[name](-1);
  const samples = Object.fromEntries(names.map((n) => [n, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) samples[name].push(await series[name](round));
  }
  return samples;
}

/** The machine and its load when the run started, for the record. */
export function machine(): { cpus: number; model: string; load1: number; node: string } {
  const list = cpus();
  return { cpus: list.length, model: list[0]?.model ?? 'unknown', load1: loadavg()[0]!, node: process.version };
}

export const machineLine = (m = machine()): string =>
  `${m.cpus} x ${m.model}, load average ${m.load1.toFixed(1)} at the start, node ${m.node}`;

/**
 * Kills `children` (the list as it grows) when the bench itself is interrupted (Ctrl-C, `kill`):
 * its `finally` does not run then, and a server or table left running would weigh on the next
 * run's figures.
 */
export function stopChildrenOnSignal(children: readonly ChildProcess[]): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
