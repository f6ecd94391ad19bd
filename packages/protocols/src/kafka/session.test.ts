// The session: pairing by correlation id, acks=0, gaps and resynchronisation, bounds, and the
// four parser tests (byte-by-byte = one shot, property, wrong protocol).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { KAFKA_LIMITS } from './limits.js';
import { arr, bytes, carr, cbytes, concat, cstr, i16, i32, i64, recordBatch, requestFrame, responseFrame, str, TAGS0 } from './test-support/frames.js';
import { req, res, runKafka, type Step } from './test-support/run.js';

const heartbeatReq = (corr: number) => requestFrame(12, 4, corr, 'client-1', true, cstr('g'), i32(3), cstr('m1'), cstr(null), TAGS0);
const heartbeatResp = (corr: number, err = 0) => responseFrame(corr, true, i32(0), i16(err), TAGS0);
const batch = recordBatch(0, 4, 0, new Uint8Array(20));
const produceReq = (corr: number, acks: number, topic = 'orders') => requestFrame(0, 7, corr, 'p', false, str(null), i16(acks), i32(1000), arr([topic], (t) => concat(str(t), arr([0], (p) => concat(i32(p), bytes(batch))))));
const produceResp = (corr: number) => responseFrame(corr, false, arr(['orders'], (t) => concat(str(t), arr([0], (p) => concat(i32(p), i16(0), i64(10), i64(-1), i64(0))))), i32(0));

test('pairs by correlation id, responses decoded with their request', () => {
  const ctx = runKafka([req(heartbeatReq(1), 1000), req(produceReq(2, -1), 1001), res(heartbeatResp(1, 27), 1005), res(produceResp(2), 1010)]);
  assert.equal(ctx.entries.length, 2);
  const [hb, pr] = ctx.entries;
  assert.deepEqual(hb.request, { method: 'Heartbeat', path: 'g', apiKey: 'Heartbeat', apiVersion: 4, correlationId: 1, clientId: 'client-1', groupId: 'g', generationId: 3, memberId: 'm1', groupInstanceId: null });
  assert.deepEqual(hb.response, { status: 27, error: 'REBALANCE_IN_PROGRESS', correlationId: 1, throttleTimeMs: 0, errorCode: 27 });
  assert.deepEqual([hb.timestamp, hb.elapsedTime, hb.requestSize, hb.responseSize, hb.anomalies], [1000, 5, heartbeatReq(1).length, heartbeatResp(1).length, undefined]);
  assert.deepEqual(hb.protocol, { name: 'kafka', version: '4', abbr: 'KAFKA' });
  assert.equal(pr.request?.method, 'Produce');
  assert.equal(pr.request?.path, 'orders');
  assert.equal(pr.request?.recordCount, 4);
  assert.equal(pr.response?.status, 0);
  assert.equal(pr.elapsedTime, 9);
});

test('Produce acks=0: emitted at once, no response, not unpaired', () => {
  const ctx = runKafka([req(produceReq(5, 0), 1000), req(heartbeatReq(6), 1001), res(heartbeatResp(6), 1002)], { noClose: true });
  assert.equal(ctx.entries.length, 2);
  assert.equal(ctx.entries[0].request?.acks, 0);
  assert.equal(ctx.entries[0].response, null);
  assert.equal(ctx.entries[0].elapsedTime, null);
  assert.equal(ctx.entries[0].anomalies, undefined);
  assert.equal(ctx.entries[1].request?.correlationId, 6);
});

test('a request without a response is emitted at close, unpaired', () => {
  const ctx = runKafka([req(heartbeatReq(1))]);
  assert.equal(ctx.entries.length, 1);
  assert.equal(ctx.entries[0].response, null);
  assert.deepEqual(ctx.entries[0].anomalies, ['unpaired']);
});

test('a response settles the older requests (in-order broker): they are unpaired', () => {
  const ctx = runKafka([req(heartbeatReq(1)), req(heartbeatReq(2)), res(heartbeatResp(2))]);
  assert.deepEqual(ctx.entries.map((e) => [e.request?.correlationId, e.response?.correlationId ?? null, e.anomalies]), [[1, null, ['unpaired']], [2, 2, undefined]]);
});

test('a response to an unknown request: request null, no status', () => {
  const ctx = runKafka([res(heartbeatResp(9))]);
  assert.equal(ctx.entries.length, 1);
  assert.equal(ctx.entries[0].request, null);
  assert.deepEqual(ctx.entries[0].response, { correlationId: 9 });
  assert.deepEqual(ctx.entries[0].anomalies, ['unpaired']);
});

test('byte-by-byte feed equals one-shot feed', () => {
  const steps: Step[] = [req(concat(heartbeatReq(1), produceReq(2, -1), produceReq(3, 0))), res(concat(heartbeatResp(1), produceResp(2)))];
  const one = runKafka(steps).entries;
  for (const split of [1, 2, 3, 7, 64]) assert.deepEqual(runKafka(steps, { split }).entries, one, `split ${split}`);
  assert.equal(one.length, 3);
});

