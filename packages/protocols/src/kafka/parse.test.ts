// Table-driven hex fixtures (CONVENTIONS §8): the flexible encodings one by one, then whole
// request and response frames of every decoded API, classic and flexible; every truncated
// prefix of a frame is `incomplete`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRequest, parseResponse } from './parse.js';
import { KafkaMalformed, KafkaReader, KafkaShort } from './reader.js';
import { summarizeRecords } from './records.js';
import { arr, bytes, carr, cbytes, concat, cstr, hex, i16, i32, i64, i8, record, recordBatch, requestFrame, responseFrame, str, TAGS0, tagged, toHex, uvarint } from './test-support/frames.js';

test('encodings: unsigned varints', () => {
  const table: [string, number][] = [
    ['00', 0],
    ['01', 1],
    ['7f', 127],
    ['80 01', 128],
    ['ff 01', 255],
    ['ac 02', 300],
    ['ff ff 03', 65535],
    ['ff ff ff ff 0f', 4294967295],
  ];
  for (const [h, v] of table) {
    assert.equal(new KafkaReader(hex(h)).uvarint(), v, h);
    assert.equal(toHex(uvarint(v)), h, `encode ${v}`);
  }
  // Past the bytes we have: short when the frame goes on (it was cut), malformed when it ends there.
  assert.throws(() => new KafkaReader(hex('80 80'), 0, 2, 100).uvarint(), KafkaShort);
  assert.throws(() => new KafkaReader(hex('80 80')).uvarint(), KafkaMalformed);
  assert.throws(() => new KafkaReader(hex('80 80 80 80 80 01')).uvarint(), KafkaMalformed);
  // Signed zig-zag varints (record fields).
  for (const [h, v] of [['00', 0], ['01', -1], ['02', 1], ['03', -2], ['80 01', 64]] as const) assert.equal(new KafkaReader(hex(h)).varint(), v, h);
});

test('encodings: compact and classic strings, bytes, arrays', () => {
  const s: [string, boolean, string | null][] = [
    ['00', true, null], // compact null: length + 1 = 0
    ['01', true, ''],
    ['04 61 62 63', true, 'abc'],
    ['ff ff', false, null], // classic null: int16 -1
    ['00 00', false, ''],
    ['00 03 61 62 63', false, 'abc'],
  ];
  for (const [h, compact, v] of s) {
    const r = new KafkaReader(hex(h));
    assert.equal(r.nullableString(compact), v, h);
    assert.equal(r.remaining, 0, h);
  }
  assert.equal(toHex(cstr('abc')), '04 61 62 63');
  assert.equal(toHex(cstr(null)), '00');
  assert.throws(() => new KafkaReader(hex('05 61 62 63'), 0, 4, 100).string(true), KafkaShort);
  assert.throws(() => new KafkaReader(hex('05 61 62 63')).string(true), KafkaMalformed);
  assert.throws(() => new KafkaReader(hex('ff fe')).string(false), KafkaMalformed);
  assert.throws(() => new KafkaReader(hex('00')).string(true), KafkaMalformed); // null where a string is required
  assert.deepEqual(new KafkaReader(hex('03 01 02')).bytes(true), hex('01 02'));
  assert.equal(new KafkaReader(hex('ff ff ff ff')).bytes(false), null);
  // Compact arrays: 0 = null, 1 = empty, n + 1 elements.
  assert.equal(new KafkaReader(hex('00')).arrayLength(true), -1);
  assert.equal(new KafkaReader(hex('01')).arrayLength(true), 0);
  assert.equal(new KafkaReader(hex('03 00 00')).arrayLength(true), 2);
  assert.throws(() => new KafkaReader(hex('0a 00')).arrayLength(true), KafkaMalformed); // 9 elements in 1 byte
  assert.throws(() => new KafkaReader(hex('ff ff ff fe')).arrayLength(false), KafkaMalformed);
});

