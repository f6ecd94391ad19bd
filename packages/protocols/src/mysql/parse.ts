// Pure decoders of the handshake and generic response packets (payloads without their 4-byte
// header). Each returns null when the payload is not that message; a well-framed packet with a
// bad field still decodes what it can. Auth responses are skipped, never returned.
import { CAP } from './constants.js';
import { MAX_ATTRIBUTES, MAX_VALUE_CHARS } from './limits.js';
import { Cursor, clip } from './wire.js';

export interface Greeting {
  protocol: number;
  serverVersion: string;
  connectionId: number;
  /** The lower 32 capability bits. */
  capabilities: number;
  /** MariaDB's extended capabilities (0 for MySQL). */
  mariadbCapabilities: number;
  charset: number;
  status: number;
  authPlugin?: string;
}

export function parseGreeting(p: Uint8Array): Greeting | null {
  const c = new Cursor(p);
  if (c.u8() !== 10) return null;
  const serverVersion = c.cstr();
  const connectionId = c.u32();
  c.skip(8 + 1);
  let capabilities = c.u16();
  if (c.bad) return null;
  const g: Greeting = { protocol: 10, serverVersion, connectionId, capabilities, mariadbCapabilities: 0, charset: 0, status: 0 };
  if (c.left === 0) return g;
  g.charset = c.u8();
  g.status = c.u16();
  capabilities = (capabilities | (c.u16() << 16)) >>> 0;
  g.capabilities = capabilities;
  const authLen = c.u8();
  c.skip(6);
  const ext = c.u32();
  // MariaDB clears CLIENT_MYSQL (bit 0) to say the last 4 reserved bytes are its extended capabilities.
  if (!(capabilities & CAP.LONG_PASSWORD)) g.mariadbCapabilities = ext;
  if (capabilities & CAP.SECURE_CONNECTION) c.skip(Math.max(13, authLen - 8));
  if (capabilities & CAP.PLUGIN_AUTH && c.left > 0) g.authPlugin = c.cstr();
  return g;
}

export interface Login {
  capabilities: number;
  mariadbCapabilities: number;
  charset: number;
  /** An SSLRequest: the rest of the connection is TLS. */
  ssl: boolean;
  user?: string;
  database?: string;
  authPlugin?: string;
  attributes?: Record<string, string>;
}

/** HandshakeResponse41 (or 320), or an SSLRequest. The auth response is skipped. */
export function parseLogin(p: Uint8Array): Login | null {
  const c = new Cursor(p);
  const low = c.u16();
  if (c.bad) return null;
  if (!(low & CAP.PROTOCOL_41)) {
    // HandshakeResponse320: caps(2) max-packet(3) user NUL auth…
    c.skip(3);
    const user = c.cstr();
    return c.bad ? null : { capabilities: low, mariadbCapabilities: 0, charset: 0, ssl: false, user };
  }
  const capabilities = (low | (c.u16() << 16)) >>> 0;
  c.skip(4);
  const charset = c.u8();
  c.skip(19);
  const ext = c.u32();
  if (c.bad) return null;
  const login: Login = { capabilities, mariadbCapabilities: capabilities & CAP.LONG_PASSWORD ? 0 : ext, charset, ssl: false };
  if (c.left === 0) {
    login.ssl = (capabilities & CAP.SSL) !== 0;
    return login;
  }
  login.user = c.cstr();
  skipAuth(c, capabilities);
  if (capabilities & CAP.CONNECT_WITH_DB && c.left > 0) login.database = c.cstr();
  if (capabilities & CAP.PLUGIN_AUTH && c.left > 0) login.authPlugin = c.cstr();
  if (capabilities & CAP.CONNECT_ATTRS && c.left > 0) login.attributes = attributes(c);
  return login;
}

function skipAuth(c: Cursor, caps: number): void {
  if (caps & CAP.PLUGIN_AUTH_LENENC_DATA) c.skip(c.lenenc() ?? 0);
  else if (caps & CAP.SECURE_CONNECTION) c.skip(c.u8());
  else c.cstr();
}

function attributes(c: Cursor): Record<string, string> {
  const total = c.lenenc() ?? 0;
  const end = Math.min(c.buf.length, c.pos + total);
  const out: Record<string, string> = {};
  let n = 0;
  while (c.pos < end && !c.bad && n++ < MAX_ATTRIBUTES) {
    const k = c.lenencStr();
    const v = c.lenencStr();
    if (!c.bad) out[clip(k, MAX_VALUE_CHARS)] = clip(v, MAX_VALUE_CHARS);
  }
  return out;
}

