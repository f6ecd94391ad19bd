// The real Engine with the Kafka dissector, driven by hand-built packets: mid-stream captures
// (server bytes first), topic ids learnt from Metadata, any port.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../engine/engine.js';
import { Conversation } from '../engine/test-support/conversation.js';
import type { Entry } from '../entry/types.js';
import { http1Dissector } from '../http1/index.js';
import { kafkaDissector } from './index.js';
import { carr, concat, cstr, hex, i16, i32, i64, i8, requestFrame, responseFrame, TAGS0 } from './test-support/frames.js';

function run(build: (c: Conversation) => ReturnType<Conversation['c']>[], serverPort = 45678): Entry[] {
  const entries: Entry[] = [];
  const e = new Engine({ dissectors: [kafkaDissector, http1Dissector], node: 'n', captureId: 'c', onEntry: (x) => entries.push(x) });
  for (const p of build(new Conversation({ serverPort }))) e.packet(p);
  e.finish();
  return entries;
}

const hbReq = (corr: number) => requestFrame(12, 4, corr, 'c1', true, cstr('g'), i32(3), cstr('m1'), cstr(null), TAGS0);
const hbResp = (corr: number, err = 0) => responseFrame(corr, true, i32(0), i16(err), TAGS0);

test('mid-stream, server bytes first: held until the client side detects, then an unpaired response', () => {
  // No handshake; the first segment is a response (undetectable alone: size + correlation id).
  const entries = run((c) => [c.s(hbResp(5, 25)), c.c(hbReq(6)), c.s(hbResp(6))]);
  assert.equal(entries.length, 2);
  const [lost, ok] = entries;
  assert.deepEqual([lost.request, lost.response, lost.anomalies], [null, { correlationId: 5 }, ['unpaired']]);
  assert.deepEqual([(ok.request as Record<string, unknown>).correlationId, ok.response?.status, ok.anomalies], [6, 0, undefined]);
  // Roles come from the client's request: src is the client.
  assert.equal(ok.dst.port, 45678);
  assert.equal(lost.dst.port, 45678);
});

test('Fetch v13+ topic ids are named from the Metadata answers of the connection', () => {
  const id = hex('5a 8c 1e 04 7b 3d 4f 10 9a 2b 11 22 33 44 55 66');
  const metaReq = requestFrame(3, 12, 1, 'c1', true, carr([id], (x) => concat(x, cstr('payments'), TAGS0)), i8(0), i8(0), TAGS0);
  const metaResp = responseFrame(1, true, i32(0), carr([0], (n) => concat(i32(n), cstr('b0'), i32(9092), cstr(null), TAGS0)), cstr('k'), i32(0), carr(['payments'], (t) => concat(i16(0), cstr(t), id, i8(0), carr([], () => TAGS0), i32(0), TAGS0)), TAGS0);
  const fetch = requestFrame(1, 13, 2, 'c1', true, i32(-1), i32(500), i32(1), i32(1000), i8(0), i32(0), i32(-1), carr([id], (x) => concat(x, carr([0], (p) => concat(i32(p), i32(0), i64(7), i32(-1), i64(-1), i32(100), TAGS0)), TAGS0)), carr([], () => TAGS0), cstr(''), TAGS0);
  const fetchResp = responseFrame(2, true, i32(0), i16(0), i32(0), carr([id], (x) => concat(x, carr([0], (p) => concat(i32(p), i16(0), i64(7), i64(7), i64(0), carr([], () => TAGS0), i32(-1), carr(null, () => TAGS0), TAGS0)), TAGS0)), TAGS0);
  const entries = run((c) => [...c.handshake(), c.c(metaReq), c.s(metaResp), c.c(fetch), c.s(fetchResp)], 9092);
  assert.equal(entries.length, 2);
  const f = entries[1].request as Record<string, unknown>;
  assert.deepEqual([f.apiKey, f.apiVersion, f.topic, f.path, (f.partitions as Record<string, unknown>[])[0].topicId], ['Fetch', 13, 'payments', 'payments', '5a8c1e04-7b3d-4f10-9a2b-112233445566']);
  const r = entries[1].response as Record<string, unknown>;
  assert.deepEqual([(r.partitions as Record<string, unknown>[])[0].topic, r.status, entries[1].anomalies], ['payments', 0, undefined]);
});