test('encodings: tagged fields', () => {
  const table: [string, number[], number][] = [
    ['00', [], 1],
    ['01 00 02 ab cd', [0], 5], // one field: tag 0, 2 bytes
    ['02 00 01 ff 05 00', [0, 5], 6], // tag 0 (1 byte), tag 5 (empty)
    ['01 80 01 01 00', [128], 5], // a two-byte tag number
  ];
  for (const [h, tags, consumed] of table) {
    const r = new KafkaReader(hex(h));
    assert.deepEqual(r.taggedFields(), tags, h);
    assert.equal(r.pos, consumed, h);
  }
  assert.equal(toHex(tagged([0, hex('ab cd')])), '01 00 02 ab cd');
  assert.throws(() => new KafkaReader(hex('01 00 05 ab'), 0, 4, 100).taggedFields(), KafkaShort);
  assert.throws(() => new KafkaReader(hex('01 00 05 ab')).taggedFields(), KafkaMalformed);
});

test('records: batch and message-set summaries', () => {
  const two = concat(recordBatch(10, 3, 0, hex('00 00')), recordBatch(13, 2, 4));
  assert.deepEqual(summarizeRecords(two, two.length), { size: two.length, batches: 2, records: 5, magic: 2, compression: 'none', baseOffset: 10 });
  // A trailing partial batch (Fetch responses end with one) is not counted.
  const partial = concat(recordBatch(0, 1, 1), recordBatch(1, 7, 1).subarray(0, 30));
  assert.deepEqual(summarizeRecords(partial, partial.length), { size: partial.length, batches: 1, records: 1, magic: 2, compression: 'gzip', baseOffset: 0, partialBytes: 30 });
  // Legacy magic 1 message: offset, size, crc, magic, attributes (snappy), timestamp, key, value.
  const msg = concat(i32(0), i8(1), i8(2), i64(0), i32(-1), i32(1), hex('78'));
  const set = concat(i64(5), i32(msg.length), msg);
  assert.deepEqual(summarizeRecords(set, set.length), { size: set.length, batches: 1, records: 1, magic: 1, compression: 'snappy', baseOffset: 5 });
  assert.deepEqual(summarizeRecords(new Uint8Array(0), 0), { size: 0, batches: 0, records: 0 });
});

test('records: small records of an uncompressed batch are sampled', () => {
  const e = new TextEncoder();
  const recs = concat(record(0, e.encode('k'), e.encode('hello'), [['trace', 'x']]), record(1, null, hex('00 ff 10')), record(2, null, new Uint8Array(300)), record(3, null, e.encode('not sampled')));
  const b = recordBatch(40, 4, 0, recs);
  assert.deepEqual(summarizeRecords(b, b.length).samples, [
    { offset: 40, key: 'k', value: 'hello', keySize: 1, valueSize: 5, headers: ['trace'] },
    { offset: 41, key: null, value: 'base64:AP8Q', keySize: 0, valueSize: 3 },
    { offset: 42, key: null, keySize: 0, valueSize: 300 },
  ]);
  // Compressed batches are counted, never sampled.
  const z = recordBatch(0, 1, 1, recs);
  assert.equal(summarizeRecords(z, z.length).samples, undefined);
});

interface Case {
  name: string;
  bytes: Uint8Array;
  /** The request this response answers. */
  answers?: [apiKey: number, apiVersion: number];
  /** Expected fields (subset of header + body fields), status and topics. */
  want: Record<string, unknown>;
}

const batch = recordBatch(0, 2, 0, hex('aa bb'));

