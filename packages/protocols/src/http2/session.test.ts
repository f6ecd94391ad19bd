// The HTTP/2 session on scripted conversations built by hand: pairing by stream id, CONTINUATION,
// padding, trailers, interim responses, resets, push, mid-connection HPACK, gaps, limits; and a
// byte-by-byte feed equal to the one-shot feed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { PartialEntry } from '../engine/types.js';
import { FLAG, FRAME } from './frame.js';
import { HTTP2_LIMITS } from './limits.js';
import { block, c2s, cat, frame, GET, idx, lit, litIdx, PATH_ROOT, POST, PREFACE, run, s2c, SCHEME_HTTP, STATUS_200, utf8, type Step } from './test-support/frames.js';

const EH = FLAG.END_HEADERS;
const ES = FLAG.END_STREAM;
const settings = frame(FRAME.SETTINGS, 0, 0);
const reqOf = (e: PartialEntry) => e.request as Record<string, any>;
const respOf = (e: PartialEntry) => e.response as Record<string, any>;

function getConversation(): Step[] {
  return [
    c2s(cat(PREFACE, settings, frame(FRAME.HEADERS, EH | ES, 1, block(idx(GET), idx(SCHEME_HTTP), lit(':path', '/a?x=1&x=2'), litIdx(':authority', 'h.example'))))),
    s2c(cat(settings, frame(FRAME.SETTINGS, FLAG.ACK, 0), frame(FRAME.HEADERS, EH, 1, block(idx(STATUS_200), lit('content-type', 'text/plain'))), frame(FRAME.DATA, ES, 1, utf8('hello'))), 1010),
  ];
}

