// Pure decoders: frames, HPACK (RFC 7541 Appendix C vectors), Huffman. Table-driven hex fixtures
// with every truncated prefix, and properties (never throws, consumed ≤ input).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FLAG, FRAME, parseFrame, parseSettings, unpad } from './frame.js';
import { HpackDecoder, readInt } from './hpack.js';
import { huffmanCode, huffmanDecode } from './huffman.js';
import { frame, hex } from './test-support/frames.js';

const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);

describe('frames', () => {
  const cases: { name: string; bytes: Uint8Array; type: number; flags: number; stream: number; payload: string }[] = [
    { name: 'SETTINGS empty', bytes: hex('000000 04 00 00000000'), type: FRAME.SETTINGS, flags: 0, stream: 0, payload: '' },
    { name: 'PING', bytes: hex('000008 06 00 00000000 0102030405060708'), type: FRAME.PING, flags: 0, stream: 0, payload: '0102030405060708' },
    { name: 'DATA end-stream', bytes: hex('000003 00 01 00000001 616263'), type: FRAME.DATA, flags: 1, stream: 1, payload: '616263' },
    { name: 'WINDOW_UPDATE, reserved bit set on the stream id', bytes: hex('000004 08 00 80000003 00001000'), type: FRAME.WINDOW_UPDATE, flags: 0, stream: 3, payload: '00001000' },
  ];
  for (const c of cases) {
    it(`${c.name}: whole, and every truncated prefix is incomplete`, () => {
      const r = parseFrame(c.bytes, 0, 1 << 20);
      assert.ok(r.ok);
      assert.deepEqual([r.message.type, r.message.flags, r.message.streamId, Buffer.from(r.message.payload).toString('hex'), r.consumed], [c.type, c.flags, c.stream, c.payload, c.bytes.length]);
      for (let n = 0; n < c.bytes.length; n++) {
        const p = parseFrame(c.bytes.subarray(0, n), 0, 1 << 20);
        assert.ok(p.incomplete, `prefix ${n}`);
        assert.equal(p.needed, n < 9 ? 9 - n : c.bytes.length - n);
      }
    });
  }

  it('a frame longer than the limit is an error', () => {
    assert.deepEqual(parseFrame(hex('010000 00 00 00000001'), 0, 1000), { error: true, code: 'frame-too-large' });
  });

  it('padding and priority are removed; bad padding is null', () => {
    const padded = parseFrame(frame(FRAME.DATA, FLAG.PADDED, 1, [2, 0x61, 0x62, 0, 0]), 0, 100);
    assert.ok(padded.ok);
    assert.equal(text(unpad(padded.message)), 'ab');
    const prio = frame(FRAME.HEADERS, FLAG.PRIORITY | FLAG.PADDED | FLAG.END_HEADERS, 1, [1, 0, 0, 0, 3, 16, 0x82, 0]);
    const r = parseFrame(prio, 0, 100);
    assert.ok(r.ok);
    assert.deepEqual([...unpad(r.message)!], [0x82]);
    const bad = parseFrame(frame(FRAME.DATA, FLAG.PADDED, 1, [9, 1]), 0, 100);
    assert.ok(bad.ok);
    assert.equal(unpad(bad.message), null);
  });

  it('settings', () => {
    assert.deepEqual(parseSettings(hex('000100001000 000300000064')), [
      { id: 1, value: 4096 },
      { id: 3, value: 100 },
    ]);
    assert.equal(parseSettings(hex('0001')), null);
  });

  it('property: parseFrame never throws and consumes at most its input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(70), (bytes, off) => {
        const o = Math.min(off, bytes.length);
        const r = parseFrame(bytes, o, 1 << 14);
        if (r.ok) assert.ok(r.consumed <= bytes.length - o);
      }),
    );
  });
});

