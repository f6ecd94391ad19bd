// Live capture on lo with the cap backend (capture-program.test.ts does the same with tcpdump and
// trawl-pcap): a real nats-server, the built worker as a child, a Node HTTP server here, requests
// from curl (a process per request) and from fetch (this process) → exactly those entries. Naming
// each curl needs its SYN handled while curl lives: cap hands packets over at once, tcpdump up to
// 1 s later.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import type { NatsServer } from '@trawl/bus';
import type { Entry } from '@trawl/protocols';
import { freePort, run, startNats, startWorker, tempDir, waitEntries, type WorkerProcess } from './test-support/harness.js';

const N = 6;
let dir: string;
let nats: NatsServer;
let server: Server;
let port: number;
let worker: WorkerProcess;

before(async () => {
  dir = tempDir('live');
  nats = await startNats(dir);
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const status = req.url!.includes('missing') ? 404 : req.method === 'POST' ? 201 : 200;
      // A server that answers in 50 ms: a connection that opens and closes faster than the worker
      // reads /proc/net/tcp (1.5-2 ms per file here) cannot be traced to its process (README).
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ got: body.length })), 50);
    });
  });
  port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  worker = await startWorker(['--nats', nats.url, '--node', 'test-lo', '--capture-backend', 'cap', '--iface', 'lo', '--bpf', `tcp port ${port}`, '--batch-ms', '50']);
  await worker.waitLog(/capture\.started/);
  await worker.waitLog(/nats\.connected/);
});

after(async () => {
  await worker?.stop();
  server?.close();
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('curl and fetch on lo: exactly N entries each, named by process', async () => {
  const curlPids = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    const path = i % 3 === 2 ? `/missing/${i}` : `/curl/${i}`;
    const args = i % 2 === 0 ? ['-s', `http://127.0.0.1:${port}${path}?i=${i}`] : ['-s', '-X', 'POST', '-d', `{"n":${i}}`, '-H', 'content-type: application/json', `http://127.0.0.1:${port}${path}?i=${i}`];
    const r = await run('curl', args);
    assert.equal(r.code, 0, r.stderr);
    curlPids.set(path, r.pid);
  }
  for (let i = 0; i < N; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/fetch/${i}`, { method: i % 2 ? 'PUT' : 'GET', body: i % 2 ? 'x'.repeat(i) : undefined });
    await res.text();
  }
  const entries = await waitEntries(nats.url, 2 * N);
  assert.equal(entries.length, 2 * N, `expected ${2 * N} entries, got ${entries.map((e) => (e.request as { path: string }).path).join(' ')}`);
  const byPath = new Map(entries.map((e) => [(e.request as { path: string }).path, e] as [string, Entry]));
  assert.equal(byPath.size, 2 * N, 'every request once');
  for (const [path, pid] of curlPids) {
    const e = byPath.get(path)!;
    assert.ok(e, `entry for ${path}`);
    const i = Number(path.split('/')[2]);
    assert.equal((e.request as { method: string }).method, i % 2 === 0 ? 'GET' : 'POST');
    assert.equal((e.response as { status: number }).status, path.startsWith('/missing') ? 404 : i % 2 === 0 ? 200 : 201);
    assert.equal(e.node, 'test-lo');
    assert.equal(e.dst.port, port);
    assert.deepEqual({ kind: e.src.kind, name: e.src.name, pid: e.src.process?.pid }, { kind: 'process', name: 'curl', pid }, `src of ${path}`);
    assert.deepEqual({ kind: e.dst.kind, pid: e.dst.process?.pid }, { kind: 'process', pid: process.pid }, `dst of ${path}`);
  }
  for (let i = 0; i < N; i++) {
    const e = byPath.get(`/fetch/${i}`)!;
    assert.ok(e, `entry for /fetch/${i}`);
    assert.equal((e.request as { method: string }).method, i % 2 ? 'PUT' : 'GET');
    assert.equal((e.response as { status: number }).status, 200);
    assert.equal(e.src.kind, 'process');
    assert.equal(e.src.process?.pid, process.pid);
    assert.equal(e.dst.process?.pid, process.pid);
    assert.ok(Math.abs(e.timestamp - Date.now()) < 60_000, 'wall-clock timestamp');
  }
  const m = await worker.metrics();
  assert.equal(m.trawl_worker_entries_total, 2 * N);
  assert.equal(m.trawl_worker_published_entries_total, 2 * N);
  assert.equal(m.trawl_worker_nats_connected, 1);
  assert.ok(m.trawl_worker_packets_total > 2 * N * 4);
  const health = await (await fetch(`http://127.0.0.1:${worker.metricsPort}/health`)).json();
  assert.equal(health.ok, true);
});

test('SIGTERM: flushes, publishes what is left and exits 0', async () => {
  const r = await run('curl', ['-s', `http://127.0.0.1:${port}/last`]);
  assert.equal(r.code, 0);
  const exit = await worker.stop('SIGTERM');
  assert.deepEqual(exit, { code: 0, signal: null }, worker.log);
  assert.match(worker.log, /worker\.stopped .*unpublished=0/);
  const entries = await waitEntries(nats.url, 2 * N + 1, 5_000, 0);
  assert.ok(entries.some((e) => (e.request as { path: string }).path === '/last'));
});
