// Per-connection HTTP/1 state: two Streams (one per direction) and the Pairer. Every public
// method is wrapped: an unexpected exception is counted and the direction resynchronises.
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildEntry } from './build.js';
import { headerValue, requestFraming, responseFraming, responseKind, type Framing } from './framing.js';
import { Pairer, type Exchange } from './pair.js';
import { Stream, type Message, type StreamHooks } from './stream.js';

const NONE: Framing = { kind: 'none' };

export class Http1Session implements DissectorSession {
  private readonly streams: [Stream, Stream];
  private readonly pairer: Pairer;
  private closed = false;
  /** An accepted `Upgrade: h2c`, handed over when the current feed returns. */
  private upgrade: { endOffset: number; handover: unknown } | null = null;

  constructor(private readonly ctx: SessionContext) {
    this.pairer = new Pairer(ctx.limits.maxPendingRequests, (ex, unpaired) => this.emit(ex, unpaired), (e) => ctx.count(e));
    this.streams = [this.newStream(0), this.newStream(1)];
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.streams[dir].feed(bytes, meta);
    } catch {
      this.internalError(dir);
    }
    if (this.upgrade) this.handOver(dir, bytes, meta);
  }

  gap(dir: Direction, length: number, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.streams[dir].gap(length, meta);
    } catch {
      this.internalError(dir);
    }
  }

  end(dir: Direction, ts: number): void {
    if (this.closed) return;
    try {
      this.streams[dir].end(ts);
    } catch {
      this.internalError(dir);
    }
  }

  close(ts: number): void {
    if (this.closed) return;
    try {
      this.streams[0].end(ts);
      this.streams[1].end(ts);
      this.pairer.flushAll();
    } catch {
      this.ctx.count('http1.internal_error');
    }
    this.closed = true;
  }

  private internalError(dir: Direction): void {
    this.ctx.count('http1.internal_error');
    try {
      const fresh = this.newStream(dir);
      fresh.mode = 'resync';
      this.streams[dir] = fresh;
      if (dir === 0) this.pairer.requestsLost = true;
      else this.pairer.responsesLost = true;
    } catch {
      this.closed = true;
    }
  }

  private emit(ex: Exchange, unpaired: boolean): void {
    this.ctx.emit(buildEntry(ex, unpaired, this.ctx));
    // The entry holds text, not bytes: bodies borrowed from the current chunk need no copy now.
    ex.req?.body?.release();
    ex.resp?.body?.release();
  }

  /**
   * `Upgrade: h2c` accepted: once the feed that finished the 101 returns, the bytes after it and
   * the rest of the connection go to the http2 dissector, with the upgrade request as stream 1's.
   */
  private handOver(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    const up = this.upgrade!;
    this.upgrade = null;
    const from = Math.min(Math.max(up.endOffset - meta.offset, 0), bytes.length);
    const leftover = from < bytes.length ? [{ dir, bytes: bytes.subarray(from), meta: { ts: meta.ts, offset: meta.offset + from, peerAck: meta.peerAck } }] : [];
    if (this.ctx.switchProtocol?.('http2', leftover, up.handover)) this.closed = true;
  }

  private upgradeTo(msg: Message): void {
    const ex = msg.exchange;
    if (!this.ctx.switchProtocol || msg.head.kind !== 'response' || msg.head.status !== 101) return;
    if (headerValue(msg.head.headers, 'upgrade')?.trim().toLowerCase() !== 'h2c') return;
    // Built again for stream 1 (the HTTP/1 entry was emitted with the 101): count nothing twice.
    const quiet = { ...this.ctx, count: () => {} };
    const request = ex?.req ? buildEntry({ ...ex, resp: null, respDone: false }, false, quiet).request : null;
    const handover = request ? { kind: 'h2c-upgrade', request, timestamp: ex!.req!.firstTs, requestSize: ex!.req!.wireSize } : undefined;
    this.upgrade = { endOffset: msg.endOffset, handover };
  }

  /** A 101 or a 2xx to CONNECT: the rest of the connection is not HTTP/1. */
  private switchProtocols(): void {
    this.streams[0].kill();
    this.streams[1].kill();
  }

  private newStream(dir: Direction): Stream {
    const ctx = this.ctx;
    const pairer = this.pairer;
    const hooks: StreamHooks =
      dir === 0
        ? {
            onHead: (msg) => {
              pairer.requestHead(msg);
              return msg.head.kind === 'request' ? requestFraming(msg.head.headers, msg.anomalies) : NONE;
            },
            onDone: (msg) => pairer.requestDone(msg),
            onResync: () => {
              pairer.requestsLost = true;
            },
            headless: () => false,
            count: (e, n) => ctx.count(e, n),
          }
        : {
            onHead: (msg) => this.responseHead(msg),
            onDone: (msg) => this.responseDone(msg),
            onResync: () => {
              pairer.responsesLost = true;
            },
            headless: () => pairer.nextIsHeadless(),
            count: (e, n) => ctx.count(e, n),
          };
    return new Stream(dir, ctx.limits, hooks);
  }

  private responseHead(msg: Message): Framing {
    if (msg.head.kind !== 'response') return NONE;
    const ex = this.pairer.responseTarget(msg);
    const method = ex?.req?.head.kind === 'request' ? ex.req.head.method : undefined;
    msg.kind = responseKind(msg.head.status, method);
    if (msg.kind === 'interim') {
      msg.exchange = ex;
      return NONE;
    }
    if (ex) this.pairer.responseHead(ex, msg);
    return responseFraming(msg.head.headers, msg.head.status, method, msg.anomalies);
  }

  private responseDone(msg: Message): void {
    if (msg.kind === 'interim') {
      if (msg.exchange && msg.head.kind === 'response') {
        msg.exchange.interim.push(msg.head.status);
        msg.exchange.interimSize += msg.wireSize;
      }
      else this.ctx.count('http1.unpaired_interim');
      return;
    }
    this.pairer.responseDone(msg);
    if (msg.kind === 'switch') {
      this.upgradeTo(msg);
      this.switchProtocols();
    }
  }
}
