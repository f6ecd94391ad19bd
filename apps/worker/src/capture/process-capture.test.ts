// The capture-program backends against the real programs (root needed), the same cases for
// Debian's tcpdump and our trawl-pcap (native/trawl-pcap.c, built by the worker's build): UDP
// datagrams sent on lo here, or blasted by a child process, come back as frames with kernel
// timestamps; a stop hands over what the ring held; a slow consumer makes the kernel drop, and the
// drops are read from the program; a killed program is restarted; a missing binary, an unknown
// interface and a bad filter are errors. trawl-pcap also hands a packet over within its block
// timeout on a quiet link, where tcpdump takes up to 1 s.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { CapturedFrame } from '@trawl/protocols';
import { stderrLogger } from '../log.js';
import { ensureBuilt, freePort, sleep, tempDir, waitFor } from '../test-support/harness.js';
import { CaptureOpenError } from './live.js';
import { ProcessCapture, type ProcessCaptureOptions } from './process-capture.js';
import type { CaptureProgram, CaptureProgramName } from './program.js';
import { tcpdumpProgram } from './tcpdump-process.js';
import { trawlPcapProgram } from './trawl-pcap-process.js';

const PROGRAMS: Record<CaptureProgramName, { program: (path?: string) => CaptureProgram; missing: RegExp }> = {
  tcpdump: { program: (path) => tcpdumpProgram(path), missing: /tcpdump not found .*apt-get install tcpdump/ },
  'trawl-pcap': { program: (path) => trawlPcapProgram(path), missing: /trawl-pcap not found .*native\/build\.sh/ },
};

before(() => ensureBuilt());

interface Got {
  ts: number;
  linkType: number;
  payload: string;
}

function capture(name: CaptureProgramName, port: number, got: Got[], extra: Partial<ProcessCaptureOptions> = {}, logs: string[] = []) {
  return new ProcessCapture({
    program: PROGRAMS[name].program(),
    interfaces: ['lo'],
    prefixes: [],
    bpf: `udp port ${port}`,
    ringBytes: 4 << 20,
    pollMs: 500,
    log: stderrLogger((l) => logs.push(l)),
    onFrame: (f: CapturedFrame) => {
      // Ethernet (14) + IPv4 (20) + UDP (8) on lo.
      got.push({ ts: f.ts, linkType: f.linkType, payload: Buffer.from(f.data.subarray(42)).toString() });
    },
    ...extra,
  });
}

async function send(port: number, payloads: string[], stamps?: Array<[number, number]>): Promise<void> {
  const s = createSocket('udp4');
  for (const p of payloads) {
    const before = Date.now();
    await new Promise<void>((r) => s.send(p, port, '127.0.0.1', () => r()));
    stamps?.push([before, Date.now()]);
    await sleep(2);
  }
  s.close();
}

