import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compile } from '@trawl/kfl';
import type { Entry } from '@trawl/protocols';
import { startHub, type Hub } from '../hub.js';
import { silentLogger } from '../log.js';
import { makeBatch, makeEntries } from '../test-support/entries.js';
import { Publisher, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';
import { openSse } from '../test-support/sse.js';

let nats: TestNats;
let hub: Hub;
let pub: Publisher;
let dataDir: string;
const logs: string[] = [];

before(async () => {
  nats = await startTestNats();
  dataDir = mkdtempSync(join(tmpdir(), 'hub-ingest-'));
  hub = await startHub({
    natsUrl: nats.url,
    dataDir,
    host: '127.0.0.1',
    port: 0,
    retention: {},
    workerGoneMs: 600,
    heartbeatMs: 300,
    log: (m) => logs.push(m),
  });
  pub = await Publisher.connect(nats.url);
});
after(async () => {
  await pub?.close();
  await hub?.stop();
  await nats?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await fetch(hub.url + path);
  return { status: r.status, body: (await r.json()) as any };
};
const count = async (q = '') => (await get(`/api/entries/count?q=${encodeURIComponent(q)}`)).body.count as number;

describe('ingest through JetStream', () => {
  const published: Entry[] = [];

  test('published batches are exactly what the API answers', async () => {
    for (let b = 0; b < 20; b++) {
      const entries = makeEntries(b * 50, 50);
      published.push(...entries);
      await pub.publish(makeBatch(`boot-1-${b}`, entries));
    }
    // Readers see a commit a moment before the writer thread's answer is counted in the stats.
    await waitFor('1,000 entries', async () => (await count()) === 1_000 && hub.ingest.status.entries === 1_000);
    // Every entry, exactly once, through paging.
    const ids: string[] = [];
    let next: string | null = null;
    do {
      const r: { body: { entries: Entry[]; next: string | null } } = await get(`/api/entries?limit=333${next ? `&before=${next}` : ''}`);
      ids.push(...r.body.entries.map((e) => e.id));
      next = r.body.next;
    } while (next);
    assert.deepEqual([...ids].sort(), published.map((e) => e.id).sort());
    // By id, byte for byte the entry that was published.
    for (const e of [published[0], published[517], published[999]] as Entry[]) {
      const r = await get(`/api/entries/${encodeURIComponent(e.id)}`);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, e);
    }
    // Filters agree with the predicate on the published entries.
    for (const q of ['http and response.status >= 500', 'dst.kind == "external"', 'request.path contains "/cart/"', 'redis']) {
      const p = compile(q).predicate;
      assert.equal(await count(q), published.filter((e) => p(e)).length, q);
    }
    const stats = (await get('/api/stats')).body;
    assert.equal(stats.entries.stored, 1_000);
    assert.equal(stats.ingest.entries, 1_000);
    assert.equal(stats.nats.state, 'connected');
    assert.equal(stats.ingest.consuming, true);
  });

  test('the same batch published twice (different msg ids) is counted once', async () => {
    const before = hub.ingest.status.duplicates;
    const entries = makeEntries(5_000, 40);
    await pub.publish(makeBatch('dup-a', entries));
    await pub.publish(makeBatch('dup-b', entries));
    // And the same msg id again: JetStream drops it within its duplicate window.
    await pub.publish(makeBatch('dup-b', entries));
    await waitFor('the duplicate to be seen', () => hub.ingest.status.duplicates - before === 40);
    assert.equal(await count(), 1_040);
    assert.equal((await get('/api/stats')).body.ingest.duplicates - before, 40);
  });

  test('malformed messages are counted, skipped, and do not stop ingest', async () => {
    const bad0 = hub.ingest.status.malformedMessages;
    const invalid0 = hub.ingest.status.invalidEntries;
    await pub.publishRaw('node-a', 'not json', 'bad-1');
    await pub.publishRaw('node-a', JSON.stringify({ v: 99, node: 'x', entries: [] }), 'bad-2');
    await pub.publishRaw('node-a', JSON.stringify({ v: 1, node: 'x', batchId: 'b', entries: [{ id: 7 }, null] }), 'bad-3');
    // v2 framing errors: a header that is not JSON, a count that does not match the lines.
    await pub.publishRaw('node-a', 'nope\n{"id":"z"}\n', 'bad-4');
    const line = (i: number) => JSON.stringify(makeEntries(i, 1)[0]);
    await pub.publishRaw('node-a', `{"v":2,"node":"x","batchId":"b5","count":3}\n${line(7_000)}\n${line(7_001)}\n`, 'bad-5');
    // A v2 batch with bad lines: each is one invalid entry, the good lines are kept.
    await pub.publishRaw('node-a', `{"v":2,"node":"x","batchId":"b6","count":4}\n${line(7_002)}\n{"id":\n${line(7_003)}\n{"id":"no-ts"}\n`, 'bad-6');
    await pub.publish(makeBatch('after-bad', makeEntries(6_000, 10)));
    // The rows are visible at the commit; the ingest's counters move a moment later, once the
    // batches are acked: wait for both.
    await waitFor('the good batch after the bad ones', async () => (await count()) === 1_052 && hub.ingest.status.invalidEntries - invalid0 >= 4);
    assert.equal(hub.ingest.status.malformedMessages - bad0, 4);
    assert.equal(hub.ingest.status.invalidEntries - invalid0, 4);
    assert.ok(logs.some((l) => /malformed message/.test(l)));
    // The kept lines are stored byte for byte as sent.
    const stored = await get(`/api/entries/${encodeURIComponent('node-a/7003')}`);
    assert.deepEqual(stored.body, JSON.parse(line(7_003)));
    assert.equal((await get(`/api/entries/${encodeURIComponent('node-a/7000')}`)).status, 404);
  });

  test('v1 batches (the previous wire format) are still read', async () => {
    const before = await count();
    const entries = makeEntries(8_000, 30);
    await pub.publish(makeBatch('v1-batch', entries, 'node-a', 1));
    await waitFor('the v1 batch', async () => (await count()) === before + 30);
    assert.deepEqual((await get(`/api/entries/${encodeURIComponent(entries[29]!.id)}`)).body, entries[29]);
  });

  test('SSE: a subscriber to response.status >= 500 gets exactly the matching new entries', async () => {
    const q = 'response.status >= 500';
    const sse = await openSse(`${hub.url}/api/stream?q=${encodeURIComponent(q)}`);
    await sse.waitFor((ev) => ev.some((e) => e.event === 'ready'));
    const fresh = makeEntries(10_000, 300);
    await pub.publish(makeBatch('sse-1', fresh.slice(0, 150)));
    await pub.publish(makeBatch('sse-2', fresh.slice(150)));
    // Already stored entries re-sent: not new, not streamed.
    await pub.publish(makeBatch('sse-old', makeEntries(0, 50)));
    const p = compile(q).predicate;
    const want = fresh.filter((e) => p(e)).map((e) => e.id);
    assert.ok(want.length > 10 && want.length < 300);
    await sse.waitFor((ev) => ev.filter((e) => e.event === 'entry').length >= want.length);
    await waitFor('the old batch to be processed', () => hub.ingest.status.duplicates >= 90);
    await sse.waitFor((ev) => ev.some((e) => e.event === 'heartbeat'));
    const got = sse.events.filter((e) => e.event === 'entry').map((e) => (JSON.parse(e.data) as Entry).id);
    assert.deepEqual(got, want);
    sse.close();
    await sse.ended;
    await waitFor('the subscriber to be gone', async () => (await get('/api/stats')).body.stream.subscribers === 0);
  });

  test('presence: hellos make a worker, silence makes it gone', async () => {
    pub.hello({ node: 'node-z', capturing: true, stats: { packets: 42 } });
    const w = await waitFor('worker node-z', async () => (await get('/api/stats')).body.workers.find((x: { node: string }) => x.node === 'node-z'));
    assert.equal(w.state, 'up');
    assert.equal(w.capturing, true);
    assert.equal(w.stats.packets, 42);
    await waitFor('node-z gone', async () => (await get('/api/stats')).body.workers.find((x: { node: string }) => x.node === 'node-z')?.state === 'gone', 5_000);
    assert.ok(logs.some((l) => /worker node-z joined/.test(l)));
    assert.ok(logs.some((l) => /worker node-z gone/.test(l)));
  });

  test('NATS down: the API keeps answering and /health says so; back up: ingest resumes', async () => {
    const before = await count();
    await nats.stop();
    await waitFor('health to say NATS is down', async () => {
      const h = await get('/health');
      return h.status === 200 && h.body.nats.ok === false && h.body.status === 'degraded';
    });
    assert.equal(await count(), before);
    assert.notEqual((await get('/api/stats')).body.nats.state, 'connected');
    await nats.restart();
    await waitFor('NATS connected again', async () => (await get('/health')).body.nats.ok === true);
    await pub.publish(makeBatch('after-outage', makeEntries(20_000, 25)));
    await waitFor('ingest to resume', async () => (await count()) === before + 25);
    assert.ok((await get('/api/stats')).body.nats.reconnects >= 1);
  });
});
