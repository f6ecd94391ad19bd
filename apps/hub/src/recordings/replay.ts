/**
 * Replay of a recording's HTTP requests (HTTP/1.x over HTTP/1.1, HTTP/2 over HTTP/2: h2c with
 * prior knowledge for http://, ALPN for https://) against a target, with a report: which answered with
 * the recorded status and which did not, what failed, what could not be sent as recorded, and the
 * latency recorded next to the latency now. The request goes out as captured (method, target,
 * headers, body), with the target's scheme, host and base path in front, less what cannot or must
 * not be repeated: hop-by-hop headers, `Host` (the target's), redacted header values (dropped:
 * a `[redacted]` token would only be refused), a Content-Encoding the capture already removed.
 * Redacted query values and JSON fields cannot be restored: they go out as `[redacted]`, counted.
 */
import type { ReplayPercentiles, ReplayReport } from '@trawl/api';
import { REDACTED, type Body, type Entry, type HttpRequest, type HttpResponse } from '@trawl/protocols';
import { H2Client } from './h2-client.js';

export interface ReplayOptions {
  /** `http(s)://host[:port][/base]`. */
  target: URL;
  timeoutMs: number;
  /** Requests in flight at once. */
  concurrency: number;
}

export type { ReplayReport };
export type Percentiles = ReplayPercentiles;

const LISTED = 100;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host', 'content-length', 'expect']);
/** fetch cannot send these (and they are no API call to repeat). */
const UNSENDABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

interface Prepared {
  entry: Entry;
  url: string;
  method: string;
  /** Without hop-by-hop headers, pseudo-headers and redacted values; repeats kept. */
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer> | null;
  /** Sent over HTTP/2 (the entry was HTTP/2), else HTTP/1.1. */
  h2: boolean;
}

type Verdict = { prepared: Prepared } | { skip: string };

export function newReport(target: URL, entries: number): ReplayReport {
  return {
    target: target.href,
    entries,
    sent: 0,
    sameStatus: 0,
    differentStatus: 0,
    failed: 0,
    skipped: {},
    redacted: { headersDropped: 0, queryValuesSent: 0, bodiesWithRedactedFields: 0 },
    latencyMs: { recorded: null, replayed: null },
    differences: [],
    failures: [],
    durationMs: 0,
  };
}

/** What would be sent for an entry, or why it is not sent. Counts redactions into `report`. */
export function prepare(entry: Entry, target: URL, report: ReplayReport): Verdict {
  const proto = entry.protocol?.name;
  // gRPC messages are kept decoded (fields, not the bytes sent): they cannot be sent again as they were.
  if (proto === 'grpc') return { skip: 'gRPC (messages are kept decoded, not as sent)' };
  if (proto !== 'http' && proto !== 'http2' && proto !== 'graphql') return { skip: `not HTTP (${proto ?? 'unknown'})` };
  const req = entry.request as unknown as HttpRequest | null;
  if (!req || typeof req.method !== 'string') return { skip: 'no request (a response without its request)' };
  const h2 = req.httpVersion === 'HTTP/2';
  if (!h2 && !/^HTTP\/1\.[01]$/.test(req.httpVersion ?? '')) return { skip: `HTTP version ${String(req.httpVersion).slice(0, 20)}` };
  const method = req.method.toUpperCase();
  if (UNSENDABLE_METHODS.has(method)) return { skip: `method ${method}` };
  const path = requestPath(req);
  if (path === null) return { skip: 'request target not a path' };
  const body = req.body;
  if (body && (body.truncated || (body.missing ?? 0) > 0)) return { skip: 'body not captured whole' };
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (HOP_BY_HOP.has(name) || name.startsWith(':') || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) continue;
    // The body below is what the capture decoded: sent as it is, without the coding it had.
    if (name === 'content-encoding' && body?.decodedSize !== undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === REDACTED) report.redacted.headersDropped++;
      else if (typeof v === 'string' && !/[\r\n\0]/.test(v)) headers.push([name, v]);
    }
  }
  if (path.includes(encodeURIComponent(REDACTED)) || path.includes(REDACTED)) report.redacted.queryValuesSent++;
  const bytes = bodyBytes(body);
  if (bytes && body?.text?.includes(REDACTED)) report.redacted.bodiesWithRedactedFields++;
  const base = target.href.replace(/\/$/, '');
  const sendBody = bytes && bytes.length > 0 && method !== 'GET' && method !== 'HEAD' ? new Uint8Array(bytes) : null;
  return { prepared: { entry, url: base + path, method, headers, body: sendBody, h2 } };
}

