import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A short, stable id for a capture file (FNV-1a of its size and first 64 KiB), so reading the same
 * file twice gives the same entry ids: re-importing a capture never duplicates entries.
 */
export function fingerprint(file: string): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const size = String(fstatSync(fd).size);
      const buf = Buffer.alloc(FINGERPRINT_BYTES);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return fingerprintOf(size, buf.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  } catch {
    return fingerprintOf(file, new Uint8Array(0));
  }
}

/** How much of a capture's start its fingerprint covers. */
export const FINGERPRINT_BYTES = 65536;

/**
 * FNV-1a of `size` (the file's size in decimal, or what stands for it) then of `head` (the first
 * FINGERPRINT_BYTES). Inlined in each loop: a closure called 64k times was optimised (on-stack
 * replacement) in every `trawl read`, compile time a start-up does not need.
 */
export function fingerprintOf(size: string, head: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < size.length; i++) hash = Math.imul(hash ^ size.charCodeAt(i), 0x01000193) >>> 0;
  const n = Math.min(head.length, FINGERPRINT_BYTES);
  for (let i = 0; i < n; i++) hash = Math.imul(hash ^ head[i], 0x01000193) >>> 0;
  return hash.toString(36);
}
