// The RESP decoder: every type of RESP2 and RESP3 from hex fixtures, every truncated prefix
// incomplete, byte-by-byte feeding equal to one-shot feeding, a property test, wrong protocols.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse, RespDecoder, type RespMessage } from './parse.js';
import { splitInline } from './inline.js';

const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Case {
  name: string;
  /** Hex of the wire bytes; the text is beside it. */
  bytes: Uint8Array;
  inline?: boolean;
  type: string;
  value: unknown;
  error?: string;
  attributes?: unknown;
}

const CASES: Case[] = [
  { name: 'simple string', bytes: hex('2b4f4b0d0a'), type: '+', value: 'OK' }, // +OK\r\n
  { name: 'error', bytes: hex('2d45525220756e6b6e6f776e0d0a'), type: '-', value: null, error: 'ERR unknown' }, // -ERR unknown\r\n
  { name: 'integer', bytes: hex('3a2d34320d0a'), type: ':', value: -42 }, // :-42\r\n
  { name: 'big integer past 2^53', bytes: text(':9007199254740993\r\n'), type: ':', value: '9007199254740993' },
  { name: 'bulk string', bytes: hex('24350d0a68656c6c6f0d0a'), type: '$', value: 'hello' }, // $5\r\nhello\r\n
  { name: 'empty bulk', bytes: hex('24300d0a0d0a'), type: '$', value: '' }, // $0\r\n\r\n
  { name: 'bulk with CRLF inside', bytes: text('$4\r\na\r\nb\r\n'), type: '$', value: 'a\r\nb' },
  { name: 'null bulk', bytes: hex('242d310d0a'), type: '$', value: null }, // $-1\r\n
  { name: 'null array', bytes: hex('2a2d310d0a'), type: '*', value: null }, // *-1\r\n
  { name: 'empty array', bytes: text('*0\r\n'), type: '*', value: [] },
  { name: 'command array', bytes: hex('2a320d0a24330d0a4745540d0a24310d0a610d0a'), type: '*', value: ['GET', 'a'] }, // *2 $3 GET $1 a
  { name: 'nested array', bytes: text('*2\r\n*1\r\n:1\r\n$-1\r\n'), type: '*', value: [[1], null] },
  { name: 'nested error', bytes: text('*2\r\n+OK\r\n-ERR x\r\n'), type: '*', value: ['OK', { error: 'ERR x' }] },
  { name: 'RESP3 null', bytes: hex('5f0d0a'), type: '_', value: null }, // _\r\n
  { name: 'boolean true', bytes: text('#t\r\n'), type: '#', value: true },
  { name: 'boolean false', bytes: text('#f\r\n'), type: '#', value: false },
  { name: 'double', bytes: text(',3.14\r\n'), type: ',', value: 3.14 },
  { name: 'double exponent', bytes: text(',1.5e3\r\n'), type: ',', value: 1500 },
  { name: 'double inf', bytes: text(',-inf\r\n'), type: ',', value: '-inf' },
  { name: 'big number', bytes: text('(3492890328409238509324850943850943825024385\r\n'), type: '(', value: '3492890328409238509324850943850943825024385' },
  { name: 'bulk error', bytes: text('!21\r\nSYNTAX invalid syntax\r\n'), type: '!', value: null, error: 'SYNTAX invalid syntax' },
  { name: 'verbatim string', bytes: text('=15\r\ntxt:Some string\r\n'), type: '=', value: 'Some string' },
  { name: 'map', bytes: text('%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n'), type: '%', value: { first: 1, second: 2 } },
  { name: 'map with a non-string key', bytes: text('%1\r\n:7\r\n+seven\r\n'), type: '%', value: { '7': 'seven' } },
  { name: 'set', bytes: text('~2\r\n+a\r\n+b\r\n'), type: '~', value: ['a', 'b'] },
  { name: 'push', bytes: text('>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n'), type: '>', value: ['message', 'ch', 'hi'] },
  {
    name: 'attribute before a reply',
    bytes: text('|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*2\r\n:1\r\n:2\r\n'),
    type: '*',
    value: [1, 2],
    attributes: { 'key-popularity': { a: 0.19 } },
  },
  { name: 'attribute inside an aggregate is dropped', bytes: text('*2\r\n:1\r\n|1\r\n+ttl\r\n:3600\r\n:2\r\n'), type: '*', value: [1, 2] },
  { name: 'inline command', bytes: text('SET a "b c"\r\n'), inline: true, type: 'inline', value: ['SET', 'a', 'b c'] },
  { name: 'inline with LF only', bytes: text('PING\n'), inline: true, type: 'inline', value: ['PING'] },
];