describe('huffman', () => {
  it('RFC 7541 C.4 strings', () => {
    assert.equal(text(huffmanDecode(hex('f1e3c2e5f23a6ba0ab90f4ff'))), 'www.example.com');
    assert.equal(text(huffmanDecode(hex('a8eb10649cbf'))), 'no-cache');
    assert.equal(text(huffmanDecode(hex('25a849e95ba97d7f'))), 'custom-key');
  });
  it('the canonical code matches the RFC table at its ends', () => {
    assert.deepEqual(huffmanCode(0), [0x1ff8, 13]);
    assert.deepEqual(huffmanCode(0x30), [0x0, 5]);
    assert.deepEqual(huffmanCode(255), [0x3ffffee, 26]);
    assert.deepEqual(huffmanCode(256), [0x3fffffff, 30]);
  });
  it('bad padding and EOS are rejected', () => {
    assert.equal(huffmanDecode(hex('00')), null); // 8 bits of '0' code → padding of zeros
    assert.equal(huffmanDecode(hex('ffffffff')), null); // EOS
  });
  it('property: never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (b) => void huffmanDecode(b)));
  });
});

describe('hpack', () => {
  it('integers (RFC 7541 C.1)', () => {
    assert.deepEqual(readInt(hex('0a'), 0, 5), { value: 10, next: 1 });
    assert.deepEqual(readInt(hex('1f9a0a'), 0, 5), { value: 1337, next: 3 });
    assert.equal(readInt(hex('1f9a'), 0, 5), null);
  });

  it('C.3: requests without Huffman share one dynamic table', () => {
    const d = new HpackDecoder(true, 4096);
    assert.deepEqual(d.decode(hex('828684410f7777772e6578616d706c652e636f6d'), 100).fields.at(-1), [':authority', 'www.example.com']);
    assert.deepEqual(d.decode(hex('828684be58086e6f2d6361636865'), 100).fields, [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
      ['cache-control', 'no-cache'],
    ]);
    const third = d.decode(hex('828785bf400a637573746f6d2d6b65790c637573746f6d2d76616c7565'), 100);
    assert.deepEqual(third.fields.at(-1), ['custom-key', 'custom-value']);
    assert.equal(third.undecodable, 0);
  });

  it('C.5: responses with evictions in a 256-byte table', () => {
    const d = new HpackDecoder(true, 4096);
    const size = d.decode(hex('3fe101'), 10); // table size update to 256 first
    assert.equal(size.fields.length, 0);
    const r1 = d.decode(hex('4803333032580770726976617465611d4d6f6e2c203231204f637420323031332032303a31333a323120474d546e1768747470733a2f2f7777772e6578616d706c652e636f6d'), 100);
    assert.deepEqual(r1.fields[0], [':status', '302']);
    const r2 = d.decode(hex('4803333037c1c0bf'), 100);
    assert.deepEqual(r2.fields, [
      [':status', '307'],
      ['cache-control', 'private'],
      ['date', 'Mon, 21 Oct 2013 20:13:21 GMT'],
      ['location', 'https://www.example.com'],
    ]);
  });

  it('mid-connection: entries we never saw are undecodable, entries inserted since are known', () => {
    const d = new HpackDecoder(false, 4096);
    const r = d.decode(hex('82be 40 0178 0179 be'), 100); // GET, unknown 62, insert x: y, then 62 (now x: y)
    assert.deepEqual(r.fields, [
      [':method', 'GET'],
      ['x', 'y'],
      ['x', 'y'],
    ]);
    assert.equal(r.undecodable, 1);
    assert.equal(d.decode(hex('bf'), 10).undecodable, 1); // 63 is older than what we saw
  });

  it('a bad index when the table is fully known is an error; every truncated prefix never throws', () => {
    const d = new HpackDecoder(true, 4096);
    assert.equal(d.decode(hex('be'), 10).error, 'bad-index');
    const block = hex('828684418cf1e3c2e5f23a6ba0ab90f4ff');
    for (let n = 0; n < block.length; n++) new HpackDecoder(true, 4096).decode(block.subarray(0, n), 100);
  });

  it('property: decode never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (b, complete) => void new HpackDecoder(complete, 4096).decode(b, 50)));
  });
});
