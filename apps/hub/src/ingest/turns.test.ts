import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startHub, type Hub } from '../hub.js';
import { silentLogger } from '../log.js';
import { makeBatch, makeEntries } from '../test-support/entries.js';
import { Publisher, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

let nats: TestNats;
let hub: Hub | undefined;
let dir: string;

before(async () => {
  nats = await startTestNats();
  dir = mkdtempSync(join(tmpdir(), 'hub-turns-'));
});
after(async () => {
  await hub?.stop();
  await nats?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('a backlog is observed in slices of at most 1,000 entries, between turns of the event loop: each entry once, in order', async () => {
  const batches = 12;
  const perBatch = 500;
  const pub = await Publisher.connect(nats.url);
  for (let b = 0; b < batches; b++) await pub.publish(makeBatch(`t-${b}`, makeEntries(b * perBatch, perBatch)));
  await pub.close();
  // Pulls of up to 12 batches (6,000 entries) while the backlog drains.
  hub = await startHub({ natsUrl: nats.url, dataDir: dir, host: '127.0.0.1', port: 0, retention: {}, log: silentLogger, ingest: { writeMessages: 12 } });
  const slices: string[][] = [];
  // Timers run only between turns: each tick seen while draining is a turn the API could have had.
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 0);
  hub.ingest.onStored('slices', (entries) => slices.push(entries.map((e) => e.id)));
  const h = hub;
  try {
    // Counted at the commit; observed over the next turns.
    await waitFor('the backlog', () => slices.flat().length >= batches * perBatch, 20_000, 5);
  } finally {
    // (Left running, the interval would keep this file's process alive after a failure.)
    clearInterval(ticker);
  }
  assert.deepEqual(slices.flat(), makeEntries(0, batches * perBatch).map((e) => e.id));
  assert.ok(Math.max(...slices.map((s) => s.length)) <= 1_000, `slices of ${slices.map((s) => s.length).join(', ')}`);
  // At least one pull held more than a slice (else this test proves nothing about slicing).
  assert.ok(slices.length > h.ingest.status.batches / 12, `${slices.length} slices for ${h.ingest.status.batches} batches`);
  assert.ok(ticks > 0);
});