const CASES: Case[] = [
  {
    name: 'Produce v9 request (flexible, transactional)',
    bytes: requestFrame(0, 9, 7, 'p1', true, cstr('txn-1'), i16(-1), i32(1500), carr(['t1'], (t) => concat(cstr(t), carr([3], (p) => concat(i32(p), cbytes(batch), TAGS0)), TAGS0)), TAGS0),
    want: { apiKey: 0, apiVersion: 9, correlationId: 7, clientId: 'p1', topics: ['t1'], partition: 3, transactionalId: 'txn-1', acks: -1, timeoutMs: 1500, recordCount: 2, recordBytes: batch.length },
  },
  {
    name: 'Produce v3 request (classic, no transaction)',
    bytes: requestFrame(0, 3, 8, null, false, str(null), i16(1), i32(100), arr(['a', 'b'], (t) => concat(str(t), arr([0, 1], (p) => concat(i32(p), bytes(batch)))))),
    want: { clientId: null, topics: ['a', 'b'], partition: 0, acks: 1, recordCount: 8 },
  },
  {
    name: 'Produce v9 response, partition error',
    answers: [0, 9],
    bytes: responseFrame(7, true, carr(['t1'], (t) => concat(cstr(t), carr([3], (p) => concat(i32(p), i16(6), i64(-1), i64(-1), i64(0), carr([], () => TAGS0), cstr('not leader'), TAGS0)), TAGS0)), i32(0), TAGS0),
    want: { status: 6, topics: ['t1'], partition: 3, throttleTimeMs: 0 },
  },
  {
    name: 'Fetch v12 request (flexible)',
    bytes: requestFrame(1, 12, 9, 'c', true, i32(-1), i32(500), i32(1), i32(1 << 20), i8(0), i32(0), i32(-1), carr(['orders'], (t) => concat(cstr(t), carr([2], (p) => concat(i32(p), i32(0), i64(42), i32(-1), i64(-1), i32(65536), TAGS0)), TAGS0)), carr([], () => TAGS0), cstr(''), TAGS0),
    want: { topics: ['orders'], partition: 2, maxWaitMs: 500, maxBytes: 1 << 20, sessionEpoch: -1, forgottenTopics: 0, rackId: '' },
  },
  {
    name: 'Fetch v13 request (topic ids)',
    bytes: requestFrame(1, 13, 10, 'c', true, i32(-1), i32(500), i32(1), i32(1000), i8(1), i32(5), i32(2), carr([hex('00112233445566778899aabbccddeeff')], (id) => concat(id, carr([0], (p) => concat(i32(p), i32(0), i64(7), i32(-1), i64(-1), i32(100), TAGS0)), TAGS0)), carr([], () => TAGS0), cstr('rack-a'), TAGS0),
    want: { topics: ['00112233-4455-6677-8899-aabbccddeeff'], isolationLevel: 1, rackId: 'rack-a' },
  },
  {
    name: 'Fetch v12 response with records and a partition error',
    answers: [1, 12],
    bytes: responseFrame(9, true, i32(0), i16(0), i32(77), carr(['orders'], (t) => concat(cstr(t), carr([2, 3], (p) => concat(i32(p), i16(p === 3 ? 1 : 0), i64(44), i64(44), i64(0), carr([], () => TAGS0), i32(-1), cbytes(p === 2 ? batch : new Uint8Array(0)), TAGS0)), TAGS0)), TAGS0),
    want: { status: 1, sessionId: 77, recordCount: 2, topics: ['orders'] },
  },
  {
    name: 'Fetch v4 response (classic, aborted transactions null)',
    answers: [1, 4],
    bytes: responseFrame(3, false, i32(0), arr(['x'], (t) => concat(str(t), arr([0], (p) => concat(i32(p), i16(0), i64(1), i64(1), i32(-1), bytes(batch)))))),
    want: { status: 0, recordCount: 2 },
  },
  {
    name: 'ListOffsets v7 request (flexible, earliest)',
    bytes: requestFrame(2, 7, 30, 'c', true, i32(-1), i8(0), carr(['orders'], (t) => concat(cstr(t), carr([0], (p) => concat(i32(p), i32(-1), i64(-2), TAGS0)), TAGS0)), TAGS0),
    want: { topics: ['orders'], partition: 0, partitions: [{ topic: 'orders', partition: 0, timestamp: -2, spec: 'earliest' }] },
  },
  {
    name: 'ListOffsets v0 request and response (old-style offsets)',
    bytes: requestFrame(2, 0, 31, 'c', false, i32(-1), arr(['t'], (t) => concat(str(t), arr([0], (p) => concat(i32(p), i64(-1), i32(1)))))),
    want: { partitions: [{ topic: 't', partition: 0, timestamp: -1, spec: 'latest', maxNumOffsets: 1 }] },
  },
  {
    name: 'ListOffsets v0 response',
    answers: [2, 0],
    bytes: responseFrame(31, false, arr(['t'], (t) => concat(str(t), arr([0], (p) => concat(i32(p), i16(0), arr([42], i64)))))),
    want: { status: 0, partitions: [{ topic: 't', partition: 0, errorCode: 0, offsets: [42] }] },
  },
  {
    name: 'ListOffsets v7 response, partition error',
    answers: [2, 7],
    bytes: responseFrame(30, true, i32(0), carr(['orders'], (t) => concat(cstr(t), carr([0], (p) => concat(i32(p), i16(3), i64(-1), i64(-1), i32(-1), TAGS0)), TAGS0)), TAGS0),
    want: { status: 3, partitions: [{ topic: 'orders', partition: 0, errorCode: 3, error: 'UNKNOWN_TOPIC_OR_PARTITION', timestamp: -1, offset: -1, leaderEpoch: -1 }] },
  },
  {
    name: 'Metadata v12 request (flexible, topic ids, null names)',
    bytes: requestFrame(3, 12, 11, 'm', true, carr([['a', 'orders']], ([, n]) => concat(new Uint8Array(16), cstr(n), TAGS0)), i8(1), i8(0), TAGS0),
    want: { topics: ['orders'], allTopics: false, allowAutoTopicCreation: true },
  },
  {
    name: 'Metadata v1 request: null = every topic',
    bytes: requestFrame(3, 1, 12, 'm', false, i32(-1)),
    want: { allTopics: true },
  },
  {
    name: 'Metadata v12 response',
    answers: [3, 12],
    bytes: responseFrame(11, true, i32(0), carr([0], (n) => concat(i32(n), cstr('b0'), i32(9092), cstr(null), TAGS0)), cstr('cluster'), i32(0), carr(['orders'], (t) => concat(i16(3), cstr(t), new Uint8Array(16), i8(0), carr([0], (p) => concat(i16(0), i32(p), i32(0), i32(0), carr([0], i32), carr([0], i32), carr([], i32), TAGS0)), i32(-2147483648), TAGS0)), TAGS0),
    want: { status: 3, clusterId: 'cluster', controllerId: 0 },
  },
  {
    name: 'ApiVersions v3 request (client software)',
    bytes: requestFrame(18, 3, 0, 'adminclient-1', true, cstr('apache-kafka-java'), cstr('3.7.0'), TAGS0),
    want: { clientSoftwareName: 'apache-kafka-java', clientSoftwareVersion: '3.7.0' },
  },
  {
    name: 'ApiVersions v3 response (header v0 despite flexible body)',
    answers: [18, 3],
    bytes: responseFrame(0, false, i16(0), carr([[0, 0, 9], [18, 0, 3]], ([k, a, b]) => concat(i16(k), i16(a), i16(b), TAGS0)), i32(0), TAGS0),
    want: { status: 0, apiCount: 2, apis: { Produce: '0-9', ApiVersions: '0-3' } },
  },
  {
    name: 'ApiVersions v3 answered UNSUPPORTED_VERSION in v0',
    answers: [18, 3],
    bytes: responseFrame(0, false, i16(35), arr([[18, 0, 2]], ([k, a, b]) => concat(i16(k), i16(a), i16(b)))),
    want: { status: 35, apiCount: 1 },
  },
  {
    name: 'FindCoordinator v4 request (batched keys)',
    bytes: requestFrame(10, 4, 13, 'c', true, i8(0), carr(['g1', 'g2'], cstr), TAGS0),
    want: { keyType: 'group', keys: ['g1', 'g2'], groupId: 'g1' },
  },
  {
    name: 'FindCoordinator v4 response',
    answers: [10, 4],
    bytes: responseFrame(13, true, i32(0), carr(['g1'], (k) => concat(cstr(k), i32(1), cstr('b1'), i32(9092), i16(15), cstr(null), TAGS0)), TAGS0),
    want: { status: 15 },
  },
  {
    name: 'FindCoordinator v0 request',
    bytes: requestFrame(10, 0, 14, 'c', false, str('group-0')),
    want: { key: 'group-0', groupId: 'group-0' },
  },
  {
    name: 'JoinGroup v9 request',
    bytes: requestFrame(11, 9, 15, 'c', true, cstr('g'), i32(45000), i32(300000), cstr(''), cstr(null), cstr('consumer'), carr(['range'], (n) => concat(cstr(n), cbytes(hex('0001')), TAGS0)), cstr('joining'), TAGS0),
    want: { groupId: 'g', protocols: ['range'], reason: 'joining' },
  },
  {
    name: 'JoinGroup v9 response',
    answers: [11, 9],
    bytes: responseFrame(15, true, i32(0), i16(0), i32(3), cstr('consumer'), cstr('range'), cstr('m1'), i8(0), cstr('m1'), carr(['m1'], (m) => concat(cstr(m), cstr(null), cbytes(hex('00')), TAGS0)), TAGS0),
    want: { status: 0, generationId: 3, leader: 'm1', memberCount: 1 },
  },
  {
    name: 'SyncGroup v5 request',
    bytes: requestFrame(14, 5, 16, 'c', true, cstr('g'), i32(3), cstr('m1'), cstr(null), cstr('consumer'), cstr('range'), carr(['m1'], (m) => concat(cstr(m), cbytes(hex('0102')), TAGS0)), TAGS0),
    want: { groupId: 'g', generationId: 3, assignments: 1 },
  },
  {
    name: 'SyncGroup v5 response',
    answers: [14, 5],
    bytes: responseFrame(16, true, i32(0), i16(27), cstr('consumer'), cstr('range'), cbytes(hex('010203')), TAGS0),
    want: { status: 27, assignmentBytes: 3 },
  },
  {
    name: 'Heartbeat v4 request',
    bytes: requestFrame(12, 4, 17, 'c', true, cstr('g'), i32(3), cstr('m1'), cstr(null), TAGS0),
    want: { groupId: 'g', memberId: 'm1' },
  },
  {
    name: 'Heartbeat v0 response',
    answers: [12, 0],
    bytes: responseFrame(17, false, i16(25)),
    want: { status: 25, errorCode: 25 },
  },
  {
    name: 'LeaveGroup v5 request',
    bytes: requestFrame(13, 5, 18, 'c', true, cstr('g'), carr(['m1'], (m) => concat(cstr(m), cstr(null), cstr('bye'), TAGS0)), TAGS0),
    want: { groupId: 'g', members: [{ memberId: 'm1', groupInstanceId: null, reason: 'bye' }] },
  },
  {
    name: 'LeaveGroup v1 response',
    answers: [13, 1],
    bytes: responseFrame(18, false, i32(0), i16(0)),
    want: { status: 0 },
  },
  {
    name: 'OffsetCommit v9 request',
    bytes: requestFrame(8, 9, 19, 'c', true, cstr('g'), i32(3), cstr('m1'), cstr(null), carr(['orders'], (t) => concat(cstr(t), carr([1], (p) => concat(i32(p), i64(99), i32(-1), cstr(null), TAGS0)), TAGS0)), TAGS0),
    want: { groupId: 'g', topics: ['orders'], partition: 1, partitions: [{ topic: 'orders', partition: 1, offset: 99, leaderEpoch: -1, metadata: null }] },
  },
  {
    name: 'OffsetCommit v2 request (retention time)',
    bytes: requestFrame(8, 2, 20, 'c', false, str('g'), i32(1), str('m'), i64(-1), arr(['t'], (t) => concat(str(t), arr([0], (p) => concat(i32(p), i64(5), str('meta')))))),
    want: { retentionTimeMs: -1, partitions: [{ topic: 't', partition: 0, offset: 5, metadata: 'meta' }] },
  },
  {
    name: 'OffsetCommit v8 response',
    answers: [8, 8],
    bytes: responseFrame(19, true, i32(0), carr(['orders'], (t) => concat(cstr(t), carr([1], (p) => concat(i32(p), i16(0), TAGS0)), TAGS0)), TAGS0),
    want: { status: 0 },
  },
  {
    name: 'OffsetFetch v8 request (groups)',
    bytes: requestFrame(9, 8, 21, 'c', true, carr(['g'], (g) => concat(cstr(g), carr(['orders'], (t) => concat(cstr(t), carr([0, 1], i32), TAGS0)), TAGS0)), i8(1), TAGS0),
    want: { groupId: 'g', topics: ['orders'], requireStable: true },
  },
  {
    name: 'OffsetFetch v8 response (group error)',
    answers: [9, 8],
    bytes: responseFrame(21, true, i32(0), carr(['g'], (g) => concat(cstr(g), carr(['orders'], (t) => concat(cstr(t), carr([0], (p) => concat(i32(p), i64(-1), i32(-1), cstr(''), i16(0), TAGS0)), TAGS0)), i16(16), TAGS0)), TAGS0),
    want: { status: 16 },
  },
  {
    name: 'OffsetFetch v1 response',
    answers: [9, 1],
    bytes: responseFrame(22, false, arr(['t'], (t) => concat(str(t), arr([0], (p) => concat(i32(p), i64(10), str(''), i16(0)))))),
    want: { status: 0, partitions: [{ topic: 't', partition: 0, offset: 10, metadata: '', errorCode: 0 }] },
  },
];

