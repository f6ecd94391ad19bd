// Builds PostgreSQL wire messages for tests (the hex beside each table case is made from these).
import { concat as cat } from '../../capture/test-support/hex.js';

export { cat };

const enc = new TextEncoder();
export const i16 = (n: number): Uint8Array => Uint8Array.of((n >> 8) & 255, n & 255);
export const i32 = (n: number): Uint8Array => Uint8Array.of((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
export const cstr = (s: string): Uint8Array => cat(enc.encode(s), Uint8Array.of(0));
export const msg = (type: string, ...parts: Uint8Array[]): Uint8Array => {
  const body = cat(...parts);
  return cat(enc.encode(type), i32(body.length + 4), body);
};
export const untyped = (...parts: Uint8Array[]): Uint8Array => {
  const body = cat(...parts);
  return cat(i32(body.length + 4), body);
};
export const hex = (h: string): Uint8Array => Uint8Array.from(h.replace(/\s+/g, '').match(/../g) ?? [], (x) => parseInt(x, 16));
export const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

export const startup = (params: Record<string, string>): Uint8Array => untyped(i32(196608), ...Object.entries(params).flatMap(([k, v]) => [cstr(k), cstr(v)]), Uint8Array.of(0));
export const sslRequest = (): Uint8Array => untyped(i32(80877103));
export const query = (sql: string): Uint8Array => msg('Q', cstr(sql));
export const parse = (name: string, sql: string, types: number[] = []): Uint8Array => msg('P', cstr(name), cstr(sql), i16(types.length), ...types.map(i32));
export const bind = (portal: string, stmt: string, values: (string | null)[]): Uint8Array =>
  msg('B', cstr(portal), cstr(stmt), i16(0), i16(values.length), ...values.flatMap((v) => (v === null ? [i32(-1)] : [i32(enc.encode(v).length), enc.encode(v)])), i16(0));
export const execute = (portal = '', maxRows = 0): Uint8Array => msg('E', cstr(portal), i32(maxRows));
export const sync = (): Uint8Array => msg('S');
export const password = (pw: string): Uint8Array => msg('p', cstr(pw));

export const authOk = (): Uint8Array => msg('R', i32(0));
export const authMd5 = (): Uint8Array => msg('R', i32(5), hex('01020304'));
export const paramStatus = (k: string, v: string): Uint8Array => msg('S', cstr(k), cstr(v));
export const backendKey = (pid: number): Uint8Array => msg('K', i32(pid), i32(12345));
export const ready = (s = 'I'): Uint8Array => msg('Z', enc.encode(s));
export const rowDesc = (...names: string[]): Uint8Array => msg('T', i16(names.length), ...names.flatMap((n) => [cstr(n), i32(0), i16(0), i32(25), i16(-1), i32(-1), i16(0)]));
export const dataRow = (...vals: (string | null)[]): Uint8Array => msg('D', i16(vals.length), ...vals.flatMap((v) => (v === null ? [i32(-1)] : [i32(enc.encode(v).length), enc.encode(v)])));
export const complete = (tag: string): Uint8Array => msg('C', cstr(tag));
export const error = (code: string, message: string, severity = 'ERROR'): Uint8Array => msg('E', enc.encode('S'), cstr(severity), enc.encode('V'), cstr(severity), enc.encode('C'), cstr(code), enc.encode('M'), cstr(message), Uint8Array.of(0));
export const parseComplete = (): Uint8Array => msg('1');
export const bindComplete = (): Uint8Array => msg('2');
