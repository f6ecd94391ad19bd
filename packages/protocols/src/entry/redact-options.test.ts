import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_REDACTED_QUERY_KEYS, redactEntry } from './redact.js';
import { redactionFromArgs, redactOptionsFromArgs } from './redact-options.js';
import type { Entry } from './types.js';

test('--redact-* names are added to the defaults (comma lists and repeats), never in place of them', () => {
  const o = redactOptionsFromArgs({ headers: ['X-Team-Secret, x-other', 'x-third'], queryKeys: ['sig'], jsonFields: ['pin'] });
  assert.deepEqual(o.headers, ['X-Team-Secret', 'x-other', 'x-third']);
  assert.deepEqual(o.queryKeys, [...DEFAULT_REDACTED_QUERY_KEYS, 'sig']);
  assert.ok(o.jsonFields!.includes('password') && o.jsonFields!.includes('pin'));
  const entry = {
    request: {
      method: 'POST', path: '/p', url: '/p?sig=abc&token=t&page=2', queryString: { sig: 'abc', token: 't', page: '2' }, httpVersion: 'HTTP/1.1',
      headers: { 'x-team-secret': 's', authorization: 'Bearer a', accept: '*/*' },
      body: { encoding: 'utf8', size: 30, captured: 30, truncated: false, text: '{"pin":"1234","password":"p","name":"n"}' },
    },
    response: null,
  } as unknown as Pick<Entry, 'request' | 'response'>;
  const out = redactEntry(entry, o).request as unknown as { headers: Record<string, string>; queryString: Record<string, string>; body: { text: string } };
  assert.deepEqual(out.headers, { 'x-team-secret': '[redacted]', authorization: '[redacted]', accept: '*/*' });
  assert.deepEqual(out.queryString, { sig: '[redacted]', token: '[redacted]', page: '2' });
  assert.deepEqual(JSON.parse(out.body.text), { pin: '[redacted]', password: '[redacted]', name: 'n' });
  assert.deepEqual(redactOptionsFromArgs({}).headers, []);
});

test('a malformed name is refused with the flag that gave it', () => {
  assert.throws(() => redactOptionsFromArgs({ headers: ['x-ok,bad name'] }), /^Error: --redact-header: "bad name" is not a header name/);
  assert.throws(() => redactOptionsFromArgs({ headers: ['a,,b'] }), /--redact-header: "" is not a header name/);
  assert.throws(() => redactOptionsFromArgs({ queryKeys: ['a=b'] }), /--redact-query-key: "a=b" is not a query key/);
  assert.throws(() => redactOptionsFromArgs({ jsonFields: ['two words'] }), /--redact-json-field: "two words" is not a JSON field name/);
});

test('--no-redact is false, and contradicts any --redact-*', () => {
  assert.equal(redactionFromArgs({ noRedact: true }), false);
  assert.deepEqual(redactionFromArgs({ headers: ['x-a'] }), redactOptionsFromArgs({ headers: ['x-a'] }));
  assert.throws(() => redactionFromArgs({ noRedact: true, jsonFields: ['pin'] }), /--no-redact and --redact-\* contradict each other/);
});
