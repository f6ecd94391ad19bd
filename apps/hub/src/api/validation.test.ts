import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testApi, type TestApi } from '../test-support/api.js';
import { makeEntries } from '../test-support/entries.js';
import { isLoopback, tokensEqual } from './auth.js';

let api: TestApi;
before(() => {
  api = testApi();
  api.store.insert(makeEntries(0, 500));
});
after(() => api.close());

const enc = encodeURIComponent;

describe('bad parameters: 400 naming the parameter', () => {
  const TABLE: Array<[string, string, RegExp]> = [
    ['/api/entries?limit=0', 'limit', /limit must be an integer 1\.\.1000/],
    ['/api/entries?limit=1001', 'limit', /limit must be an integer 1\.\.1000/],
    ['/api/entries?limit=ten', 'limit', /limit must be an integer/],
    ['/api/entries?limit=1.5', 'limit', /limit must be an integer/],
    ['/api/entries?limit=99999999999999999999', 'limit', /limit must be an integer/],
    ['/api/entries?before=yesterday', 'before', /before must be a cursor/],
    ['/api/entries?before=12_ab', 'before', /before must be a cursor/],
    ['/api/entries?after=-5', 'after', /after must be a cursor/],
    ['/api/entries?limit=5&limit=6', 'limit', /more than once/],
    ['/api/entries?lmit=5', 'lmit', /unknown parameter "lmit" \(accepted: q, limit, before, after\)/],
    ['/api/entries/count?limit=5', 'limit', /unknown parameter/],
    ['/api/kfl/complete?q=http&cursor=99', 'cursor', /cursor must be an integer 0\.\.4/],
    ['/api/kfl/complete?q=http&cursor=-1', 'cursor', /cursor must be an integer/],
    ['/api/servicemap?from=soon', 'from', /from must be a time/],
    ['/api/servicemap?from=2000&to=1000', 'to', /to must not be before from/],
    ['/api/servicemap?to=2026-13-45T99:00:00Z', 'to', /to must be a time/],
    ['/api/stats?verbose=1', 'verbose', /this route takes none/],
    [`/api/entries?q=${'a'.repeat(70_000)}`, 'q', /q must be at most 65536 characters/],
  ];
  for (const [path, param, message] of TABLE) {
    test(`${path.slice(0, 70)} → 400 on ${param}`, async () => {
      const r = await api.get(path);
      assert.equal(r.status, 400, r.text.slice(0, 300));
      assert.equal(r.body.error, 'bad_parameter');
      assert.equal(r.body.param, param);
      assert.match(r.body.message, message);
    });
  }
});

describe('invalid KFL: 400 with the position, on every route that takes q', () => {
  const QUERIES: Array<[string, number]> = [
    ['http and', 8],
    ['response.status >= ', 19],
    ['foo == 1', 0],
    ['request.path matches r"(a+)+"', 21],
    ['(http', 5],
    ['"unterminated', 0],
  ];
  for (const route of ['/api/entries', '/api/entries/count', '/api/stream', '/api/kfl/validate', '/api/servicemap']) {
    test(route, async () => {
      for (const [q, offset] of QUERIES) {
        const r = await api.get(`${route}?q=${enc(q)}`);
        assert.equal(r.status, 400, `${q}: ${r.text.slice(0, 300)}`);
        assert.equal(r.body.error, 'invalid_query');
        assert.equal(typeof r.body.message, 'string');
        assert.equal(r.body.position.offset, offset, `${q}: ${r.text}`);
      }
    });
  }
});

