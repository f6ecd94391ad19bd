import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findHeadEnd, parseRequestHead, parseResponseHead } from './parse.js';
import { parseQuery, splitTarget } from './query.js';

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
const MAX = 64 << 10;

test('parseRequestHead: table', () => {
  const cases: { name: string; raw: string; method?: string; target?: string; version?: string; headers?: object; consumed?: number; error?: string }[] = [
    { name: 'simple', raw: 'GET /a HTTP/1.1\r\nHost: x\r\n\r\nBODY', method: 'GET', target: '/a', version: '1.1', headers: { host: 'x' }, consumed: 28 },
    { name: 'bare LF', raw: 'GET /a HTTP/1.0\nHost: x\n\n', version: '1.0', headers: { host: 'x' }, consumed: 25 },
    {
      name: 'repeated headers keep order, names lower-cased',
      raw: 'GET / HTTP/1.1\r\nAccept: a\r\nX-A: 1\r\naccept: b\r\nACCEPT: c\r\n\r\n',
      headers: { accept: ['a', 'b', 'c'], 'x-a': '1' },
    },
    { name: 'obs-fold', raw: 'GET / HTTP/1.1\r\nX-Long: one\r\n  two\r\n\tthree\r\n\r\n', headers: { 'x-long': 'one two three' } },
    { name: 'value OWS trimmed, empty value', raw: 'GET / HTTP/1.1\r\nA:   v  \r\nB:\r\n\r\n', headers: { a: 'v', b: '' } },
    { name: '__proto__ header kept as data', raw: 'GET / HTTP/1.1\r\n__proto__: x\r\n\r\n', headers: JSON.parse('{"__proto__":"x"}') },
    { name: 'extension method', raw: 'CCM_POST /x HTTP/1.1\r\n\r\n', method: 'CCM_POST' },
    { name: 'HTTP/0.9', raw: 'GET /old\r\n', method: 'GET', target: '/old', version: '0.9', headers: {}, consumed: 10 },
    { name: 'garbage', raw: '\x16\x03\x01\x00', error: 'bad-request-line' },
    // Malformed but framed request lines (zeek methods.pcap, no-uri.pcap): kept, marked bad-request-line.
    { name: 'bad version kept', raw: 'GET / HTTP/1.\nHost: x\n\n', method: 'GET', target: '/', version: '1.', headers: { host: 'x' } },
    { name: 'no target kept', raw: 'GET HTTP/1.1\r\nA: 1\r\n\r\n', method: 'GET', target: '', version: '1.1' },
    { name: 'no space after method kept', raw: 'PUT/ HTTP/1.1\n\n', method: 'PUT', target: '/', version: '1.1' },
    { name: 'no version at all', raw: 'OPTIONS\nHost: x\n\n', error: 'bad-request-line' },
    { name: 'binary method', raw: '\u00c3 / HTTP/1.1\n\n', error: 'bad-request-line' },
    { name: 'HTTP/2 preface', raw: 'PRI * HTTP/2.0\r\n\r\n', error: 'bad-request-line' },
  ];
  for (const c of cases) {
    const r = parseRequestHead(b(c.raw), 0, MAX);
    if (c.error) {
      assert.ok(!r.ok && 'error' in r && r.code === c.error, c.name);
      continue;
    }
    assert.ok(r.ok, c.name);
    if (c.method) assert.equal(r.message.method, c.method, c.name);
    if (c.target) assert.equal(r.message.target, c.target, c.name);
    if (c.version) assert.equal(r.message.version, c.version, c.name);
    if (c.headers) assert.deepEqual({ ...r.message.headers }, { ...c.headers }, c.name);
    if (c.consumed) assert.equal(r.consumed, c.consumed, c.name);
  }
});

test('parseResponseHead: status lines', () => {
  const r = parseResponseHead(b('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n'), 0, MAX);
  assert.ok(r.ok);
  assert.equal(r.message.status, 404);
  assert.equal(r.message.statusText, 'Not Found');
  const bare = parseResponseHead(b('HTTP/1.0 200\r\n\r\n'), 0, MAX);
  assert.ok(bare.ok && bare.message.status === 200 && bare.message.statusText === '' && bare.message.version === '1.0');
  const bad = parseResponseHead(b('HTTP/1.1 2OO OK\r\n\r\n'), 0, MAX);
  assert.ok(!bad.ok && 'error' in bad);
  const odd = parseResponseHead(b('HTTP/1.1 200 OK\r\nno colon here\r\nA: 1\r\n\r\n'), 0, MAX);
  assert.ok(odd.ok && odd.message.anomalies.includes('bad-header') && odd.message.headers.a === '1');
});

