// Reading an HTTP message as the enricher sees it: header values, the content type, and the body
// text. Entries are plain records (`request: Record<string, unknown>`), so every field is checked.
import { decodeBase64 } from '../bytes/base64.js';
import type { Body } from '../entry/types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** First value of a header (names are lower-case in entries), or ''. */
export function header(side: Obj, name: string): string {
  const h = side.headers;
  if (!isObj(h)) return '';
  const v = h[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return '';
}

/** `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(side: Obj): string {
  const ct = header(side, 'content-type');
  const semi = ct.indexOf(';');
  return (semi < 0 ? ct : ct.slice(0, semi)).trim().toLowerCase();
}

/** `application/json`, `application/graphql-response+json`, `application/vnd.x+json`. */
export const isJsonType = (type: string): boolean => type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));

export const GRAPHQL_TYPE = 'application/graphql';
export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * The body's text: `null` when there is no body, `undefined` when there is one we cannot read
 * whole (cut short, lost bytes, a failed Content-Encoding, not UTF-8). Base64 bodies are decoded
 * only when `textual` (the content type says JSON or GraphQL): binary bodies cost nothing.
 */
export function bodyText(side: Obj, textual: boolean): string | null | undefined {
  const b = side.body;
  if (b === null || b === undefined) return null;
  if (!isObj(b)) return undefined;
  const body = b as unknown as Body;
  if (body.truncated === true || body.decodeError !== undefined || (body.missing ?? 0) > 0) return undefined;
  if (body.encoding === 'utf8' && typeof body.text === 'string') return body.text;
  if (body.encoding === 'base64' && typeof body.base64 === 'string' && textual) {
    // A dissector chose base64 (bad UTF-8 or control bytes): strict UTF-8 decoding, and JSON.parse
    // or the scanner refuse what control bytes remain.
    try {
      return utf8.decode(decodeBase64(body.base64));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
