import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Entry } from '@trawl/protocols';
import { isError } from '../query/servicemap.js';
import { autoStep } from '../query/stats.js';
import { testApi, type TestApi } from '../test-support/api.js';
import { makeEntries, T0 } from '../test-support/entries.js';

let api: TestApi;
let all: Entry[];
before(() => {
  api = testApi();
  all = makeEntries(0, 2_000); // T0 … T0 + 19,990 ms, 10 ms apart
  api.store.insert(all);
});
after(() => api.close());

const enc = encodeURIComponent;
const status = (e: Entry) => (e.response as { status: number }).status;
const err = (e: Entry) => isError(e.protocol.name, status(e));
const nearest = (v: number[], p: number) => {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.ceil((p / 100) * s.length) - 1];
};

describe('GET /api/stats/timeseries', () => {
  test('buckets hold the counts, errors and latency percentiles of the entries in them', async () => {
    const r = await api.get(`/api/stats/timeseries?from=${T0}&to=${T0 + 20_000}&step=5000`);
    assert.equal(r.status, 200);
    assert.equal(r.body.step, 5000);
    assert.deepEqual(r.body.buckets.map((b: { t: number }) => b.t), [T0, T0 + 5000, T0 + 10_000, T0 + 15_000]);
    for (const b of r.body.buckets) {
      const mine = all.filter((e) => e.timestamp >= b.t && e.timestamp < b.t + 5000);
      assert.equal(b.count, 500);
      assert.equal(b.count, mine.length);
      assert.equal(b.errors, mine.filter(err).length);
      const lat = mine.map((e) => e.elapsedTime as number);
      assert.equal(b.p50, nearest(lat, 50));
      assert.equal(b.p95, nearest(lat, 95));
      assert.equal(b.p99, nearest(lat, 99));
    }
    assert.equal(r.body.totals.count, all.length);
    assert.equal(r.body.totals.errors, all.filter(err).length);
    assert.ok(r.body.totals.errors > 0);
    assert.equal(r.body.totals.p99, nearest(all.map((e) => e.elapsedTime as number), 99));
    const http = r.body.protocols.find((p: { protocol: string }) => p.protocol === 'http');
    assert.equal(http.count, all.filter((e) => e.protocol.name === 'http').length);
    assert.equal(r.body.protocols.reduce((n: number, p: { count: number }) => n + p.count, 0), all.length);
    assert.equal(r.body.truncated, false);
  });

  test('the query narrows it (post-filtered fields too); empty buckets are there with nulls', async () => {
    const q = 'http and request.headers["user-agent"] == "curl/8.5"';
    const r = await api.get(`/api/stats/timeseries?q=${enc(q)}&from=${T0 - 10_000}&to=${T0 + 20_000}&step=10000`);
    assert.equal(r.status, 200);
    const want = all.filter((e) => e.protocol.name === 'http' && (e.request as { headers?: Record<string, string> }).headers?.['user-agent'] === 'curl/8.5');
    assert.ok(want.length > 0);
    assert.equal(r.body.totals.count, want.length);
    assert.deepEqual(r.body.buckets[0], { t: T0 - 10_000, count: 0, errors: 0, p50: null, p95: null, p99: null });
  });

  test('without from/to the series spans the matching entries with an automatic step', async () => {
    const r = await api.get(`/api/stats/timeseries?to=${T0 + 20_000}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.step, autoStep(20_000));
    assert.equal(r.body.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0), all.length);
    assert.ok(r.body.buckets.length <= 120);
  });

  test('bad parameters and queries are 400s', async () => {
    const bad = await api.get(`/api/stats/timeseries?q=${enc('http and')}`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'invalid_query');
    assert.deepEqual(bad.body.position, { line: 1, column: 9, offset: 8, length: 0 });
    for (const [qs, param] of [
      ['step=10', 'step'],
      [`from=${T0}&to=${T0 + 86_400_000}&step=1000`, 'step'],
      [`from=${T0}&to=${T0 - 1}`, 'to'],
      ['from=yesterday', 'from'],
      ['bucket=1', 'bucket'],
    ]) {
      const r = await api.get(`/api/stats/timeseries?${qs}`);
      assert.equal(r.status, 400, qs);
      assert.equal(r.body.error, 'bad_parameter');
      assert.equal(r.body.param, param, qs);
    }
  });
});

describe('GET /api/stats/top', () => {
  const dstOf = (e: Entry) => (e.dst.name ? `${e.dst.namespace}/${e.dst.name}` : e.dst.ip);
  const keyOf = (e: Entry) => `${dstOf(e)}|${e.protocol.name}|${(e.request as { method?: string }).method ?? ''}|${(e.request as { path?: string }).path ?? ''}`;

  test('by volume: the busiest endpoints with their counts', async () => {
    const r = await api.get(`/api/stats/top?by=volume&limit=5&q=${enc('protocol.name == "http"')}`);
    assert.equal(r.status, 200);
    const http = all.filter((e) => e.protocol.name === 'http');
    const groups = new Map<string, Entry[]>();
    for (const e of http) groups.set(keyOf(e), [...(groups.get(keyOf(e)) ?? []), e]);
    assert.equal(r.body.total, groups.size);
    assert.equal(r.body.entries, http.length);
    assert.equal(r.body.endpoints.length, 5);
    const top = r.body.endpoints[0];
    const mine = groups.get(`${top.dst}|${top.protocol}|${top.method}|${top.path}`)!;
    assert.equal(top.count, mine.length);
    assert.equal(top.count, Math.max(...[...groups.values()].map((g) => g.length)));
    assert.equal(top.errors, mine.filter(err).length);
    assert.equal(top.p95, nearest(mine.map((e) => e.elapsedTime as number), 95));
  });

  test('by errors: only endpoints with errors, most first; by latency: slowest p95 first', async () => {
    const e = await api.get('/api/stats/top?by=errors&limit=100');
    assert.equal(e.status, 200);
    assert.ok(e.body.endpoints.length > 0);
    assert.ok(e.body.endpoints.every((x: { errors: number }) => x.errors > 0));
    const errs = e.body.endpoints.map((x: { errors: number }) => x.errors);
    assert.deepEqual(errs, [...errs].sort((a, b) => b - a));
    assert.equal(e.body.endpoints.reduce((n: number, x: { errors: number }) => n + x.errors, 0) <= all.filter(err).length, true);
    const l = await api.get('/api/stats/top?by=latency&limit=10');
    const p95 = l.body.endpoints.map((x: { p95: number }) => x.p95);
    assert.deepEqual(p95, [...p95].sort((a, b) => b - a));
  });

  test('bad parameters are 400s', async () => {
    for (const [qs, param] of [
      ['by=size', 'by'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
    ]) {
      const r = await api.get(`/api/stats/top?${qs}`);
      assert.equal(r.status, 400, qs);
      assert.equal(r.body.param, param);
    }
    const bad = await api.get(`/api/stats/top?q=${enc('response.status >=')}`);
    assert.equal(bad.body.error, 'invalid_query');
    assert.ok(bad.body.position);
  });
});
