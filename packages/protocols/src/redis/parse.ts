// A streaming RESP2/RESP3 decoder: bytes in, whole top-level messages out. It never buffers a
// bulk string past the kept budget (a 100 MB value is skipped byte-counted), keeps at most
// `maxElements` per aggregate and `maxNodes` per message, and declares framing lost (an error
// code) on anything that is not RESP. The client direction also reads inline commands.
import type { ChunkMeta } from '../engine/types.js';
import { MAX_AGGREGATE_COUNT, MAX_BULK_LENGTH, RESP_LIMITS, type RespLimits } from './limits.js';
import { splitInline } from './inline.js';

/** A decoded value, JSON-shaped. A nested error reply is `{ error: text }`. */
export type RespValue = string | number | boolean | null | RespValue[] | { [key: string]: RespValue };

export interface RespMessage {
  /** The RESP type byte of the value (`+`, `-`, `*`, `>`, …), or `inline` for an inline command. */
  type: string;
  value: RespValue;
  /** Text of a top-level error reply (`-` or `!`). */
  error?: string;
  /** RESP3 attributes (`|`) that came before the value. */
  attributes?: { [key: string]: RespValue };
  /** Wire bytes, attributes and framing included. */
  size: number;
  /** An inline command whose quotes do not balance (split on spaces instead). */
  malformed?: boolean;
  /** Something was not kept: a string past the byte budget, elements past the count limits. */
  truncated: boolean;
  /** Elements past the count limits were dropped (not only string bytes). */
  dropped?: boolean;
  /** The message was cut (a gap, the end of the capture) before its end. */
  partial?: boolean;
  firstTs: number;
  lastTs: number;
  /** Stream offset of the first byte, and the peer's ACK when the first byte was sent. */
  offset: number;
  peerAck: number;
}

export const ParseErrorCode = {
  badType: 'bad_type',
  badLength: 'bad_length',
  badLine: 'bad_line',
  lineTooLong: 'line_too_long',
  tooDeep: 'too_deep',
  badBulkEnd: 'bad_bulk_end',
  badInline: 'bad_inline',
} as const;
export type ParseErrorCode = (typeof ParseErrorCode)[keyof typeof ParseErrorCode];

const CR = 0x0d;
const LF = 0x0a;
const TYPE_BYTES = new Set([...'+-:$*%~>|_#,(!='].map((c) => c.charCodeAt(0)));
const latin1 = new TextDecoder('latin1');
const COMMAND_WORD = /^[A-Za-z][A-Za-z0-9_.|-]{0,63}$/;
const utf8 = new TextDecoder('utf-8');

interface Frame {
  type: string;
  /** Child values still expected (maps and attributes: 2 per pair). */
  remaining: number;
  items: RespValue[];
  dropped: boolean;
}

interface Bulk {
  type: string;
  remaining: number;
  kept: Uint8Array;
  keptLen: number;
}

export class RespDecoder {
  private line = new Uint8Array(128);
  private lineLen = 0;
  private stack: Frame[] = [];
  private bulk: Bulk | null = null;
  /** CRLF bytes still expected after a bulk payload. */
  private crlf = 0;
  private msg: RespMessage | null = null;
  private nodes = 0;
  private stringBudget = 0;
  private pendingAttr: { [key: string]: RespValue } | undefined;
  /** The top-level value of `msg` is finished. */
  private done = false;

  constructor(
    private readonly inline: boolean,
    private readonly limits: RespLimits = RESP_LIMITS,
  ) {}

  /** The half-read message as far as it went (for a connection that ended mid-message). */
  partial(): RespMessage | null {
    if (!this.msg || (this.msg.type === '' && this.stack.length === 0 && !this.bulk && this.lineLen === 0 && !this.pendingAttr)) return null;
    const bottom = this.stack[0];
    const b = this.bulk;
    const value: RespValue = bottom ? this.frameValue(bottom) : b && b.type !== '!' ? utf8.decode(b.kept.subarray(0, b.keptLen)) : null;
    return { ...this.msg, type: bottom ? bottom.type : this.msg.type, value, truncated: true, partial: true };
  }

