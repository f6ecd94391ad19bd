// `trawl start` for the e2e tests: on lo, free ports, a fresh data dir, up (its URL printed),
// killed and cleaned after the test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@trawl/bus';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'apps/cli/dist/main.js');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RunningTrawl {
  data: string;
  url: string;
  hubPort: number;
  natsPort: number;
  start: ChildProcess;
  /** What it printed on stderr so far. */
  err(): string;
  /** Waits until `done()`; fails with trawl's stderr when it exits first or `ms` pass. */
  waitFor(done: () => boolean | Promise<boolean>, label: string, ms?: number): Promise<void>;
}

/** `trawl start` on lo, free ports, a fresh data dir, up (its URL printed); killed and cleaned after the test. */
export async function startTrawl(t: TestContext, prefix: string, extra: string[] = []): Promise<RunningTrawl> {
  const data = mkdtempSync(join(tmpdir(), prefix));
  const [hubPort, natsPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  const start = spawn(process.execPath, [cli, 'start', '--data', data, '--port', String(hubPort), '--nats-port', String(natsPort), '--metrics-port', String(metricsPort), '--iface', 'lo', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  start.stdout!.on('data', (d) => (out += d));
  start.stderr!.on('data', (d) => (err += d));
  t.after(() => {
    if (start.exitCode === null) start.kill('SIGKILL');
    spawnSync(process.execPath, [cli, 'clean', '--data', data, '--purge']);
  });
  const waitFor = async (done: () => boolean | Promise<boolean>, label: string, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!(await done())) {
      assert.ok(start.exitCode === null, `trawl start exited (${start.exitCode}) waiting for ${label}:\n${err.slice(-3000)}`);
      assert.ok(Date.now() < deadline, `${label} did not happen:\n${err.slice(-3000)}`);
      await sleep(100);
    }
  };
  await waitFor(() => /trawl is running: (\S+)/.test(out), 'its URL');
  const url = /trawl is running: (\S+)/.exec(out)![1];
  return { data, url, hubPort, natsPort, start, err: () => err, waitFor };
}

