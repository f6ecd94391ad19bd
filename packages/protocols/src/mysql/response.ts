// The server's side of one command: a small state machine over its packets (OK, ERR, result
// sets with or without EOF packets, multi-results, prepare replies, auth exchanges, LOCAL
// INFILE), accumulating what the entry shows. `packet()` says when the response is complete.
import { binaryRow, textRow, type Value } from './binary.js';
import { CAP, STATUS } from './constants.js';
import type { Packet } from './framing.js';
import { MAX_COLUMNS, MAX_SAMPLE_ROWS } from './limits.js';
import { eofStatus, parseAuthSwitch, parseColumn, parseErr, parseOk, parsePrepareOk, type ColumnDef, type Err, type PrepareOk } from './parse.js';
import { Cursor, decodeUtf8, clip } from './wire.js';

/** What kind of reply a command gets. */
export type ReplyKind = 'query' | 'execute' | 'prepare' | 'fieldList' | 'statistics' | 'simple' | 'auth' | 'fetch' | 'stream' | 'none';

type Phase = 'first' | 'columns' | 'columnsEnd' | 'rows' | 'prepDefs' | 'fieldList' | 'auth' | 'stream' | 'done';

export interface ResponseSummary {
  status: 0 | 1;
  err?: Err;
  /** OK packets seen (their affected rows are summed). */
  oks: number;
  affectedRows: number;
  lastInsertId: number;
  warnings: number;
  info?: string;
  resultSets: number;
  /** Rows of every result set. */
  rows: number;
  columns?: string[];
  rowsSample?: Value[][];
  prepared?: PrepareOk;
  /** The auth plugin the server switched to. */
  authSwitch?: string;
  localInfile?: string;
  /** The server skipped column definitions (cached metadata). */
  metadataSkipped?: boolean;
}

export class ResponseReader {
  phase: Phase;
  readonly sum: ResponseSummary = { status: 0, oks: 0, affectedRows: 0, lastInsertId: 0, warnings: 0, resultSets: 0, rows: 0 };
  packets = 0;
  private left = 0;
  private total = 0;
  private defs: ColumnDef[] = [];
  private expectSeq = 1;