test('a gap inside a frame keeps framing: the entry says gap and truncated', () => {
  const p = produceReq(2, -1);
  const ctx = runKafka([req(heartbeatReq(1)), res(heartbeatResp(1)), req(p.subarray(0, 40)), { gap: 0, length: 20 }, req(p.subarray(60)), req(heartbeatReq(3)), res(produceResp(2)), res(heartbeatResp(3))]);
  assert.equal(ctx.entries.length, 3);
  const e = ctx.entries[1];
  assert.equal(e.request?.correlationId, 2);
  assert.equal(e.request?.topic, 'orders');
  assert.deepEqual(e.anomalies, ['gap', 'truncated']);
  assert.equal(e.response?.status, 0);
  assert.equal(ctx.entries[2].anomalies, undefined);
});

test('a gap inside a frame header: nothing is invented, the next request carries the gap', () => {
  const ctx = runKafka([req(heartbeatReq(1).subarray(0, 7)), { gap: 0, length: heartbeatReq(1).length - 7 }, req(heartbeatReq(2)), res(heartbeatResp(1)), res(heartbeatResp(2))]);
  assert.deepEqual(ctx.entries.map((e) => [e.request?.correlationId ?? null, e.response?.correlationId, e.anomalies]), [
    [null, 1, ['unpaired']],
    [2, 2, ['gap']],
  ]);
  assert.equal(ctx.counts.get('kafka.header_lost'), 1);
});

test('a gap over a frame start: resync on the next request; responses resync on a pending id', () => {
  const ctx = runKafka([
    req(heartbeatReq(1)),
    { gap: 0, length: 30 },
    req(heartbeatReq(2).subarray(10)), // the rest of a frame: not a frame start, dropped
    req(heartbeatReq(3)),
    res(heartbeatResp(1)),
    { gap: 1, length: 5 },
    res(heartbeatResp(99).subarray(2)), // garbage after the gap
    res(heartbeatResp(3)),
  ]);
  assert.deepEqual(ctx.entries.map((e) => [e.request?.correlationId, e.response?.correlationId, e.anomalies]), [
    [1, 1, undefined],
    [3, 3, ['gap', 'desync']],
  ]);
  assert.equal(ctx.counts.get('kafka.resync'), 2);
});

test('a bad size desynchronises the direction until a frame start', () => {
  const ctx = runKafka([req(concat(i32(0x7fffffff), i32(0))), req(heartbeatReq(1)), res(heartbeatResp(1))]);
  assert.equal(ctx.entries.length, 1);
  assert.deepEqual(ctx.entries[0].anomalies, ['desync']);
  assert.equal(ctx.counts.get('kafka.desync.bad_size'), 1);
});

test('pending requests are bounded', () => {
  const steps: Step[] = [];
  for (let i = 0; i < 10; i++) steps.push(req(heartbeatReq(i)));
  const ctx = runKafka(steps, { limits: { maxPendingRequests: 4 }, noClose: true });
  assert.equal(ctx.entries.length, 6);
  assert.equal(ctx.counts.get('kafka.limit.pending'), 6);
});

test('a frame larger than the decode limit: counted sizes, partial decode, truncated', () => {
  const big = recordBatch(0, 1000, 0, new Uint8Array(KAFKA_LIMITS.maxDecodeBytes + 1000));
  const p = requestFrame(0, 9, 1, 'p', true, cstr(null), i16(1), i32(1), carr(['big'], (t) => concat(cstr(t), carr([0], (x) => concat(i32(x), cbytes(big), TAGS0)), TAGS0)), TAGS0);
  const ctx = runKafka([req(p, 1), res(responseFrame(1, true, carr([], () => TAGS0), i32(0), TAGS0), 2)], { split: 1400 });
  assert.equal(ctx.entries.length, 1);
  const e = ctx.entries[0];
  assert.equal(e.requestSize, p.length);
  assert.equal(e.request?.topic, 'big');
  assert.equal(e.request?.recordCount, 1000);
  assert.deepEqual(e.anomalies, ['truncated']);
  assert.equal(ctx.counts.get('kafka.limit.maxDecodeBytes'), 1);
});

test('wrong protocol: HTTP, TLS, RESP bytes yield nothing', () => {
  const enc = new TextEncoder();
  for (const junk of ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', '*1\r\n$4\r\nPING\r\n', '\x16\x03\x01\x00\xc8\x01\x00\x00\xc4']) {
    const ctx = runKafka([req(enc.encode(junk)), res(enc.encode('HTTP/1.1 200 OK\r\n\r\n'))]);
    assert.equal(ctx.entries.length, 0, junk);
  }
});

test('property: any bytes, any split, never throws, bounded entries', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.uint8Array({ maxLength: 200 })), { maxLength: 12 }), fc.integer({ min: 1, max: 50 }), (chunks, split) => {
      const steps: Step[] = chunks.map(([d, b]) => ({ dir: d as 0 | 1, data: b }));
      const total = chunks.reduce((n, [, b]) => n + b.length, 0);
      const ctx = runKafka(steps, { split });
      assert.ok(ctx.entries.length <= total / 4 + 1);
      assert.equal(ctx.counts.get('kafka.internal_error'), undefined);
    }),
    { numRuns: 500 },
  );
  // Real frames mutated: still never throws.
  const base = concat(heartbeatReq(1), produceReq(2, -1));
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (flips) => {
      const b = base.slice();
      for (const [at, v] of flips) b[at] = v;
      const ctx = runKafka([req(b), res(concat(heartbeatResp(1), produceResp(2)))]);
      assert.equal(ctx.counts.get('kafka.internal_error'), undefined);
    }),
    { numRuns: 500 },
  );
});
