// What every protocol's captures/record.mjs shares: tcpdump on lo around a scenario, the
// scenario selection from argv, and the small client helpers (curl, raw bytes, wait for a port).
// Plain .mjs so `node record.mjs` runs it without a TypeScript loader; it needs root and tcpdump.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { basename } from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts tcpdump on lo writing `file` (unbuffered, full packets) with the capture `filter`, and
 * resolves once it says it is listening plus 200 ms, so the first packet of the scenario is not
 * lost. `bufferKiB: null` leaves the kernel buffer at tcpdump's default.
 * `stop()` interrupts it, waits for it to exit and returns its last stderr line
 * ("N packets captured"…); `kill()` only interrupts it, for emergency clean-up.
 * @param {string} file
 * @param {string} filter
 * @param {{ bufferKiB?: number | null }} [options]
 */
export async function startTcpdump(file, filter, { bufferKiB = 65536 } = {}) {
  const buffer = bufferKiB === null ? [] : ['-B', String(bufferKiB)];
  const dump = spawn('tcpdump', ['-i', 'lo', '--immediate-mode', ...buffer, '-U', '-s', '0', '-w', file, filter], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  dump.stderr.on('data', (d) => (err += d));
  while (!err.includes('listening on')) {
    if (dump.exitCode !== null) throw new Error(`tcpdump failed: ${err}`);
    await sleep(20);
  }
  await sleep(200);
  return {
    process: dump,
    kill() {
      if (dump.exitCode === null) dump.kill('SIGINT');
    },
    async stop() {
      dump.kill('SIGINT');
      await once(dump, 'exit');
      return err.trim().split('\n').pop();
    },
  };
}

/**
 * One capture: tcpdump (as startTcpdump) around `run()`, stopped `tailMs` after it so the last
 * FIN/ACKs are in the file (also when `run` throws, so no tcpdump outlives the script); logs
 * `<file name>: <tcpdump's summary>`.
 * @param {string} file
 * @param {string} filter
 * @param {() => Promise<unknown>} run
 * @param {{ tailMs?: number, bufferKiB?: number | null }} [options]
 */
export async function recordPcap(file, filter, run, { tailMs = 1000, bufferKiB } = {}) {
  const dump = await startTcpdump(file, filter, { bufferKiB });
  let summary;
  try {
    await run();
  } finally {
    await sleep(tailMs);
    summary = await dump.stop();
  }
  console.log(`${basename(file)}: ${summary}`);
}

/** The `[name, scenario]` pairs the command line asks for (all of them when it names none). */
export function selectedScenarios(scenarios, wanted = process.argv.slice(2)) {
  return Object.entries(scenarios).filter(([name]) => wanted.length === 0 || wanted.includes(name));
}

/**
 * curl with `-sS -o /dev/null` and `args`; a Buffer as the first argument goes to its stdin.
 * Runs as a child while the recording process serves: never blocks the event loop.
 */
export function curl(...args) {
  const input = args[0] instanceof Buffer ? args.shift() : null;
  const child = spawn('curl', ['-sS', '-o', '/dev/null', ...args], { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'inherit'] });
  if (input) child.stdin.end(input);
  return once(child, 'exit');
}

/** Writes raw bytes on one connection to 127.0.0.1:`port`, reads for `wait` ms, then closes it. */
export async function sendRaw(port, text, wait = 300) {
  const sock = net.connect(port, '127.0.0.1');
  await once(sock, 'connect');
  sock.write(text);
  sock.resume();
  await sleep(wait);
  sock.end();
  await once(sock, 'close');
}

/** Polls 127.0.0.1:`port` every 100 ms until it accepts a connection, `tries` times at most. */
export async function waitForPort(port, tries = 50) {
  for (let i = 0; i < tries; i++) {
    await sleep(100);
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return true;
  }
  return false;
}
