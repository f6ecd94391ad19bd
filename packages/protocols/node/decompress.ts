import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { Decompress } from '../src/engine/types.js';

/**
 * The engine is pure, so Node's zlib is injected here. `deflate` in HTTP is zlib-wrapped by the
 * RFC but raw DEFLATE in practice from some servers: try both. Output is capped so a zip bomb
 * costs at most `maxOutput` bytes.
 */
export const nodeDecompress: Decompress = (encoding, data, maxOutput) => {
  const opts = { maxOutputLength: Math.max(1, maxOutput) };
  switch (encoding) {
    case 'gzip':
      return gunzipSync(data, opts);
    case 'br':
      return brotliDecompressSync(data, opts);
    case 'deflate':
      try {
        return inflateSync(data, opts);
      } catch {
        return inflateRawSync(data, opts);
      }
  }
};
