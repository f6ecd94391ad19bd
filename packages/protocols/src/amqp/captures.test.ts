// Our own captures (captures/record.mjs: amqplib against a real RabbitMQ 3.10 on 127.0.0.1:5680,
// a port no table maps to AMQP) replayed through the real engine: exact entries for the key
// operations, plus the golden file beside each pcap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replay } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const PORT = 5680;
const rq = (e: Entry) => e.request as Record<string, any>;
const rs = (e: Entry) => e.response as Record<string, any> | null;
const line = (e: Entry) => [rq(e).channel, rq(e).method, rq(e).path ?? null, rs(e)?.method ?? null, rs(e)?.status ?? null];

function common(entries: Entry[]): void {
  for (const e of entries) {
    assert.deepEqual(e.protocol, { name: 'amqp', version: '0-9-1', abbr: 'AMQP' });
    assert.equal(e.dst.port, PORT, 'dst is the broker');
    assert.notEqual(e.src.port, PORT);
    assert.equal(e.anomalies, undefined, `${e.id} ${JSON.stringify(e.anomalies)}`);
    assert.ok(e.requestSize > 0);
  }
}

test('session.pcap: topology, publish with properties, consume/deliver/ack, get, tx, confirms', () => {
  const { entries, stats } = replay(`${DIR}session.pcap`);
  common(entries);
  assert.deepEqual(entries.map(line), [
    [0, 'connection.start', null, 'connection.start-ok', 0],
    [0, 'connection.tune', null, 'connection.tune-ok', 0],
    [0, 'connection.open', null, 'connection.open-ok', 0],
    [1, 'channel.open', null, 'channel.open-ok', 0],
    [1, 'exchange.declare', 'trawl.ex', 'exchange.declare-ok', 0],
    [1, 'queue.declare', 'trawl.q', 'queue.declare-ok', 0],
    [1, 'queue.bind', 'trawl.q', 'queue.bind-ok', 0],
    [1, 'basic.publish', 'trawl.ex', null, null],
    [1, 'basic.publish', 'trawl.ex', null, null],
    [1, 'basic.qos', null, 'basic.qos-ok', 0],
    [1, 'basic.consume', 'trawl.q', 'basic.consume-ok', 0],
    [1, 'basic.deliver', 'trawl.ex', null, null],
    [1, 'basic.deliver', 'trawl.ex', null, null],
    [1, 'basic.ack', null, null, null],
    [1, 'basic.ack', null, null, null],
    [1, 'basic.cancel', null, 'basic.cancel-ok', 0],
    [1, 'basic.publish', 'trawl.ex', null, null],
    [1, 'basic.get', 'trawl.q', 'basic.get-ok', 0],
    [1, 'basic.ack', null, null, null],
    [1, 'basic.get', 'trawl.q', 'basic.get-empty', 0],
    [1, 'tx.select', null, 'tx.select-ok', 0],
    [1, 'basic.publish', '', null, null],
    [1, 'tx.commit', null, 'tx.commit-ok', 0],
    [1, 'queue.purge', 'trawl.q', 'queue.purge-ok', 0],
    [1, 'queue.unbind', 'trawl.q', 'queue.unbind-ok', 0],
    [1, 'queue.delete', 'trawl.q', 'queue.delete-ok', 0],
    [1, 'exchange.delete', 'trawl.ex', 'exchange.delete-ok', 0],
    [1, 'channel.close', null, 'channel.close-ok', 0],
    [1, 'channel.open', null, 'channel.open-ok', 0],
    [1, 'confirm.select', null, 'confirm.select-ok', 0],
    [1, 'queue.declare', 'trawl.c', 'queue.declare-ok', 0],
    [1, 'basic.publish', '', null, null],
    [1, 'basic.ack', null, null, null],
    [1, 'channel.close', null, 'channel.close-ok', 0],
    [0, 'connection.close', null, 'connection.close-ok', 0],
  ]);
  assert.equal(new Set(entries.map((e) => e.src.port)).size, 1, 'one connection');
  const [start, , open, , exDeclare, qDeclare, bind, pub, big] = entries;
  // PLAIN credentials: the user is shown, the password never.
  assert.equal(rs(start)!.mechanism, 'PLAIN');
  assert.equal(rs(start)!.response, '[redacted]');
  assert.equal(rs(start)!.user, 'guest');
  assert.equal(rq(start).serverProperties.product, 'RabbitMQ');
  assert.equal(rq(open).virtualHost, '/');
  assert.deepEqual(rq(exDeclare), { method: 'exchange.declare', channel: 1, path: 'trawl.ex', exchange: 'trawl.ex', type: 'topic', passive: false, durable: false, autoDelete: false, internal: false, noWait: false, arguments: { 'x-note': 'demo' } });
  assert.deepEqual(rq(qDeclare).arguments, { 'x-max-length': 100 });
  assert.deepEqual(rs(qDeclare), { status: 0, method: 'queue.declare-ok', queue: 'trawl.q', messageCount: 0, consumerCount: 0 });
  assert.deepEqual([rq(bind).exchange, rq(bind).routingKey], ['trawl.ex', 'order.*']);
  assert.deepEqual(rq(pub).properties, {
    contentType: 'application/json',
    contentEncoding: 'identity',
    headers: { 'x-trace': 'abc-123', attempt: 3, ok: true, ratio: 1.5, tags: ['a', 7], nested: { deep: 'yes' } },
    deliveryMode: 2,
    priority: 5,
    correlationId: 'corr-1',
    replyTo: 'trawl.replies',
    expiration: '60000',
    messageId: 'msg-1',
    timestamp: 1764900000,
    type: 'order',
    userId: 'guest',
    appId: 'trawl-test',
  });
  assert.equal(rq(pub).routingKey, 'order.created');
  assert.equal(rq(pub).body.text, '{"id":42,"item":"book"}');
  assert.equal(pub.response, null);
  assert.equal(pub.elapsedTime, null);
  // 10 000 bytes over three body frames at frameMax 4096: reassembled, sized with framing.
  assert.deepEqual([rq(big).body.size, rq(big).body.captured, rq(big).body.truncated], [10000, 10000, false]);
  assert.ok(/^z{10000}$/.test(rq(big).body.text));
  // publish frame (26-byte payload) + header frame (29: sizes, content-type, empty headers) + three body frames.
  assert.equal(big.requestSize, 8 + 26 + (8 + 29) + 10000 + 3 * 8);
  const deliver = entries[11];
  assert.deepEqual([rq(deliver).consumerTag, rq(deliver).deliveryTag, rq(deliver).routingKey, rq(deliver).body.text], ['trawl-consumer', 1, 'order.created', '{"id":42,"item":"book"}']);
  assert.equal(rq(deliver).properties.correlationId, 'corr-1');
  assert.equal(rq(entries[13]).deliveryTag, 1);
  const get = entries[17];
  assert.deepEqual([rs(get)!.body.text, rs(get)!.routingKey, rs(get)!.properties.contentType], ['fetch me', 'order.get', 'text/plain']);
  assert.ok(get.elapsedTime !== null && get.elapsedTime >= 0);
  assert.equal(rs(entries[23])!.messageCount, 1, 'the message published in the transaction');
  // Publisher confirm: the broker's basic.ack is a one-way entry too (sent by the server).
  assert.equal(rq(entries[32]).deliveryTag, 1);
  assert.equal(stats.counters['amqp.internal_error'], undefined);
  assertGolden(`${DIR}session`, entries);
});

