import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DecodedPacket } from '@trawl/protocols';
import { COPY_WINDOW_MS, FlowTable } from './flows.js';

function packet(over: Partial<DecodedPacket> = {}): DecodedPacket {
  return {
    ts: 1_000,
    ipVersion: 4,
    srcIp: '10.0.0.1',
    dstIp: '10.0.0.2',
    transport: 'tcp',
    srcPort: 40000,
    dstPort: 80,
    seq: 1,
    ack: 1,
    flags: 0x18,
    payload: new Uint8Array(10),
    payloadWireLength: 10,
    ...over,
  };
}

test('a packet seen on two interfaces counts once; a retransmission after the window counts again', () => {
  const t = new FlowTable();
  t.add(packet({ ts: 1_000 }), 100);
  t.add(packet({ ts: 1_000.05 }), 100); // the same packet on the other veth, 50 µs later
  t.add(packet({ ts: 1_000 + COPY_WINDOW_MS + 200 }), 100); // sent again by TCP
  t.add(packet({ ts: 1_001, seq: 11 }), 100); // the next segment
  const r = t.take('node-a', undefined, 2_000)!;
  assert.deepEqual(r.flows, [{ transport: 'tcp', src: { ip: '10.0.0.1', port: 40000 }, dst: { ip: '10.0.0.2', port: 80 }, packets: 3, bytes: 300 }]);
  assert.equal(t.copiesSkipped, 1);
});

test('UDP copies are told by length and first bytes', () => {
  const t = new FlowTable();
  const dns = (id: number, ts: number) => packet({ transport: 'udp', dstPort: 53, seq: 0, ack: 0, flags: 0, ts, payload: Uint8Array.from([id >> 8, id & 255, 1, 0]), payloadWireLength: 4 });
  t.add(dns(7, 1_000), 50);
  t.add(dns(7, 1_000.01), 50); // a copy
  t.add(dns(8, 1_000.02), 50); // another query
  assert.equal(t.take('n', undefined, 2_000)!.flows[0]!.packets, 2);
  assert.equal(t.copiesSkipped, 1);
});

test('ends carry the names the worker gives them, namespace included; an interval with nothing is null', () => {
  const t = new FlowTable();
  t.add(packet(), 60);
  const r = t.take('node-a', (ip) => (ip === '10.0.0.2' ? { name: 'orders', kind: 'service', namespace: 'shop' } : { kind: 'external' }), 2_000)!;
  assert.deepEqual(r.flows[0]!.dst, { ip: '10.0.0.2', port: 80, name: 'orders', kind: 'service', namespace: 'shop' });
  assert.deepEqual(r.flows[0]!.src, { ip: '10.0.0.1', port: 40000, kind: 'external' });
  assert.equal(t.take('node-a'), null);
});

test('memory stays bounded under a flood of distinct packets', () => {
  const t = new FlowTable(1_000);
  for (let i = 0; i < 300_000; i++) t.add(packet({ ts: 1_000 + i * 0.001, seq: i, srcPort: 1024 + (i % 5_000) }), 60);
  assert.equal(t.size, 1_000);
  assert.ok(t.overflowPackets > 0);
  assert.equal(t.copiesSkipped, 0);
  assert.ok((t as unknown as { recent: Map<string, number> }).recent.size <= 200_000);
});

test('one interface captured: no copies can come, every packet counts (no per-packet check)', () => {
  const t = new FlowTable(20_000, false);
  t.add(packet({ ts: 1_000 }), 100);
  t.add(packet({ ts: 1_000.05 }), 100);
  assert.equal(t.take('n', undefined, 2_000)!.flows[0]!.packets, 2);
  assert.equal(t.copiesSkipped, 0);
});
