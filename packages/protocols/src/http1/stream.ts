// One direction of an HTTP/1 connection: heads, bodies, gaps and resynchronisation. It hands
// whole messages to the session through hooks; the session pairs them.
import type { ChunkMeta, Direction } from '../engine/types.js';
import type { EngineLimits } from '../limits.js';
import { BodyReader } from './body.js';
import { Carry } from './carry.js';
import { probeRequestLine, probeStatusLine } from './detect.js';
import type { Framing, ResponseKind } from './framing.js';
import type { Exchange } from './pair.js';
import { findHeadEnd, parsePartialHead, parseRequestHead, parseResponseHead, pushOnce, type Head, type ParseResult } from './parse.js';

const LF = 0x0a;
const CR = 0x0d;

export interface Message {
  dir: Direction;
  head: Head;
  body: BodyReader | null;
  /** Capture time of the first and last byte. */
  firstTs: number;
  lastTs: number;
  /** Stream offsets of the first byte and just past the last one. */
  startOffset: number;
  endOffset: number;
  /** `ChunkMeta.peerAck` of the packet carrying the first byte. */
  peerAck: number;
  headSize: number;
  /** Bytes on the wire: head, body and its framing, gap bytes inside. */
  wireSize: number;
  anomalies: string[];
  /** Set by the session: the exchange this message belongs to. */
  exchange: Exchange | null;
  kind: ResponseKind;
}

export interface StreamHooks {
  /** A head is parsed (or recovered from a cut): decide how its body is framed. */
  onHead(msg: Message): Framing;
  onDone(msg: Message): void;
  /** Framing was lost: messages may have been missed. */
  onResync(): void;
  /** Responses only: does the next message come without a head (an HTTP/0.9 reply)? */
  headless(): boolean;
  count(event: string, n?: number): void;
}

type Mode = 'head' | 'body' | 'resync' | 'dead';

export class Stream {
  mode: Mode = 'head';
  private msg: Message | null = null;
  private readonly carry = new Carry();
  private carryTs = 0;
  private carryOffset = 0;
  private carryPeerAck = -1;
  private scanFrom = 0;
  private atLineStart = false;
  /** Offset of the next byte, for gaps and end-of-stream. */
  private next = 0;
  private lastTs = 0;
  /** Readers that kept views into the chunk being fed: detached (or released) before `feed` returns. */
  private readonly lent: BodyReader[] = [];

  constructor(
    private readonly dir: Direction,
    private readonly limits: EngineLimits,
    private readonly hooks: StreamHooks,
  ) {}

  feed(buf: Uint8Array, meta: ChunkMeta): void {
    const n = buf.length;
    this.lastTs = meta.ts;
    let p = 0;
    try {
      while (p < n) {
        const before = p;
        const mode = this.mode;
        if (mode === 'dead') {
          this.hooks.count('http1.ignored_bytes', n - p);
          p = n;
        } else if (mode === 'body') p = this.readBody(buf, p, meta);
        else if (mode === 'head') p = this.readHead(buf, p, meta);
        else p = this.resync(buf, p, meta);
        if (p === before && this.mode === mode) throw new Error(`http1: no progress in ${mode}`);
      }
    } finally {
      if (this.lent.length > 0) this.detachLent();
    }
    this.next = meta.offset + n;
  }

  /** `buf` is about to go away: bodies still to be read get their own copy of what they borrowed. */
  private detachLent(): void {
    const lent = this.lent;
    for (let i = 0; i < lent.length; i++) {
      lent[i].listed = false;
      lent[i].detach();
    }
    lent.length = 0;
  }

  gap(length: number, meta: ChunkMeta): void {
    this.hooks.count('http1.gap_bytes', length);
    this.lastTs = meta.ts;
    const at = this.next;
    this.next += length;
    if (this.mode === 'dead') {
      this.hooks.count('http1.ignored_bytes', length);
    } else if (this.mode === 'body') {
      const msg = this.msg!;
      pushOnce(msg.anomalies, 'gap');
      if (msg.body!.gap(length)) {
        if (msg.body!.done) this.finish(msg, this.next, meta.ts);
        return;
      }
      pushOnce(msg.anomalies, 'truncated');
      msg.body!.cut(true);
      this.finish(msg, at, meta.ts);
      this.startResync(true);
    } else if (this.mode === 'head') {
      if (this.carry.length > 0) this.recoverPartial(this.carry.view(), 0, this.carry.length, at, meta.ts, 'gap');
      this.startResync(true);
    } else {
      this.skipped(this.carry.length);
      this.carry.clear();
      this.atLineStart = true;
    }
  }

  /** The sender closed: a close-delimited body ends, anything else in flight is cut short. */
  end(ts: number): void {
    if (this.mode === 'body') {
      const msg = this.msg!;
      if (!msg.body!.closeDelimited) {
        pushOnce(msg.anomalies, 'truncated');
        msg.body!.cut(false);
      }
      this.finish(msg, this.next, ts);
      this.mode = 'head';
    } else if (this.mode === 'head' && this.carry.length > 0) {
      this.recoverPartial(this.carry.view(), 0, this.carry.length, this.next, ts, 'truncated');
    } else if (this.mode === 'resync') this.skipped(this.carry.length);
    this.carry.clear();
  }

