import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { StoredEntry } from '../store/entry-check.js';
import { capturedEndpoints } from './export.js';
import { EndpointInventory, endpointSummary } from './inventory.js';
import { openapiDocument } from './openapi.js';

let seq = 0;
function http(method: string, url: string, status: number | null, o: { service?: string; reqBody?: unknown; resBody?: unknown; ms?: number; ts?: number } = {}): StoredEntry {
  const [path, qs] = url.split('?');
  const queryString = Object.fromEntries(new URLSearchParams(qs ?? ''));
  const body = (v: unknown) => (v === undefined ? null : { encoding: 'utf8', text: JSON.stringify(v), size: 1, captured: 1, truncated: false });
  return {
    id: `n/${seq++}`,
    timestamp: o.ts ?? 1_700_000_000_000 + seq,
    elapsedTime: o.ms ?? 5,
    protocol: { name: 'http', version: '1.1', abbr: 'HTTP' },
    src: { ip: '10.0.0.1', port: 40000, name: 'frontend' },
    dst: { ip: '10.0.0.2', port: 8080, name: o.service ?? 'users-api' },
    request: { method, path, url, queryString, headers: { host: 'users-api:8080', 'content-type': 'application/json', authorization: '[REDACTED]' }, body: body(o.reqBody) },
    response: status === null ? null : { status, statusText: status === 200 ? 'OK' : 'Not Found', headers: { 'content-type': 'application/json' }, body: body(o.resBody) },
    requestSize: 100,
    responseSize: 200,
  };
}

