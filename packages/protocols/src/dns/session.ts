import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildEntry, type Seen } from './build.js';
import { PendingQueries } from './pair.js';
import { parseMessage } from './parse.js';
import { TcpFramer } from './tcp-framing.js';

/**
 * What both transports share: a whole message in, pairing, entries out. Query or response is the
 * message's QR bit, not the direction (mDNS hosts send both from one port).
 */
class DnsCore {
  private readonly pending: PendingQueries;

  constructor(
    private readonly ctx: SessionContext,
    private readonly transport: 'udp' | 'tcp',
  ) {
    this.pending = new PendingQueries(
      (q) => this.ctx.emit(buildEntry(q, null, transport)),
      (e) => ctx.count(e),
    );
  }

  message(dir: Direction, bytes: Uint8Array, ts: number, endTs: number, size: number): void {
    const r = parseMessage(bytes);
    if (!r.ok) {
      this.ctx.count(`dns.error.${r.code}`);
      return;
    }
    const seen: Seen = { message: r.message, ts, endTs, size };
    for (const e of r.message.events) this.ctx.count(e === 'trailing_bytes' || e.endsWith('_dropped') ? `dns.${e}` : `dns.error.${e}`);
    if (!r.message.header.qr) {
      this.pending.add(dir, seen);
      return;
    }
    const query = this.pending.take(dir, seen);
    if (!query) this.ctx.count('dns.unpaired_response');
    this.ctx.emit(buildEntry(query, seen, this.transport));
  }

  close(): void {
    this.pending.flushAll();
  }

  /** No query waits for its response. */
  get idle(): boolean {
    return this.pending.size === 0;
  }
}

/** DNS over UDP: each feed is exactly one datagram, hence one message (engine/udp.ts). */
export class DnsUdpSession implements DissectorSession {
  private readonly core: DnsCore;

  constructor(ctx: SessionContext) {
    this.core = new DnsCore(ctx, 'udp');
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    this.core.message(dir, bytes, meta.ts, meta.ts, bytes.length);
  }

  gap(): void {
    // UDP has no gaps: a lost datagram is simply absent (its query stays unanswered).
  }

  end(): void {}

  close(): void {
    this.core.close();
  }

  /** Every query answered: the engine forgets the flow (clients use a new port per query anyway). */
  idle(): boolean {
    return this.core.idle;
  }
}

/** DNS over TCP (RFC 1035 §4.2.2, RFC 7766): 2-byte length-prefixed messages, pipelined both ways. */
export class DnsTcpSession implements DissectorSession {
  private readonly core: DnsCore;
  private readonly framers: [TcpFramer, TcpFramer];

  constructor(ctx: SessionContext) {
    this.core = new DnsCore(ctx, 'tcp');
    const sink = (dir: Direction) => (msg: Uint8Array, ts: number, endTs: number) => this.core.message(dir, msg, ts, endTs, msg.length + 2);
    this.framers = [new TcpFramer(sink(0), (e) => ctx.count(e)), new TcpFramer(sink(1), (e) => ctx.count(e))];
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    this.framers[dir].feed(bytes, meta.ts);
  }

  gap(dir: Direction): void {
    this.framers[dir].gap();
  }

  end(dir: Direction): void {
    this.framers[dir].end();
  }

  close(): void {
    this.framers[0].end();
    this.framers[1].end();
    this.core.close();
  }
}
