import { seqDiff } from './seq.js';

/** A segment that arrived ahead of the bytes before it; `data` is our own copy. */
export interface PendingSegment {
  offset: number;
  data: Uint8Array;
  ts: number;
  peerAck: number;
}

/**
 * One direction of a TCP connection. Positions are kept as stream offsets (bytes since the first
 * byte we know of, gaps included) so streams longer than 4 GiB work; sequence numbers are only
 * translated at the edge, relative to the last delivered one.
 */
export class HalfStream {
  started = false;
  /** Sequence number of the next byte we expect. */
  nextSeq = 0;
  /** Stream offset of the next byte we expect (bytes delivered + bytes skipped). */
  nextOffset = 0;
  /** Out-of-order segments, sorted by offset, non-overlapping. */
  pending: PendingSegment[] = [];
  pendingBytes = 0;
  /** Stream offset where the sender's FIN sits, or -1. */
  finOffset = -1;
  ended = false;

  start(seq: number): void {
    this.started = true;
    this.nextSeq = seq >>> 0;
    this.nextOffset = 0;
  }

  /** Stream offset of a sequence number (may be negative for bytes before the start). */
  offsetOf(seq: number): number {
    return this.nextOffset + seqDiff(seq, this.nextSeq);
  }

  /** Move the expectation forward by `n` bytes (delivered or skipped). */
  advance(n: number): void {
    this.nextOffset += n;
    this.nextSeq = (this.nextSeq + n) >>> 0;
  }

  /**
   * Keep an out-of-order segment. Overlaps with segments already held are trimmed so the list
   * stays disjoint (first copy wins, as most stacks do). Returns the bytes actually added.
   */
  hold(offset: number, bytes: Uint8Array, ts: number, peerAck: number): number {
    let start = offset;
    let data = bytes;
    let added = 0;
    let i = 0;
    const list = this.pending;
    while (data.length > 0) {
      while (i < list.length && list[i].offset + list[i].data.length <= start) i++;
      const next = list[i];
      if (next && next.offset <= start) {
        // Covered at the front by an existing segment: skip what it already holds.
        const skip = next.offset + next.data.length - start;
        if (skip >= data.length) break;
        start += skip;
        data = data.subarray(skip);
        continue;
      }
      const room = next ? Math.min(data.length, next.offset - start) : data.length;
      const piece = data.slice(0, room);
      list.splice(i, 0, { offset: start, data: piece, ts, peerAck });
      added += room;
      i++;
      start += room;
      data = data.subarray(room);
    }
    this.pendingBytes += added;
    return added;
  }
}
