// The session on scripted conversations: pairing per channel, one-way methods, content across
// frames, closes that answer pending requests, redaction, gaps, limits; byte-by-byte = one-shot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { PartialEntry } from '../engine/types.js';
import { body, cat, header, HEARTBEAT, method, PROTOCOL_HEADER_BYTES } from './test-support/frames.js';
import { c, run, s, type Step } from './test-support/run.js';

const rq = (e: PartialEntry) => e.request as Record<string, any>;
const rs = (e: PartialEntry) => e.response as Record<string, any> | null;
const summary = (es: PartialEntry[]) => es.map((e) => [rq(e)?.method, rs(e)?.method ?? null, rs(e)?.status ?? null]);

const enc = new TextEncoder();
const PLAIN = cat(Uint8Array.of(0), enc.encode('guest'), Uint8Array.of(0), enc.encode('s3cr3t'));

const HANDSHAKE: Step[] = [
  c(PROTOCOL_HEADER_BYTES),
  s(method(0, 'connection.start', { versionMajor: 0, versionMinor: 9, serverProperties: { product: 'RabbitMQ' }, mechanisms: 'PLAIN AMQPLAIN', locales: 'en_US' })),
  c(method(0, 'connection.start-ok', { clientProperties: { product: 'test' }, mechanism: 'PLAIN', response: PLAIN, locale: 'en_US' })),
  s(method(0, 'connection.tune', { channelMax: 2047, frameMax: 131072, heartbeat: 60 })),
  c(method(0, 'connection.tune-ok', { channelMax: 2047, frameMax: 4096, heartbeat: 60 })),
  c(method(0, 'connection.open', { virtualHost: '/' })),
  s(method(0, 'connection.open-ok')),
  c(method(1, 'channel.open')),
  s(method(1, 'channel.open-ok')),
];

const PUBLISH_BYTES = cat(method(1, 'basic.publish', { exchange: 'orders', routingKey: 'order.created' }), header(1, 11, { contentType: 'application/json', headers: { 'x-trace': 'abc', n: 1 }, deliveryMode: 2, correlationId: 'c1', replyTo: 'r', messageId: 'm1' }), body(1, '{"id":'), body(1, '42}'), body(1, '  '));
const PUBLISH: Step[] = [c(PUBLISH_BYTES)];

test('handshake, sync pairs, publish with properties and a body over three frames', () => {
  const ctx = run([...HANDSHAKE, c(method(1, 'queue.declare', { queue: 'q1', durable: true })), s(method(1, 'queue.declare-ok', { queue: 'q1', messageCount: 3, consumerCount: 1 })), c(HEARTBEAT), s(HEARTBEAT), ...PUBLISH]);
  assert.deepEqual(summary(ctx.entries), [
    ['connection.start', 'connection.start-ok', 0],
    ['connection.tune', 'connection.tune-ok', 0],
    ['connection.open', 'connection.open-ok', 0],
    ['channel.open', 'channel.open-ok', 0],
    ['queue.declare', 'queue.declare-ok', 0],
    ['basic.publish', null, null],
  ]);
  const [start, , , , declare, publish] = ctx.entries;
  assert.equal(rs(start)!.response, '[redacted]');
  assert.equal(rs(start)!.user, 'guest');
  assert.ok(!JSON.stringify(ctx.entries).includes('s3cr3t'));
  assert.equal(rq(start).mechanisms, 'PLAIN AMQPLAIN');
  assert.deepEqual(rq(declare), { method: 'queue.declare', channel: 1, path: 'q1', queue: 'q1', passive: false, durable: true, exclusive: false, autoDelete: false, noWait: false, arguments: {} });
  assert.deepEqual(rs(declare), { status: 0, method: 'queue.declare-ok', queue: 'q1', messageCount: 3, consumerCount: 1 });
  assert.equal(declare.elapsedTime, 1);
  assert.equal(rq(publish).path, 'orders');
  assert.deepEqual(rq(publish).properties, { contentType: 'application/json', headers: { 'x-trace': 'abc', n: 1 }, deliveryMode: 2, correlationId: 'c1', replyTo: 'r', messageId: 'm1' });
  assert.deepEqual(rq(publish).body, { encoding: 'utf8', text: '{"id":42}  ', size: 11, captured: 11, truncated: false });
  assert.equal(publish.requestSize, PUBLISH_BYTES.length, 'method, header and body frames with their framing');
  assert.equal(publish.anomalies, undefined);
});

