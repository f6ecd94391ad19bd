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
  /** The Content-Encoding the body came in; `decodedSize` is set when `text`/`base64` is decoded from it. */
  contentEncoding?: string;
  decodedSize?: number;
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

/** Status, verb and target per protocol live in protocols.ts; re-exported for the views. */
export { statusClass, STATUS_WORD, type StatusClass } from './protocols';
import { targetOf, verbOf } from './protocols';

/** What the method column shows: the HTTP method, or the protocol's verb. */
export const methodOf = (e: Entry): string => verbOf(e);
/** The summary column: path for HTTP, key/query/topic/name for the others. */
export const summaryOf = (e: Entry): string => targetOf(e);

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
