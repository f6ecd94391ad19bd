// Our own captures (captures/record.mjs: curl and Node http against a Node server on
// 127.0.0.1:31337, a port no table maps to HTTP) replayed through the real engine: exact entries,
// plus the golden file beside each pcap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Body, Entry, HttpRequest, HttpResponse } from '../entry/types.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { entryPayloadBytes, tsharkPayloadBytes } from '../capture/test-support/tshark.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replay } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const PORT = 31337;
const CURL = ['User-Agent: curl/7.88.1', 'Accept: */*'];
const rq = (e: Entry): HttpRequest => e.request as unknown as HttpRequest;
const rs = (e: Entry): HttpResponse => e.response as unknown as HttpResponse;
/** Bytes of a request head from its lines (the request line first), blank line included. */
const headSize = (...lines: string[]): number => Buffer.byteLength(lines.join('\r\n') + '\r\n\r\n', 'latin1');

function textBody(b: Body | null, text: string): void {
  assert.ok(b);
  assert.deepEqual({ encoding: b.encoding, text: b.text, size: b.size, captured: b.captured, truncated: b.truncated }, { encoding: 'utf8', text, size: Buffer.byteLength(text), captured: Buffer.byteLength(text), truncated: false });
}

/** A body cut at the default limit: the real size, the first 1 MiB kept, every byte `fill`. */
function cutBody(b: Body | null, size: number, fill: number): void {
  assert.ok(b);
  assert.equal(b.size, size);
  assert.equal(b.captured, DEFAULT_LIMITS.maxBodyBytes);
  assert.equal(b.truncated, true);
  // One repeated ASCII letter is text, however large.
  assert.equal(b.encoding, 'utf8');
  const bytes = Buffer.from(b.text!, 'latin1');
  assert.equal(bytes.length, DEFAULT_LIMITS.maxBodyBytes);
  assert.ok(bytes.every((x) => x === fill));
}

/** What every entry of our captures has in common. */
function common(e: Entry, version = '1.1'): void {
  assert.deepEqual(e.protocol, { name: 'http', version, abbr: 'HTTP' });
  assert.equal(e.transport, 'tcp');
  assert.deepEqual([e.src.ip, e.dst.ip, e.dst.port], ['127.0.0.1', '127.0.0.1', PORT]);
  assert.notEqual(e.src.port, PORT);
  assert.ok(e.request && e.response, 'paired');
  assert.ok(e.elapsedTime !== null && e.elapsedTime >= 0);
  assert.equal(e.anomalies, undefined);
  assert.equal(rs(e).headers['date'] !== undefined, true);
}

