#!/usr/bin/env node
/**
 * The hub process. Prints one line with the URL when ready (stdout); logs go to stderr.
 * SIGINT/SIGTERM: stop consuming, finish the batch in flight, close everything, exit 0.
 * Exit codes: 0 ok, 1 runtime failure (message, no stack trace), 2 bad usage.
 */
import { parseOptions, USAGE, UsageError } from './cli/options.js';
import { startHub, StartError } from './hub.js';
import { stderrLogger } from './log.js';

/** The longest a signalled hub waits for its parts to stop before it exits anyway (code 1). */
const STOP_LIMIT_MS = 45_000;

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? `trawl-hub: ${e.message}\n` : ''}${e.showUsage ? `${USAGE}\n` : ''}`);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  let hub;
  try {
    hub = await startHub(options);
  } catch (e) {
    process.stderr.write(`trawl-hub: ${(e as Error).message}\n`);
    return e instanceof StartError ? 2 : 1;
  }
  const retention = Object.entries(options.retention).map(([k, v]) => `${k}=${v}`).join(' ') || 'none';
  process.stdout.write(`trawl hub listening on ${hub.url} (data ${options.dataDir}, nats ${options.natsUrl}, retention ${retention})\n`);
  await new Promise<void>((resolve) => {
    const onSignal = (sig: NodeJS.Signals) => {
      stderrLogger(`${sig}: stopping`);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  // Each part bounds its own wait (the batch in flight, the writer thread, NATS, open streams, an
  // APISec push); should they add up to more than this anyway, the process still ends, and says so.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), STOP_LIMIT_MS)));
  const outcome = await Promise.race([hub.stop().then(() => 'stopped' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') {
    stderrLogger(`stopping took more than ${STOP_LIMIT_MS / 1000} s: exiting without waiting further`);
    return 1;
  }
  stderrLogger('stopped');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`trawl-hub: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  },
);
