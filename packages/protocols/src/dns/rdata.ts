import { encodeBase64 } from '../bytes/base64.js';
import { DNS_LIMITS } from './limits.js';
import { readName } from './name.js';
import { typeName } from './names.js';
import { renderSvcParams } from './svcb.js';

/** A field of rdata that does not fit its type: the record falls back to RFC 3597 hex. */
export class RdataError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'RdataError';
  }
}

/** A bounds-checked cursor over one record's rdata, `msg[start, end)`; names may point anywhere in `msg`. */
export class Rdata {
  o: number;
  constructor(readonly msg: Uint8Array, start: number, readonly end: number) {
    this.o = start;
  }
  get left(): number {
    return this.end - this.o;
  }
  need(n: number): void {
    if (this.o + n > this.end) throw new RdataError('short_rdata');
  }
  u8(): number {
    this.need(1);
    return this.msg[this.o++];
  }
  u16(): number {
    this.need(2);
    const v = (this.msg[this.o] << 8) | this.msg[this.o + 1];
    this.o += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const m = this.msg;
    const v = ((m[this.o] << 24) | (m[this.o + 1] << 16) | (m[this.o + 2] << 8) | m[this.o + 3]) >>> 0;
    this.o += 4;
    return v;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.msg.subarray(this.o, this.o + n);
    this.o += n;
    return b;
  }
  rest(): Uint8Array {
    return this.bytes(this.left);
  }
  name(): string {
    const r = readName(this.msg.subarray(0, this.end), this.o);
    if (!r.ok) throw new RdataError(`name_${r.code}`);
    this.o = r.next;
    return r.name;
  }
  /** A <character-string>, quoted and escaped as dig prints it. */
  string(): string {
    return quote(this.bytes(this.u8()));
  }
  done(): void {
    if (this.o !== this.end) throw new RdataError('rdata_length');
  }
}

