// Pairing in order (CONVENTIONS §6): operations queue as the client sends them and the server
// answers them in the same order. Extended-protocol operations are held until their Sync's
// ReadyForQuery so the Sync (and its ReadyForQuery) count in the last one's sizes instead of making
// an entry of their own; after an ErrorResponse the server skips everything up to Sync, and so do
// we: those messages are folded into the failed operation (`request.skipped`).
import { PG_LIMITS } from './limits.js';
import { addAnomaly, newOp, type Op } from './op.js';
import { decodeFields, decodeNotification } from './parse.js';
import { answer } from './server.js';
import type { Message } from './stream.js';
import type { Statements } from './statements.js';

export interface PairHooks {
  emit(op: Op): void;
  count(event: string): void;
  /** The server accepted SSL or GSS encryption: nothing more can be read. */
  encrypted(): void;
  names(): Statements;
}

const ch = (c: string): number => c.charCodeAt(0);

export class Pairer {
  private readonly queue: Op[] = [];
  /** A finished extended operation waiting for its Sync. */
  private held: Op | null = null;
  /** An extended operation failed and no Sync is queued yet: new client operations are skipped. */
  private skipping: Op | null = null;
  /** Server messages are dropped until this many ReadyForQuery have passed (after lost requests). */
  private zToDrop = 0;
  /** Too many pending: client operations are emitted unanswered until the next Sync or Query. */
  private overflowing = false;

  constructor(
    private readonly maxPending: number,
    private readonly hooks: PairHooks,
  ) {}

  /** Is the next DataRow going into a sample (so its body is worth keeping)? */
  wantsRow(): boolean {
    const open = this.queue[0]?.acc.open;
    return !open || (open.sample?.length ?? 0) < PG_LIMITS.maxSampleRows;
  }

  current(): Op | null {
    return this.queue[0] ?? null;
  }

  push(op: Op): void {
    if (this.skipping && op.kind !== 'sync') {
      this.skipping.requestSize += op.requestSize;
      this.skipping.skipped++;
      return;
    }
    if (op.kind === 'sync') this.skipping = null;
    if (this.queue.length >= this.maxPending && !this.overflowing) {
      // Give up on what is pending, in whole ReadyForQuery cycles so pairing stays aligned: the
      // server's answers are dropped up to the ReadyForQuery of the Sync/Query that ends this run.
      this.hooks.count('limit.postgres.maxPendingOps');
      for (const old of this.queue.splice(0)) {
        if (old.waitZ) this.zToDrop++;
        addAnomaly(old, 'unpaired');
        this.finish(old);
      }
      this.flushHeld();
      this.overflowing = true;
    }
    if (this.overflowing) {
      addAnomaly(op, 'unpaired');
      if (op.waitZ) {
        this.zToDrop++;
        this.overflowing = false;
      }
      this.hooks.emit(op);
      return;
    }
    this.queue.push(op);
  }

  oneWay(op: Op): void {
    this.flushHeld();
    this.hooks.emit(op);
  }

  server(m: Message): void {
    if (this.zToDrop > 0) {
      if (m.type === ch('Z')) this.zToDrop--;
      return;
    }
    if (m.type === ch('A') && !m.oneByte) return this.notification(m);
    let op = this.queue[0];
    if (m.oneByte) {
      if (!op || (op.kind !== 'ssl' && op.kind !== 'gss')) return this.hooks.count('postgres.unpaired_response');
      return this.sslAnswer(op, m);
    }
    // A ReadyForQuery ends every counted (extended) operation still open before the one it is for.
    if (m.type === ch('Z')) {
      while (op && !op.waitZ) {
        addAnomaly(op, 'truncated');
        this.queue.shift();
        this.finish(op);
        op = this.queue[0];
      }
    }
    if (!op) {
      if (m.type === ch('E')) return this.unsolicitedError(m);
      if (m.type !== ch('N') && m.type !== ch('S')) this.hooks.count('postgres.unpaired_response');
      return;
    }
    op.responseSize += m.wireSize;
    op.respLastTs = m.lastTs;
    if (m.type === ch('N')) return this.notice(op, m);
    const outcome = answer(op, m, (e) => this.hooks.count(e));
    if (m.type === ch('T') && op.describes !== undefined) {
      const st = this.hooks.names().statements.get(op.describes);
      if (st && op.acc.open?.columns) st.columns = op.acc.open.columns;
    }
    if (outcome === 'more') return;
    this.queue.shift();
    if (outcome === 'failed') this.skipAfter(op);
    this.finish(op);
  }

