// Compressed captures: Wireshark opens `.pcap.gz` (and zstd, lz4) as they are, so users hand them
// to trawl too. Which compressor made a file is told by its first bytes; the engine reads only
// uncompressed captures (it has no I/O), so callers decompress gzip themselves and everything
// else is named in the error, with what to run.

export type Compression = 'gzip' | 'zstd' | 'xz' | 'bzip2' | 'lz4';

/** Bytes `compressionOf` needs to decide. */
export const COMPRESSION_MAGIC_BYTES = 4;

/** The compressor whose magic number `head` starts with, or null (a capture, or something else). */
export function compressionOf(head: Uint8Array): Compression | null {
  const [a, b, c, d] = head;
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x28 && b === 0xb5 && c === 0x2f && d === 0xfd) return 'zstd';
  if (a === 0xfd && b === 0x37 && c === 0x7a && d === 0x58) return 'xz';
  if (a === 0x42 && b === 0x5a && c === 0x68) return 'bzip2';
  if (a === 0x04 && b === 0x22 && c === 0x4d && d === 0x18) return 'lz4';
  return null;
}

/** The command that decompresses a `what` stream to standard output, for messages. */
export const DECOMPRESS_COMMAND: Record<Compression, string> = {
  gzip: 'gzip -dc',
  zstd: 'zstd -dc',
  xz: 'xz -dc',
  bzip2: 'bzip2 -dc',
  lz4: 'lz4 -dc',
};
