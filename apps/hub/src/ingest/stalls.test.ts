import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startHub, type Hub } from '../hub.js';
import { makeBatch, makeEntries } from '../test-support/entries.js';
import { Publisher, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

let nats: TestNats;
let hub: Hub | undefined;
const dirs: string[] = [];
const logs: string[] = [];

const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'hub-stalls-'));
  dirs.push(d);
  return d;
};
const distinctIds = (h: Hub) => (h.store.db.prepare('SELECT count(DISTINCT id) AS n FROM entries').get() as { n: number }).n;

before(async () => {
  nats = await startTestNats();
});
after(async () => {
  await hub?.stop();
  await nats?.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('ingest stalls', () => {
  test('NATS lost mid-drain, while the receiving side waits for room: the drain resumes, nothing lost or doubled', async () => {
    const batches = 200;
    const perBatch = 200;
    // A backlog published while no hub runs.
    const pub = await Publisher.connect(nats.url);
    for (let b = 0; b < batches; b++) await pub.publish(makeBatch(`o-${b}`, makeEntries(b * perBatch, perBatch)));
    await pub.close();
    // A small buffer: while draining, the reader nearly always waits for room.
    hub = await startHub({ natsUrl: nats.url, dataDir: newDir(), host: '127.0.0.1', port: 0, retention: {}, log: (m) => logs.push(m), ingest: { maxMessages: 4, writeMessages: 1 } });
    const h = hub;
    await waitFor('the drain to start', () => h.store.rows > 0 && h.store.rows < batches * perBatch, 20_000, 5);
    // The acks' flush fails on the disconnect: the consume ends with an error and must start
    // again (it used to wait forever for the reader, parked on "no room").
    await nats.stop();
    await nats.restart();
    // Well within the watchdog's 60 s: this is the consume starting again by itself.
    await waitFor('the whole backlog', () => h.store.rows === batches * perBatch, 30_000);
    assert.equal(distinctIds(h), batches * perBatch);
    assert.equal(h.ingest.status.stallsRecovered, 0);
  });

  test('watchdog: a pull the writer never answers is abandoned, the consume restarts, counted and logged', async () => {
    await hub?.stop();
    hub = await startHub({ natsUrl: nats.url, dataDir: newDir(), host: '127.0.0.1', port: 0, retention: {}, log: (m) => logs.push(m), ingest: { stallMs: 500 } });
    const h = hub;
    // The first write is never answered (a stuck writer thread, as seen from the ingest).
    const writer = h.ingest.writer;
    const write = writer.write.bind(writer);
    let stuck = 0;
    writer.write = (rows) => (stuck++ === 0 ? new Promise<Uint8Array>(() => {}) : write(rows));
    const pub = await Publisher.connect(nats.url);
    try {
      for (let b = 0; b < 3; b++) await pub.publish(makeBatch(`s-${b}`, makeEntries(100_000 + b * 100, 100)));
      await waitFor(
        'the watchdog',
        async () => {
          await h.ingest.refreshPending();
          return h.ingest.status.stallsRecovered >= 1;
        },
        20_000,
        200,
      );
      // The stuck pull's batch comes again after the ack wait; nothing lost or doubled.
      await waitFor('every entry', () => distinctIds(h) === 300 && h.store.rows === 300, 30_000);
    } finally {
      await pub.close();
    }
    assert.equal(h.ingest.status.stallsRecovered, 1);
    assert.ok(logs.some((l) => /^ingest stalled: nothing settled for \d+ s with \d+ messages pending and \d+ unacked .*restarting the consumer$/.test(l)), logs.join('\n'));
    const stats = (await (await fetch(`${h.url}/api/stats`)).json()) as { ingest: { stallsRecovered: number } };
    assert.equal(stats.ingest.stallsRecovered, 1);
    assert.match(await h.metrics.text(), /^trawl_ingest_stalls_recovered_total 1$/m);
  });

  test('pulls ask for at most 16 MiB: nats-server cuts off a client with more than 64 MiB waiting for it', async () => {
    await hub?.stop();
    // The pull requests, as the server sees them (a second connection listening on the API subject).
    const spy = await Publisher.connect(nats.url);
    const pulls: Array<{ batch?: number; max_bytes?: number }> = [];
    const sub = spy.nc.subscribe('$JS.API.CONSUMER.MSG.NEXT.>', { callback: (_e, m) => void pulls.push(m.json()) });
    const pub = await Publisher.connect(nats.url);
    try {
      // ~25 MB of batches of ~0.9 MB (NATS's max payload is 1 MiB): more than one pull's worth.
      for (let b = 0; b < 28; b++) await pub.publish(makeBatch(`big-${b}`, makeEntries(200_000 + b * 1_200, 1_200)));
      hub = await startHub({ natsUrl: nats.url, dataDir: newDir(), host: '127.0.0.1', port: 0, retention: {}, log: (m) => logs.push(m) });
      const h = hub;
      await waitFor('the backlog', () => h.store.rows === 28 * 1_200, 30_000);
      await spy.nc.flush();
    } finally {
      sub.unsubscribe();
      await pub.close();
      await spy.close();
    }
    assert.ok(pulls.length >= 2, `${pulls.length} pulls`);
    for (const p of pulls) assert.ok(typeof p.max_bytes === 'number' && p.max_bytes > 0 && p.max_bytes <= 16 * 2 ** 20, JSON.stringify(p));
  });
});
