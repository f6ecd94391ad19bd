import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A short, stable id for a capture file (FNV-1a of its size and first 64 KiB), so reading the same
 * file twice gives the same entry ids: re-importing a capture never duplicates entries.
 */
export function fingerprint(file: string): string {
  let hash = 0x811c9dc5;
  const mix = (byte: number) => {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      for (const ch of String(size)) mix(ch.charCodeAt(0));
      const buf = Buffer.alloc(65536);
      const n = readSync(fd, buf, 0, buf.length, 0);
      for (let i = 0; i < n; i++) mix(buf[i]);
    } finally {
      closeSync(fd);
    }
  } catch {
    for (const ch of file) mix(ch.charCodeAt(0));
  }
  return hash.toString(36);
}
