/**
 * Hub benchmark (prints one JSON object; progress on stderr).
 *
 * 1. Ingest: N entries are published to JetStream as worker batches (500 entries each) while no
 *    hub runs; then a hub starts and drains them into SQLite. Rate = N / drain time: the hub's own
 *    capacity (NATS → decode → one transaction per pull → ack), publisher excluded. Target ≥ 50k/s.
 * 2. Query: 1M entries stored through the hub's insert path, then `GET /api/entries` first pages of
 *    indexed filters over HTTP (median of 11, after one warm-up). Target ≤ 20 ms.
 *
 *    The same drain again into a store already holding 1M entries (`--prefill N`; 0 skips it):
 *    what a hub that has been running sustains (`ingestIntoFullStore`).
 * Run: npx tsx apps/hub/bench/hub.bench.ts [--smoke] [--ingest-only] [--entries N] [--prefill N] [--log]
 *   [--writers thread,inline --rounds R]: the ingest drained R times per store writer, interleaved
 *   (on a shared machine only ratios within one run mean something).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { ENTRIES_STREAM, HUB_CONSUMER, SUBJECTS, encodeEntryBatch } from '@trawl/bus';
import type { StoreWriterKind } from '../src/ingest/consumer.js';
import { makeBatch, makeEntries, T0 } from '../src/test-support/entries.js';
import { freePort, Publisher, startTestNats, waitFor } from '../src/test-support/nats.js';

/** Newest modification time of the files under `dir` whose names end in `suffix` (tests left out). */
function newest(dir: string, suffix: string): number {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // Tests and their support are not built: a change to them leaves dist current.
    if (!e.isFile() || !e.name.endsWith(suffix) || e.name.includes('.test.') || e.parentPath.includes('test-support')) continue;
    t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/**
 * The hub as it ships — tsc's output, whose threads start without tsx (~0.15 s less to the first
 * commit) — when it was built after the last change to the sources, else the sources.
 */
const dist = new URL('../dist/', import.meta.url);
const src = new URL('../src/', import.meta.url);
const built = existsSync(new URL('hub.js', dist)) && newest(dist.pathname, '.js') >= newest(src.pathname, '.ts');
const from = built ? dist : src;
const { startHub } = (await import(new URL('hub.js', from).href)) as typeof import('../src/hub.js');
const { silentLogger } = (await import(new URL('log.js', from).href)) as typeof import('../src/log.js');
const { EntryStore } = (await import(new URL('store/store.js', from).href)) as typeof import('../src/store/store.js');

const smoke = process.argv.includes('--smoke');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const INGEST = Number(arg('--entries') ?? (smoke ? 20_000 : 200_000));
const WRITERS = (arg('--writers') ?? 'default').split(',') as Array<StoreWriterKind | 'default'>;
const ROUNDS = Number(arg('--rounds') ?? 1);
const LOG = process.argv.includes('--log');
const WRITE_MESSAGES = arg('--write-messages') === undefined ? undefined : Number(arg('--write-messages'));
const STORED = smoke ? 50_000 : 1_000_000;
/**
 * The ingest is measured twice: into an empty store, and into one already holding `--prefill N`
 * entries (default 1M; 0 skips it), as a hub that has been running for a while has: the
 * indexes' cost per insert grows with their size.
 */
const PREFILL = Number(arg('--prefill') ?? (smoke ? 0 : 1_000_000));
const BATCH = 500;
const progress = (m: string) => process.stderr.write(`hub bench: ${m}\n`);
const out: Record<string, unknown> = { smoke, hub: built ? 'dist (built)' : 'src (tsx)' };

/** CPU seconds per thread of this process (Linux `/proc`), by thread id: `[name, seconds]`. */
function threadCpu(): Map<string, [string, number]> {
  const out = new Map<string, [string, number]>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
        out.set(tid, [name, (Number(f[11]) + Number(f[12])) / 100]);
      } catch {
        // The thread ended meanwhile.
      }
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return out;
}

