// Per-connection MySQL state: a packet framer per direction, the handshake (→ one Connect
// entry), then commands paired in order with their replies. Never throws: an unexpected
// exception is counted and both directions resynchronise on the next command.
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { buildEntry } from './build.js';
import { readCommand } from './command.js';
import { CAP, COMMANDS } from './constants.js';
import { PacketFramer, type Packet } from './framing.js';
import { MAX_SERVER_PACKET_KEEP, MAX_VALUE_CHARS } from './limits.js';
import { addAnomaly, newExchange, Pending, type Exchange } from './pair.js';
import { parseErr, parseGreeting, parseLogin } from './parse.js';
import { ResponseReader } from './response.js';
import { isCommandStart, isReplyStart } from './resync.js';
import { StatementMap } from './statements.js';
import { clip } from './wire.js';

type Phase = 'start' | 'handshake' | 'command' | 'opaque';

export class MysqlSession implements DissectorSession {
  private phase: Phase = 'start';
  /** Negotiated capabilities (client ∩ server); 0 until a handshake was seen. */
  private caps = 0;
  private readonly framers: [PacketFramer, PacketFramer];
  /** A direction lost its framing (gap, bad length) and waits for a recognisable packet start. */
  private lost: [boolean, boolean] = [false, false];
  private readonly pending: Pending;
  private readonly statements: StatementMap;
  private handshake: Exchange | null = null;
  private closed = false;
  /** A direction has been fed: its first bytes were checked for a packet start. */
  private started: [boolean, boolean] = [false, false];

