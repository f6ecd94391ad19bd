// Request target → path and decoded query parameters (Kubeshark's `queryString`).
import { setOwn } from './parse.js';

/** Splits a request target into its path and query (without `?`; the fragment is dropped). */
export function splitTarget(target: string): { path: string; query: string } {
  const q = target.indexOf('?');
  if (q < 0) {
    const h = target.indexOf('#');
    return { path: h < 0 ? target : target.slice(0, h), query: '' };
  }
  let query = target.slice(q + 1);
  const h = query.indexOf('#');
  if (h >= 0) query = query.slice(0, h);
  return { path: target.slice(0, q), query };
}

/** `a=1&b=2&a=3` → `{a: ['1', '3'], b: '2'}`; `+` is a space; bad escapes are kept as sent. */
export function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (query === '') return out;
  let pos = 0;
  while (pos <= query.length) {
    let amp = query.indexOf('&', pos);
    if (amp < 0) amp = query.length;
    const s = pos;
    pos = amp + 1;
    if (amp === s) continue;
    const eq = query.indexOf('=', s);
    const hasEq = eq >= 0 && eq < amp;
    const key = decodeQueryComponent(query.slice(s, hasEq ? eq : amp));
    const value = hasEq ? decodeQueryComponent(query.slice(eq + 1, amp)) : '';
    const prev = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
    if (prev === undefined) setOwn<string | string[]>(out, key, value);
    else if (typeof prev === 'string') out[key] = [prev, value];
    else prev.push(value);
  }
  return out;
}

export function decodeQueryComponent(s: string): string {
  if (s.indexOf('+') >= 0) s = s.replace(/\+/g, ' ');
  if (s.indexOf('%') < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    // Decode every escape sequence that is valid UTF-8 on its own; keep the others as sent.
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeEscapeRun);
  }
}

function decodeEscapeRun(run: string): string {
  let out = '';
  let i = 0;
  while (i < run.length) {
    let done = false;
    // A UTF-8 sequence is 1 to 4 bytes: try the longest first.
    for (let len = Math.min(4, (run.length - i) / 3); len >= 1 && !done; len--) {
      try {
        out += decodeURIComponent(run.slice(i, i + 3 * len));
        i += 3 * len;
        done = true;
      } catch {
        // not a whole UTF-8 sequence at this length
      }
    }
    if (!done) {
      out += run.slice(i, i + 3);
      i += 3;
    }
  }
  return out;
}
