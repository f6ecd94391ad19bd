#!/usr/bin/env node
import { CaptureOpenError } from './capture/live.js';
import { errorMessage, stderrLogger } from './log.js';
import { KubeConfigError } from './naming/kubernetes/kubeconfig.js';
import { parseOptions, USAGE, UsageError } from './options.js';
import { Worker } from './worker.js';

const EXIT_RUNTIME = 1;
const EXIT_USAGE = 2;

async function main(): Promise<void> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`trawl-worker: ${e.message}\n\n${USAGE}\n`);
      process.exit(EXIT_USAGE);
    }
    throw e;
  }
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const log = stderrLogger();
  // A reader of stderr that went away (the parent died) must not make each log line an uncaught
  // EPIPE that is logged again: measured, an orphaned worker spun at 100 % CPU and never exited.
  for (const s of [process.stdout, process.stderr]) s.on('error', () => {});
  // The worker never exits on a NATS or parse problem: anything that escapes is logged, not fatal.
  process.on('uncaughtException', (e) => log.error('worker.uncaught', { error: errorMessage(e), stack: e.stack?.split('\n')[1]?.trim() }));
  process.on('unhandledRejection', (e) => log.error('worker.unhandled_rejection', { error: errorMessage(e) }));

  let worker: Worker;
  try {
    worker = new Worker(options, log);
  } catch (e) {
    // A kubeconfig that cannot be used is bad configuration, told before anything starts.
    if (!(e instanceof KubeConfigError)) throw e;
    process.stderr.write(`trawl-worker: ${e.message}\n`);
    process.exit(EXIT_USAGE);
  }
  // The handlers are in place before the capture starts: a SIGTERM that arrives while the worker
  // is still starting (capture open, NATS not yet connected) is a clean stop once the start is
  // done, never the default action that kills it with nothing flushed. A second signal forces it.
  let signals = 0;
  let started = false;
  let stopAfterStart = false;
  const stop = () =>
    worker.stop().then(
      () => process.exit(0),
      (e) => {
        log.error('worker.stop_failed', { error: errorMessage(e) });
        process.exit(EXIT_RUNTIME);
      },
    );
  const shutdown = (signal: string) => {
    if (signals++ > 0) {
      log.warn('worker.forced_exit', { signal });
      process.exit(EXIT_RUNTIME);
    }
    log.info('worker.stopping', { signal });
    if (started) void stop();
    else stopAfterStart = true;
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  try {
    await worker.start();
  } catch (e) {
    const usage = e instanceof CaptureOpenError && e.usage;
    process.stderr.write(`trawl-worker: ${errorMessage(e)}\n`);
    process.exit(usage ? EXIT_USAGE : EXIT_RUNTIME);
  }
  started = true;
  if (stopAfterStart) void stop();
}

void main();