export function quote(b: Uint8Array): string {
  let s = '"';
  for (const c of b) {
    if (c === 0x22 || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += '\\' + String(c).padStart(3, '0');
  }
  return s + '"';
}

export function hex(b: Uint8Array, upper = true): string {
  let s = '';
  const n = Math.min(b.length, DNS_LIMITS.maxRdataRender);
  for (let i = 0; i < n; i++) s += b[i].toString(16).padStart(2, '0');
  if (b.length > n) s += '…';
  return upper ? s.toUpperCase() : s;
}

const b64 = (b: Uint8Array): string =>
  b.length > DNS_LIMITS.maxRdataRender ? encodeBase64(b.subarray(0, DNS_LIMITS.maxRdataRender)) + '…' : encodeBase64(b);

export function ipv4(b: Uint8Array): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

/** RFC 5952 text form: lower case, longest run of zero groups (≥ 2) as `::`. */
export function ipv6(b: Uint8Array): string {
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((b[i] << 8) | b[i + 1]);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const part = (from: number, to: number) => g.slice(from, to).map((x) => x.toString(16)).join(':');
  if (best < 0) return part(0, 8);
  if (best === 0 && bestLen === 5 && g[5] === 0xffff) return `::ffff:${ipv4(b.subarray(12))}`;
  return `${part(0, best)}::${part(best + bestLen, 8)}`;
}

/** YYYYMMDDHHMMSS (RFC 4034 §3.2) from seconds since the epoch. */
function sigTime(t: number): string {
  const d = new Date(t * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** NSEC type bitmaps (RFC 4034 §4.1.2) as mnemonics. */
function typeBitmap(r: Rdata): string {
  const out: string[] = [];
  while (r.left > 0) {
    const window = r.u8();
    const len = r.u8();
    if (len < 1 || len > 32) throw new RdataError('bad_bitmap');
    const bits = r.bytes(len);
    for (let i = 0; i < len; i++) for (let j = 0; j < 8; j++) if (bits[i] & (0x80 >> j)) out.push(typeName(window * 256 + i * 8 + j));
  }
  return out.join(' ');
}

/** RFC 4648 base32hex without padding, as NSEC3 owner hashes are written (lower case, like dig). */
function base32hex(b: Uint8Array): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const x of b) {
    value = (value << 8) | x;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

const salt = (r: Rdata): string => {
  const n = r.u8();
  return n === 0 ? '-' : hex(r.bytes(n));
};

type Decoder = (r: Rdata) => string;

const nameOnly: Decoder = (r) => r.name();
const txt: Decoder = (r) => {
  const parts: string[] = [];
  while (r.left > 0) parts.push(r.string());
  return parts.join(' ');
};
const dnskey: Decoder = (r) => `${r.u16()} ${r.u8()} ${r.u8()} ${b64(r.rest())}`;
const ds: Decoder = (r) => `${r.u16()} ${r.u8()} ${r.u8()} ${hex(r.rest())}`;

/** Presentation form (as in zone files and dig) per type; unknown types use RFC 3597 `\# len hex`. */
const DECODERS: Record<number, Decoder> = {
  1: (r) => ipv4(r.bytes(4)),
  2: nameOnly,
  5: nameOnly,
  6: (r) => `${r.name()} ${r.name()} ${r.u32()} ${r.u32()} ${r.u32()} ${r.u32()} ${r.u32()}`,
  12: nameOnly,
  13: (r) => `${r.string()} ${r.string()}`,
  15: (r) => `${r.u16()} ${r.name()}`,
  16: txt,
  28: (r) => ipv6(r.bytes(16)),
  33: (r) => `${r.u16()} ${r.u16()} ${r.u16()} ${r.name()}`,
  35: (r) => `${r.u16()} ${r.u16()} ${r.string()} ${r.string()} ${r.string()} ${r.name()}`,
  39: nameOnly,
  43: ds,
  44: (r) => `${r.u8()} ${r.u8()} ${hex(r.rest())}`,
  46: (r) => {
    const head = `${typeName(r.u16())} ${r.u8()} ${r.u8()} ${r.u32()} ${sigTime(r.u32())} ${sigTime(r.u32())} ${r.u16()}`;
    return `${head} ${r.name()} ${b64(r.rest())}`;
  },
  47: (r) => `${r.name()} ${typeBitmap(r)}`.trimEnd(),
  48: dnskey,
  50: (r) => {
    const head = `${r.u8()} ${r.u8()} ${r.u16()} ${salt(r)}`;
    return `${head} ${base32hex(r.bytes(r.u8())).toUpperCase()} ${typeBitmap(r)}`.trimEnd();
  },
  51: (r) => `${r.u8()} ${r.u8()} ${r.u16()} ${salt(r)}`,
  59: ds,
  60: dnskey,
  64: (r) => `${r.u16()} ${r.name()}${renderSvcParams(r)}`,
  65: (r) => `${r.u16()} ${r.name()}${renderSvcParams(r)}`,
  99: txt,
  257: (r) => {
    const flags = r.u8();
    const tag = r.bytes(r.u8());
    return `${flags} ${String.fromCharCode(...tag)} ${quote(r.rest())}`;
  },
};

export interface RdataResult {
  data: string;
  /** Why the typed decode failed (the data is then RFC 3597 hex). */
  error?: string;
}

/**
 * Decodes rdata `msg[start, end)` of `type`; never throws. Empty rdata is valid for class ANY and
 * NONE (dynamic update deletions, RFC 2136 §2.5): pass `emptyOk` then.
 */
export function decodeRdata(msg: Uint8Array, type: number, start: number, end: number, emptyOk = false): RdataResult {
  if (start === end && emptyOk) return { data: '' };
  const decoder = DECODERS[type];
  const generic = (): string => `\\# ${end - start}${end > start ? ' ' + hex(msg.subarray(start, end)) : ''}`;
  if (!decoder) return { data: generic() };
  try {
    const r = new Rdata(msg, start, end);
    const data = decoder(r);
    r.done();
    return { data };
  } catch (e) {
    return { data: generic(), error: e instanceof RdataError ? e.code : 'rdata' };
  }
}
