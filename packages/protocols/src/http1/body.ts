// Incremental body reader: Content-Length, chunked (extensions, trailers) and close-delimited
// bodies, fed in pieces of any size. It keeps at most `limit` body bytes and counts the real
// size, the wire size and gap bytes. Kept bytes may be borrowed views into the feed's chunk
// (see `feed`): the stream detaches them before the chunk goes away.
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
  /** Some kept parts are views into a chunk that is valid only during the current feed. */
  borrowed = false;
  /** Index in `kept` of the first borrowed part (the ones before it are our own copies). */
  private firstBorrowed = 0;
  /** Set by the stream while the reader waits in its list of readers to detach. */
  listed = false;
  /** Its entry was emitted while parts were borrowed: they were dropped, not copied. */
  private stale = false;
  private line: number[] | null = null;
  private lineLen = 0;
  private trailerBytes = 0;
  /** Created by the first trailer line (most bodies have none). */
  private trailerText: string[] | null = null;

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

  /**
   * Consumes from `buf[p..)` and returns the new position; stops at the end of the body. With
   * `borrow`, body bytes are kept as views into `buf` (no copy): the caller must `detach()` or
   * `release()` the reader before `buf` becomes invalid. Most bodies are built into their entry
   * within the feed that completes them, so the copy (an ArrayBuffer allocation per body, ~6% of
   * a keep-alive HTTP/1 read) is never made.
   */
  feed(buf: Uint8Array, p: number, borrow = false): number {
    const n = buf.length;
    const start = p;
    while (p < n && this.st !== St.Done && this.error === undefined) {
      switch (this.st) {
        case St.Length:
        case St.Data: {
          const take = Math.min(this.remaining, n - p);
          // Only a piece that ends the length (or chunk) can finish the body within this feed:
          // earlier pieces are copied at once, as they would be at the end of the feed anyway.
          this.keep(buf, p, p + take, borrow && take === this.remaining);
          p += take;
          this.remaining -= take;
          if (this.remaining === 0) this.st = this.st === St.Length ? St.Done : St.DataEnd;
          break;
        }
        case St.Close:
          // A close-delimited body never ends within a feed: nothing to gain from borrowing.
          this.keep(buf, p, n, false);
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

  /** The kept bytes, joined (a borrowed view while the feed that kept them runs). */
  bytes(): Uint8Array {
    if (this.stale) throw new Error('http1: body read after its borrowed bytes were released');
    if (this.kept.length === 1) return this.kept[0];
    this.join();
    return this.kept[0];
  }

  /**
   * Copies the borrowed parts into bytes of our own (the chunk they view is about to go away);
   * parts copied at an earlier detach stay as they are, so a body spread over many packets is
   * copied once, as it arrives.
   */
  detach(): void {
    if (!this.borrowed) return;
    const kept = this.kept;
    for (let i = this.firstBorrowed; i < kept.length; i++) kept[i] = copyOf(kept[i]);
    this.borrowed = false;
  }

  /**
   * Nobody reads the bytes any more (the entry is built): borrowed parts are dropped, not copied.
   * A body still being read (its entry was emitted early) keeps them, to be detached as usual.
   */
  release(): void {
    if (!this.borrowed || !(this.st === St.Done || this.cutShort)) return;
    this.kept = [];
    this.borrowed = false;
    this.stale = true;
  }

  private join(): void {
    const out = new Uint8Array(this.captured);
    let o = 0;
    for (const part of this.kept) {
      out.set(part, o);
      o += part.length;
    }
    this.kept = [out];
    this.borrowed = false;
  }

  private keep(buf: Uint8Array, s: number, e: number, borrow: boolean): void {
    const len = e - s;
    if (len <= 0) return;
    this.size += len;
    const room = this.limit - this.captured;
    if (room <= 0) return;
    const take = Math.min(room, len);
    if (borrow) {
      if (!this.borrowed) {
        this.firstBorrowed = this.kept.length;
        this.borrowed = true;
      }
      this.kept.push(buf.subarray(s, s + take));
    } else this.kept.push(buf.slice(s, s + take));
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
      (this.trailerText ??= []).push(text);
      if (this.trailerBytes > this.maxTrailerBytes) this.error = 'header-too-large';
      return;
    }
    if (this.trailerText !== null) this.trailers = parseHeaderLines(this.trailerText, 0, this.anomalies);
    this.st = St.Done;
  }
}

/** A copy in a buffer of its own (`slice` of a Node Buffer would be another view). */
function copyOf(view: Uint8Array): Uint8Array {
  const out = new Uint8Array(view.length);
  out.set(view);
  return out;
}
