import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Decompressed bytes yielded at a time (at most: a shorter chunk is all zlib had for now). */
export const GUNZIP_CHUNK = 1 << 20;

/** The gzip data itself is bad (cut short or damaged); read errors of the source are thrown as they are. */
export class GzipDataError extends Error {
  override name = 'GzipDataError';
}

/**
 * The decompressed bytes of a gzip-compressed capture (`capture.pcap.gz`), as they come: a
 * capture of any size is never held whole. Concatenated gzip members are one stream. `compressed`
 * is destroyed when the caller stops early or the data ends.
 */
export async function* gunzipChunks(compressed: Readable): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  // A read error ends the decompression with it (pipe() alone would leave gunzip waiting).
  compressed.on('error', (e: Error) => gunzip.destroy(e));
  compressed.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'Z_BUF_ERROR') throw new GzipDataError('gzip data cut short (unexpected end of file)');
    if (typeof err.code === 'string' && err.code.startsWith('Z_')) throw new GzipDataError(`damaged gzip data (${err.message})`);
    throw e;
  } finally {
    compressed.destroy();
    gunzip.destroy();
  }
}
