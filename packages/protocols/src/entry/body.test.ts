import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { decodeBase64, encodeBase64 } from '../bytes/base64.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { asText, buildBody } from './body.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('base64 matches Node for any bytes, and round-trips', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
      const b64 = encodeBase64(data);
      assert.equal(b64, Buffer.from(data).toString('base64'));
      assert.deepEqual(decodeBase64(b64), data);
    }),
    { numRuns: 1000 },
  );
});

test('asText: UTF-8 text yes, binary or invalid UTF-8 no', () => {
  assert.equal(asText(enc('héllo\tworld\r\n')), 'héllo\tworld\r\n');
  assert.equal(asText(new Uint8Array([0x68, 0, 0x69])), null);
  assert.equal(asText(new Uint8Array([0xc3, 0x28])), null);
  assert.equal(asText(new Uint8Array([1, 2, 3, 4])), null);
  assert.equal(asText(new Uint8Array(0)), '');
});

test('buildBody: gzip decoded, sizes recorded', () => {
  const raw = gzipSync('x'.repeat(1000));
  const body = buildBody({ bytes: raw, size: raw.length, contentEncoding: 'gzip' }, { decompress: zlibDecompress, maxDecodedBodyBytes: 1 << 20 });
  assert.equal(body.text, 'x'.repeat(1000));
  assert.deepEqual([body.size, body.captured, body.decodedSize, body.truncated, body.contentEncoding], [raw.length, raw.length, 1000, false, 'gzip']);
});

test('buildBody: no decompressor, unknown coding, over the decoded limit → raw bytes with a reason', () => {
  const raw = gzipSync('y'.repeat(1000));
  const none = buildBody({ bytes: raw, size: raw.length, contentEncoding: 'x-gzip' }, { maxDecodedBodyBytes: 1 << 20 });
  assert.ok(none.decodeError && none.base64 && none.decodedSize === undefined);
  const zstd = buildBody({ bytes: enc('abc'), size: 3, contentEncoding: 'zstd' }, { decompress: zlibDecompress, maxDecodedBodyBytes: 100 });
  assert.match(zstd.decodeError!, /zstd/);
  assert.equal(zstd.text, 'abc');
  const big = buildBody({ bytes: raw, size: raw.length, contentEncoding: 'gzip' }, { decompress: zlibDecompress, maxDecodedBodyBytes: 100 });
  assert.ok(big.decodeError);
  const identity = buildBody({ bytes: enc('plain'), size: 5, contentEncoding: 'identity' }, { decompress: zlibDecompress, maxDecodedBodyBytes: 100 });
  assert.deepEqual([identity.text, identity.decodeError, identity.decodedSize], ['plain', undefined, undefined]);
});

test('buildBody: truncated and missing', () => {
  const body = buildBody({ bytes: enc('abc'), size: 10, missing: 4 }, { maxDecodedBodyBytes: 100 });
  assert.deepEqual(body, { encoding: 'utf8', text: 'abc', size: 10, captured: 3, truncated: true, missing: 4 });
});
