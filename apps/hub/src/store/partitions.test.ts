// Time partitions (partitions.ts) with a small partition size: rotation, routing by timestamp,
// idempotency across partitions (inline and on the writer thread), late and clock-skewed entries,
// the upgrade of a single-table store, retention dropping whole partitions, and every read path
// (pages with cursors, counts, stats, service map, completion values) against the same entries in
// one plain table (the oracle: the reads as they were before partitions).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createEntriesTableSql, entryToRow, insertEntrySql } from '@trawl/kfl';
import { compileQuery } from '../query/compiled.js';
import { formatCursor, parseCursor } from '../query/cursor.js';
import { countEntries, pageEntries } from '../query/entries.js';
import { serviceMap } from '../query/servicemap.js';
import { timeSeries, topEndpoints } from '../query/stats.js';
import { CompletionValues } from '../query/values.js';
import { makeEntries, makeEntry, T0 } from '../test-support/entries.js';
import { newRetentionCounters, runRetention } from './retention.js';
import { prepareBatch, EntryStore } from './store.js';
import { ThreadWriter } from './writer.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-partitions-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const open = (partitionRows = 100) => EntryStore.open({ dataDir: join(dir, `s${n++}`), partitionRows });
const tables = (s: EntryStore) => s.partitions().map((p) => p.name);
const idsOf = (s: EntryStore, table: string) => (s.db.prepare(`SELECT id FROM ${table} ORDER BY ts, rowid`).all() as Array<{ id: string }>).map((r) => r.id);
const tsRange = (s: EntryStore, table: string) => s.db.prepare(`SELECT min(ts) AS lo, max(ts) AS hi, count(*) AS n FROM ${table}`).get() as { lo: number; hi: number; n: number };

/** The same entries in one plain kfl table: the reads' oracle. */
function plainTable(entries: readonly object[]): Database.Database {
  const db = new Database(':memory:');
  db.exec(createEntriesTableSql());
  const insert = db.prepare(insertEntrySql());
  db.transaction(() => {
    for (const e of entries) insert.run(entryToRow(e));
  })();
  return db;
}

/** Every page of a query, following the cursors: ids in order, and the cursors seen. */
function walk(db: Parameters<typeof pageEntries>[0], text: string, limit: number): string[] {
  const q = compileQuery(text);
  const out: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = pageEntries(db, q, { limit, before: before === null ? undefined : parseCursor(before) });
    out.push(...page.rows.map((r) => r.id));
    if (page.next === null) return out;
    before = page.next;
  }
  throw new Error('paging never ended');
}

