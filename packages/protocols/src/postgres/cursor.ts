// A bounds-checked reader over one message body (CONVENTIONS §4). Every read past the end sets
// `bad` and returns a neutral value, so a decoder reads a malformed body without throwing and
// checks `bad` once at the end.

const utf8 = new TextDecoder('utf-8');

export class Cursor {
  pos = 0;
  bad = false;

  constructor(readonly buf: Uint8Array) {}

  get left(): number {
    return this.buf.length - this.pos;
  }

  u8(): number {
    if (this.pos + 1 > this.buf.length) return this.fail();
    return this.buf[this.pos++];
  }

  i16(): number {
    if (this.pos + 2 > this.buf.length) return this.fail();
    const v = (this.buf[this.pos] << 8) | this.buf[this.pos + 1];
    this.pos += 2;
    return v & 0x8000 ? v - 0x10000 : v;
  }

  i32(): number {
    if (this.pos + 4 > this.buf.length) return this.fail();
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
  }

  /** A NUL-terminated string (the NUL is consumed). */
  cstr(): string {
    const end = this.buf.indexOf(0, this.pos);
    if (end < 0) {
      this.fail();
      return '';
    }
    const s = utf8.decode(this.buf.subarray(this.pos, end));
    this.pos = end + 1;
    return s;
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.buf.length) {
      this.fail();
      return new Uint8Array(0);
    }
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  private fail(): number {
    this.bad = true;
    this.pos = this.buf.length;
    return 0;
  }
}

export function text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