test('errors.pcap: 404 close after a publish, 312 return, 404 passive declare, 530 vhost', () => {
  const { entries } = replay(`${DIR}errors.pcap`);
  common(entries);
  assert.deepEqual(entries.map(line), [
    [0, 'connection.start', null, 'connection.start-ok', 0],
    [0, 'connection.tune', null, 'connection.tune-ok', 0],
    [0, 'connection.open', null, 'connection.open-ok', 0],
    [1, 'channel.open', null, 'channel.open-ok', 0],
    [1, 'basic.publish', 'trawl.missing', null, null],
    [1, 'channel.close', null, 'channel.close-ok', 404],
    [1, 'channel.open', null, 'channel.open-ok', 0],
    [1, 'basic.publish', 'amq.direct', null, null],
    [1, 'basic.return', 'amq.direct', 'basic.return', 312],
    [1, 'channel.close', null, 'channel.close-ok', 0],
    [1, 'channel.open', null, 'channel.open-ok', 0],
    [1, 'queue.declare', 'trawl.nope', 'channel.close', 404],
    // amqplib answers the broker's close with connection.close before its channel.close-ok.
    [1, 'channel.close', null, 'connection.close', 404],
    [0, 'connection.close', null, 'connection.close-ok', 0],
    [0, 'connection.start', null, 'connection.start-ok', 0],
    [0, 'connection.tune', null, 'connection.tune-ok', 0],
    [0, 'connection.open', null, 'connection.close', 530],
    [0, 'connection.close', null, null, null],
  ]);
  const close404 = entries[5];
  assert.deepEqual([rq(close404).replyCode, rq(close404).classId, rq(close404).methodId], [404, 60, 40], 'caused by basic.publish');
  assert.equal(rs(close404)!.replyText, "NOT_FOUND - no exchange 'trawl.missing' in vhost '/'");
  const ret = entries[8];
  assert.deepEqual(rs(ret), { status: 312, method: 'basic.return', replyText: 'NO_ROUTE' });
  assert.deepEqual([rq(ret).routingKey, rq(ret).body.text, rq(ret).properties.messageId], ['nobody', 'unroutable', 'ret-1']);
  assert.equal(rq(entries[7]).mandatory, true);
  assert.equal(rq(entries[11]).passive, true);
  assert.equal(rs(entries[11])!.replyText, "NOT_FOUND - no queue 'trawl.nope' in vhost '/'");
  const vhost = entries[16];
  assert.equal(rq(vhost).virtualHost, 'no-such-vhost');
  assert.deepEqual([rs(vhost)!.status, rs(vhost)!.replyText], [530, 'NOT_ALLOWED - vhost no-such-vhost not found']);
  assert.equal(new Set(entries.map((e) => e.src.port)).size, 2, 'two connections');
  assertGolden(`${DIR}errors`, entries);
});
