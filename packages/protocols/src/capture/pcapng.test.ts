import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CaptureFormatError } from './errors.js';
import { concat, hex, readAll } from './test-support/hex.js';

// Section 1, little-endian: two interfaces of different link types, an unknown block, unknown
// options, if_tsresol (ns and 2^-10), if_tsoffset, and one block of each packet kind.
const SECTION_LE = hex(`
  0a0d0d0a 2c000000 4d3c2b1a 0100 0000 ffffffffffffffff  # @0 SHB len 44, byte-order magic LE, v1.0, section length -1
  0400 0500 7472617776 000000                            #    shb_userappl "trawl"
  0000 0000 2c000000                                     #    opt_endofopt, trailer 44
  01000000 28000000 0100 0000 06000000                   # @44 IDB len 40: EN10MB, snaplen 6
  ad0b 0300 616263 00                                    #    unknown option 0x0bad "abc"
  0900 0100 09 000000                                    #    if_tsresol 9: 10^-9 s
  0000 0000 28000000
  01000000 2c000000 6500 0000 10000000                   # @84 IDB len 44: RAW (101), snaplen 16
  0900 0100 8a 000000                                    #    if_tsresol 0x8a: 2^-10 s
  0e00 0800 6400000000000000                             #    if_tsoffset 100 s
  0000 0000 2c000000
  ad0b0000 10000000 01020304 10000000                    # @128 unknown block type 0xbad, len 16
  06000000 34000000 00000000 fe9c9717 15cd853d           # @144 EPB len 52, if 0, ts 1700000000123456789 ns
  05000000 3c000000 0102030405 000000                    #    caplen 5, orig 60, data + pad
  0200 0400 00000000                                     #    epb_flags (an option we skip)
  0000 0000 34000000
  06000000 24000000 01000000 00000000 00160000           # @196 EPB len 36, if 1, ts 5632 × 2^-10 s = 5.5 s (+100 s offset)
  02000000 02000000 4500 0000 24000000                   #    caplen 2, orig 2, data 45 00 + pad
  03000000 18000000 28000000 a1a2a3a4a5a6a7a8 18000000   # @232 SPB len 24, orig 40: caplen = min(40, 8, snaplen 6) = 6
  02000000 24000000 0100 0000 00000000 00000000          # @256 obsolete PB len 36, if 1, drops 0, ts 0 (+100 s)
  03000000 03000000 b1b2b3 00 24000000                   #    caplen 3, len 3
`);
// Section 2, big-endian: the interface list starts again; one SLL interface with default µs.
const SECTION_BE = hex(`
  0a0d0d0a 0000001c 1a2b3c4d 0001 0000 ffffffffffffffff 0000001c  # @292 SHB BE len 28
  00000001 00000014 0071 0000 00000000 00000014                    # @320 IDB len 20: LINUX_SLL, snaplen 0
  00000006 00000024 00000000 00000000 000f4240                     # @340 EPB len 36, if 0, ts 1000000 µs
  00000004 00000004 c1c2c3c4 00000024                              #    caplen 4, orig 4
`);
const FILE = concat(SECTION_LE, SECTION_BE);
const BLOCK_ENDS = [44, 84, 128, 144, 196, 232, 256, 292, 320, 340, 376];
const FRAME_ENDS = [196, 232, 256, 292, 376];

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-3, `${actual} ≉ ${expected}`);
}

