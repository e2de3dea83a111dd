// Preloaded (`node --import`) into each benchmarked process: on exit, writes the process's peak
// resident set size (KiB) to the file named by MYSFITS_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.MYSFITS_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