  /** Bytes of `dir` were lost (or its framing): flush what is in flight, marked. */
  lost(dir: 0 | 1, why: 'gap' | 'desync'): void {
    for (const op of this.queue.splice(0)) {
      addAnomaly(op, why);
      this.finish(op);
    }
    this.flushHeld();
    this.skipping = null;
    this.overflowing = false;
    // The lost client bytes asked for answers we cannot place: drop them up to a ReadyForQuery.
    if (dir === 0) this.zToDrop = 1;
  }

  /** End of the connection: everything left becomes an entry. */
  close(): void {
    for (const op of this.queue.splice(0)) this.finish(op);
    this.flushHeld();
  }

  private finish(op: Op): void {
    if (op.kind === 'sync') {
      const h = this.held;
      this.held = null;
      if (h) {
        h.requestSize += op.requestSize;
        h.responseSize += op.responseSize;
        if (op.respLastTs !== null) h.respLastTs = op.respLastTs;
        if (op.acc.error && !h.acc.error) h.acc.error = op.acc.error;
        for (const a of op.anomalies) addAnomaly(h, a);
        this.hooks.emit(h);
      } else this.hooks.emit(op);
      return;
    }
    this.flushHeld();
    if (op.kind === 'extended' && op.respLastTs !== null) this.held = op;
    else this.hooks.emit(op);
  }

  private flushHeld(): void {
    const h = this.held;
    this.held = null;
    if (h) this.hooks.emit(h);
  }

  /** The server skips messages up to Sync after an error: fold the queued ones into `failed`. */
  private skipAfter(failed: Op): void {
    while (this.queue.length > 0 && this.queue[0].kind !== 'sync') {
      const next = this.queue.shift()!;
      failed.requestSize += next.requestSize;
      failed.skipped++;
    }
    if (this.queue.length === 0) this.skipping = failed;
  }

  private sslAnswer(op: Op, m: Message): void {
    this.queue.shift();
    const byte = String.fromCharCode(m.type);
    op.acc.answer = byte;
    op.responseSize += 1;
    op.respLastTs = m.lastTs;
    const accepted = byte === 'S' || byte === 'G';
    if (accepted) addAnomaly(op, 'encrypted');
    else if (byte !== 'N') this.hooks.count('postgres.bad_ssl_answer');
    this.finish(op);
    if (accepted) {
      for (const rest of this.queue.splice(0)) this.finish(rest);
      this.hooks.encrypted();
    }
  }

  private notification(m: Message): void {
    const n = decodeNotification(m.body);
    if (!n) return this.hooks.count('postgres.bad_notification.error');
    // One-way, server to client (after LISTEN): the channel as the request, the payload as the response.
    const op = newOp('notification', 'Notification', { channel: n.channel }, m.firstTs, 0);
    op.acc.parameters = { channel: n.channel, payload: n.payload, pid: String(n.pid) };
    op.responseSize = m.wireSize;
    op.respLastTs = m.lastTs;
    // Not flushing `held`: a NOTIFY run by the extended protocol is notified before its Sync's ReadyForQuery.
    this.hooks.emit(op);
  }

  private notice(op: Op, m: Message): void {
    const f = decodeFields(m.body);
    if (!f) return this.hooks.count('postgres.bad_notice.error');
    if (op.acc.notices.length < PG_LIMITS.maxNotices) op.acc.notices.push({ severity: f.V ?? f.S, code: f.C, message: f.M });
  }

  /** An ErrorResponse nothing asked for (e.g. FATAL at shutdown): a one-way entry. */
  private unsolicitedError(m: Message): void {
    const op = newOp('error', 'Error', {}, m.firstTs, 0);
    op.acc.error = decodeFields(m.body) ?? { M: '(malformed ErrorResponse)' };
    op.responseSize = m.wireSize;
    op.respLastTs = m.lastTs;
    addAnomaly(op, 'unpaired');
    this.flushHeld();
    this.hooks.emit(op);
  }
}