  /** Stop parsing (protocol switched): the rest of this direction is ignored and counted. */
  kill(): void {
    if (this.mode === 'body') {
      const msg = this.msg!;
      pushOnce(msg.anomalies, 'truncated');
      msg.body!.cut(false);
      this.finish(msg, this.next, this.lastTs);
    }
    this.mode = 'dead';
    this.carry.clear();
  }

  private readBody(buf: Uint8Array, p: number, meta: ChunkMeta): number {
    const msg = this.msg!;
    const body = msg.body!;
    const q = body.feed(buf, p, true);
    if (body.borrowed && !body.listed) {
      body.listed = true;
      this.lent.push(body);
    }
    msg.lastTs = meta.ts;
    if (body.error !== undefined) {
      pushOnce(msg.anomalies, body.error);
      pushOnce(msg.anomalies, 'truncated');
      body.cut(false);
      this.finish(msg, meta.offset + q, meta.ts);
      this.startResync(false);
    } else if (body.done) {
      this.finish(msg, meta.offset + q, meta.ts);
      this.mode = 'head';
    }
    return q;
  }

  private readHead(buf: Uint8Array, p: number, meta: ChunkMeta): number {
    const n = buf.length;
    const max = this.limits.maxHeaderBytes;
    if (this.carry.length === 0) {
      // An HTTP/0.9 request gets a bare body, unless the server answers with a status line anyway
      // (`GET /HTTP/1.1` read as 0.9 by us, as a bad 1.x request by the server, which says 403).
      if (this.dir === 1 && this.hooks.headless() && probeStatusLine(buf, p, n) === 'no') {
        this.startHeadless(meta.ts, meta.offset + p, meta.peerAck);
        return p;
      }
      // Empty lines between messages are tolerated (RFC 7230 §3.5).
      while (p < n && (buf[p] === CR || buf[p] === LF)) p++;
      if (p === n) return n;
      const r = this.parse(buf, p, max, 0);
      if (r.ok) {
        this.start(r.message, r.consumed, meta.ts, meta.offset + p, meta.peerAck, meta);
        return p + r.consumed;
      }
      if (r.incomplete) {
        this.carryTs = meta.ts;
        this.carryOffset = meta.offset + p;
        this.carryPeerAck = meta.peerAck;
        this.carry.append(buf, p, n);
        this.scanFrom = 0;
        return n;
      }
      return this.headError(r.code, buf, p, p + max, meta);
    }
    // The head started in an earlier feed: extend it, at most to the end of the head or the limit.
    const prev = this.carry.length;
    const end = findHeadEnd(buf, p);
    const take = Math.min(end < 0 ? n - p : end - p, max - prev);
    this.carry.append(buf, p, p + take);
    const view = this.carry.view();
    // The headless decision above waited for enough bytes ('more' on a prefix of "HTTP/1.x NNN "):
    // take it now, on the same bytes a one-shot feed would have seen.
    if (this.dir === 1 && this.hooks.headless() && probeStatusLine(view, 0, view.length) === 'no') {
      this.startHeadless(this.carryTs, this.carryOffset, this.carryPeerAck);
      const msg = this.msg!;
      msg.body!.feed(view, 0);
      msg.lastTs = meta.ts;
      this.carry.clear();
      return p + take;
    }
    const r = this.parse(view, 0, max, this.scanFrom);
    if (r.ok) {
      const used = r.consumed - prev;
      this.carry.clear();
      this.start(r.message, r.consumed, this.carryTs, this.carryOffset, this.carryPeerAck, meta);
      return p + used;
    }
    if (r.incomplete) {
      this.scanFrom = Math.max(0, this.carry.length - 3);
      return p + take;
    }
    if (r.code === 'header-too-large') {
      this.recoverPartial(view, 0, view.length, this.carryOffset + view.length, meta.ts, 'header-too-large');
      this.carry.clear();
      this.startResync(false);
      return p + take;
    }
    this.skipped(prev);
    this.carry.clear();
    return this.headError(r.code, buf, p, p, meta);
  }

  private parse(buf: Uint8Array, offset: number, max: number, scanFrom: number): ParseResult<Head> {
    return this.dir === 0 ? parseRequestHead(buf, offset, max, scanFrom) : parseResponseHead(buf, offset, max, scanFrom);
  }

  /** A head that cannot be parsed: keep what is readable when it is only too large, then resync. */
  private headError(code: string, buf: Uint8Array, p: number, limitEnd: number, meta: ChunkMeta): number {
    this.hooks.count(`http1.${code}`);
    if (code === 'header-too-large') {
      this.carryTs = meta.ts;
      this.carryOffset = meta.offset + p;
      this.carryPeerAck = meta.peerAck;
      this.recoverPartial(buf, p, limitEnd, meta.offset + limitEnd, meta.ts, code);
      this.startResync(false);
      return limitEnd;
    }
    this.startResync(false);
    return p;
  }

