import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CaptureReader } from './reader.js';
import { CaptureFormatError } from './errors.js';
import { compressionOf } from './compression.js';
import { concat, hex, readAll } from './test-support/hex.js';

// Two records: 4 bytes of a 60-byte packet (snaplen cut), then a whole 2-byte one.
// Record 1 at byte 24 (ends at 44), record 2 at byte 44 (ends at 62).
const PCAP_LE_US = hex(`
  d4c3b2a1 0200 0400 00000000 00000000 ffff0000 01000030  # magic LE µs, v2.4, zone, sigfigs, snaplen 65535, network 0x30000001 (FCS bits | EN10MB)
  00000065 1fa10700 04000000 3c000000 deadbeef            # @24 ts 0x65000000 s + 499999 µs, incl 4, orig 60
  01000065 01000000 02000000 02000000 cafe                # @44 ts +1 s + 1 µs, incl 2, orig 2
`);
const PCAP_BE_US = hex(`
  a1b2c3d4 0002 0004 00000000 00000000 0000ffff 00000001  # magic BE µs, snaplen 65535, EN10MB
  65000000 0007a11f 00000004 0000003c deadbeef
  65000001 00000001 00000002 00000002 cafe
`);
const PCAP_LE_NS = hex(`
  4d3cb2a1 0200 0400 00000000 00000000 ffff0000 01000000  # magic LE ns
  00000065 ff64cd1d 04000000 3c000000 deadbeef            # 499999999 ns
  01000065 01000000 02000000 02000000 cafe                # 1 ns
`);
const PCAP_BE_NS = hex(`
  a1b23c4d 0002 0004 00000000 00000000 0000ffff 00000001  # magic BE ns
  65000000 1dcd64ff 00000004 0000003c deadbeef
  65000001 00000001 00000002 00000002 cafe
`);
const T0 = 0x65000000 * 1000;

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-3, `${actual} ≉ ${expected}`);
}

