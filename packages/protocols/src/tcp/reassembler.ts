import { HalfStream } from './half-stream.js';

/** Where in-order bytes of one direction go. `bytes` is only valid during the call. */
export interface StreamSink {
  data(side: 0 | 1, bytes: Uint8Array, ts: number, offset: number, peerAck: number): void;
  gap(side: 0 | 1, length: number, ts: number, offset: number): void;
  fin(side: 0 | 1, ts: number): void;
}

/** Shared accounting across every connection of an engine, for the total memory bound. */
export interface ReassemblyBudget {
  pendingBytes: number;
  readonly maxPendingBytesTotal: number;
  readonly maxPendingBytesPerStream: number;
  readonly maxPendingSegments: number;
  retransmittedBytes: number;
  gaps: number;
  gapBytes: number;
  /** Bytes skipped because a memory limit forced a hole to be declared lost. */
  forcedGaps: number;
}

/** Gaps larger than this are implausible (a broken ACK, a reused port): ignore the ACK. */
const MAX_PLAUSIBLE_ACK_JUMP = 1 << 30;

/**
 * TCP reassembly for one connection: two half-streams, indexed by which endpoint sent them
 * (`side` 0 = the endpoint the connection was first seen from). It delivers each direction's bytes
 * in order exactly once, trims retransmissions and overlaps, holds out-of-order segments within
 * the budget, and declares a gap when bytes are provably lost: the receiver acknowledged past a
 * hole, a memory bound was hit, or the connection ended with a hole.
 */
export class TcpReassembler {
  readonly sides: [HalfStream, HalfStream] = [new HalfStream(), new HalfStream()];

  constructor(
    private readonly sink: StreamSink,
    private readonly budget: ReassemblyBudget,
  ) {}

  /** Stream offset in `side`'s direction acknowledged by an ACK number, or -1 if unknown. */
  ackedOffset(side: 0 | 1, ack: number): number {
    const s = this.sides[side];
    return s.started ? s.offsetOf(ack) : -1;
  }

  syn(side: 0 | 1, seq: number): void {
    const s = this.sides[side];
    if (!s.started) s.start((seq + 1) >>> 0);
  }

  /** Process one segment's payload and FIN from `side`. `ack` is -1 when the ACK flag is off. */
  /**
   * `wireLength` is the payload's length on the wire: when the capture's snaplen cut the packet,
   * the missing tail is known lost at once instead of waiting for an ACK or the end.
   */
  segment(side: 0 | 1, seq: number, ack: number, payload: Uint8Array, fin: boolean, ts: number, wireLength = payload.length): void {
    const other = (side ^ 1) as 0 | 1;
    const peerAck = ack >= 0 ? this.ackedOffset(other, ack) : -1;
    // The sender acknowledged bytes of the other direction we never saw: they were lost in capture.
    if (peerAck >= 0) this.acknowledged(other, peerAck, ts);

    const s = this.sides[side];
    if (!s.started) {
      if (payload.length === 0 && !fin) return;
      s.start(seq);
    }
    const segStart = s.offsetOf(seq);
    let offset = segStart;
    let data = payload;
    if (data.length > 0) {
      if (offset < s.nextOffset) {
        const seen = s.nextOffset - offset;
        if (seen >= data.length) {
          this.budget.retransmittedBytes += data.length;
          data = data.subarray(data.length);
        } else {
          this.budget.retransmittedBytes += seen;
          data = data.subarray(seen);
        }
        offset = s.nextOffset;
      }
      if (data.length > 0) {
        if (offset === s.nextOffset) {
          s.advance(data.length);
          this.sink.data(side, data, ts, offset, peerAck);
          this.drain(side);
        } else {
          this.holdOrSkip(side, offset, data, ts, peerAck);
        }
      }
    }
    const cut = wireLength - payload.length;
    if (cut > 0 && s.nextOffset === segStart + payload.length) {
      this.skip(side, cut, ts);
      this.drain(side);
    }
    if (fin && s.finOffset < 0) s.finOffset = segStart + Math.max(wireLength, payload.length);
    // Not only when this segment has the FIN: the bytes that fill the last hole before a FIN
    // held earlier end the stream too.
    this.maybeEnd(side, ts);
  }

