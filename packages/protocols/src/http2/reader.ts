// One direction's byte stream → whole frames. Bytes are parsed in place; only a frame that spans
// feeds is copied (into `carry`). A frame too large to keep is skipped with its size reported.
// After a gap that does not fall inside a frame of known length, the direction resynchronises on
// the next feed that starts with a run of valid frame headers (as detection does).
import type { ChunkMeta } from '../engine/types.js';
import { Carry } from '../http1/carry.js';
import { frameRun, plausibleHeader, provenRun } from './detect.js';
import { FRAME, FRAME_HEADER_BYTES, PREFACE, readFrameHeader, type Frame, type FrameHeader } from './frame.js';
import { HTTP2_LIMITS } from './limits.js';

export interface FrameAt {
  ts: number;
  /** Stream offset of the frame's first byte. */
  offset: number;
}

export interface FrameSink {
  /** A whole frame; `payload` is valid only during the call. */
  frame(f: Frame, at: FrameAt): void;
  /** A frame whose payload we do not have in full (too large, or partly lost in a gap). */
  lostFrame(h: FrameHeader, at: FrameAt, missing: number): void;
  /** Framing lost: header blocks may have been missed. */
  lost(ts: number): void;
  /** The client preface went by. */
  preface(): void;
  count(event: string, n?: number): void;
}

type Mode = 'preface' | 'frames' | 'skip' | 'resync';

export class FrameReader {
  mode: Mode;
  private readonly carry = new Carry();
  private carryAt: FrameAt = { ts: 0, offset: 0 };
  private skipLeft = 0;
  /** Frames parsed so far (the preface is only looked for before the first). */
  frames = 0;

  constructor(
    private readonly sink: FrameSink,
    expectPreface: boolean,
    private readonly maxFrameBytes = HTTP2_LIMITS.maxFrameBytes,
  ) {
    this.mode = expectPreface ? 'preface' : 'frames';
  }

  feed(buf: Uint8Array, meta: ChunkMeta): void {
    let p = 0;
    const n = buf.length;
    if (this.mode === 'resync') {
      if (provenRun(frameRun(buf, 0), n)) {
        this.mode = 'frames';
        this.sink.count('http2.resync');
      } else {
        this.sink.count('http2.skipped_bytes', n);
        return;
      }
    }
    while (p < n) {
      if (this.mode === 'preface') p = this.readPreface(buf, p, meta);
      else if (this.mode === 'skip') p = this.skip(buf, p);
      else if (this.mode === 'frames') p = this.readFrame(buf, p, meta);
      else {
        this.sink.count('http2.skipped_bytes', n - p);
        break;
      }
    }
  }

  gap(length: number, meta: ChunkMeta): void {
    this.sink.count('http2.gap_bytes', length);
    if (this.mode === 'skip') {
      if (length <= this.skipLeft) {
        // Already reported whole by lostFrame when the skip began.
        this.skipLeft -= length;
        if (this.skipLeft === 0) this.mode = 'frames';
        return;
      }
    } else if (this.mode === 'frames' && this.carry.length >= FRAME_HEADER_BYTES) {
      const h = readFrameHeader(this.carry.view(), 0);
      const left = FRAME_HEADER_BYTES + h.length - this.carry.length;
      if (length <= left) {
        // The gap is inside this frame: framing holds, the frame's payload is partly lost.
        this.skipLeft = left - length;
        this.carry.clear();
        this.sink.lostFrame(h, this.carryAt, h.length);
        this.mode = this.skipLeft > 0 ? 'skip' : 'frames';
        return;
      }
    }
    this.carry.clear();
    this.mode = 'resync';
    this.sink.lost(meta.ts);
  }

  private readPreface(buf: Uint8Array, p: number, meta: ChunkMeta): number {
    const have = this.carry.length;
    const take = Math.min(PREFACE.length - have, buf.length - p);
    for (let i = 0; i < take; i++) {
      if (buf[p + i] !== PREFACE[have + i]) {
        // Not a preface: a connection picked up mid-way. Parse the held bytes as frames.
        const held = this.carry.view().slice();
        this.carry.clear();
        this.mode = 'frames';
        if (held.length > 0) this.readFrame(held, 0, { ts: meta.ts, offset: meta.offset - held.length, peerAck: -1 });
        return p;
      }
    }
    if (have + take < PREFACE.length) {
      this.carry.append(buf, p, p + take);
      return p + take;
    }
    this.carry.clear();
    this.mode = 'frames';
    this.sink.preface();
    return p + take;
  }

