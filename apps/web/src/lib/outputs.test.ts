// The endpoint → KFL clause must select exactly that endpoint's paths. (Webhook templates are the
// hub's own renderer, from @trawl/api: tested there.) Run with node (not part of the browser
// bundle: tsconfig excludes *.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../../../../packages/kfl/src/index.js';
import { endpointClause, pathClause } from './endpointClause.js';

test('an endpoint clause selects exactly the paths of its template', () => {
  const match = (q: string, e: object) => compile(q).predicate(e);
  const at = (path: string, method = 'GET', dst: object = { name: 'orders' }) => ({ protocol: { name: 'http' }, dst, request: { method, path } });
  const q = endpointClause({ service: 'orders', method: 'GET', template: '/api/orders/{id}/items' });
  assert.ok(match(q, at('/api/orders/7/items')));
  assert.ok(match(q, at('/api/orders/7/items', 'GET', { service: 'orders', name: 'orders-5d9f' })));
  assert.ok(!match(q, at('/api/orders/7/items/2')));
  assert.ok(!match(q, at('/api/orders/items')));
  assert.ok(!match(q, at('/api/orders/7/items', 'POST')));
  assert.ok(!match(q, at('/api/orders/7/items', 'GET', { name: 'users' })));
  // Regex characters in literal segments are literal.
  const dotted = pathClause('/v1.0/files/{hash}.json');
  assert.ok(match(dotted, at('/v1.0/files/abc.json')));
  assert.ok(!match(dotted, at('/v1x0/files/abc.json')));
  assert.equal(pathClause('/api/users'), 'request.path == "/api/users"');
  // A service named by its address.
  const addr = endpointClause({ service: '10.0.0.5:8080', method: 'GET', template: '/x' });
  assert.ok(match(addr, at('/x', 'GET', { ip: '10.0.0.5', port: 8080 })));
  assert.ok(!match(addr, at('/x', 'GET', { ip: '10.0.0.5', port: 9090 })));
});
