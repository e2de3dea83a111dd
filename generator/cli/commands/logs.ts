// mysfits logs: every log of the app, merged by time, and --follow to watch them live.
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { AWS_FLAGS } from '../../aws/client-config.js';
import { awsContext } from '../../aws/context.js';
import { follow, formatLine, logSources, parseSince, readLogs } from '../../aws/logs.js';
import { describeStack } from '../../aws/stacks.js';
import { defineCommand, UsageError } from '../command.js';
import { APP_STACK_FLAGS, appStack } from './outputs.js';

export const logs = defineCommand({
  name: 'logs',
  description: [
    "Reads every log group the app's resources write (the functions, the ECS service, API Gateway",
    'access and execution logs, Step Functions, Firehose errors, CodeBuild), in the root and nested',
    'stacks, and prints their events merged by time, each prefixed with the resource that wrote it.',
    '--follow keeps printing new events through CloudWatch Logs Live Tail (StartLiveTail), or by',
    'polling where Live Tail is not available; Ctrl-C stops it cleanly (exit 0).',
  ].join('\n'),
  options: {
    ...APP_STACK_FLAGS,
    since: {
      type: 'string',
      value: 'WHEN',
      description: 'From how long ago: 30s, 15m, 2h, 1d, or an ISO time.',
      default: '15m',
    },
    filter: {
      type: 'string',
      value: 'PATTERN',
      description: 'CloudWatch Logs filter pattern (e.g. ERROR, or "?ERROR ?Exception").',
    },
    resource: {
      type: 'string',
      multiple: true,
      value: 'LOGICALID',
      description: 'Only the log groups of this resource (repeat for more).',
    },
    follow: { type: 'boolean', short: 'f', description: 'Keep printing new events until Ctrl-C.' },
    ...AWS_FLAGS,
  },
  examples: ['mysfits logs --since 1h --filter ERROR', 'mysfits logs --resource ServiceFunction --follow'],
  async run(options) {
    const name = appStack(options);
    const startTime = parseSince(options.since);
    const ctx = await awsContext(options);
    const client = ctx.client(CloudWatchLogsClient);
    try {
      const stack = await describeStack(ctx.cf, name);
      if (!stack) {
        process.stderr.write(`mysfits logs: stack ${name} does not exist in ${ctx.where}\n`);
        return 1;
      }
      let sources = await logSources(ctx.cf, stack);
      const wanted = options.resource;
      if (wanted) {
        const unknown = wanted.filter((w) => !sources.some((s) => s.resource === w));
        if (unknown.length) {
          throw new UsageError(
            `--resource ${unknown.join(', ')}: no log group of that resource (the app's: ${[...new Set(sources.map((s) => s.resource))].join(', ') || 'none'})`,
          );
        }
        sources = sources.filter((s) => wanted.includes(s.resource));
      }
      if (sources.length === 0) {
        process.stderr.write(`mysfits logs: stack ${name} has no log groups\n`);
        return 0;
      }
      const width = Math.max(...sources.map((s) => s.resource.length));
      const print = (line: Parameters<typeof formatLine>[0]) => process.stdout.write(formatLine(line, width) + '\n');
      process.stderr.write(
        `mysfits logs: ${sources.length} log group(s) of ${name}: ${sources.map((s) => s.resource).join(', ')}\n`,
      );
      const lines = await readLogs(client, sources, { startTime, filter: options.filter });
      for (const line of lines) print(line);
      if (!options.follow) {
        if (lines.length === 0)
          process.stderr.write(`mysfits logs: no events since ${new Date(startTime).toISOString()}\n`);
        return 0;
      }
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await follow(client, sources, {
          filter: options.filter,
          signal: stop.signal,
          // FilterLogEvents is limited per account and region (a few calls a second): poll gently against AWS.
          pollMs: ctx.pollMs < 1000 ? ctx.pollMs : 10_000,
          startTime: lines.length ? lines[lines.length - 1].time : startTime,
          onLine: print,
          onInfo: (text) => process.stderr.write(`mysfits logs: ${text}\n`),
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      process.stderr.write('mysfits logs: stopped.\n');
      return 0;
    } finally {
      ctx.close();
    }
  },
});
