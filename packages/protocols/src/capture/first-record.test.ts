import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstRecordEnd } from './first-record.js';
import { readAll } from './test-support/hex.js';
import { captures, readCapture } from './test-support/fixtures.js';

test('firstRecordEnd: every real capture (pcap and pcapng) up to its first packet, no further', () => {
  let checked = 0;
  for (const c of captures()) {
    const file = readCapture(c.path);
    if (c.packets === 0) continue;
    const end = firstRecordEnd(file);
    assert.equal(typeof end, 'number', c.path);
    const n = end as number;
    // The reader (the oracle here) finds exactly one packet in those bytes, none in one byte fewer.
    assert.equal(readAll(file.subarray(0, n), n, false).frames.length, 1, `${c.path}: one packet in ${n} bytes`);
    assert.equal(readAll(file.subarray(0, n - 1), n - 1, false).frames.length, 0, c.path);
    assert.equal(firstRecordEnd(file.subarray(0, n - 1)), 'more', c.path);
    checked++;
  }
  assert.ok(checked > 100, `${checked} captures`);
});

test('firstRecordEnd: too short says more, anything else says null', () => {
  assert.equal(firstRecordEnd(new Uint8Array(0)), 'more');
  assert.equal(firstRecordEnd(new Uint8Array([0xd4, 0xc3])), 'more');
  assert.equal(firstRecordEnd(new TextEncoder().encode('<html>not a capture</html>')), null);
  assert.equal(firstRecordEnd(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])), null, 'gzip data');
  // A pcapng section header whose byte-order magic is wrong, and one with an impossible block length.
  assert.equal(firstRecordEnd(new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a, 28, 0, 0, 0, 1, 2, 3, 4])), null);
  assert.equal(firstRecordEnd(new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a, 5, 0, 0, 0, 0x4d, 0x3c, 0x2b, 0x1a])), null);
});