/** CPU seconds used since `before`, per thread (the main thread is `main`; threads below 0.1 s are left out). */
function cpuSince(before: Map<string, [string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tid, [name, s]] of threadCpu()) {
    const used = s - (before.get(tid)?.[1] ?? 0);
    if (used < 0.1) continue;
    const key = tid === String(process.pid) ? 'main' : `${name}#${tid}`;
    out[key] = Number(used.toFixed(2));
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * A store holding `n` entries older than the bench's (distinct ids), made once and copied for each
 * drain; checkpointed, so a copy is the whole database.
 */
function prefilledStore(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-seed-'));
  progress(`filling a store with ${n} entries`);
  const store = EntryStore.open({ dataDir: dir });
  const chunk = 8_000;
  for (let i = 0; i < n; i += chunk) {
    const entries = makeEntries(i, Math.min(chunk, n - i), { prefix: 'seed', t0: T0 - (n + 1) * 10 });
    store.insert(entries, entries.map((e) => JSON.stringify(e)));
  }
  store.close();
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function ingestBench(prefill: number): Promise<Record<string, unknown>> {
  const nats = await startTestNats();
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
    const jsm = await jetstreamManager(pub.nc);
    const seed = prefill > 0 ? prefilledStore(prefill) : undefined;
    const runs: Record<string, number[]> = {};
    const cpus: Record<string, Array<Record<string, number>>> = {};
    const details: Record<string, Array<{ startupMs: number; steady: number; delayP99Ms: number; delayMaxMs: number; longestGapMs: number }>> = {};
    for (let r = 0; r < ROUNDS; r++) {
      for (const writer of WRITERS) {
        // A fresh store each time; the consumer is recreated, so the whole stream comes again.
        await jsm.consumers.delete(ENTRIES_STREAM, HUB_CONSUMER).catch(() => {});
        const dir = mkdtempSync(join(tmpdir(), 'hub-bench-ingest-'));
        if (seed) copyFileSync(join(seed, 'entries.db'), join(dir, 'entries.db'));
        try {
          progress(`draining into the hub (writer ${writer}, round ${r + 1}, store holding ${prefill} entries)`);
          const cpu0 = threadCpu();
          const t0 = performance.now();
          const ingest = writer === 'default' ? undefined : { writer, writeMessages: WRITE_MESSAGES };
          const hub = await startHub({ natsUrl: nats.url, dataDir: dir, host: '127.0.0.1', port: 0, retention: {}, log: LOG ? (m) => progress(`hub: ${m}`) : silentLogger, ingest });
          // The event loop serves the API meanwhile: how long it was held up by the drain.
          const delay = monitorEventLoopDelay({ resolution: 5 });
          delay.enable();
          // The first commit ends the start-up; what follows is the steady drain.
          let first: { ms: number; rows: number } | undefined;
          // A stall shows as a long wait between two commits (the hub's log says why: --log).
          let lastRows = 0;
          let lastChange = 0;
          let longestGap = 0;
          await waitFor(
            'the drain',
            () => {
              const rows = hub.store.rows;
              if (rows !== lastRows) {
                const now = performance.now();
                if (lastRows > 0) longestGap = Math.max(longestGap, now - lastChange);
                lastRows = rows;
                lastChange = now;
              }
              if (!first && rows > prefill) first = { ms: performance.now() - t0, rows };
              return rows >= prefill + INGEST;
            },
            600_000,
            5,
          );
          const ms = performance.now() - t0;
          delay.disable();
          (runs[writer] ??= []).push(ms);
          const f = first ?? { ms: 0, rows: 0 };
          (details[writer] ??= []).push({ startupMs: f.ms, steady: (prefill + INGEST - f.rows) / ((ms - f.ms) / 1000), delayP99Ms: delay.percentile(99) / 1e6, delayMaxMs: delay.max / 1e6, longestGapMs: longestGap });
          const cpu = cpuSince(cpu0);
          (cpus[writer] ??= []).push(cpu);
          progress(`cpu seconds by thread: ${JSON.stringify(cpu)}; first commit after ${Math.round(f.ms)} ms; event loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
          await hub.stop();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
    await pub.close();
    const rate = (ms: number) => Math.round(INGEST / (ms / 1000));
    // On a loaded machine the wall clock mostly measures waiting for a core; the busiest thread's
    // CPU time bounds what the same code does with the cores to itself.
    const busiest = (c: Record<string, number>) => Math.max(...Object.values(c));
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    const byWriter = Object.fromEntries(
      Object.entries(runs).map(([w, ms]) => {
        const c = cpus[w] as Array<Record<string, number>>;
        const busy = median(c.map(busiest));
        return [w, { entriesPerSec: rate(median(ms)), runs: ms.map(rate), busiestThreadCpuSec: busy, cpuSec: Number(median(c.map(total)).toFixed(2)), cpuBoundEntriesPerSec: Math.round(INGEST / busy) }];
      }),
    );
    const first = byWriter[WRITERS[0] as string] as { entriesPerSec: number; cpuBoundEntriesPerSec: number };
    const d = details[WRITERS[0] as string] ?? [];
    return {
      entries: INGEST,
      storedBefore: prefill,
      batchEntries: BATCH,
      entriesPerSec: first.entriesPerSec,
      // After the first commit (hub start-up, consumer creation and the first pull excluded).
      steadyEntriesPerSec: Math.round(median(d.map((x) => x.steady))),
      startupMs: Math.round(median(d.map((x) => x.startupMs))),
      cpuBoundEntriesPerSec: first.cpuBoundEntriesPerSec,
      eventLoopDelayMs: { p99: Number(median(d.map((x) => x.delayP99Ms)).toFixed(1)), max: Number(Math.max(...d.map((x) => x.delayMaxMs)).toFixed(1)) },
      // The longest wait between two commits in any run: a stall (seconds) rather than a slow drain.
      longestGapMs: Math.round(Math.max(...d.map((x) => x.longestGapMs))),
      ...(WRITERS.length > 1 || ROUNDS > 1 ? { byWriter } : {}),
      targetEntriesPerSec: 50_000,
      note: 'entriesPerSec includes hub start-up and consumer creation; steadyEntriesPerSec starts at the first commit',
    };
  } finally {
    await nats.cleanup();
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
      // Rare matches of the two scattered-value indexes (0.3% and 1/1,400 of the rows): without
      // their index a first page reads most of the table.
      'response.latency > 2990',
      'src.ip == "10.0.3.45"',
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

out.ingest = await ingestBench(0);
if (PREFILL > 0) out.ingestIntoFullStore = await ingestBench(PREFILL);
if (!process.argv.includes('--ingest-only')) await queryBench();
console.log(JSON.stringify(out, null, 2));
process.exit(0);