function pick(m: RespMessage): Partial<Case> {
  const out: Partial<Case> = { type: m.type, value: m.value };
  if (m.error !== undefined) out.error = m.error;
  if (m.attributes) out.attributes = m.attributes;
  return out;
}

const expected = (c: Case): Partial<Case> => {
  const out: Partial<Case> = { type: c.type, value: c.value };
  if (c.error !== undefined) out.error = c.error;
  if (c.attributes) out.attributes = c.attributes;
  return out;
};

for (const c of CASES) {
  test(`parse: ${c.name}`, () => {
    const r = parse(c.bytes, 0, c.inline);
    assert.ok('ok' in r, JSON.stringify(r));
    assert.deepEqual(pick(r.message), expected(c));
    assert.equal(r.consumed, c.bytes.length);
    assert.equal(r.message.size, c.bytes.length);
    // Every strict prefix is incomplete, never an error nor a different message.
    for (let n = 0; n < c.bytes.length; n++) {
      const p = parse(c.bytes.subarray(0, n), 0, c.inline);
      assert.ok('incomplete' in p, `prefix ${n}: ${JSON.stringify(p)}`);
    }
  });
}

function feedAll(chunks: Uint8Array[], inline: boolean): { msgs: RespMessage[]; error: string | null } {
  const d = new RespDecoder(inline);
  const msgs: RespMessage[] = [];
  let offset = 0;
  for (const c of chunks) {
    const r = d.feed(c, { ts: 0, offset, peerAck: -1 }, (m) => msgs.push(m));
    offset += c.length;
    if (r.error) return { msgs, error: r.error.code };
  }
  return { msgs, error: null };
}

test('byte-by-byte feed equals one-shot feed (every fixture back to back)', () => {
  for (const inline of [false, true]) {
    const all = CASES.filter((c) => !!c.inline === inline);
    const joined = Buffer.concat(all.map((c) => c.bytes));
    const one = feedAll([new Uint8Array(joined)], inline);
    const bytes = feedAll(Array.from(joined, (b) => Uint8Array.of(b)), inline);
    assert.equal(one.error, null);
    assert.equal(one.msgs.length, all.length);
    assert.deepEqual(bytes, one);
    assert.deepEqual(one.msgs.map((m) => m.offset), all.map((_, i) => all.slice(0, i).reduce((n, c) => n + c.bytes.length, 0)));
  }
});

test('errors: framing lost on what is not RESP', () => {
  for (const [s, code] of [
    ['HTTP/1.1 200 OK\r\n', 'bad_type'],
    ['$abc\r\n', 'bad_length'],
    ['$5\r\nhelloXX', 'bad_bulk_end'],
    ['*1\r\nPING\r\n', 'bad_type'],
    [':12a\r\n', 'bad_line'],
    ['#x\r\n', 'bad_line'],
    ['+OK\n', 'bad_line'],
    ['$-2\r\n', 'bad_length'],
    [`$${(512 << 20) + 1}\r\n`, 'bad_length'],
  ] as const) {
    const r = parse(text(s));
    assert.ok('error' in r && r.error === code, `${JSON.stringify(s)}: ${JSON.stringify(r)}`);
  }
  assert.ok('error' in parse(text('+'.repeat(70_000))), 'line too long');
  assert.ok('error' in parse(text('*1\r\n'.repeat(40))), 'too deep');
});

test('limits: elements past maxElements and strings past the budget are dropped, not kept', () => {
  const many = `*2000\r\n${':1\r\n'.repeat(2000)}`;
  const r = parse(text(many));
  assert.ok('ok' in r);
  assert.equal((r.message.value as unknown[]).length, 1000);
  assert.equal(r.message.truncated, true);
  assert.equal(r.message.size, many.length);
  const big = parse(text(`$10\r\n0123456789\r\n`), 0, false, { maxLine: 100, maxDepth: 4, maxElements: 10, maxNodes: 10, maxStringBytes: 4 });
  assert.ok('ok' in big);
  assert.equal(big.message.value, '0123');
  assert.equal(big.message.truncated, true);
});

