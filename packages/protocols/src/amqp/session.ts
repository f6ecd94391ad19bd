// Per-connection AMQP state: a FrameStream per direction feeding one Pairer. Every public method
// is guarded: an unexpected exception is counted and that direction resynchronises.
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildBody } from '../entry/body.js';
import { buildEntry } from './build.js';
import type { Content } from './op.js';
import { Pairer } from './pair.js';
import type { Frame } from './parse.js';
import { FrameStream } from './stream.js';

export class AmqpSession implements DissectorSession {
  private readonly streams: [FrameStream, FrameStream];
  private readonly pairer: Pairer;
  private closed = false;
  /** Body bytes lost in the current body frame, reported with the next bytes. */
  private readonly gapBytes: [number, number] = [0, 0];

  constructor(private readonly ctx: SessionContext) {
    this.pairer = new Pairer(
      {
        done: (op) => ctx.emit(buildEntry(op)),
        body: (c) => this.body(c),
        count: (e, n) => ctx.count(e, n),
      },
      ctx.limits.maxBodyBytes,
    );
    this.streams = [this.newStream(0), this.newStream(1)];
  }

  private newStream(dir: Direction): FrameStream {
    return new FrameStream({
      frame: (f, ts) => this.frame(dir, f, ts),
      body: (channel, bytes) => this.pairer.body(dir, channel, bytes, 0),
      bodyGap: (channel, missing) => this.pairer.body(dir, channel, new Uint8Array(0), missing),
      bodyEnd: (channel, wire, ts) => this.pairer.bodyEnd(dir, channel, wire, ts),
      lost: (why) => this.pairer.lost(dir, why),
      count: (e, n) => this.ctx.count(e, n),
    });
  }

  private frame(dir: Direction, f: Frame, ts: number): void {
    switch (f.kind) {
      case 'method':
        if (f.error) this.ctx.count(f.spec ? 'amqp.bad_method.error' : 'amqp.unknown_method');
        this.pairer.method(dir, f, ts);
        return;
      case 'header':
        this.pairer.header(dir, f.channel, f.header, f.size, ts);
        return;
      case 'heartbeat':
        return;
      case 'protocol-header':
        // A server answers a protocol header only to refuse the client's version.
        if (dir === 1) this.ctx.count('amqp.protocol_refused');
        else if (f.version !== '0-0-9-1') this.ctx.count('amqp.other_version');
        return;
      case 'body':
        // parseFrame is only asked for whole frames when a body frame is streamed: unreachable.
        this.pairer.body(dir, f.channel, f.payload, 0);
        this.pairer.bodyEnd(dir, f.channel, f.size, ts);
        return;
    }
  }

  private body(c: Content): void {
    const side = c.side === 'request' ? c.op.request : c.op.response;
    if (!side || c.bodySize === null) return;
    let bytes: Uint8Array;
    if (c.kept.length === 1) bytes = c.kept[0];
    else {
      bytes = new Uint8Array(c.keptBytes);
      let at = 0;
      for (const k of c.kept) {
        bytes.set(k, at);
        at += k.length;
      }
    }
    const size = Math.max(c.bodySize === Number.MAX_SAFE_INTEGER ? c.received : c.bodySize, c.received);
    side.body = buildBody(
      { bytes, size, missing: c.missing || undefined, truncated: c.received < c.bodySize || c.missing > 0, contentEncoding: c.contentEncoding },
      { decompress: this.ctx.decompress, maxDecodedBodyBytes: this.ctx.limits.maxDecodedBodyBytes },
    );
    if (c.missing) c.op.anomalies.add('gap');
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.streams[dir].feed(bytes, meta.ts);
    } catch {
      this.internalError(dir);
    }
  }

  gap(dir: Direction, length: number): void {
    if (this.closed) return;
    try {
      this.streams[dir].gap(length);
    } catch {
      this.internalError(dir);
    }
  }

  end(): void {
    // Frames are length-delimited: a FIN ends nothing by itself.
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.pairer.flushAll();
    } catch {
      this.ctx.count('amqp.internal_error');
    }
  }

  private internalError(dir: Direction): void {
    this.ctx.count('amqp.internal_error');
    try {
      this.pairer.lost(dir, 'desync');
      const fresh = this.newStream(dir);
      fresh.mode = 'resync';
      this.streams[dir] = fresh;
    } catch {
      this.closed = true;
    }
  }
}
