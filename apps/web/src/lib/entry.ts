/**
 * The Entry as the hub's API returns it (DESIGN.md §3). The UI reads it loosely: every protocol puts
 * its own object under `request`/`response`, so only the fields the views show are typed, and each
 * is optional. The schema in packages/protocols is the authority.
 */
export interface Body {
  encoding?: 'utf8' | 'base64' | string;
  text?: string;
  base64?: string;
  /** The real size in bytes. */
  size?: number;
  /** Bytes kept (may be fewer than `size`). */
  captured?: number;
  truncated?: boolean;
}

export interface End {
  ip?: string;
  port?: number;
  name?: string;
  namespace?: string;
  kind?: string;
  pod?: string;
  service?: string;
  node?: string;
  process?: { pid?: number; name?: string };
}

export interface Message {
  method?: string;
  path?: string;
  url?: string;
  queryString?: Record<string, string | string[]>;
  httpVersion?: string;
  headers?: Record<string, string | string[]>;
  body?: Body | null;
  status?: number;
  statusText?: string;
  [key: string]: unknown;
}

export interface Entry {
  schema?: number;
  id: string;
  node?: string;
  timestamp: number;
  elapsedTime?: number | null;
  protocol?: { name?: string; version?: string; abbr?: string };
  transport?: string;
  src?: End;
  dst?: End;
  request?: Message | null;
  response?: Message | null;
  requestSize?: number;
  responseSize?: number;
  [key: string]: unknown;
}

/** HTTP-like protocols, where a status ≥ 500 is a server error and ≥ 400 a client error. */
const HTTP_LIKE = new Set(['http', 'http2', 'graphql']);

export type StatusClass = 'ok' | 'redirect' | 'client-error' | 'server-error' | 'none';

export function statusClass(e: Entry): StatusClass {
  const s = e.response?.status;
  if (typeof s !== 'number') return 'none';
  const proto = e.protocol?.name ?? 'http';
  if (!HTTP_LIKE.has(proto)) return s === 0 ? 'ok' : 'server-error';
  if (s >= 500) return 'server-error';
  if (s >= 400) return 'client-error';
  if (s >= 300) return 'redirect';
  return 'ok';
}

/** Words beside the colour, so colour is never the only signal. */
export const STATUS_WORD: Record<StatusClass, string> = {
  ok: 'ok',
  redirect: 'redirect',
  'client-error': 'client error',
  'server-error': 'server error',
  none: 'no response',
};

/** What the method column shows: the HTTP method, or the protocol's command/operation. */
export function methodOf(e: Entry): string {
  const r = e.request;
  if (!r) return '';
  for (const k of ['method', 'command', 'operation', 'type', 'opcode']) {
    const v = r[k];
    if (typeof v === 'string' && v) return v;
  }
  return '';
}

/** The summary column: path for HTTP, topic/key/query/name for the others. */
export function summaryOf(e: Entry): string {
  const r = e.request;
  if (!r) return '';
  if (typeof r.path === 'string') return r.url && r.url.length > r.path.length ? r.url : r.path;
  for (const k of ['topic', 'key', 'query', 'name', 'exchange', 'routingKey', 'queue', 'summary']) {
    const v = r[k];
    if (typeof v === 'string' && v) return v;
  }
  return '';
}

/** A short label for an end: its name, else ip:port. */
export function endLabel(end: End | undefined): string {
  if (!end) return '?';
  if (end.name) return end.namespace ? `${end.namespace}/${end.name}` : end.name;
  if (end.ip) return end.port !== undefined ? `${end.ip}:${end.port}` : end.ip;
  return '?';
}

export function formatBytes(n: number | undefined | null): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export function formatLatency(ms: number | undefined | null): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '–';
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatTime(ts: number): string {
  const d = new Date(ts);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

export function formatDateTime(ts: number): string {
  const d = new Date(ts);
  return `${d.toISOString().slice(0, 10)} ${formatTime(ts)}`;
}

/** Header value lookup, case-insensitive. */
export function header(headers: Message['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === want) return Array.isArray(v) ? v.join(', ') : v;
  return undefined;
}
