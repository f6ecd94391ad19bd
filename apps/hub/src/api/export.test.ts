import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { compile } from '@trawl/kfl';
import { HAR_PROTOCOLS, type Entry } from '@trawl/protocols';
import { testApi, type TestApi } from '../test-support/api.js';
import { listen } from './server.js';
import { makeEntries, T0 } from '../test-support/entries.js';

let api: TestApi;
let all: Entry[];

before(() => {
  // Small partitions: an export crosses three of them, in pages of 1,000 that do not line up with them.
  api = testApi({}, { partitionRows: 1_000 });
  all = makeEntries(0, 2_500);
  for (let i = 0; i < all.length; i += 250) api.store.insert(all.slice(i, i + 250));
});
after(() => api.close());

const enc = encodeURIComponent;
const newestFirst = (entries: Entry[]) => [...entries].sort((a, b) => b.timestamp - a.timestamp).map((e) => e.id);
const ndjson = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry);

describe('GET /api/entries/export', () => {
  test('NDJSON: every matching entry once, newest first, exactly as stored, as a download', async () => {
    const r = await api.get('/api/entries/export');
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type') ?? '', /^application\/x-ndjson/);
    assert.match(r.headers.get('content-disposition') ?? '', /^attachment; filename="trawl-[\dT-]+Z\.ndjson"$/);
    assert.equal(r.headers.get('x-trawl-export-limit'), '100000');
    const got = ndjson(r.text);
    assert.deepEqual(got.map((e) => e.id), newestFirst(all));
    assert.deepEqual(got.find((e) => e.id === 'node-a/7'), all[7]);
    assert.equal(api.store.stats().partitions, 3);
  });

  test('a KFL query and a time range [from, to) choose the entries; limit caps them', async () => {
    const q = 'http and response.status >= 500';
    const predicate = compile(q).predicate as (e: Entry) => boolean;
    const from = T0 + 3_000;
    const to = T0 + 20_000;
    const r = await api.get(`/api/entries/export?q=${enc(q)}&from=${from}&to=${new Date(to).toISOString()}`);
    assert.equal(r.status, 200, r.text);
    const expected = all.filter((e) => predicate(e) && e.timestamp >= from && e.timestamp < to);
    assert.ok(expected.length > 20);
    assert.deepEqual(ndjson(r.text).map((e) => e.id), newestFirst(expected));
    const capped = await api.get(`/api/entries/export?q=${enc(q)}&limit=7`);
    assert.deepEqual(ndjson(capped.text).map((e) => e.id), newestFirst(all.filter(predicate)).slice(0, 7));
    assert.equal(capped.headers.get('x-trawl-export-limit'), '7');
  });

  test('HAR: a valid HAR 1.2 document of the HTTP-shaped entries; the comment counts what HAR cannot hold', async () => {
    const r = await api.get('/api/entries/export?format=har&limit=1500');
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-disposition') ?? '', /\.har"$/);
    const doc = JSON.parse(r.text) as { log: { version: string; creator: { name: string }; entries: { startedDateTime: string; request: { url: string } }[]; comment: string } };
    assert.equal(doc.log.version, '1.2');
    assert.equal(doc.log.creator.name, 'trawl');
    const read = [...all].sort((a, b) => b.timestamp - a.timestamp).slice(0, 1500);
    const http = read.filter((e) => HAR_PROTOCOLS.has(e.protocol.name));
    assert.equal(doc.log.entries.length, http.length);
    assert.deepEqual(doc.log.entries.map((h) => h.startedDateTime), http.map((e) => new Date(e.timestamp).toISOString()));
    assert.equal(doc.log.comment, `${http.length} entries, newest first; ${read.length - http.length} matching entries of other protocols left out (HAR holds http, http2, grpc, graphql); stopped at the limit of 1500 entries read: narrow the query or the time range, or raise limit`);
    const whole = JSON.parse((await api.get(`/api/entries/export?format=har&q=${enc('http')}`)).text) as typeof doc;
    const isHttp = compile('http').predicate as (e: Entry) => boolean;
    assert.equal(whole.log.comment, `${all.filter(isHttp).length} entries, newest first`);
    const none = JSON.parse((await api.get(`/api/entries/export?format=har&q=${enc('redis and http')}`)).text) as typeof doc;
    assert.deepEqual(none.log.entries, []);
  });

  test('hostile parameters are 400s naming the parameter, before anything is streamed', async () => {
    const cases: [string, string, RegExp][] = [
      ['format=xml', 'format', /format must be ndjson or har/],
      ['limit=0', 'limit', /limit must be an integer 1\.\.1000000/],
      ['limit=1e9', 'limit', /limit must be an integer/],
      ['from=yesterday', 'from', /from must be a time/],
      [`from=${T0 + 10}&to=${T0}`, 'to', /to must not be before from/],
      ['q=http%20and', 'q', /./],
      ['format=har&format=ndjson', 'format', /given more than once/],
      ['before=1', 'before', /unknown parameter "before"/],
    ];
    for (const [query, param, message] of cases) {
      const r = await api.get(`/api/entries/export?${query}`);
      assert.equal(r.status, 400, query);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/);
      if (param === 'q') assert.equal(r.body.error, 'invalid_query', query);
      else {
        assert.equal(r.body.param, param, query);
        assert.match(r.body.message, message, query);
      }
    }
  });

  test('"export" is not taken for an entry id', async () => {
    assert.equal((await api.get('/api/entries/node-a%2F3')).body.id, 'node-a/3');
    assert.equal((await api.get('/api/entries/export')).status, 200);
  });

  test('over a real socket: a large export streams in pages, the API answers meanwhile, a client that leaves stops it, a store that closes cuts it', async () => {
    const big = testApi({}, { partitionRows: 10_000 });
    const many = makeEntries(0, 30_000, { prefix: 'big' });
    for (let i = 0; i < many.length; i += 1000) big.store.insert(many.slice(i, i + 1000));
    const server = await listen(big.app, '127.0.0.1', 0);
    try {
      // Read slowly: the first chunk, then the health check answers before the export is over.
      const res = await fetch(`${server.url}/api/entries/export`);
      const reader = res.body!.getReader();
      const first = await reader.read();
      assert.ok(first.value && first.value.length > 0);
      const t0 = performance.now();
      assert.equal((await fetch(`${server.url}/api/entries/count`)).status, 200);
      assert.ok(performance.now() - t0 < 1_000, 'the event loop is not held by the export');
      let bytes = first.value.length;
      let lines = new TextDecoder().decode(first.value).split('\n').length - 1;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        bytes += value.length;
        lines += new TextDecoder().decode(value).split('\n').length - 1;
      }
      assert.equal(lines, 30_000, `${bytes} bytes`);

      // A client that goes away after the first chunk: the hub stops reading and stays up.
      const ctl = new AbortController();
      const gone = await fetch(`${server.url}/api/entries/export?limit=1000000`, { signal: ctl.signal });
      await gone.body!.getReader().read();
      ctl.abort();
      await new Promise((r) => setTimeout(r, 200));
      const after = await fetch(`${server.url}/api/entries/export?limit=3`);
      assert.equal((await after.text()).trim().split('\n').length, 3);

      // The store goes away mid-export (the hub stopping): the download fails, it does not end as if complete.
      const cut = await fetch(`${server.url}/api/entries/export`);
      const cutReader = cut.body!.getReader();
      await cutReader.read();
      big.store.close();
      await assert.rejects(async () => {
        for (;;) if ((await cutReader.read()).done) break;
      }, 'the body errors');
    } finally {
      await server.close();
      rmSync(big.dir, { recursive: true, force: true });
    }
  });
});
