#!/usr/bin/env node
// Packet → queryable latency of the whole live system (issue 5, target p99 ≤ 1 s): `trawl start`
// on free ports capturing lo, a local HTTP server, requests at a steady rate whose path carries the
// send time, and the hub's SSE stream (which emits an entry only after it is stored, so an entry
// seen there is queryable). Latency = SSE arrival − request send. JSON on stdout.
//   node bench/live-latency.bench.mjs [--smoke] [--capture-backend trawl-pcap|tcpdump|cap] [--rate 500]
//     [--seconds 15] [--block-timeout-ms 50] [--tcpdump-mode block|immediate] [--snaplen N]
//     [--tcpdump-pipe socket|fifo]
// Without --capture-backend the worker's default (trawl-pcap, or tcpdump when it is not built);
// the backend it really used is read from its /health. The capture options reach the worker
// through its environment (TRAWL_BLOCK_TIMEOUT_MS, TRAWL_TCPDUMP_*): `trawl start` does not pass
// them on.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const smoke = process.argv.includes('--smoke');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RATE = Number(arg('--rate') ?? (smoke ? 100 : 500)); // requests per second
const SECONDS = Number(arg('--seconds') ?? (smoke ? 3 : 15));
const backend = arg('--capture-backend');
const backendArgs = backend ? ['--capture-backend', backend] : [];
const env = { ...process.env };
for (const [opt, name] of [['--block-timeout-ms', 'TRAWL_BLOCK_TIMEOUT_MS'], ['--tcpdump-mode', 'TRAWL_TCPDUMP_MODE'], ['--snaplen', 'TRAWL_TCPDUMP_SNAPLEN'], ['--tcpdump-pipe', 'TRAWL_TCPDUMP_PIPE']]) {
  if (arg(opt) !== undefined) env[name] = arg(opt);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise((resolve) => {
    const s = netServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });

const data = mkdtempSync(join(tmpdir(), 'trawl-latency-'));
const [hubPort, natsPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
const trawl = spawn(process.execPath, [join(root, 'apps/cli/dist/main.js'), 'start', '--data', data, '--port', String(hubPort), '--nats-port', String(natsPort), '--metrics-port', String(metricsPort), '--iface', 'lo', ...backendArgs], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env,
});
let out = '';
let err = '';
trawl.stdout.on('data', (d) => (out += d));
trawl.stderr.on('data', (d) => (err += d));
const stop = async () => {
  if (trawl.exitCode === null && trawl.signalCode === null) {
    trawl.kill('SIGINT');
    await new Promise((r) => trawl.once('exit', r));
  }
  rmSync(data, { recursive: true, force: true });
};
try {
  const until = Date.now() + 60_000;
  while (!/trawl is running: (\S+)/.test(out)) {
    if (trawl.exitCode !== null || Date.now() > until) throw new Error(`trawl start failed:\n${err.slice(-2000)}`);
    await sleep(100);
  }
  const url = /trawl is running: (\S+)/.exec(out)[1];
  const health = await fetch(`http://127.0.0.1:${metricsPort}/health`).then((r) => r.json(), () => ({}));
  const server = createServer((req, res) => res.end('ok'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;

  // Subscribe before sending: entries for our server's port only.
  const latencies = [];
  let sseDropped = 0;
  const ctrl = new AbortController();
  const sse = await fetch(`${url}/api/stream?q=${encodeURIComponent(`dst.port == ${port}`)}`, { signal: ctrl.signal });
  const reading = (async () => {
    const dec = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of sse.body) {
        buf += dec.decode(chunk, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (/^event: dropped/m.test(block)) sseDropped += JSON.parse(block.split('\n').find((l) => l.startsWith('data: ')).slice(6)).dropped;
          if (!/^event: entry/m.test(block)) continue;
          const entry = JSON.parse(block.split('\n').find((l) => l.startsWith('data: ')).slice(6));
          const sent = Number(entry.request.path.split('/')[2]);
          latencies.push(Date.now() - sent);
        }
      }
    } catch {}
  })();
  await sleep(500);

  const total = RATE * SECONDS;
  const t0 = Date.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.floor(((Date.now() - t0) / 1000) * RATE);
    const batch = [];
    for (; sent < Math.min(due, total); sent++) batch.push(fetch(`http://127.0.0.1:${port}/t/${Date.now()}/${sent}`).then((r) => r.text()));
    await Promise.all(batch);
    await sleep(5);
  }
  const deadline = Date.now() + 10_000;
  while (latencies.length < total && Date.now() < deadline) await sleep(100);
  ctrl.abort();
  await reading;
  // Where lost entries went: the worker's own counters (a lost entry the worker never produced is
  // a capture or parsing loss; one it published is lost between NATS, the hub and its stream).
  const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`).then((r) => r.text(), () => '');
  const counter = (name) => Number(new RegExp(`^trawl_worker_${name} (\\S+)`, 'm').exec(metrics)?.[1] ?? NaN);
  const worker = Object.fromEntries(['packets_total', 'tcp_streams_total', 'unknown_streams_total', 'entries_total', 'published_entries_total', 'parse_errors_total', 'tcp_gaps_total', 'capture_kernel_dropped_packets_total', 'buffer_dropped_entries_total'].map((n) => [n, counter(n)]));
  server.close();
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : null);
  const result = {
    smoke,
    captureBackend: health.captureBackend ?? backend ?? null,
    captureOptions: Object.fromEntries(['--block-timeout-ms', '--tcpdump-mode', '--snaplen', '--tcpdump-pipe'].filter((o) => arg(o) !== undefined).map((o) => [o.slice(2), arg(o)])),
    loadAverage: (await import('node:os')).loadavg().map((n) => Math.round(n * 10) / 10),
    requestsPerSecond: RATE,
    seconds: SECONDS,
    sent: total,
    queryable: latencies.length,
    lost: total - latencies.length,
    sseDropped,
    worker,
    latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: latencies.at(-1) ?? null },
    targetP99Ms: 1000,
    met: pct(99) !== null && pct(99) <= 1000 && latencies.length === total,
    note: 'request send → entry in the hub SSE stream (emitted after the SQLite insert); load generator, worker, NATS and hub on one 2-core machine',
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} finally {
  await stop();
}
