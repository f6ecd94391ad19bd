// Secrets never leave the node (DESIGN §4): header values and query parameters that carry
// credentials are replaced before an entry is handed on. Works on any protocol whose request or
// response has `headers`, `trailers`, `queryString` or `url` in the HTTP shape.
import type { Entry } from './types.js';

export const DEFAULT_REDACTED_HEADERS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
] as const;

export const DEFAULT_REDACTED_QUERY_KEYS = ['api_key', 'apikey', 'token', 'access_token', 'password'] as const;

export const REDACTED = '[redacted]';

export interface RedactOptions {
  /** More header names to redact, on top of DEFAULT_REDACTED_HEADERS (case-insensitive). */
  headers?: readonly string[];
  /** Query-string keys to redact (case-insensitive); replaces DEFAULT_REDACTED_QUERY_KEYS when given. */
  queryKeys?: readonly string[];
}

type Obj = Record<string, unknown>;

/** A copy of `entry` with secrets replaced by `"[redacted]"`; the input is not modified. */
export function redactEntry<T extends Pick<Entry, 'request' | 'response'>>(entry: T, options: RedactOptions = {}): T {
  const headers = new Set<string>(DEFAULT_REDACTED_HEADERS);
  for (const h of options.headers ?? []) headers.add(h.toLowerCase());
  const keys = new Set((options.queryKeys ?? DEFAULT_REDACTED_QUERY_KEYS).map((k) => k.toLowerCase()));
  const request = entry.request ? redactSide(entry.request, headers, keys) : entry.request;
  const response = entry.response ? redactSide(entry.response, headers, keys) : entry.response;
  if (request === entry.request && response === entry.response) return entry;
  return { ...entry, request, response };
}

function redactSide(side: Obj, headers: Set<string>, keys: Set<string>): Obj {
  let out: Obj | null = null;
  const set = (k: string, v: unknown): void => {
    out ??= { ...side };
    out[k] = v;
  };
  for (const field of ['headers', 'trailers']) {
    const h = side[field];
    if (isObj(h)) {
      const r = redactMap(h, headers);
      if (r !== h) set(field, r);
    }
  }
  const qs = side.queryString;
  if (isObj(qs) && keys.size > 0) {
    const r = redactMap(qs, keys);
    if (r !== qs) set('queryString', r);
  }
  if (typeof side.url === 'string' && keys.size > 0) {
    const r = redactUrl(side.url, keys);
    if (r !== side.url) set('url', r);
  }
  return out ?? side;
}

function redactMap(map: Obj, names: Set<string>): Obj {
  let out: Obj | null = null;
  for (const key of Object.keys(map)) {
    if (!names.has(key.toLowerCase())) continue;
    const v = map[key];
    const r = Array.isArray(v) ? v.map(() => REDACTED) : REDACTED;
    out ??= { ...map };
    Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out ?? map;
}

/** Replaces the values of secret query parameters inside a request target, leaving the rest as sent. */
export function redactUrl(url: string, keys: ReadonlySet<string>): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  let changed = false;
  const parts = query.split('&').map((part) => {
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    if (!keys.has(decodeKey(rawKey).toLowerCase())) return part;
    changed = true;
    return `${rawKey}=${REDACTED}`;
  });
  if (!changed) return url;
  return url.slice(0, q + 1) + parts.join('&') + (hash < 0 ? '' : url.slice(hash));
}

function decodeKey(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
