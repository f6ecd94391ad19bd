/**
 * The labels of a request in trawl's RED metrics, read from a stored entry: source and destination
 * names, protocol, method, status class and route template. Every value is bounded in length.
 */
import type { StoredEntry } from '../store/entry-check.js';
import { serviceOf } from '../endpoints/entry-view.js';

export type RequestLabels = {
  src: string;
  dst: string;
  protocol: string;
  method: string;
  status_class: string;
  route: string;
};

export const LABEL_NAMES = ['src', 'dst', 'protocol', 'method', 'status_class', 'route'] as const;
export const OTHER_LABELS: RequestLabels = { src: 'other', dst: 'other', protocol: 'other', method: 'other', status_class: 'other', route: 'other' };

const MAX_LABEL = 128;
const HTTP_LIKE = new Set(['http', 'http2', 'graphql']);
const ROUTED = new Set(['http', 'http2', 'graphql', 'grpc']);

const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const cut = (s: string) => (s.length > MAX_LABEL ? s.slice(0, MAX_LABEL) : s);

/** A peer's label: the first of these that is a non-empty string. */
const PEER_KEYS = ['service', 'name', 'pod', 'ip'] as const;

function peerName(p: unknown): string {
  const peer = obj(p);
  for (const k of PEER_KEYS) if (typeof peer[k] === 'string' && peer[k] !== '') return peer[k] as string;
  return 'unknown';
}

/** `2xx`…`5xx` for HTTP, `ok`/`error` for the rest (status 0 = success), `none` without a response. */
export function statusClass(protocol: string, response: unknown): string {
  if (response === null || response === undefined) return 'none';
  const status = obj(response).status;
  if (typeof status !== 'number') return 'none';
  if (HTTP_LIKE.has(protocol)) return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
  return status === 0 ? 'ok' : 'error';
}

export function requestLabels(e: StoredEntry, route: (service: string, method: string, path: string) => string): RequestLabels {
  const protocolName = obj(e.protocol).name;
  const protocol = typeof protocolName === 'string' ? protocolName : 'unknown';
  const req = obj(e.request);
  const method = typeof req.method === 'string' ? req.method : '';
  const path = typeof req.path === 'string' ? req.path : '';
  return {
    src: cut(peerName(e.src)),
    dst: cut(peerName(e.dst)),
    protocol: cut(protocol),
    method: cut(method),
    status_class: statusClass(protocol, e.response),
    route: ROUTED.has(protocol) && path.startsWith('/') ? cut(route(serviceOf(e), method.toUpperCase(), path)) : '',
  };
}
