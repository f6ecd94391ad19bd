// One direction's framing: bytes in, whole messages out. Bodies are copied (at most
// maxKeptMessageBytes of each; CopyData bodies not at all) so a message outlives the chunk it came
// in. A bad length means framing is lost: the direction resynchronises at the next chunk (segment)
// that starts with a plausible message, as after a capture gap.
import type { ChunkMeta } from '../engine/types.js';
import { PG_LIMITS } from './limits.js';
import { lengthOk } from './parse.js';
import type { Probe } from './detect.js';

export interface Message {
  /** Type byte; 0 for the startup family; for a one-byte SSL/GSS answer, the byte itself. */
  type: number;
  /** `oneByte`: an SSLRequest/GSSENCRequest answer ('S', 'N', 'G'), not a framed message. */
  oneByte: boolean;
  /** The body as kept (after the length field). */
  body: Uint8Array;
  /** Bytes of the body not kept. */
  cut: number;
  /** Whole size on the wire. */
  wireSize: number;
  firstTs: number;
  lastTs: number;
}

/** What the next message looks like, set by the session from the conversation so far. */
/** `auto`: a client stream start (or after an SSL/GSS refusal): startup family if it starts with 0. */
export type Expect = 'typed' | 'untyped' | 'oneByte' | 'auto';

const COPY_DATA = 0x64;

export interface StreamHooks {
  message(msg: Message): void;
  /** Framing was lost (`desync`) or bytes were missed (`gap`): what was in flight is gone. */
  lost(why: 'gap' | 'desync'): void;
  /** Can a message start at the beginning of these bytes (resynchronisation)? */
  probe(bytes: Uint8Array): Probe;
  count(event: string): void;
  /** Body bytes worth keeping of a message of this type (DataRows past the sample: none). */
  keep?(type: number): boolean;
}

export class Stream {
  expect: Expect;
  /** Set once the rest of this direction is not PostgreSQL (TLS, GSS encryption). */
  dead = false;
  private resync = false;
  private head = new Uint8Array(5);
  private headLen = 0;
  private body: Uint8Array | null = null;
  private bodyKept = 0;
  /** Body bytes still to come (kept or skipped). */
  private bodyLeft = 0;
  private type = 0;
  private wire = 0;
  private firstTs = 0;

  constructor(
    expect: Expect,
    private readonly hooks: StreamHooks,
  ) {
    this.expect = expect;
  }

  feed(bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.dead) return;
    let i = 0;
    if (this.resync) {
      // Only a chunk (segment) start can be a message start we trust.
      if (this.hooks.probe(bytes) === 'no') return;
      this.resync = false;
      this.expect = bytes[0] === 0 ? 'untyped' : 'typed';
    }
    while (i < bytes.length && !this.dead && !this.resync) {
      if (this.body === null) i = this.readHead(bytes, i, meta.ts);
      else i = this.readBody(bytes, i, meta.ts);
    }
  }

  gap(): void {
    if (this.dead) return;
    this.reset();
    this.resync = true;
    this.hooks.lost('gap');
  }

  /** Bytes held of an unfinished message (at close it is dropped, counted as truncated). */
  get partial(): boolean {
    return this.headLen > 0 || this.body !== null;
  }

  private reset(): void {
    this.headLen = 0;
    this.body = null;
  }

  private readHead(bytes: Uint8Array, i: number, ts: number): number {
    if (this.headLen === 0) this.firstTs = ts;
    if (this.expect === 'oneByte') {
      this.expect = 'typed';
      this.hooks.message({ type: bytes[i], oneByte: true, body: new Uint8Array(0), cut: 0, wireSize: 1, firstTs: ts, lastTs: ts });
      return i + 1;
    }
    if (this.expect === 'auto' && this.headLen === 0) {
      if (bytes[i] === 0x16) {
        // A TLS ClientHello: the SSLRequest was accepted (its answer not seen yet).
        this.dead = true;
        this.hooks.count('postgres.tls');
        return bytes.length;
      }
      this.expect = bytes[i] === 0 ? 'untyped' : 'typed';
    }
    const typed = this.expect === 'typed';
    const need = typed ? 5 : 4;
    while (this.headLen < need && i < bytes.length) this.head[this.headLen++] = bytes[i++];
    if (this.headLen < need) return i;
    const h = this.head;
    const p = typed ? 1 : 0;
    const len = ((h[p] << 24) | (h[p + 1] << 16) | (h[p + 2] << 8) | h[p + 3]) >>> 0;
    if (!lengthOk(typed, len)) {
      this.hooks.count('postgres.bad_length.error');
      this.reset();
      this.resync = true;
      this.hooks.lost('desync');
      return bytes.length;
    }
    this.type = typed ? h[0] : 0;
    this.wire = len + (typed ? 1 : 0);
    this.bodyLeft = len - 4;
    const wanted = this.type !== COPY_DATA && (this.hooks.keep?.(this.type) ?? true);
    const keep = wanted ? Math.min(this.bodyLeft, PG_LIMITS.maxKeptMessageBytes) : 0;
    if (wanted && keep < this.bodyLeft) this.hooks.count('limit.postgres.maxKeptMessageBytes');
    this.body = new Uint8Array(keep);
    this.bodyKept = 0;
    this.headLen = 0;
    return this.bodyLeft === 0 ? this.finish(i, ts) : i;
  }

  private readBody(bytes: Uint8Array, i: number, ts: number): number {
    const body = this.body!;
    const n = Math.min(this.bodyLeft, bytes.length - i);
    const k = Math.min(n, body.length - this.bodyKept);
    if (k > 0) {
      body.set(bytes.subarray(i, i + k), this.bodyKept);
      this.bodyKept += k;
    }
    this.bodyLeft -= n;
    i += n;
    return this.bodyLeft === 0 ? this.finish(i, ts) : i;
  }

  private finish(i: number, ts: number): number {
    const body = this.body!;
    this.body = null;
    const wire = this.wire;
    if (this.expect === 'untyped') this.expect = 'typed'; // the session may set it back
    this.hooks.message({ type: this.type, oneByte: false, body, cut: wire - (this.type === 0 ? 4 : 5) - body.length, wireSize: wire, firstTs: this.firstTs, lastTs: ts });
    return i;
  }
}
