// One direction of an AMQP connection: frames out of in-order bytes, across feeds and gaps.
// Method, header and heartbeat frames are handed over whole; body frames are streamed (any size),
// so nothing larger than one method frame is ever buffered. A framing error or a gap outside a
// body makes the direction resynchronise on the next strict method frame (see probeMethodFrame).
import { Carry } from '../http1/carry.js';
import { AMQP_LIMITS } from './limits.js';
import { FRAME_BODY, FRAME_END, FRAME_OVERHEAD, parseFrame, parseFrameHead, probeMethodFrame, type Frame } from './parse.js';

export interface StreamHooks {
  frame(frame: Frame, ts: number): void;
  /** Part of a body frame's payload; `missing` bytes of it were lost to a gap. */
  body(channel: number, bytes: Uint8Array, ts: number): void;
  bodyGap(channel: number, missing: number): void;
  /** The body frame is over (its frame-end seen); `wire` is its size with framing. */
  bodyEnd(channel: number, wire: number, ts: number): void;
  /** Framing was lost (`why`): state in progress is unreliable. */
  lost(why: string): void;
  count(event: string, n?: number): void;
}

type Mode = 'frames' | 'body' | 'end' | 'resync';

export class FrameStream {
  mode: Mode = 'frames';
  private readonly carry = new Carry();
  private carryTs = 0;
  private bodyChannel = 0;
  private bodyLeft = 0;
  private bodyWire = 0;
  private scanned = 0;

  constructor(private readonly hooks: StreamHooks) {}

  feed(buf: Uint8Array, ts: number): void {
    if (this.carry.length === 0) {
      const stop = this.run(buf, 0, ts, ts);
      if (stop < buf.length) this.keep(buf, stop, ts);
      return;
    }
    this.carry.append(buf, 0, buf.length);
    const data = this.carry.view();
    const stop = this.run(data, 0, this.carryTs, ts);
    if (stop === 0) return;
    const rest = data.slice(stop);
    this.carry.clear();
    if (rest.length) this.keep(rest, 0, ts);
  }

  private keep(b: Uint8Array, from: number, ts: number): void {
    if (this.carry.length === 0) this.carryTs = ts;
    this.carry.append(b, from, b.length);
  }

  /** Bytes lost: a body frame absorbs them when they fit in it; anything else loses framing. */
  gap(length: number): void {
    if (this.mode === 'body' && length <= this.bodyLeft && this.carry.length === 0) {
      this.bodyLeft -= length;
      this.hooks.bodyGap(this.bodyChannel, length);
      if (this.bodyLeft === 0) this.mode = 'end';
      return;
    }
    this.carry.clear();
    if (this.mode !== 'resync') this.hooks.lost('gap');
    this.mode = 'resync';
    this.scanned = 0;
  }

  /** Runs the state machine over `b` from `p`; returns where it stopped for lack of bytes. */
  private run(b: Uint8Array, p: number, firstTs: number, ts: number): number {
    const n = b.length;
    while (p < n) {
      const frameTs = p === 0 ? firstTs : ts;
      switch (this.mode) {
        case 'body': {
          const k = Math.min(this.bodyLeft, n - p);
          this.hooks.body(this.bodyChannel, b.subarray(p, p + k), ts);
          this.bodyLeft -= k;
          p += k;
          if (this.bodyLeft === 0) this.mode = 'end';
          break;
        }
        case 'end':
          if (b[p] !== FRAME_END) {
            this.desync('bad-frame-end');
            break;
          }
          p++;
          this.mode = 'frames';
          this.hooks.bodyEnd(this.bodyChannel, this.bodyWire, ts);
          break;
        case 'resync': {
          const q = this.resync(b, p);
          if (q < 0) return n;
          if (this.mode === 'resync') return q;
          p = q;
          break;
        }
        case 'frames': {
          const head = parseFrameHead(b, p);
          // `A` may start the protocol header: parseFrame reads that.
          if ('error' in head) {
            if (b[p] !== 0x41) {
              this.desync(head.code);
              break;
            }
          } else if ('incomplete' in head) return p;
          else if (head.message.type === FRAME_BODY) {
            this.bodyChannel = head.message.channel;
            this.bodyLeft = head.message.size;
            this.bodyWire = head.message.size + FRAME_OVERHEAD;
            this.mode = head.message.size === 0 ? 'end' : 'body';
            p += 7;
            break;
          }
          const r = parseFrame(b, p);
          if ('incomplete' in r) return p;
          if ('error' in r) {
            this.desync(r.code);
            break;
          }
          this.hooks.frame(r.message, frameTs);
          p += r.consumed;
          break;
        }
      }
    }
    return p;
  }

  private desync(why: string): void {
    this.hooks.count(`amqp.desync.${why}`);
    this.hooks.lost('desync');
    this.mode = 'resync';
    this.scanned = 0;
    this.carry.clear();
  }

  /**
   * Looks for the next strict method frame from `p`. Returns its index (mode back to 'frames'),
   * the index of a candidate that needs more bytes (mode still 'resync'), or -1 (all skipped).
   */
  private resync(b: Uint8Array, p: number): number {
    for (let i = p; i < b.length; i++) {
      if (this.scanned++ > AMQP_LIMITS.maxResyncScanBytes) {
        // Too long without a frame: keep skipping, but count it once per stretch.
        if (this.scanned === AMQP_LIMITS.maxResyncScanBytes + 2) this.hooks.count('limit.amqp.maxResyncScanBytes');
      }
      if (b[i] !== 1) continue;
      const v = probeMethodFrame(b, i);
      if (v === 'yes') {
        this.mode = 'frames';
        this.hooks.count('amqp.resync');
        return i;
      }
      if (v === 'more') return i;
    }
    return -1;
  }
}