  constructor(
    readonly kind: ReplyKind,
    /** Negotiated capabilities; 0 when the handshake was not seen. */
    private readonly caps: number,
    private readonly count: (event: string) => void,
    firstSeq = 1,
  ) {
    this.expectSeq = firstSeq;
    this.phase = kind === 'fieldList' ? 'fieldList' : kind === 'auth' ? 'auth' : kind === 'stream' ? 'stream' : kind === 'fetch' ? 'rows' : kind === 'none' ? 'done' : 'first';
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  /** The client sent a packet inside this exchange (auth data, file contents): sequence ids continue from it. */
  clientSeq(seq: number): void {
    this.expectSeq = (seq + 1) & 0xff;
  }

  /** With unknown capabilities, an EOF packet is exactly 5 bytes; an OK ending a result set is ≥ 7. */
  private deprecateEof(p: Packet): boolean {
    return this.caps !== 0 ? (this.caps & CAP.DEPRECATE_EOF) !== 0 : p.length !== 5;
  }

  /** Feeds one server packet; true when the response is complete. */
  packet(p: Packet): boolean {
    if (this.phase === 'done') return true;
    const b = p.payload;
    const head = b.length > 0 ? b[0] : -1;
    // An EOF left over from the previous reply (unknown capabilities) precedes ours: skip it.
    if (this.packets === 0 && this.phase === 'first' && head === 0xfe && p.length < 9 && p.seq !== this.expectSeq) {
      this.count('mysql.stray_eof');
      return false;
    }
    if (p.seq !== this.expectSeq && this.kind !== 'stream') this.count('mysql.bad_sequence');
    this.expectSeq = (p.seq + 1) & 0xff;
    this.packets++;
    if (head === 0xff && this.phase !== 'stream') {
      const err = parseErr(b);
      // MariaDB progress report (error code 0xffff): not an error, more packets follow.
      if (err && err.code === 0xffff) return false;
      this.sum.status = 1;
      if (err) this.sum.err = err;
      this.phase = 'done';
      return true;
    }
    switch (this.phase) {
      case 'first':
        this.first(p, head);
        break;
      case 'columns':
        this.column(b);
        break;
      case 'columnsEnd':
        if (head === 0xfe && p.length < 9 && !this.deprecateEof(p)) this.phase = 'rows';
        else if (head === 0xfe && this.isTerminator(p)) this.endResult(p);
        else {
          this.phase = 'rows';
          this.row(p);
        }
        break;
      case 'rows':
        if (head === 0xfe && this.isTerminator(p)) this.endResult(p);
        else this.row(p);
        break;
      case 'prepDefs':
        this.prepDef(p, head);
        break;
      case 'fieldList':
        if (head === 0xfe) this.phase = 'done';
        else this.keepColumn(b);
        break;
      case 'auth':
        this.auth(p, head);
        break;
      case 'stream':
        break;
    }
    return this.done;
  }

  private first(p: Packet, head: number): void {
    const b = p.payload;
    if (this.kind === 'statistics') {
      this.sum.info = clip(decodeUtf8(b), 1024);
      this.phase = 'done';
      return;
    }
    if (head === 0x00 && this.kind === 'prepare') {
      const ok = parsePrepareOk(b);
      if (!ok) this.count('mysql.bad_prepare_ok');
      else {
        this.sum.prepared = ok;
        this.sum.warnings = ok.warnings;
        this.left = ok.params + ok.columns;
        this.total = ok.params;
      }
      this.phase = this.left > 0 ? 'prepDefs' : 'done';
      return;
    }
    if (head === 0xfe && p.length < 9 && this.kind === 'simple') {
      // COM_SET_OPTION is answered with an EOF packet.
      this.phase = 'done';
      return;
    }
    if (head === 0x00 || (head === 0xfe && this.kind === 'simple')) {
      this.ok(p);
      return;
    }
    if (this.kind === 'simple' || this.kind === 'prepare') {
      this.count('mysql.unexpected_reply');
      this.phase = 'done';
      return;
    }
    if (head === 0xfb) {
      this.sum.localInfile = clip(decodeUtf8(b.subarray(1)), 1024);
      this.count('mysql.local_infile');
      // The client sends the file; the server's OK or ERR follows.
      return;
    }
    const c = new Cursor(b);
    const n = c.lenenc();
    if (c.bad || n === null || n === 0 || n > 0xffff) {
      this.count('mysql.bad_column_count');
      this.phase = 'done';
      return;
    }
    this.sum.resultSets++;
    this.left = this.total = n;
    this.defs = [];
    // Column count followed by a metadata-follows flag (MariaDB cached / MySQL optional metadata).
    if (c.left > 0 && c.u8() === 0) {
      this.sum.metadataSkipped = true;
      this.phase = 'columnsEnd';
      return;
    }
    this.phase = 'columns';
  }

  private ok(p: Packet): void {
    const ok = parseOk(p.payload, this.caps);
    if (!ok) {
      this.count('mysql.bad_ok');
      this.phase = 'done';
      return;
    }
    this.addOk(ok.affectedRows, ok.lastInsertId, ok.warnings, ok.info);
    this.next(ok.status);
  }

  private addOk(affected: number, lastInsertId: number, warnings: number, info?: string): void {
    const s = this.sum;
    s.oks++;
    s.affectedRows += affected;
    if (lastInsertId) s.lastInsertId = lastInsertId;
    s.warnings += warnings;
    if (info !== undefined && s.info === undefined) s.info = info;
  }

  /** After a result's last packet: more results follow, or the response is complete. */
  private next(status: number): void {
    this.phase = status & STATUS.MORE_RESULTS_EXISTS ? 'first' : 'done';
  }

  private column(b: Uint8Array): void {
    const def = this.keepColumn(b);
    if (def && this.defs.length < MAX_COLUMNS) this.defs.push(def);
    if (--this.left <= 0) this.phase = 'columnsEnd';
  }

  private keepColumn(b: Uint8Array): ColumnDef | null {
    const def = parseColumn(b);
    if (!def) {
      this.count('mysql.bad_column');
      return null;
    }
    // Names of the first result set (or of the prepared statement's columns).
    if (this.sum.resultSets <= 1) {
      const cols = (this.sum.columns ??= []);
      if (cols.length < MAX_COLUMNS) cols.push(def.name);
    }
    return def;
  }

  /** 0xfe ending rows: an EOF, or an OK (CLIENT_DEPRECATE_EOF); a row's 8-byte length would not fit. */
  private isTerminator(p: Packet): boolean {
    if (p.length < 9) return true;
    if (!this.deprecateEof(p) || p.length >= 0xffffff) return false;
    if (this.caps !== 0) return true;
    const c = new Cursor(p.payload, 1);
    const len = c.lenenc();
    return c.bad || len === null || len > p.length - 9;
  }

  private endResult(p: Packet): void {
    if (p.length < 9 && !this.deprecateEof(p)) {
      const b = p.payload;
      this.sum.warnings += b.length >= 3 ? b[1] | (b[2] << 8) : 0;
      this.next(eofStatus(b));
      return;
    }
    // The OK that ends rows (CLIENT_DEPRECATE_EOF) is a terminator, not a statement's OK.
    const ok = parseOk(p.payload, this.caps);
    if (!ok) {
      this.count('mysql.bad_ok');
      this.phase = 'done';
      return;
    }
    this.sum.warnings += ok.warnings;
    this.next(ok.status);
  }

  private row(p: Packet): void {
    const s = this.sum;
    s.rows++;
    if (s.resultSets > 1) return;
    const sample = (s.rowsSample ??= []);
    if (sample.length >= MAX_SAMPLE_ROWS) return;
    if (this.kind === 'execute' || this.kind === 'fetch') {
      if (this.defs.length > 0) sample.push(binaryRow(p.payload, this.defs, this.total, MAX_COLUMNS));
    } else sample.push(textRow(p.payload, this.total, MAX_COLUMNS));
    if (sample.length === 0) delete s.rowsSample;
  }

  private prepDef(p: Packet, head: number): void {
    if (head === 0xfe && p.length < 9) {
      // The EOF after a group of definitions; the reply ends with the one after the columns.
      if (this.left === 0) this.phase = 'done';
      return;
    }
    // Parameter definitions come first (names like `?`); only column names are kept.
    if (this.total > 0) this.total--;
    else this.keepColumn(p.payload);
    this.left--;
    if (this.left === 0 && (this.caps === 0 ? true : (this.caps & CAP.DEPRECATE_EOF) !== 0)) this.phase = 'done';
  }

  private auth(p: Packet, head: number): void {
    if (head === 0x00) {
      this.ok(p);
      this.phase = 'done';
    } else if (head === 0xfe) {
      this.sum.authSwitch = parseAuthSwitch(p.payload);
    }
    // 0x01 AuthMoreData (caching_sha2 fast/full auth, public key): more exchange follows.
  }
}
