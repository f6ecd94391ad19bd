// The gRPC refiner on hand-built HTTP/2 conversations: what makes a stream gRPC, message limits,
// cut messages, compression it cannot undo, trailers-only errors, and HTTP/2 that stays HTTP/2.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { PartialEntry } from '../engine/types.js';
import { FLAG, FRAME } from '../http2/frame.js';
import { block, c2s, cat, frame, idx, lit, POST, PREFACE, run, s2c, SCHEME_HTTP, STATUS_200, utf8 } from '../http2/test-support/frames.js';
import { GRPC_LIMITS } from './limits.js';

const EH = FLAG.END_HEADERS;
const ES = FLAG.END_STREAM;
const lpm = (data: Uint8Array, compressed = 0) => cat([compressed, data.length >>> 24, (data.length >> 16) & 255, (data.length >> 8) & 255, data.length & 255], data);
const rq = (e: PartialEntry) => e.request as Record<string, any>;
const rs = (e: PartialEntry) => e.response as Record<string, any>;

function call(reqBody: Uint8Array, respFrames: Uint8Array, reqHeaders: number[][] = []) {
  return run([
    c2s(cat(PREFACE, frame(FRAME.HEADERS, EH, 1, block(idx(POST), idx(SCHEME_HTTP), lit(':path', '/pkg.Svc/Do'), lit('content-type', 'application/grpc'), ...reqHeaders)), frame(FRAME.DATA, ES, 1, reqBody))),
    s2c(respFrames),
  ]);
}
const okResponse = (body: Uint8Array) => cat(frame(FRAME.HEADERS, EH, 1, block(idx(STATUS_200), lit('content-type', 'application/grpc'))), frame(FRAME.DATA, 0, 1, body), frame(FRAME.HEADERS, EH | ES, 1, block(lit('grpc-status', '0'))));

describe('grpc refiner', () => {
  it('a unary call: service, rpc, schemaless messages, status from the trailers', () => {
    const ctx = call(lpm(Uint8Array.from([0x08, 0x96, 0x01])), okResponse(lpm(cat([0x12, 0x02], utf8('ok')))));
    const e = ctx.entries[0];
    assert.deepEqual(e.protocol, { name: 'grpc', version: '2', abbr: 'gRPC' });
    assert.deepEqual([rq(e).service, rq(e).rpc, rq(e).messages, rq(e).body], ['pkg.Svc', 'Do', [{ size: 3, value: { '1': 150 } }], null]);
    assert.deepEqual([rs(e).status, rs(e).httpStatus, rs(e).statusText, rs(e).messages], [0, 200, '', [{ size: 4, value: { '2': 'ok' } }]]);
  });

  it('too many messages: kept up to the limit, anomaly truncated', () => {
    const many = cat(...Array.from({ length: GRPC_LIMITS.maxMessages + 5 }, () => lpm(Uint8Array.from([0x08, 0x01]))));
    const ctx = call(many, okResponse(lpm(new Uint8Array(0))));
    assert.equal(rq(ctx.entries[0]).messages.length, GRPC_LIMITS.maxMessages);
    assert.deepEqual(ctx.entries[0].anomalies, ['truncated']);
    assert.equal(ctx.counts.get('limit.grpc.maxMessages'), 5);
  });

  it('compressed messages: gzip inflated; an encoding we cannot undo keeps the bytes with an error', () => {
    const gz = lpm(gzipSync(Uint8Array.from([0x08, 0x07])), 1);
    const ok = call(gz, okResponse(lpm(new Uint8Array(0))), [lit('grpc-encoding', 'gzip')]);
    assert.deepEqual(rq(ok.entries[0]).messages[0].value, { '1': 7 });
    const snappy = call(gz, okResponse(lpm(new Uint8Array(0))), [lit('grpc-encoding', 'snappy')]);
    const m = rq(snappy.entries[0]).messages[0];
    assert.equal(m.error, 'cannot decompress grpc-encoding snappy');
    assert.ok(m.base64);
  });

  it('a trailers-only error, and a call cut short: no status, partial message flagged', () => {
    const err = call(lpm(new Uint8Array(0)), frame(FRAME.HEADERS, EH | ES, 1, block(idx(STATUS_200), lit('content-type', 'application/grpc'), lit('grpc-status', '14'), lit('grpc-message', 'unavailable%3A%20try%20later'))));
    assert.deepEqual([rs(err.entries[0]).status, rs(err.entries[0]).statusText], [14, 'unavailable: try later']);
    const cut = call(lpm(new Uint8Array(0)), cat(frame(FRAME.HEADERS, EH, 1, block(idx(STATUS_200), lit('content-type', 'application/grpc'))), frame(FRAME.DATA, 0, 1, lpm(utf8('abcdef')).subarray(0, 8))));
    const e = cut.entries[0];
    assert.equal(rs(e).status, undefined);
    assert.deepEqual(rs(e).messages, [{ size: 6, truncated: true, base64: 'YWJj' }]);
    assert.deepEqual(e.anomalies, ['truncated']);
  });

  it('bytes that are not protobuf are kept as base64; other content-types stay http2', () => {
    const junk = call(lpm(Uint8Array.from([0xff, 0xff])), okResponse(lpm(new Uint8Array(0))));
    assert.deepEqual(rq(junk.entries[0]).messages, [{ size: 2, base64: '//8=' }]);
    const plain = run([
      c2s(cat(PREFACE, frame(FRAME.HEADERS, EH | ES, 1, block(idx(POST), lit(':path', '/x'), lit('content-type', 'application/grpc-web'))))),
      s2c(cat(frame(FRAME.HEADERS, EH, 1, block(idx(STATUS_200))), frame(FRAME.DATA, ES, 1, utf8('hi')))),
    ]);
    assert.equal(plain.entries[0].protocol.name, 'http2');
  });
});