/** HTTP/1.1 through fetch: the status, once the answer has been read to its last byte. */
async function sendHttp1(p: Prepared, timeoutMs: number): Promise<number> {
  const headers = new Headers();
  for (const [k, v] of p.headers) headers.append(k, v);
  const res = await fetch(p.url, { method: p.method, headers, body: p.body ?? undefined, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  if (res.body) for await (const _ of res.body) void _;
  return res.status;
}

/** Replays `entries` (at most as many as given), `concurrency` at a time. */
export async function replay(entries: readonly Entry[], options: ReplayOptions): Promise<ReplayReport> {
  const t0 = Date.now();
  const report = newReport(options.target, entries.length);
  const h2 = new H2Client(options.target);
  const recorded: number[] = [];
  const replayed: number[] = [];
  const work: Prepared[] = [];
  for (const e of entries) {
    const v = prepare(e, options.target, report);
    if ('skip' in v) report.skipped[v.skip] = (report.skipped[v.skip] ?? 0) + 1;
    else work.push(v.prepared);
  }
  let next = 0;
  const one = async (p: Prepared): Promise<void> => {
    const req = p.entry.request as unknown as HttpRequest;
    const want = (p.entry.response as unknown as HttpResponse | null)?.status ?? null;
    const started = performance.now();
    report.sent++;
    try {
      // To the last byte, as the recorded latency is measured.
      const status = p.h2 ? await h2.send(p.method, p.url, p.headers, p.body, options.timeoutMs) : await sendHttp1(p, options.timeoutMs);
      replayed.push(performance.now() - started);
      if (typeof p.entry.elapsedTime === 'number' && want !== null) recorded.push(p.entry.elapsedTime);
      if (status === want) report.sameStatus++;
      else {
        report.differentStatus++;
        if (report.differences.length < LISTED) report.differences.push({ id: p.entry.id, method: req.method, url: p.url, recorded: want, replayed: status });
      }
    } catch (e) {
      report.failed++;
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (err.cause?.code ?? err.cause?.message ?? (err as { code?: string }).code ?? err.message);
      if (report.failures.length < LISTED) report.failures.push({ id: p.entry.id, method: req.method, url: p.url, error: why });
    }
  };
  const lane = async (): Promise<void> => {
    while (next < work.length) await one(work[next++]);
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, work.length) }, lane));
  } finally {
    h2.close();
  }
  report.latencyMs = { recorded: percentiles(recorded), replayed: percentiles(replayed) };
  report.durationMs = Date.now() - t0;
  return report;
}

function requestPath(req: HttpRequest): string | null {
  const url = typeof req.url === 'string' && req.url !== '' ? req.url : req.path;
  if (typeof url !== 'string') return null;
  if (url.startsWith('/')) return url;
  // Absolute form (a request to a proxy): its path and query.
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.pathname + u.search : null;
  } catch {
    return null;
  }
}

function bodyBytes(body: Body | null | undefined): Buffer | null {
  if (!body) return null;
  if (body.encoding === 'base64' && typeof body.base64 === 'string') return Buffer.from(body.base64, 'base64');
  if (typeof body.text === 'string') return Buffer.from(body.text, 'utf8');
  return null;
}

function percentiles(xs: number[]): Percentiles | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}
