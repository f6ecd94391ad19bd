// The browser's copy of the webhook template rules (template.ts) must render exactly what the hub
// sends (apps/hub/src/webhooks/template.ts), and the endpoint → KFL clause must select exactly that
// endpoint's paths. Run with node (not part of the browser bundle: tsconfig excludes *.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTemplate, renderTemplate as hubRender } from '../../../hub/src/webhooks/template.js';
import { compile } from '../../../../packages/kfl/src/index.js';
import { renderTemplate, templateProblem } from './template.js';
import { endpointClause, pathClause } from './endpointClause.js';

const entry = {
  src: { name: 'frontend' },
  dst: { name: 'orders', port: 8080 },
  request: { method: 'GET', path: '/api/orders/7', headers: { 'user-agent': 'curl/8', 'x-list': ['a', 'b'] } },
  response: { status: 503, body: null },
  elapsedTime: 12.5,
};

test('the browser renders templates as the hub does', () => {
  for (const t of [
    '{{.src.name}} → {{.dst.name}}: {{.request.method}} {{.request.path}} {{.response.status}}',
    '{{ .request.headers.User-Agent }} {{.request.headers.x-list}} {{.response.body}} {{.missing.deep}} {{.}}',
    'no placeholders, {single} braces',
    `${'x'.repeat(10)}{{.request}}`,
  ]) assert.equal(renderTemplate(t, entry), hubRender(t, entry), t);
});

test('the browser refuses the templates the hub refuses, with its message', () => {
  for (const t of ['{{ oops', 'a {{.ok}} b {{', '{{.ok}}', '{{ .a.b }}']) {
    let hub: string | null = null;
    try {
      checkTemplate(t);
    } catch (e) {
      hub = (e as Error).message;
    }
    assert.equal(templateProblem(t), hub, t);
  }
});

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
