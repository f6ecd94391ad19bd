import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeEntries, makeEntry, T0 } from '../test-support/entries.js';
import Database from 'better-sqlite3';
import { compile, createEntriesIndexesSql, createEntriesTableSql } from '@trawl/kfl';
import { newRetentionCounters, parseBytes, parseDuration, runRetention } from './retention.js';
import { EntryStore } from './store.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-store-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const mkdirp = (d: string) => (mkdirSync(d, { recursive: true }), d);
const fresh = (name: string) => EntryStore.open({ dataDir: join(dir, name) });

describe('EntryStore', () => {
  test('inserts a batch, reads entries back exactly, WAL on', () => {
    const s = fresh('basic');
    const entries = makeEntries(0, 100);
    const r = s.insert(entries);
    assert.equal(r.inserted.length, 100);
    assert.equal(r.duplicates, 0);
    assert.equal(s.rows, 100);
    assert.deepEqual(s.get('node-a/42'), entries[42]);
    assert.equal(s.get('nope'), undefined);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    const st = s.stats();
    assert.equal(st.rows, 100);
    assert.equal(st.oldest, T0);
    assert.equal(st.newest, T0 + 990);
    assert.ok(st.usedBytes > 0 && st.fileBytes > 0);
    s.close();
  });

  test('a store made before latency buckets is upgraded when opened: every row kept, latency filters exact', () => {
    const dataDir = join(dir, 'before-buckets');
    const entries = makeEntries(0, 300);
    // The layout of the previous release: no latency_bucket column, a (latency, ts) index.
    const old = new Database(join(mkdirp(dataDir), 'entries.db'));
    old.exec(
      createEntriesTableSql()
        .replace(/,\n\s*latency_bucket INTEGER/, '')
        .replace(/CREATE INDEX IF NOT EXISTS entries_latency_bucket ON entries \(latency_bucket, ts\);/, 'CREATE INDEX IF NOT EXISTS entries_latency ON entries (latency, ts);'),
    );
    const insert = old.prepare('INSERT INTO entries (id, ts, latency, json) VALUES (?, ?, ?, jsonb(?))');
    for (const e of entries) insert.run(e.id, e.timestamp, e.elapsedTime, JSON.stringify(e));
    old.close();
    const s = EntryStore.open({ dataDir });
    try {
      assert.equal(s.rows, 300);
      // The old table is the first partition now, its indexes kept under their names (no copies made).
      assert.deepEqual(s.partitions(), [{ seq: 1, name: 'entries_p1', lo: null }]);
      const indexes = (s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries_p1' AND sql IS NOT NULL ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
      assert.deepEqual(indexes, createEntriesIndexesSql().split('\n').map((l) => /INDEX IF NOT EXISTS (\w+)/.exec(l)![1]).sort());
      assert.ok(indexes.includes('entries_latency_bucket') && !indexes.includes('entries_latency'), indexes.join(', '));
      const q = compile('response.latency > 2500').sql();
      const found = (s.db.prepare(`SELECT id FROM entries WHERE ${q.where}`).all(...q.params) as Array<{ id: string }>).map((r) => r.id).sort();
      const want = entries.filter((e) => (e.elapsedTime as number) > 2500).map((e) => e.id).sort();
      assert.ok(want.length > 10);
      assert.deepEqual(found, want);
      // New rows go in with their bucket beside the upgraded ones.
      assert.equal(s.insert(makeEntries(300, 10)).inserted.length, 10);
      assert.equal(s.rows, 310);
    } finally {
      s.close();
    }
  });

  test('tryWrite does not wait for another connection\'s write transaction: false at once, nothing written; true once it ends', () => {
    const s = EntryStore.open({ dataDir: join(dir, 'try-write'), busyTimeoutMs: 3_000 });
    const other = new Database(s.file);
    try {
      const put = (v: string) => () => s.db.prepare("INSERT OR REPLACE INTO hub_meta (key, value) VALUES ('k', ?)").run(v);
      other.exec('BEGIN IMMEDIATE');
      const t0 = performance.now();
      assert.equal(s.tryWrite(put('a')), false);
      // The health probe: another writer at work proves the file takes writes.
      assert.doesNotThrow(() => s.probeWrite());
      // The old synchronous wait lasted the whole busy timeout (3 s); the bound leaves room for a loaded machine.
      assert.ok(performance.now() - t0 < 1_500, `waited ${performance.now() - t0} ms for the lock`);
      other.exec('COMMIT');
      assert.equal(s.db.prepare("SELECT value FROM hub_meta WHERE key = 'k'").get(), undefined);
      assert.equal(s.tryWrite(put('b')), true);
      assert.deepEqual(s.db.prepare("SELECT value FROM hub_meta WHERE key = 'k'").get(), { value: 'b' });
      // The connection's own wait is back for every other write.
      assert.equal(s.db.pragma('busy_timeout', { simple: true }), 3_000);
      // Errors other than a busy database still surface.
      assert.throws(() => s.tryWrite(() => s.db.exec('INSERT INTO no_such_table VALUES (1)')), /no such table/);
    } finally {
      other.close();
      s.close();
    }
  });

  test('idempotent by id: the same entries twice are stored and counted once', () => {
    const s = fresh('idem');
    s.insert(makeEntries(0, 50));
    const again = s.insert(makeEntries(25, 50));
    assert.equal(again.inserted.length, 25);
    assert.equal(again.duplicates, 25);
    assert.deepEqual(
      again.inserted.map((e) => e.id),
      makeEntries(50, 25).map((e) => e.id),
    );
    assert.equal(s.rows, 75);
    assert.equal((s.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n, 75);
    // A redelivered copy with other content does not replace what is stored.
    const changed = { ...makeEntry(3), node: 'elsewhere' };
    s.insert([changed]);
    assert.equal((s.get('node-a/3') as { node: string }).node, 'node-a');
    s.close();
  });

  test('multi-row statements: flags right when part of a statement is ignored, a repeated id inside one, and the single-row tail', () => {
    const s = fresh('multi');
    s.insert(makeEntries(100, 10));
    // 70 rows: two 32-row statements and 6 single ones. The first statement repeats node-a/5
    // (new, then again) and carries 10 stored ids; the tail repeats a stored one.
    const batch = [...makeEntries(0, 20), makeEntry(5), ...makeEntries(100, 10), makeEntry(20), ...makeEntries(21, 37), makeEntry(103)];
    assert.equal(batch.length, 70);
    const r = s.insert(batch);
    const expected = [...makeEntries(0, 20), makeEntry(20), ...makeEntries(21, 37)].map((e) => e.id);
    assert.deepEqual(r.inserted.map((e) => e.id), expected);
    assert.equal(r.duplicates, 70 - expected.length);
    assert.equal(s.rows, 10 + expected.length);
    assert.equal((s.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n, s.rows);
    // Stored as JSONB that SQLite reads back as the entry's own JSON text.
    for (const e of [makeEntry(5), makeEntry(57), makeEntry(103)]) assert.equal(s.getJson(e.id), JSON.stringify(e));
    assert.equal((s.db.prepare("SELECT json_extract(json, '$.request.path') AS p FROM entries WHERE id = 'node-a/42'").get() as { p: string }).p, '/api/orders/42');
    s.close();
  });

  test('an entry nested deeper than SQLite JSON allows is skipped and counted; the rest of the batch is stored', () => {
    const s = fresh('deep');
    let deep: unknown = 1;
    for (let i = 0; i < 1_100; i++) deep = [deep];
    const r = s.insert([makeEntry(1), { ...makeEntry(2), extra: deep }, makeEntry(3)]);
    assert.equal(r.invalid, 1);
    assert.deepEqual(r.inserted.map((e) => e.id), ['node-a/1', 'node-a/3']);
    s.close();
  });

  test('entries without a string id or numeric timestamp are skipped and counted', () => {
    const s = fresh('invalid');
    const r = s.insert([null, 7, 'x', [], { id: 1, timestamp: 1 }, { id: 'a' }, { id: 'b', timestamp: 'now' }, { id: '', timestamp: 1 }, { id: 'ok', timestamp: 5 }]);
    assert.equal(r.invalid, 8);
    assert.equal(r.inserted.length, 1);
    assert.equal(s.rows, 1);
    s.close();
  });

  test('reopening keeps the rows and the count', () => {
    const s = fresh('reopen');
    s.insert(makeEntries(0, 30));
    s.close();
    const t = fresh('reopen');
    assert.equal(t.rows, 30);
    t.close();
  });

  test('probeWrite works while open and throws once closed', () => {
    const s = fresh('probe');
    s.probeWrite();
    s.close();
    assert.throws(() => s.probeWrite(), /closed/);
  });
});

describe('retention', () => {
  test('by count keeps the newest N', async () => {
    const s = fresh('ret-count');
    s.insert(makeEntries(0, 12_000));
    const c = newRetentionCounters();
    await runRetention(s, { maxCount: 1_000 }, c);
    assert.equal(s.rows, 1_000);
    assert.equal(c.dropped.count, 11_000);
    assert.equal(s.stats().oldest, T0 + 11_000 * 10);
    await runRetention(s, { maxCount: 1_000 }, c);
    assert.equal(c.dropped.count, 11_000);
    assert.equal(c.runs, 2);
    s.close();
  });

  test('waits for another writer with the event loop free, then deletes', async () => {
    const s = fresh('ret-locked');
    s.insert(makeEntries(0, 12_000));
    const other = new Database(s.file);
    try {
      other.exec('BEGIN IMMEDIATE');
      // The ingest's transaction, as retention sees it: the lock held for 300 ms.
      const release = setTimeout(() => other.exec('COMMIT'), 300);
      let longestGap = 0;
      let last = performance.now();
      const beat = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 5);
      const c = newRetentionCounters();
      const t0 = performance.now();
      await runRetention(s, { maxCount: 1_000 }, c);
      clearInterval(beat);
      clearTimeout(release);
      assert.ok(performance.now() - t0 >= 250, 'retention did not wait for the lock');
      assert.equal(s.rows, 1_000);
      assert.equal(c.dropped.count, 11_000);
      // A synchronous wait would hold the loop until SQLITE_BUSY (5 s); the bound leaves room for a loaded machine.
      assert.ok(longestGap < 1_000, `the event loop was held ${longestGap.toFixed(0)} ms`);
    } finally {
      other.close();
      s.close();
    }
  });

  test('by age drops what is older than the bound', async () => {
    const s = fresh('ret-age');
    s.insert(makeEntries(0, 1_000)); // T0 … T0 + 9,990 ms
    const c = newRetentionCounters();
    await runRetention(s, { maxAgeMs: 5_000 }, c, T0 + 10_000);
    assert.equal(c.dropped.age, 500);
    assert.equal(s.rows, 500);
    assert.equal(s.stats().oldest, T0 + 5_000);
    s.close();
  });

  test('by bytes brings the live pages under the limit', async () => {
    const s = fresh('ret-bytes');
    s.insert(makeEntries(0, 20_000));
    const before = s.usedBytes();
    const limit = Math.floor(before / 4);
    const c = newRetentionCounters();
    await runRetention(s, { maxBytes: limit }, c);
    assert.ok(s.usedBytes() <= limit, `${s.usedBytes()} > ${limit}`);
    assert.ok(c.dropped.bytes > 10_000, String(c.dropped.bytes));
    assert.equal(s.rows, 20_000 - c.dropped.bytes);
    // The newest survive.
    assert.ok(s.get('node-a/19999'));
    // Freed pages are reused: inserting again does not grow the file past the limit by much.
    const fileBefore = s.fileBytes();
    s.insert(makeEntries(20_000, 1_000));
    assert.ok(s.fileBytes() <= fileBefore + 2 ** 20);
    s.close();
  });
});

describe('option parsing', () => {
  test('durations and sizes', () => {
    assert.equal(parseDuration('24h'), 86_400_000);
    assert.equal(parseDuration('90s'), 90_000);
    assert.equal(parseDuration('7d'), 7 * 86_400_000);
    assert.equal(parseDuration('250'), 250);
    assert.equal(parseDuration('1y'), undefined);
    assert.equal(parseDuration('-5m'), undefined);
    assert.equal(parseBytes('512MB'), 512e6);
    assert.equal(parseBytes('2GiB'), 2 * 2 ** 30);
    assert.equal(parseBytes('1.5g'), 1.5e9);
    assert.equal(parseBytes('100'), 100);
    assert.equal(parseBytes('lots'), undefined);
  });
});

test('a file that is not a store, or a damaged one: the error names it and says what to do, the file is left as it was', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-store-bad-'));
  const file = join(dataDir, 'entries.db');
  const junk = Buffer.alloc(64 * 1024, 0x5a);
  writeFileSync(file, junk);
  assert.throws(
    () => EntryStore.open({ dataDir }),
    (e: Error) => e.message.startsWith(`cannot open the store ${file}: file is not a database (SQLITE_NOTADB): it is damaged or not a trawl store; move it away`),
  );
  assert.deepEqual(readFileSync(file), junk, 'nothing rewritten');

  // A real store with its pages overwritten past the header.
  rmSync(file);
  const store = EntryStore.open({ dataDir });
  store.insert(makeEntries(0, 50));
  store.close();
  const bytes = readFileSync(file);
  bytes.fill(0xa5, 4096, bytes.length);
  writeFileSync(file, bytes);
  assert.throws(() => {
    const s = EntryStore.open({ dataDir });
    s.close();
  }, /cannot open the store .*entries\.db: .*\(SQLITE_(CORRUPT|NOTADB)[A-Z_]*\): it is damaged or not a trawl store/);
});
