import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Entry } from '@trawl/protocols';
import { isError } from '../query/servicemap.js';
import { testApi, type TestApi } from '../test-support/api.js';
import { makeEntries, T0 } from '../test-support/entries.js';

let api: TestApi;
let all: Entry[];
before(() => {
  api = testApi();
  all = makeEntries(0, 2_000);
  api.store.insert(all);
});
after(() => api.close());

const enc = encodeURIComponent;

describe('GET /api/kfl/validate', () => {
  test('a valid query comes back normalised', async () => {
    const r = await api.get(`/api/kfl/validate?q=${enc('http   and response.status>=500')}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { valid: true, normalized: 'http and response.status >= 500' });
  });

  test('an invalid query is a 400 with the position', async () => {
    const r = await api.get(`/api/kfl/validate?q=${enc('http and')}`);
    assert.equal(r.status, 400);
    assert.equal(r.body.error, 'invalid_query');
    assert.match(r.body.message, /after "and"/);
    assert.deepEqual(r.body.position, { line: 1, column: 9, offset: 8, length: 0 });
  });
});

describe('GET /api/kfl/complete', () => {
  test('values of common fields come from the store', async () => {
    const q = 'src.name == "fr';
    const r = await api.get(`/api/kfl/complete?q=${enc(q)}&cursor=${q.length}`);
    assert.equal(r.status, 200);
    assert.ok(r.body.completions.some((c: { insert: string }) => c.insert === '"frontend"'), JSON.stringify(r.body));
    const m = await api.get(`/api/kfl/complete?q=${enc('request.method == ')}`);
    const inserts = m.body.completions.map((c: { insert: string }) => c.insert);
    assert.ok(inserts.includes('"GET"') && inserts.includes('"POST"'), inserts.join(' '));
    const s = await api.get(`/api/kfl/complete?q=${enc('response.status == ')}`);
    assert.ok(s.body.completions.some((c: { insert: string }) => c.insert === '503'), JSON.stringify(s.body.completions));
    const f = await api.get(`/api/kfl/complete?q=${enc('request.me')}`);
    assert.ok(f.body.completions.some((c: { insert: string }) => c.insert === 'request.method'));
  });
});

describe('GET /api/servicemap', () => {
  test('nodes and edges with counts, errors and latency percentiles', async () => {
    const r = await api.get('/api/servicemap');
    assert.equal(r.status, 200);
    const { nodes, edges, entries } = r.body;
    assert.equal(entries, all.length);
    assert.equal(edges.reduce((n: number, e: { count: number }) => n + e.count, 0), all.length);
    // Unnamed ends are their ip; named ones namespace/name.
    assert.ok(nodes.some((n: { id: string; kind: string }) => n.id === '93.184.216.0' && n.kind === 'external'));
    assert.ok(nodes.some((n: { id: string; kind: string }) => n.id === 'production/frontend' && ['pod', 'service'].includes(n.kind)));
    const key = (e: Entry) => `${e.src.namespace}/${e.src.name}>${e.dst.name ? `${e.dst.namespace}/${e.dst.name}` : e.dst.ip}>${e.protocol.name}`;
    const edge = edges[0];
    const mine = all.filter((e) => key(e) === `${edge.source}>${edge.target}>${edge.protocol}`);
    assert.equal(edge.count, mine.length);
    assert.equal(edge.errors, mine.filter((e) => isError(e.protocol.name, (e.response as { status: number }).status)).length);
    const lat = mine.map((e) => e.elapsedTime as number).sort((a, b) => a - b);
    assert.equal(edge.p50, lat[Math.ceil(lat.length / 2) - 1]);
    assert.equal(edge.p95, lat[Math.ceil(lat.length * 0.95) - 1]);
  });

  test('a query and a time range narrow it', async () => {
    const r = await api.get(`/api/servicemap?q=${enc('dst.name == "orders"')}&from=${T0}&to=${T0 + 5_000}`);
    assert.equal(r.status, 200);
    const want = all.filter((e) => e.dst.name === 'orders' && e.timestamp < T0 + 5_000).length;
    assert.equal(r.body.entries, want);
    assert.ok(r.body.edges.every((e: { target: string }) => e.target === 'production/orders'));
  });

  test('errors: HTTP-like ≥ 500, other protocols non-zero', () => {
    assert.equal(isError('http', 503), true);
    assert.equal(isError('http2', 404), false);
    assert.equal(isError('grpc', 14), true);
    assert.equal(isError('redis', 0), false);
    assert.equal(isError('dns', null), false);
  });
});

describe('GET /api/stats and /health', () => {
  test('stats: stored entries, bytes, oldest/newest, ingest, workers, NATS, retention', async () => {
    const r = await api.get('/api/stats');
    assert.equal(r.status, 200);
    assert.equal(r.body.entries.stored, all.length);
    assert.equal(r.body.entries.oldest, T0);
    assert.equal(r.body.entries.newest, T0 + (all.length - 1) * 10);
    assert.ok(r.body.entries.bytes > 0);
    for (const k of ['ingest', 'workers', 'nats', 'retention', 'stream']) assert.ok(k in r.body, k);
  });

  test('health: 200 (degraded without NATS) and 503 once the store cannot be written', async () => {
    const local = testApi();
    const ok = await local.get('/health');
    assert.equal(ok.status, 200);
    assert.equal(ok.body.status, 'degraded');
    assert.equal(ok.body.store.ok, true);
    assert.equal(ok.body.nats.ok, false);
    local.store.close();
    const down = await local.get('/health');
    assert.equal(down.status, 503);
    assert.equal(down.body.status, 'down');
    assert.equal(down.body.store.ok, false);
    local.close();
  });
});
