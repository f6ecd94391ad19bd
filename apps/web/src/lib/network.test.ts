// The Network page's links: an end's clause must select exactly the entries to or from that end
// (by name, namespace when it has one, by address for `ip`/`external`), a pair's both directions.
// Run with node (not part of the browser bundle: tsconfig excludes *.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../../../../packages/kfl/src/index.js';
import { endTrafficClause, pairTrafficClause, trafficRange } from './network.js';

const match = (q: string, src: object, dst: object) => compile(q).predicate({ protocol: { name: 'http' }, src, dst });

test('an end links to the entries to or from it', () => {
  const node = { kind: 'process', namespace: null, name: 'node' };
  assert.equal(endTrafficClause(node), '(src.name == "node" or dst.name == "node")');
  assert.ok(match(endTrafficClause(node), { name: 'curl' }, { name: 'node' }));
  assert.ok(match(endTrafficClause(node), { name: 'node' }, { name: 'curl' }));
  assert.ok(!match(endTrafficClause(node), { name: 'curl' }, { name: 'nodejs' }));

  const pod = { kind: 'pod', namespace: 'shop', name: 'orders-1' };
  assert.ok(match(endTrafficClause(pod), { name: 'web', namespace: 'shop' }, { name: 'orders-1', namespace: 'shop' }));
  assert.ok(!match(endTrafficClause(pod), { name: 'web', namespace: 'shop' }, { name: 'orders-1', namespace: 'other' }));

  for (const kind of ['ip', 'external']) {
    const addr = { kind, namespace: null, name: '203.0.113.7' };
    assert.equal(endTrafficClause(addr), '(src.ip == "203.0.113.7" or dst.ip == "203.0.113.7")');
    assert.ok(match(endTrafficClause(addr), { ip: '10.0.0.2', name: 'web' }, { ip: '203.0.113.7' }));
    assert.ok(!match(endTrafficClause(addr), { ip: '10.0.0.2' }, { ip: '203.0.113.8', name: '203.0.113.7' }));
  }
  // Quotes and backslashes in a name stay literal.
  const odd = { kind: 'process', namespace: null, name: 'a "b" \\c' };
  assert.ok(match(endTrafficClause(odd), { name: 'a "b" \\c' }, { name: 'x' }));
});

test('a flow links to the requests between its ends, either way round', () => {
  const curl = { kind: 'process', namespace: null, name: 'curl' };
  const node = { kind: 'process', namespace: null, name: 'node' };
  const q = pairTrafficClause(node, curl); // the responses' direction
  assert.ok(match(q, { name: 'curl' }, { name: 'node' }));
  assert.ok(match(q, { name: 'node' }, { name: 'curl' }));
  assert.ok(!match(q, { name: 'curl' }, { name: 'other' }));
  assert.equal(pairTrafficClause(node, node), 'src.name == "node" and dst.name == "node"');
});

test('all stored asks from 0 (the hub would default to the last hour)', () => {
  assert.deepEqual(trafficRange({ preset: 'all', from: null, to: null }, 1_000_000), { from: 0, to: null });
  assert.deepEqual(trafficRange({ preset: '5m', from: null, to: null }, 1_000_000), { from: 700_000, to: null });
  assert.deepEqual(trafficRange({ preset: null, from: null, to: 5 }), { from: 0, to: 5 });
});