describe('time partitions', () => {
  test('a full newest partition starts the next: disjoint timestamp ranges, each entry once, the view sees all', () => {
    const s = open(100);
    try {
      for (let i = 0; i < 350; i += 50) s.insert(makeEntries(i, 50));
      assert.deepEqual(tables(s), ['entries_p1', 'entries_p2', 'entries_p3', 'entries_p4']);
      const parts = s.partitions();
      assert.deepEqual(parts.map((p) => tsRange(s, p.name).n), [100, 100, 100, 50]);
      for (let k = 1; k < parts.length; k++) {
        const lo = parts[k]!.lo!;
        assert.ok(tsRange(s, parts[k - 1]!.name).hi < lo && tsRange(s, parts[k]!.name).lo >= lo, `bound ${lo}`);
      }
      assert.equal(s.rows, 350);
      assert.equal((s.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n, 350);
      assert.deepEqual(s.get('node-a/123'), makeEntry(123));
      assert.deepEqual(s.stats().oldest, T0);
      assert.deepEqual(s.stats().newest, T0 + 349 * 10);
    } finally {
      s.close();
    }
  });

  test('a redelivery lands in the partition that has it, however the batches are cut: nothing doubled', () => {
    const s = open(100);
    try {
      for (let i = 0; i < 350; i += 70) s.insert(makeEntries(i, 70));
      const before = tables(s).map((t) => idsOf(s, t));
      // Again, in other batches, shuffled, with 20 new ones at the end.
      const again = makeEntries(0, 370).reverse();
      for (let i = 0; i < again.length; i += 45) {
        const r = s.insert(again.slice(i, i + 45));
        for (const e of r.inserted) assert.ok(Number(e.id.split('/')[1]) >= 350, `${e.id} inserted twice`);
      }
      assert.equal(s.rows, 370);
      assert.equal((s.db.prepare('SELECT count(DISTINCT id) AS d, count(*) AS n FROM entries').get() as { d: number; n: number }).n, 370);
      // The older partitions kept exactly what they had.
      const after = tables(s).map((t) => idsOf(s, t));
      for (let k = 0; k < before.length - 1; k++) assert.deepEqual(after[k], before[k]);
    } finally {
      s.close();
    }
  });

  test('on the writer thread too: rotation there, the main connection reads the new partitions, redeliveries ignored', async () => {
    const s = open(100);
    const w = new ThreadWriter(s);
    try {
      for (let i = 0; i < 300; i += 60) {
        const flags = await w.write(prepareBatch(makeEntries(i, 60)).rows);
        assert.ok(flags.every((f) => f === 1));
      }
      assert.deepEqual(tables(s), ['entries_p1', 'entries_p2', 'entries_p3']);
      const flags = await w.write(prepareBatch(makeEntries(50, 260)).rows);
      assert.equal(flags.filter((f) => f === 1).length, 10);
      assert.equal(s.rows, 310);
      assert.deepEqual(walk(s.db, '', 37), makeEntries(0, 310).map((e) => e.id).reverse());
    } finally {
      await w.close();
      s.close();
    }
  });

  test('late entries go to the older partition their time belongs to; pages stay in time order', () => {
    const s = open(100);
    try {
      const all = makeEntries(0, 400);
      const late = all.filter((_, i) => i % 7 === 3);
      s.insert(all.filter((_, i) => i % 7 !== 3));
      // The insert above was one transaction: one partition, over-full; the next starts another.
      s.insert(makeEntries(400, 10));
      s.insert(makeEntries(410, 10));
      assert.deepEqual(tables(s), ['entries_p1', 'entries_p2']);
      const r = s.insert(late);
      assert.equal(r.inserted.length, late.length);
      assert.ok(idsOf(s, 'entries_p1').includes(late[0]!.id));
      assert.deepEqual(walk(s.db, '', 50), makeEntries(0, 420).map((e) => e.id).reverse());
    } finally {
      s.close();
    }
  });

  test('an entry stamped far ahead of the clock does not hold the bound up: it moves to the new partition, and its redelivery is ignored', () => {
    const s = open(50);
    try {
      const t0 = Date.now() - 120_000;
      const future = { ...makeEntry(9_999), id: 'future/1', timestamp: Date.now() + 86_400_000 };
      s.insert([...makeEntries(0, 50, { t0 }), future]);
      s.insert(makeEntries(50, 10, { t0 }));
      const parts = s.partitions();
      assert.equal(parts.length, 2);
      assert.ok(parts[1]!.lo! <= Date.now() + 61_000, `bound ${parts[1]!.lo} not capped`);
      // The rest are older than the capped bound: still the first partition's.
      assert.deepEqual(idsOf(s, 'entries_p2'), ['future/1']);
      assert.deepEqual(idsOf(s, 'entries_p1'), makeEntries(0, 60).map((e) => e.id));
      assert.equal(s.insert([future]).inserted.length, 0);
      assert.equal(s.rows, 61);
    } finally {
      s.close();
    }
  });

  test('past 500 partitions (SQLite\'s limit of terms in one compound SELECT) the view is a union of views; reads and retention go on', async () => {
    const s = open(1);
    const all = makeEntries(0, 530);
    const plain = plainTable(all);
    try {
      for (const e of all) s.insert([e]);
      assert.equal(s.partitions().length, 530);
      const views = () => (s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
      assert.deepEqual(views(), ['entries', 'entries_g1', 'entries_g2', 'entries_g3']);
      assert.equal((s.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n, 530);
      for (const q of ['http', 'response.status >= 500', 'src.name == "orders"']) {
        assert.equal(countEntries(s.db, compileQuery(q)), countEntries(plain, compileQuery(q)), q);
        assert.deepEqual(walk(s.db, q, 40), walk(plain, q, 40), q);
      }
      assert.deepEqual(s.get('node-a/7'), makeEntry(7));
      // Retention down to fewer partitions than a group: one flat view again, no group views left.
      await runRetention(s, { maxCount: 100 }, newRetentionCounters());
      assert.equal(s.rows, 100);
      assert.deepEqual(views(), ['entries']);
      assert.deepEqual(walk(s.db, '', 30), makeEntries(430, 100).map((e) => e.id).reverse());
    } finally {
      s.close();
      plain.close();
    }
  });

  test('pages, cursors, counts, stats, the service map and completion values read the same as one table', () => {
    const entries = makeEntries(0, 1_000);
    // Ties: a run of entries sharing one timestamp, in one partition.
    for (let i = 500; i < 530; i++) entries[i] = { ...entries[i]!, timestamp: T0 + 5_000 };
    const s = open(130);
    const plain = plainTable(entries);
    try {
      for (let i = 0; i < entries.length; i += 90) s.insert(entries.slice(i, i + 90));
      assert.equal(s.partitions().length, 6);
      const queries = ['', 'http', 'response.status >= 500', 'src.name == "orders"', 'response.latency > 2500', 'request.path.startsWith("/api/cart")', 'dst.name == "nope"', 'timestamp >= ' + (T0 + 3_000) + ' and http'];
      for (const text of queries) {
        for (const limit of [1, 7, 100]) assert.deepEqual(walk(s.db, text, limit), walk(plain, text, limit), `${text} by ${limit}`);
        const q = compileQuery(text);
        assert.equal(countEntries(s.db, q), countEntries(plain, q), text);
        assert.deepEqual(timeSeries(s.db, q, {}, 60_000, { now: T0 + 20_000 }), timeSeries(plain, q, {}, 60_000, { now: T0 + 20_000 }), text);
        assert.deepEqual(serviceMap(s.db, q, { from: T0 + 1_000, to: T0 + 8_000 }), serviceMap(plain, q, { from: T0 + 1_000, to: T0 + 8_000 }), text);
        assert.deepEqual(topEndpoints(s.db, q, {}, 'errors', 10), topEndpoints(plain, q, {}, 'errors', 10), text);
      }
      // Bounded reads stop at the same newest rows.
      const q = compileQuery('http');
      assert.deepEqual(serviceMap(s.db, q, {}, 250), serviceMap(plain, q, {}, 250));
      // `after` a cursor (newer entries) and a plain time bound.
      const mid = pageEntries(s.db, compileQuery(''), { limit: 515 });
      const cursor = parseCursor(mid.next!)!;
      const newer = (db: Parameters<typeof pageEntries>[0]) => pageEntries(db, compileQuery(''), { limit: 1_000, after: { ts: cursor.ts } }).rows.map((r) => r.id);
      assert.deepEqual(newer(s.db), newer(plain));
      assert.ok(newer(s.db).length > 400);
      for (const field of ['src.name', 'response.status', 'protocol.name']) {
        assert.deepEqual(new CompletionValues(s.db).values(field), new CompletionValues(plain).values(field), field);
      }
      assert.match(formatCursor({ ts: 1, rowid: 2 }), /^1_2$/);
    } finally {
      s.close();
      plain.close();
    }
  });

  test('retention drops whole partitions (tables gone), then deletes within the oldest; exact by count and age', async () => {
    const s = open(100);
    try {
      for (let i = 0; i < 1_000; i += 50) s.insert(makeEntries(i, 50));
      assert.equal(tables(s).length, 10);
      const counters = newRetentionCounters();
      await runRetention(s, { maxCount: 250 }, counters);
      assert.equal(s.rows, 250);
      assert.equal(counters.dropped.count, 750);
      assert.deepEqual(tables(s), ['entries_p8', 'entries_p9', 'entries_p10']);
      const gone = ['entries_p1', 'entries_p2', 'entries_p3', 'entries_p4', 'entries_p5', 'entries_p6', 'entries_p7'];
      assert.equal((s.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE tbl_name IN (${gone.map(() => '?').join(', ')})`).get(...gone) as { n: number }).n, 0);
      assert.deepEqual(walk(s.db, '', 100), makeEntries(750, 250).map((e) => e.id).reverse());
      // By age: older than entry 905's time goes, entry 905 stays.
      await runRetention(s, { maxAgeMs: 1_000 }, counters, T0 + 905 * 10 + 1_000);
      assert.deepEqual(walk(s.db, '', 100), makeEntries(905, 95).map((e) => e.id).reverse());
      assert.equal(s.rows, 95);
      assert.deepEqual(tables(s), ['entries_p10']);
      // The newest partition is never dropped: emptied by age, it stays and takes new entries.
      await runRetention(s, { maxAgeMs: 1_000 }, counters, T0 + 5_000 * 10);
      assert.equal(s.rows, 0);
      assert.deepEqual(tables(s), ['entries_p10']);
      assert.equal(s.insert(makeEntries(2_000, 5)).inserted.length, 5);
      assert.equal(counters.lastError, null);
    } finally {
      s.close();
    }
  });

  test('retention by bytes drops old partitions until the live pages fit', async () => {
    const s = open(200);
    try {
      for (let i = 0; i < 2_000; i += 100) s.insert(makeEntries(i, 100));
      const full = s.usedBytes();
      const counters = newRetentionCounters();
      await runRetention(s, { maxBytes: Math.floor(full / 3) }, counters);
      assert.ok(s.usedBytes() <= full / 3, `${s.usedBytes()} > ${full / 3}`);
      assert.ok(s.rows > 300 && s.rows < 700, `${s.rows} rows left`);
      assert.equal(counters.dropped.bytes, 2_000 - s.rows);
      assert.ok(tables(s).length < 10);
      assert.deepEqual(walk(s.db, '', 100), makeEntries(2_000 - s.rows, s.rows).map((e) => e.id).reverse());
    } finally {
      s.close();
    }
  });

  // The property: any sequence of batches (redeliveries, late entries, ties, entries stamped a day
  // ahead), retention passes and reopenings leaves the store holding exactly the model's entries,
  // each partition within its bounds, and paging as one plain table holding them.
  test('property: random batches, retention and reopening keep exactly the model, pages as one table', async () => {
    const POOL = 240;
    const op = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), ids: fc.array(fc.nat(POOL - 1), { minLength: 1, maxLength: 60 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('retain' as const), keep: fc.integer({ min: 0, max: 150 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
    );
    // Timestamps per id: mostly rising with the id, some far back (late), runs of equal ones (ties),
    // and a few a day ahead of the clock.
    const stamps = fc.array(fc.integer({ min: -400, max: 40 }), { minLength: POOL, maxLength: POOL });
    await fc.assert(
      fc.asyncProperty(stamps, fc.array(op, { minLength: 1, maxLength: 14 }), fc.integer({ min: 20, max: 70 }), async (jitter, ops, partitionRows) => {
        const ahead = Date.now() + 86_400_000;
        const entry = (k: number) => ({ ...makeEntry(k), timestamp: k >= POOL - 4 ? ahead + k : T0 + Math.floor(k / 3) * 30 + jitter[k]! * 10 });
        const dataDir = join(dir, `prop${n++}`);
        let s = EntryStore.open({ dataDir, partitionRows });
        const model = new Map<string, { seq: number; e: ReturnType<typeof entry> }>();
        let seq = 0;
        try {
          for (const o of ops) {
            if (o.kind === 'insert') {
              const r = s.insert(o.ids.map(entry));
              const fresh = new Set<string>();
              for (const k of o.ids) if (!model.has(entry(k).id)) fresh.add(entry(k).id);
              assert.deepEqual(r.inserted.map((e) => e.id).sort(), [...fresh].sort(), 'inserted exactly the new ids');
              for (const e of r.inserted) model.set(e.id, { seq: seq++, e: e as ReturnType<typeof entry> });
            } else if (o.kind === 'retain') {
              await runRetention(s, { maxCount: o.keep }, newRetentionCounters());
              const kept = new Set((s.db.prepare('SELECT id FROM entries').all() as Array<{ id: string }>).map((r) => r.id));
              assert.equal(kept.size, Math.min(o.keep, model.size));
              const keptTs = [...model.values()].filter((m) => kept.has(m.e.id)).map((m) => m.e.timestamp);
              const droppedTs = [...model.values()].filter((m) => !kept.has(m.e.id)).map((m) => m.e.timestamp);
              if (keptTs.length && droppedTs.length) assert.ok(Math.max(...droppedTs) <= Math.min(...keptTs), 'the oldest went first');
              for (const id of [...model.keys()]) if (!kept.has(id)) model.delete(id);
            } else {
              s.close();
              s = EntryStore.open({ dataDir, partitionRows });
            }
            assert.equal(s.rows, model.size);
          }
          // Each partition holds only its own range.
          const parts = s.partitions();
          for (let k = 0; k < parts.length; k++) {
            const r = tsRange(s, parts[k]!.name);
            if (r.n === 0) continue;
            if (k > 0) assert.ok(r.lo >= parts[k]!.lo!, `${parts[k]!.name} below its bound`);
            if (k < parts.length - 1) assert.ok(r.hi < parts[k + 1]!.lo!, `${parts[k]!.name} above the next bound`);
          }
          const plain = plainTable([...model.values()].sort((a, b) => a.seq - b.seq).map((m) => m.e));
          try {
            for (const [q, limit] of [['', 7], ['http', 5], ['response.status >= 500', 3]] as const) {
              assert.deepEqual(walk(s.db, q, limit), walk(plain, q, limit), `pages of "${q}"`);
              assert.equal(countEntries(s.db, compileQuery(q)), countEntries(plain, compileQuery(q)));
            }
          } finally {
            plain.close();
          }
        } finally {
          s.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
