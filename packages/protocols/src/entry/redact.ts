// Secrets never leave the node (DESIGN §4): header values and query parameters that carry
// credentials are replaced before an entry is handed on. Works on any protocol whose request or
// response has `headers`, `trailers`, `queryString` or `url` in the HTTP shape. JSON bodies (and
// GraphQL `variables`) have the values of secret-looking fields replaced too: a login request's
// `"password"` or a token endpoint's `"access_token"` is as secret as an Authorization header.
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

/** JSON field names whose values are secrets (matched whole, case-insensitive, `-`/`_` ignored). */
export const DEFAULT_REDACTED_JSON_FIELDS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'clientsecret',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'apikey',
  'authorization',
  'privatekey',
] as const;

/** JSON bodies larger than this are left as they are (parsing them would cost more than they are worth). */
const MAX_REDACTED_JSON_BODY = 256 * 1024;

export interface RedactOptions {
  /** More header names to redact, on top of DEFAULT_REDACTED_HEADERS (case-insensitive). */
  headers?: readonly string[];
  /** Query-string keys to redact (case-insensitive); replaces DEFAULT_REDACTED_QUERY_KEYS when given. */
  queryKeys?: readonly string[];
  /** JSON field names to redact in bodies and GraphQL variables; replaces DEFAULT_REDACTED_JSON_FIELDS when given. */
  jsonFields?: readonly string[];
}

type Obj = Record<string, unknown>;

/**
 * A copy of `entry` with secrets replaced by `"[redacted]"`; the input is not modified.
 * The name sets are built once per `options` object (the engine passes one object for every
 * entry), so change redaction by passing a new object, not by mutating this one.
 */
export function redactEntry<T extends Pick<Entry, 'request' | 'response'>>(entry: T, options?: RedactOptions): T {
  const n = namesFor(options);
  const request = entry.request ? redactSide(entry.request, n) : entry.request;
  const response = entry.response ? redactSide(entry.response, n) : entry.response;
  if (request === entry.request && response === entry.response) return entry;
  return { ...entry, request, response };
}

interface Names {
  headers: Set<string>;
  keys: Set<string>;
  /** Normalised (lower case, no `-`/`_`) JSON field names, and a quick test for a body naming one. */
  fields: Set<string>;
  mentions: RegExp | null;
  /** `isRedacted` answers for header names and query keys seen so far. */
  headerVerdicts: Map<string, boolean>;
  keyVerdicts: Map<string, boolean>;
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

function normalField(k: string): string {
  return k.toLowerCase().replace(/[-_]/g, '');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function names(options: RedactOptions): Names {
  const headers = new Set<string>(DEFAULT_REDACTED_HEADERS);
  for (const h of options.headers ?? []) headers.add(h.toLowerCase());
  const keys = new Set((options.queryKeys ?? DEFAULT_REDACTED_QUERY_KEYS).map((k) => k.toLowerCase()));
  const fields = new Set((options.jsonFields ?? DEFAULT_REDACTED_JSON_FIELDS).map(normalField));
  // A body is parsed only when a quoted key could be one of them (most bodies are skipped by this scan).
  // `-`/`_` may sit between any two letters of a name (`api_key`, `Client-Secret`).
  const spelled = [...fields].map((f) => [...f].map(escapeRe).join('[-_]?'));
  const mentions = fields.size > 0 ? new RegExp(`"[^"]{0,40}(?:${spelled.join('|')})[^"]{0,40}"\\s*:`, 'i') : null;
  return { headers, keys, fields, mentions, headerVerdicts: new Map(), keyVerdicts: new Map() };
}


function redactSide(side: Obj, n: Names): Obj {
  // Runs for every entry: no closures or temporary arrays, and no copy unless something changes.
  const { headers, keys } = n;
  let out: Obj | null = null;
  const h = side.headers;
  if (isObj(h)) {
    const r = redactMap(h, headers, n.headerVerdicts);
    if (r !== h) (out ??= { ...side }).headers = r;
  }
  const t = side.trailers;
  if (isObj(t)) {
    const r = redactMap(t, headers, n.headerVerdicts);
    if (r !== t) (out ??= { ...side }).trailers = r;
  }
  if (keys.size > 0) {
    const qs = side.queryString;
    if (isObj(qs)) {
      const r = redactMap(qs, keys, n.keyVerdicts);
      if (r !== qs) (out ??= { ...side }).queryString = r;
    }
    const url = side.url;
    if (typeof url === 'string') {
      const r = redactUrl(url, keys);
      if (r !== url) (out ??= { ...side }).url = r;
    }
  }
  if (n.mentions) {
    const body = side.body;
    if (isObj(body) && typeof body.text === 'string' && body.text.length <= MAX_REDACTED_JSON_BODY && startsLikeJson(body.text) && n.mentions.test(body.text)) {
      const text = redactJsonText(body.text, n.fields);
      if (text !== body.text) (out ??= { ...side }).body = { ...body, text };
    }
    const vars = side.variables;
    if (typeof vars === 'object' && vars !== null) {
      const r = redactJson(vars, n.fields, 0);
      if (r !== vars) (out ??= { ...side }).variables = r;
    }
  }
  return out ?? side;
}

/** A JSON object or array starts with `{` or `[` after blanks: anything else is skipped without a scan. */
function startsLikeJson(text: string): boolean {
  for (let i = 0; i < text.length && i < 64; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return false;
}

/** The JSON text with secret fields' values replaced; the same string when it is not JSON or has none. */
function redactJsonText(text: string, fields: Set<string>): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  const r = redactJson(parsed, fields, 0);
  return r === parsed ? text : JSON.stringify(r);
}

/** Deep copy-on-write: objects and arrays are copied only along the paths that change. */
function redactJson(v: unknown, fields: Set<string>, depth: number): unknown {
  if (depth > 32 || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const r = redactJson(v[i], fields, depth + 1);
      if (r !== v[i]) (out ??= v.slice())[i] = r;
    }
    return out ?? v;
  }
  let out: Obj | null = null;
  for (const key of Object.keys(v)) {
    const value = (v as Obj)[key];
    const r = fields.has(normalField(key)) && value !== null && typeof value !== 'object' ? REDACTED : redactJson(value, fields, depth + 1);
    if (r === value) continue;
    out ??= { ...(v as Obj) };
    Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out ?? v;
}

/**
 * Whether a key is in `names`, case-insensitively, remembered per key: header names repeat on
 * every entry, and a Map lookup (the key's hash is cached in the string) is cheaper than checking
 * its case character by character. Bounded (at most 4096 keys of up to 64 characters): other keys
 * are checked without being remembered.
 */
const MAX_REMEMBERED_KEYS = 4096;
const MAX_REMEMBERED_KEY_LENGTH = 64;

function isRedacted(key: string, names: Set<string>, seen: Map<string, boolean>): boolean {
  const known = seen.get(key);
  if (known !== undefined) return known;
  const r = names.has(key) || (!isLower(key) && names.has(key.toLowerCase()));
  if (seen.size < MAX_REMEMBERED_KEYS && key.length <= MAX_REMEMBERED_KEY_LENGTH) seen.set(key, r);
  return r;
}

function redactMap(map: Obj, names: Set<string>, seen: Map<string, boolean>): Obj {
  let out: Obj | null = null;
  for (const key of Object.keys(map)) {
    if (!isRedacted(key, names, seen)) continue;
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