function decode(c: Case, b: Uint8Array) {
  return c.answers ? parseResponse(b, c.answers[0], c.answers[1]) : parseRequest(b);
}

/** Header, body fields and summaries of a parsed case, flat. */
function flat(c: Case, b: Uint8Array): Record<string, unknown> {
  const r = decode(c, b);
  assert.ok(r.ok, `${c.name}: ${JSON.stringify(r)}`);
  const m = r.message;
  assert.equal(r.consumed, b.length, c.name);
  assert.equal(m.body?.anomaly, undefined, `${c.name}: ${m.body?.reason}`);
  const out = m.body!.out;
  return { ...m.header, ...out.fields, status: out.status, topics: out.topics, partition: out.partition };
}

test('frames: every API, classic and flexible', () => {
  for (const c of CASES) {
    const got = flat(c, c.bytes);
    for (const [k, v] of Object.entries(c.want)) assert.deepEqual(got[k], v, `${c.name}: ${k}`);
  }
});

test('frames: every truncated prefix is incomplete, never an error', () => {
  for (const c of CASES) {
    for (let n = 0; n < c.bytes.length; n++) {
      const r = decode(c, c.bytes.subarray(0, n));
      assert.ok(!r.ok && r.incomplete, `${c.name} cut at ${n}: ${JSON.stringify(r)}`);
      assert.equal(r.needed, n < 4 ? 4 - n : c.bytes.length - n, `${c.name} cut at ${n}`);
    }
  }
});

