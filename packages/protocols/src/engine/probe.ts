/**
 * The bytes of one direction of a stream whose protocol is not known yet. Detection looks at the
 * first bytes of a candidate message start; bytes are copied here only while the verdict is open.
 */
export interface HeldChunk {
  bytes: Uint8Array;
  ts: number;
  offset: number;
  peerAck: number;
}

export class Probe {
  chunks: HeldChunk[] = [];
  size = 0;
  /** Bytes seen in this direction that were not the start of anything we know. */
  rejectedBytes = 0;
  /**
   * The rejected bytes themselves, while they are all still here, contiguous and within the
   * detection budget. When the other direction identifies the protocol, the dissector gets them
   * instead of a gap: detection is strict to pick a protocol, but a dissector keeps a malformed
   * yet framed first message (`GET / HTTP/1.`, `OPTIONS HTTP/1.1`) that a server answered.
   */
  rejected: HeldChunk[] = [];
  rejectedKept = true;
  /** Candidate starts tried and rejected. */
  attempts = 0;
  ended = false;
  endTs = 0;

  hold(bytes: Uint8Array, ts: number, offset: number, peerAck: number): void {
    this.chunks.push({ bytes: bytes.slice(), ts, offset, peerAck });
    this.size += bytes.length;
  }

  /** The held bytes as one array (the common case, a single chunk, needs no copy). */
  joined(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0].bytes;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c.bytes, at);
      at += c.bytes.length;
    }
    return out;
  }

  /** The held bytes (and `unheld`, a chunk that was never held) start nothing we know. */
  reject(unheld: HeldChunk | null, maxKept: number): void {
    const extra = unheld ? unheld.bytes.length : 0;
    this.rejectedBytes += this.size + extra;
    this.attempts++;
    if (this.rejectedKept && this.rejectedBytes <= maxKept) {
      this.rejected.push(...this.chunks);
      if (unheld) this.rejected.push({ ...unheld, bytes: unheld.bytes.slice() });
    } else {
      this.rejectedKept = false;
      this.rejected = [];
    }
    this.chunks = [];
    this.size = 0;
  }

  /** Bytes lost to a capture gap: what was rejected can no longer be replayed in order. */
  lose(length: number): void {
    this.rejectedBytes += this.size + length;
    this.attempts++;
    this.rejectedKept = false;
    this.rejected = [];
    this.chunks = [];
    this.size = 0;
  }
}
