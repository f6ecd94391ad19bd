// One bounds-checked reader over a packet payload (CONVENTIONS §4). A read past the end sets
// `bad` and returns an empty value, so decoders read straight through and check `bad` once.

const utf8 = new TextDecoder('utf-8');

export class Cursor {
  bad = false;
  constructor(
    readonly buf: Uint8Array,
    public pos = 0,
  ) {}

  get left(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number): boolean {
    if (this.pos + n > this.buf.length) {
      this.bad = true;
      this.pos = this.buf.length;
      return false;
    }
    return true;
  }

  u8(): number {
    return this.need(1) ? this.buf[this.pos++] : 0;
  }

  u16(): number {
    if (!this.need(2)) return 0;
    const b = this.buf;
    const v = b[this.pos] | (b[this.pos + 1] << 8);
    this.pos += 2;
    return v;
  }

  u24(): number {
    if (!this.need(3)) return 0;
    const b = this.buf;
    const v = b[this.pos] | (b[this.pos + 1] << 8) | (b[this.pos + 2] << 16);
    this.pos += 3;
    return v;
  }

  u32(): number {
    if (!this.need(4)) return 0;
    const b = this.buf;
    const v = (b[this.pos] | (b[this.pos + 1] << 8) | (b[this.pos + 2] << 16) | (b[this.pos + 3] << 24)) >>> 0;
    this.pos += 4;
    return v;
  }

  /** 8 bytes little-endian; a number when exact, else its decimal string. */
  u64(signed = false): number | string {
    const lo = this.u32();
    const hi = this.u32();
    if (this.bad) return 0;
    let v = (BigInt(hi) << 32n) | BigInt(lo);
    if (signed && hi & 0x80000000) v -= 1n << 64n;
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || !this.need(n)) return new Uint8Array(0);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  skip(n: number): void {
    if (this.need(n)) this.pos += n;
  }

  /**
   * Length-encoded integer. 0xfb (NULL in rows) gives null; 0xff is invalid. Values past 2^53
   * are returned as Infinity (no packet can hold them).
   */
  lenenc(): number | null {
    const first = this.u8();
    if (first < 0xfb) return first;
    if (first === 0xfb) return null;
    if (first === 0xfc) return this.u16();
    if (first === 0xfd) return this.u24();
    if (first === 0xfe) {
      const lo = this.u32();
      const hi = this.u32();
      return hi >= 0x200000 ? Infinity : hi * 0x100000000 + lo;
    }
    this.bad = true;
    return 0;
  }

  /** Length-encoded string as bytes; null for the NULL marker. */
  lenencBytes(): Uint8Array | null {
    const n = this.lenenc();
    if (n === null) return null;
    return this.bytes(n);
  }

  lenencStr(): string {
    const b = this.lenencBytes();
    return b ? utf8.decode(b) : '';
  }

  /** NUL-terminated string; the rest of the payload when there is no NUL (older clients). */
  cstr(): string {
    const b = this.buf;
    let end = this.pos;
    while (end < b.length && b[end] !== 0) end++;
    const s = utf8.decode(b.subarray(this.pos, end));
    this.pos = end < b.length ? end + 1 : end;
    return s;
  }

  /** The rest of the payload as text. */
  rest(): string {
    const s = utf8.decode(this.buf.subarray(this.pos));
    this.pos = this.buf.length;
    return s;
  }
}

export const decodeUtf8 = (b: Uint8Array): string => utf8.decode(b);

/** At most `max` characters, marked with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