  /** A head cut short (gap, size limit, end of stream) still becomes a message when its start line is whole. */
  private recoverPartial(buf: Uint8Array, s: number, e: number, endOffset: number, ts: number, why: string): void {
    const head = parsePartialHead(buf, s, e, this.dir);
    if (head === null) {
      this.skipped(e - s);
      return;
    }
    const msg = this.newMessage(head, this.carryTs, this.carryOffset, this.carryPeerAck, e - s, ts);
    pushOnce(msg.anomalies, why);
    pushOnce(msg.anomalies, 'truncated');
    this.hooks.onHead(msg);
    this.finish(msg, endOffset, ts);
  }

  private newMessage(head: Head, ts: number, offset: number, peerAck: number, headSize: number, lastTs: number): Message {
    return {
      dir: this.dir,
      head,
      body: null,
      firstTs: ts,
      lastTs,
      startOffset: offset,
      endOffset: offset + headSize,
      peerAck,
      headSize,
      wireSize: headSize,
      anomalies: head.anomalies,
      exchange: null,
      kind: 'final',
    };
  }

  private start(head: Head, headSize: number, ts: number, offset: number, peerAck: number, meta: ChunkMeta): void {
    const msg = this.newMessage(head, ts, offset, peerAck, headSize, meta.ts);
    const framing = this.hooks.onHead(msg);
    if (framing.kind === 'none') {
      this.finish(msg, offset + headSize, meta.ts);
      return;
    }
    msg.body = new BodyReader(framing, this.limits.maxBodyBytes, this.limits.maxHeaderBytes);
    this.msg = msg;
    this.mode = 'body';
  }

  private startHeadless(ts: number, offset: number, peerAck: number): void {
    const head: Head = { kind: 'response', status: 200, statusText: '', version: '0.9', headers: {}, anomalies: [] };
    const msg = this.newMessage(head, ts, offset, peerAck, 0, ts);
    this.hooks.onHead(msg);
    msg.body = new BodyReader({ kind: 'close' }, this.limits.maxBodyBytes, this.limits.maxHeaderBytes);
    this.msg = msg;
    this.mode = 'body';
  }

  private finish(msg: Message, endOffset: number, ts: number): void {
    msg.endOffset = endOffset;
    msg.lastTs = ts;
    msg.wireSize = msg.headSize + (msg.body ? msg.body.wire : 0);
    if (msg.body) {
      for (const a of msg.body.anomalies) pushOnce(msg.anomalies, a);
      if (msg.body.chunkExtensions > 0) this.hooks.count('http1.chunk_extension', msg.body.chunkExtensions);
    }
    if (msg.body && msg.body.size > msg.body.captured) this.hooks.count('http1.body_truncated');
    this.msg = null;
    if (this.mode === 'body') this.mode = 'head';
    this.hooks.onDone(msg);
  }

  private startResync(afterGap: boolean): void {
    if (this.mode === 'dead') return;
    this.mode = 'resync';
    this.msg = null;
    this.carry.clear();
    this.atLineStart = afterGap;
    this.hooks.count('http1.desync');
    this.hooks.onResync();
  }

  private skipped(n: number): void {
    if (n > 0) this.hooks.count('http1.skipped_bytes', n);
  }

  /** Skips bytes up to a line that starts a message of this direction. */
  private resync(buf: Uint8Array, p: number, meta: ChunkMeta): number {
    const n = buf.length;
    while (p < n) {
      if (!this.atLineStart) {
        const lf = buf.indexOf(LF, p);
        const stop = lf < 0 ? n : lf + 1;
        this.skipped(stop - p);
        p = stop;
        this.atLineStart = lf >= 0;
        continue;
      }
      const lf = buf.indexOf(LF, p);
      const lineEnd = lf < 0 ? n : lf + 1;
      let probe: 'yes' | 'more' | 'no';
      if (this.carry.length > 0) {
        this.carry.append(buf, p, lineEnd);
        probe = this.probe(this.carry.view(), 0, this.carry.length);
      } else probe = this.probe(buf, p, lineEnd);
      if (probe === 'yes') {
        this.mode = 'head';
        this.scanFrom = 0;
        this.hooks.count('http1.resync');
        return this.carry.length > 0 ? lineEnd : p;
      }
      if (probe === 'more' && lf < 0) {
        if (this.carry.length === 0) {
          this.carryTs = meta.ts;
          this.carryOffset = meta.offset + p;
          this.carryPeerAck = meta.peerAck;
          this.carry.append(buf, p, n);
        }
        return n;
      }
      if (this.carry.length > 0) {
        this.skipped(this.carry.length);
        this.carry.clear();
        p = lineEnd;
        this.atLineStart = lf >= 0;
      } else this.atLineStart = false;
    }
    return p;
  }

  private probe(buf: Uint8Array, s: number, e: number): 'yes' | 'more' | 'no' {
    if (this.dir === 1) return probeStatusLine(buf, s, e);
    return probeRequestLine(buf, s, e, false, this.limits.maxHeaderBytes);
  }
}
