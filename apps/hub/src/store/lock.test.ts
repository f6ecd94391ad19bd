import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { writeWhenFree } from './lock.js';

const dir = mkdtempSync(join(tmpdir(), 'hub-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function pair(name: string) {
  const file = join(dir, `${name}.db`);
  const a = new Database(file);
  a.pragma('journal_mode = WAL');
  a.pragma('busy_timeout = 5000');
  a.exec('CREATE TABLE t (v TEXT)');
  return { a, b: new Database(file) };
}

test('writeWhenFree waits for another writer with the event loop free, then writes once', async () => {
  const { a, b } = pair('waits');
  try {
    b.exec('BEGIN IMMEDIATE');
    setTimeout(() => b.exec('COMMIT'), 200);
    let beats = 0;
    const beat = setInterval(() => beats++, 10);
    const t0 = performance.now();
    const done = await writeWhenFree(a, () => a.prepare("INSERT INTO t VALUES ('x')").run().changes);
    clearInterval(beat);
    assert.deepEqual(done, { value: 1 });
    assert.ok(performance.now() - t0 >= 150, 'it did not wait for the lock');
    assert.ok(beats >= 5, `the event loop ran ${beats} timer ticks while it waited`);
    assert.equal((a.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n, 1);
    assert.equal(a.pragma('busy_timeout', { simple: true }), 5000);
  } finally {
    a.close();
    b.close();
  }
});

test('writeWhenFree gives up after maxWaitMs, or when the store closes, with nothing written', async () => {
  const { a, b } = pair('gives-up');
  try {
    b.exec('BEGIN IMMEDIATE');
    const write = () => a.prepare("INSERT INTO t VALUES ('x')").run();
    assert.equal(await writeWhenFree(a, write, { maxWaitMs: 100 }), null);
    let open = true;
    setTimeout(() => (open = false), 50);
    assert.equal(await writeWhenFree(a, write, { isOpen: () => open }), null);
    b.exec('COMMIT');
    assert.equal((a.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n, 0);
    await assert.rejects(writeWhenFree(a, () => a.exec('INSERT INTO nope VALUES (1)')), /no such table/);
  } finally {
    a.close();
    b.close();
  }
});