  /** The receiver of `side` has every byte before `offset`: a hole before it is capture loss. */
  private acknowledged(side: 0 | 1, offset: number, ts: number): void {
    const s = this.sides[side];
    if (!s.started || s.ended) return;
    let limit = offset;
    if (s.finOffset >= 0 && limit > s.finOffset) limit = s.finOffset; // the FIN takes a sequence number
    const missing = limit - s.nextOffset;
    if (missing <= 0 || missing > MAX_PLAUSIBLE_ACK_JUMP) return;
    while (s.nextOffset < limit) {
      const first = s.pending[0];
      if (first && first.offset < limit) {
        this.skip(side, first.offset - s.nextOffset, ts);
        this.drain(side);
      } else {
        this.skip(side, limit - s.nextOffset, ts);
      }
    }
    this.maybeEnd(side, ts);
  }

  private holdOrSkip(side: 0 | 1, offset: number, data: Uint8Array, ts: number, peerAck: number): void {
    const s = this.sides[side];
    const b = this.budget;
    const added = s.hold(offset, data, ts, peerAck);
    b.pendingBytes += added;
    // Over a bound: declare the first hole lost rather than grow without limit.
    while (
      s.pending.length > 0 &&
      (s.pendingBytes > b.maxPendingBytesPerStream ||
        b.pendingBytes > b.maxPendingBytesTotal ||
        s.pending.length > b.maxPendingSegments)
    ) {
      b.forcedGaps++;
      this.skip(side, s.pending[0].offset - s.nextOffset, ts);
      this.drain(side);
    }
  }

  private skip(side: 0 | 1, length: number, ts: number): void {
    if (length <= 0) return;
    const s = this.sides[side];
    const at = s.nextOffset;
    s.advance(length);
    this.budget.gaps++;
    this.budget.gapBytes += length;
    this.sink.gap(side, length, ts, at);
  }

  /** Deliver held segments that have become contiguous. */
  private drain(side: 0 | 1): void {
    const s = this.sides[side];
    while (s.pending.length > 0) {
      const seg = s.pending[0];
      if (seg.offset > s.nextOffset) break;
      s.pending.shift();
      s.pendingBytes -= seg.data.length;
      this.budget.pendingBytes -= seg.data.length;
      const overlap = s.nextOffset - seg.offset;
      if (overlap >= seg.data.length) continue;
      const data = overlap > 0 ? seg.data.subarray(overlap) : seg.data;
      const at = s.nextOffset;
      s.advance(data.length);
      this.sink.data(side, data, seg.ts, at, seg.peerAck);
    }
  }

  private maybeEnd(side: 0 | 1, ts: number): void {
    const s = this.sides[side];
    if (!s.ended && s.finOffset >= 0 && s.nextOffset >= s.finOffset) {
      s.ended = true;
      this.sink.fin(side, ts);
    }
  }

  /** The connection is over: every hole becomes a gap and every held byte is delivered. */
  flush(ts: number): void {
    for (const side of [0, 1] as const) {
      const s = this.sides[side];
      while (s.pending.length > 0) {
        this.skip(side, s.pending[0].offset - s.nextOffset, ts);
        this.drain(side);
      }
      this.maybeEnd(side, ts);
    }
  }

  /** Bytes held out of order, to give back to the budget when the connection is dropped. */
  release(): void {
    for (const s of this.sides) {
      this.budget.pendingBytes -= s.pendingBytes;
      s.pendingBytes = 0;
      s.pending = [];
    }
  }

  get bothEnded(): boolean {
    return this.sides[0].ended && this.sides[1].ended;
  }
}
