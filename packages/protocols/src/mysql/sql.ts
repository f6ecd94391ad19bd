// SQL text helpers: the statement's first keyword (the entry's method) and the query text of a
// COM_QUERY, past MySQL 8's query attributes when the client sends them.
import { binaryValue } from './binary.js';
import { CAP } from './constants.js';
import { Cursor, decodeUtf8 } from './wire.js';

/** First SQL keyword, upper case, past blanks, comments and parentheses; '' when there is none. */
export function firstKeyword(sql: string): string {
  let i = 0;
  const n = Math.min(sql.length, 4096);
  while (i < n) {
    const ch = sql[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '(') i++;
    else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) return '';
      i = end + 2;
    } else if (ch === '#' || (ch === '-' && sql[i + 1] === '-')) {
      const end = sql.indexOf('\n', i);
      if (end < 0) return '';
      i = end + 1;
    } else break;
  }
  let j = i;
  while (j < n && /[A-Za-z_]/.test(sql[j])) j++;
  return sql.slice(i, j).toUpperCase();
}

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

const LIT = `'(?:[^'\\\\]|\\\\.|'')*'|"(?:[^"\\\\]|\\\\.|"")*"`;
const SECRET_PATTERNS = [
  // CREATE/ALTER USER, GRANT: IDENTIFIED BY 'x', IDENTIFIED WITH plugin BY|AS 'x', IDENTIFIED VIA plugin USING 'x'
  new RegExp(`(\\bIDENTIFIED\\s+(?:(?:WITH|VIA)\\s+[\\w'"\`]+\\s+)?(?:BY|AS|USING)\\s+(?:PASSWORD\\s*\\(?\\s*)?)(${LIT})`, 'gi'),
  // PASSWORD('x'), SET PASSWORD = 'x'
  new RegExp(`(\\bPASSWORD\\s*(?:\\(\\s*|(?:FOR\\s+\\S+\\s*)?=\\s*))(${LIT})`, 'gi'),
];

/** Passwords written in SQL (CREATE USER … IDENTIFIED BY, SET PASSWORD, PASSWORD()) become '[redacted]'. */
export function redactSql(sql: string): string {
  if (!/IDENTIFIED|PASSWORD/i.test(sql)) return sql;
  let out = sql;
  for (const re of SECRET_PATTERNS) out = out.replace(re, "$1'[redacted]'");
  return out;
}
