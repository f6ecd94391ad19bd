// Test helpers: hex fixtures and whole-file reads. Not part of the build (tsconfig excludes test-support).
import { CaptureReader } from '../reader.js';
import type { CaptureFormatError } from '../errors.js';
import type { CapturedFrame } from '../../net/packet.js';

/** Bytes from a hex dump: whitespace ignored, `#` starts a comment to the end of the line. */
export function hex(dump: string): Uint8Array {
  const digits = dump.replace(/#.*$/gm, '').replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(digits)) throw new Error(`bad hex fixture: ${digits}`);
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A frame with its data copied out (the reader's view dies after the callback). */
export type KeptFrame = Omit<CapturedFrame, 'data'> & { data: number[] };

export interface ReadResult {
  frames: KeptFrame[];
  error: CaptureFormatError | null;
  reader: CaptureReader;
}

/** Reads `file` fed in chunks of `chunkSize` bytes (default: one chunk), then end(). */
export function readAll(file: Uint8Array, chunkSize = file.length || 1, end = true): ReadResult {
  const frames: KeptFrame[] = [];
  const reader = new CaptureReader((f) => frames.push({ ...f, data: Array.from(f.data) }));
  for (let i = 0; i < file.length; i += chunkSize) reader.push(file.subarray(i, i + chunkSize));
  if (end) reader.end();
  return { frames, error: reader.error, reader };
}

/** Classic pcap record header + data, little-endian, µs. */
export function pcapRecordLE(tsSec: number, tsUsec: number, data: Uint8Array, origLen = data.length): Uint8Array {
  const h = new Uint8Array(16);
  const v = new DataView(h.buffer);
  v.setUint32(0, tsSec, true);
  v.setUint32(4, tsUsec, true);
  v.setUint32(8, data.length, true);
  v.setUint32(12, origLen, true);
  return concat(h, data);
}

/** A little-endian µs pcap header for `linkType`, snaplen 65535. */
export function pcapHeaderLE(linkType: number): Uint8Array {
  const h = hex('d4c3b2a1 0200 0400 00000000 00000000 ffff0000 00000000');
  new DataView(h.buffer).setUint32(20, linkType, true);
  return h;
}

/** A whole LE pcap file of `frames` on `linkType`, one per second from ts 1_700_000_000 s. */
export function pcapOf(linkType: number, frames: Uint8Array[]): Uint8Array {
  return concat(pcapHeaderLE(linkType), ...frames.map((f, i) => pcapRecordLE(1_700_000_000 + i, 0, f)));
}
