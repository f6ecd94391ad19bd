// A growable byte buffer for the few bytes that span feeds (a split head, a partial line).
export class Carry {
  private buf = new Uint8Array(256);
  length = 0;

  append(src: Uint8Array, s: number, e: number): void {
    const need = this.length + (e - s);
    if (need > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < need) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(src.subarray(s, e), this.length);
    this.length = need;
  }

  /** A view of the held bytes, valid until the next append or clear. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
    // Do not pin a large buffer for the life of the connection.
    if (this.buf.length > 4096) this.buf = new Uint8Array(256);
  }
}
