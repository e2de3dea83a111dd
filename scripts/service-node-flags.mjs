#!/usr/bin/env node
// Prints the Node flags of the service image's command (service/Dockerfile's CMD, the one place
// they are declared: the heap's growth policy), for the other places the service runs:
// `npm run service` and `npm start` start Node with `$(node scripts/service-node-flags.mjs)`, and
// `npm run bench:service` reads the same CMD.
import { readFileSync } from 'node:fs';

const dockerfile = readFileSync(new URL('../service/Dockerfile', import.meta.url), 'utf8');
const cmd = [...dockerfile.matchAll(/^CMD\s+(\[.*\])\s*$/gm)].at(-1)?.[1];
if (!cmd) {
  process.stderr.write('service-node-flags: service/Dockerfile has no exec-form CMD\n');
  process.exit(1);
}
const [node, ...args] = /** @type {string[]} */ (JSON.parse(cmd));
if (node !== 'node') {
  process.stderr.write(`service-node-flags: the Dockerfile's CMD starts ${node}, not node\n`);
  process.exit(1);
}
process.stdout.write(`${args.filter((a) => a.startsWith('--')).join(' ')}\n`);
