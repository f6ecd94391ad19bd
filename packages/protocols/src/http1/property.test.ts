import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { ChunkMeta, Direction } from '../engine/types.js';
import { concat } from '../capture/test-support/hex.js';
import { http1Dissector } from './index.js';
import { bytes, fakeContext, run, type Step } from './test-support/fake-context.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const join = (parts: Uint8Array[]): Uint8Array => concat(...parts);
const gz = gzipSync('compressed body');

/** A pipelined conversation using most of the grammar: 6 requests, 6 responses. */
const REQUESTS = join([
  enc('GET /a?x=1&y=%41 HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n'),
  enc('POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello'),
  enc('PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;e=1\r\nabc\r\n0\r\nT: v\r\n\r\n'),
  enc('HEAD /d HTTP/1.1\r\n\r\n'),
  enc('GET /e HTTP/1.1\r\nX-Fold: a\r\n b\r\n\r\n'),
  enc('GET /f HTTP/1.1\r\n\r\n'),
]);
const RESPONSES = join([
  enc('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'),
  enc('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nmade\r\n0\r\n\r\n'),
  enc(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\n\r\n`),
  gz,
  enc('HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n'),
  enc('HTTP/1.1 304 Not Modified\r\n\r\n'),
  enc('HTTP/1.1 200 OK\r\n\r\nclose-delimited tail'),
]);
const MESSAGES = 12;

const lfCount = (...bufs: Uint8Array[]): number => bufs.reduce((n, b) => n + b.filter((x) => x === 0x0a).length, 0);

test('the reference conversation gives 6 right pairs', () => {
  const ctx = run([{ dir: 0, data: REQUESTS }, { dir: 1, data: RESPONSES }, { end: 1 }]);
  assert.equal(ctx.entries.length, 6);
  assert.ok(ctx.entries.every((e) => e.request && e.response && e.anomalies === undefined), JSON.stringify(ctx.entries.map((e) => e.anomalies)));
  const statuses = ctx.entries.map((e) => (e.response as { status: number }).status);
  assert.deepEqual(statuses, [200, 201, 200, 200, 304, 200]);
});

test('every truncated prefix of the conversation: no internal error, never more entries than messages', () => {
  for (let k = 0; k <= REQUESTS.length; k++) {
    const ctx = run([{ dir: 0, data: REQUESTS.subarray(0, k) }, { dir: 1, data: RESPONSES }]);
    assert.equal(ctx.counts.get('http1.internal_error'), undefined, `requests cut at ${k}`);
    assert.ok(ctx.entries.length <= MESSAGES);
  }
  for (let k = 0; k <= RESPONSES.length; k++) {
    const ctx = run([{ dir: 0, data: REQUESTS }, { dir: 1, data: RESPONSES.subarray(0, k) }]);
    assert.equal(ctx.counts.get('http1.internal_error'), undefined, `responses cut at ${k}`);
    // Every request is reported, answered or not.
    assert.equal(ctx.entries.filter((e) => e.request).length, 6, `responses cut at ${k}`);
    assert.ok(ctx.entries.length <= MESSAGES);
  }
});

test('property: any split of the conversation gives the same entries as one feed', () => {
  const whole = run([{ dir: 0, data: REQUESTS }, { dir: 1, data: RESPONSES }]).entries;
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }), (sizes) => {
      const ctx = fakeContext();
      const s = http1Dissector.createSession(ctx);
      for (const [dir, data] of [[0, REQUESTS], [1, RESPONSES]] as [Direction, Uint8Array][]) {
        let i = 0;
        let k = 0;
        while (i < data.length) {
          const n = sizes[k++ % sizes.length];
          s.feed(dir, data.slice(i, i + n), { ts: 1000, offset: i, peerAck: -1 });
          i += n;
        }
      }
      s.close(1000);
      assert.deepEqual(ctx.entries, whole);
    }),
    { numRuns: 300 },
  );
});

type Op = { dir: Direction; data: Uint8Array } | { gap: Direction; length: number } | { end: Direction };

function play(ops: Op[]): ReturnType<typeof fakeContext> {
  const ctx = fakeContext({ maxHeaderBytes: 256, maxBodyBytes: 64, maxPendingRequests: 4 });
  const s = http1Dissector.createSession(ctx);
  const off = [0, 0];
  let ts = 0;
  for (const op of ops) {
    const meta = (d: Direction): ChunkMeta => ({ ts: ts++, offset: off[d], peerAck: off[d === 0 ? 1 : 0] });
    if ('data' in op) {
      s.feed(op.dir, op.data, meta(op.dir));
      off[op.dir] += op.data.length;
    } else if ('gap' in op) {
      s.gap(op.gap, op.length, meta(op.gap));
      off[op.gap] += op.length;
    } else s.end(op.end, ts);
  }
  s.close(ts);
  return ctx;
}

const dirArb = fc.constantFrom<Direction>(0, 1);
const opArb = (data: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record({ dir: dirArb, data }) },
    { weight: 1, arbitrary: fc.record({ gap: dirArb, length: fc.integer({ min: 1, max: 100 }) }) },
    { weight: 1, arbitrary: fc.record({ end: dirArb }) },
  );

test('property: random bytes never throw and never make more entries than lines', () => {
  fc.assert(
    fc.property(fc.array(opArb(fc.uint8Array({ maxLength: 80 })), { maxLength: 30 }), (ops) => {
      const ctx = play(ops);
      assert.equal(ctx.counts.get('http1.internal_error'), undefined);
      const fed = ops.flatMap((o) => ('data' in o ? [o.data] : []));
      assert.ok(ctx.entries.length <= lfCount(...fed));
    }),
    { numRuns: 1000 },
  );
});

const TOKENS = [
  'GET / HTTP/1.1\r\n', 'HTTP/1.1 200 OK\r\n', 'HTTP/1.1 100 Continue\r\n', 'HTTP/1.1 101 Switching\r\n', 'CONNECT a:1 HTTP/1.1\r\n',
  'HEAD /h HTTP/1.0\r\n', 'Content-Length: 3\r\n', 'Content-Length: x\r\n', 'Transfer-Encoding: chunked\r\n', 'Content-Encoding: gzip\r\n',
  '\r\n', '\n', '5\r\n', '0\r\n', 'abc', 'f;x=y\r\n', 'GET /09\r\n', ' folded\r\n', ':\r\n', '\0',
].map(enc);

test('property: mutated HTTP-like conversations never throw and never make more entries than messages', () => {
  const msgArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map(join);
  const mutate = fc.tuple(msgArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })).map(([m, flips]) => {
    const out = m.slice();
    for (const [at, v] of flips) if (out.length > 0) out[at % out.length] = v;
    return out;
  });
  fc.assert(
    fc.property(fc.array(opArb(mutate), { maxLength: 25 }), (ops) => {
      const ctx = play(ops);
      assert.equal(ctx.counts.get('http1.internal_error'), undefined);
      const fed = ops.flatMap((o) => ('data' in o ? [o.data] : []));
      // An entry holds at least one message, and every message has a start line ending in LF.
      assert.ok(ctx.entries.length <= lfCount(...fed));
      for (const e of ctx.entries) assert.ok(e.request !== null || e.response !== null);
    }),
    { numRuns: 1500 },
  );
});

test('property: mutated reference conversation, split anywhere, never throws', () => {
  fc.assert(
    fc.property(fc.nat(REQUESTS.length - 1), fc.nat(RESPONSES.length - 1), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 50 }), (i, j, v, n) => {
      const rq = REQUESTS.slice();
      const rs = RESPONSES.slice();
      rq[i] = v;
      rs[j] = v;
      const steps: Step[] = [{ dir: 0, data: rq }, { dir: 1, data: rs }];
      const one = run(steps);
      const split = run(steps, { split: n });
      assert.equal(one.counts.get('http1.internal_error'), undefined);
      assert.ok(one.entries.length <= 6 * 2);
      assert.deepEqual(split.entries, one.entries);
    }),
    { numRuns: 500 },
  );
});

test('an HTTP/0.9 reply whose first bytes could start a status line: byte by byte = one feed', () => {
  // Found by the property above ([5,1,10,1]): `GET /\n` is a 0.9 request, so the reply has no
  // head; its first byte alone ("H") was carried as a possible status line and then rejected.
  for (const reply of ['H\nTP/1.1 200 OK\r\n\r\nbody', 'HTTP/1.1 2x0 OK\r\n', 'HTTP/1.', 'HTTP/1.1 200 OK\r\n\r\n']) {
    const steps: Step[] = [{ dir: 0, data: 'GET /\n' }, { dir: 1, data: reply }];
    const one = run(steps);
    for (const n of [1, 2, 5]) assert.deepEqual(run(steps, { split: n }).entries, one.entries, `${JSON.stringify(reply)} split ${n}`);
  }
});

test('after close() nothing more is emitted and nothing throws', () => {
  const ctx = fakeContext();
  const s = http1Dissector.createSession(ctx);
  s.close(0);
  s.feed(0, bytes('GET / HTTP/1.1\r\n\r\n'), { ts: 0, offset: 0, peerAck: -1 });
  s.gap(1, 10, { ts: 0, offset: 0, peerAck: -1 });
  s.end(1, 0);
  s.close(0);
  assert.equal(ctx.entries.length, 0);
});
