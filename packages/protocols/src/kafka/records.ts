// Summaries of a `records` field (Produce requests, Fetch responses): batches, record count,
// compression and first base offset, without keeping payloads. Magic 2 record batches
// (Kafka ≥ 0.11) and the legacy magic 0/1 message sets are both walked; a batch cut by the end of
// what we kept (or a Fetch's partial trailing batch) is not counted.
import { encodeBase64 } from '../bytes/base64.js';
import { KAFKA_LIMITS } from './limits.js';

export const COMPRESSION = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

export interface RecordsSummary {
  /** Bytes of the records field on the wire. */
  size: number;
  batches: number;
  records: number;
  /** Message format: 2 (record batch) or 0/1 (message set). */
  magic?: number;
  compression?: string;
  baseOffset?: number;
  /** The bytes after the last whole batch (a partial batch, or bytes we did not keep). */
  partialBytes?: number;
  /** The first records of an uncompressed batch, when small (KAFKA_LIMITS.maxSampleBytes). */
  samples?: RecordSample[];
}

export interface RecordSample {
  offset: number;
  /** UTF-8 text, or `base64:<…>` for binary; null when absent; omitted (size only) when large. */
  key?: string | null;
  value?: string | null;
  keySize: number;
  valueSize: number;
  headers?: string[];
}

const i32 = (b: Uint8Array, o: number): number => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
const i64 = (b: Uint8Array, o: number): number => i32(b, o) * 4294967296 + (i32(b, o + 4) >>> 0);

/** Batch header: baseOffset(8) length(4) leaderEpoch(4) magic(1) crc(4) attributes(2) … recordCount at 57. */
const V2_HEADER = 61;
/** Message set entry: offset(8) size(4) crc(4) magic(1) attributes(1). */
const V0_HEADER = 18;

/** `view` holds the first bytes of the field (all of them unless the frame was cut); `size` its real length. */
export function summarizeRecords(view: Uint8Array, size: number): RecordsSummary {
  const out: RecordsSummary = { size, batches: 0, records: 0 };
  let o = 0;
  const have = view.length;
  while (o + 17 <= have && out.batches < KAFKA_LIMITS.maxBatchesWalked) {
    const length = i32(view, o + 8);
    const magic = view[o + 16];
    const total = 12 + length;
    if (length < 0 || o + total > size) break;
    if (magic === 2) {
      if (o + V2_HEADER > have) break;
      const count = i32(view, o + 57);
      if (count < 0) break;
      out.records += count;
      if (out.batches === 0) {
        out.magic = 2;
        const codec = ((view[o + 21] << 8) | view[o + 22]) & 7;
        out.compression = COMPRESSION[codec] ?? 'unknown';
        out.baseOffset = i64(view, o);
        if (codec === 0 && o + total <= have) {
          const samples = sampleRecords(view, o + V2_HEADER, o + total, out.baseOffset, count);
          if (samples.length > 0) out.samples = samples;
        }
      }
    } else if (magic === 0 || magic === 1) {
      if (o + V0_HEADER > have) break;
      // A compressed wrapper message holds a compressed inner set: counted as one message.
      out.records += 1;
      if (out.batches === 0) {
        out.magic = magic;
        out.compression = COMPRESSION[view[o + 17] & 7] ?? 'unknown';
        out.baseOffset = i64(view, o);
      }
    } else break;
    out.batches++;
    o += total;
  }
  if (o < size) out.partialBytes = size - o;
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text when the bytes are printable UTF-8, else `base64:…`. */
function show(b: Uint8Array): string {
  try {
    const t = utf8.decode(b);
    // eslint-disable-next-line no-control-regex
    if (!/[\x00-\x08\x0e-\x1f\x7f]/.test(t)) return t;
  } catch {
    // binary
  }
  return `base64:${encodeBase64(b)}`;
}

/**
 * The first records of an uncompressed batch (length, attributes, timestamp delta, offset
 * delta, key, value, headers: zig-zag varints). A record that does not read ends the sampling.
 */
function sampleRecords(b: Uint8Array, start: number, end: number, baseOffset: number, count: number): RecordSample[] {
  const out: RecordSample[] = [];
  let o = start;
  const varint = (): number => {
    let u = 0;
    for (let i = 0; i < 10; i++) {
      if (o >= end) throw new RangeError('record');
      const x = b[o++];
      u += (x & 0x7f) * 2 ** (7 * i);
      if ((x & 0x80) === 0) return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
    }
    throw new RangeError('record');
  };
  const field = (): { size: number; text?: string | null } => {
    const n = varint();
    if (n < 0) return { size: 0, text: null };
    if (o + n > end) throw new RangeError('record');
    const at = o;
    o += n;
    return n <= KAFKA_LIMITS.maxSampleBytes ? { size: n, text: show(b.subarray(at, at + n)) } : { size: n };
  };
  try {
    for (let i = 0; i < Math.min(count, KAFKA_LIMITS.maxSamples); i++) {
      const len = varint();
      const next = o + len;
      if (len < 0 || next > end) break;
      o++; // attributes
      varint(); // timestamp delta
      const offsetDelta = varint();
      const key = field();
      const value = field();
      const s: RecordSample = { offset: baseOffset + offsetDelta, keySize: key.size, valueSize: value.size };
      if ('text' in key) s.key = key.text;
      if ('text' in value) s.value = value.text;
      const headers = varint();
      for (let h = 0; h < headers && h < KAFKA_LIMITS.maxListed; h++) {
        const k = field();
        field();
        (s.headers ??= []).push(k.text ?? '');
      }
      out.push(s);
      o = next;
    }
  } catch {
    // A record that does not read: keep what was sampled.
  }
  return out;
}
