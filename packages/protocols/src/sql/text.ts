// SQL text helpers shared by the PostgreSQL and MySQL dissectors: the statement's first keyword
// (the entry's `method`) and passwords written in SQL, which must not leave the node.
import { REDACTED } from '../entry/redact.js';

/** First SQL keyword, upper case, past blanks, `;`, `(` and comments (line and block); empty when none. */
export function sqlKeyword(sql: string): string {
  let i = 0;
  const n = Math.min(sql.length, 4096);
  while (i < n) {
    const ch = sql[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '(' || ch === ';') i++;
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
  const m = /^[A-Za-z_]+/.exec(sql.slice(i, i + 64));
  return m ? m[0].toUpperCase() : '';
}

const LIT = `'(?:[^'\\\\]|\\\\.|'')*'|"(?:[^"\\\\]|\\\\.|"")*"|\\$\\$[\\s\\S]*?\\$\\$`;
const SECRET_PATTERNS = [
  // MySQL CREATE/ALTER USER, GRANT: IDENTIFIED BY 'x', IDENTIFIED WITH plugin BY|AS 'x', IDENTIFIED VIA plugin USING 'x'
  new RegExp(`(\\bIDENTIFIED\\s+(?:(?:WITH|VIA)\\s+[\\w'"\`]+\\s+)?(?:BY|AS|USING)\\s+(?:PASSWORD\\s*\\(?\\s*)?)(${LIT})`, 'gi'),
  // MySQL PASSWORD('x'), SET PASSWORD [FOR u] = 'x'
  new RegExp(`(\\bPASSWORD\\s*(?:\\(\\s*|(?:FOR\\s+\\S+\\s*)?=\\s*))(${LIT})`, 'gi'),
  // PostgreSQL CREATE/ALTER ROLE|USER … [ENCRYPTED] PASSWORD 'x' (also E'x' and $$x$$)
  new RegExp(`(\\bPASSWORD\\s+E?)(${LIT})`, 'gi'),
];

/** Passwords written in SQL become '[redacted]'; anything else is returned as it was. */
export function redactSql(sql: string): string {
  if (!/IDENTIFIED|PASSWORD/i.test(sql)) return sql;
  let out = sql;
  for (const re of SECRET_PATTERNS) out = out.replace(re, `$1'${REDACTED}'`);
  return out;
}
