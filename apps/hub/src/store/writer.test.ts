import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { makeEntries } from '../test-support/entries.js';
import { prepareBatch, EntryStore } from './store.js';
import { ThreadWriter, WriterCrashError } from './writer.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-writer-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const ids = (store: EntryStore) => (store.db.prepare('SELECT id FROM entries_p1 ORDER BY rowid').all() as Array<{ id: string }>).map((r) => r.id);

describe('ThreadWriter', () => {
  test('inserts on its own connection: one flag per row, duplicates 0, rows counted, order kept', async () => {
    const store = EntryStore.open({ dataDir: join(dir, 'basic') });
    const w = new ThreadWriter(store);
    try {
      const first = await w.write(prepareBatch(makeEntries(0, 300)).rows);
      assert.equal(first.length, 300);
      assert.ok(first.every((f) => f === 1));
      const again = prepareBatch([...makeEntries(250, 100), ...makeEntries(250, 1)]);
      const flags = await w.write(again.rows);
      assert.deepEqual([...flags], [...Array(50).fill(0), ...Array(50).fill(1), 0]);
      assert.equal(store.rows, 350);
      assert.deepEqual(ids(store), makeEntries(0, 350).map((e) => e.id));
      assert.deepEqual(store.get('node-a/42'), makeEntries(42, 1)[0]);
    } finally {
      await w.close();
      store.close();
    }
  });

  test('a thread that dies mid-write rejects with WriterCrashError; the next write starts another', async () => {
    const store = EntryStore.open({ dataDir: join(dir, 'crash') });
    const w = new ThreadWriter(store);
    try {
      await w.write(prepareBatch(makeEntries(0, 10)).rows);
      const big = prepareBatch(makeEntries(10, 20_000));
      const dying = w.write(big.rows);
      await w.kill();
      await assert.rejects(dying, WriterCrashError);
      // Whatever it had committed stays (none or all of it: one transaction); the batch written
      // again adds exactly the rest.
      store.recount();
      const committed = store.rows - 10;
      assert.ok(committed === 0 || committed === 20_000, `${committed} rows of a half-written transaction`);
      const flags = await w.write(prepareBatch(makeEntries(10, 20_000)).rows);
      assert.equal(flags.reduce((a, b) => a + b, 0), 20_000 - committed);
      assert.equal(store.rows, 20_010);
      assert.deepEqual(ids(store), makeEntries(0, 20_010).map((e) => e.id));
    } finally {
      await w.close();
      store.close();
    }
  });

  test('a write the database refuses (locked by another writer) rejects; the thread lives on', async () => {
    const store = EntryStore.open({ dataDir: join(dir, 'locked'), busyTimeoutMs: 200 });
    const w = new ThreadWriter(store);
    const other = new Database(store.file);
    try {
      await w.write(prepareBatch(makeEntries(0, 5)).rows);
      other.exec('BEGIN IMMEDIATE');
      await assert.rejects(w.write(prepareBatch(makeEntries(5, 5)).rows), (e: Error) => !(e instanceof WriterCrashError) && /locked|busy/i.test(e.message));
      other.exec('ROLLBACK');
      const flags = await w.write(prepareBatch(makeEntries(5, 5)).rows);
      assert.deepEqual([...flags], [1, 1, 1, 1, 1]);
      assert.equal(store.rows, 10);
    } finally {
      other.close();
      await w.close();
      store.close();
    }
  });

  test('closed: outstanding writes finish first, later ones are refused', async () => {
    const store = EntryStore.open({ dataDir: join(dir, 'close') });
    const w = new ThreadWriter(store);
    try {
      const pending = w.write(prepareBatch(makeEntries(0, 2_000)).rows);
      const closing = w.close();
      assert.equal((await pending).length, 2_000);
      await closing;
      await assert.rejects(w.write(prepareBatch(makeEntries(5_000, 1)).rows), /closed/);
      assert.equal(store.rows, 2_000);
    } finally {
      store.close();
    }
  });
});
