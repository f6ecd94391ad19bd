/**
 * `captured-endpoints.json`: the export format users of node-level endpoint monitors already
 * parse (reference 000): a JSON array of records, each a request or a response, with id,
 * timestamp (ISO 8601), status_code/status_text (responses only), service, method, endpoint,
 * full_url, type and headers. trawl writes one request record and one response record (when a
 * response was seen) per endpoint, from its latest example; `endpoint` is the path template, so
 * the file lists each endpoint once however much traffic it had.
 */
import type { Endpoint } from './inventory.js';

export interface CapturedEndpointRecord {
  id: string;
  timestamp: string;
  status_code?: number;
  status_text?: string;
  service: string;
  method: string;
  endpoint: string;
  full_url: string;
  type: 'request' | 'response';
  headers: Record<string, string>;
}

function flatHeaders(h: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === 'string').join(', ');
  }
  return out;
}

export function capturedEndpoints(endpoints: readonly Endpoint[]): CapturedEndpointRecord[] {
  const out: CapturedEndpointRecord[] = [];
  for (const ep of endpoints) {
    const ex = ep.example;
    const base = { service: ep.service, method: ep.method, endpoint: ep.template, full_url: ex.fullUrl };
    out.push({ id: `${ep.id}-request`, timestamp: new Date(ex.timestamp).toISOString(), ...base, type: 'request', headers: flatHeaders(ex.requestHeaders) });
    if (ex.status !== null) {
      out.push({
        id: `${ep.id}-response`,
        timestamp: new Date(ex.timestamp).toISOString(),
        status_code: ex.status,
        status_text: ex.statusText,
        ...base,
        type: 'response',
        headers: flatHeaders(ex.responseHeaders),
      });
    }
  }
  return out;
}