test('frames: a body of another version keeps the header and says `body`', () => {
  // A Produce v9 body announced as v2: the classic reader meets compact fields.
  const c = CASES[0];
  const bytes = c.bytes.slice();
  bytes[7] = 2;
  const r = parseRequest(bytes);
  assert.ok(r.ok);
  assert.equal(r.message.header.apiVersion, 2);
  assert.equal(r.message.header.correlationId, 7);
  assert.equal(r.message.body?.anomaly, 'body');
  // Bytes left after a complete body are suspicious too.
  const extra = requestFrame(12, 4, 1, 'c', true, cstr('g'), i32(3), cstr('m1'), cstr(null), TAGS0, hex('00 00'));
  const x = parseRequest(extra);
  assert.ok(x.ok);
  assert.equal(x.message.body?.anomaly, 'body');
  assert.equal(x.message.body?.out.fields.groupId, 'g');
});

test('frames: request header v2 tagged fields and response header v1 tags', () => {
  const req = concat(i32(0), i16(12), i16(4), i32(5), str('c'), tagged([0, hex('ab')]), cstr('g'), i32(3), cstr('m'), cstr(null), TAGS0);
  req.set(i32(req.length - 4), 0);
  const r = parseRequest(req);
  assert.ok(r.ok);
  assert.deepEqual(r.message.header.tags, [0]);
  assert.equal(r.message.body?.out.fields.groupId, 'g');
  const resp = concat(i32(0), i32(5), tagged([1, hex('00 00')]), i32(0), i16(0), TAGS0);
  resp.set(i32(resp.length - 4), 0);
  const p = parseResponse(resp, 12, 4);
  assert.ok(p.ok);
  assert.deepEqual(p.message.header.tags, [1]);
  assert.equal(p.message.body?.anomaly, undefined);
});

test('frames: bad sizes are errors', () => {
  assert.deepEqual(parseRequest(hex('00 00 00 02 00 00')), { ok: false, error: true, code: 'frame_too_small' });
  assert.deepEqual(parseRequest(hex('7f 00 00 00')), { ok: false, error: true, code: 'frame_too_large' });
  assert.deepEqual(parseRequest(hex('00 00 00 0a 00 01 00 00 00 00 00 01 00 05')), { ok: false, error: true, code: 'bad_header' });
});
