/**
 * Outputs benchmark (issue 8; prints one JSON object, progress on stderr).
 *
 * 1. `/metrics` scrape time with 10k series: the hub's registry holding 10,000 request label sets
 *    (each a counter, three byte/latency families and a 14-bucket histogram), scraped over HTTP
 *    (median of 11). Peer in the same run: a real Prometheus server's own `/metrics`, scraped the
 *    same way; compared per exposed sample line (both expose text format 0.0.4).
 * 2. Inventory update cost per entry: `EndpointInventory.observe` on realistic HTTP entries (paths
 *    with ids, JSON bodies), against the hub's own store insert of the same entries (SQLite, 14
 *    indexes) in the same run: the ratio is what the inventory adds to ingest.
 *
 * Run: npx tsx apps/hub/bench/outputs.bench.ts [--smoke]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EndpointInventory } from '../src/endpoints/inventory.js';
import { HubMetrics } from '../src/metrics/hub-metrics.js';
import type { StoredEntry } from '../src/store/entry-check.js';
import { EntryStore } from '../src/store/store.js';
import { stubStatus } from '../src/test-support/api.js';
import { freePort } from '../src/test-support/nats.js';
import { createApp } from '../src/api/app.js';
import { LiveFeed } from '../src/ingest/live.js';
import { silentLogger } from '../src/log.js';
import { listen } from '../src/api/server.js';

const smoke = process.argv.includes('--smoke');
const SERIES = smoke ? 2_000 : 10_000;
const ENTRIES = smoke ? 20_000 : 200_000;
const progress = (m: string) => process.stderr.write(`outputs bench: ${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const out: Record<string, unknown> = { smoke };

function entry(i: number, services: number): StoredEntry {
  const svc = `svc-${i % services}`;
  return {
    id: `b/${i}`,
    timestamp: 1_700_000_000_000 + i,
    elapsedTime: (i * 7) % 400,
    protocol: { name: 'http' },
    src: { name: `client-${i % 13}` },
    dst: { name: svc, ip: '10.0.0.1', port: 80 },
    request: {
      method: i % 4 ? 'GET' : 'POST',
      path: `/api/v1/${['users', 'orders', 'carts', 'items'][i % 4]}/${i}`,
      url: `/api/v1/x/${i}?page=${i % 5}`,
      queryString: { page: String(i % 5) },
      headers: { host: svc, 'content-type': 'application/json' },
      body: i % 4 ? null : { encoding: 'utf8', text: `{"name":"n${i}","qty":${i % 9}}`, size: 20, captured: 20, truncated: false },
    },
    response: { status: [200, 200, 201, 404, 500][i % 5], statusText: 'OK', headers: { 'content-type': 'application/json' }, body: { encoding: 'utf8', text: `{"id":${i},"ok":true}`, size: 16, captured: 16, truncated: false } },
    requestSize: 300,
    responseSize: 500,
  };
}

async function scrapeMedian(url: string): Promise<{ ms: number; bytes: number; samples: number }> {
  let text = '';
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    text = await (await fetch(url)).text();
    if (i > 0) times.push(performance.now() - t0);
  }
  return { ms: median(times), bytes: text.length, samples: text.split('\n').filter((l) => l && !l.startsWith('#')).length };
}

async function metricsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'outputs-bench-'));
  const store = EntryStore.open({ dataDir: dir });
  const metrics = new HubMetrics({ status: stubStatus, store, route: (_s, _m, p) => p, maxSeries: SERIES + 10, processMetrics: false });
  // SERIES distinct label sets: 100 services × (SERIES / 100) routes.
  const batch: StoredEntry[] = [];
  for (let i = 0; i < SERIES; i++) {
    const e = entry(i, 100);
    (e.request as Record<string, unknown>).path = `/r${Math.floor(i / 100)}`;
    (e.response as Record<string, unknown>).status = 200;
    (e.dst as Record<string, unknown>).name = `svc-${i % 100}`;
    (e.src as Record<string, unknown>).name = 'client';
    batch.push(e);
  }
  metrics.observe(batch);
  const server = await listen(createApp({ store, live: new LiveFeed(), status: stubStatus, log: silentLogger, metrics }), '127.0.0.1', 0);
  const ours = await scrapeMedian(`${server.url}/metrics`);
  await server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
  out.metrics = { series: SERIES, scrapeMs: Math.round(ours.ms * 10) / 10, bytes: ours.bytes, samples: ours.samples, targetMs: 1000 };
  progress(`trawl /metrics with ${SERIES} series: ${ours.ms.toFixed(1)} ms, ${ours.samples} samples`);

  if (spawnSync('prometheus', ['--version']).status !== 0) {
    (out.metrics as Record<string, unknown>).peer = 'prometheus not installed';
    return;
  }
  const pdir = mkdtempSync(join(tmpdir(), 'prom-bench-'));
  const port = await freePort();
  writeFileSync(join(pdir, 'p.yml'), 'global:\n  scrape_interval: 1h\n');
  const prom = spawn('prometheus', [`--config.file=${join(pdir, 'p.yml')}`, `--storage.tsdb.path=${join(pdir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/-/ready`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const peer = await scrapeMedian(`http://127.0.0.1:${port}/metrics`);
    const oursPerSample = ours.ms / ours.samples;
    const peerPerSample = peer.ms / peer.samples;
    Object.assign(out.metrics as object, {
      peer: { name: 'prometheus 2.42 own /metrics', scrapeMs: Math.round(peer.ms * 10) / 10, samples: peer.samples },
      usPerSample: Math.round(oursPerSample * 1e4) / 10,
      peerUsPerSample: Math.round(peerPerSample * 1e4) / 10,
      ratioPerSample: Math.round((oursPerSample / peerPerSample) * 100) / 100,
    });
    progress(`prometheus /metrics: ${peer.ms.toFixed(1)} ms for ${peer.samples} samples`);
  } finally {
    prom.kill('SIGTERM');
    // (An exit already emitted would never come again: a Prometheus that died early.)
    if (prom.exitCode === null && prom.signalCode === null) await new Promise((r) => prom.once('exit', r));
    rmSync(pdir, { recursive: true, force: true });
  }
}

function inventoryBench(): void {
  const entries = Array.from({ length: ENTRIES }, (_, i) => entry(i, 20));
  const inv = new EndpointInventory();
  const t0 = performance.now();
  for (let i = 0; i < entries.length; i += 500) inv.observe(entries.slice(i, i + 500));
  const invMs = performance.now() - t0;
  const dir = mkdtempSync(join(tmpdir(), 'outputs-bench-store-'));
  const store = EntryStore.open({ dataDir: dir });
  const t1 = performance.now();
  for (let i = 0; i < entries.length; i += 500) store.insert(entries.slice(i, i + 500));
  const storeMs = performance.now() - t1;
  store.close();
  rmSync(dir, { recursive: true, force: true });
  out.inventory = {
    entries: ENTRIES,
    endpoints: inv.size,
    usPerEntry: Math.round((invMs * 1000 / ENTRIES) * 100) / 100,
    entriesPerSec: Math.round(ENTRIES / (invMs / 1000)),
    peer: { name: 'hub store insert (same entries)', usPerEntry: Math.round((storeMs * 1000 / ENTRIES) * 100) / 100 },
    ratioToStore: Math.round((invMs / storeMs) * 1000) / 1000,
  };
  progress(`inventory: ${(invMs * 1000 / ENTRIES).toFixed(2)} µs/entry (${inv.size} endpoints) vs store insert ${(storeMs * 1000 / ENTRIES).toFixed(2)} µs/entry`);
}

await metricsBench();
inventoryBench();
process.stdout.write(JSON.stringify(out) + '\n');
