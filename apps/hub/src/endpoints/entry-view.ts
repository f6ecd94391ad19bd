/**
 * The parts of a stored entry the endpoint inventory reads, checked once: entries come from
 * workers and are trusted only as far as their types are checked here.
 */
import type { StoredEntry } from '../store/entry-check.js';

export interface HttpView {
  id: string;
  timestamp: number;
  protocol: string;
  service: string;
  host: string;
  method: string;
  path: string;
  url: string;
  query: string[];
  requestHeaders: Record<string, unknown>;
  requestBody?: string;
  requestContentType?: string;
  status: number | null;
  statusText: string;
  responseHeaders: Record<string, unknown>;
  responseBody?: string;
  responseContentType?: string;
  elapsedMs: number | null;
}

/** Protocols whose entries are API calls with a method and a path. */
const API_PROTOCOLS = new Set(['http', 'http2', 'grpc', 'graphql']);

const obj = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
}

function bodyText(body: unknown): string | undefined {
  const b = obj(body);
  return b && b.encoding === 'utf8' && typeof b.text === 'string' && b.truncated !== true ? b.text : undefined;
}

/** The service an entry belongs to: the server end's best name. */
export function serviceOf(e: StoredEntry): string {
  const dst = obj(e.dst) ?? {};
  return str(dst.service) ?? str(dst.name) ?? `${str(dst.ip) ?? 'unknown'}:${typeof dst.port === 'number' ? dst.port : 0}`;
}

export function httpView(e: StoredEntry): HttpView | undefined {
  const protocol = str(obj(e.protocol)?.name);
  if (!protocol || !API_PROTOCOLS.has(protocol)) return undefined;
  const req = obj(e.request);
  if (!req) return undefined;
  const method = str(req.method);
  const path = str(req.path);
  if (!method || !path || !path.startsWith('/')) return undefined;
  const res = obj(e.response);
  const requestHeaders = obj(req.headers) ?? {};
  const responseHeaders = obj(res?.headers) ?? {};
  const dst = obj(e.dst) ?? {};
  const host = header(requestHeaders, 'host') ?? header(requestHeaders, ':authority') ?? `${str(dst.ip) ?? 'unknown'}:${typeof dst.port === 'number' ? dst.port : 0}`;
  const url = str(req.url) ?? path;
  return {
    id: e.id,
    timestamp: e.timestamp,
    protocol,
    service: serviceOf(e),
    host,
    method: method.toUpperCase(),
    path,
    url,
    query: Object.keys(obj(req.queryString) ?? {}),
    requestHeaders,
    requestBody: bodyText(req.body),
    requestContentType: header(requestHeaders, 'content-type'),
    status: typeof res?.status === 'number' ? res.status : null,
    statusText: str(res?.statusText) ?? '',
    responseHeaders,
    responseBody: bodyText(res?.body),
    responseContentType: header(responseHeaders, 'content-type'),
    elapsedMs: typeof e.elapsedTime === 'number' ? e.elapsedTime : null,
  };
}

export function parseJsonBody(text: string | undefined, contentType: string | undefined): unknown {
  if (text === undefined || !contentType || !/json/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
