/**
 * Hub benchmark (prints one JSON object; progress on stderr).
 *
 * 1. Ingest: N entries are published to JetStream as worker batches (500 entries each) while no
 *    hub runs; then a hub starts and drains them into SQLite. Rate = N / drain time: the hub's own
 *    capacity (NATS → decode → one transaction per pull → ack), publisher excluded. Target ≥ 50k/s.
 * 2. Query: 1M entries stored through the hub's insert path, then `GET /api/entries` first pages of
 *    indexed filters over HTTP (median of 11, after one warm-up). Target ≤ 20 ms.
 *
 * Run: npx tsx apps/hub/bench/hub.bench.ts [--smoke]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { SUBJECTS, encodeEntryBatch } from '@trawl/bus';
import { startHub } from '../src/hub.js';
import { silentLogger } from '../src/log.js';
import { EntryStore } from '../src/store/store.js';
import { makeBatch, makeEntries } from '../src/test-support/entries.js';
import { freePort, Publisher, startTestNats, waitFor } from '../src/test-support/nats.js';

const smoke = process.argv.includes('--smoke');
const INGEST = smoke ? 20_000 : 200_000;
const STORED = smoke ? 50_000 : 1_000_000;
const BATCH = 500;
const progress = (m: string) => process.stderr.write(`hub bench: ${m}\n`);
const out: Record<string, unknown> = { smoke };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function ingestBench(): Promise<void> {
  const nats = await startTestNats();
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-ingest-'));
  try {
    const pub = await Publisher.connect(nats.url);
    const js = jetstream(pub.nc);
    progress(`publishing ${INGEST} entries in batches of ${BATCH}`);
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < INGEST; i += BATCH) {
      const b = makeBatch(`bench-${i}`, makeEntries(i, BATCH));
      pending.push(js.publish(SUBJECTS.entries('node-a'), encodeEntryBatch(b), { msgID: b.batchId }));
      if (pending.length >= 64) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    await pub.close();
    progress('draining into the hub');
    const t0 = performance.now();
    const hub = await startHub({ natsUrl: nats.url, dataDir: dir, host: '127.0.0.1', port: 0, retention: {}, log: silentLogger });
    await waitFor('the drain', () => hub.store.rows >= INGEST, 600_000, 5);
    const ms = performance.now() - t0;
    out.ingest = {
      entries: INGEST,
      batchEntries: BATCH,
      seconds: Number((ms / 1000).toFixed(2)),
      entriesPerSec: Math.round(INGEST / (ms / 1000)),
      targetEntriesPerSec: 50_000,
      note: 'includes hub start-up and consumer creation',
    };
    await hub.stop();
  } finally {
    await nats.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function queryBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-query-'));
  try {
    progress(`storing ${STORED} entries`);
    const store = EntryStore.open({ dataDir: dir });
    const t0 = performance.now();
    for (let i = 0; i < STORED; i += 5_000) store.insert(makeEntries(i, Math.min(5_000, STORED - i)));
    const insertMs = performance.now() - t0;
    store.db.exec('ANALYZE');
    store.close();
    out.store = { entries: STORED, insertSeconds: Number((insertMs / 1000).toFixed(1)), entriesPerSec: Math.round(STORED / (insertMs / 1000)) };
    // NATS is not needed for queries: the hub serves while it keeps trying to connect.
    const hub = await startHub({ natsUrl: `nats://127.0.0.1:${await freePort()}`, dataDir: dir, host: '127.0.0.1', port: 0, retention: {}, log: silentLogger });
    const queries = [
      'http and response.status >= 500',
      'dst.name == "orders" and request.method == "POST"',
      'request.path startsWith "/api/orders/"',
      'src.namespace == "staging" and response.latency > 2000',
      'response.status == 404',
    ];
    const pages = [];
    for (const q of queries) {
      const url = `${hub.url}/api/entries?limit=100&q=${encodeURIComponent(q)}`;
      const times: number[] = [];
      let n = 0;
      for (let k = 0; k < 12; k++) {
        const t = performance.now();
        const r = (await (await fetch(url)).json()) as { entries: unknown[] };
        if (k > 0) times.push(performance.now() - t);
        n = r.entries.length;
      }
      pages.push({ query: q, rows: n, medianMs: Number(median(times).toFixed(2)), maxMs: Number(Math.max(...times).toFixed(2)) });
    }
    // The second page (cursor) of the first query, too.
    const first = (await (await fetch(`${hub.url}/api/entries?limit=100&q=${encodeURIComponent(queries[0] as string)}`)).json()) as { next: string };
    const t = performance.now();
    await (await fetch(`${hub.url}/api/entries?limit=100&before=${first.next}&q=${encodeURIComponent(queries[0] as string)}`)).json();
    out.firstPage = { stored: STORED, pages, secondPageMs: Number((performance.now() - t).toFixed(2)), targetMs: 20 };
    const c0 = performance.now();
    const count = (await (await fetch(`${hub.url}/api/entries/count?q=${encodeURIComponent(queries[0] as string)}`)).json()) as { count: number };
    out.count = { query: queries[0], count: count.count, ms: Number((performance.now() - c0).toFixed(1)) };
    const m0 = performance.now();
    await (await fetch(`${hub.url}/api/servicemap`)).json();
    out.servicemapAllMs = Number((performance.now() - m0).toFixed(1));
    await hub.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await ingestBench();
await queryBench();
console.log(JSON.stringify(out, null, 2));
process.exit(0);
