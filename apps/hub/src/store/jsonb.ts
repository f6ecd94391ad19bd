/**
 * JSON text → SQLite JSONB (https://sqlite.org/jsonb.html), in JS, byte for byte what SQLite's
 * `jsonb()` makes of the same text (jsonb.test.ts compares the two on fixtures and random values).
 *
 * Why not `jsonb(?)` in the INSERT: a statement that calls a function which may fail and writes
 * several rows gets a statement journal from SQLite (a copy of every page it touches), which made
 * multi-row INSERTs dearer per row than single-row ones. With the blob made here the insert has no
 * function, multi-row statements pay (writer thread ~20 → ~15.5 µs an entry), and the blob
 * crosses to the writer thread as a transferred buffer instead of a copied string.
 *
 * The input is text `JSON.parse` has accepted (strict JSON): this translates, it does not
 * validate (what is not JSON throws `JsonbError` where it shows, but some of it translates). The
 * text is written out as UTF-8 once (one native call) and translated byte by byte in one loop
 * with its own stack: ~2.5 µs for a 700-byte entry, where a recursive walk over the string's
 * characters took ~5.5.
 *
 * Each element is a header (type in the low nibble, payload size in the high nibble or in 1, 2 or
 * 4 bytes after it, always the smallest form) and a payload: strings and numbers keep their JSON
 * text (escapes included), containers hold their elements.
 */

const NULL = 0x0;
const TRUE = 0x1;
const FALSE = 0x2;
const INT = 0x3;
const FLOAT = 0x5;
/** A string whose JSON text has no escapes. */
const TEXT = 0x7;
/** A string whose JSON text has RFC 8259 escapes (kept as they are). */
const TEXTJ = 0x8;
const ARRAY = 0xb;
const OBJECT = 0xc;

/** SQLite's own limit (JSON_MAX_DEPTH): `jsonb()` refuses deeper text, and so does this. */
export const JSONB_MAX_DEPTH = 1000;

/** A container's header is reserved at its largest (5 bytes) and shrunk once its size is known. */
const RESERVED = 5;

export class JsonbError extends Error {
  override readonly name = 'JsonbError';
}

/**
 * Appends the JSONB of JSON texts to one growing buffer (`bytes()`), one value per `append`.
 */
export class JsonbWriter {
  private out: Buffer;
  private pos = 0;
  /** The text being translated, as UTF-8. */
  private src: Buffer = Buffer.allocUnsafe(4096);
  /** Open containers: where each one's reserved header starts, and its type. */
  private readonly starts = new Int32Array(JSONB_MAX_DEPTH + 1);
  private readonly types = new Uint8Array(JSONB_MAX_DEPTH + 1);

  constructor(initialBytes = 64 * 1024) {
    // Never from Node's shared pool: the buffer is moved to the writer thread whole.
    this.out = Buffer.allocUnsafeSlow(Math.max(64, initialBytes));
  }

  /** The bytes written so far (a view of the buffer). */
  bytes(): Uint8Array {
    return this.out.subarray(0, this.pos);
  }

  get length(): number {
    return this.pos;
  }

  /**
   * Appends the JSONB of `json` (one JSON value, whitespace around it allowed); returns its byte
   * length. On a `JsonbError` (nesting beyond `JSONB_MAX_DEPTH`, text that is not JSON) nothing
   * is appended.
   */
  append(json: string): number {
    // UTF-8 is never more than 3 bytes per UTF-16 unit; see translate() for the output's bound.
    if (this.src.length < json.length * 3) this.src = Buffer.allocUnsafe(json.length * 3 + 1024);
    const n = this.src.write(json, 0, 'utf8');
    this.reserve(n + MAX_AHEAD);
    const end = translate(this.src, n, this.out, this.pos, this.starts, this.types);
    const size = end - this.pos;
    this.pos = end;
    return size;
  }

  /** Room for `n` more bytes past `pos` (translate() writes within that bound). */
  private reserve(n: number): void {
    if (this.pos + n <= this.out.length) return;
    const next = Buffer.allocUnsafeSlow(Math.max(this.out.length * 2, this.pos + n));
    this.out.copy(next, 0, 0, this.pos);
    this.out = next;
  }
}

/**
 * How far the output may run ahead of the input: a string or number's header is no longer than
 * its quotes or its text, but each open container's reserved header is 4 bytes longer than its
 * bracket until it closes.
 */
const MAX_AHEAD = 4 * JSONB_MAX_DEPTH + 8;

/**
 * Translates `src[0..n)` into `out` from `o` (with `n + MAX_AHEAD` bytes of room); returns where
 * it ended. One loop, no recursion: `starts`/`types` hold the open containers.
 */
