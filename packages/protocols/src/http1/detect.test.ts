import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { detect } from './detect.js';

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
const hex = (h: string): Uint8Array => Uint8Array.from(h.replace(/\s+/g, '').match(/../g)!.map((x) => parseInt(x, 16)));

const cases: [string, Uint8Array, ReturnType<typeof detect>][] = [
  ['GET request', b('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), 'client'],
  ['POST HTTP/1.0, bare LF', b('POST /api HTTP/1.0\n'), 'client'],
  ['extension method token', b('CCM_POST /x HTTP/1.1\r\n'), 'client'],
  ['absolute-form target', b('GET http://a.example/x?y=1 HTTP/1.1\r\n'), 'client'],
  ['CONNECT authority form', b('CONNECT a.example:443 HTTP/1.1\r\n'), 'client'],
  ['HTTP/0.9', b('GET /index.html\r\n'), 'client'],
  ['status line', b('HTTP/1.1 200 OK\r\n'), 'server'],
  ['status line 1.0 without reason', b('HTTP/1.0 404\r\n'), 'server'],
  ['partial method', b('GE'), 'more'],
  ['partial request line', b('GET /some/long/path HTT'), 'more'],
  ['request line without LF yet', b('GET / HTTP/1.1\r'), 'more'],
  ['partial status', b('HTTP/1.1 2'), 'more'],
  ['empty', b(''), 'more'],
  ['HTTP/2 preface', b('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), null],
  ['lower-case http version', b('GET / http/1.1\r\n'), null],
  ['two spaces', b('GET  / HTTP/1.1\r\n'), null],
  ['status 2 digits', b('HTTP/1.1 20 OK\r\n'), null],
  ['status HTTP/2', b('HTTP/2.0 200 OK\r\n'), null],
  // Wrong protocols (CONVENTIONS §8): nothing may claim them as HTTP.
  ['Redis RESP array', b('*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n'), null],
  ['Redis inline command', b('SET key value\r\n'), null],
  ['Redis inline GET', b('GET key\r\n'), null],
  // TLS 1.2 ClientHello record header + handshake start.
  ['TLS ClientHello', hex('16 03 01 00 c8 01 00 00 c4 03 03 5b 90 9d 9b'), null],
  // PostgreSQL startup: int32 length, protocol 3.0, "user\0".
  ['PostgreSQL startup', hex('00 00 00 25 00 03 00 00 75 73 65 72 00 70 6f 73 74 67 72 65 73 00'), null],
  ['SSH banner', b('SSH-2.0-OpenSSH_9.6\r\n'), null],
];

test('detect: table', () => {
  for (const [name, input, want] of cases) assert.equal(detect(input), want, name);
});

test('detect: every prefix of a request or status line is "more" until it is whole', () => {
  for (const line of ['GET /a?b=c HTTP/1.1\r\n', 'HTTP/1.1 204 No Content\r\n']) {
    const full = b(line);
    const want = line.startsWith('HTTP') ? 'server' : 'client';
    for (let i = 0; i < full.length; i++) {
      const r = detect(full.subarray(0, i));
      assert.ok(r === 'more' || (r === want && i >= 13), `${JSON.stringify(line)} prefix ${i}: ${r}`);
    }
    assert.equal(detect(full), want);
  }
});

test('detect: gives up on an endless first line', () => {
  const long = b(`GET /${'a'.repeat(3000)}`);
  assert.equal(detect(long), null);
});

test('detect: never throws on random bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
      const r = detect(data);
      assert.ok(r === null || r === 'more' || r === 'client' || r === 'server');
    }),
    { numRuns: 2000 },
  );
});
