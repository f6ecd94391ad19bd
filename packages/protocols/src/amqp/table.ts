// AMQP 0-9-1 field values and tables (spec §4.2.5.5 with RabbitMQ's errata: `s` is a signed
// 16-bit integer, `x` a byte array, `l` a signed 64-bit integer). Values become JSON-friendly:
// 64-bit integers are numbers when exact, decimal strings otherwise; byte strings are UTF-8 text
// (lossy) and byte arrays base64.
import { encodeBase64 } from '../bytes/base64.js';
import { AMQP_LIMITS } from './limits.js';

export type FieldValue = null | boolean | number | string | FieldValue[] | FieldTable | { decimal: number };
export interface FieldTable {
  [key: string]: FieldValue;
}

const text = new TextDecoder('utf-8');

/** Thrown inside a method decoder when a length runs past the frame: the frame is malformed. */
export class AmqpDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AmqpDecodeError';
  }
}

/** A bounds-checked big-endian reader over one frame payload. */
export class Reader {
  constructor(
    readonly b: Uint8Array,
    public o: number,
    readonly end: number,
  ) {}

  need(n: number): void {
    if (this.o + n > this.end) throw new AmqpDecodeError(`need ${n} bytes at ${this.o}, frame ends at ${this.end}`);
  }
  u8(): number {
    this.need(1);
    return this.b[this.o++];
  }
  u16(): number {
    this.need(2);
    const v = (this.b[this.o] << 8) | this.b[this.o + 1];
    this.o += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const b = this.b;
    const o = this.o;
    this.o += 4;
    return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  }
  u64(): number | string {
    const hi = this.u32();
    const lo = this.u32();
    const v = BigInt(hi) * 4294967296n + BigInt(lo);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  i64(): number | string {
    const hi = this.u32();
    const lo = this.u32();
    const v = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const v = this.b.subarray(this.o, this.o + n);
    this.o += n;
    return v;
  }
  shortstr(): string {
    return text.decode(this.bytes(this.u8()));
  }
  longstr(): Uint8Array {
    return this.bytes(this.u32());
  }
  view(): DataView {
    return new DataView(this.b.buffer, this.b.byteOffset, this.b.byteLength);
  }
}

/** Sets a key without ever touching the prototype (a peer may send `__proto__`). */
function put(t: FieldTable, key: string, value: FieldValue): void {
  Object.defineProperty(t, key, { value, enumerable: true, writable: true, configurable: true });
}

export function readTable(r: Reader, depth = 0): FieldTable {
  const size = r.u32();
  r.need(size);
  const end = r.o + size;
  const inner = new Reader(r.b, r.o, end);
  const out: FieldTable = {};
  let n = 0;
  while (inner.o < end) {
    const key = inner.shortstr();
    const value = readValue(inner, depth + 1);
    if (n++ < AMQP_LIMITS.maxTableEntries) put(out, key, value);
  }
  r.o = end;
  return out;
}

function readArray(r: Reader, depth: number): FieldValue[] {
  const size = r.u32();
  r.need(size);
  const end = r.o + size;
  const inner = new Reader(r.b, r.o, end);
  const out: FieldValue[] = [];
  while (inner.o < end) {
    const v = readValue(inner, depth + 1);
    if (out.length < AMQP_LIMITS.maxTableEntries) out.push(v);
  }
  r.o = end;
  return out;
}

/** One type-tagged value. Nested deeper than the limit: skipped (framing kept), read as null. */
export function readValue(r: Reader, depth: number): FieldValue {
  const tag = r.u8();
  if ((tag === 0x46 || tag === 0x41) && depth > AMQP_LIMITS.maxTableDepth) {
    r.bytes(r.u32());
    return null;
  }
  switch (tag) {
    case 0x74: // t
      return r.u8() !== 0;
    case 0x62: // b
      return (r.u8() << 24) >> 24;
    case 0x42: // B
      return r.u8();
    case 0x73: // s (RabbitMQ) / U (spec): signed 16
    case 0x55:
      return (r.u16() << 16) >> 16;
    case 0x75: // u
      return r.u16();
    case 0x49: // I
      return r.u32() | 0;
    case 0x69: // i
      return r.u32();
    case 0x6c: // l
      return r.i64();
    case 0x4c: // L (spec): unsigned 64
      return r.u64();
    case 0x66: {
      // f
      r.need(4);
      const v = r.view().getFloat32(r.o);
      r.o += 4;
      return finite(v);
    }
    case 0x64: {
      // d
      r.need(8);
      const v = r.view().getFloat64(r.o);
      r.o += 8;
      return finite(v);
    }
    case 0x44: {
      // D: scale, then a signed 32-bit value
      const scale = r.u8();
      const v = r.u32() | 0;
      return { decimal: v / 10 ** scale };
    }
    case 0x53: // S
      return text.decode(r.longstr());
    case 0x78: // x
      return encodeBase64(r.longstr());
    case 0x41: // A
      return readArray(r, depth);
    case 0x54: // T: seconds since the epoch
      return r.u64();
    case 0x46: // F
      return readTable(r, depth);
    case 0x56: // V
      return null;
    default:
      throw new AmqpDecodeError(`unknown field type 0x${tag.toString(16)}`);
  }
}

/** NaN and infinities do not survive JSON: show them as strings. */
function finite(v: number): number | string {
  return Number.isFinite(v) ? v : String(v);
}
