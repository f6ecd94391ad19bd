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

/**
 * A copy of `entry` with secrets replaced by `"[redacted]"`; the input is not modified.
 * The name sets are built once per `options` object (the engine passes one object for every
 * entry), so change redaction by passing a new object, not by mutating this one.
 */
export function redactEntry<T extends Pick<Entry, 'request' | 'response'>>(entry: T, options?: RedactOptions): T {
  const { headers, keys } = namesFor(options);
  const request = entry.request ? redactSide(entry.request, headers, keys) : entry.request;
  const response = entry.response ? redactSide(entry.response, headers, keys) : entry.response;
  if (request === entry.request && response === entry.response) return entry;
  return { ...entry, request, response };
}

interface Names {
  headers: Set<string>;
  keys: Set<string>;
}

const DEFAULT_NAMES = names({});
/** The name sets of each options object, built once: the engine passes the same object for every entry. */
const namesCache = new WeakMap<RedactOptions, Names>();

function namesFor(options: RedactOptions | undefined): Names {
  if (options === undefined) return DEFAULT_NAMES;
  let n = namesCache.get(options);
  if (n === undefined) {
    n = names(options);
    namesCache.set(options, n);
  }
  return n;
}

function names(options: RedactOptions): Names {
  const headers = new Set<string>(DEFAULT_REDACTED_HEADERS);
  for (const h of options.headers ?? []) headers.add(h.toLowerCase());
  const keys = new Set((options.queryKeys ?? DEFAULT_REDACTED_QUERY_KEYS).map((k) => k.toLowerCase()));
  return { headers, keys };
}

function redactSide(side: Obj, headers: Set<string>, keys: Set<string>): Obj {
  // Runs for every entry: no closures or temporary arrays, and no copy unless something changes.
  let out: Obj | null = null;
  const h = side.headers;
  if (isObj(h)) {
    const r = redactMap(h, headers);
    if (r !== h) (out ??= { ...side }).headers = r;
  }
  const t = side.trailers;
  if (isObj(t)) {
    const r = redactMap(t, headers);
    if (r !== t) (out ??= { ...side }).trailers = r;
  }
  if (keys.size > 0) {
    const qs = side.queryString;
    if (isObj(qs)) {
      const r = redactMap(qs, keys);
      if (r !== qs) (out ??= { ...side }).queryString = r;
    }
    const url = side.url;
    if (typeof url === 'string') {
      const r = redactUrl(url, keys);
      if (r !== url) (out ??= { ...side }).url = r;
    }
  }
  return out ?? side;
}

function redactMap(map: Obj, names: Set<string>): Obj {
  let out: Obj | null = null;
  for (const key of Object.keys(map)) {
    if (!names.has(key) && (isLower(key) || !names.has(key.toLowerCase()))) continue;
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

/** No A-Z and nothing past ASCII: `toLowerCase()` would return the same string (most header names). */
function isLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return false;
  }
  return true;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