test('a 100 MB bulk is skipped, not buffered', () => {
  const d = new RespDecoder(false, { maxLine: 1024, maxDepth: 8, maxElements: 10, maxNodes: 10, maxStringBytes: 1024 });
  const msgs: RespMessage[] = [];
  const size = 100 << 20;
  const chunk = new Uint8Array(1 << 20).fill(0x61);
  let offset = 0;
  const feed = (b: Uint8Array) => {
    const r = d.feed(b, { ts: 1, offset, peerAck: -1 }, (m) => msgs.push(m));
    offset += b.length;
    assert.equal(r.error, undefined);
  };
  const heap0 = process.memoryUsage().heapUsed;
  feed(text(`$${size}\r\n`));
  for (let i = 0; i < 100; i++) feed(chunk);
  feed(text('\r\n+OK\r\n'));
  assert.ok(process.memoryUsage().heapUsed - heap0 < 32 << 20, 'heap stays small');
  assert.equal(msgs.length, 2);
  assert.equal(msgs[0].size, `$${size}\r\n`.length + size + 2);
  assert.equal((msgs[0].value as string).length, 1024);
  assert.equal(msgs[0].truncated, true);
  assert.equal(msgs[1].value, 'OK');
});

test('a gap inside a bulk payload is absorbed; elsewhere it is not', () => {
  const d = new RespDecoder(false);
  const msgs: RespMessage[] = [];
  d.feed(text('$10\r\nabc'), { ts: 0, offset: 0, peerAck: -1 }, (m) => msgs.push(m));
  assert.equal(d.skip(4), true);
  d.feed(text('xyz\r\n:1\r\n'), { ts: 0, offset: 12, peerAck: -1 }, (m) => msgs.push(m));
  assert.deepEqual(msgs.map((m) => [m.value, m.size, m.truncated]), [['abc', 17, true], [1, 4, false]]);
  assert.equal(d.skip(3), false, 'between messages');
});

test('inline splitting follows Redis (quotes, escapes, unbalanced)', () => {
  assert.deepEqual(splitInline('SET k "a\\x41\\n" \'it\\\'s\''), ['SET', 'k', 'aA\n', "it's"]);
  assert.deepEqual(splitInline('  PING   '), ['PING']);
  assert.deepEqual(splitInline(''), []);
  assert.equal(splitInline('SET k "open'), null);
  assert.equal(splitInline('SET k "a"b'), null);
  const r = parse(text('SET bad "open\r\n'), 0, true);
  assert.ok('ok' in r);
  assert.deepEqual([r.message.value, r.message.malformed], [['SET', 'bad', '"open'], true]);
  assert.ok('incomplete' in parse(text('\r\n\r\n'), 0, true), 'empty inline lines are skipped');
});

test('wrong protocols: framing lost at once, nothing decoded', () => {
  for (const s of ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', '\x16\x03\x01\x02\x00\x01\x00', 'SSH-2.0-OpenSSH_9.0\r\n', '\x00\x00\x00\x08\x04\xd2\x16\x2f']) {
    const r = parse(text(s), 0, false);
    assert.ok('error' in r || 'incomplete' in r, s);
    assert.ok(!('ok' in r), s);
  }
});

test('property: never throws, consumed ≤ input, chunking does not change the result', () => {
  const piece = fc.oneof(
    fc.constantFrom('+OK\r\n', '-ERR x\r\n', ':1\r\n', '$3\r\nabc\r\n', '$-1\r\n', '*2\r\n', '%1\r\n', '~1\r\n', '>2\r\n', '|1\r\n', '_\r\n', '#t\r\n', ',1.5\r\n', '=7\r\ntxt:abc\r\n', '!3\r\nERR\r\n', 'PING\r\n', '\r\n'),
    fc.string({ maxLength: 8 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 7 }), (pieces, inline, step) => {
      const bytes = text(pieces.join(''));
      const r = parse(bytes, 0, inline);
      if ('ok' in r) assert.ok(r.consumed <= bytes.length && r.consumed > 0);
      const one = feedAll([bytes], inline);
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += step) chunks.push(bytes.subarray(i, i + step));
      assert.deepEqual(feedAll(chunks, inline), one);
    }),
    { numRuns: 500 },
  );
});
