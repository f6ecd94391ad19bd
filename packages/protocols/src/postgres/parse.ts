// Pure decoders of PostgreSQL v3 wire messages (CONVENTIONS §2). Framing: a typed message is
// `type:u8 length:i32 body` (length counts itself, not the type byte); the startup family
// (StartupMessage, SSLRequest, GSSENCRequest, CancelRequest) is `length:i32 code:i32 …` without a
// type. Body decoders take the body (after the length) and never throw: a malformed body
// decodes to null, or to what could be read, and the caller counts it.
import { Cursor, text } from './cursor.js';
import { PG_LIMITS } from './limits.js';

export const CODE = {
  protocol3: 196608,
  ssl: 80877103,
  gssenc: 80877104,
  cancel: 80877102,
} as const;

export type FrameResult =
  | { ok: true; type: number; length: number; body: Uint8Array }
  | { incomplete: true; needed: number }
  | { error: 'length' };

/** Length sanity shared with the stream: a violation means framing is lost. */
export function lengthOk(typed: boolean, length: number): boolean {
  return typed ? length >= 4 && length <= PG_LIMITS.maxMessageLength : length >= 8 && length <= PG_LIMITS.maxStartupLength;
}

/**
 * One message at `off`: `type` is 0 for the startup family; `length` is the whole wire size.
 * `body` is a view of `buf`, valid as long as `buf` is.
 */
export function frame(buf: Uint8Array, off: number, typed: boolean): FrameResult {
  const head = typed ? 5 : 4;
  if (buf.length - off < head) return { incomplete: true, needed: head - (buf.length - off) };
  const p = typed ? off + 1 : off;
  const len = ((buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3]) >>> 0;
  if (!lengthOk(typed, len)) return { error: 'length' };
  const total = len + (typed ? 1 : 0);
  if (buf.length - off < total) return { incomplete: true, needed: total - (buf.length - off) };
  return { ok: true, type: typed ? buf[off] : 0, length: total, body: buf.subarray(p + 4, off + total) };
}

// ---- frontend (client → server) -----------------------------------------------------------

export interface Startup {
  /** Protocol code: 196608 (3.0) for a StartupMessage, or one of the request codes. */
  code: number;
  params: Record<string, string>;
  /** CancelRequest only. */
  pid?: number;
}

/** Body of an untyped message (the code first). */
export function decodeStartup(body: Uint8Array): Startup | null {
  const c = new Cursor(body);
  const code = c.i32() >>> 0;
  if (c.bad) return null;
  if (code === CODE.cancel) {
    const pid = c.i32();
    return c.bad ? null : { code, params: {}, pid };
  }
  const params: Record<string, string> = {};
  if (code >>> 16 === 3) {
    while (c.left > 1) {
      const k = c.cstr();
      const v = c.cstr();
      if (c.bad) return null;
      params[k] = v;
    }
  }
  return { code, params };
}

/** A Query's text; a body cut at the kept bound has no NUL: its text so far. */
export function decodeQuery(body: Uint8Array): string {
  const end = body.indexOf(0);
  return text(end < 0 ? body : body.subarray(0, end));
}

export interface ParseMsg {
  name: string;
  query: string;
  paramTypes: number[];
}

export function decodeParse(body: Uint8Array): ParseMsg | null {
  const c = new Cursor(body);
  const name = c.cstr();
  const query = c.cstr();
  const n = c.i16();
  const paramTypes: number[] = [];
  for (let i = 0; i < n && !c.bad; i++) paramTypes.push(c.i32() >>> 0);
  return c.bad ? null : { name, query, paramTypes };
}

export interface BindMsg {
  portal: string;
  statement: string;
  parameters: (string | null)[];
  /** More parameters were sent than kept. */
  cut: boolean;
}

export function decodeBind(body: Uint8Array): BindMsg | null {
  const c = new Cursor(body);
  const portal = c.cstr();
  const statement = c.cstr();
  const nf = c.i16();
  const formats: number[] = [];
  for (let i = 0; i < nf && !c.bad; i++) formats.push(c.i16());
  const n = c.i16();
  const parameters: (string | null)[] = [];
  for (let i = 0; i < n && !c.bad; i++) {
    const len = c.i32();
    if (len === -1) {
      if (i < PG_LIMITS.maxParameters) parameters.push(null);
      continue;
    }
    const v = c.bytes(len);
    const fmt = formats.length === 0 ? 0 : formats.length === 1 ? formats[0] : (formats[i] ?? 0);
    if (i < PG_LIMITS.maxParameters) parameters.push(formatValue(v, fmt));
  }
  if (c.bad || n < 0) return null;
  return { portal, statement, parameters, cut: n > PG_LIMITS.maxParameters };
}

export interface Target {
  /** 'S' prepared statement, 'P' portal. */
  kind: string;
  name: string;
}

/** Describe and Close share one body. */
export function decodeTarget(body: Uint8Array): Target | null {
  const c = new Cursor(body);
  const kind = String.fromCharCode(c.u8());
  const name = c.cstr();
  return c.bad || (kind !== 'S' && kind !== 'P') ? null : { kind, name };
}