test('byte-by-byte feed equals one-shot feed', () => {
  const steps = [...HANDSHAKE, ...PUBLISH, s(cat(method(1, 'basic.deliver', { consumerTag: 't', deliveryTag: 1, exchange: 'orders', routingKey: 'k' }), header(1, 3), body(1, 'abc')))];
  const one = run(steps).entries;
  for (const split of [1, 2, 7, 13]) assert.deepEqual(run(steps, { split }).entries.map((e) => ({ ...e, timestamp: 0, elapsedTime: 0 })), one.map((e) => ({ ...e, timestamp: 0, elapsedTime: 0 })), `split ${split}`);
});

test('server close answers the pending request with its code; the close pairs with close-ok', () => {
  const ctx = run([...HANDSHAKE, c(method(1, 'queue.declare', { queue: 'nope', passive: true })), s(method(1, 'channel.close', { replyCode: 404, replyText: "NOT_FOUND - no queue 'nope'", classId: 50, methodId: 10 })), c(method(1, 'channel.close-ok'))]);
  const [declare, close] = ctx.entries.slice(4);
  assert.deepEqual(rs(declare), { status: 404, method: 'channel.close', replyCode: 404, replyText: "NOT_FOUND - no queue 'nope'" });
  assert.deepEqual(summary([close]), [['channel.close', 'channel.close-ok', 404]]);
  assert.equal(rs(close)!.replyText, "NOT_FOUND - no queue 'nope'");
  assert.equal(rq(close).replyCode, 404);
});

test('connection.close 530 answers connection.open; a normal close is status 0', () => {
  const ctx = run([...HANDSHAKE.slice(0, 6), s(method(0, 'connection.close', { replyCode: 530, replyText: 'NOT_ALLOWED', classId: 10, methodId: 40 })), c(method(0, 'connection.close-ok'))]);
  assert.deepEqual(summary(ctx.entries.slice(2)), [['connection.open', 'connection.close', 530], ['connection.close', 'connection.close-ok', 530]]);
  const normal = run([...HANDSHAKE, c(method(0, 'connection.close', { replyCode: 200, replyText: 'bye' })), s(method(0, 'connection.close-ok'))]);
  assert.deepEqual(summary(normal.entries.slice(-1)), [['connection.close', 'connection.close-ok', 0]]);
});

test('basic.return carries its reply code; get-ok carries the message; get-empty', () => {
  const ctx = run([
    ...HANDSHAKE,
    s(cat(method(1, 'basic.return', { replyCode: 312, replyText: 'NO_ROUTE', exchange: 'amq.direct', routingKey: 'x' }), header(1, 2, { messageId: 'r1' }), body(1, 'hi'))),
    c(method(1, 'basic.get', { queue: 'q' })),
    s(cat(method(1, 'basic.get-ok', { deliveryTag: 1, exchange: '', routingKey: 'q', messageCount: 0 }), header(1, 4), body(1, 'data'))),
    c(method(1, 'basic.get', { queue: 'q', noAck: true })),
    s(method(1, 'basic.get-empty')),
  ]);
  const [ret, got, empty] = ctx.entries.slice(4);
  assert.deepEqual(rs(ret), { status: 312, method: 'basic.return', replyText: 'NO_ROUTE' });
  assert.equal(rq(ret).body.text, 'hi');
  assert.equal(rq(ret).properties.messageId, 'r1');
  assert.equal(rs(got)!.body.text, 'data');
  assert.equal(rs(got)!.method, 'basic.get-ok');
  assert.equal(rq(got).path, 'q');
  assert.deepEqual(summary([empty]), [['basic.get', 'basic.get-empty', 0]]);
});