  constructor(private readonly ctx: SessionContext) {
    const count = (e: string) => ctx.count(e);
    this.pending = new Pending(ctx.limits.maxPendingRequests, (ex) => this.emit(ex), count);
    this.statements = new StatementMap(count);
    this.framers = [
      new PacketFramer(Math.max(1024, ctx.limits.maxBodyBytes), (p) => this.clientPacket(p)),
      new PacketFramer(MAX_SERVER_PACKET_KEEP, (p) => this.serverPacket(p)),
    ];
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed || this.phase === 'opaque') return;
    try {
      if (!this.started[dir]) {
        this.started[dir] = true;
        // Picked up mid-stream, the first bytes may be the middle of a packet: wait for a start.
        if (this.phase !== 'handshake' && !plausibleStart(dir, bytes)) {
          this.ctx.count('mysql.midstream_skip');
          this.lost[dir] = true;
        }
      }
      if (this.lost[dir]) {
        const ok = dir === 0 ? isCommandStart(bytes) : isReplyStart(bytes);
        if (!ok) return;
        this.lost[dir] = false;
        this.ctx.count('mysql.resync');
      }
      if (this.framers[dir].feed(bytes, meta.ts, meta.offset) === 'lost') this.loseFraming(dir, 'desync');
    } catch {
      this.ctx.count('mysql.internal_error');
      this.loseFraming(dir, 'desync');
    }
  }

  gap(dir: Direction, _length: number, _meta: ChunkMeta): void {
    if (this.closed || this.phase === 'opaque') return;
    try {
      this.loseFraming(dir, 'gap');
    } catch {
      this.ctx.count('mysql.internal_error');
    }
  }

  end(_dir: Direction, _ts: number): void {}

  close(_ts: number): void {
    if (this.closed) return;
    this.closed = true;
    try {
      for (const f of this.framers) if (!f.idle) this.ctx.count('mysql.partial_packet');
      const hs = this.handshake;
      this.handshake = null;
      if (hs) this.emit(hs);
      this.pending.flush(null);
    } catch {
      this.ctx.count('mysql.internal_error');
    }
  }

  /** Framing of `dir` is lost: what is waiting for that side is emitted as it stands. */
  private loseFraming(dir: Direction, why: 'gap' | 'desync'): void {
    this.framers[dir].reset();
    this.lost[dir] = true;
    if (this.handshake) {
      const hs = this.handshake;
      this.handshake = null;
      addAnomaly(hs, why);
      this.emit(hs);
    }
    if (this.phase !== 'opaque') this.phase = 'command';
    // A lost reply can no longer complete; a lost command's reply will arrive unsolicited.
    if (dir === 1) this.pending.flush(why);
    else {
      const last = this.pending.last();
      if (last) addAnomaly(last, why);
    }
  }

  private emit(ex: Exchange): void {
    this.ctx.emit(buildEntry(ex, this.ctx));
  }

  // ---- client → server -----------------------------------------------------------------------

  private clientPacket(p: Packet): void {
    if (this.phase === 'opaque') return;
    if (this.phase === 'handshake' || (this.phase === 'start' && p.seq === 1)) {
      this.loginPacket(p);
      return;
    }
    this.phase = 'command';
    if (p.seq !== 0) {
      // Auth data (COM_CHANGE_USER) or LOCAL INFILE contents: part of the current command.
      const ex = this.pending.last();
      if (ex) {
        ex.requestSize += p.wireSize;
        ex.extraBytes += p.length;
        ex.reader?.clientSeq(p.seq);
      } else this.ctx.count('mysql.orphan_client_packet');
      return;
    }
    if (p.payload.length === 0) {
      this.ctx.count('mysql.empty_command');
      return;
    }
    const cmd = readCommand(p, this.caps, this.statements);
    const ex = newExchange(cmd.kind, cmd.request, p.ts, p.wireSize);
    if (p.payload.length < p.length) addAnomaly(ex, 'truncated');
    if (cmd.prepare !== undefined) ex.prepare = cmd.prepare;
    if (cmd.kind === 'none') {
      this.emit(ex);
      return;
    }
    ex.reader = new ResponseReader(cmd.kind, this.caps, (e) => this.ctx.count(e));
    this.pending.push(ex);
  }

  private loginPacket(p: Packet): void {
    const hs = (this.handshake ??= this.newHandshake(p.ts));
    hs.requestSize += p.wireSize;
    hs.reader!.clientSeq(p.seq);
    if (hs.connect!.login || p.seq !== 1) return; // auth data: counted, never kept
    const login = parseLogin(p.payload);
    if (!login) {
      this.ctx.count('mysql.bad_login');
      return;
    }
    hs.connect!.login = login;
    const req: Record<string, unknown> = { command: 'Connect', method: 'Connect' };
    if (login.user !== undefined) req.user = clip(login.user, MAX_VALUE_CHARS);
    if (login.database) req.database = clip(login.database, MAX_VALUE_CHARS);
    if (login.authPlugin) req.authPlugin = clip(login.authPlugin, MAX_VALUE_CHARS);
    if (login.attributes) req.attributes = login.attributes;
    hs.request = req;
    const g = hs.connect!.greeting;
    this.caps = g ? (g.capabilities & login.capabilities) >>> 0 : login.capabilities;
    if (login.ssl) {
      // SSLRequest: the TLS handshake follows; nothing more is readable.
      req.ssl = true;
      addAnomaly(hs, 'encrypted');
      this.handshake = null;
      this.emit(hs);
      this.phase = 'opaque';
    }
  }

  private newHandshake(ts: number): Exchange {
    const hs = newExchange('auth', null, ts, 0);
    hs.connect = { greeting: null, login: null };
    hs.reader = new ResponseReader('auth', 0, (e) => this.ctx.count(e), 2);
    this.phase = 'handshake';
    return hs;
  }

  // ---- server → client -----------------------------------------------------------------------

  private serverPacket(p: Packet): void {
    if (this.phase === 'opaque') return;
    if (this.phase === 'start' && p.seq === 0 && p.payload.length > 0 && (p.payload[0] === 10 || p.payload[0] === 0xff)) {
      this.greeting(p);
      return;
    }
    if (this.phase === 'handshake') {
      this.authPacket(p);
      return;
    }
    this.phase = 'command';
    let ex = this.pending.head();
    if (!ex || !ex.reader) {
      if (p.payload[0] === 0xfe && p.length < 9) return; // a trailing EOF of a reply already complete
      this.ctx.count('mysql.unsolicited');
      if (p.seq !== 1) return;
      // A reply whose command was not captured (one-way capture, lost in a gap): unpaired entry.
      ex = newExchange('query', null, p.ts, 0);
      ex.reader = new ResponseReader('query', this.caps, (e) => this.ctx.count(e));
      addAnomaly(ex, 'unpaired');
      this.pending.push(ex);
    }
    ex.responseSize += p.wireSize;
    ex.respEndTs = p.endTs;
    if (p.payload.length < p.length && ex.reader.packets === 0) addAnomaly(ex, 'truncated');
    if (ex.reader.packet(p)) this.replyDone(ex);
  }

  private replyDone(ex: Exchange): void {
    const prepared = ex.reader!.sum.prepared;
    if (prepared && ex.prepare !== undefined) this.statements.add(prepared.statementId, { query: ex.prepare, params: prepared.params });
    this.pending.complete();
  }

  private greeting(p: Packet): void {
    const hs = (this.handshake = this.newHandshake(p.ts));
    hs.responseSize += p.wireSize;
    hs.respEndTs = p.endTs;
    if (p.payload[0] === 0xff) {
      // Refused before the handshake (too many connections, host blocked).
      const err = parseErr(p.payload);
      hs.reader!.packet({ ...p, seq: 2 });
      if (!err) this.ctx.count('mysql.bad_err');
      this.finishHandshake();
      return;
    }
    const g = parseGreeting(p.payload);
    if (!g) this.ctx.count('mysql.bad_greeting');
    hs.connect!.greeting = g;
  }

  private authPacket(p: Packet): void {
    const hs = this.handshake;
    if (!hs) return;
    hs.responseSize += p.wireSize;
    hs.respEndTs = p.endTs;
    if (hs.reader!.packet(p)) this.finishHandshake();
  }

  private finishHandshake(): void {
    const hs = this.handshake!;
    this.handshake = null;
    this.phase = 'command';
    const g = hs.connect!.greeting;
    const login = hs.connect!.login;
    this.emit(hs);
    if (g && login && hs.reader!.sum.status === 0 && this.caps & CAP.COMPRESS) {
      // Compressed protocol from here on: not decoded.
      this.ctx.count('mysql.compressed');
      this.phase = 'opaque';
    }
  }
}

/** The first bytes of a direction start a packet this side could send first. */
function plausibleStart(dir: Direction, b: Uint8Array): boolean {
  if (b.length < 5) return true;
  const len = b[0] | (b[1] << 8) | (b[2] << 16);
  if (len === 0) return false;
  if (dir === 0) return (b[3] === 0 && COMMANDS[b[4]] !== undefined) || b[3] === 1;
  if (b[3] === 0) return b[4] === 10 || b[4] === 0xff;
  const h = b[4];
  return h === 0x00 || h === 0xff || h === 0xfe || h === 0xfb || len <= 9;
}