describe('http2 session', () => {
  it('GET: one entry in the HTTP shape, sizes counted per stream', () => {
    const ctx = run(getConversation());
    assert.equal(ctx.entries.length, 1);
    const e = ctx.entries[0];
    assert.deepEqual(e.protocol, { name: 'http2', version: '2', abbr: 'HTTP/2' });
    assert.equal(e.timestamp, 1000);
    assert.equal(e.elapsedTime, 10);
    assert.deepEqual(reqOf(e), {
      method: 'GET',
      path: '/a',
      url: '/a?x=1&x=2',
      queryString: { x: ['1', '2'] },
      httpVersion: 'HTTP/2',
      headers: { ':method': 'GET', ':scheme': 'http', ':path': '/a?x=1&x=2', ':authority': 'h.example' },
      body: null,
    });
    const resp = respOf(e);
    assert.deepEqual([resp.status, resp.statusText, resp.httpVersion, resp.headers, resp.body.text], [200, '', 'HTTP/2', { ':status': '200', 'content-type': 'text/plain' }, 'hello']);
    assert.equal(e.requestSize, 9 + 1 + 1 + 18 + 22);
    assert.equal(e.responseSize, 9 + 1 + 25 + 9 + 5);
    assert.equal(e.anomalies, undefined);
  });

  it('byte-by-byte feed equals the one-shot feed', () => {
    assert.deepEqual(run(getConversation(), { split: 1 }).entries, run(getConversation()).entries);
  });

  it('POST: CONTINUATION, padded DATA, 100 interim, trailers kept apart, gzip body decoded', () => {
    const gz = gzipSync('compressed body');
    const steps: Step[] = [
      c2s(cat(PREFACE, settings, frame(FRAME.HEADERS, 0, 3, block(idx(POST), idx(SCHEME_HTTP))), frame(FRAME.CONTINUATION, EH, 3, block(lit(':path', '/up'), lit(':authority', 'x'))))),
      s2c(frame(FRAME.HEADERS, EH, 3, block(lit(':status', '100')))),
      c2s(cat(frame(FRAME.DATA, FLAG.PADDED, 3, cat([3], utf8('part1'), [0, 0, 0])), frame(FRAME.DATA, ES, 3, utf8('+2')))),
      s2c(cat(frame(FRAME.HEADERS, EH, 3, block(lit(':status', '201'), lit('content-encoding', 'gzip'))), frame(FRAME.DATA, 0, 3, gz), frame(FRAME.HEADERS, EH | ES, 3, block(lit('x-sum', 'abc'))))),
    ];
    const ctx = run(steps);
    assert.equal(ctx.entries.length, 1);
    const [req, resp] = [reqOf(ctx.entries[0]), respOf(ctx.entries[0])];
    assert.equal(req.path, '/up');
    assert.equal(req.body.text, 'part1+2');
    assert.equal(req.body.size, 7);
    assert.deepEqual([resp.status, resp.interim, resp.trailers, resp.body.text, resp.body.contentEncoding], [201, [100], { 'x-sum': 'abc' }, 'compressed body', 'gzip']);
    assert.equal(resp.headers['x-sum'], undefined);
  });

  it('streams are paired by id whatever the order; RST_STREAM ends a stream with anomaly reset', () => {
    const h = (id: number, path: string) => frame(FRAME.HEADERS, EH | ES, id, block(idx(GET), idx(SCHEME_HTTP), lit(':path', path)));
    const r = (id: number, body: string) => cat(frame(FRAME.HEADERS, EH, id, block(idx(STATUS_200))), frame(FRAME.DATA, ES, id, utf8(body)));
    const ctx = run([c2s(cat(PREFACE, h(1, '/one'), h(3, '/two'), h(5, '/three'))), s2c(cat(r(3, 'two'), frame(FRAME.RST_STREAM, 0, 5, [0, 0, 0, 7]), r(1, 'one')))]);
    assert.deepEqual(
      ctx.entries.map((e) => [reqOf(e).path, respOf(e)?.body.text ?? null, e.anomalies ?? []]),
      [
        ['/two', 'two', []],
        ['/three', null, ['reset']],
        ['/one', 'one', []],
      ],
    );
    assert.equal(ctx.entries[1].responseSize, 13);
  });

  it('PUSH_PROMISE: the promised stream gets the request from the promise', () => {
    const ctx = run([
      c2s(cat(PREFACE, frame(FRAME.HEADERS, EH | ES, 1, block(idx(GET), idx(SCHEME_HTTP), idx(PATH_ROOT))))),
      s2c(cat(frame(FRAME.PUSH_PROMISE, EH, 1, cat([0, 0, 0, 2], block(idx(GET), idx(SCHEME_HTTP), lit(':path', '/style.css')))), frame(FRAME.HEADERS, EH, 1, block(idx(STATUS_200))), frame(FRAME.DATA, ES, 1, utf8('page')))),
      s2c(cat(frame(FRAME.HEADERS, EH, 2, block(idx(STATUS_200))), frame(FRAME.DATA, ES, 2, utf8('css')))),
    ]);
    assert.deepEqual(
      ctx.entries.map((e) => [reqOf(e).path, respOf(e).body.text]),
      [
        ['/', 'page'],
        ['/style.css', 'css'],
      ],
    );
  });

  it('mid-connection: fields from an unknown dynamic table are marked undecodable, the rest is used', () => {
    const ctx = run([c2s(frame(FRAME.HEADERS, EH | ES, 7, block(idx(POST), idx(62), lit(':path', '/svc')))), s2c(cat(frame(FRAME.HEADERS, EH, 7, block(idx(STATUS_200), idx(70))), frame(FRAME.DATA, ES, 7, utf8('ok'))))]);
    const e = ctx.entries[0];
    assert.deepEqual(e.anomalies, ['hpack']);
    assert.equal(reqOf(e).headersUndecodable, true);
    assert.equal(respOf(e).headersUndecodable, true);
    assert.deepEqual([reqOf(e).method, reqOf(e).path, respOf(e).status, respOf(e).body.text], ['POST', '/svc', 200, 'ok']);
    assert.equal(ctx.counts.get('http2.hpack_undecodable'), 2);
  });

  it('unknown, PRIORITY, PING and WINDOW_UPDATE frames are skipped', () => {
    const noise = cat(frame(0xfa, 0xff, 1, [1, 2, 3]), frame(FRAME.PRIORITY, 0, 1, [0, 0, 0, 0, 9]), frame(FRAME.PING, 0, 0, [1, 2, 3, 4, 5, 6, 7, 8]), frame(FRAME.WINDOW_UPDATE, 0, 0, [0, 0, 1, 0]));
    const [a, b] = getConversation() as [{ dir: 0; data: Uint8Array }, { dir: 1; data: Uint8Array }];
    const ctx = run([c2s(cat(a.data, noise)), s2c(cat(noise, b.data), 1010)]);
    assert.deepEqual(respOf(ctx.entries[0]).body.text, 'hello');
    assert.equal(ctx.counts.get('http2.unknown_frame'), 2);
  });

  it('close flushes open streams: request without response, response cut short', () => {
    const ctx = run([
      c2s(cat(PREFACE, frame(FRAME.HEADERS, EH | ES, 1, block(idx(GET), lit(':path', '/a'))), frame(FRAME.HEADERS, EH | ES, 3, block(idx(GET), lit(':path', '/b'))))),
      s2c(cat(frame(FRAME.HEADERS, EH, 3, block(idx(STATUS_200))), frame(FRAME.DATA, 0, 3, utf8('par')))),
    ]);
    assert.deepEqual(
      ctx.entries.map((e) => [reqOf(e).path, e.response === null, e.anomalies]),
      [
        ['/a', true, ['unpaired']],
        ['/b', false, ['truncated']],
      ],
    );
    assert.equal(respOf(ctx.entries[1]).body.truncated, true);
  });

  it('a gap inside a DATA frame keeps the framing; a gap between frames resynchronises', () => {
    const data = frame(FRAME.DATA, ES, 1, utf8('0123456789'));
    const ctx = run([
      c2s(cat(PREFACE, frame(FRAME.HEADERS, EH | ES, 1, block(idx(GET), lit(':path', '/a'))), frame(FRAME.HEADERS, EH | ES, 3, block(idx(GET), lit(':path', '/b'))))),
      s2c(cat(frame(FRAME.HEADERS, EH, 1, block(idx(STATUS_200))), data.subarray(0, 12))),
      { gap: 1, length: 4 },
      s2c(data.subarray(16)),
      { gap: 1, length: 30 },
      s2c(cat(frame(FRAME.HEADERS, EH, 3, block(idx(STATUS_200))), frame(FRAME.DATA, ES, 3, utf8('b')))),
    ]);
    const [a, b] = ctx.entries;
    assert.equal(reqOf(a).path, '/a');
    assert.deepEqual(a.anomalies, ['gap', 'truncated']);
    assert.deepEqual([respOf(a).body.size, respOf(a).body.missing], [10, 10]);
    assert.equal(respOf(b).body.text, 'b');
    assert.equal(ctx.counts.get('http2.resync'), 1);
  });

  it('limit: too many open streams emits the oldest as truncated', () => {
    const frames: Uint8Array[] = [PREFACE];
    for (let i = 0; i <= HTTP2_LIMITS.maxConcurrentStreams; i++) frames.push(frame(FRAME.HEADERS, EH, 1 + 2 * i, block(idx(POST), lit(':path', `/${i}`))));
    const ctx = run([c2s(cat(...frames))], { noClose: true });
    assert.equal(ctx.entries.length, 1);
    assert.equal(reqOf(ctx.entries[0]).path, '/0');
    assert.equal(ctx.counts.get('limit.http2.maxConcurrentStreams'), 1);
  });

  it('SETTINGS_HEADER_TABLE_SIZE bounds the peer encoder: a larger size update is counted, then followed', () => {
    const small = frame(FRAME.SETTINGS, 0, 0, [0, 1, 0, 0, 0, 64]); // the client allows 64 bytes
    const ctx = run([
      c2s(cat(PREFACE, small, frame(FRAME.HEADERS, EH | ES, 1, block(idx(GET), lit(':path', '/a'))))),
      s2c(cat(frame(FRAME.HEADERS, EH, 1, block([0x3f, 0xe1, 0x01], idx(STATUS_200), litIdx('x', 'y'), idx(62))), frame(FRAME.DATA, ES, 1, utf8('z')))),
    ]);
    assert.equal(ctx.counts.get('http2.hpack_size_over_setting'), 1);
    assert.deepEqual(respOf(ctx.entries[0]).headers, { ':status': '200', x: ['y', 'y'] });
  });

  it('wrong protocol: HTTP/1 bytes give no entry and no throw', () => {
    const ctx = run([c2s(utf8('GET / HTTP/1.1\r\nHost: x\r\n\r\n')), s2c(utf8('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'))]);
    assert.equal(ctx.entries.length, 0);
  });

  it('property: random chunks and gaps never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ dir: fc.constantFrom(0 as const, 1 as const), data: fc.uint8Array({ maxLength: 64 }), gap: fc.nat(3) }), { maxLength: 12 }), fc.boolean(), (steps, preface) => {
        const script: Step[] = preface ? [c2s(PREFACE)] : [];
        for (const s of steps) script.push(s.gap === 0 ? { gap: s.dir, length: 5 } : { dir: s.dir, data: s.data });
        run(script);
      }),
    );
  });
});
