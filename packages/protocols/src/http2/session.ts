// Per-connection HTTP/2 state: a frame reader and an HPACK decoder per direction, the open
// streams by id, and the header block being assembled (HEADERS/PUSH_PROMISE + CONTINUATION).
// A stream becomes one entry when its response ends, it is reset, or the connection closes.
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildEntry, fieldOf, type Http2Refiner } from './build.js';
import { errorName, FLAG, FRAME, parseSettings, SETTINGS_HEADER_TABLE_SIZE, u32, unpad, type Frame, type FrameHeader } from './frame.js';
import { HpackDecoder, type HeaderField } from './hpack.js';
import { HTTP2_LIMITS } from './limits.js';
import { FrameReader, type FrameAt, type FrameSink } from './reader.js';
import { StreamTable } from './pair.js';
import { addBody, pushOnce, touch, type H2Stream, type Half, type UpgradeRequest } from './stream.js';

interface PendingBlock {
  streamId: number;
  fragments: Uint8Array[];
  size: number;
  endStream: boolean;
  /** PUSH_PROMISE: the stream it opens. */
  promised: number;
  overflow: boolean;
  at: FrameAt;
}

export interface Http2SessionOptions {
  refiners?: readonly Http2Refiner[];
}

export class Http2Session implements DissectorSession {
  private readers: [FrameReader, FrameReader];
  private readonly hpack: [HpackDecoder, HpackDecoder];
  private readonly streams: StreamTable;
  private readonly blocks: [PendingBlock | null, PendingBlock | null] = [null, null];
  private closed = false;
  goAway: { lastStreamId: number; error: string } | null = null;

