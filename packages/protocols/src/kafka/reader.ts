// One bounds-checked reader over a Kafka frame (CONVENTIONS §4): fixed-width big-endian integers,
// (unsigned) varints, classic and compact (length + 1, flexible versions) strings, bytes and
// arrays, and tagged-field sections. A read past the end throws KafkaShort; a value that cannot
// be (a negative length, a varint longer than 5 bytes) throws KafkaMalformed. Decoders write
// their output as they go, so what was read before a throw is kept.
import { KAFKA_LIMITS } from './limits.js';

/** The frame ended before the field did (a cut frame, or a body of another version). */
export class KafkaShort extends Error {
  constructor(readonly at: number) {
    super(`kafka: frame ends before offset ${at}`);
    this.name = 'KafkaShort';
  }
}

/** A field holds an impossible value. */
export class KafkaMalformed extends Error {
  constructor(message: string, readonly at: number) {
    super(`kafka: ${message} at offset ${at}`);
    this.name = 'KafkaMalformed';
  }
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export class KafkaReader {
  pos: number;

  /** The frame goes on past the bytes we have (kept only up to the decode limit). */
  readonly cut: boolean;

  /**
   * `end` is where the bytes we have stop; `frameEnd` where the frame really ends (past `end`
   * when it was cut). A read past `end` but within the frame is KafkaShort (we lack bytes); a
   * length that runs past the frame is KafkaMalformed (the bytes are not this structure).
   */
  constructor(readonly buf: Uint8Array, pos = 0, readonly end = buf.length, readonly frameEnd = end) {
    this.pos = pos;
    this.cut = frameEnd > end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(n: number): number {
    const at = this.pos;
    if (n < 0 || at + n > this.frameEnd) throw new KafkaMalformed(`${n} bytes past the frame end`, at);
    if (at + n > this.end) throw new KafkaShort(at + n);
    this.pos = at + n;
    return at;
  }

  int8(): number {
    const o = this.need(1);
    return (this.buf[o] << 24) >> 24;
  }

  bool(): boolean {
    return this.buf[this.need(1)] !== 0;
  }

  int16(): number {
    const o = this.need(2);
    return ((this.buf[o] << 24) | (this.buf[o + 1] << 16)) >> 16;
  }

  int32(): number {
    const o = this.need(4);
    const b = this.buf;
    return (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
  }

  uint32(): number {
    return this.int32() >>> 0;
  }

  /** int64 as a number: exact up to 2^53, which offsets and timestamps stay under. */
  int64(): number {
    const hi = this.int32();
    const lo = this.int32() >>> 0;
    return hi * 4294967296 + lo;
  }

  uuid(): string {
    const o = this.need(16);
    let h = '';
    for (let i = 0; i < 16; i++) h += this.buf[o + i].toString(16).padStart(2, '0');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Unsigned LEB128 varint, at most 5 bytes (a 32-bit value). */
  uvarint(): number {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const b = this.buf[this.need(1)];
      v += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) return v;
    }
    throw new KafkaMalformed('varint longer than 5 bytes', this.pos);
  }

  /** Zig-zag signed varint (record fields). */
  varint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  /** A length prefix: int16/int32 classic, or unsigned varint minus one when compact. -1 = null. */
  private length(compact: boolean, wide: boolean): number {
    const at = this.pos;
    const n = compact ? this.uvarint() - 1 : wide ? this.int32() : this.int16();
    if (n < -1) throw new KafkaMalformed(`negative length ${n}`, at);
    return n;
  }

  nullableString(compact: boolean): string | null {
    const n = this.length(compact, false);
    if (n === -1) return null;
    const o = this.need(n);
    const cut = Math.min(n, KAFKA_LIMITS.maxStringChars * 4);
    const s = utf8.decode(this.buf.subarray(o, o + cut));
    return s.length > KAFKA_LIMITS.maxStringChars ? s.slice(0, KAFKA_LIMITS.maxStringChars) : s;
  }

  string(compact: boolean): string {
    const at = this.pos;
    const s = this.nullableString(compact);
    if (s === null) throw new KafkaMalformed('null string', at);
    return s;
  }

  /** A bytes field: its view (valid as long as the frame's bytes), or null. */
  bytes(compact: boolean): Uint8Array | null {
    const n = this.length(compact, true);
    if (n === -1) return null;
    const o = this.need(n);
    return this.buf.subarray(o, o + n);
  }

  /** Bytes that may run past what we kept of the frame: the view of what we have, and the real size. */
  partialBytes(compact: boolean): { view: Uint8Array; size: number } | null {
    const n = this.length(compact, true);
    if (n === -1) return null;
    const o = this.pos;
    if (o + n > this.frameEnd) throw new KafkaMalformed(`${n} bytes past the frame end`, o);
    const have = Math.min(n, this.end - o);
    this.pos = o + n;
    return { view: this.buf.subarray(o, o + have), size: n };
  }

  /** An array's element count (-1 = null). */
  arrayLength(compact: boolean): number {
    const at = this.pos;
    const n = compact ? this.uvarint() - 1 : this.int32();
    if (n < -1) throw new KafkaMalformed(`negative array length ${n}`, at);
    // Each element takes at least one byte: a larger count is not an array of this frame.
    if (n > this.frameEnd - this.pos) throw new KafkaMalformed(`array of ${n} in ${this.end - this.pos} bytes`, at);
    return n;
  }

  /** A tagged-field section (flexible versions): the tags present, their values skipped. */
  taggedFields(): number[] {
    const count = this.uvarint();
    const tags: number[] = [];
    for (let i = 0; i < count; i++) {
      const tag = this.uvarint();
      const size = this.uvarint();
      this.need(size);
      if (tags.length < KAFKA_LIMITS.maxListed) tags.push(tag);
    }
    return tags;
  }

  /** Skips `n` bytes. */
  skip(n: number): void {
    this.need(n);
  }

  /** A latin1 view for printable checks (detection). */
  static ascii(b: Uint8Array): string {
    return latin1.decode(b);
  }
}

/** Reads an array of `item`s; keeps at most `max` of them, reads (skips) every one. Null stays null. */
export function readArray<T>(r: KafkaReader, compact: boolean, item: (r: KafkaReader, i: number) => T, max: number = KAFKA_LIMITS.maxListed): { items: T[]; count: number } | null {
  const n = r.arrayLength(compact);
  if (n === -1) return null;
  const items: T[] = [];
  for (let i = 0; i < n; i++) {
    const v = item(r, i);
    if (items.length < max) items.push(v);
  }
  return { items, count: n };
}