describe('pcap', () => {
  const variants = [
    { name: 'little-endian µs', file: PCAP_LE_US, frac: [499.999, 0.001] },
    { name: 'big-endian µs', file: PCAP_BE_US, frac: [499.999, 0.001] },
    { name: 'little-endian ns', file: PCAP_LE_NS, frac: [499.999999, 0.000001] },
    { name: 'big-endian ns', file: PCAP_BE_NS, frac: [499.999999, 0.000001] },
  ];
  for (const v of variants) {
    it(`reads ${v.name}`, () => {
      const { frames, error, reader } = readAll(v.file);
      assert.equal(error, null);
      assert.equal(reader.format, 'pcap');
      assert.equal(reader.frames, 2);
      assert.equal(reader.bytesRead, 62);
      assert.equal(frames.length, 2);
      assert.deepEqual(frames.map((f) => [f.linkType, f.data, f.wireLength, f.fileOffset, f.interfaceId]), [
        [1, [0xde, 0xad, 0xbe, 0xef], 60, 24, 0],
        [1, [0xca, 0xfe], 2, 44, 0],
      ]);
      close(frames[0].ts, T0 + v.frac[0]);
      close(frames[1].ts, T0 + 1000 + v.frac[1]);
    });
  }

  it('ignores the FCS bits above the link type', () => {
    assert.equal(readAll(PCAP_LE_US).frames[0].linkType, 1);
  });

  it('rejects a file that is not a capture', () => {
    const { error, frames } = readAll(new TextEncoder().encode('<html><body>not found</body></html>'));
    assert.ok(error instanceof CaptureFormatError);
    assert.equal(error.message, 'not a pcap or pcapng file (magic 0x3c68746d)');
    assert.equal(error.offset, 0);
    assert.equal(frames.length, 0);
  });

  it('names the compressor of a compressed capture and what decompresses it', () => {
    const gz = readAll(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, ...new Array(40).fill(0)]));
    assert.equal(gz.error?.message, 'not a pcap or pcapng file: compressed with gzip (magic 0x1f8b0800); decompress it first, e.g. gzip -dc FILE | trawl read -');
    const zstd = readAll(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, ...new Array(40).fill(0)]));
    assert.match(zstd.error?.message ?? '', /compressed with zstd .*zstd -dc FILE/);
    assert.equal(compressionOf(new Uint8Array([0xd4, 0xc3, 0xb2, 0xa1])), null, 'a pcap is not compressed');
    assert.equal(compressionOf(new Uint8Array([0x1f])), null, 'one byte decides nothing');
  });

  it('rejects an impossible record length with its offset', () => {
    const file = concat(PCAP_LE_US.subarray(0, 24), hex('00000065 00000000 ffffffff 3c000000'), new Uint8Array(64));
    const { error } = readAll(file);
    assert.equal(error?.message, 'bad record length 4294967295 at byte offset 24 (snaplen 65535, original length 60)');
    assert.equal(error?.offset, 24);
  });

  it('rejects incl_len far above orig_len, accepts it a little above', () => {
    const header = PCAP_LE_US.subarray(0, 24);
    const absurd = concat(header, hex('00000065 00000000 00040000 00000000'), new Uint8Array(0x0400)); // incl 1024, orig 0
    assert.equal(readAll(absurd).error, null, 'incl 1024 over orig 0 is tolerated');
    const far = concat(header, hex('00000065 00000000 00000300 00000000'), new Uint8Array(0x30000)); // incl 196608, orig 0
    assert.match(readAll(far).error?.message ?? '', /^bad record length 196608 at byte offset 24/);
  });

  it('reports the file header and empty files', () => {
    assert.equal(readAll(new Uint8Array(0)).error?.message, 'empty file: not a pcap or pcapng file');
    assert.equal(readAll(PCAP_LE_US.subarray(0, 10)).error?.message, 'truncated file header at byte offset 0: 24 bytes needed, file ends after 10');
    assert.equal(readAll(PCAP_LE_US.subarray(0, 3)).error?.message, 'truncated file: 3 bytes, too short for a capture file header');
  });

  it('yields the frames before the cut of every truncated prefix and an error at the cut record', () => {
    for (const file of [PCAP_LE_US, PCAP_BE_NS]) {
      for (let k = 0; k <= file.length; k++) {
        for (const chunk of [k || 1, 1, 7]) {
          const { frames, error } = readAll(file.subarray(0, k), chunk);
          const complete = [44, 62].filter((e) => e <= k).length;
          assert.equal(frames.length, complete, `prefix ${k}`);
          if (k === 24 || k === 44 || k === 62) {
            assert.equal(error, null, `prefix ${k}`);
          } else {
            assert.ok(error instanceof CaptureFormatError, `prefix ${k}: error expected`);
            assert.equal(error.offset, k < 24 ? 0 : k < 44 ? 24 : 44, `prefix ${k}: ${error.message}`);
          }
        }
      }
    }
    assert.equal(readAll(PCAP_LE_US.subarray(0, 30)).error?.message, 'truncated record header at byte offset 24: 16 bytes needed, file ends after 6');
    assert.equal(readAll(PCAP_LE_US.subarray(0, 61)).error?.message, 'truncated record at byte offset 44: header announces 2 bytes, file ends after 1');
  });

  it('gives the same frames fed one byte at a time as in one chunk', () => {
    for (const file of [PCAP_LE_US, PCAP_BE_US, PCAP_LE_NS, PCAP_BE_NS]) {
      assert.deepEqual(readAll(file, 1).frames, readAll(file).frames);
      assert.deepEqual(readAll(file, 5).frames, readAll(file).frames);
    }
  });

  it('hands out views, and copies only records that span chunks', () => {
    const seen: boolean[] = [];
    const whole = new CaptureReader((f) => seen.push(f.data.buffer === PCAP_LE_US.buffer));
    whole.push(PCAP_LE_US);
    assert.deepEqual(seen, [true, true]);
    seen.length = 0;
    const split = new CaptureReader((f) => seen.push(f.data.buffer === PCAP_LE_US.buffer));
    split.push(PCAP_LE_US.subarray(0, 30)); // record 1 spans the two pushes
    split.push(PCAP_LE_US.subarray(30));
    assert.deepEqual(seen, [false, true]);
  });

  it('ignores input after an error', () => {
    const reader = new CaptureReader(() => assert.fail('no frame expected'));
    reader.push(hex('00000000'));
    const error = reader.error;
    assert.ok(error);
    reader.push(PCAP_LE_US);
    reader.end();
    assert.equal(reader.error, error);
    assert.equal(reader.frames, 0);
  });
});