  constructor(
    private readonly ctx: SessionContext,
    private readonly options: Http2SessionOptions = {},
  ) {
    const count = (e: string) => ctx.count(e);
    this.streams = new StreamTable((s) => this.emit(s, s.resp.lastTs || s.req.lastTs), count);
    this.hpack = [new HpackDecoder(false, HTTP2_LIMITS.maxHpackTableBytes, count), new HpackDecoder(false, HTTP2_LIMITS.maxHpackTableBytes, count)];
    this.readers = [new FrameReader(this.sink(0), true), new FrameReader(this.sink(1), false)];
    const handover = ctx.handover as UpgradeRequest | undefined;
    if (handover?.kind === 'h2c-upgrade') {
      // After a 101 both tables start empty; stream 1 carries the upgrade request's response.
      this.hpack[0].startedEmpty();
      this.hpack[1].startedEmpty();
      const s = this.streams.get(1, true)!;
      s.upgrade = handover;
      s.req.ended = true;
    }
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.readers[dir].feed(bytes, meta);
    } catch {
      this.internalError(dir);
    }
  }

  gap(dir: Direction, length: number, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.readers[dir].gap(length, meta);
    } catch {
      this.internalError(dir);
    }
  }

  /** A bug of ours must not lose the connection: count it, then resynchronise that direction. */
  private internalError(dir: Direction): void {
    this.ctx.count('http2.internal_error');
    const reader = new FrameReader(this.sink(dir), false);
    reader.mode = 'resync';
    this.readers[dir] = reader;
    this.lost(dir);
  }

  end(_dir: Direction, _ts: number): void {
    // Streams end with END_STREAM or RST_STREAM; a FIN only matters at close.
  }

  close(ts: number): void {
    if (this.closed) return;
    this.closed = true;
    const open = [...this.streams.values()].sort((a, b) => a.id - b.id);
    for (const s of open) {
      if ((s.req.seen && !s.req.ended) || (s.resp.seen && !s.resp.ended)) pushOnce(s.anomalies, 'truncated');
      if (this.goAway && s.id > this.goAway.lastStreamId) pushOnce(s.anomalies, 'goaway');
      try {
        this.emit(s, ts);
      } catch {
        this.ctx.count('http2.internal_error');
      }
    }
  }

  private sink(dir: Direction): FrameSink {
    return {
      frame: (f, at) => this.frame(dir, f, at),
      lostFrame: (h, at, missing) => this.lostFrame(dir, h, at, missing),
      lost: () => this.lost(dir),
      preface: () => {
        if (this.readers[1].frames === 0) {
          this.hpack[0].startedEmpty();
          this.hpack[1].startedEmpty();
        }
      },
      count: (e, n) => this.ctx.count(e, n),
    };
  }

  private half(s: H2Stream, dir: Direction): Half {
    return dir === 0 ? s.req : s.resp;
  }

  private frame(dir: Direction, f: Frame, at: FrameAt): void {
    const block = this.blocks[dir];
    if (block && (f.type !== FRAME.CONTINUATION || f.streamId !== block.streamId)) {
      this.ctx.count('http2.continuation_missing');
      this.dropBlock(dir);
    }
    const wire = 9 + f.length;
    switch (f.type) {
      case FRAME.DATA:
        return this.data(dir, f, at, wire);
      case FRAME.HEADERS:
      case FRAME.PUSH_PROMISE:
        return this.headers(dir, f, at, wire);
      case FRAME.CONTINUATION:
        return this.continuation(dir, f, at, wire);
      case FRAME.RST_STREAM: {
        const s = this.stream(f.streamId, false);
        if (!s) return;
        // Counted in the size, but a reset alone is not a request or a response.
        this.half(s, dir).wire += wire;
        s.reset = f.payload.length >= 4 ? errorName(u32(f.payload, 0)) : 'PROTOCOL_ERROR';
        pushOnce(s.anomalies, 'reset');
        return this.emit(s, at.ts);
      }
      case FRAME.SETTINGS: {
        const settings = parseSettings(f.payload);
        if (!settings) this.ctx.count('http2.bad_settings');
        // The sender's decoder allows this table size: it bounds the peer's encoder, the other direction.
        for (const s of settings ?? []) if (s.id === SETTINGS_HEADER_TABLE_SIZE) this.hpack[dir ^ 1].allowTableSize(s.value);
        return;
      }
      case FRAME.GOAWAY:
        if (f.payload.length >= 8) {
          this.goAway = { lastStreamId: u32(f.payload, 0) & 0x7fffffff, error: errorName(u32(f.payload, 4)) };
          this.ctx.count(this.goAway.error === 'NO_ERROR' ? 'http2.goaway' : 'http2.goaway_error');
        }
        return;
      case FRAME.PING:
      case FRAME.WINDOW_UPDATE:
      case FRAME.PRIORITY:
        return;
      default:
        this.ctx.count('http2.unknown_frame');
    }
  }

  private data(dir: Direction, f: Frame, at: FrameAt, wire: number): void {
    const s = this.stream(f.streamId, true);
    if (!s) return;
    const half = this.half(s, dir);
    touch(half, at.ts, wire);
    const data = unpad(f);
    if (!data) {
      this.ctx.count('http2.bad_padding');
      pushOnce(s.anomalies, 'bad-padding');
    } else if (!addBody(half, data, this.ctx.limits.maxBodyBytes)) {
      pushOnce(s.anomalies, 'truncated');
      this.ctx.count('limit.maxBodyBytes');
    }
    if (f.flags & FLAG.END_STREAM) this.endHalf(s, dir, at.ts);
  }

  private headers(dir: Direction, f: Frame, at: FrameAt, wire: number): void {
    const s = this.stream(f.streamId, true);
    if (s) touch(this.half(s, dir), at.ts, wire);
    let fragment = unpad(f);
    let promised = 0;
    if (!fragment) {
      this.ctx.count('http2.bad_padding');
      this.hpack[dir].forget();
      return;
    }
    if (f.type === FRAME.PUSH_PROMISE) {
      if (fragment.length < 4) return;
      promised = u32(fragment, 0) & 0x7fffffff;
      fragment = fragment.subarray(4);
    }
    this.blocks[dir] = {
      streamId: f.streamId,
      fragments: [fragment.slice()],
      size: fragment.length,
      endStream: f.type === FRAME.HEADERS && (f.flags & FLAG.END_STREAM) !== 0,
      promised,
      overflow: false,
      at,
    };
    if (f.flags & FLAG.END_HEADERS) this.finishBlock(dir);
  }

  private continuation(dir: Direction, f: Frame, at: FrameAt, wire: number): void {
    const block = this.blocks[dir];
    const s = this.stream(f.streamId, false);
    if (s) touch(this.half(s, dir), at.ts, wire);
    if (!block) {
      // The start of this block was missed: what it inserted in the table is unknown.
      this.ctx.count('http2.orphan_continuation');
      this.hpack[dir].forget();
      if (s) this.markUndecodable(s, dir);
      return;
    }
    if (block.size + f.payload.length > HTTP2_LIMITS.maxHeaderBlockBytes) {
      if (!block.overflow) this.ctx.count('limit.http2.maxHeaderBlockBytes');
      block.overflow = true;
    } else {
      block.fragments.push(f.payload.slice());
      block.size += f.payload.length;
    }
    if (f.flags & FLAG.END_HEADERS) this.finishBlock(dir);
  }

  private finishBlock(dir: Direction): void {
    const block = this.blocks[dir]!;
    this.blocks[dir] = null;
    let fields: HeaderField[] = [];
    let undecodable = block.overflow;
    if (block.overflow) this.hpack[dir].forget();
    else {
      const bytes = concat(block.fragments, block.size);
      const r = this.hpack[dir].decode(bytes, HTTP2_LIMITS.maxHeaderFields);
      if (r.error) this.ctx.count('http2.hpack_error');
      fields = r.fields;
      undecodable = r.undecodable > 0;
    }
    if (block.promised) {
      const p = this.stream(block.promised, true);
      if (!p) return;
      p.pushed = true;
      touch(p.req, block.at.ts, 0);
      p.req.headers = fields;
      p.req.ended = true;
      if (undecodable) this.markUndecodable(p, 0);
      return;
    }
    const s = this.stream(block.streamId, true);
    if (!s) return;
    const half = this.half(s, dir);
    if (half.headers === null) {
      const status = dir === 1 ? Number(fieldOf(fields, ':status')) : NaN;
      if (status >= 100 && status < 200) half.interim.push(status);
      else half.headers = fields;
    } else if (half.trailers === null) half.trailers = fields;
    else half.trailers.push(...fields);
    if (undecodable) this.markUndecodable(s, dir);
    if (block.endStream) this.endHalf(s, dir, block.at.ts);
  }

  private markUndecodable(s: H2Stream, dir: Direction): void {
    this.half(s, dir).undecodable = true;
    pushOnce(s.anomalies, 'hpack');
    this.ctx.count('http2.hpack_undecodable');
  }

  private dropBlock(dir: Direction): void {
    const block = this.blocks[dir];
    this.blocks[dir] = null;
    this.hpack[dir].forget();
    const s = block ? this.streams.get(block.streamId, false) : null;
    if (s) this.markUndecodable(s, dir);
  }

  private lostFrame(dir: Direction, h: FrameHeader, at: FrameAt, missing: number): void {
    const s = h.streamId === 0 ? null : this.stream(h.streamId, true);
    if (h.type === FRAME.HEADERS || h.type === FRAME.CONTINUATION || h.type === FRAME.PUSH_PROMISE) {
      this.blocks[dir] = null;
      this.hpack[dir].forget();
      if (s) this.markUndecodable(s, dir);
    }
    if (!s) return;
    const half = this.half(s, dir);
    touch(half, at.ts, 9 + h.length);
    pushOnce(s.anomalies, 'gap');
    if (h.type === FRAME.DATA) {
      half.size += missing;
      half.missing += missing;
      pushOnce(s.anomalies, 'truncated');
    }
    if ((h.type === FRAME.DATA || h.type === FRAME.HEADERS) && h.flags & FLAG.END_STREAM) this.endHalf(s, dir, at.ts);
  }

  /** Framing lost in `dir`: blocks may have been missed, streams in flight lost bytes. */
  private lost(dir: Direction): void {
    this.blocks[dir] = null;
    this.hpack[dir].forget();
    for (const s of this.streams.values()) {
      const half = this.half(s, dir);
      if (half.seen && !half.ended) pushOnce(s.anomalies, 'gap');
    }
  }

  private endHalf(s: H2Stream, dir: Direction, ts: number): void {
    const half = this.half(s, dir);
    half.ended = true;
    half.lastTs = Math.max(half.lastTs, ts);
    if (dir === 1) this.emit(s, ts);
  }

  private stream(id: number, create: boolean): H2Stream | null {
    return this.streams.get(id, create);
  }

  private emit(s: H2Stream, _ts: number): void {
    this.streams.done(s);
    // Nothing but frames we ignore, or an h2c stream 1 that never got its response (the HTTP/1
    // entry of the upgrade already shows that request): no entry.
    if (!s.req.seen && !s.resp.seen) return;
    const entry = buildEntry(s, this.ctx, this.options.refiners ?? []);
    if (entry) this.ctx.emit(entry);
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
