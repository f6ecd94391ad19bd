// The worker with each capture-program backend on lo (--capture-backend tcpdump and trawl-pcap,
// the same cases): a real nats-server, the built worker, the program it spawns, requests from curl
// and fetch → exactly those entries, stamped by the kernel within the time each request took; a
// program killed under the worker is restarted; SIGTERM publishes a request made just before it; a
// worker killed with SIGKILL takes its program with it; a missing tcpdump is a clear error, a
// missing trawl-pcap a fallback to tcpdump with a warning; trawl-pcap is the default; a SIGTERM
// while the capture program is still starting is a clean stop.
import assert from 'node:assert/strict';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { processAlive, type NatsServer } from '@trawl/bus';
import type { Entry } from '@trawl/protocols';
import { freePort, run, startNats, startWorker, tempDir, waitEntries, waitFor, type WorkerProcess } from './test-support/harness.js';

const N = 6;

const path = (e: Entry) => (e.request as { path: string }).path;
const health = async (w: WorkerProcess) => (await fetch(`http://127.0.0.1:${w.metricsPort}/health`)).json() as Promise<{ captureBackend: string; capturePids: number[]; interfaces: string[] }>;

for (const name of ['tcpdump', 'trawl-pcap'] as const) {
  const event = `${name.replace('-', '_')}_exited`;
  describe(`--capture-backend ${name}`, () => {
    let dir: string;
    let nats: NatsServer;
    let server: Server;
    let port: number;
    let worker: WorkerProcess;

    before(async () => {
      dir = tempDir(name);
      nats = await startNats(dir);
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', () => setTimeout(() => res.writeHead(req.method === 'POST' ? 201 : 200).end(JSON.stringify({ got: body.length })), 5));
      });
      port = await freePort();
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
      worker = await startWorker(['--nats', nats.url, '--node', `${name}-lo`, '--capture-backend', name, '--iface', 'lo', '--bpf', `tcp port ${port}`, '--batch-ms', '50']);
      await worker.waitLog(new RegExp(`capture\\.started .*backend=${name}`));
      await worker.waitLog(/nats\.connected/);
    });

    after(async () => {
      await worker?.stop();
      server?.close();
      await nats?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('curl and fetch on lo: exactly the requests sent, kernel-stamped within each request', async () => {
      const spans = new Map<string, [number, number]>();
      for (let i = 0; i < N; i++) {
        const p = `/curl/${i}`;
        const t0 = Date.now();
        const r = await run('curl', i % 2 ? ['-s', '-X', 'POST', '-d', 'y'.repeat(i), `http://127.0.0.1:${port}${p}`] : ['-s', `http://127.0.0.1:${port}${p}`]);
        spans.set(p, [t0, Date.now()]);
        assert.equal(r.code, 0, r.stderr);
      }
      for (let i = 0; i < N; i++) {
        const p = `/fetch/${i}`;
        const t0 = Date.now();
        await (await fetch(`http://127.0.0.1:${port}${p}`, { method: i % 2 ? 'POST' : 'GET', body: i % 2 ? 'z'.repeat(i) : undefined })).text();
        spans.set(p, [t0, Date.now()]);
      }
      const entries = await waitEntries(nats.url, 2 * N);
      assert.equal(entries.length, 2 * N, entries.map(path).join(' '));
      const byPath = new Map(entries.map((e) => [path(e), e]));
      assert.deepEqual([...byPath.keys()].sort(), [...spans.keys()].sort());
      // What the worker's naming did, for the messages of the naming asserts.
      const naming = () => worker.metrics().then((m) => `naming refreshes ${m.trawl_worker_naming_refreshes_total}; log: ${worker.log.split('\n').filter((l) => /naming|warn|error/.test(l)).slice(-5).join(' | ')}`);
      let last = 0;
      for (const [p, [t0, t1]] of spans) {
        const e = byPath.get(p)!;
        const i = Number(p.split('/')[2]);
        assert.equal((e.request as { method: string }).method, i % 2 ? 'POST' : 'GET');
        assert.equal((e.response as { status: number }).status, i % 2 ? 201 : 200);
        assert.equal(e.dst.port, port);
        if (e.dst.process?.pid !== process.pid) assert.fail(`server not named for ${p}: dst ${JSON.stringify(e.dst)}; ${await naming()}`);
        // Kernel timestamps: the request's first packet was seen between the call and its return.
        assert.ok(e.timestamp >= t0 && e.timestamp <= t1, `${p}: ${e.timestamp} within [${t0}, ${t1}]`);
        assert.ok(e.timestamp > last, `monotone in request order: ${p} at ${e.timestamp}, the one before at ${last}`);
        last = e.timestamp;
      }
      // A long-lived client is named; a curl is usually gone before its SYN, up to 1 s late, is read.
      for (let i = 0; i < N; i++) {
        const src = byPath.get(`/fetch/${i}`)!.src;
        if (src.process?.pid !== process.pid) assert.fail(`fetch client not named for /fetch/${i}: src ${JSON.stringify(src)}; ${await naming()}`);
      }
      const m = await worker.metrics();
      assert.equal(m.trawl_worker_published_entries_total, 2 * N);
      assert.equal(m.trawl_worker_capture_kernel_dropped_packets_total, 0);
      assert.equal(m.trawl_worker_tcp_gaps_total, 0);
      const h = await health(worker);
      assert.equal(h.captureBackend, name);
      assert.deepEqual(h.interfaces, ['lo']);
      assert.equal(h.capturePids.length, 1);
    });

    test(`${name} killed under the worker: logged, restarted, capture goes on`, async () => {
      const before = (await waitEntries(nats.url, 2 * N, 5_000, 0)).length;
      const [pid] = (await health(worker)).capturePids;
      process.kill(pid, 'SIGKILL');
      await worker.waitLog(new RegExp(`warn capture\\.${event} iface=lo signal=SIGKILL`));
      const next = await waitFor(`a new ${name}`, async () => {
        const h = await health(worker);
        return h.capturePids.length === 1 && h.capturePids[0] !== pid && h.interfaces.length === 1 ? h.capturePids[0] : 0;
      });
      assert.ok(processAlive(next));
      for (let i = 0; i < 3; i++) await (await fetch(`http://127.0.0.1:${port}/after-kill/${i}`)).text();
      const all = await waitEntries(nats.url, before + 3);
      assert.equal(all.length, before + 3);
      assert.equal(all.filter((e) => path(e).startsWith('/after-kill/')).length, 3);
      assert.equal((await worker.metrics()).trawl_worker_capture_restarts_total, 1);
    });

    test(`SIGTERM: the request just before it is published, ${name} is stopped, exit 0`, async () => {
      const before = (await waitEntries(nats.url, 1, 5_000, 0)).length;
      const [pid] = (await health(worker)).capturePids;
      await (await fetch(`http://127.0.0.1:${port}/just-before-stop`)).text();
      // Its packets sit in a ring block the program has not been handed yet: the stop waits for it.
      const exit = await worker.stop('SIGTERM');
      assert.deepEqual(exit, { code: 0, signal: null }, worker.log);
      assert.match(worker.log, /capture\.closed iface=lo reason=stopping/);
      assert.match(worker.log, /worker\.stopped .*unpublished=0/);
      const entries = await waitEntries(nats.url, before + 1, 5_000, 0);
      assert.ok(entries.some((e) => path(e) === '/just-before-stop'));
      assert.equal(processAlive(pid), false);
    });

    test(`a worker killed with SIGKILL takes its ${name} with it (${name === 'tcpdump' ? 'setpriv --pdeathsig' : 'its own PR_SET_PDEATHSIG'})`, async () => {
      const w = await startWorker(['--nats', nats.url, '--node', `${name}-kill`, '--capture-backend', name, '--iface', 'lo', '--bpf', `tcp port ${port}`]);
      await w.waitLog(new RegExp(`capture\\.started .*backend=${name}`));
      const [pid] = (await health(w)).capturePids;
      assert.ok(processAlive(pid));
      await w.stop('SIGKILL');
      await waitFor(`${name} gone`, () => !processAlive(pid), 5_000);
    });
  });
}