describe('pcapng', () => {
  it('reads interfaces, packet blocks of every kind, sections of both byte orders', () => {
    const { frames, error, reader } = readAll(FILE);
    assert.equal(error, null);
    assert.equal(reader.format, 'pcapng');
    assert.equal(FILE.length, 376);
    assert.deepEqual(frames.map((f) => [f.fileOffset, f.interfaceId, f.linkType, f.data, f.wireLength]), [
      [144, 0, 1, [1, 2, 3, 4, 5], 60],
      [196, 1, 101, [0x45, 0], 2],
      [232, 0, 1, [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6], 40],
      [256, 1, 101, [0xb1, 0xb2, 0xb3], 3],
      [340, 0, 113, [0xc1, 0xc2, 0xc3, 0xc4], 4],
    ]);
    close(frames[0].ts, 1_700_000_000_123.456789);
    close(frames[1].ts, 105_500);
    close(frames[2].ts, 105_500); // SPB has no timestamp: the last one seen
    close(frames[3].ts, 100_000);
    close(frames[4].ts, 1_000);
  });

  it('gives the same frames fed one byte at a time as in one chunk', () => {
    assert.deepEqual(readAll(FILE, 1).frames, readAll(FILE).frames);
    assert.deepEqual(readAll(FILE, 13).frames, readAll(FILE).frames);
  });

  it('yields the frames before the cut of every truncated prefix and an error at the cut block', () => {
    for (let k = 0; k <= FILE.length; k++) {
      const { frames, error } = readAll(FILE.subarray(0, k), 7);
      assert.equal(frames.length, FRAME_ENDS.filter((e) => e <= k).length, `prefix ${k}`);
      if (BLOCK_ENDS.includes(k)) {
        assert.equal(error, null, `prefix ${k}`);
      } else {
        assert.ok(error instanceof CaptureFormatError, `prefix ${k}`);
        const start = [0, ...BLOCK_ENDS].filter((e) => e < k).pop() ?? 0;
        assert.equal(error.offset, start, `prefix ${k}: ${error.message}`);
      }
    }
    assert.equal(readAll(FILE.subarray(0, 150)).error?.message, 'truncated block header at byte offset 144: 8 bytes needed, file ends after 6');
    assert.equal(readAll(FILE.subarray(0, 160)).error?.message, 'truncated enhanced packet block at byte offset 144: header announces 52 bytes, file ends after 16');
    assert.equal(readAll(FILE.subarray(0, 302)).error?.message, 'truncated section header block at byte offset 292: 12 bytes needed, file ends after 10');
  });

  it('starts a new interface list with each section', () => {
    const epbForInterface1 = hex('00000006 00000020 00000001 00000000 00000000 00000000 00000000 00000020');
    const { frames, error } = readAll(concat(FILE, epbForInterface1));
    assert.equal(frames.length, 5);
    assert.equal(error?.message, 'packet for undefined interface 1 at byte offset 376 (1 defined)');
  });

  it('rejects bad block lengths and mismatched trailers', () => {
    const shb = SECTION_LE.subarray(0, 44);
    const cases: [Uint8Array, string][] = [
      [hex('01000000 0a000000 00000000'), 'bad block length 10 at byte offset 44 (block type 0x00000001)'],
      [hex('01000000 16000000 00000000 00000000 00000000 16000000'), 'bad block length 22 at byte offset 44 (block type 0x00000001)'],
      [hex('ad0b0000 10000000 01020304 14000000'), 'block length mismatch at byte offset 44: header says 16, trailer says 20'],
      [hex('ad0b0000 ffffffff'), 'bad block length 4294967295 at byte offset 44 (block type 0x00000bad)'],
    ];
    for (const [block, message] of cases) {
      const { error } = readAll(concat(shb, block));
      assert.equal(error?.message, message);
      assert.equal(error?.offset, 44);
    }
    const badMagic = hex('0a0d0d0a 1c000000 01020304 0100 0000 ffffffffffffffff 1c000000');
    assert.equal(readAll(badMagic).error?.message, 'bad byte-order magic 0x01020304 in section header at byte offset 0');
  });

  it('rejects an EPB whose captured length does not fit its block', () => {
    const epb = hex('06000000 24000000 00000000 00000000 00000000 09000000 09000000 41424344 24000000');
    const { error } = readAll(concat(SECTION_LE.subarray(0, 84), epb));
    assert.equal(error?.message, 'bad record length 9 at byte offset 84 (block has room for 4)');
  });
});