describe('endpoint inventory', () => {
  test('entries become endpoints with templates, counts, statuses, latency and examples', () => {
    const inv = new EndpointInventory();
    inv.observe([
      http('GET', '/users/1', 200, { resBody: { id: 1, name: 'a' }, ms: 4 }),
      http('GET', '/users/2?expand=orders', 200, { resBody: { id: 2, name: 'b', tags: ['x'] }, ms: 8 }),
      http('GET', '/users/3', 404, { ms: 2 }),
      http('POST', '/users', 201, { reqBody: { name: 'c' }, resBody: { id: 3 } }),
      http('GET', '/healthz', 200),
      { id: 'r/1', timestamp: 1, protocol: { name: 'redis' }, request: { method: 'GET', path: 'k' }, response: { status: 0 } },
    ]);
    const list = inv.list();
    assert.deepEqual(list.map((e) => `${e.service} ${e.method} ${e.template} ${e.count} ${JSON.stringify(e.statuses)}`), [
      'users-api POST /users 1 {"201":1}',
      'users-api GET /users/{id} 3 {"200":2,"404":1}',
    ]);
    assert.equal(inv.list({ includeHealthChecks: true }).length, 3);
    const get = endpointSummary(list[1]);
    assert.deepEqual(get.queryParams, ['expand']);
    assert.equal(get.latency.maxMs, 8);
    assert.equal(get.latency.p50Ms !== null && get.latency.p50Ms >= 4 && get.latency.p50Ms <= 5, true);
    assert.equal(get.example.path, '/users/3');
    assert.equal(get.example.fullUrl, 'http://users-api:8080/users/3');
    assert.deepEqual(inv.counters, { entriesSeen: 6, entriesUsed: 5, healthChecks: 1, droppedEndpoints: 0 });
  });

  test('revision moves only when the shape changes', () => {
    const inv = new EndpointInventory();
    inv.observe([http('GET', '/a/1', 200, { resBody: { x: 1 } })]);
    const ep = () => inv.list()[0];
    assert.equal(ep().revision, 1);
    inv.observe([http('GET', '/a/2', 200, { resBody: { x: 5 } })]);
    assert.equal(ep().revision, 1, 'same shape');
    inv.observe([http('GET', '/a/3', 500)]);
    assert.equal(ep().revision, 2, 'new status');
    inv.observe([http('GET', '/a/4', 200, { resBody: { x: 1, y: 'new' } })]);
    assert.equal(ep().revision, 3, 'schema grew');
  });

  test('a fold merges the endpoints learnt before it', () => {
    const inv = new EndpointInventory({ maxSiblings: 3 });
    inv.observe(['alice', 'bob', 'carol'].map((n) => http('GET', `/users/${n}`, 200)));
    assert.equal(inv.list().length, 3);
    inv.observe([http('GET', '/users/dave', 200)]);
    assert.deepEqual(inv.list().map((e) => [e.template, e.count]), [['/users/{param}', 4]]);
  });

  test('saved to SQLite and loaded back; clear empties both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inv-'));
    try {
      const db = new Database(join(dir, 'x.db'));
      const inv = new EndpointInventory();
      inv.observe([http('GET', '/users/1', 200), http('DELETE', '/users/1', 204)]);
      assert.equal(inv.save(db), 2);
      assert.equal(inv.save(db), 0, 'nothing dirty');
      const again = new EndpointInventory();
      again.load(db);
      assert.deepEqual(again.list().map((e) => `${e.method} ${e.template}`), ['DELETE /users/{id}', 'GET /users/{id}']);
      again.clear();
      again.save(db);
      assert.equal((db.prepare('SELECT count(*) AS n FROM endpoints').get() as { n: number }).n, 0);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('captured-endpoints.json records have the fields users parse', () => {
    const inv = new EndpointInventory();
    inv.observe([http('GET', '/users/7?x=1', 200), http('POST', '/orders', null, { service: 'orders' })]);
    const records = capturedEndpoints(inv.list());
    assert.deepEqual(
      records.map((r) => Object.keys(r).sort().join(',')),
      [
        'endpoint,full_url,headers,id,method,service,timestamp,type',
        'endpoint,full_url,headers,id,method,service,timestamp,type',
        'endpoint,full_url,headers,id,method,service,status_code,status_text,timestamp,type',
      ],
    );
    const resp = records.find((r) => r.type === 'response')!;
    assert.equal(resp.status_code, 200);
    assert.equal(resp.endpoint, '/users/{id}');
    assert.equal(resp.full_url, 'http://users-api:8080/users/7?x=1');
    assert.match(resp.timestamp, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(records.find((r) => r.type === 'request' && r.service === 'users-api')!.headers.authorization, '[REDACTED]');
  });

  test('OpenAPI 3.1 per service passes a real validator', async () => {
    const inv = new EndpointInventory();
    inv.observe([
      http('GET', '/users/1/orders/2?limit=10', 200, { resBody: [{ id: 2, total: 9.5, at: '2024-01-01T00:00:00Z' }] }),
      http('POST', '/users', 201, { reqBody: { name: 'a', age: 3 }, resBody: { id: 9 } }),
      http('POST', '/users', 201, { reqBody: { name: 'b' }, resBody: { id: 10 } }),
      http('GET', '/users/3f2504e0-4f89-11d3-9a0c-0305e82c3301', 404),
    ]);
    const doc = openapiDocument('users-api', inv.list({ service: 'users-api' }));
    const result = await new Validator().validate(doc as Parameters<Validator["validate"]>[0]);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    const paths = doc.paths as Record<string, any>;
    assert.deepEqual(Object.keys(paths).sort(), ['/users', '/users/{id}/orders/{id2}', '/users/{uuid}']);
    const post = paths['/users'].post;
    assert.deepEqual(post.requestBody.content['application/json'].schema, { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } }, required: ['name'] });
    assert.deepEqual(paths['/users/{id}/orders/{id2}'].get.parameters.map((p: any) => `${p.in}:${p.name}`), ['path:id', 'path:id2', 'query:limit']);
    assert.equal(paths['/users/{id}/orders/{id2}'].get.responses['200'].content['application/json'].schema.items.properties.at.format, 'date-time');
  });
});
