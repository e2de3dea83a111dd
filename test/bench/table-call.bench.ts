// npm run bench:table-call: what one table call costs the service, apart from everything else it
// does. The list's unshared read (readList: the Scan with the summaries' projection, through the
// service's table reads, service/src/data/table-reads.ts, on the DynamoDB client serviceClients
// builds) and the same Scan through that client's `send` (its middleware stack and schema serde:
// how readList read until 2026-12-07), against their anchor measured in the same run,
// interleaved: the very bytes of that Scan request (captured once at the request handler,
// signature and all) sent bare through `node:http` on a kept-alive connection and the answer
// parsed with JSON.parse. All ask the same emulator the same question and get the same answer, so
// what differs is each path's own work per call (middleware, serde, signing, retries'
// bookkeeping) and the garbage it leaves. Printed per call, one call at a time (one connection,
// as the service's one-connection scenario): this process's CPU, the emulator's CPU (Linux
// /proc), and the latency's p50, p99 and p99.9. Results also go to
// test-results/bench-table-call.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand, type ScanCommandInput } from '@aws-sdk/client-dynamodb';
import { serviceClients } from '../../service/src/clients.js';
import { loadConfig } from '../../service/src/config.js';
import { readList } from '../../service/src/mysfits/store.js';
import { ROOT } from '../helpers.js';
import { startSeededDynamoDBProcess } from '../support/local-processes.js';
import { watchTableRequests } from '../support/table-calls.js';
import { cpuMs } from './proc-stats.js';
import { BUNDLE_ENV } from '../support/service.js';
import { interleaved, machine, machineLine, ratio, stopChildrenOnSignal } from './same-run.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const CALLS = Number(process.env.BENCH_CALLS ?? 500);
const TABLE = BUNDLE_ENV.TABLE_NAME;

const table = await startSeededDynamoDBProcess(TABLE);
stopChildrenOnSignal([table.child]);
try {
  const config = loadConfig({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: table.endpoint });
  const { dynamodb, cognito } = serviceClients(config);
  cognito.destroy();
  const db = DynamoDBDocumentClient.from(dynamodb);

  // The Scan as readList sends it, captured from the wire once (at the request handler, after signing).
  let captured: { path: string; headers: Record<string, string>; body: string } | undefined;
  const unwatch = watchTableRequests(dynamodb, (request) => {
    captured ??= { path: request.path, headers: { ...request.headers }, body: String(request.body) };
  });
  const expected = await readList(db, TABLE);
  unwatch();
  if (!captured) throw new Error('the Scan request was not captured');
  const scan = captured;
  // The same Scan through the client's middleware stack (send), as readList made it until 2026-12-07.
  const scanInput = JSON.parse(scan.body) as ScanCommandInput;
  const viaSend = async () => (await dynamodb.send(new ScanCommand(scanInput))).Items?.length;

  const url = new URL(table.endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bare = (): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, method: 'POST', path: scan.path, headers: scan.headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200) reject(new Error(`bare Scan: ${res.statusCode} ${text}`));
            else resolve(JSON.parse(text));
          });
        },
      );
      req.on('error', reject);
      req.end(scan.body);
    });
  const bareItems = ((await bare()) as { Items: unknown[] }).Items;
  if (bareItems.length !== expected.length)
    throw new Error(`bare Scan: ${bareItems.length} items, not ${expected.length}`);

  /** The emulator's CPU time so far, in ms (Linux); NaN elsewhere. */
  const tableCpuMs = (): number => cpuMs(table.child.pid) ?? Number.NaN;
  interface Block {
    latencies: number[];
    cpuMs: number;
    tableCpuMs: number;
  }
  const block =
    (call: () => Promise<unknown>) =>
    async (round: number): Promise<Block> => {
      const latencies: number[] = [];
      const cpu0 = process.cpuUsage();
      const table0 = tableCpuMs();
      for (let i = 0; i < (round < 0 ? 200 : CALLS); i++) {
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
      const cpu = process.cpuUsage(cpu0);
      return { latencies, cpuMs: (cpu.user + cpu.system) / 1000, tableCpuMs: tableCpuMs() - table0 };
    };

  const m = machine();
  const samples = await interleaved(ROUNDS, {
    bare: block(bare),
    sdk: block(() => readList(db, TABLE)),
    send: block(viaSend),
  });
  agent.destroy();
  db.destroy();

  const summary = (blocks: Block[]) => {
    const all = blocks.flatMap((b) => b.latencies).sort((a, b) => a - b);
    const at = (p: number) => all[Math.min(all.length - 1, Math.floor(p * all.length))]!;
    const calls = all.length;
    return {
      calls,
      cpuMsPerCall: blocks.reduce((s, b) => s + b.cpuMs, 0) / calls,
      tableCpuMsPerCall: blocks.reduce((s, b) => s + b.tableCpuMs, 0) / calls,
      p50: at(0.5),
      p99: at(0.99),
      p999: at(0.999),
    };
  };
  const anchor = summary(samples.bare);
  const sdk = summary(samples.sdk);
  const send = summary(samples.send);
  const row = (label: string, s: ReturnType<typeof summary>) =>
    `  ${label.padEnd(40)} ${s.cpuMsPerCall.toFixed(3).padStart(7)} ms ${s.tableCpuMsPerCall.toFixed(3).padStart(7)} ms ` +
    `${s.p50.toFixed(2).padStart(6)} ${s.p99.toFixed(2).padStart(6)} ${s.p999.toFixed(2).padStart(6)} ms\n`;
  process.stdout.write(
    `One list read at a time, ${ROUNDS} interleaved rounds of ${CALLS} calls each (${machineLine(m)}):\n` +
      `  ${''.padEnd(40)} ${'CPU/call'.padStart(10)} ${'table CPU'.padStart(10)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} ${'p99.9'.padStart(6)}\n` +
      row('bare request, JSON.parse (anchor)', anchor) +
      row('readList (the service: table-reads.ts)', sdk) +
      row('the same Scan through client.send', send) +
      `\nreadList: ${ratio(sdk.cpuMsPerCall, anchor.cpuMsPerCall)} the CPU per call, ` +
      `${ratio(sdk.tableCpuMsPerCall, anchor.tableCpuMsPerCall)} the emulator's, ` +
      `p50 ${ratio(sdk.p50, anchor.p50)}, p99 ${ratio(sdk.p99, anchor.p99)} of the bare request, same run\n` +
      `client.send: ${ratio(send.cpuMsPerCall, anchor.cpuMsPerCall)} the CPU per call, ` +
      `p50 ${ratio(send.p50, anchor.p50)}, p99 ${ratio(send.p99, anchor.p99)} of the bare request, same run\n`,
  );
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-table-call.json'),
    JSON.stringify({ rounds: ROUNDS, calls: CALLS, machine: m, bare: anchor, readList: sdk, send }, null, 2) + '\n',
  );
} finally {
  table.client.destroy();
  table.child.kill('SIGTERM');
}
