// The traffic overview through a real nats-server into a real hub: flow reports published as a
// worker publishes them, read back from /api/traffic/*; each report counted once across a hub
// restart; a message that is not a report is skipped without losing the next; bad parameters.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowReport } from '@trawl/bus';
import type { TrafficFlowResponse, TrafficOverviewResponse, TrafficTotalResponse } from '@trawl/api';
import { startHub, type Hub } from '../hub.js';
import { Publisher, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

let nats: TestNats;
let hub: Hub;
let pub: Publisher;
let dataDir: string;
const logged: string[] = [];
const start = () => startHub({ natsUrl: nats.url, dataDir, host: '127.0.0.1', port: 0, retention: {}, log: (m) => logged.push(m) });

before(async () => {
  nats = await startTestNats();
  dataDir = mkdtempSync(join(tmpdir(), 'hub-traffic-'));
  hub = await start();
  pub = await Publisher.connect(nats.url);
});
after(async () => {
  await pub?.close();
  await hub?.stop();
  await nats?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const r = await fetch(`${hub.url}${path}`);
  return { status: r.status, body: (await r.json()) as T };
};
const total = async () => (await get<TrafficTotalResponse>('/api/traffic/total')).body.total;

const now = Date.now();
const web = { ip: '10.1.0.5', port: 51000, name: 'web', kind: 'pod', namespace: 'shop' };
const api = { ip: '10.96.0.10', port: 80, name: 'api', kind: 'service', namespace: 'shop' };
const report = (bytes: number, node = 'node-a'): FlowReport => ({
  v: 1,
  node,
  from: now - 5_000,
  to: now,
  flows: [
    { transport: 'tcp', src: web, dst: api, packets: 2, bytes },
    { transport: 'tcp', src: api, dst: web, packets: 1, bytes: 1_000 },
  ],
});

test('reports become totals, an overview and flows', async () => {
  await pub.flows(report(500));
  await waitFor('the report stored', async () => (await total()).bytes === 1_500);
  const o = await get<TrafficOverviewResponse>('/api/traffic/overview?namespace=shop');
  assert.equal(o.status, 200);
  assert.deepEqual(
    o.body.ends.map((e) => [e.name, e.sent.local.bytes, e.received.local.bytes]),
    [
      ['api', 1_000, 500],
      ['web', 500, 1_000],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
  );
  const f = await get<TrafficFlowResponse>('/api/traffic/flow?limit=1');
  assert.deepEqual(f.body.flows.map((x) => [x.src.name, x.dst.name, x.bytes, x.packets, x.external]), [['api', 'web', 1_000, 1, false]]);
  assert.equal(f.body.more, 1);
});

test('a hub restart counts each report once: the ones it had, and the ones sent while it was down', async () => {
  await hub.stop();
  await pub.flows(report(100));
  hub = await start();
  await waitFor('the report sent while the hub was down', async () => (await total()).bytes === 1_500 + 1_100);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await total()).bytes, 2_600, 'nothing counted twice');
});

test('a message that is not a flow report is skipped, said, and the next report still counts', async () => {
  await pub.flows({ node: 'node-x', raw: '{"not":"a report"}' });
  await pub.flows({ node: 'node-x', raw: 'garbage' });
  await pub.flows(report(0, 'node-b'));
  await waitFor('node-b seen', async () => (await get<TrafficTotalResponse>('/api/traffic/total')).body.nodes.includes('node-b'));
  assert.ok(logged.some((m) => /skipped a message on trawl\.flows\.node-x that is not a flow report/.test(m)), logged.join('\n'));
});

test('bad parameters are 400s that name them', async () => {
  for (const [q, param] of [
    ['from=yesterday', 'from'],
    ['from=2000&to=1000', 'to'],
    ['limit=0', 'limit'],
    ['limit=99999', 'limit'],
    ['namespace=', 'namespace'],
    ['bogus=1', 'bogus'],
  ] as const) {
    const r = await get<{ error: string; param: string }>(`/api/traffic/overview?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(r.body.param, param, q);
  }
  const old = await get<TrafficTotalResponse>(`/api/traffic/total?from=0&to=1000`);
  assert.deepEqual(old.body.total, { bytes: 0, packets: 0 });
});
