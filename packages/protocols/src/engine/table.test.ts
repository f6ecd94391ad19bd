import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TcpConnection } from './connection.js';
import { ConnectionTable } from './table.js';

const conn = (id: number, ip: string, port: number, sip = '10.0.0.1', sport = 80) => ({ id, endpoints: [{ ip, port }, { ip: sip, port: sport }] }) as unknown as TcpConnection;

test('many connections on the same ports are found by their addresses, both ways, after deletes', () => {
  const t = new ConnectionTable();
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
  assert.deepEqual([...t.values()].slice(15, 18).map((c) => (c as unknown as { id: number }).id), [15, 16, 18]);
  // Lookups stay fast however long the bucket: 100k finds in well under a second.
  const t0 = performance.now();
  for (let k = 0; k < 100_000; k++) t.find(`192.168.${(k % 5000) >> 8}.${k % 5000 & 255}`, 40000, '10.0.0.1', 80);
  assert.ok(performance.now() - t0 < 2_000);
});