export function decodeExecute(body: Uint8Array): { portal: string; maxRows: number } | null {
  const c = new Cursor(body);
  const portal = c.cstr();
  const maxRows = c.i32();
  return c.bad ? null : { portal, maxRows };
}

// ---- backend (server → client) ------------------------------------------------------------

export const AUTH_NAMES: Readonly<Record<number, string>> = {
  0: 'ok',
  2: 'kerberos',
  3: 'cleartext',
  5: 'md5',
  7: 'gss',
  8: 'gss-continue',
  9: 'sspi',
  10: 'sasl',
  11: 'sasl-continue',
  12: 'sasl-final',
};

export function decodeAuth(body: Uint8Array): { code: number; mechanisms?: string[] } | null {
  const c = new Cursor(body);
  const code = c.i32();
  if (c.bad) return null;
  if (code !== 10) return { code };
  const mechanisms: string[] = [];
  while (c.left > 1 && !c.bad) mechanisms.push(c.cstr());
  return c.bad ? null : { code, mechanisms };
}

export function decodeParameterStatus(body: Uint8Array): { name: string; value: string } | null {
  const c = new Cursor(body);
  const name = c.cstr();
  const value = c.cstr();
  return c.bad ? null : { name, value };
}

/** ErrorResponse / NoticeResponse: field code → value (S severity, V non-localized, C SQLSTATE, M, D, H…). */
export function decodeFields(body: Uint8Array): Record<string, string> | null {
  const c = new Cursor(body);
  const out: Record<string, string> = {};
  for (;;) {
    const code = c.u8();
    if (c.bad) return null;
    if (code === 0) return out;
    out[String.fromCharCode(code)] = c.cstr();
    if (c.bad) return null;
  }
}

export interface RowDescription {
  names: string[];
  formats: number[];
}

export function decodeRowDescription(body: Uint8Array): RowDescription | null {
  const c = new Cursor(body);
  const n = c.i16();
  const names: string[] = [];
  const formats: number[] = [];
  for (let i = 0; i < n && !c.bad; i++) {
    const name = c.cstr();
    c.bytes(16); // table oid, column attnum, type oid, type size, type modifier
    const fmt = c.i16();
    if (i < PG_LIMITS.maxColumns) {
      names.push(name);
      formats.push(fmt);
    }
  }
  return c.bad || n < 0 ? null : { names, formats };
}

/** A DataRow's values as text (binary columns as `\x` hex), bounded. */
export function decodeDataRow(body: Uint8Array, formats: readonly number[]): (string | null)[] | null {
  const c = new Cursor(body);
  const n = c.i16();
  const out: (string | null)[] = [];
  for (let i = 0; i < n && !c.bad; i++) {
    const len = c.i32();
    const v = len === -1 ? null : c.bytes(len);
    if (i < PG_LIMITS.maxColumns) out.push(v === null ? null : formatValue(v, formats[i] ?? 0));
  }
  return c.bad || n < 0 ? null : out;
}

/** A CommandComplete tag and the row count it carries (INSERT oid rows, SELECT/UPDATE/… rows). */
export function decodeCommandTag(body: Uint8Array): { tag: string; rows?: number } {
  const tag = new Cursor(body).cstr();
  const m = /^(?:INSERT \d+|SELECT|UPDATE|DELETE|MERGE|COPY|FETCH|MOVE) (\d+)$/.exec(tag);
  return m ? { tag, rows: Number(m[1]) } : { tag };
}

export function decodeNotification(body: Uint8Array): { pid: number; channel: string; payload: string } | null {
  const c = new Cursor(body);
  const pid = c.i32();
  const channel = c.cstr();
  const payload = c.cstr();
  return c.bad ? null : { pid, channel, payload };
}

/** CopyIn/CopyOut/CopyBoth response: overall format (0 text, 1 binary) and column count. */
export function decodeCopyResponse(body: Uint8Array): { format: number; columns: number } | null {
  const c = new Cursor(body);
  const format = c.u8();
  const columns = c.i16();
  return c.bad ? null : { format, columns };
}

/** Backend key data: the pid only (the secret key is a credential: never kept). */
export function decodeBackendKey(body: Uint8Array): number | null {
  const c = new Cursor(body);
  const pid = c.i32();
  return c.bad ? null : pid;
}

// ---- values -------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

/** Text format (0) as text, cut at maxValueChars; binary (1) as `\x` hex of at most as many bytes. */
export function formatValue(v: Uint8Array, format: number): string {
  const max = PG_LIMITS.maxValueChars;
  if (format === 0) {
    const s = text(v.length > max * 4 ? v.subarray(0, max * 4) : v);
    return s.length > max ? `${s.slice(0, max)}…` : s;
  }
  let out = '\\x';
  const n = Math.min(v.length, max / 2);
  for (let i = 0; i < n; i++) out += HEX[v[i] >> 4] + HEX[v[i] & 15];
  return n < v.length ? `${out}…` : out;
}

/** The first SQL keyword (shared with MySQL). */
export { sqlKeyword as sqlVerb } from '../sql/text.js';
