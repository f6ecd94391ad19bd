// A worker restart resumes: after a clean stop and after a SIGKILL, a new worker on the same node
// name captures again, its entries carry a new boot id (ids never collide with the old run's),
// and every request made while a worker was running arrives exactly once.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { startNatsServer, type NatsServer } from '@trawl/bus';
import { freePort, sleep, startWorker, tempDir, waitEntries, type WorkerProcess } from './test-support/harness.js';

let dir: string;
let nats: NatsServer;
let server: Server;
let port: number;
let common: string[];

before(async () => {
  dir = tempDir('restart');
  nats = await startNatsServer({ port: await freePort(), dataDir: join(dir, 'nats') });
  server = createServer((req, res) => {
    req.resume();
    // Answer after a moment so the client's socket is still open when /proc is read.
    req.on('end', () => setTimeout(() => res.end(`ok ${req.url}`), 20));
  });
  port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  common = ['--nats', nats.url, '--node', 'restarting', '--iface', 'lo', '--bpf', `tcp port ${port}`, '--batch-ms', '50'];
});

after(async () => {
  server?.close();
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function ready(): Promise<WorkerProcess> {
  const w = await startWorker(common);
  await w.waitLog(/capture\.started/);
  await w.waitLog(/nats\.connected/);
  await sleep(300);
  return w;
}

async function requests(tag: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await (await fetch(`http://127.0.0.1:${port}/${tag}/${i}`)).text();
}

test('a restarted worker resumes capture and publishing with new ids, after SIGTERM and after SIGKILL', { timeout: 90_000 }, async () => {
  const first = await ready();
  await requests('first', 10);
  await waitEntries(nats.url, 10);
  assert.deepEqual(await first.stop('SIGTERM'), { code: 0, signal: null });

  const second = await ready();
  await requests('second', 10);
  await waitEntries(nats.url, 20);
  // Published entries are acknowledged by JetStream before a SIGKILL can lose them only if
  // they were still batching: wait until they are in the stream, then kill without warning.
  assert.equal((await second.stop('SIGKILL')).signal, 'SIGKILL');

  const third = await ready();
  await requests('third', 10);
  const entries = await waitEntries(nats.url, 30);
  assert.equal((await third.stop('SIGTERM')).code, 0);

  assert.equal(entries.length, 30);
  const paths = entries.map((e) => (e.request as { path: string }).path).sort();
  for (const tag of ['first', 'second', 'third']) {
    assert.equal(paths.filter((p) => p.startsWith(`/${tag}/`)).length, 10, tag);
  }
  assert.equal(new Set(entries.map((e) => e.id)).size, 30, 'ids are unique across restarts');
  const boots = new Set(entries.map((e) => e.id.split('/')[1].split('-')[0]));
  assert.equal(boots.size, 3, 'each run has its own boot id');
  assert.ok(entries.every((e) => e.node === 'restarting'));
});
