import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_REDACTED_HEADERS, REDACTED, redactEntry } from './redact.js';
import type { Entry } from './types.js';

function entry(): Entry {
  return {
    schema: 1,
    id: 'n/1',
    node: 'n',
    timestamp: 0,
    elapsedTime: 1,
    protocol: { name: 'http', version: '1.1', abbr: 'HTTP' },
    transport: 'tcp',
    src: { ip: '1.1.1.1', port: 1 },
    dst: { ip: '2.2.2.2', port: 80 },
    request: {
      method: 'GET',
      path: '/p',
      url: '/p?page=2&API_KEY=s3cr3t&token=abc&token=def#frag',
      queryString: { page: '2', API_KEY: 's3cr3t', token: ['abc', 'def'] },
      headers: { authorization: 'Bearer xyz', cookie: ['a=1', 'b=2'], 'x-custom-secret': 'k', accept: '*/*' },
      trailers: { 'x-api-key': 'zz' },
    },
    response: { status: 200, headers: { 'set-cookie': 's=1', 'content-type': 'text/plain' } },
    requestSize: 1,
    responseSize: 1,
  };
}

test('redactEntry: default headers, query keys (also in url), input untouched', () => {
  const input = entry();
  const before = JSON.stringify(input);
  const out = redactEntry(input);
  assert.equal(JSON.stringify(input), before);
  const rq = out.request as Record<string, any>;
  assert.deepEqual(rq.headers, { authorization: REDACTED, cookie: [REDACTED, REDACTED], 'x-custom-secret': 'k', accept: '*/*' });
  assert.deepEqual(rq.trailers, { 'x-api-key': REDACTED });
  assert.deepEqual(rq.queryString, { page: '2', API_KEY: REDACTED, token: [REDACTED, REDACTED] });
  assert.equal(rq.url, `/p?page=2&API_KEY=${REDACTED}&token=${REDACTED}&token=${REDACTED}#frag`);
  assert.deepEqual((out.response as Record<string, any>).headers, { 'set-cookie': REDACTED, 'content-type': 'text/plain' });
  assert.equal(out.id, 'n/1');
  assert.ok(DEFAULT_REDACTED_HEADERS.includes('proxy-authorization'));
});

test('redactEntry: extra header names (any case) and a custom query list', () => {
  const out = redactEntry(entry(), { headers: ['X-Custom-Secret'], queryKeys: ['page'] });
  const rq = out.request as Record<string, any>;
  assert.equal(rq.headers['x-custom-secret'], REDACTED);
  assert.equal(rq.headers.authorization, REDACTED);
  assert.deepEqual(rq.queryString, { page: REDACTED, API_KEY: 's3cr3t', token: ['abc', 'def'] });
  assert.equal(rq.url, `/p?page=${REDACTED}&API_KEY=s3cr3t&token=abc&token=def#frag`);
});

test('redactEntry: nothing to redact returns the same object; null sides are fine', () => {
  const e = { ...entry(), request: { method: 'GET', headers: { accept: '*/*' } }, response: null };
  assert.equal(redactEntry(e), e);
});

test('secret fields of JSON bodies and GraphQL variables are redacted; other bodies are left alone', () => {
  const body = (v: unknown) => ({ encoding: 'utf8', text: typeof v === 'string' ? v : JSON.stringify(v), size: 1, captured: 1, truncated: false });
  const e = entry();
  e.request = {
    ...e.request!,
    body: body({ user: 'ann', password: 'hunter2', profile: { Client_Secret: 'cs', tags: ['password'] }, list: [{ apiKey: 'k1' }], token: null }),
    headers: { 'content-type': 'application/json' },
    variables: { input: { email: 'a@b', passWord: 'pw' }, refresh_token: 'rt' },
  };
  e.response = { ...e.response!, body: body({ access_token: 'eyJ…', expires_in: 3600, token_type: 'bearer' }) };
  const r = redactEntry(e);
  const req = r.request as any;
  assert.deepEqual(JSON.parse(req.body.text), { user: 'ann', password: REDACTED, profile: { Client_Secret: REDACTED, tags: ['password'] }, list: [{ apiKey: REDACTED }], token: null });
  assert.deepEqual(req.variables, { input: { email: 'a@b', passWord: REDACTED }, refresh_token: REDACTED });
  assert.deepEqual(JSON.parse((r.response as any).body.text), { access_token: REDACTED, expires_in: 3600, token_type: 'bearer' });
  // The input entry is untouched.
  assert.equal(JSON.parse((e.request as any).body.text).password, 'hunter2');
  // Not JSON, or no secret-looking key: the very same object comes back.
  const only = redactEntry({ ...entry(), request: { method: 'POST', path: '/', body: body({ api_key: 'k' }) }, response: null }).request as any;
  assert.deepEqual(JSON.parse(only.body.text), { api_key: REDACTED });
  for (const text of ['password=hunter2&x=1', '{"user":"ann"}', '{"password": "x"']) {
    const plain = { ...entry(), request: { method: 'POST', path: '/', body: body(text) }, response: null };
    assert.equal(redactEntry(plain).request, plain.request, text);
  }
  // Configurable: an explicit list replaces the default one.
  const custom = redactEntry(e, { jsonFields: ['user'] }).request as any;
  assert.equal(JSON.parse(custom.body.text).user, REDACTED);
  assert.equal(JSON.parse(custom.body.text).password, 'hunter2');
});
