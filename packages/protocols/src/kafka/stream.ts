// One direction of a Kafka connection cut into frames (4-byte size + payload). A frame wholly
// inside a chunk is handed over as a view (valid during the call only); one that spans chunks is
// copied, up to KAFKA_LIMITS.maxDecodeBytes (the rest is skipped and only counted). After lost
// bytes the direction resynchronises: a chunk start must look like a frame start again.
import type { ChunkMeta } from '../engine/types.js';
import { KAFKA_LIMITS } from './limits.js';

export interface Frame {
  /** The payload after the size prefix (all of it, or its first bytes when `cut`). */
  payload: Uint8Array;
  size: number;
  cut: boolean;
  /** Bytes of this frame were lost in a capture gap (payload is what came before). */
  gap: boolean;
  firstTs: number;
  lastTs: number;
  /** Stream offset just past the frame. */
  endOffset: number;
  peerAck: number;
}

export interface StreamHooks {
  /** Smallest valid frame size for this direction. */
  minSize: number;
  onFrame(frame: Frame): void;
  /** Would a frame start at `b[0..]`? Used to resynchronise after lost bytes. */
  startsFrame(b: Uint8Array): boolean;
  /** Framing was lost (bad size or bytes lost at a frame start): `reason` is counted. */
  onDesync(reason: 'gap' | 'bad_size'): void;
  count(event: string): void;
}

type Mode = 'size' | 'body' | 'resync';

export class FrameStream {
  private mode: Mode = 'size';
  private sizeBuf = new Uint8Array(4);
  private sizeHave = 0;
  private size = 0;
  private kept: Uint8Array | null = null;
  private keptLen = 0;
  /** Payload bytes of the current frame seen (or lost) so far. */
  private seen = 0;
  private firstTs = 0;
  private gapInFrame = false;
  /** Bytes after a gap inside the frame are not kept (they would not line up). */
  private stopKeeping = false;

  constructor(private readonly hooks: StreamHooks) {}

  feed(bytes: Uint8Array, meta: ChunkMeta): void {
    let i = 0;
    const n = bytes.length;
    if (this.mode === 'resync') {
      if (!this.hooks.startsFrame(bytes)) return;
      this.hooks.count('kafka.resync');
      this.mode = 'size';
    }
    while (i < n) {
      if (this.mode === 'size') {
        if (this.sizeHave === 0 && n - i >= 4) {
          const size = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
          if (!this.validSize(size)) return;
          if (n - i - 4 >= size) {
            // Fast path: the whole frame is in this chunk.
            const payload = bytes.subarray(i + 4, i + 4 + size);
            i += 4 + size;
            this.hooks.onFrame({ payload, size, cut: false, gap: false, firstTs: meta.ts, lastTs: meta.ts, endOffset: meta.offset + i, peerAck: meta.peerAck });
            continue;
          }
          this.begin(size, meta.ts);
          i += 4;
          continue;
        }
        this.sizeBuf[this.sizeHave++] = bytes[i++];
        if (this.sizeHave === 1) this.firstTs = meta.ts;
        if (this.sizeHave === 4) {
          const b = this.sizeBuf;
          const size = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
          this.sizeHave = 0;
          if (!this.validSize(size)) return;
          const ts = this.firstTs;
          this.begin(size, ts);
          this.firstTs = ts;
          if (size === 0) this.finish(meta, meta.offset + i);
        }
        continue;
      }
      // mode 'body'
      const take = Math.min(n - i, this.size - this.seen);
      if (!this.stopKeeping && this.kept && this.keptLen < this.kept.length) {
        const k = Math.min(take, this.kept.length - this.keptLen);
        this.kept.set(bytes.subarray(i, i + k), this.keptLen);
        this.keptLen += k;
      }
      this.seen += take;
      i += take;
      if (this.seen === this.size) this.finish(meta, meta.offset + i);
    }
  }

  /** `length` bytes lost. Inside a frame whose size we know, framing survives. */
  gap(length: number): void {
    if (this.mode === 'body') {
      this.gapInFrame = true;
      this.stopKeeping = true;
      const left = this.size - this.seen;
      if (length < left) {
        this.seen += length;
        return;
      }
      this.seen = this.size;
      this.finish({ ts: this.firstTs, offset: -1, peerAck: -1 }, -1);
      if (length === left) return;
    }
    this.sizeHave = 0;
    if (this.mode !== 'resync') {
      this.mode = 'resync';
      this.hooks.onDesync('gap');
    }
  }

  /** The frame in progress at the end of the stream, if any: delivered cut. */
  end(ts: number): void {
    if (this.mode === 'body') {
      this.gapInFrame = true;
      this.stopKeeping = true;
      this.seen = this.size;
      this.finish({ ts, offset: -1, peerAck: -1 }, -1);
    }
    this.sizeHave = 0;
  }

  private validSize(size: number): boolean {
    if (size >= this.hooks.minSize && size <= KAFKA_LIMITS.maxFrameBytes) return true;
    this.mode = 'resync';
    this.sizeHave = 0;
    this.hooks.onDesync('bad_size');
    return false;
  }

  private begin(size: number, ts: number): void {
    this.mode = 'body';
    this.size = size;
    this.seen = 0;
    this.firstTs = ts;
    this.gapInFrame = false;
    this.stopKeeping = false;
    const keep = Math.min(size, KAFKA_LIMITS.maxDecodeBytes);
    if (keep < size) this.hooks.count('kafka.limit.maxDecodeBytes');
    this.kept = new Uint8Array(keep);
    this.keptLen = 0;
  }

  private finish(meta: ChunkMeta, endOffset: number): void {
    const payload = this.kept ? this.kept.subarray(0, this.keptLen) : new Uint8Array(0);
    const frame: Frame = {
      payload,
      size: this.size,
      cut: this.keptLen < this.size,
      gap: this.gapInFrame,
      firstTs: this.firstTs,
      lastTs: meta.ts,
      endOffset,
      peerAck: meta.peerAck,
    };
    this.mode = 'size';
    this.kept = null;
    this.keptLen = 0;
    this.seen = 0;
    this.gapInFrame = false;
    this.stopKeeping = false;
    this.hooks.onFrame(frame);
  }
}
