import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { PartialEntry } from '../engine/types.js';
import type { HttpRequest, HttpResponse } from '../entry/types.js';
import { decodeBase64 } from '../bytes/base64.js';
import { req, res, run, type RunOptions, type Step } from './test-support/fake-context.js';

const rq = (e: PartialEntry): HttpRequest => e.request as unknown as HttpRequest;
const rs = (e: PartialEntry): HttpResponse => e.response as unknown as HttpResponse;
const cat = (...parts: (string | Uint8Array)[]): Uint8Array => {
  const bufs = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(bufs.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of bufs) {
    out.set(b, o);
    o += b.length;
  }
  return out;
};
const GET = (path: string, extra = ''): string => `GET ${path} HTTP/1.1\r\nHost: h\r\n${extra}\r\n`;
const OK = (body: string, extra = ''): string => `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n${extra}\r\n${body}`;

interface Case {
  name: string;
  steps: Step[];
  options?: RunOptions;
  check: (entries: PartialEntry[], counts: Map<string, number>) => void;
}

const text = 'hello compressed world '.repeat(20);

export const CASES: Case[] = [
  {
    name: 'GET keep-alive, two exchanges',
    steps: [req(GET('/a?x=1'), 1000), res(OK('aaa'), 1005), req(GET('/b'), 1010), res(OK('bb'), 1012)],
    check: (e) => {
      assert.equal(e.length, 2);
      assert.deepEqual(e.map((x) => rq(x).path), ['/a', '/b']);
      assert.deepEqual(rq(e[0]).queryString, { x: '1' });
      assert.equal(rq(e[0]).url, '/a?x=1');
      assert.equal(rs(e[0]).body!.text, 'aaa');
      assert.equal(e[0].timestamp, 1000);
      assert.equal(e[0].elapsedTime, 5);
      assert.equal(e[1].elapsedTime, 2);
      assert.equal(e[0].requestSize, GET('/a?x=1').length);
      assert.equal(e[0].responseSize, OK('aaa').length);
      assert.equal(e[0].anomalies, undefined);
      assert.deepEqual(e[0].protocol, { name: 'http', version: '1.1', abbr: 'HTTP' });
    },
  },
  {
    name: 'pipelined: 3 requests then 3 responses pair in order',
    steps: [req(GET('/1') + GET('/2') + GET('/3')), res(OK('one') + OK('two') + OK('three'))],
    check: (e) => {
      assert.deepEqual(e.map((x) => [rq(x).path, rs(x).body!.text]), [['/1', 'one'], ['/2', 'two'], ['/3', 'three']]);
    },
  },
  {
    name: 'POST with Content-Length',
    steps: [req('POST /api/orders HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{"qty":1}'), res('HTTP/1.1 201 Created\r\nContent-Length: 11\r\n\r\n{"ok":true}')],
    check: (e) => {
      assert.equal(e.length, 1);
      assert.equal(rq(e[0]).method, 'POST');
      assert.deepEqual(rq(e[0]).body, { encoding: 'utf8', text: '{"qty":1}', size: 9, captured: 9, truncated: false });
      assert.equal(rs(e[0]).status, 201);
      assert.equal(rs(e[0]).statusText, 'Created');
    },
  },
  {
    name: 'chunked with extensions and trailers',
    steps: [
      req(GET('/c')),
      res('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n5;name=val\r\nhello\r\n7\r\n, world\r\n0\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n'),
      req(GET('/after')),
      res(OK('z')),
    ],
    check: (e, counts) => {
      assert.equal(e.length, 2);
      assert.equal(counts.get('http1.chunk_extension'), 1);
      const r = rs(e[0]);
      assert.equal(r.body!.text, 'hello, world');
      assert.equal(r.body!.size, 12);
      assert.deepEqual(r.trailers, { 'x-checksum': 'abc', 'x-other': '1' });
      assert.equal(r.headers['x-checksum'], undefined);
      assert.equal(e[0].anomalies, undefined);
      assert.equal(rq(e[1]).path, '/after');
      assert.equal(rs(e[1]).body!.text, 'z');
    },
  },
  {
    name: 'HEAD response with Content-Length has no body',
    steps: [req('HEAD /big HTTP/1.1\r\n\r\n'), res('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n'), req(GET('/next')), res(OK('n'))],
    check: (e) => {
      assert.equal(e.length, 2);
      assert.equal(rs(e[0]).body, null);
      assert.equal(rs(e[0]).headers['content-length'], '1000');
      assert.equal(rs(e[1]).body!.text, 'n');
    },
  },
  {
    name: '204 and 304 have no body',
    steps: [req(GET('/a') + GET('/b') + GET('/c')), res('HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n' + OK('c'))],
    check: (e) => {
      assert.deepEqual(e.map((x) => [rs(x).status, rs(x).body?.text ?? null]), [[204, null], [304, null], [200, 'c']]);
    },
  },
  {
    name: '100-continue is recorded as interim',
    steps: [
      req('PUT /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n'),
      res('HTTP/1.1 100 Continue\r\n\r\n'),
      req('data'),
      res('HTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'),
    ],
    check: (e) => {
      assert.equal(e.length, 1);
      assert.equal(rq(e[0]).body!.text, 'data');
      assert.equal(rs(e[0]).status, 200);
      assert.deepEqual(rs(e[0]).interim, [100, 103]);
      assert.equal(e[0].anomalies, undefined);
    },
  },
  {
    name: '101 upgrade ends HTTP parsing; later bytes ignored and counted',
    steps: [
      req('GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'),
      res(cat('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n', new Uint8Array([0x81, 0x05, 0x48, 0x65]))),
      req(cat(new Uint8Array([0x81, 0x85, 1, 2, 3, 4]), 'GET /not-http HTTP/1.1\r\n\r\n')),
      res('HTTP/1.1 200 OK\r\n\r\n'),
    ],
    check: (e, counts) => {
      assert.equal(e.length, 1);
      assert.equal(rs(e[0]).status, 101);
      assert.equal(counts.get('http1.ignored_bytes'), 4 + 6 + 'GET /not-http HTTP/1.1\r\n\r\n'.length + 'HTTP/1.1 200 OK\r\n\r\n'.length);
    },
  },
  {
    name: 'CONNECT 200 then tunnel',
    steps: [
      req('CONNECT db.example:443 HTTP/1.1\r\nHost: db.example:443\r\n\r\n'),
      res('HTTP/1.1 200 Connection established\r\n\r\n'),
      req(new Uint8Array([0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5])),
      res(new Uint8Array([0x16, 0x03, 0x03, 0x00, 0x01, 9])),
    ],
    check: (e, counts) => {
      assert.equal(e.length, 1);
      assert.equal(rq(e[0]).method, 'CONNECT');
      assert.equal(rq(e[0]).url, 'db.example:443');
      assert.equal(rs(e[0]).body, null);
      assert.equal(counts.get('http1.ignored_bytes'), 16);
    },
  },
  {
    name: 'CONNECT refused keeps parsing',
    steps: [req('CONNECT x:1 HTTP/1.1\r\n\r\n'), res('HTTP/1.1 407 Proxy Auth\r\nContent-Length: 1\r\n\r\nx'), req(GET('/g')), res(OK('g'))],
    check: (e) => assert.deepEqual(e.map((x) => rs(x).status), [407, 200]),
  },
  {
    name: 'close-delimited response ended by end()',
    steps: [req('GET /stream HTTP/1.0\r\n\r\n'), res('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ', 1000), res('part two', 1020), { end: 1, ts: 1030 }],
    options: { noClose: true },
    check: (e) => {
      assert.equal(e.length, 1);
      assert.equal(rs(e[0]).body!.text, 'part one, part two');
      assert.equal(e[0].elapsedTime, 30);
      assert.deepEqual(e[0].protocol.version, '1.0');
      assert.equal(rq(e[0]).httpVersion, 'HTTP/1.0');
      assert.equal(e[0].anomalies, undefined);
    },
  },
  {
    name: 'HTTP/0.9 request and raw response',
    steps: [req('GET /old\r\n'), res('<html>hi</html>'), { end: 1 }],
    check: (e) => {
      assert.equal(e.length, 1);
      assert.equal(e[0].protocol.version, '0.9');
      assert.equal(rs(e[0]).body!.text, '<html>hi</html>');
    },
  },
  {
    name: 'repeated headers and lower-case content-length',
    steps: [req('POST /f HTTP/1.1\r\ncontent-length: 3\r\nx-tag: a\r\nX-Tag: b\r\n\r\nabc'), res('HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\ncontent-length: 0\r\n\r\n')],
    check: (e) => {
      assert.equal(rq(e[0]).body!.text, 'abc');
      assert.deepEqual(rq(e[0]).headers['x-tag'], ['a', 'b']);
      assert.deepEqual(rs(e[0]).headers['set-cookie'], ['a=1', 'b=2']);
      assert.equal(rs(e[0]).body, null);
    },
  },
  {
    name: 'Transfer-Encoding wins over Content-Length',
    steps: [req('POST /x HTTP/1.1\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'), res(OK('k'))],
    check: (e) => {
      assert.equal(rq(e[0]).body!.text, 'abc');
      assert.ok(e[0].anomalies?.includes('te-and-cl'));
    },
  },
  {
    name: 'Content-Length with leading zeros, chunked not last, malformed request line',
    steps: [
      req('POST / HTTP/1.1\r\nContent-Length: 0005\r\n\r\nXXXXX' + 'POST /te HTTP/1.1\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n' + 'GET / HTTP/1.\r\nHost: x\r\n\r\n'),
      res(OK('1') + OK('2') + 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'),
    ],
    check: (e) => {
      assert.equal(e.length, 3);
      assert.equal(rq(e[0]).body!.text, 'XXXXX');
      assert.equal(rq(e[1]).path, '/te');
      assert.ok(e[1].anomalies?.includes('bad-transfer-encoding'));
      assert.deepEqual([rq(e[2]).httpVersion, rs(e[2]).status, e[2].protocol.version], ['HTTP/1.', 400, '1.1']);
      assert.deepEqual(e[2].anomalies, ['bad-request-line']);
    },
  },
  {
    name: 'gzip, deflate, br and a gzip+br chain are decoded',
    steps: [
      req(GET('/gz') + GET('/df') + GET('/br') + GET('/chain')),
      res(cat(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${gzipSync(text).length}\r\n\r\n`, gzipSync(text))),
      res(cat(`HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: ${deflateSync(text).length}\r\n\r\n`, deflateSync(text))),
      res(cat(`HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: ${brotliCompressSync(text).length}\r\n\r\n`, brotliCompressSync(text))),
      res(cat(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip, br\r\nContent-Length: ${brotliCompressSync(gzipSync(text)).length}\r\n\r\n`, brotliCompressSync(gzipSync(text)))),
    ],
    check: (e) => {
      assert.equal(e.length, 4);
      for (const x of e) {
        const body = rs(x).body!;
        assert.equal(body.text, text, rq(x).path);
        assert.equal(body.decodedSize, text.length);
        assert.ok(body.size < text.length);
        assert.equal(body.decodeError, undefined);
      }
      assert.equal(rs(e[3]).body!.contentEncoding, 'gzip, br');
    },
  },
  {
    name: 'corrupt gzip keeps the raw bytes with decodeError',
    steps: [req(GET('/bad')), res(cat('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\n', new Uint8Array([0x1f, 0x8b, 0, 0xff])))],
    check: (e) => {
      const body = rs(e[0]).body!;
      assert.ok(body.decodeError);
      assert.equal(body.encoding, 'base64');
      assert.deepEqual([...decodeBase64(body.base64!)], [0x1f, 0x8b, 0, 0xff]);
    },
  },
  {
    name: 'body over the limit: truncated, real size kept, stays in sync',
    steps: [req(GET('/big')), res(OK('x'.repeat(100))), req(GET('/small')), res(OK('s'))],
    options: { limits: { maxBodyBytes: 10 } },
    check: (e) => {
      const body = rs(e[0]).body!;
      assert.deepEqual([body.text, body.size, body.captured, body.truncated], ['x'.repeat(10), 100, 10, true]);
      assert.equal(e[0].responseSize, OK('x'.repeat(100)).length);
      assert.equal(rs(e[1]).body!.text, 's');
    },
  },
  {
    name: 'binary body is base64',
    steps: [req(GET('/bin')), res(cat('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n', new Uint8Array([0, 1, 2, 255])))],
    check: (e) => {
      assert.deepEqual(rs(e[0]).body, { encoding: 'base64', base64: 'AAEC/w==', size: 4, captured: 4, truncated: false });
    },
  },
  {
    name: 'request without response and response without request',
    steps: [res(OK('orphan')), req(GET('/lonely'))],
    check: (e) => {
      assert.equal(e.length, 2);
      assert.equal(e[0].request, null);
      assert.equal(rs(e[0]).body!.text, 'orphan');
      assert.equal(e[1].response, null);
      assert.equal(e[1].elapsedTime, null);
      assert.ok(e.every((x) => x.anomalies?.includes('unpaired')));
    },
  },
  {
    name: 'header block over the limit: truncated entry, then resync',
    steps: [req(`GET /huge HTTP/1.1\r\nX-Big: ${'a'.repeat(300)}\r\n\r\n` + GET('/next')), res(OK('1') + OK('2'))],
    options: { limits: { maxHeaderBytes: 128 } },
    check: (e) => {
      assert.equal(e.length, 2);
      assert.equal(rq(e[0]).path, '/huge');
      assert.ok(e[0].anomalies?.includes('header-too-large'));
      assert.equal(rq(e[1]).path, '/next');
      assert.equal(rs(e[1]).body!.text, '2');
    },
  },
  {
    name: 'garbage between messages: resync on the next request line',
    steps: [req('\x00\x01garbage line\r\nmore junk\r\n' + GET('/ok')), res(OK('fine'))],
    check: (e, counts) => {
      assert.equal(e.length, 1);
      assert.equal(rq(e[0]).path, '/ok');
      assert.equal(counts.get('http1.skipped_bytes'), '\x00\x01garbage line\r\nmore junk\r\n'.length);
    },
  },
];

for (const c of CASES) {
  test(`session: ${c.name}`, () => {
    const ctx = run(c.steps, c.options);
    c.check(ctx.entries, ctx.counts);
    assert.equal(ctx.counts.get('http1.internal_error'), undefined);
  });
}

for (const c of CASES) {
  test(`session: ${c.name} — byte-by-byte feed equals one-shot`, () => {
    const whole = run(c.steps, c.options);
    const single = run(c.steps, { ...c.options, split: 1 });
    assert.deepEqual(single.entries, whole.entries);
    for (const split of [2, 3, 7]) assert.deepEqual(run(c.steps, { ...c.options, split }).entries, whole.entries, `split ${split}`);
  });
}
