/**
 * Faults on the real built hub (`dist/main.js`) with a real nats-server: SIGKILL during a steady
 * publish (0 lost, 0 duplicated after restart), the store's disk filling up, a clean SIGTERM, and
 * the token rules.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { jetstreamManager } from '@nats-io/jetstream';
import { ENTRIES_STREAM, HUB_CONSUMER } from '@trawl/bus';
import type { Entry } from '@trawl/protocols';
import { ensureBuilt, runHubChild, startHubChild, type HubChild } from './test-support/child.js';
import { makeBatch, makeEntries } from './test-support/entries.js';
import { freePort, Publisher, startTestNats, waitFor, type TestNats } from './test-support/nats.js';

let nats: TestNats;
let pub: Publisher;
const dirs: string[] = [];
const children: HubChild[] = [];
const start = async (args: string[], env?: NodeJS.ProcessEnv): Promise<HubChild> => {
  const c = await startHubChild(args, env);
  children.push(c);
  return c;
};
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'hub-faults-'));
  dirs.push(d);
  return d;
};

before(async () => {
  ensureBuilt();
  nats = await startTestNats();
  pub = await Publisher.connect(nats.url);
});
after(async () => {
  for (const c of children) if (c.process.exitCode === null) c.process.kill('SIGKILL');
  await pub?.close();
  await nats?.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const getJson = async (url: string) => (await (await fetch(url)).json()) as any;
const count = async (hub: HubChild) => (await getJson(`${hub.url}/api/entries/count`)).count as number;

async function allIds(hub: HubChild): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  do {
    const r: { entries: Entry[]; next: string | null } = await getJson(`${hub.url}/api/entries?limit=1000${next ? `&before=${next}` : ''}`);
    ids.push(...r.entries.map((e) => e.id));
    next = r.next;
  } while (next);
  return ids;
}

describe('the built hub under faults', () => {
  test('SIGKILL during a steady publish of 5,000 entries, then restart: 0 lost, 0 duplicated, across time partitions', async () => {
    // A fresh stream consumer state per test: purge what earlier tests left.
    const jsm = await jetstreamManager(pub.nc);
    await jsm.streams.purge(ENTRIES_STREAM);
    await jsm.consumers.delete(ENTRIES_STREAM, HUB_CONSUMER).catch(() => {});
    const data = tempDir();
    const port = await freePort();
    // Small partitions: redeliveries after the kills cross partition boundaries.
    const args = ['--nats', nats.url, '--data', data, '--port', String(port), '--partition-entries', '1000'];
    let hub = await start(args);
    const TOTAL = 5_000;
    const PER = 25;
    const all = makeEntries(0, TOTAL, { node: 'node-k' });
    let published = 0;
    const publishing = (async () => {
      for (let b = 0; b * PER < TOTAL; b++) {
        await pub.publish(makeBatch(`kill-${b}`, all.slice(b * PER, (b + 1) * PER), 'node-k'));
        published += PER;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const kills: number[] = [];
    for (const at of [1_500, 3_500]) {
      await waitFor(`${at} entries published`, () => published >= at, 30_000, 5);
      const stored = await count(hub);
      assert.ok(stored > 0 && stored < TOTAL, `stored ${stored} when killed`);
      hub.process.kill('SIGKILL');
      await hub.exited;
      kills.push(published);
      await new Promise((r) => setTimeout(r, 200));
      hub = await start(args);
    }
    await publishing;
    // What the killed hubs held unacked comes again after ack_wait.
    await waitFor('all 5,000 entries', async () => (await count(hub)) === TOTAL, 60_000, 100);
    const ids = await allIds(hub);
    assert.equal(ids.length, TOTAL);
    assert.equal(new Set(ids).size, TOTAL);
    assert.deepEqual([...ids].sort(), all.map((e) => e.id).sort());
    assert.ok(kills[0]! < TOTAL && kills[1]! < TOTAL, `kills happened mid-publish: ${kills.join(', ')}`);
    await waitFor('the consumer to be fully acked', async () => {
      const info = await jsm.consumers.info(ENTRIES_STREAM, HUB_CONSUMER);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    }, 30_000, 200);
    // Stays exact once everything settled.
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await count(hub), TOTAL);
    const stats = await getJson(`${hub.url}/api/stats`);
    assert.ok(stats.entries.partitions >= 3, `${stats.entries.partitions} partitions`);
    assert.equal(stats.entries.stored, TOTAL);
    hub.process.kill('SIGTERM');
    assert.equal(await hub.exited, 0);
  });

  // A disk that fills up: the hub keeps running and says so, the batches it could not write stay
  // unacknowledged in JetStream, and once there is room again every entry is stored, once.
  const asRoot = process.getuid?.() === 0;
  test('the store\'s disk fills up, then has room again: the hub says so, keeps running, stores every entry once', { skip: asRoot ? false : 'mounting a small tmpfs needs root' }, async () => {
    const jsm = await jetstreamManager(pub.nc);
    await jsm.streams.purge(ENTRIES_STREAM);
    await jsm.consumers.delete(ENTRIES_STREAM, HUB_CONSUMER).catch(() => {});
    const disk = tempDir();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk], { encoding: 'utf8' });
    assert.equal(mounted.status, 0, mounted.stderr);
    try {
      const hub = await start(['--nats', nats.url, '--data', join(disk, 'hub'), '--port', String(await freePort())]);
      const TOTAL = 6_000;
      const all = makeEntries(0, TOTAL, { node: 'node-full' });
      for (let b = 0; b * 100 < TOTAL; b++) await pub.publish(makeBatch(`full-${b}`, all.slice(b * 100, (b + 1) * 100), 'node-full'));
      await waitFor('a write refused for want of room', () => /database or disk is full/.test(hub.stderr()), 30_000, 50);
      const stuck = await count(hub);
      assert.ok(stuck < TOTAL, `${stuck} stored on a 2 MiB disk`);
      const stats = await getJson(`${hub.url}/api/stats`);
      assert.ok(stats.ingest.storeErrors > 0);
      assert.equal((await fetch(`${hub.url}/health`)).status, 200, 'still answering');
      const remounted = spawnSync('mount', ['-o', 'remount,size=256m', disk], { encoding: 'utf8' });
      assert.equal(remounted.status, 0, remounted.stderr);
      await waitFor('every entry stored once there is room', async () => (await count(hub)) === TOTAL, 60_000, 100);
      const ids = await allIds(hub);
      assert.equal(new Set(ids).size, TOTAL);
      hub.process.kill('SIGTERM');
      assert.equal(await hub.exited, 0, hub.stderr());
    } finally {
      spawnSync('umount', ['-l', disk]);
    }
  });

  // Pull-ahead means a few batches may be on the wire when the hub stops: they stay unacked and
  // come again after ack_wait, to this or the next hub. Never lost, never doubled.
  test('SIGTERM: finishes the batch in flight, exits 0; a restart completes the rest', async () => {
    const jsm = await jetstreamManager(pub.nc);
    const data = tempDir();
    const args = ['--nats', nats.url, '--data', data, '--port', String(await freePort())];
    const hub = await start(args);
    const entries = makeEntries(0, 2_000, { node: 'node-t' });
    for (let b = 0; b < 40; b++) await pub.publish(makeBatch(`term-${b}`, entries.slice(b * 50, (b + 1) * 50), 'node-t'));
    await waitFor('some stored', async () => (await count(hub)) > 0, 20_000, 10);
    hub.process.kill('SIGTERM');
    assert.equal(await hub.exited, 0, hub.stderr());
    assert.match(hub.stderr(), /SIGTERM: stopping[\s\S]*stopped/);
    const info = await jsm.consumers.info(ENTRIES_STREAM, HUB_CONSUMER);
    assert.ok(info.num_ack_pending <= 128, `at most one pull of batches unacked: ${info.num_ack_pending}`);
    const again = await start(args);
    // The old stream content (from the kill test) is not in this data dir; only node-t matters.
    await waitFor('node-t complete', async () => (await getJson(`${again.url}/api/entries/count?q=${encodeURIComponent('node == "node-t"')}`)).count === 2_000, 30_000, 50);
    again.process.kill('SIGINT');
    assert.equal(await again.exited, 0);
  });

  test('a webhooks file that is not JSON: exit 2 with the file and the parser\'s message, no usage text; a bad flag still gets it', () => {
    const data = tempDir();
    const rules = join(data, 'rules.json');
    writeFileSync(rules, '{not json');
    const r = runHubChild(['--data', data, '--nats', nats.url, '--webhooks', rules]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, new RegExp(`^trawl-hub: --webhooks ${rules}: .*JSON`));
    assert.doesNotMatch(r.stderr, /usage:/);
    writeFileSync(rules, '{"not": "an array"}');
    assert.match(runHubChild(['--data', data, '--nats', nats.url, '--webhooks', rules]).stderr, /the file must hold a JSON array of rules\n$/);
    const flag = runHubChild(['--data', data, '--nats', nats.url, '--port', 'eighty']);
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /--port must be an integer[\s\S]*usage: trawl-hub/);
  });

  test('token: a non-loopback host without one refuses to start; with one, requests need it', async () => {
    const data = tempDir();
    const r = runHubChild(['--data', data, '--host', '0.0.0.0', '--nats', nats.url], { TRAWL_TOKEN: '' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /needs a token/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const hub = await start(['--data', data, '--host', '0.0.0.0', '--port', String(await freePort()), '--nats', nats.url], { TRAWL_TOKEN: 'tok-123' });
    try {
      const url = hub.url.replace('0.0.0.0', '127.0.0.1');
      assert.equal((await fetch(`${url}/api/stats`)).status, 401);
      assert.equal((await fetch(`${url}/api/stats`, { headers: { authorization: 'Bearer tok-123' } })).status, 200);
      assert.equal((await fetch(`${url}/health`)).status, 200);
    } finally {
      hub.process.kill('SIGTERM');
      await hub.exited;
    }
  });
});