describe('routes, methods, sizes', () => {
  test('unknown routes: 404 JSON', async () => {
    for (const p of ['/', '/api', '/api/nope', '/api/entries/count/x/../y', '/metricsx']) {
      const r = await api.get(p);
      assert.ok(r.status === 404, `${p}: ${r.status}`);
      assert.equal(r.body.error, 'not_found');
    }
  });

  test('other methods: 405 JSON; bodies over the limit: 413', async () => {
    const post = await api.app.request('/api/entries', { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
    assert.equal((await post.json()).error, 'method_not_allowed');
    const big = await api.app.request('/api/entries', { method: 'GET', headers: { 'content-length': String(10 << 20) } });
    assert.equal(big.status, 413);
  });

  test('an oversized query string: 400', async () => {
    const r = await api.get(`/api/entries?q=${'%20'.repeat(80_000)}`);
    assert.equal(r.status, 400);
    assert.equal(r.body.error, 'bad_parameter');
  });
});

describe('fuzzed query strings never give a 500 and always answer', () => {
  const ROUTES = ['/api/entries', '/api/entries/count', '/api/entries/x', '/api/kfl/validate', '/api/kfl/complete', '/api/servicemap', '/api/stats', '/health'];
  const NAMES = ['q', 'limit', 'before', 'after', 'cursor', 'from', 'to', 'token', 'x'];
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('http', 'response.status >= 500', '-1', '0', '1e9', '99999999999999999999', 'NaN', '1_1', '%', '%ZZ', '%00', '[', '"', 'r"(', '\\'),
    fc.integer().map(String),
    fc.string({ maxLength: 5 }).map((s) => s.repeat(2_000)),
  );
  const params = fc.array(fc.tuple(fc.constantFrom(...NAMES), value, fc.boolean()), { maxLength: 4 });

  test('random parameters on every route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), params, async (route, ps) => {
        // Some values raw (malformed percent-encoding included), most encoded.
        const qs = ps.map(([k, v, raw]) => `${k}=${raw ? v.replace(/[#&\s]/g, '') : enc(v)}`).join('&');
        const r = await api.app.request(`${route}${qs ? `?${qs}` : ''}`);
        const text = await r.text();
        assert.ok(r.status < 500, `${route}?${qs.slice(0, 200)} → ${r.status} ${text.slice(0, 300)}`);
        assert.doesNotThrow(() => JSON.parse(text));
        assert.doesNotMatch(text, /\n\s+at /, 'a stack trace leaked');
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('token', () => {
  test('with a token: 401 without it, 200 with Bearer or ?token=, /health open', async () => {
    const t = testApi({ token: 's3cret-token' });
    try {
      const no = await t.get('/api/stats');
      assert.equal(no.status, 401);
      assert.equal(no.body.error, 'unauthorized');
      assert.equal((await t.get('/api/stats', { authorization: 'Bearer wrong' })).status, 401);
      assert.equal((await t.get('/api/stats', { authorization: 'Bearer s3cret-token' })).status, 200);
      assert.equal((await t.get('/api/entries?token=s3cret-token')).status, 200);
      assert.equal((await t.get('/api/entries?token=s3cret-tokenX')).status, 401);
      // The export (a download link, so the token comes as ?token=) is behind it too.
      assert.equal((await t.get('/api/entries/export')).status, 401);
      assert.equal((await t.get('/api/entries/export?format=har&token=s3cret-token')).status, 200);
      assert.equal((await t.get('/health')).status, 200);
    } finally {
      t.close();
    }
  });

  test('with a token and the UI: its files load without it, no spelling of an API path gets past it', async () => {
    const ui = mkdtempSync(join(tmpdir(), 'hub-ui-'));
    const index = '<!doctype html><title>trawl</title>';
    writeFileSync(join(ui, 'index.html'), index);
    mkdirSync(join(ui, '_next'));
    writeFileSync(join(ui, '_next', 'app.js'), 'console.log(1)');
    const t = testApi({ token: 's3cret-token', staticDir: ui });
    try {
      // The page must load before it can add ?token= to its API calls.
      assert.equal((await t.get('/')).status, 200);
      assert.equal((await t.get('/_next/app.js')).status, 200);
      assert.equal((await t.get('/traffic')).status, 200, 'a client-side route gets index.html');
      assert.equal((await t.get('/api/stats')).status, 401);
      assert.equal((await t.get('/metrics')).status, 401);
      const send = await t.send('POST', '/', {});
      assert.notEqual(send.status, 200, 'only GET and HEAD are open');
      // Whatever these spellings reach, it is the UI's page or an error, never the API's data.
      for (const path of ['//api/stats', '/api//stats', '/%61pi/stats', '/API/stats', '/./api/stats', '/x/../api/stats', '/metrics/', '/api', '/api/']) {
        const r = await t.get(path);
        if (r.status === 200) assert.equal(r.text, index, `${path} answered 200 with something other than the page`);
      }
    } finally {
      t.close();
      rmSync(ui, { recursive: true, force: true });
    }
  });

  test('constant-time compare and loopback detection', () => {
    assert.equal(tokensEqual('a', 'a'), true);
    assert.equal(tokensEqual('a', 'ab'), false);
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) assert.equal(isLoopback(h), true, h);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', '192.168.1.1', 'example.com']) assert.equal(isLoopback(h), false, h);
  });
});