const CASES: Record<string, { count: number; check: (e: Entry[]) => void; version?: string }> = {
  keepalive: {
    count: 4,
    check(e) {
      assert.equal(new Set(e.map((x) => x.src.port)).size, 1, 'one connection');
      assert.deepEqual(
        e.map((x) => [rq(x).method, rq(x).path, rq(x).url, rq(x).queryString, rs(x).status, rs(x).statusText]),
        [
          ['GET', '/json', '/json?q=first&tag=a&tag=b', { q: 'first', tag: ['a', 'b'] }, 200, 'OK'],
          ['GET', '/missing', '/missing', {}, 404, 'Not Found'],
          ['GET', '/boom', '/boom', {}, 500, 'Internal Server Error'],
          ['GET', '/json', '/json?q=last', { q: 'last' }, 200, 'OK'],
        ],
      );
      for (const x of e) {
        assert.equal(rq(x).headers['authorization'], '[redacted]');
        assert.equal(rq(x).headers['cookie'], '[redacted]');
        assert.equal(rq(x).headers['host'], '127.0.0.1:31337');
        assert.equal(rq(x).body, null);
      }
      assert.deepEqual(rs(e[0]).headers['set-cookie'], ['[redacted]', '[redacted]']);
      textBody(rs(e[0]).body, '{"path":"/json","q":"first","got":0}');
      textBody(rs(e[1]).body, 'not here');
      assert.equal(rs(e[1]).headers['transfer-encoding'], 'chunked');
      textBody(rs(e[2]).body, 'internal error');
      textBody(rs(e[3]).body, '{"path":"/json","q":"last","got":0}');
      const auth = ['Authorization: Bearer s3cr3t', 'Cookie: session=abc123'];
      assert.deepEqual(
        e.map((x) => x.requestSize),
        ['/json?q=first&tag=a&tag=b', '/missing', '/boom', '/json?q=last'].map((u) => headSize(`GET ${u} HTTP/1.1`, 'Host: 127.0.0.1:31337', ...CURL, ...auth)),
      );
    },
  },
  pipelined: {
    count: 3,
    check(e) {
      assert.equal(new Set(e.map((x) => x.src.port)).size, 1, 'one connection');
      // The three requests went out in one segment: same first-byte timestamp, answered in order.
      assert.equal(new Set(e.map((x) => x.timestamp)).size, 1);
      assert.deepEqual(
        e.map((x) => [rq(x).url, rq(x).queryString, rs(x).status]),
        [
          ['/one', {}, 200],
          ['/two', {}, 200],
          ['/json?q=three', { q: 'three' }, 200],
        ],
      );
      textBody(rs(e[0]).body, 'hello');
      textBody(rs(e[1]).body, 'hello');
      textBody(rs(e[2]).body, '{"path":"/json","q":"three","got":0}');
      assert.deepEqual(
        e.map((x) => x.requestSize),
        ['/one', '/two', '/json?q=three'].map((u) => headSize(`GET ${u} HTTP/1.1`, 'Host: 127.0.0.1')),
      );
    },
  },
  'chunked-trailers': {
    count: 2,
    check([get, post]) {
      assert.deepEqual([rq(get).method, rq(get).path, rs(get).status], ['GET', '/chunked', 200]);
      assert.equal(rq(get).headers['te'], 'trailers');
      assert.equal(rs(get).headers['transfer-encoding'], 'chunked');
      assert.equal(rs(get).headers['trailer'], 'x-checksum');
      textBody(rs(get).body, 'first chunk\nsecond chunk\nlast\n');
      assert.deepEqual(rs(get).trailers, { 'x-checksum': 'abc' });
      assert.deepEqual([rq(post).method, rq(post).path, rs(post).status, rs(post).statusText], ['POST', '/upload', 201, 'Created']);
      assert.equal(rq(post).headers['transfer-encoding'], 'chunked');
      textBody(rq(post).body, 'chunked request body');
      assert.equal(rq(post).trailers, undefined);
      textBody(rs(post).body, 'received 20');
    },
  },
  compressed: {
    count: 3,
    check(e) {
      const text = 'compressed hello '.repeat(50);
      for (const [x, enc] of e.map((x, i) => [x, ['gzip', 'deflate', 'br'][i]] as const)) {
        assert.deepEqual([rq(x).path, rs(x).status, rs(x).headers['content-encoding']], [`/${enc}`, 200, enc]);
        const b = rs(x).body!;
        const wire = Number(rs(x).headers['content-length']);
        assert.deepEqual(
          { text: b.text, encoding: b.encoding, contentEncoding: b.contentEncoding, decodedSize: b.decodedSize, size: b.size, captured: b.captured, truncated: b.truncated },
          { text, encoding: 'utf8', contentEncoding: enc, decodedSize: text.length, size: wire, captured: wire, truncated: false },
        );
        assert.ok(wire < 100, 'compressed on the wire');
      }
    },
  },
  '100-continue': {
    count: 1,
    check([x]) {
      assert.deepEqual([rq(x).method, rq(x).path, rq(x).headers['expect'], rs(x).status, rs(x).interim], ['POST', '/upload', '100-continue', 201, [100]]);
      textBody(rq(x).body, 'x'.repeat(2000));
      textBody(rs(x).body, 'received 2000');
      const head = headSize('POST /upload HTTP/1.1', 'Host: 127.0.0.1:31337', ...CURL, 'Expect: 100-continue', 'Content-Length: 2000', 'Content-Type: application/x-www-form-urlencoded');
      assert.equal(x.requestSize, head + 2000);
    },
  },
  'large-bodies': {
    count: 2,
    check([up, down]) {
      // 2 MiB up (curl asks for 100-continue itself above 1 MiB), 3 MiB down; 1 MiB kept of each.
      assert.deepEqual([rq(up).method, rq(up).path, rq(up).headers['content-length'], rs(up).status, rs(up).interim], ['POST', '/upload', '2097152', 201, [100]]);
      cutBody(rq(up).body, 2 * 1024 * 1024, 0x62);
      textBody(rs(up).body, 'received 2097152');
      assert.equal(up.requestSize, headSize('POST /upload HTTP/1.1', 'Host: 127.0.0.1:31337', ...CURL, 'content-type: application/octet-stream', 'Content-Length: 2097152', 'Expect: 100-continue') + 2 * 1024 * 1024);
      assert.deepEqual([rq(down).method, rq(down).path, rq(down).body, rs(down).status], ['GET', '/large', null, 200]);
      cutBody(rs(down).body, 3 * 1024 * 1024, 0x61);
      assert.ok(down.responseSize > 3 * 1024 * 1024);
    },
  },
  'no-body-statuses': {
    count: 3,
    check([head, empty, cached]) {
      // HEAD announces Content-Length: 5 but carries no body; 204 and 304 never have one.
      assert.deepEqual([rq(head).method, rs(head).status, rs(head).headers['content-length'], rs(head).body], ['HEAD', 200, '5', null]);
      assert.deepEqual([rq(empty).path, rs(empty).status, rs(empty).statusText, rs(empty).body], ['/empty', 204, 'No Content', null]);
      assert.deepEqual([rq(cached).path, rq(cached).headers['if-none-match'], rs(cached).status, rs(cached).headers['etag'], rs(cached).body], ['/cached', '"v1"', 304, '"v1"', null]);
      assert.equal(head.requestSize, headSize('HEAD / HTTP/1.1', 'Host: 127.0.0.1:31337', ...CURL));
    },
  },
  http10: {
    count: 1,
    version: '1.0',
    check([x]) {
      // HTTP/1.0 without keep-alive: the response has no length and ends when the server closes.
      assert.deepEqual([rq(x).method, rq(x).url, rq(x).httpVersion, rq(x).headers], ['GET', '/json?q=old', 'HTTP/1.0', { 'user-agent': 'raw' }]);
      assert.deepEqual([rs(x).status, rs(x).headers['connection'], rs(x).headers['content-length'], rs(x).headers['transfer-encoding']], [200, 'close', undefined, undefined]);
      textBody(rs(x).body, '{"path":"/json","q":"old","got":0}');
      assert.equal(x.requestSize, headSize('GET /json?q=old HTTP/1.0', 'User-Agent: raw'));
    },
  },
  'node-client': {
    count: 4,
    check(e) {
      assert.equal(new Set(e.map((x) => x.src.port)).size, 1, 'one keep-alive socket');
      assert.deepEqual(
        e.map((x) => [rq(x).method, rq(x).url, rs(x).status]),
        [
          ['GET', '/json?q=node', 200],
          ['POST', '/upload', 201],
          ['PUT', '/upload', 201],
          ['DELETE', '/missing', 404],
        ],
      );
      assert.equal(rq(e[0]).body, null);
      textBody(rq(e[1]).body, '{"a":1}');
      textBody(rq(e[2]).body, 'put-body');
      assert.equal(rq(e[3]).body, null);
      textBody(rs(e[1]).body, 'received 7');
      textBody(rs(e[2]).body, 'received 8');
      textBody(rs(e[3]).body, 'not here');
      assert.equal(e[0].requestSize, headSize('GET /json?q=node HTTP/1.1', 'Host: 127.0.0.1:31337', 'Connection: keep-alive'));
    },
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`capture ${name}: exact entries and golden`, () => {
    const file = `${DIR}${name}.pcap`;
    const { entries, stats, formatError } = replay(file, { node: 'golden', captureId: name });
    assert.equal(formatError, null);
    assert.equal(stats.parseErrors, 0);
    assert.equal(entries.length, c.count);
    for (const e of entries) common(e, c.version);
    c.check(entries);
    // Sizes add up to the payload tshark sees per connection (interim responses included).
    const bytes = tsharkPayloadBytes(file, [PORT]);
    if (bytes) assert.deepEqual(entryPayloadBytes(entries), bytes);
    assertGolden(`${DIR}${name}`, entries);
  });
}
