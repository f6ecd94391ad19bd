// Content-based detection (never by port), strict because it runs on every stream: a client
// startup-family message (length + protocol 3.x / SSLRequest / GSSENCRequest / CancelRequest), a
// client mid-stream Query/Parse/Bind whose body decodes exactly, or server messages whose bodies
// decode exactly (authentication, ErrorResponse with a SQLSTATE, RowDescription, CommandComplete…).
// The same probes find the next message start after a gap.
import type { DetectResult } from '../engine/types.js';
import { Cursor } from './cursor.js';
import { CODE, decodeStartup, sqlVerb } from './parse.js';

export type Probe = 'yes' | 'more' | 'no';

/** Largest message we wait for during detection (a longer first message is not detected). */
const MAX_DETECT_MESSAGE = 16 << 10;
/** Sanity bound on the lengths of the messages that follow the first one. */
const MAX_FOLLOWING = 64 << 20;

const FRONTEND = new Set('QPBESDCHXFdcfp'.split('').map((c) => c.charCodeAt(0)));
const BACKEND = new Set('RSKZTDCEN123ntIsGHWdcAVv'.split('').map((c) => c.charCodeAt(0)));
const ch = (c: string): number => c.charCodeAt(0);

const u32 = (b: Uint8Array, o: number): number => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;

/** Bytes of a SQL text: printable, tabs and line breaks, UTF-8. */
function sqlText(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d) return false;
    if (x === 0x7f) return false;
  }
  return true;
}

/** A startup-family message at the start of `b`. */
export function probeStartup(b: Uint8Array): Probe {
  if (b.length < 4) return b[0] === 0 && (b.length < 2 || b[1] === 0) ? 'more' : 'no';
  const len = u32(b, 0);
  if (len < 8 || len > 10_000) return 'no';
  if (b.length < 8) return 'more';
  const code = u32(b, 4);
  if (code === CODE.ssl || code === CODE.gssenc) return len === 8 ? 'yes' : 'no';
  if (code === CODE.cancel) return len === 16 ? 'yes' : 'no';
  if (code >>> 16 !== 3 || (code & 0xffff) > 2) return 'no';
  // Key/value pairs: printable bytes and NULs only.
  const end = Math.min(b.length, len);
  for (let i = 8; i < end; i++) if (b[i] !== 0 && !(b[i] >= 0x20 && b[i] !== 0x7f)) return 'no';
  if (b.length < len) return len > MAX_DETECT_MESSAGE ? 'no' : 'more';
  if (b[len - 1] !== 0) return 'no';
  const s = decodeStartup(b.subarray(4, len));
  return s && 'user' in s.params ? 'yes' : 'no';
}

type Check = (c: Cursor) => boolean;

const CLIENT_FIRST: Record<number, Check> = {
  [ch('Q')]: (c) => {
    const body = c.buf;
    if (body.length < 2 || body[body.length - 1] !== 0 || !sqlText(body.subarray(0, body.length - 1))) return false;
    return sqlVerb(c.cstr()) !== '';
  },
  [ch('P')]: (c) => {
    c.cstr();
    const q = c.cstr();
    const n = c.i16();
    c.bytes(n * 4);
    return !c.bad && n >= 0 && sqlVerb(q) !== '';
  },
  [ch('B')]: (c) => {
    c.cstr();
    c.cstr();
    const nf = c.i16();
    for (let i = 0; i < nf && !c.bad; i++) {
      const f = c.i16();
      if (f !== 0 && f !== 1) return false;
    }
    const n = c.i16();
    for (let i = 0; i < n && !c.bad; i++) {
      const len = c.i32();
      if (len !== -1) c.bytes(len);
    }
    const nr = c.i16();
    for (let i = 0; i < nr && !c.bad; i++) {
      const f = c.i16();
      if (f !== 0 && f !== 1) return false;
    }
    return !c.bad && nf >= 0 && n >= 0 && nr >= 0;
  },
};

const fixed = (n: number): Check => (c) => c.buf.length === n;