export interface ChangeUser {
  user: string;
  database?: string;
  authPlugin?: string;
}

/** COM_CHANGE_USER (after the command byte). The auth response is skipped. */
export function parseChangeUser(p: Uint8Array, caps: number): ChangeUser {
  const c = new Cursor(p, 1);
  const user = c.cstr();
  if (caps & CAP.SECURE_CONNECTION || caps === 0) c.skip(c.u8());
  else c.cstr();
  const out: ChangeUser = { user };
  if (c.left > 0) out.database = c.cstr();
  if (c.left >= 2) {
    c.skip(2);
    if (c.left > 0) out.authPlugin = c.cstr();
  }
  return out;
}

export interface Ok {
  affectedRows: number;
  lastInsertId: number;
  status: number;
  warnings: number;
  info?: string;
}

/** OK packet (header 0x00, or 0xfe when it ends a result set with CLIENT_DEPRECATE_EOF). */
export function parseOk(p: Uint8Array, caps: number): Ok | null {
  const c = new Cursor(p, 1);
  const affectedRows = c.lenenc() ?? 0;
  const lastInsertId = c.lenenc() ?? 0;
  const status = c.u16();
  const warnings = c.u16();
  if (c.bad) return null;
  const ok: Ok = { affectedRows, lastInsertId, status, warnings };
  if (c.left > 0) {
    let info: string;
    if (caps & CAP.SESSION_TRACK || caps === 0) {
      // lenenc info; with unknown capabilities, a length that does not fit means string<EOF>.
      const save = c.pos;
      info = c.lenencStr();
      if (c.bad) {
        c.bad = false;
        c.pos = save;
        info = c.rest();
      }
    } else info = c.rest();
    if (info !== '') ok.info = clip(info, MAX_VALUE_CHARS * 4);
  }
  return ok;
}

export interface Err {
  code: number;
  sqlState?: string;
  message: string;
}

export function parseErr(p: Uint8Array): Err | null {
  const c = new Cursor(p);
  if (c.u8() !== 0xff) return null;
  const code = c.u16();
  if (c.bad) return null;
  const err: Err = { code, message: '' };
  if (c.left >= 6 && p[c.pos] === 0x23) {
    c.skip(1);
    err.sqlState = String.fromCharCode(...c.bytes(5));
  }
  err.message = clip(c.rest(), MAX_VALUE_CHARS * 4);
  return err;
}

/** EOF packet: 0xfe, warnings(2), status(2). */
export function isEof(p: Uint8Array, length: number): boolean {
  return p.length > 0 && p[0] === 0xfe && length < 9;
}

export function eofStatus(p: Uint8Array): number {
  return p.length >= 5 ? p[3] | (p[4] << 8) : 0;
}

export interface ColumnDef {
  name: string;
  type: number;
  flags: number;
}

/** ColumnDefinition41 (MariaDB's extended metadata tolerated). */
export function parseColumn(p: Uint8Array): ColumnDef | null {
  const c = new Cursor(p);
  for (let i = 0; i < 4; i++) c.skip(c.lenenc() ?? 0); // catalog, schema, table, org_table
  const name = c.lenencStr();
  c.skip(c.lenenc() ?? 0); // org_name
  let fixed = c.lenenc() ?? 0;
  if (fixed !== 0x0c && c.left > 12) {
    // MariaDB extended metadata came first: skip it, then the fixed-length fields' length.
    c.skip(fixed);
    fixed = c.lenenc() ?? 0;
  }
  c.skip(2 + 4); // charset, column length
  const type = c.u8();
  const flags = c.u16();
  return c.bad ? null : { name: clip(name, MAX_VALUE_CHARS), type, flags };
}

export interface PrepareOk {
  statementId: number;
  columns: number;
  params: number;
  warnings: number;
}

export function parsePrepareOk(p: Uint8Array): PrepareOk | null {
  const c = new Cursor(p);
  if (c.u8() !== 0) return null;
  const statementId = c.u32();
  const columns = c.u16();
  const params = c.u16();
  c.skip(1);
  const warnings = c.left >= 2 ? c.u16() : 0;
  return c.bad ? null : { statementId, columns, params, warnings };
}

/** AuthSwitchRequest (0xfe plugin NUL data): the plugin name. */
export function parseAuthSwitch(p: Uint8Array): string {
  const c = new Cursor(p, 1);
  return clip(c.cstr(), MAX_VALUE_CHARS);
}
