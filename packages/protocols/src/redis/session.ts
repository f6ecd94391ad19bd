// Per-connection Redis state: one RESP decoder per direction and the Pairer. A direction whose
// framing is lost (not RESP, a gap that is not inside a bulk payload) skips to the next chunk
// that starts like a message. Public methods never throw: an internal error is counted and the
// direction resynchronises.
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildEntry } from './build.js';
import { probeCommandArray, probeInline } from './detect.js';
import { MAX_COMMAND_STRING_BYTES, RESP_LIMITS } from './limits.js';
import { Pairer } from './pair.js';
import { parse, RespDecoder, type RespMessage } from './parse.js';

type Mode = 'parse' | 'resync';

export class RedisSession implements DissectorSession {
  private readonly decoders: [RespDecoder, RespDecoder];
  private readonly mode: [Mode, Mode] = ['parse', 'parse'];
  /** Anomalies for the next message of each direction (`gap`, `desync`). */
  private readonly carry: [string[], string[]] = [[], []];
  private readonly pairer: Pairer;
  private closed = false;

  constructor(private readonly ctx: SessionContext) {
    const limits = { ...RESP_LIMITS, maxStringBytes: ctx.limits.maxBodyBytes };
    // Commands keep far less: their arguments are cut to MAX_ARG_CHARS anyway.
    const commandLimits = { ...limits, maxStringBytes: Math.min(limits.maxStringBytes, MAX_COMMAND_STRING_BYTES) };
    this.decoders = [new RespDecoder(true, commandLimits), new RespDecoder(false, limits)];
    this.pairer = new Pairer(ctx.limits.maxPendingRequests, (ex, v) => ctx.emit(buildEntry(ex, v)), (e) => ctx.count(e));
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed || bytes.length === 0) return;
    try {
      if (this.mode[dir] === 'resync') {
        if (!this.startsMessage(dir, bytes)) {
          this.ctx.count('redis.skipped_bytes', bytes.length);
          return;
        }
        this.mode[dir] = 'parse';
        this.ctx.count('redis.resync');
      }
      const r = this.decoders[dir].feed(bytes, meta, (m) => this.message(dir, m));
      if (r.error) {
        this.ctx.count(`redis.${r.error.code}`);
        this.lost(dir, 'desync');
      }
    } catch {
      this.internalError(dir);
    }
  }

  gap(dir: Direction, length: number, _meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.ctx.count('redis.gap_bytes', length);
      if (this.mode[dir] === 'parse' && this.decoders[dir].skip(length)) {
        this.carry[dir].push('gap');
        return;
      }
      this.flushPartial(dir, 'gap');
      this.lost(dir, 'gap');
    } catch {
      this.internalError(dir);
    }
  }

  end(_dir: Direction, _ts: number): void {
    // RESP messages are self-delimited: a FIN ends nothing by itself.
  }

  close(_ts: number): void {
    if (this.closed) return;
    try {
      this.flushPartial(0, 'truncated');
      this.flushPartial(1, 'truncated');
      this.pairer.flushAll();
    } catch {
      this.ctx.count('redis.internal_error');
    }
    this.closed = true;
  }

  private message(dir: Direction, m: RespMessage): void {
    const carried = this.carry[dir].splice(0);
    if (dir === 0) this.pairer.request(m, carried);
    else this.pairer.reply(m, carried);
  }

  /** A message cut by a gap or by the end of the capture is still reported, marked. */
  private flushPartial(dir: Direction, anomaly: string): void {
    const partial = this.decoders[dir].partial();
    this.decoders[dir].reset();
    if (!partial || partial.size === 0) return;
    this.carry[dir].push(anomaly);
    this.message(dir, partial);
  }

  /** Framing lost in `dir`: skip to the next message start; replies lost mean waiting commands get none. */
  private lost(dir: Direction, anomaly: string): void {
    this.decoders[dir].reset();
    this.mode[dir] = 'resync';
    this.carry[dir].push(anomaly);
    if (anomaly === 'desync') this.ctx.count('redis.desync');
    if (dir === 1) this.pairer.flushPending(anomaly);
  }

  private startsMessage(dir: Direction, bytes: Uint8Array): boolean {
    if (dir === 0) return probeCommandArray(bytes) !== 'no' || probeInline(bytes) !== 'no';
    if (!'+-:$*%~>|_#,(!='.includes(String.fromCharCode(bytes[0]))) return false;
    return !('error' in parse(bytes, 0, false));
  }

  private internalError(dir: Direction): void {
    this.ctx.count('redis.internal_error');
    try {
      this.lost(dir, 'desync');
    } catch {
      this.closed = true;
    }
  }
}
