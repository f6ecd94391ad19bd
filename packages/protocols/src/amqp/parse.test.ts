// Frame, table and method decoders: hex fixtures (every truncated prefix is incomplete), all field
// value types, malformed-but-framed frames, framing errors, and a property test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodePayload, parseFrame, probeMethodFrame, type Frame } from './parse.js';
import { Reader, readTable } from './table.js';
import { body, cat, header, HEARTBEAT, method, table, unhex } from './test-support/frames.js';

const ok = (b: Uint8Array): Frame => {
  const r = parseFrame(b, 0);
  assert.ok('ok' in r, JSON.stringify(r));
  assert.equal(r.consumed, b.length);
  return r.message;
};

// Hand-written from the spec's layouts, hex beside the meaning.
const FIXTURES: { name: string; hex: string; expect: Record<string, unknown> }[] = [
  // type 1, channel 1, size 5, class 20 method 10 (channel.open), reserved shortstr "", frame-end
  { name: 'channel.open', hex: '01 0001 00000005 0014 000a 00 ce', expect: { kind: 'method', channel: 1, size: 13 } },
  // queue.declare: reserved short 0, queue "hello", bits 0b00010 (durable), empty table
  { name: 'queue.declare hello durable', hex: '01 0001 00000011 0032 000a 0000 05 68656c6c6f 02 00000000 ce', expect: { kind: 'method', channel: 1, size: 25 } },
  // connection.close 200 "ok" caused by class 0 method 0
  { name: 'connection.close', hex: '01 0000 0000000d 000a 0032 00c8 02 6f6b 0000 0000 ce', expect: { kind: 'method', channel: 0 } },
  { name: 'heartbeat', hex: '08 0000 00000000 ce', expect: { kind: 'heartbeat', channel: 0, size: 8 } },
  // content header: class 60, weight 0, body size 12, flags 0x9000 (content-type, delivery-mode), "text/plain", 2
  { name: 'content header', hex: '02 0001 0000001a 003c 0000 000000000000000c 9000 0a 746578742f706c61696e 02 ce', expect: { kind: 'header', channel: 1 } },
  { name: 'body', hex: '03 0001 00000003 616263 ce', expect: { kind: 'body', channel: 1, size: 11 } },
  { name: 'protocol header', hex: '414d515000000901', expect: { kind: 'protocol-header', version: '0-0-9-1' } },
];

test('hex fixtures decode; every truncated prefix is incomplete', () => {
  for (const f of FIXTURES) {
    const b = unhex(f.hex);
    const m = ok(b) as Record<string, unknown>;
    for (const [k, v] of Object.entries(f.expect)) assert.equal(m[k], v, `${f.name}.${k}`);
    for (let n = 0; n < b.length; n++) {
      const r = parseFrame(b.subarray(0, n), 0);
      assert.ok('incomplete' in r, `${f.name} prefix ${n}: ${JSON.stringify(r)}`);
      assert.ok(r.needed >= 1);
    }
  }
});

test('decoded arguments and properties', () => {
  const q = ok(unhex(FIXTURES[1].hex));
  assert.ok(q.kind === 'method');
  assert.equal(q.spec?.name, 'queue.declare');
  assert.deepEqual(q.args, { queue: 'hello', passive: false, durable: true, exclusive: false, autoDelete: false, noWait: false, arguments: {} });
  const c = ok(unhex(FIXTURES[2].hex));
  assert.ok(c.kind === 'method');
  assert.deepEqual(c.args, { replyCode: 200, replyText: 'ok', classId: 0, methodId: 0 });
  const h = ok(unhex(FIXTURES[4].hex));
  assert.ok(h.kind === 'header');
  assert.deepEqual(h.header, { classId: 60, bodySize: 12, properties: { contentType: 'text/plain', deliveryMode: 2 } });
  const p = ok(method(1, 'basic.publish', { exchange: 'ex', routingKey: 'rk', mandatory: true }));
  assert.ok(p.kind === 'method');
  assert.deepEqual(p.args, { exchange: 'ex', routingKey: 'rk', mandatory: true, immediate: false });
  const d = ok(method(1, 'basic.deliver', { consumerTag: 'c', deliveryTag: 2n ** 60n, redelivered: true, exchange: 'e', routingKey: 'r' }));
  assert.ok(d.kind === 'method');
  assert.equal(d.args.deliveryTag, (2n ** 60n).toString(), 'past 2^53: a decimal string');
  assert.equal(d.args.redelivered, true);
  const all = ok(header(1, 5, { contentType: 'a', contentEncoding: 'b', headers: { k: 'v' }, deliveryMode: 1, priority: 9, correlationId: 'c', replyTo: 'r', expiration: '1', messageId: 'm', timestamp: 1764900000, type: 't', userId: 'u', appId: 'app', clusterId: 'cl' }));
  assert.ok(all.kind === 'header');
  assert.deepEqual(all.header!.properties, { contentType: 'a', contentEncoding: 'b', headers: { k: 'v' }, deliveryMode: 1, priority: 9, correlationId: 'c', replyTo: 'r', expiration: '1', messageId: 'm', timestamp: 1764900000, type: 't', userId: 'u', appId: 'app', clusterId: 'cl' });
});

