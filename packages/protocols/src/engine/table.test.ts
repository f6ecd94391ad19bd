import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FlowTable } from './table.js';
import type { Endpoint } from './types.js';

interface TestFlow {
  id: number;
  endpoints: readonly [Endpoint, Endpoint];
}

const conn = (id: number, ip: string, port: number, sip = '10.0.0.1', sport = 80): TestFlow => ({ id, endpoints: [{ ip, port }, { ip: sip, port: sport }] });

test('many connections on the same ports are found by their addresses, both ways, after deletes', () => {
  const t = new FlowTable<TestFlow>();
  const all = Array.from({ length: 5_000 }, (_, i) => conn(i, `192.168.${i >> 8}.${i & 255}`, 40000));
  for (const c of all) t.add(c);
  assert.equal(t.size, 5_000);
  for (const i of [0, 1, 17, 2_500, 4_999]) {
    const ip = `192.168.${i >> 8}.${i & 255}`;
    assert.equal(t.find(ip, 40000, '10.0.0.1', 80), all[i]);
    assert.equal(t.find('10.0.0.1', 80, ip, 40000), all[i]);
  }
  assert.equal(t.find('192.168.99.99', 40000, '10.0.0.1', 80), undefined);
  t.delete(all[17]);
  assert.equal(t.find('192.168.0.17', 40000, '10.0.0.1', 80), undefined);
  assert.equal(t.find('192.168.0.18', 40000, '10.0.0.1', 80), all[18]);
  // Iteration stays in the order of opening.
  assert.deepEqual([...t.values()].slice(15, 18).map((c) => c.id), [15, 16, 18]);
  // Lookups stay fast however long the bucket: 100k finds in well under a second.
  const t0 = performance.now();
  for (let k = 0; k < 100_000; k++) t.find(`192.168.${(k % 5000) >> 8}.${k % 5000 & 255}`, 40000, '10.0.0.1', 80);
  assert.ok(performance.now() - t0 < 2_000);
});

test('flows that share one server port (DNS: a client port each) are found both ways, and in order after deletes', () => {
  const t = new FlowTable<TestFlow>();
  const all = Array.from({ length: 20_000 }, (_, i) => conn(i, `10.1.${i >> 8 & 255}.${i & 255}`, 1024 + (i * 7919) % 64000, '10.0.0.53', 53));
  for (const f of all) t.add(f);
  for (const i of [0, 5, 9_999, 19_999]) {
    const [client, server] = all[i].endpoints;
    assert.equal(t.find(client.ip, client.port, server.ip, server.port), all[i]);
    assert.equal(t.find(server.ip, server.port, client.ip, client.port), all[i]);
    // Same ports, another client address: not this flow.
    assert.equal(t.find('10.9.9.9', client.port, server.ip, server.port), undefined);
  }
  for (let i = 0; i < 20_000; i += 2) t.delete(all[i]);
  assert.equal(t.size, 10_000);
  assert.equal(t.find(all[4].endpoints[0].ip, all[4].endpoints[0].port, '10.0.0.53', 53), undefined);
  assert.equal(t.find(all[5].endpoints[0].ip, all[5].endpoints[0].port, '10.0.0.53', 53), all[5]);
  assert.deepEqual([...t.values()].slice(0, 3).map((f) => f.id), [1, 3, 5]);
});