const SERVER_FIRST: Record<number, Check> = {
  [ch('R')]: (c) => {
    const code = c.i32();
    if (code === 0 || code === 3 || code === 7 || code === 9) return c.left === 0;
    if (code === 5) return c.left === 4;
    if (code === 10) {
      let n = 0;
      while (c.left > 1 && !c.bad) {
        if (!/^[A-Z0-9-]+$/.test(c.cstr())) return false;
        n++;
      }
      return !c.bad && n > 0 && c.left === 1 && c.u8() === 0;
    }
    return code === 11 || code === 12 || code === 8 ? c.left > 0 : false;
  },
  [ch('E')]: (c) => fieldsOk(c),
  [ch('N')]: (c) => fieldsOk(c),
  [ch('Z')]: (c) => c.buf.length === 1 && (c.buf[0] === ch('I') || c.buf[0] === ch('T') || c.buf[0] === ch('E')),
  [ch('C')]: (c) => {
    const body = c.buf;
    return body.length > 1 && body.indexOf(0) === body.length - 1 && /^[A-Z][A-Z ]*( \d+)*$/.test(c.cstr());
  },
  [ch('T')]: (c) => {
    const n = c.i16();
    for (let i = 0; i < n && !c.bad; i++) {
      c.cstr();
      c.bytes(16);
      const f = c.i16();
      if (f !== 0 && f !== 1) return false;
    }
    return !c.bad && n >= 0 && c.left === 0;
  },
  [ch('D')]: (c) => {
    const n = c.i16();
    for (let i = 0; i < n && !c.bad; i++) {
      const len = c.i32();
      if (len !== -1) c.bytes(len);
    }
    return !c.bad && n >= 0 && c.left === 0;
  },
  [ch('S')]: (c) => {
    const k = c.cstr();
    c.cstr();
    return !c.bad && c.left === 0 && /^[a-zA-Z_]+$/.test(k);
  },
  [ch('K')]: fixed(8),
  [ch('1')]: fixed(0),
  [ch('2')]: fixed(0),
  [ch('3')]: fixed(0),
  [ch('n')]: fixed(0),
  [ch('I')]: fixed(0),
  [ch('s')]: fixed(0),
};

/** Messages that are too short to be evidence alone: another valid message must follow. */
const WEAK = new Set('KS123nIsZ'.split('').map(ch));

function fieldsOk(c: Cursor): boolean {
  let sqlstate = false;
  let severity = false;
  for (;;) {
    const code = c.u8();
    if (c.bad) return false;
    if (code === 0) return c.left === 0 && sqlstate && severity;
    if (!/[SVCMDHPpqWstcdnFLR]/.test(String.fromCharCode(code))) return false;
    const v = c.cstr();
    if (c.bad) return false;
    if (code === ch('C')) sqlstate = /^[0-9A-Z]{5}$/.test(v);
    if (code === ch('S')) severity = /^[A-Z]+$/.test(v);
  }
}

/**
 * Typed messages from the start of `b`: the first one must be complete and pass `first`'s check,
 * every following complete one must have a known type and a sane length.
 */
function probeTyped(b: Uint8Array, first: Record<number, Check>, types: Set<number>): Probe {
  const check = first[b[0]];
  if (!check) return 'no';
  if (b.length < 5) return 'more';
  const len = u32(b, 1);
  if (len < 4 || len > MAX_DETECT_MESSAGE) return 'no';
  if (b.length < len + 1) return 'more';
  if (!check(new Cursor(b.subarray(5, len + 1)))) return 'no';
  let off = len + 1;
  let count = 1;
  while (off < b.length) {
    if (!types.has(b[off])) return 'no';
    if (b.length - off < 5) break;
    const l = u32(b, off + 1);
    if (l < 4 || l > MAX_FOLLOWING) return 'no';
    const body = b.subarray(off + 5, off + 1 + l);
    if (body.length === l - 4) {
      const c = first[b[off]];
      if (c && types === BACKEND && !c(new Cursor(body))) return 'no';
      count++;
    }
    off += l + 1;
  }
  if (types === BACKEND && WEAK.has(b[0]) && count < 2) return 'more';
  return 'yes';
}

export const probeClientTyped = (b: Uint8Array): Probe => probeTyped(b, CLIENT_FIRST, FRONTEND);
export const probeServerTyped = (b: Uint8Array): Probe => probeTyped(b, SERVER_FIRST, BACKEND);

export function detect(firstBytes: Uint8Array): DetectResult {
  const b = firstBytes;
  if (b.length === 0) return 'more';
  if (b[0] === 0) {
    const p = probeStartup(b);
    return p === 'yes' ? 'client' : p === 'more' ? 'more' : null;
  }
  const c = probeClientTyped(b);
  if (c === 'yes') return 'client';
  const s = probeServerTyped(b);
  if (s === 'yes') return 'server';
  return c === 'more' || s === 'more' ? 'more' : null;
}