test('field tables: every value type (RabbitMQ tags)', () => {
  // Built by hand: key, tag, value.
  const parts: number[] = [];
  const add = (key: string, tag: string, bytes: number[]) => parts.push(key.length, ...Buffer.from(key), tag.charCodeAt(0), ...bytes);
  add('t', 't', [1]);
  add('b', 'b', [0xff]);
  add('B', 'B', [0xff]);
  add('s', 's', [0xff, 0xfe]);
  add('u', 'u', [0xff, 0xfe]);
  add('I', 'I', [0xff, 0xff, 0xff, 0xfe]);
  add('i', 'i', [0xff, 0xff, 0xff, 0xfe]);
  add('l', 'l', [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]);
  add('L', 'L', [0, 0, 0, 0, 0, 0, 1, 0]);
  add('f', 'f', [0x3f, 0xc0, 0, 0]);
  add('d', 'd', [0x3f, 0xf8, 0, 0, 0, 0, 0, 0]);
  add('D', 'D', [2, 0, 0, 0x04, 0xd2]);
  add('S', 'S', [0, 0, 0, 2, 0x68, 0x69]);
  add('x', 'x', [0, 0, 0, 2, 0, 0xff]);
  add('T', 'T', [0, 0, 0, 0, 0x65, 0x3e, 0x1a, 0x80]);
  add('V', 'V', []);
  add('A', 'A', [0, 0, 0, 4, 0x62, 0x01, 0x56, 0x56]);
  add('F', 'F', [0, 0, 0, 4, 1, 0x6b, 0x74, 0]);
  add('__proto__', 'B', [1]);
  const b = Uint8Array.from([0, 0, parts.length >> 8, parts.length & 255, ...parts]);
  const t = readTable(new Reader(b, 0, b.length));
  assert.deepEqual(JSON.parse(JSON.stringify(t)), {
    t: true, b: -1, B: 255, s: -2, u: 65534, I: -2, i: 4294967294, l: -2, L: 256, f: 1.5, d: 1.5,
    D: { decimal: 12.34 }, S: 'hi', x: 'AP8=', T: 1698568832, V: null, A: [1, null, null], F: { k: false },
    ['__proto__']: 1,
  });
  assert.equal(Object.getPrototypeOf(t), Object.prototype, '__proto__ is data, not a prototype');
});

test('malformed but framed: the frame is ok and carries an error', () => {
  // queue.declare whose queue name runs past the payload.
  const bad = unhex('01 0001 00000009 0032 000a 0000 09 6868 ce');
  const m = ok(bad);
  assert.ok(m.kind === 'method' && m.error && m.spec?.name === 'queue.declare');
  const unknown = ok(unhex('01 0001 00000004 0063 0001 ce'));
  assert.ok(unknown.kind === 'method' && unknown.error === 'unknown method');
  const badTable = ok(cat(unhex('01 0001 0000000e 0032 000a 0000 00 00 00000002 0178'), Uint8Array.of(0xce)));
  assert.ok(badTable.kind === 'method' && badTable.error);
});

test('framing errors', () => {
  const err = (hex: string) => {
    const r = parseFrame(unhex(hex), 0);
    return 'error' in r ? r.code : 'no error';
  };
  assert.equal(err('05 0000 00000000 ce'), 'bad-frame-type');
  assert.equal(err('01 0000 00000004 000a 0033 cd'), 'bad-frame-end');
  assert.equal(err('08 0000 00000001 00 ce'), 'bad-heartbeat');
  assert.equal(err('01 0001 7fffffff'), 'frame-too-large');
  assert.equal(err('01 0001 00000002 0000 ce'), 'short-method');
  assert.equal(err('414d515101'), 'bad-protocol-header');
});

test('probeMethodFrame: strict', () => {
  const open = method(1, 'channel.open');
  assert.equal(probeMethodFrame(open, 0), 'yes');
  assert.equal(probeMethodFrame(open.subarray(0, 9), 0), 'more');
  assert.equal(probeMethodFrame(method(0, 'channel.open'), 0), 'no', 'channel class on channel 0');
  assert.equal(probeMethodFrame(method(3, 'connection.close-ok'), 0), 'no', 'connection class off channel 0');
  assert.equal(probeMethodFrame(cat(method(1, 'basic.qos').subarray(0, 7 + 11), Uint8Array.of(0, 0xce)), 0), 'no', 'extra byte after the arguments');
  assert.equal(probeMethodFrame(HEARTBEAT, 0), 'no');
  assert.equal(probeMethodFrame(body(1, 'x'), 0), 'no');
});

test('property: parseFrame never throws, consumed ≤ input, needed ≥ 1', () => {
  const frames = [method(1, 'basic.publish', { exchange: 'e' }), header(1, 3, { headers: { a: [1, 'x', { b: null }] } }), body(1, 'abc'), HEARTBEAT, method(0, 'connection.tune', { frameMax: 4096 })];
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(fc.constantFrom(...frames), fc.nat(), fc.nat(255)).map(([f, at, v]) => {
      const c = f.slice();
      c[at % c.length] = v;
      return c;
    }),
  );
  fc.assert(
    fc.property(input, fc.nat(10), (b, o) => {
      const off = Math.min(o, b.length);
      const r = parseFrame(b, off);
      if ('ok' in r) assert.ok(r.consumed >= 1 && off + r.consumed <= b.length);
      else if ('incomplete' in r) assert.ok(r.needed >= 1);
      decodePayload(1, 1, Math.max(0, b.length - 4), b, 0, b.length, true);
      return true;
    }),
    { numRuns: 3000 },
  );
});
