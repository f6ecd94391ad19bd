import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AddressCache, formatIPv4, formatIPv6 } from './address.js';
import { hex } from '../capture/test-support/hex.js';

describe('address text', () => {
  const v6: [string, string][] = [
    ['20010db8000000000000000000020001', '2001:db8::2:1'],
    ['20010db8000000010001000100010001', '2001:db8:0:1:1:1:1:1'], // one zero group stays
    ['20010000000000010000000000000001', '2001:0:0:1::1'], // the longest run
    ['20010db8000000000001000000000001', '2001:db8::1:0:0:1'], // the first of equal runs
    ['00000000000000000000000000000000', '::'],
    ['00000000000000000000000000000001', '::1'],
    ['00010000000000000000000000000000', '1::'],
    ['fe8000000000000000000000abcdef01', 'fe80::abcd:ef01'],
    ['20010DB800000000000000000000ABCD', '2001:db8::abcd'],
    ['00000000000000000000ffffc0000201', '::ffff:192.0.2.1'],
    ['000000000000000000000000c0000201', '::c000:201'],
    ['ffffffffffffffffffffffffffffffff', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ];
  for (const [bytes, text] of v6) {
    it(`formats ${text} (RFC 5952)`, () => assert.equal(formatIPv6(hex(bytes), 0), text));
  }

  it('formats IPv4 dotted', () => {
    assert.equal(formatIPv4(hex('00000000'), 0), '0.0.0.0');
    assert.equal(formatIPv4(hex('ffc0a8010aff'), 1), '192.168.1.10');
  });

  it('answers from the cache exactly what formatting answers, for any sequence of addresses', () => {
    // Few distinct values per byte, so the cache sees repeats and collisions.
    const byte = fc.constantFrom(0, 1, 0xff, 10, 0x80);
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 16, maxLength: 16 }).chain((a) => fc.tuple(fc.constant(a), fc.array(byte, { minLength: 16, maxLength: 16 }))), { maxLength: 200 }), (list) => {
        const cache = new AddressCache();
        for (const [random, small] of list) {
          for (const b of [random, Uint8Array.from(small)]) {
            assert.equal(cache.v6(b, 0), formatIPv6(b, 0));
            assert.equal(cache.v4(b, 4), formatIPv4(b, 4));
          }
        }
      }),
    );
  });
});
