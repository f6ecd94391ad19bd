// Incremental body reader: Content-Length, chunked (extensions, trailers) and close-delimited
// bodies, fed in pieces of any size. It keeps at most `limit` body bytes (copied: the chunk
// views are only valid during a feed) and counts the real size, the wire size and gap bytes.
import type { Headers } from '../entry/types.js';
import type { Framing } from './framing.js';
import { parseHeaderLines } from './parse.js';

const LF = 0x0a;
const CR = 0x0d;
/** A chunk-size line (size plus extensions) longer than this is not HTTP. */
export const MAX_CHUNK_LINE = 4096;

const St = { Length: 0, Close: 1, SizeLine: 2, Data: 3, DataEnd: 4, Trailer: 5, Done: 6 } as const;
type St = (typeof St)[keyof typeof St];

const utf8 = new TextDecoder('utf-8');

export class BodyReader {
  /** Body bytes after transfer decoding, kept or lost. */
  size = 0;
  /** Bytes of this body lost in capture gaps. */
  missing = 0;
  /** Bytes consumed on the wire (chunk framing included). */
  wire = 0;
  trailers: Headers | undefined;
  /** Set when the bytes stop making sense (bad chunk line): framing is lost. */
  error: string | undefined;
  /** Chunk-size lines with extensions (legal, rare: counted, not an anomaly). */
  chunkExtensions = 0;
  /** The body ended before its framing said it would. */
  cutShort = false;
  anomalies: string[] = [];

  private st: St;
  private remaining = 0;
  private kept: Uint8Array[] = [];
  /** Body bytes kept. */
  captured = 0;
  private line: number[] | null = null;
  private lineLen = 0;
  private trailerBytes = 0;
  private trailerText: string[] = [];

  constructor(framing: Framing, private readonly limit: number, private readonly maxTrailerBytes: number) {
    if (framing.kind === 'length') {
      this.st = St.Length;
      this.remaining = framing.length;
    } else if (framing.kind === 'chunked') this.st = St.SizeLine;
    else if (framing.kind === 'close') this.st = St.Close;
    else this.st = St.Done;
  }

  get done(): boolean {
    return this.st === St.Done;
  }

  /** Close-delimited bodies end only when the sender closes. */
  get closeDelimited(): boolean {
    return this.st === St.Close;
  }

  /** Consumes from `buf[p..)` and returns the new position; stops at the end of the body. */
  feed(buf: Uint8Array, p: number): number {
    const n = buf.length;
    const start = p;
    while (p < n && this.st !== St.Done && this.error === undefined) {
      switch (this.st) {
        case St.Length:
        case St.Data: {
          const take = Math.min(this.remaining, n - p);
          this.keep(buf, p, p + take);
          p += take;
          this.remaining -= take;
          if (this.remaining === 0) this.st = this.st === St.Length ? St.Done : St.DataEnd;
          break;
        }
        case St.Close:
          this.keep(buf, p, n);
          p = n;
          break;
        case St.DataEnd: {
          const b = buf[p];
          if (b === CR && this.lineLen === 0) {
            this.lineLen = 1;
            p++;
          } else if (b === LF) {
            this.lineLen = 0;
            this.st = St.SizeLine;
            p++;
          } else this.error = 'bad-chunk';
          break;
        }
        case St.SizeLine:
        case St.Trailer:
          p = this.readLine(buf, p);
          break;
      }
    }
    this.wire += p - start;
    return p;
  }

  /** `length` bytes were lost; true when the body stays in sync (they fell inside known data). */
  gap(length: number): boolean {
    if (this.st === St.Close || ((this.st === St.Length || this.st === St.Data) && length <= this.remaining)) {
      if (this.st !== St.Close) this.remaining -= length;
      this.size += length;
      this.missing += length;
      this.wire += length;
      if (this.remaining === 0 && this.st === St.Length) this.st = St.Done;
      else if (this.remaining === 0 && this.st === St.Data) this.st = St.DataEnd;
      return true;
    }
    return false;
  }

  /** The message was cut short; with `lostInGap`, the rest of a known length went into the gap. */
  cut(lostInGap: boolean): void {
    this.cutShort = true;
    if (lostInGap && (this.st === St.Length || this.st === St.Data)) {
      this.size += this.remaining;
      this.missing += this.remaining;
      this.remaining = 0;
    }
  }

  /** The kept bytes, joined. */
  bytes(): Uint8Array {
    if (this.kept.length === 1) return this.kept[0];
    const out = new Uint8Array(this.captured);
    let o = 0;
    for (const part of this.kept) {
      out.set(part, o);
      o += part.length;
    }
    this.kept = [out];
    return out;
  }

  private keep(buf: Uint8Array, s: number, e: number): void {
    const len = e - s;
    if (len <= 0) return;
    this.size += len;
    const room = this.limit - this.captured;
    if (room <= 0) return;
    const take = Math.min(room, len);
    this.kept.push(buf.slice(s, s + take));
    this.captured += take;
  }

  /** Collects one line (chunk size or trailer) across feeds, then acts on it. */
  private readLine(buf: Uint8Array, p: number): number {
    const lf = buf.indexOf(LF, p);
    const end = lf < 0 ? buf.length : lf;
    const max = this.st === St.SizeLine ? MAX_CHUNK_LINE : this.maxTrailerBytes;
    if (this.lineLen + (end - p) > max) {
      this.error = this.st === St.SizeLine ? 'bad-chunk' : 'header-too-large';
      return p;
    }
    if (this.line === null) this.line = [];
    for (let i = p; i < end; i++) this.line.push(buf[i]);
    this.lineLen += end - p;
    if (lf < 0) return buf.length;
    const bytes = Uint8Array.from(this.line);
    this.line = null;
    this.lineLen = 0;
    const text = utf8.decode(bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes);
    if (this.st === St.SizeLine) this.onSizeLine(text);
    else this.onTrailerLine(text);
    return lf + 1;
  }

  private onSizeLine(text: string): void {
    const semi = text.indexOf(';');
    const hex = (semi < 0 ? text : text.slice(0, semi)).trim().replace(/^0+(?=[0-9a-fA-F])/, '');
    if (!/^[0-9a-fA-F]{1,13}$/.test(hex)) {
      this.error = 'bad-chunk';
      return;
    }
    if (semi >= 0) this.chunkExtensions++;
    const size = parseInt(hex, 16);
    if (size === 0) this.st = St.Trailer;
    else {
      this.remaining = size;
      this.st = St.Data;
    }
  }

  private onTrailerLine(text: string): void {
    this.trailerBytes += text.length + 2;
    if (text !== '') {
      this.trailerText.push(text);
      if (this.trailerBytes > this.maxTrailerBytes) this.error = 'header-too-large';
      return;
    }
    if (this.trailerText.length > 0) this.trailers = parseHeaderLines(this.trailerText, 0, this.anomalies);
    this.st = St.Done;
  }
}
