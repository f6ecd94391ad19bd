// Detection by content: the protocol header, strict mid-stream frames, and negatives: nothing of
// the HTTP/1 captures nor of the other protocols' fixtures may be taken for AMQP.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captures, FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { detect } from './detect.js';
import { body, cat, frame, header, HEARTBEAT, method, PROTOCOL_HEADER_BYTES, unhex } from './test-support/frames.js';
import { replay } from './test-support/replay.js';

const enc = new TextEncoder();

test('protocol header: client; its prefixes: more; other AMQP versions: null', () => {
  assert.equal(detect(PROTOCOL_HEADER_BYTES), 'client');
  assert.equal(detect(cat(PROTOCOL_HEADER_BYTES, method(0, 'connection.start-ok'))), 'client');
  for (let n = 0; n < 8; n++) assert.equal(detect(PROTOCOL_HEADER_BYTES.subarray(0, n)), 'more', `prefix ${n}`);
  assert.equal(detect(unhex('414d515000010000')), null, 'AMQP 1.0');
  assert.equal(detect(unhex('414d515003010000')), null, 'AMQP 1.0 SASL');
  assert.equal(detect(enc.encode('AMQ!')), null);
});

test('mid-stream frames: role from the first one-sided method', () => {
  assert.equal(detect(cat(method(1, 'basic.publish', { exchange: 'e' }), header(1, 1), body(1, 'x'))), 'client');
  assert.equal(detect(method(1, 'basic.deliver', { consumerTag: 'c', deliveryTag: 1 })), 'server');
  assert.equal(detect(method(1, 'queue.declare-ok', { queue: 'q' })), 'server');
  assert.equal(detect(method(0, 'connection.start-ok', { mechanism: 'PLAIN' })), 'client');
  // Sent by both sides: wait for more.
  assert.equal(detect(method(1, 'basic.ack', { deliveryTag: 1 })), 'more');
  assert.equal(detect(cat(method(1, 'basic.ack', { deliveryTag: 1 }), HEARTBEAT, method(1, 'basic.get', { queue: 'q' }))), 'client');
  const pub = method(1, 'basic.publish', { exchange: 'e' });
  for (let n = 1; n < pub.length; n++) assert.equal(detect(pub.subarray(0, n)), 'more', `prefix ${n}`);
});

test('mid-stream: strict (bad end, extra bytes, wrong channel, body or header first, garbage)', () => {
  const pub = method(1, 'basic.publish', { exchange: 'e' });
  const bad = pub.slice();
  bad[bad.length - 1] = 0;
  assert.equal(detect(bad), null);
  assert.equal(detect(method(0, 'basic.publish')), null, 'basic on channel 0');
  assert.equal(detect(method(2, 'connection.tune')), null, 'connection off channel 0');
  assert.equal(detect(body(1, 'hello')), null);
  assert.equal(detect(header(1, 5)), null);
  assert.equal(detect(HEARTBEAT), null);
  const qos = method(1, 'basic.qos').subarray(7, -1);
  assert.equal(detect(frame(1, 1, cat(qos, Uint8Array.of(0)))), null, 'a byte after the arguments');
  assert.equal(detect(frame(1, 1, qos.subarray(0, qos.length - 1))), null, 'arguments past the payload');
  assert.equal(detect(cat(method(1, 'basic.ack'), Uint8Array.of(9, 9, 9))), null, 'a bad frame after a good one');
  assert.equal(detect(unhex('01 0000 7fffffff')), null, 'huge method frame');
  for (const s of ['GET / HTTP/1.1\r\n\r\n', 'HTTP/1.1 200 OK\r\n', '*1\r\n$4\r\nPING\r\n', '+OK\r\n', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n']) assert.equal(detect(enc.encode(s)), null, s);
  assert.equal(detect(unhex('16030100a5010000a10303')), null, 'TLS');
  assert.equal(detect(unhex('0000000804d2162f')), null, 'Postgres SSLRequest');
  assert.equal(detect(unhex('00000029000000000000000100000001')), null, 'Kafka-like');
});

const HTTP1_CAPTURES = fileURLToPath(new URL('../http1/captures/', import.meta.url));

test('negative: no AMQP entry from the HTTP/1 captures', () => {
  for (const f of readdirSync(HTTP1_CAPTURES).filter((n) => n.endsWith('.pcap'))) {
    const { entries } = replay(`${HTTP1_CAPTURES}${f}`);
    assert.equal(entries.filter((e) => e.protocol.name === 'amqp').length, 0, f);
  }
});

const skip = !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) && 'fixtures not present';

test('negative: no AMQP entry from the other protocols fixtures', { skip, timeout: 300_000 }, () => {
  const others = captures().filter((c) => !c.path.includes('/amqp/') && c.tcpServerPorts !== '');
  assert.ok(others.length > 50);
  const found: string[] = [];
  for (const c of others) {
    const { entries } = replay(`${FIXTURES_DIR}/${c.path}`);
    const n = entries.filter((e) => e.protocol.name === 'amqp').length;
    if (n) found.push(`${c.path}: ${n}`);
  }
  assert.deepEqual(found, []);
});
