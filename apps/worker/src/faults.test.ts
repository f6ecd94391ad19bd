// NATS goes away for 10 s while requests continue, then comes back: a worker with the default
// buffer loses nothing; one with a 5-entry bound drops, counts exactly what it dropped, and
// publishes the rest. Neither exits.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { startNatsServer, type NatsServer } from '@trawl/bus';
import { freePort, readEntries, sleep, startWorker, tempDir, waitFor, type WorkerProcess } from './test-support/harness.js';

let dir: string;
let nats: NatsServer;
let natsPort: number;
let server: Server;
let port: number;
let roomy: WorkerProcess;
let tiny: WorkerProcess;

before(async () => {
  dir = tempDir('faults');
  natsPort = await freePort();
  nats = await startNatsServer({ port: natsPort, dataDir: join(dir, 'nats') });
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const common = ['--nats', nats.url, '--iface', 'lo', '--bpf', `tcp port ${port}`, '--batch-ms', '50'];
  roomy = await startWorker([...common, '--node', 'roomy']);
  tiny = await startWorker([...common, '--node', 'tiny', '--buffer-entries', '5']);
  for (const w of [roomy, tiny]) {
    await w.waitLog(/capture\.started/);
    await w.waitLog(/nats\.connected/);
  }
});

after(async () => {
  await roomy?.stop();
  await tiny?.stop();
  server?.close();
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('NATS down 10 s under steady requests: all entries arrive within the bound, drops counted past it', async () => {
  let sent = 0;
  let running = true;
  const load = (async () => {
    while (running) {
      await (await fetch(`http://127.0.0.1:${port}/r/${sent}`)).text();
      sent++;
      await sleep(50);
    }
  })();
  await sleep(1_500);
  await nats.stop();
  await sleep(10_000);
  for (const w of [roomy, tiny]) assert.ok(w.running, 'the worker keeps running without NATS');
  const during = await roomy.metrics();
  assert.equal(during.trawl_worker_nats_connected, 0);
  assert.ok(during.trawl_worker_buffer_entries > 50, `buffered ${during.trawl_worker_buffer_entries}`);
  nats = await startNatsServer({ port: natsPort, dataDir: join(dir, 'nats') });
  await sleep(1_500);
  running = false;
  await load;
  const count = (entries: { node: string }[], node: string) => entries.filter((e) => e.node === node).length;
  const all = await waitFor(
    `${sent} entries from roomy`,
    async () => {
      const e = await readEntries(nats.url);
      return count(e, 'roomy') >= sent ? e : null;
    },
    30_000,
    300,
  );
  await sleep(1_000);
  const final = await readEntries(nats.url);
  assert.equal(count(final, 'roomy'), sent, 'every entry once, none lost, none doubled');
  const ids = final.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicate ids');
  assert.match(roomy.log, /nats\.disconnected[\s\S]*nats\.reconnected/);
  const r = await roomy.metrics();
  assert.equal(r.trawl_worker_buffer_dropped_entries_total, 0);
  assert.equal(r.trawl_worker_published_entries_total, sent);
  assert.equal(r.trawl_worker_nats_connected, 1);

  await waitFor('tiny to drain', async () => (await tiny.metrics()).trawl_worker_buffer_entries === 0, 15_000);
  const t = await tiny.metrics();
  const tinyArrived = count(await readEntries(nats.url), 'tiny');
  assert.ok(t.trawl_worker_buffer_dropped_entries_total > 0, 'the tiny buffer dropped');
  assert.equal(t.trawl_worker_entries_total, sent);
  assert.equal(tinyArrived + t.trawl_worker_buffer_dropped_entries_total, sent, 'arrived + dropped = produced');
  assert.match(tiny.log, /buffer\.dropped/);
  void all;
});
