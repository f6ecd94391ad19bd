import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBatch, decodeBatchLines, encodeEntryBatch } from '@trawl/bus';
import type { Entry } from '@trawl/protocols';
import { EntryBatcher } from './batcher.js';
import { BatchQueue, type QueuedBatch } from './queue.js';

const batch = (id: string, entries: number, bytes = 10): QueuedBatch => ({ id, data: new Uint8Array(bytes), entries, firstAt: 0 });

test('queue: past the entry bound the oldest batches go, counted; never the one in flight', () => {
  const q = new BatchQueue({ maxEntries: 10, maxBytes: 1 << 20 });
  q.push(batch('a', 4));
  q.headInFlight = true;
  q.push(batch('b', 4));
  const dropped = q.push(batch('c', 4));
  assert.deepEqual(dropped.map((b) => b.id), ['b']);
  assert.equal(q.peek()!.id, 'a');
  assert.deepEqual([q.entries, q.length, q.droppedEntries, q.droppedBatches], [8, 2, 4, 1]);
  q.shift();
  assert.equal(q.peek()!.id, 'c');
  assert.equal(q.entries, 4);
});

test('queue: the byte bound drops too', () => {
  const q = new BatchQueue({ maxEntries: 1_000, maxBytes: 25 });
  q.push(batch('a', 1, 10));
  q.push(batch('b', 1, 10));
  q.push(batch('c', 1, 10));
  assert.deepEqual([q.peek()!.id, q.bytes, q.droppedEntries], ['b', 20, 1]);
});

const entry = (i: number, body = ''): Entry =>
  ({
    schema: 1,
    id: `n/x-${i}`,
    node: 'n',
    timestamp: 1,
    elapsedTime: 1,
    protocol: { name: 'http', version: '1.1', abbr: 'HTTP' },
    transport: 'tcp',
    src: { ip: '127.0.0.1', port: 1 },
    dst: { ip: '127.0.0.1', port: 2 },
    request: { method: 'GET', path: '/' + i, body: body ? { encoding: 'utf8', text: body, size: body.length, captured: body.length, truncated: false } : null },
    response: null,
    requestSize: 1,
    responseSize: 0,
  }) as unknown as Entry;

test('batcher: seals by count, by linger time and by bytes; the batch decodes as an EntryBatch', async () => {
  const out: QueuedBatch[] = [];
  const b = new EntryBatcher({ node: 'n', bootId: 'boot', maxEntries: 3, maxBytes: 4_000, lingerMs: 30, onBatch: (x) => out.push(x) });
  for (let i = 0; i < 4; i++) b.add(entry(i));
  assert.equal(out.length, 1);
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(out.length, 2);
  const first = decodeBatch(out[0].data);
  assert.deepEqual([first.v, first.node, first.batchId, first.entries.length], [2, 'n', 'boot-0', 3]);
  assert.deepEqual(first.entries, [0, 1, 2].map((i) => entry(i)));
  // The wire format is v2 NDJSON: each entry's JSON on its own line, as encodeEntryBatch writes it.
  assert.deepEqual(Buffer.from(out[0].data), Buffer.from(encodeEntryBatch({ node: 'n', batchId: 'boot-0', entries: [0, 1, 2].map((i) => entry(i)) })));
  const raw = decodeBatchLines(out[0].data);
  assert.ok(raw.v === 2 && raw.lines[1] === JSON.stringify(entry(1)));
  assert.equal(decodeBatch(out[1].data).batchId, 'boot-1');
  b.add(entry(5, 'x'.repeat(1_200)));
  b.add(entry(6, 'y'.repeat(1_200)));
  b.add(entry(7, 'z'.repeat(1_200)));
  b.seal();
  assert.deepEqual(out.slice(2).map((x) => x.entries), [2, 1], 'byte limit');
  assert.ok(out.every((x) => x.data.length <= 4_000));
});

test('batcher: an entry too big for a message loses its bodies; still too big, it is dropped and counted', () => {
  const out: QueuedBatch[] = [];
  const b = new EntryBatcher({ node: 'n', bootId: 'b', maxEntries: 10, maxBytes: 2_000, lingerMs: 10, onBatch: (x) => out.push(x) });
  b.add(entry(1, 'q'.repeat(5_000)));
  b.seal();
  const e = decodeBatch(out[0].data).entries[0];
  const body = (e.request as { body: { text?: string; truncated: boolean; size: number } }).body;
  assert.deepEqual([body.text, body.truncated, body.size], [undefined, true, 5_000]);
  assert.equal(b.bodiesStripped, 1);
  const huge = entry(2);
  (huge.request as Record<string, unknown>).path = '/' + 'p'.repeat(5_000);
  b.add(huge);
  assert.equal(b.oversizeDropped, 1);
});
