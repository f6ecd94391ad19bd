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