  private skip(buf: Uint8Array, p: number): number {
    return p + this.consumeSkip(buf.length - p);
  }

  private readFrame(buf: Uint8Array, p: number, meta: ChunkMeta): number {
    const n = buf.length;
    if (this.carry.length === 0) {
      if (n - p < FRAME_HEADER_BYTES) {
        this.hold(buf, p, n, meta);
        return n;
      }
      const h = this.checkHeader(buf, p, meta);
      if (!h) return n;
      const total = FRAME_HEADER_BYTES + h.length;
      const at = { ts: meta.ts, offset: meta.offset + p };
      if (h.length > this.maxFrameBytes) return this.startSkip(h, at, p + FRAME_HEADER_BYTES, n);
      if (n - p < total) {
        this.hold(buf, p, n, meta);
        return n;
      }
      this.deliver(h, buf.subarray(p + FRAME_HEADER_BYTES, p + total), at);
      return p + total;
    }
    // A frame that began in an earlier feed.
    if (this.carry.length < FRAME_HEADER_BYTES) {
      const take = Math.min(FRAME_HEADER_BYTES - this.carry.length, n - p);
      this.carry.append(buf, p, p + take);
      p += take;
      if (this.carry.length < FRAME_HEADER_BYTES) return p;
      const h = this.checkHeader(this.carry.view(), 0, meta);
      if (!h) {
        this.carry.clear();
        return n;
      }
      if (h.length > this.maxFrameBytes) {
        this.carry.clear();
        return this.startSkip(h, this.carryAt, p, n);
      }
    }
    const h = readFrameHeader(this.carry.view(), 0);
    const total = FRAME_HEADER_BYTES + h.length;
    const take = Math.min(total - this.carry.length, n - p);
    this.carry.append(buf, p, p + take);
    p += take;
    if (this.carry.length === total) {
      const view = this.carry.view();
      this.deliver(h, view.subarray(FRAME_HEADER_BYTES, total), this.carryAt);
      this.carry.clear();
    }
    return p;
  }

  private hold(buf: Uint8Array, s: number, e: number, meta: ChunkMeta): void {
    this.carryAt = { ts: meta.ts, offset: meta.offset + s };
    this.carry.append(buf, s, e);
  }

  /** A known frame type with impossible fields means framing is lost. */
  private checkHeader(buf: Uint8Array, p: number, meta: ChunkMeta): FrameHeader | null {
    const h = readFrameHeader(buf, p);
    // A huge frame of a type that never carries bulk data is noise, not a frame.
    const bulk = h.type === FRAME.DATA || h.type === FRAME.HEADERS || h.type === FRAME.CONTINUATION || h.type === FRAME.PUSH_PROMISE;
    if ((h.type <= FRAME.CONTINUATION && !plausibleHeader(buf, p)) || (!bulk && h.length > this.maxFrameBytes)) {
      this.sink.count('http2.bad_frame');
      this.carry.clear();
      this.mode = 'resync';
      this.sink.lost(meta.ts);
      return null;
    }
    return h;
  }

  private startSkip(h: FrameHeader, at: FrameAt, p: number, n: number): number {
    this.sink.count('limit.http2.maxFrameBytes');
    this.sink.lostFrame(h, at, h.length);
    this.skipLeft = h.length;
    this.mode = 'skip';
    return p + this.consumeSkip(n - p);
  }

  private consumeSkip(avail: number): number {
    const take = Math.min(this.skipLeft, avail);
    this.skipLeft -= take;
    if (this.skipLeft === 0) this.mode = 'frames';
    return take;
  }

  private deliver(h: FrameHeader, payload: Uint8Array, at: FrameAt): void {
    this.frames++;
    this.sink.frame({ ...h, payload }, at);
  }
}
