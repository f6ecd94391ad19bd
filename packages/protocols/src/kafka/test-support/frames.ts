// Hand-built Kafka frames for tests: classic and flexible (compact) encodings, and the hex
// helpers to show them beside their bytes.
import { concat, hex } from '../../capture/test-support/hex.js';

export { concat, hex };
export const toHex = (b: Uint8Array<ArrayBufferLike>): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

const enc = new TextEncoder();

export const i8 = (v: number): Uint8Array => Uint8Array.of(v & 0xff);
export const i16 = (v: number): Uint8Array => Uint8Array.of((v >> 8) & 0xff, v & 0xff);
export const i32 = (v: number): Uint8Array => Uint8Array.of((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
export const i64 = (v: number): Uint8Array => concat(i32(Math.floor(v / 4294967296)), i32(v >>> 0));

export function uvarint(v: number): Uint8Array {
  const out: number[] = [];
  do {
    let b = v & 0x7f;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return Uint8Array.from(out);
}

/** Classic string: int16 length (-1 = null). */
export const str = (s: string | null): Uint8Array => (s === null ? i16(-1) : concat(i16(enc.encode(s).length), enc.encode(s)));
/** Compact string: unsigned varint length + 1 (0 = null). */
export const cstr = (s: string | null): Uint8Array => (s === null ? uvarint(0) : concat(uvarint(enc.encode(s).length + 1), enc.encode(s)));
export const bytes = (b: Uint8Array | null): Uint8Array => (b === null ? i32(-1) : concat(i32(b.length), b));
export const cbytes = (b: Uint8Array | null): Uint8Array => (b === null ? uvarint(0) : concat(uvarint(b.length + 1), b));
export const arr = <T>(items: T[], f: (x: T) => Uint8Array): Uint8Array => concat(i32(items.length), ...items.map(f));
export const carr = <T>(items: T[] | null, f: (x: T) => Uint8Array): Uint8Array => (items === null ? uvarint(0) : concat(uvarint(items.length + 1), ...items.map(f)));
/** An empty tagged-field section. */
export const TAGS0 = Uint8Array.of(0);
/** A tagged-field section with the given (tag, value) pairs. */
export const tagged = (...fields: [number, Uint8Array][]): Uint8Array => concat(uvarint(fields.length), ...fields.flatMap(([t, v]) => [uvarint(t), uvarint(v.length), v]));

/** A size-prefixed frame. */
export const frame = (...payload: Uint8Array[]): Uint8Array => {
  const p = concat(...payload);
  return concat(i32(p.length), p);
};

/** Request header v1 (classic) or v2 (flexible: tagged fields after the classic client id). */
export function requestFrame(apiKey: number, version: number, correlationId: number, clientId: string | null, flexible: boolean, ...body: Uint8Array[]): Uint8Array {
  return frame(i16(apiKey), i16(version), i32(correlationId), str(clientId), ...(flexible ? [TAGS0] : []), ...body);
}

/** Response header v0, or v1 (tagged fields) when flexible. */
export function responseFrame(correlationId: number, flexible: boolean, ...body: Uint8Array[]): Uint8Array {
  return frame(i32(correlationId), ...(flexible ? [TAGS0] : []), ...body);
}

/** A magic-2 record batch header (61 bytes) with `count` records and `payload` bytes after it. */
export function recordBatch(baseOffset: number, count: number, compression: number, payload: Uint8Array = new Uint8Array(0)): Uint8Array {
  const afterLength = concat(i32(0), i8(2), i32(0), i16(compression), i32(count - 1), i64(0), i64(0), i64(-1), i16(-1), i32(-1), i32(count), payload);
  return concat(i64(baseOffset), i32(afterLength.length), afterLength);
}

/** Zig-zag varint (record fields). */
export const varint = (v: number): Uint8Array => uvarint(v >= 0 ? v * 2 : -v * 2 - 1);

/** One record of a magic-2 batch: length, attributes, timestamp delta, offset delta, key, value, headers. */
export function record(offsetDelta: number, key: Uint8Array | null, value: Uint8Array | null, headers: [string, string][] = []): Uint8Array {
  const field = (b: Uint8Array | null) => (b === null ? varint(-1) : concat(varint(b.length), b));
  const e = new TextEncoder();
  const body = concat(i8(0), varint(0), varint(offsetDelta), field(key), field(value), varint(headers.length), ...headers.map(([k, v]) => concat(field(e.encode(k)), field(e.encode(v)))));
  return concat(varint(body.length), body);
}
