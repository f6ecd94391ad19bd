// Per-connection PostgreSQL state: two framing Streams, the client side that turns messages into
// operations, and the Pairer that answers them in order. Every public method is guarded: an
// unexpected exception is counted and the connection stops being parsed (never thrown).
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildEntry } from './build.js';
import { ClientSide } from './client.js';
import { probeClientTyped, probeServerTyped, probeStartup } from './detect.js';
import { addAnomaly } from './op.js';
import { PG_LIMITS } from './limits.js';
import { Pairer } from './pair.js';
import { Stream, type Message } from './stream.js';

/** Message counters (`postgres.msg.client.Q`, `….server.answer`…): the oracle test compares them with tshark. */
function kindOf(m: Message): string {
  if (m.oneByte) return 'answer';
  if (m.type === 0) return 'startup';
  const c = String.fromCharCode(m.type);
  return /[A-Za-z0-9]/.test(c) ? c : 'other';
}

const DATA_ROW = 0x44;

export class PostgresSession implements DissectorSession {
  private readonly streams: [Stream, Stream];
  private readonly pairer: Pairer;
  private readonly client: ClientSide;
  private closed = false;

  constructor(private readonly ctx: SessionContext) {
    const count = (e: string) => ctx.count(e);
    this.pairer = new Pairer(Math.min(ctx.limits.maxPendingRequests, PG_LIMITS.maxPendingOps), {
      emit: (op) => {
        for (const a of op.anomalies) ctx.count(`postgres.${a}`);
        ctx.emit(buildEntry(op));
      },
      count,
      encrypted: () => {
        this.streams[0].dead = true;
        this.streams[1].dead = true;
      },
      names: () => this.client.names,
    });
    this.client = new ClientSide({
      push: (op) => this.pairer.push(op),
      current: () => this.pairer.current(),
      oneWay: (op) => this.pairer.oneWay(op),
      expectAnswer: () => {
        this.streams[1].expect = 'oneByte';
        this.streams[0].expect = 'auto';
      },
      count,
    });
    this.streams = [
      new Stream('auto', {
        message: (m) => {
          ctx.count(`postgres.msg.client.${kindOf(m)}`);
          this.client.message(m);
        },
        lost: (why) => {
          this.client.dropGroup();
          this.pairer.lost(0, why);
        },
        probe: (b) => (b[0] === 0 ? probeStartup(b) : probeClientTyped(b)),
        count,
      }),
      new Stream('typed', {
        message: (m) => {
          ctx.count(`postgres.msg.server.${kindOf(m)}`);
          this.pairer.server(m);
        },
        lost: (why) => this.pairer.lost(1, why),
        probe: probeServerTyped,
        keep: (type) => type !== DATA_ROW || this.pairer.wantsRow(),
        count,
      }),
    ];
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.streams[dir].feed(bytes, meta);
    } catch {
      this.internalError();
    }
  }

  gap(dir: Direction, _length: number, _meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.streams[dir].gap();
    } catch {
      this.internalError();
    }
  }

  end(_dir: Direction, _ts: number): void {
    // Messages are length-framed: a FIN ends nothing that close() would not.
  }

  close(_ts: number): void {
    if (this.closed) return;
    try {
      // A message cut by the end of the capture: the operation it belonged to is truncated.
      if (this.streams[1].partial) {
        const op = this.pairer.current();
        if (op) addAnomaly(op, 'truncated');
      }
      this.pairer.close();
    } catch {
      this.ctx.count('postgres.internal_error');
    }
    this.closed = true;
  }

  private internalError(): void {
    this.ctx.count('postgres.internal_error');
    this.streams[0].dead = true;
    this.streams[1].dead = true;
    try {
      this.pairer.close();
    } catch {
      // nothing more to save
    }
  }
}