test('no-wait requests and server cancels are one-way; unanswered requests end at close', () => {
  const ctx = run([...HANDSHAKE, c(method(1, 'queue.declare', { queue: 'a', noWait: true })), s(method(1, 'basic.cancel', { consumerTag: 'ct' })), c(method(1, 'queue.bind', { queue: 'a', exchange: 'e' }))]);
  assert.deepEqual(summary(ctx.entries.slice(4)), [['queue.declare', null, null], ['basic.cancel', null, null], ['queue.bind', null, null]]);
  assert.equal(ctx.entries[6].elapsedTime, null);
});

test('a reply nobody asked for (mid-stream) is kept, marked unpaired', () => {
  const ctx = run([s(method(1, 'queue.declare-ok', { queue: 'x' }))]);
  assert.deepEqual(summary(ctx.entries), [['queue.declare-ok', 'queue.declare-ok', 0]]);
  assert.deepEqual(ctx.entries[0].anomalies, ['unpaired']);
});

test('channels pair independently', () => {
  const ctx = run([...HANDSHAKE, c(method(2, 'queue.declare', { queue: 'two' })), c(method(1, 'queue.declare', { queue: 'one' })), s(method(1, 'queue.declare-ok', { queue: 'one' })), s(method(2, 'queue.declare-ok', { queue: 'two' }))]);
  assert.deepEqual(ctx.entries.slice(4).map((e) => [rq(e).queue, rs(e)!.queue]), [['one', 'one'], ['two', 'two']]);
});

test('a gap inside a body is absorbed (body.missing); a gap elsewhere resynchronises', () => {
  const pub = method(1, 'basic.publish', { exchange: 'e' });
  const ctx = run([...HANDSHAKE, c(cat(pub, header(1, 10), Uint8Array.of(3, 0, 1, 0, 0, 0, 10), enc.encode('abc'))), { gap: 0, length: 4 }, c(cat(enc.encode('xyz'), Uint8Array.of(0xce)))]);
  const e = ctx.entries.at(-1)!;
  assert.equal(rq(e).body.size, 10);
  assert.equal(rq(e).body.missing, 4);
  assert.equal(rq(e).body.truncated, true);
  assert.deepEqual(e.anomalies, ['gap']);
  const lost = run([...HANDSHAKE, c(method(1, 'queue.declare', { queue: 'a' })), { gap: 0, length: 30 }, c(cat(enc.encode('garbage!'), method(1, 'queue.declare', { queue: 'b' }))), s(method(1, 'queue.declare-ok', { queue: 'a' })), s(method(1, 'queue.declare-ok', { queue: 'b' }))]);
  assert.deepEqual(lost.entries.slice(4).map((e) => [rq(e).queue, rs(e)?.queue]), [['a', 'a'], ['b', 'b']]);
  assert.equal(lost.counts.get('amqp.resync'), 1);
});

test('bounded: body bytes kept, pending per channel', () => {
  const big = new Uint8Array(5000).fill(0x61);
  const ctx = run([...HANDSHAKE, c(cat(method(1, 'basic.publish'), header(1, 5000), body(1, big)))], { limits: { maxBodyBytes: 100 } });
  const b = rq(ctx.entries.at(-1)!).body;
  assert.deepEqual([b.size, b.captured, b.truncated], [5000, 100, true]);
  const many = run([...HANDSHAKE, ...Array.from({ length: 70 }, (_, i) => c(method(1, 'queue.declare', { queue: `q${i}` })))]);
  assert.equal(many.counts.get('limit.amqp.maxPendingPerChannel'), 6);
  assert.equal(many.entries.length, 4 + 70);
});

test('a method interrupting a message ends it as truncated', () => {
  const ctx = run([...HANDSHAKE, c(cat(method(1, 'basic.publish'), header(1, 10), body(1, 'abc'), method(1, 'basic.qos')))]);
  const pub = ctx.entries.find((e) => rq(e).method === 'basic.publish')!;
  assert.deepEqual(pub.anomalies, ['truncated']);
  assert.equal(rq(pub).body.truncated, true);
});

test('property: any bytes in any pieces never throw', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 200 })), { maxLength: 8 }), fc.integer({ min: 1, max: 50 }), (chunks, split) => {
      run([...HANDSHAKE.slice(0, 2), ...chunks.map(([d, b]) => (d ? c(b) : s(b)))], { split });
      return true;
    }),
    { numRuns: 500 },
  );
});