  /**
   * A capture gap of `length` bytes: absorbed when it falls inside a bulk payload (the bytes are
   * counted, the value keeps what came before the gap); false when framing is lost.
   */
  skip(length: number): boolean {
    const b = this.bulk;
    if (!b || this.crlf > 0 || length > b.remaining) return false;
    b.remaining -= length;
    b.kept = b.kept.subarray(0, b.keptLen);
    this.msg!.size += length;
    this.msg!.truncated = true;
    if (b.remaining === 0) this.crlf = 2;
    return true;
  }

  reset(): void {
    this.lineLen = 0;
    this.stack = [];
    this.bulk = null;
    this.crlf = 0;
    this.msg = null;
    this.done = false;
    this.pendingAttr = undefined;
  }

  /**
   * Reads `bytes`; every finished message goes to `out`. With `once`, stops right after the first
   * message. Returns the bytes consumed, and the error code and index of the byte where framing
   * was lost (the decoder is then reset).
   */
  feed(bytes: Uint8Array, meta: ChunkMeta, out: (m: RespMessage) => void, once = false): { consumed: number; error?: { code: ParseErrorCode; at: number } } {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      if (!this.msg) this.begin(meta, i);
      const msg = this.msg!;
      msg.lastTs = meta.ts;
      const start = i;
      if (this.crlf > 0) {
        const want = this.crlf === 2 ? CR : LF;
        if (bytes[i] !== want) return this.fail(ParseErrorCode.badBulkEnd, i);
        this.crlf--;
        i++;
        msg.size++;
        if (this.crlf === 0) this.finishBulk();
      } else if (this.bulk) {
        i = this.readBulk(bytes, i);
        msg.size += i - start;
      } else {
        // A reply must start with a type byte: say so at once, not after waiting for a line feed
        // that binary data (another protocol on the port) may never send.
        if (this.lineLen === 0 && !this.inline && !TYPE_BYTES.has(bytes[i])) return this.fail(ParseErrorCode.badType, i);
        const lf = bytes.indexOf(LF, i);
        const end = lf < 0 ? n : lf + 1;
        if (this.lineLen + (end - i) > this.limits.maxLine) return this.fail(ParseErrorCode.lineTooLong, i);
        this.appendLine(bytes, i, end);
        i = end;
        msg.size += end - start;
        if (lf >= 0) {
          const code = this.lineDone();
          if (code) return this.fail(code, lf);
        }
      }
      if (this.done) {
        this.done = false;
        this.msg = null;
        out(msg);
        if (once) return { consumed: i };
      }
    }
    return { consumed: i };
  }

  private begin(meta: ChunkMeta, i: number): void {
    this.msg = { type: '', value: null, size: 0, truncated: false, firstTs: meta.ts, lastTs: meta.ts, offset: meta.offset + i, peerAck: meta.peerAck };
    this.nodes = 0;
    this.stringBudget = this.limits.maxStringBytes;
  }

  private fail(code: ParseErrorCode, at: number): { consumed: number; error: { code: ParseErrorCode; at: number } } {
    this.reset();
    return { consumed: at, error: { code, at } };
  }

  private appendLine(bytes: Uint8Array, s: number, e: number): void {
    const need = this.lineLen + (e - s);
    if (need > this.line.length) {
      const grown = new Uint8Array(Math.max(need, this.line.length * 2));
      grown.set(this.line.subarray(0, this.lineLen));
      this.line = grown;
    }
    this.line.set(bytes.subarray(s, e), this.lineLen);
    this.lineLen = need;
  }

  private readBulk(bytes: Uint8Array, i: number): number {
    const b = this.bulk!;
    const take = Math.min(b.remaining, bytes.length - i);
    const keep = Math.min(take, b.kept.length - b.keptLen);
    if (keep > 0) {
      b.kept.set(bytes.subarray(i, i + keep), b.keptLen);
      b.keptLen += keep;
    }
    b.remaining -= take;
    if (b.remaining === 0) this.crlf = 2;
    return i + take;
  }

  private finishBulk(): void {
    const b = this.bulk!;
    this.bulk = null;
    const text = utf8.decode(b.kept.subarray(0, b.keptLen));
    if (b.type === '!') this.leaf({ error: text }, text);
    else if (b.type === '=') this.leaf(text.length >= 4 && text[3] === ':' ? text.slice(4) : text);
    else this.leaf(text);
  }

  /** A whole line is in `line` (LF included): read its header. */
  private lineDone(): ParseErrorCode | null {
    const len = this.lineLen;
    this.lineLen = 0;
    const hasCr = len >= 2 && this.line[len - 2] === CR;
    let body = this.line.subarray(0, len - (hasCr ? 2 : 1));
    if (this.line.length > 4096) {
      // A long line grew the buffer: give the memory back (idle connections keep only 128 bytes).
      body = body.slice();
      this.line = new Uint8Array(128);
    }
    const type = String.fromCharCode(body[0] ?? 0);
    const typed = len > 1 && '+-:$*%~>|_#,(!='.includes(type) && body.length > 0;
    if (!typed) {
      if (!this.inline || this.stack.length > 0) return ParseErrorCode.badType;
      return this.inlineLine(body);
    }
    if (!hasCr) return ParseErrorCode.badLine;
    const rest = latin1.decode(body.subarray(1));
    if (this.stack.length === 0 && this.msg!.type === '') this.msg!.type = type;
    switch (type) {
      case '+':
        return this.leaf(rest);
      case '-':
        return this.leaf({ error: rest }, rest);
      case ':': {
        if (!/^[+-]?\d+$/.test(rest)) return ParseErrorCode.badLine;
        const v = Number(rest);
        return this.leaf(Number.isSafeInteger(v) ? v : rest);
      }
      case '(':
        return /^[+-]?\d+$/.test(rest) ? this.leaf(rest) : ParseErrorCode.badLine;
      case ',': {
        const v = Number(rest);
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(rest) && Number.isFinite(v)) return this.leaf(v);
        return /^[+-]?(inf|nan)$/i.test(rest) ? this.leaf(rest.toLowerCase()) : ParseErrorCode.badLine;
      }
      case '#':
        return rest === 't' ? this.leaf(true) : rest === 'f' ? this.leaf(false) : ParseErrorCode.badLine;
      case '_':
        return rest === '' ? this.leaf(null) : ParseErrorCode.badLine;
      case '$':
      case '!':
      case '=':
        return this.bulkHeader(type, rest);
      default:
        return this.aggregateHeader(type, rest);
    }
  }

  private inlineLine(body: Uint8Array): ParseErrorCode | null {
    const text = utf8.decode(body).replace(/\r$/, '');
    let args = splitInline(text);
    if (args === null) {
      // Unbalanced quotes: the line is still one command (Redis answers it with an error).
      args = text.split(/\s+/).filter(Boolean);
      this.msg!.malformed = true;
    }
    // A command name is a word; an HTTP request line or a header is another protocol.
    if (args.length > 0 && (!COMMAND_WORD.test(args[0]) || / HTTP\/\d\.\d$/.test(text))) return ParseErrorCode.badInline;
    // Redis skips empty lines (redis-cli --pipe sends one): their bytes count with the next message.
    if (args.length === 0) return null;
    this.msg!.type = 'inline';
    this.msg!.value = args;
    this.done = true;
    return null;
  }

  private bulkHeader(type: string, rest: string): ParseErrorCode | null {
    if (!/^-?\d+$/.test(rest)) return ParseErrorCode.badLength;
    const len = Number(rest);
    if (len === -1 && type === '$') return this.leaf(null);
    if (len < 0 || len > MAX_BULK_LENGTH) return ParseErrorCode.badLength;
    const keep = Math.min(len, this.stringBudget);
    if (keep < len) this.msg!.truncated = true;
    this.stringBudget -= keep;
    this.bulk = { type, remaining: len, kept: new Uint8Array(keep), keptLen: 0 };
    if (len === 0) {
      this.bulk.remaining = 0;
      this.crlf = 2;
    }
    return null;
  }

  private aggregateHeader(type: string, rest: string): ParseErrorCode | null {
    if (!/^-?\d+$/.test(rest)) return ParseErrorCode.badLength;
    const count = Number(rest);
    if (count === -1 && (type === '*' || type === '>')) return this.leaf(null);
    if (count < 0 || count > MAX_AGGREGATE_COUNT) return ParseErrorCode.badLength;
    if (this.stack.length >= this.limits.maxDepth) return ParseErrorCode.tooDeep;
    const frame: Frame = { type, remaining: type === '%' || type === '|' ? count * 2 : count, items: [], dropped: false };
    if (frame.remaining === 0) return this.complete(frame);
    this.stack.push(frame);
    return null;
  }

  /** A finished scalar (or a finished aggregate's value) for the innermost open aggregate. */
  private leaf(value: RespValue, error?: string): null {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      const msg = this.msg!;
      msg.value = value;
      if (error !== undefined) {
        msg.error = error;
        msg.value = null;
      }
      if (this.pendingAttr) msg.attributes = this.pendingAttr;
      this.pendingAttr = undefined;
      this.done = true;
      return null;
    }
    const limit = top.type === '%' || top.type === '|' ? this.limits.maxElements * 2 : this.limits.maxElements;
    if (top.items.length < limit && this.nodes < this.limits.maxNodes) {
      top.items.push(value);
      this.nodes++;
    } else {
      top.dropped = true;
      this.msg!.truncated = true;
      this.msg!.dropped = true;
    }
    top.remaining--;
    if (top.remaining === 0) {
      this.stack.pop();
      return this.complete(top);
    }
    return null;
  }

  private complete(frame: Frame): null {
    if (frame.type === '|') {
      // Attributes describe the next value and are not an element themselves: only top-level ones are kept.
      if (this.stack.length === 0) {
        this.pendingAttr = this.frameValue(frame) as { [key: string]: RespValue };
        this.msg!.type = '';
      }
      return null;
    }
    return this.leaf(this.frameValue(frame));
  }

  private frameValue(frame: Frame): RespValue {
    if (frame.type !== '%' && frame.type !== '|') return frame.items;
    const out: { [key: string]: RespValue } = {};
    for (let k = 0; k + 1 < frame.items.length; k += 2) {
      const key = frame.items[k];
      out[typeof key === 'string' ? key : JSON.stringify(key)] = frame.items[k + 1];
    }
    return out;
  }
}

export type ParseResult = { ok: true; message: RespMessage; consumed: number } | { incomplete: true; needed: number } | { error: ParseErrorCode; at: number };

/**
 * The parser contract (CONVENTIONS §2) over one buffer: the first message at `offset`, or
 * incomplete, or the framing error. `inline` accepts inline commands (client direction).
 */
export function parse(bytes: Uint8Array, offset = 0, inline = false, limits: RespLimits = RESP_LIMITS): ParseResult {
  const d = new RespDecoder(inline, limits);
  let first: RespMessage | null = null;
  const r = d.feed(bytes.subarray(offset), { ts: 0, offset: 0, peerAck: -1 }, (m) => (first = m), true);
  if (r.error) return { error: r.error.code, at: r.error.at };
  if (first) return { ok: true, message: first, consumed: r.consumed };
  return { incomplete: true, needed: 1 };
}
