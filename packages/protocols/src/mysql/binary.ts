// Values of the binary protocol (COM_STMT_EXECUTE parameters, binary result rows) and text rows.
// Numbers stay numbers (64-bit ones as strings when not exact), dates and times become text.
import { CAP, TYPE, UNSIGNED_FLAG } from './constants.js';
import { MAX_PARAMETERS, MAX_VALUE_CHARS } from './limits.js';
import type { ColumnDef } from './parse.js';
import { Cursor, clip, decodeUtf8 } from './wire.js';

export type Value = string | number | null;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** One value of `type`; `bad` is set on the cursor when it does not fit. */
export function binaryValue(c: Cursor, type: number, unsigned: boolean): Value {
  switch (type) {
    case TYPE.NULL:
      return null;
    case TYPE.TINY: {
      const v = c.u8();
      return unsigned || v < 0x80 ? v : v - 0x100;
    }
    case TYPE.SHORT:
    case TYPE.YEAR: {
      const v = c.u16();
      return unsigned || v < 0x8000 ? v : v - 0x10000;
    }
    case TYPE.LONG:
    case TYPE.INT24: {
      const v = c.u32();
      return unsigned ? v : v | 0;
    }
    case TYPE.LONGLONG:
      return c.u64(!unsigned);
    case TYPE.FLOAT: {
      const b = c.bytes(4);
      return b.length === 4 ? new DataView(b.buffer, b.byteOffset, 4).getFloat32(0, true) : 0;
    }
    case TYPE.DOUBLE: {
      const b = c.bytes(8);
      return b.length === 8 ? new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true) : 0;
    }
    case TYPE.DATE:
    case TYPE.DATETIME:
    case TYPE.TIMESTAMP:
    case TYPE.NEWDATE:
      return dateValue(c, type === TYPE.DATE || type === TYPE.NEWDATE);
    case TYPE.TIME:
      return timeValue(c);
    default: {
      // DECIMAL, VARCHAR, BIT, JSON, ENUM, SET, BLOBs, strings, GEOMETRY: length-encoded bytes.
      const b = c.lenencBytes();
      return b === null ? null : clip(decodeUtf8(b.subarray(0, MAX_VALUE_CHARS * 4)), MAX_VALUE_CHARS);
    }
  }
}

function dateValue(c: Cursor, dateOnly: boolean): string {
  const n = c.u8();
  const b = c.bytes(n);
  if (n === 0) return dateOnly ? '0000-00-00' : '0000-00-00 00:00:00';
  if (b.length < 4) return '';
  const d = `${pad(b[0] | (b[1] << 8), 4)}-${pad(b[2])}-${pad(b[3])}`;
  if (dateOnly || n < 7) return n < 7 && !dateOnly ? `${d} 00:00:00` : d;
  const t = `${d} ${pad(b[4])}:${pad(b[5])}:${pad(b[6])}`;
  return n >= 11 ? `${t}.${pad(b[7] | (b[8] << 8) | (b[9] << 16) | (b[10] << 24), 6)}` : t;
}

function timeValue(c: Cursor): string {
  const n = c.u8();
  const b = c.bytes(n);
  if (n < 8 || b.length < 8) return '00:00:00';
  const days = (b[1] | (b[2] << 8) | (b[3] << 16) | (b[4] << 24)) >>> 0;
  const t = `${b[0] ? '-' : ''}${pad(days * 24 + b[5])}:${pad(b[6])}:${pad(b[7])}`;
  return n >= 12 ? `${t}.${pad((b[8] | (b[9] << 8) | (b[10] << 16) | (b[11] << 24)) >>> 0, 6)}` : t;
}

/** What the session remembers of a prepared statement. */
export interface Statement {
  query: string;
  params: number;
  /** Parameter types (type | unsigned << 8) from the last execute that sent them. */
  types?: number[];
}

export interface Execute {
  statementId: number;
  parameters?: Value[];
}

/**
 * COM_STMT_EXECUTE. Parameters are decoded only when the statement (its parameter count) is
 * known and the types were sent now or by an earlier execute; at most MAX_PARAMETERS.
 */
export function parseExecute(p: Uint8Array, stmt: Statement | undefined, caps: number): Execute {
  const c = new Cursor(p, 1);
  const statementId = c.u32();
  const flags = c.u8();
  c.skip(4);
  const out: Execute = { statementId };
  if (c.bad || !stmt) return out;
  let count = stmt.params;
  const attrs = (caps & CAP.QUERY_ATTRIBUTES) !== 0;
  if (attrs && (count > 0 || flags & 0x08)) count = c.lenenc() ?? 0;
  if (count === 0 || count > 0xffff) return out;
  const bitmap = c.bytes((count + 7) >> 3);
  const bound = c.u8();
  if (c.bad) return out;
  let types = stmt.types;
  if (bound === 1) {
    types = [];
    for (let i = 0; i < count; i++) {
      const t = c.u8();
      const u = c.u8();
      types.push(t | ((u & 0x80 ? 1 : 0) << 8));
      if (attrs) c.skip(c.lenenc() ?? 0); // parameter name
    }
    if (c.bad) return out;
    stmt.types = types;
  }
  if (!types || types.length !== count) return out;
  const values: Value[] = [];
  for (let i = 0; i < count && i < MAX_PARAMETERS; i++) {
    if (bitmap[i >> 3] & (1 << (i & 7))) values.push(null);
    else values.push(binaryValue(c, types[i] & 0xff, types[i] > 0xff));
    if (c.bad) return out;
  }
  out.parameters = values;
  return out;
}

/** A text-protocol row: every value a length-encoded string or NULL (0xfb). */
export function textRow(p: Uint8Array, columns: number, max: number): Value[] {
  const c = new Cursor(p);
  const out: Value[] = [];
  for (let i = 0; i < columns && i < max && c.left > 0; i++) {
    const b = c.lenencBytes();
    out.push(b === null ? null : clip(decodeUtf8(b.subarray(0, MAX_VALUE_CHARS * 4)), MAX_VALUE_CHARS));
  }
  return out;
}

/** A binary-protocol row: 0x00, NULL bitmap (offset 2), values by column type. */
export function binaryRow(p: Uint8Array, cols: readonly ColumnDef[], total: number, max: number): Value[] {
  const c = new Cursor(p, 1);
  const bitmap = c.bytes((total + 9) >> 3);
  const out: Value[] = [];
  for (let i = 0; i < cols.length && i < max && !c.bad; i++) {
    const bit = i + 2;
    if (bitmap[bit >> 3] & (1 << (bit & 7))) out.push(null);
    else out.push(binaryValue(c, cols[i].type, (cols[i].flags & UNSIGNED_FLAG) !== 0));
  }
  return out;
}
