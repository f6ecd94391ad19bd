// Method arguments as the Entry shows them: longstr bytes become text, credentials are redacted
// (connection.start-ok keeps the PLAIN / AMQPLAIN user name, never the password).
import { REDACTED } from '../entry/redact.js';
import type { FieldValue } from './table.js';
import { Reader, readValue } from './table.js';
import type { MethodArgs } from './methods.js';

export { REDACTED };
const text = new TextDecoder('utf-8');

/** Arguments that carry a secret whatever the mechanism. */
const SECRET = new Set(['response', 'challenge', 'newSecret']);

export function showArgs(method: string, args: MethodArgs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) {
    if (v instanceof Uint8Array) out[k] = SECRET.has(k) ? (v.length ? REDACTED : '') : text.decode(v);
    else out[k] = v;
  }
  if (method === 'connection.start-ok' && args.response instanceof Uint8Array) {
    const user = saslUser(String(args.mechanism ?? ''), args.response);
    if (user !== null) out.user = user;
  }
  return out;
}

/** The user name in a PLAIN (`authzid NUL user NUL password`) or AMQPLAIN (LOGIN in a table body) response. */
export function saslUser(mechanism: string, response: Uint8Array): string | null {
  if (mechanism === 'PLAIN') {
    const first = response.indexOf(0);
    if (first < 0) return null;
    const second = response.indexOf(0, first + 1);
    if (second < 0) return null;
    return text.decode(response.subarray(first + 1, second));
  }
  if (mechanism === 'AMQPLAIN') {
    try {
      const r = new Reader(response, 0, response.length);
      while (r.o < r.end) {
        const key = r.shortstr();
        const v: FieldValue = readValue(r, 1);
        if (key === 'LOGIN' && typeof v === 'string') return v;
      }
    } catch {
      return null;
    }
  }
  return null;
}
