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

  reject(extraBytes = 0): void {
    this.rejectedBytes += this.size + extraBytes;
    this.attempts++;
    this.chunks = [];
    this.size = 0;
  }
}