for (const name of ['tcpdump', 'trawl-pcap'] as const) {
  describe(name, () => {
    test('datagrams on lo: each once, in order, as sent, with kernel timestamps close to the wall clock', async () => {
      const port = await freePort();
      const got: Got[] = [];
      const c = capture(name, port, got);
      await c.start();
      assert.deepEqual(c.interfaces, ['lo']);
      const payloads = Array.from({ length: 20 }, (_, i) => `datagram ${i} ${'x'.repeat(i * 50)}`);
      const stamps: Array<[number, number]> = [];
      await send(port, payloads, stamps);
      // A TPACKET_V3 block is handed over after the block timeout on a quiet link (tcpdump: 1 s).
      await waitFor('20 frames', () => got.length >= 20, 5_000);
      await c.stop();
      assert.deepEqual(got.map((g) => g.payload), payloads);
      assert.ok(got.every((g) => g.linkType === 1), 'EN10MB on lo');
      for (let i = 0; i < got.length; i++) {
        // The kernel's clock and Date.now() are the same CLOCK_REALTIME; Date.now() truncates to ms.
        assert.ok(got[i].ts >= stamps[i][0] && got[i].ts <= stamps[i][1] + 1, `frame ${i}: ${got[i].ts} within [${stamps[i]}]`);
        if (i > 0) assert.ok(got[i].ts > got[i - 1].ts, 'strictly increasing');
      }
      assert.ok(got.some((g) => !Number.isInteger(g.ts * 1000)), 'sub-microsecond digits (nanosecond pcap)');
    });

    test('stop hands over every packet the ring held (the last, unfinished block included)', async () => {
      const port = await freePort();
      const got: Got[] = [];
      const c = capture(name, port, got);
      await c.start();
      const payloads = Array.from({ length: 30 }, (_, i) => `last ${i}`);
      await send(port, payloads);
      const t0 = Date.now();
      await c.stop();
      assert.equal(got.length, 30, `all 30 delivered by stop (${Date.now() - t0} ms)`);
      assert.deepEqual(c.interfaces, []);
    });

    test('a consumer that falls behind: the pipe fills, the kernel drops, the program reports the drops', { timeout: 60_000 }, async () => {
      const port = await freePort();
      const dir = tempDir('td-drops');
      const done = join(dir, 'sent');
      const N = 15_000;
      let frames = 0;
      let stalled = false;
      const c = capture(name, port, [], {
        ringBytes: 1 << 20, // 4 blocks of 256 KiB
        statsMs: 200,
        onFrame: () => {
          frames++;
          if (stalled) return;
          stalled = true;
          // The worker's event loop stuck until the sender is done: nobody reads the pipe meanwhile.
          const t0 = Date.now();
          while (!existsSync(done) && Date.now() - t0 < 20_000) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        },
      });
      await c.start();
      const blaster = spawn(process.execPath, ['-e', `const s = require('dgram').createSocket('udp4'); const b = Buffer.alloc(300, 120); let i = 0; (function go() { for (let k = 0; k < 500 && i < ${N}; k++, i++) s.send(b, ${port}, '127.0.0.1'); if (i < ${N}) setImmediate(go); else setTimeout(() => { s.close(); require('fs').writeFileSync(${JSON.stringify(done)}, ''); }, 200); })();`], { stdio: 'inherit' });
      await new Promise((r) => blaster.once('exit', r));
      await waitFor('drops reported', () => c.droppedKernel > 0, 15_000);
      await c.stop();
      rmSync(dir, { recursive: true, force: true });
      assert.ok(frames > 0 && frames < N, `${frames} frames of ${N}`);
      assert.ok(c.droppedKernel > 0, `kernel drops ${c.droppedKernel}`);
      // Every datagram was either handed over or counted as dropped. On lo the ring gets each packet
      // twice (out and in) and drops count both copies; libpcap hands over the incoming one only.
      // (Measured once: 1,515 frames + 76,970 / 2 drops = 40,000.)
      const accounted = frames + c.droppedKernel / 2;
      assert.ok(accounted <= N + 10 && accounted >= N * 0.95, `${frames} frames + ${c.droppedKernel} / 2 drops vs ${N} sent`);
    });

    test('a killed program is restarted (logged) and capture goes on', async () => {
      const port = await freePort();
      const got: Got[] = [];
      const logs: string[] = [];
      const c = capture(name, port, got, {}, logs);
      await c.start();
      const [pid] = c.pids;
      process.kill(pid, 'SIGKILL');
      await waitFor(`a new ${name}`, () => c.pids.length === 1 && c.pids[0] !== pid && c.interfaces.length === 1, 10_000);
      assert.equal(c.stats.restarts, 1);
      assert.ok(logs.some((l) => new RegExp(`warn capture\\.${name.replace('-', '_')}_exited iface=lo signal=SIGKILL .*restartInMs=250`).test(l)), logs.join(''));
      await send(port, ['after restart']);
      await waitFor('the frame', () => got.length >= 1, 5_000);
      await c.stop();
      assert.deepEqual(got.map((g) => g.payload), ['after restart']);
    });

    test('errors: a missing binary says what to do; unknown interface and bad filter are usage errors', async () => {
      const missing = capture(name, 1, [], { program: PROGRAMS[name].program(`/nonexistent/${name}`) });
      await assert.rejects(missing.start(), (e: Error) => e instanceof CaptureOpenError && !e.usage && PROGRAMS[name].missing.test(e.message));
      await assert.rejects(capture(name, 1, [], { interfaces: ['nosuch0'] }).start(), (e: Error) => e instanceof CaptureOpenError && e.usage && /no such interface/.test(e.message));
      // Present in /proc/net/dev by our say-so, but not to the program: its own complaint comes back.
      await assert.rejects(capture(name, 1, [], { interfaces: ['nosuch0'], listInterfaces: () => ['nosuch0'] }).start(), (e: Error) => e instanceof CaptureOpenError && e.usage && /No such device/.test(e.message));
      await assert.rejects(capture(name, 1, [], { bpf: 'tcp port' }).start(), (e: Error) => e instanceof CaptureOpenError && e.usage && /can't parse filter/.test(e.message));
    });

    // Not for tcpdump: it holds a packet up to 1 s, the reason trawl-pcap exists.
    if (name === 'trawl-pcap') test('a quiet link: each packet is handed over within the 50 ms block timeout (tcpdump: 1 s)', async () => {
      const port = await freePort();
      const arrived: number[] = [];
      const c = capture(name, port, [], { onFrame: () => arrived.push(Date.now()) });
      await c.start();
      const delays: number[] = [];
      for (let i = 0; i < 5; i++) {
        const sent = Date.now();
        await send(port, [`quiet ${i}`]);
        await waitFor('the frame', () => arrived.length > i, 5_000, 5);
        delays.push(arrived[i] - sent);
        await sleep(120);
      }
      await c.stop();
      // 50 ms block timeout plus scheduling; tcpdump's would be 0–1,000 ms, ~500 on average.
      delays.sort((x, y) => x - y);
      assert.ok(delays[2] < 300, `median delay ${delays[2]} ms (${delays.join(', ')})`);
    });

    test('any: Linux cooked v2 frames', async () => {
      const port = await freePort();
      const frames: number[] = [];
      const c = capture(name, port, [], { interfaces: ['any'], onFrame: (f) => frames.push(f.linkType) });
      await c.start();
      await send(port, ['a', 'b', 'c']);
      await waitFor('3 frames', () => frames.length >= 3, 5_000);
      await c.stop();
      assert.ok(frames.every((t) => t === 276), `LINUX_SLL2: ${frames}`);
    });
  });
}
