// The traffic store over a real SQLite file: sums per minute and pair of ends, a sequence applied
// once, two nodes seeing one connection counted once, local and external apart, retention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowReport } from '@trawl/bus';
import { TrafficStore } from './store.js';

const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);
const shop = (name: string, kind = 'pod') => ({ ip: `10.1.0.${name.length}`, port: 8080, name, kind, namespace: 'shop' });
const ext = { ip: '93.184.216.34', port: 443, kind: 'external' };

function report(node: string, from: number, flows: FlowReport['flows']): FlowReport {
  return { v: 1, node, from, to: from + 5_000, flows };
}

function withStore(f: (s: TrafficStore) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'hub-traffic-'));
  const s = TrafficStore.open(dir);
  try {
    f(s);
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('sums a pair of ends over reports and ports; a sequence applied twice counts once', () => {
  withStore((s) => {
    const web = shop('web');
    const orders = shop('orders', 'service');
    assert.equal(s.apply(1, report('node-a', T0, [{ transport: 'tcp', src: { ...web, port: 50001 }, dst: orders, packets: 3, bytes: 300 }])), true);
    assert.equal(s.apply(2, report('node-a', T0 + 5_000, [{ transport: 'tcp', src: { ...web, port: 50002 }, dst: orders, packets: 2, bytes: 200 }])), true);
    assert.equal(s.apply(2, report('node-a', T0 + 5_000, [{ transport: 'tcp', src: web, dst: orders, packets: 2, bytes: 200 }])), false, 'redelivered');
    const r = { from: T0, to: T0 + 60_000 };
    assert.deepEqual(s.flows(r, 10), {
      flows: [{ src: { kind: 'pod', namespace: 'shop', name: 'web' }, dst: { kind: 'service', namespace: 'shop', name: 'orders' }, transport: 'tcp', external: false, bytes: 500, packets: 5 }],
      more: 0,
    });
    assert.deepEqual(s.total(r), { total: { bytes: 500, packets: 5 }, local: { bytes: 500, packets: 5 }, external: { bytes: 0, packets: 0 }, nodes: ['node-a'] });
  });
});

test('two nodes that saw the same connection: the larger count, not the sum', () => {
  withStore((s) => {
    const flow = { transport: 'tcp' as const, src: shop('web'), dst: shop('db'), packets: 10, bytes: 1_000 };
    s.apply(1, report('node-a', T0, [flow]));
    s.apply(2, report('node-b', T0, [{ ...flow, packets: 9, bytes: 950 }])); // node b lost a packet
    const t = s.total({ from: T0, to: T0 + 60_000 });
    assert.deepEqual(t.total, { bytes: 1_000, packets: 10 });
    assert.deepEqual(t.nodes, ['node-a', 'node-b']);
  });
});

test('the overview: what each known end sent and received, local and external apart, busiest first', () => {
  withStore((s) => {
    const web = shop('web');
    const db = shop('db');
    s.apply(1, report('node-a', T0, [
      { transport: 'tcp', src: web, dst: db, packets: 4, bytes: 400 },
      { transport: 'tcp', src: db, dst: web, packets: 4, bytes: 4_000 },
      { transport: 'tcp', src: web, dst: ext, packets: 2, bytes: 100 },
      { transport: 'tcp', src: ext, dst: web, packets: 3, bytes: 3_000 },
      { transport: 'udp', src: { ip: '10.9.9.9', port: 5353 }, dst: { ip: '10.9.9.8', port: 53 }, packets: 1, bytes: 70 },
    ]));
    const o = s.overview({ from: T0, to: T0 + 60_000 }, 10);
    assert.deepEqual(
      o.ends.map((e) => [e.kind, e.name, e.sent.local.bytes, e.sent.external.bytes, e.received.local.bytes, e.received.external.bytes, e.bytes]),
      [
        ['pod', 'web', 400, 100, 4_000, 3_000, 7_500],
        ['pod', 'db', 4_000, 0, 400, 0, 4_400],
        ['ip', '10.9.9.8', 0, 0, 70, 0, 70],
        ['ip', '10.9.9.9', 70, 0, 0, 0, 70],
      ],
    );
    assert.equal(o.more, 0);
    assert.equal(s.overview({ from: T0, to: T0 + 60_000 }, 1).more, 3);
    const t = s.total({ from: T0, to: T0 + 60_000 });
    assert.deepEqual([t.local.bytes, t.external.bytes], [4_470, 3_100]);
    // A namespace: pairs with an end in it, rows of its ends only.
    assert.deepEqual(s.overview({ from: T0, to: T0 + 60_000, namespace: 'shop' }, 10).ends.map((e) => e.name), ['web', 'db']);
    assert.equal(s.total({ from: T0, to: T0 + 60_000, namespace: 'shop' }).total.bytes, 7_500);
  });
});

test('ranges select whole minutes; retention drops old minutes and their sequences', () => {
  withStore((s) => {
    const flow = { transport: 'tcp' as const, src: shop('web'), dst: shop('db'), packets: 1, bytes: 10 };
    s.apply(1, report('node-a', T0, [flow]));
    s.apply(2, report('node-a', T0 + 60_000, [flow]));
    s.apply(3, report('node-a', T0 + 120_000, [flow]));
    assert.equal(s.total({ from: T0 + 60_000, to: T0 + 120_000 }).total.bytes, 10);
    assert.equal(s.total({ from: T0 + 61_000, to: T0 + 121_000 }).total.bytes, 20, 'a range starting inside a minute includes it');
    assert.equal(s.prune(T0 + 60_000), 1);
    assert.equal(s.total({ from: T0, to: T0 + 180_000 }).total.bytes, 20);
    assert.equal(s.db.prepare('SELECT COUNT(*) FROM applied').pluck().get(), 2);
  });
});
