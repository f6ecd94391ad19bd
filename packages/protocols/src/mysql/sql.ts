// The query text of a COM_QUERY, past MySQL 8's query attributes when the client sends them. The
// first keyword and password redaction are shared with PostgreSQL (../sql/text.ts).
import { binaryValue } from './binary.js';
export { sqlKeyword as firstKeyword, redactSql } from '../sql/text.js';
import { CAP } from './constants.js';
import { Cursor, decodeUtf8 } from './wire.js';

/**
 * The SQL of a COM_QUERY payload. With CLIENT_QUERY_ATTRIBUTES the text follows a parameter
 * count, a parameter-set count and the attributes themselves; with unknown capabilities, the
 * two count bytes `00 01` (no attributes) are recognised.
 */
export function queryText(p: Uint8Array, caps: number): string {
  if (caps & CAP.QUERY_ATTRIBUTES) {
    const c = new Cursor(p, 1);
    const count = c.lenenc() ?? 0;
    c.lenenc();
    if (count > 0 && count < 0x10000) {
      const bitmap = c.bytes((count + 7) >> 3);
      const types: number[] = [];
      if (c.u8() === 1) {
        for (let i = 0; i < count; i++) {
          const t = c.u8();
          types.push(t | (c.u8() & 0x80 ? 0x100 : 0));
          c.skip(c.lenenc() ?? 0);
        }
      }
      for (let i = 0; i < types.length && !c.bad; i++) if (!(bitmap[i >> 3] & (1 << (i & 7)))) binaryValue(c, types[i] & 0xff, types[i] > 0xff);
    }
    if (!c.bad) return decodeUtf8(p.subarray(c.pos));
  } else if (caps === 0 && p.length >= 3 && p[1] === 0 && p[2] === 1) return decodeUtf8(p.subarray(3));
  return decodeUtf8(p.subarray(1));
}
