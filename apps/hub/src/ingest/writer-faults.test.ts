import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { startHub, type Hub } from '../hub.js';
import type { ThreadWriter } from '../store/writer.js';
import { makeBatch, makeEntries } from '../test-support/entries.js';
import { Publisher, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

let nats: TestNats;
let hub: Hub;
let pub: Publisher;
let dataDir: string;
const logs: string[] = [];
const seen: string[] = [];

before(async () => {
  nats = await startTestNats();
  dataDir = mkdtempSync(join(tmpdir(), 'hub-writer-faults-'));
  hub = await startHub({ natsUrl: nats.url, dataDir, host: '127.0.0.1', port: 0, retention: {}, log: (m) => logs.push(m), ingest: { retryMs: 300 } });
  hub.ingest.onStored('test', (entries) => seen.push(...entries.map((e) => e.id)));
  pub = await Publisher.connect(nats.url);
});
after(async () => {
  await pub?.close();
  await hub?.stop();
  await nats?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const stored = () => (hub.store.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;

describe('the ingest with the thread writer under write faults', () => {
  test('a write the database refuses is nacked and redelivered: stored and observed once', async () => {
    await pub.publish(makeBatch('w-0', makeEntries(0, 20)));
    await waitFor('the first batch', () => stored() === 20 && hub.ingest.status.entries === 20);
    // Another connection holds the write lock longer than the writer waits (5 s).
    const other = new Database(hub.store.file);
    other.exec('BEGIN IMMEDIATE');
    try {
      await pub.publish(makeBatch('w-1', makeEntries(20, 30)));
      await waitFor('the refused write', () => hub.ingest.status.storeErrors >= 1, 20_000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // The commit is visible to readers a moment before the writer thread's answer is counted.
    await waitFor('the redelivery', () => stored() === 50 && hub.ingest.status.entries === 50, 20_000);
    assert.equal(hub.store.rows, 50);
    assert.equal(hub.ingest.status.entries, 50);
    assert.deepEqual(seen, makeEntries(0, 50).map((e) => e.id));
    assert.ok(logs.some((l) => /store write failed, 1 batches will be redelivered/.test(l)));
  });

  test('the writer thread dying under a backlog loses nothing and doubles nothing', async () => {
    const from = 1_000;
    const n = 40 * 500;
    for (let b = 0; b < 40; b++) await pub.publish(makeBatch(`k-${b}`, makeEntries(from + b * 500, 500)));
    const writer = hub.ingest.writer as ThreadWriter;
    await waitFor('the backlog to start', () => hub.store.rows > 50);
    await writer.kill();
    await waitFor('the backlog', () => stored() === 50 + n && hub.store.rows === 50 + n, 60_000);
    assert.equal(hub.store.rows, 50 + n);
    const ids = (hub.store.db.prepare('SELECT id FROM entries').all() as Array<{ id: string }>).map((r) => r.id);
    assert.equal(new Set(ids).size, 50 + n);
    // Observers never see an entry twice (one committed just before the thread died may be missed).
    assert.equal(new Set(seen).size, seen.length);
    assert.ok(seen.length <= 50 + n);
  });
});