describe('missing, slow and default programs', () => {
  let dir: string;
  let nats: NatsServer;
  before(async () => {
    dir = tempDir('missing');
    nats = await startNats(dir);
  });
  after(async () => {
    await nats?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('tcpdump missing: exit 1 with a message that names the package', async () => {
    const w = await startWorker(['--nats', nats.url, '--capture-backend', 'tcpdump', '--tcpdump-path', '/nonexistent/tcpdump', '--iface', 'lo']);
    const exit = await w.exited;
    assert.equal(exit.code, 1, w.log);
    assert.match(w.log, /cannot capture on lo: tcpdump not found at "\/nonexistent\/tcpdump": install Debian's tcpdump package \(apt-get install tcpdump\)/);
  });

  test('trawl-pcap missing: a warning that says how to build it, and capture with tcpdump', async () => {
    const w = await startWorker(['--nats', nats.url, '--capture-backend', 'trawl-pcap', '--trawl-pcap-path', '/nonexistent/trawl-pcap', '--iface', 'lo', '--bpf', 'tcp port 9']);
    try {
      await w.waitLog(/capture\.started .*backend=tcpdump/);
      assert.match(w.log, /warn capture\.trawl_pcap_missing path=\/nonexistent\/trawl-pcap fallback=tcpdump hint=".*native\/build\.sh/);
      const h = (await (await fetch(`http://127.0.0.1:${w.metricsPort}/health`)).json()) as { captureBackend: string };
      assert.equal(h.captureBackend, 'tcpdump');
    } finally {
      assert.equal((await w.stop()).code, 0);
    }
  });

  test('trawl-pcap is the default backend when it is built', async () => {
    const w = await startWorker(['--nats', nats.url, '--iface', 'lo', '--bpf', 'tcp port 9']);
    try {
      await w.waitLog(/capture\.started .*backend=trawl-pcap/);
    } finally {
      assert.equal((await w.stop()).code, 0);
    }
  });

  test('SIGTERM while the capture program is still starting: a clean stop, exit 0 (not killed by the signal)', async () => {
    // A tcpdump that takes a second to start: the worker is inside its start when the signal comes.
    const slow = join(dir, 'slow-tcpdump');
    writeFileSync(slow, '#!/bin/sh\nsleep 1\nexec tcpdump "$@"\n');
    chmodSync(slow, 0o755);
    const w = await startWorker(['--nats', nats.url, '--capture-backend', 'tcpdump', '--tcpdump-path', slow, '--iface', 'lo', '--bpf', 'tcp port 9']);
    await w.waitLog(/worker\.starting/);
    assert.doesNotMatch(w.log, /capture\.started/);
    const exit = await w.stop('SIGTERM');
    assert.deepEqual(exit, { code: 0, signal: null }, w.log);
    assert.match(w.log, /worker\.stopping .*signal=SIGTERM/);
  });
});