test('parse heads: every truncated prefix is incomplete, never ok or error', () => {
  const raws = ['POST /p?q=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n', 'HTTP/1.1 200 OK\r\nA: b\r\n\r\n'];
  for (const raw of raws) {
    const full = b(raw);
    const parse = raw.startsWith('HTTP') ? parseResponseHead : parseRequestHead;
    for (let i = 0; i < full.length; i++) {
      const r = parse(full.subarray(0, i), 0, MAX);
      assert.ok(!r.ok && 'incomplete' in r && r.incomplete, `prefix ${i}`);
    }
    const r = parse(full, 0, MAX);
    assert.ok(r.ok && r.consumed === full.length);
  }
});

test('parse heads: over the header limit is an error, at it is fine', () => {
  const raw = b('GET / HTTP/1.1\r\nA: 1\r\n\r\n');
  assert.ok(parseRequestHead(raw, 0, raw.length).ok);
  const r = parseRequestHead(raw, 0, raw.length - 1);
  assert.ok(!r.ok && 'error' in r && r.code === 'header-too-large');
  const partial = parseRequestHead(raw.subarray(0, 20), 0, 20);
  assert.ok(!partial.ok && 'error' in partial && partial.code === 'header-too-large');
});

test('findHeadEnd: CRLF, LF, resumed search', () => {
  assert.equal(findHeadEnd(b('a\r\n\r\nx'), 0), 5);
  assert.equal(findHeadEnd(b('a\n\nx'), 0), 3);
  assert.equal(findHeadEnd(b('a\r\n\r'), 0), -1);
  assert.equal(findHeadEnd(b('a\r\nb\r\n\r\n'), 0, 4), 8);
});

test('parse heads: property: never throws, consumed within input', () => {
  const tokens = fc.constantFrom('GET ', 'HTTP/1.1 200 ', '/x ', 'HTTP/1.1', '\r\n', '\n', ': ', 'A', ' ', '\t', '\0', '%');
  const input = fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.array(tokens, { maxLength: 40 }).map((t) => b(t.join(''))));
  fc.assert(
    fc.property(input, fc.nat(10), (data, off) => {
      const offset = Math.min(off, data.length);
      for (const parse of [parseRequestHead, parseResponseHead]) {
        const r = parse(data, offset, 128);
        if (r.ok) assert.ok(r.consumed > 0 && r.consumed <= data.length - offset);
      }
    }),
    { numRuns: 3000 },
  );
});

test('parse heads: a header block parsed again (names from the name cache) parses as it did the first time', () => {
  const pieces = fc.constantFrom('X-A', 'x-a', 'Host', ':', ': ', ' : ', '  ', '\t', 'v', 'V 1', '\u00e9', '\r', '\x0b', 'a'.repeat(20));
  const line = fc.array(pieces, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, crlf) => {
      const eol = crlf ? '\r\n' : '\n';
      const raw = b(`GET / HTTP/1.1${eol}${lines.map((l) => l + eol).join('')}${eol}`);
      const first = parseRequestHead(raw, 0, MAX);
      const again = parseRequestHead(raw, 0, MAX);
      assert.deepEqual(again, first);
    }),
    { numRuns: 2000 },
  );
});

test('parseQuery and splitTarget', () => {
  assert.deepEqual(splitTarget('/a/b?x=1#frag'), { path: '/a/b', query: 'x=1' });
  assert.deepEqual(splitTarget('/a#f'), { path: '/a', query: '' });
  assert.deepEqual(splitTarget('*'), { path: '*', query: '' });
  assert.deepEqual({ ...parseQuery('a=1&b=2&a=3&c&&d=') }, { a: ['1', '3'], b: '2', c: '', d: '' });
  assert.deepEqual({ ...parseQuery('q=hello+world&e=%C3%A9&k%20=v') }, { q: 'hello world', e: 'é', 'k ': 'v' });
  // Bad escapes fall back: the valid runs are decoded, the invalid ones kept as sent.
  assert.deepEqual({ ...parseQuery('x=%zz&y=100%&z=%41%ff') }, { x: '%zz', y: '100%', z: 'A%ff' });
  assert.deepEqual({ ...parseQuery('') }, {});
});