function translate(src: Uint8Array, n: number, out: Uint8Array, o: number, starts: Int32Array, types: Uint8Array): number {
  let depth = 0;
  let i = 0;
  let values = 0;
  while (i < n) {
    const c = src[i] as number;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x3a) {
      // Whitespace, and the separators JSONB does without (the text was parsed: they sit right).
      i++;
      continue;
    }
    if (depth === 0 && values > 0) throw new JsonbError(`unexpected text at ${i}`);
    if (c === 0x22) {
      o = string(src, i + 1, n, out, o);
      i = stringEnd;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth >= JSONB_MAX_DEPTH) throw new JsonbError(`nested deeper than ${JSONB_MAX_DEPTH}`);
      starts[depth] = o;
      types[depth] = c === 0x7b ? OBJECT : ARRAY;
      depth++;
      o += RESERVED;
      i++;
      continue;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0 || types[depth - 1] !== (c === 0x7d ? OBJECT : ARRAY)) throw new JsonbError(`unexpected '${String.fromCharCode(c)}' at ${i}`);
      depth--;
      o = close(out, starts[depth] as number, o, types[depth] as number);
      i++;
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      // true, false, null (JSON.parse checked the spelling).
      out[o++] = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
      i += c === 0x66 ? 5 : 4;
      if (i > n) throw new JsonbError('truncated literal');
    } else {
      // A number: INT unless it has a fraction or an exponent; its text is the payload.
      const from = i;
      let float = false;
      let digits = false;
      for (; i < n; i++) {
        const d = src[i] as number;
        if (d >= 0x30 && d <= 0x39) digits = true;
        else if (d === 0x2e || d === 0x65 || d === 0x45) float = true;
        else if (d !== 0x2d && d !== 0x2b) break;
      }
      if (!digits) throw new JsonbError(`unexpected character at ${from}`);
      o = element(out, o, float ? FLOAT : INT, src, from, i);
    }
    if (depth === 0) values++;
  }
  if (depth > 0 || values !== 1) throw new JsonbError(depth > 0 ? 'unterminated container' : 'no value');
  return o;
}

/** Where the last string read by `string()` ended (past its closing quote). */
let stringEnd = 0;

/** Bytes of a string copied in the byte loop; the rest of a longer one is found and copied natively. */
const SHORT_STRING = 48;

/**
 * Writes the string whose payload starts at `src[from]`: found and copied in one pass, the payload
 * placed after a 1-byte header (strings of up to 11 bytes, most names) and moved once if longer.
 * Sets `stringEnd`; returns the output position after it.
 */
function string(src: Uint8Array, from: number, n: number, out: Uint8Array, o: number): number {
  let p = o + 1;
  let j = from;
  let escaped = false;
  const short = Math.min(n, from + SHORT_STRING);
  let d = 0;
  while (j < short && (d = src[j] as number) !== 0x22) {
    out[p++] = d;
    j++;
    if (d === 0x5c) {
      // The escaped byte (a quote included) goes with its backslash.
      escaped = true;
      out[p++] = src[j++] as number;
    }
  }
  if (j >= short || d !== 0x22) {
    // A long string: the rest up to the first quote not escaped, found and copied natively.
    let end = j;
    for (;;) {
      end = indexOf(src, 0x22, end, n);
      let slashes = 0;
      while (src[end - 1 - slashes] === 0x5c && end - 1 - slashes >= from) slashes++;
      if (slashes % 2 === 0) break;
      end++;
    }
    if (!escaped && indexOf(src, 0x5c, from, end) < end) escaped = true;
    out.set(src.subarray(j, end), p);
    p += end - j;
    j = end;
  }
  stringEnd = j + 1;
  const size = p - (o + 1);
  const type = escaped ? TEXTJ : TEXT;
  if (size <= 11) {
    out[o] = (size << 4) | type;
    return p;
  }
  const headerBytes = size <= 0xff ? 2 : size <= 0xffff ? 3 : 5;
  move(out, o + 1, p, o + headerBytes);
  header(out, o, type, size);
  return o + headerBytes + size;
}

/** `out.copyWithin(to, from, end)`, in a loop for short runs (a native call costs more there). */
function move(out: Uint8Array, from: number, end: number, to: number): void {
  const n = end - from;
  if (n > 64) {
    out.copyWithin(to, from, end);
    return;
  }
  if (to < from) for (let k = 0; k < n; k++) out[to + k] = out[from + k] as number;
  else for (let k = n - 1; k >= 0; k--) out[to + k] = out[from + k] as number;
}

/** `src.indexOf(byte, from)` within `[from, end)`; `end` when absent (throws past the text). */
function indexOf(src: Uint8Array, byte: number, from: number, end: number): number {
  const at = src.indexOf(byte, from);
  if (at < 0 || at >= end) {
    if (byte === 0x22) throw new JsonbError('unterminated string');
    return end;
  }
  return at;
}

/** Writes a scalar element: its header, then `src[from..to)` as the payload. */
function element(out: Uint8Array, o: number, type: number, src: Uint8Array, from: number, to: number): number {
  const size = to - from;
  o = header(out, o, type, size);
  // Short payloads (most names and values) are cheaper copied here than through a native call.
  if (size <= 24) for (let k = from; k < to; k++) out[o++] = src[k] as number;
  else {
    out.set(src.subarray(from, to), o);
    o += size;
  }
  return o;
}

/** Writes a header in its smallest form at `o`; returns where the payload starts. */
function header(out: Uint8Array, o: number, type: number, size: number): number {
  if (size <= 11) out[o++] = (size << 4) | type;
  else if (size <= 0xff) {
    out[o++] = 0xc0 | type;
    out[o++] = size;
  } else if (size <= 0xffff) {
    out[o++] = 0xd0 | type;
    out[o++] = size >>> 8;
    out[o++] = size & 0xff;
  } else {
    out[o++] = 0xe0 | type;
    out[o++] = size >>> 24;
    out[o++] = (size >>> 16) & 0xff;
    out[o++] = (size >>> 8) & 0xff;
    out[o++] = size & 0xff;
  }
  return o;
}

/** Closes a container whose header was reserved at `start`: smallest header, payload moved back to meet it. */
function close(out: Uint8Array, start: number, end: number, type: number): number {
  const payload = start + RESERVED;
  const size = end - payload;
  const headerBytes = size <= 11 ? 1 : size <= 0xff ? 2 : size <= 0xffff ? 3 : 5;
  if (headerBytes < RESERVED) move(out, payload, end, start + headerBytes);
  header(out, start, type, size);
  return start + headerBytes + size;
}
