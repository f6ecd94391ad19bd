// Our own captures (captures/record.mjs: curl --http2-prior-knowledge, curl --http2 (h2c upgrade)
// and Node's http2 client against a Node http2 server on 127.0.0.1:31380, a port no dissector
// maps) replayed through the real engine with http2 before http1: exact entries, and the golden
// file beside each pcap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { http1Dissector } from '../http1/index.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replayH2 } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const rq = (e: Entry) => e.request as Record<string, any>;
const rs = (e: Entry) => e.response as Record<string, any>;
const H2 = { name: 'http2', version: '2', abbr: 'HTTP/2' };

function golden(name: string): Entry[] {
  const { entries } = replayH2(`${DIR}${name}.pcap`);
  assertGolden(`${DIR}${name}`, entries);
  return entries;
}

describe('http2 captures', () => {
  it('curl --http2-prior-knowledge: GET with query, 404, POST body, gzip response', () => {
    const entries = golden('curl');
    assert.equal(entries.length, 4);
    for (const e of entries) {
      assert.deepEqual(e.protocol, H2);
      assert.equal(e.dst.port, 31380);
      assert.equal(rq(e).httpVersion, 'HTTP/2');
      assert.equal(rq(e).headers['user-agent'], 'curl/7.88.1');
      assert.equal(e.anomalies, undefined);
      assert.ok(e.elapsedTime! >= 0);
    }
    const [get, missing, post, gzip] = entries;
    assert.deepEqual([rq(get).method, rq(get).path, rq(get).url, rq(get).queryString], ['GET', '/json', '/json?q=first&tag=a&tag=b', { q: 'first', tag: ['a', 'b'] }]);
    assert.equal(rq(get).headers.authorization, '[redacted]');
    assert.deepEqual([rs(get).status, rs(get).body.text], [200, '{"path":"/json","q":"first"}']);
    assert.deepEqual([rq(missing).path, rs(missing).status, rs(missing).body.text], ['/missing', 404, 'not here']);
    assert.deepEqual([rq(post).method, rq(post).body.text, rs(post).status, rs(post).body.text], ['POST', 'hello from curl', 201, 'received 15: hello from curl']);
    assert.deepEqual([rs(gzip).body.contentEncoding, rs(gzip).body.text], ['gzip', 'compressed hello '.repeat(50)]);
  });

  it('Node client: concurrent streams, dynamic-table headers, trailers, resets by either side', () => {
    const entries = golden('node-client');
    assert.deepEqual(
      entries.map((e) => [rq(e).method, rq(e).url, rs(e)?.status ?? null, e.anomalies ?? []]),
      [
        ['GET', '/json?q=1', 200, []],
        ['GET', '/json?q=2', 200, []],
        ['GET', '/json?q=3', 200, []],
        ['GET', '/json?q=4', 200, []],
        ['POST', '/echo', 201, []],
        ['GET', '/trailers', 200, []],
        ['GET', '/refuse', null, ['reset']],
        ['GET', '/slow', null, ['reset']],
        ['GET', '/json?q=last', 200, []],
      ],
    );
    const big = 'v'.repeat(1500);
    // Streams 3, 5, 7 and the last one send x-big as a dynamic-table index: decoded right.
    for (const e of entries.filter((x) => rq(x).path === '/json')) {
      assert.equal(rq(e).headers['x-big'], big);
      assert.equal(rs(e).headers['x-big-echo'], big);
    }
    const trailers = entries[5];
    assert.deepEqual(rs(trailers).trailers, { 'x-checksum': 'abc123', 'x-count': '2' });
    assert.equal(rs(trailers).body.text, 'first part\nsecond part\n');
    assert.equal(rs(trailers).headers['x-checksum'], undefined);
    assert.equal(rq(entries[4]).body.text, '{"name":"node","n":1}');
    // A reset stream: the RST_STREAM frame counts in the size of the side that sent it.
    assert.equal(entries[6].responseSize, 13);
    assert.ok(entries[7].requestSize > 13, 'HEADERS + the client RST_STREAM');
  });

  it('curl --http2 (Upgrade: h2c): the HTTP/1 exchange with its 101, then stream 1 as HTTP/2 with the upgrade request', () => {
    const entries = golden('h2c-upgrade');
    assert.equal(entries.length, 2);
    const [up, h2] = entries;
    assert.deepEqual(up.protocol, { name: 'http', version: '1.1', abbr: 'HTTP' });
    assert.deepEqual([rq(up).method, rq(up).headers.upgrade, rs(up).status], ['GET', 'h2c', 101]);
    assert.deepEqual(h2.protocol, H2);
    assert.deepEqual(rq(h2), rq(up));
    assert.deepEqual([rs(h2).status, rs(h2).httpVersion, rs(h2).body.text], [200, 'HTTP/2', '{"path":"/json","upgraded":true}']);
    assert.equal(h2.requestSize, 0); // counted in the HTTP/1 entry
    assert.equal(h2.anomalies, undefined);
  });

  it('h2c without an http2 dissector registered: HTTP/1 keeps its 101 and ignores the rest, as before', () => {
    const { entries, stats } = replayH2(`${DIR}h2c-upgrade.pcap`, [http1Dissector]);
    assert.deepEqual(
      entries.map((e) => [e.protocol.name, rs(e).status]),
      [['http', 101]],
    );
    assert.equal(stats.counters['engine.switch.http2'], undefined);
    assert.ok(stats.counters['http1.ignored_bytes'] > 0);
  });
});
