// In-order pairing: one command at a time is the protocol's rule, but a capture may show the
// next command before the previous reply ended (robustness): replies go to the oldest command
// still waiting. Bounded by the engine's maxPendingRequests.
import type { Greeting, Login } from './parse.js';
import type { ReplyKind, ResponseReader } from './response.js';

export interface Exchange {
  kind: ReplyKind;
  request: Record<string, unknown> | null;
  /** Capture time of the first byte (the greeting's, for the Connect entry). */
  ts: number;
  requestSize: number;
  reader: ResponseReader | null;
  responseSize: number;
  respEndTs: number;
  anomalies: string[];
  /** COM_STMT_PREPARE's SQL, stored under the statement id of the reply. */
  prepare?: string;
  /** Bytes the client sent after the command (LOCAL INFILE contents, auth data). */
  extraBytes: number;
  /** The handshake, for the Connect entry. */
  connect?: { greeting: Greeting | null; login: Login | null };
}

export function newExchange(kind: ReplyKind, request: Record<string, unknown> | null, ts: number, size: number): Exchange {
  return { kind, request, ts, requestSize: size, reader: null, responseSize: 0, respEndTs: ts, anomalies: [], extraBytes: 0 };
}

export function addAnomaly(ex: Exchange, a: string): void {
  if (!ex.anomalies.includes(a)) ex.anomalies.push(a);
}

export class Pending {
  private queue: Exchange[] = [];

  constructor(
    private readonly max: number,
    private readonly emit: (ex: Exchange) => void,
    private readonly count: (event: string) => void,
  ) {}

  get size(): number {
    return this.queue.length;
  }

  /** The exchange the next server packet belongs to. */
  head(): Exchange | undefined {
    return this.queue[0];
  }

  /** The newest exchange (client packets after a command belong to it). */
  last(): Exchange | undefined {
    return this.queue[this.queue.length - 1];
  }

  push(ex: Exchange): void {
    if (this.queue.length > 0) this.count('mysql.pipelined');
    this.queue.push(ex);
    if (this.queue.length > this.max) {
      this.count('mysql.limit.pending');
      const old = this.queue.shift()!;
      addAnomaly(old, 'unpaired');
      this.emit(old);
    }
  }

  /** The head's reply is complete. */
  complete(): void {
    const ex = this.queue.shift();
    if (ex) this.emit(ex);
  }

  /** Emits everything still waiting (end of connection, or replies lost in a gap). */
  flush(mark: string | null): void {
    const rest = this.queue;
    this.queue = [];
    for (const ex of rest) {
      if (mark) addAnomaly(ex, mark);
      this.emit(ex);
    }
  }
}
