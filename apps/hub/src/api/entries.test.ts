import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { compile } from '@trawl/kfl';
import type { Entry } from '@trawl/protocols';
import { testApi, type TestApi } from '../test-support/api.js';
import { makeEntries, T0 } from '../test-support/entries.js';

let api: TestApi;
let all: Entry[];

before(() => {
  api = testApi();
  // 1,000 entries 10 ms apart, then 300 that share 3 timestamps (ties the cursor must handle),
  // inserted in several batches.
  all = makeEntries(0, 1_000);
  const tied = makeEntries(1_000, 300).map((e, k) => ({ ...e, timestamp: T0 + 5_000 + (k % 3) }));
  all.push(...tied);
  for (let i = 0; i < all.length; i += 97) api.store.insert(all.slice(i, i + 97));
});
after(() => api.close());

const enc = encodeURIComponent;

/** Walks every page of a query; returns the ids in order. */
async function walk(q: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const r = await api.get(`/api/entries?q=${enc(q)}&limit=${limit}${next ? `&before=${next}` : ''}`);
    assert.equal(r.status, 200, r.text);
    ids.push(...r.body.entries.map((e: Entry) => e.id));
    next = r.body.next;
    if (!next) return ids;
  }
  throw new Error('paging did not end');
}

/** Newest first: by timestamp, then by insertion order. */
function expectedOrder(entries: Entry[]): string[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.timestamp - a.e.timestamp || b.i - a.i)
    .map((x) => x.e.id);
}

describe('GET /api/entries', () => {
  test('first page: newest first, 100 by default, a cursor to the next', async () => {
    const r = await api.get('/api/entries');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(r.body.entries.length, 100);
    assert.deepEqual(
      r.body.entries.map((e: Entry) => e.id),
      expectedOrder(all).slice(0, 100),
    );
    assert.match(r.body.next, /^\d+_\d+$/);
    // Entries come back exactly as stored.
    const one = r.body.entries[0] as Entry;
    assert.deepEqual(one, all.find((e) => e.id === one.id));
  });

  test('paging walks every entry exactly once, ties in timestamp included', async () => {
    for (const limit of [1, 7, 100, 1000]) {
      const ids = await walk('', limit);
      assert.equal(ids.length, all.length, `limit ${limit}`);
      assert.equal(new Set(ids).size, all.length);
      assert.deepEqual(ids, expectedOrder(all));
    }
  });

  const QUERIES = [
    'http',
    'response.status >= 500',
    'http and response.status >= 500',
    'src.name == "frontend" and request.method == "POST"',
    'request.path startsWith "/api/orders/"',
    'dst.kind == "external"',
    'request.headers["User-Agent"] contains "curl"',
    'request.path matches "^/api/(cart|users)/1"',
    'not http and response.latency > 1000',
    'redis or kafka',
    'timestamp >= 1764900005000',
    'src.namespace == "staging" and elapsedTime > 2000',
  ];

  test('KFL filters: pages, counts and the predicate agree on the same entries', async () => {
    for (const q of QUERIES) {
      const p = compile(q).predicate;
      const want = expectedOrder(all.filter((e) => p(e)));
      assert.ok(want.length > 0 && want.length < all.length, `${q} should match some: ${want.length}`);
      assert.deepEqual(await walk(q, 50), want, q);
      const c = await api.get(`/api/entries/count?q=${enc(q)}`);
      assert.equal(c.status, 200);
      assert.deepEqual(c.body, { count: want.length }, q);
    }
  });

  test('after: only newer entries; before a time: only older', async () => {
    const bound = T0 + 9_000;
    const newer = await api.get(`/api/entries?after=${bound}&limit=1000`);
    const want = expectedOrder(all.filter((e) => e.timestamp > bound));
    assert.deepEqual(newer.body.entries.map((e: Entry) => e.id), want);
    const older = await api.get(`/api/entries?before=${new Date(T0 + 100).toISOString()}&limit=1000`);
    assert.deepEqual(older.body.entries.map((e: Entry) => e.id), expectedOrder(all.filter((e) => e.timestamp < T0 + 100)));
    // A cursor as `after`: what came after the newest entry seen so far (ties included).
    const first = await api.get('/api/entries?limit=1');
    assert.equal((await api.get(`/api/entries?after=${first.body.next}`)).body.entries.length, 0);
  });

  test('limit(n) in the query caps the page and ends paging', async () => {
    const r = await api.get(`/api/entries?q=${enc('limit(5) and http')}&limit=100`);
    assert.equal(r.body.entries.length, 5);
    assert.equal(r.body.next, null);
    assert.deepEqual((await api.get(`/api/entries/count?q=${enc('http and limit(5)')}`)).body, { count: 5 });
  });

  test('count of everything', async () => {
    assert.deepEqual((await api.get('/api/entries/count')).body, { count: all.length });
  });
});

describe('GET /api/entries/:id', () => {
  test('an entry by id (its slash encoded or not), or a 404 in JSON', async () => {
    const e = all[123] as Entry;
    for (const path of [`/api/entries/${enc(e.id)}`, `/api/entries/${e.id}`]) {
      const r = await api.get(path);
      assert.equal(r.status, 200, path);
      assert.deepEqual(r.body, e);
    }
    const missing = await api.get('/api/entries/node-a%2Fnope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'not_found');
    assert.match(missing.body.message, /node-a\/nope/);
  });
});
