// Hand-built http and http2 PartialEntries for enricher tests (the shapes the dissectors emit).
import { encodeBase64 } from '../../bytes/base64.js';
import type { PartialEntry } from '../../engine/types.js';
import type { Body, Headers } from '../../entry/types.js';
import { parseQuery, splitTarget } from '../../http1/query.js';

export const textBody = (text: string, extra: Partial<Body> = {}): Body => {
  const size = new TextEncoder().encode(text).length;
  return { encoding: 'utf8', text, size, captured: size, truncated: false, ...extra };
};

export const base64Body = (bytes: Uint8Array): Body => ({ encoding: 'base64', base64: encodeBase64(bytes), size: bytes.length, captured: bytes.length, truncated: false });

export interface Side {
  headers?: Headers;
  body?: Body | string | null;
}

const asBody = (b: Body | string | null | undefined): Body | null => (b === undefined || b === null ? null : typeof b === 'string' ? textBody(b) : b);

/** An HTTP/1.1 entry as http1/build.ts makes it. */
export function http1Entry(method: string, target: string, req: Side = {}, resp: (Side & { status?: number }) | null = {}): PartialEntry {
  const { path, query } = splitTarget(target);
  return {
    timestamp: 1000,
    elapsedTime: 5,
    protocol: { name: 'http', version: '1.1', abbr: 'HTTP' },
    request: { method, path, url: target, queryString: parseQuery(query), httpVersion: 'HTTP/1.1', headers: { host: 'api', ...req.headers }, body: asBody(req.body) },
    response: resp && { status: resp.status ?? 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: { 'content-type': 'application/json', ...resp.headers }, body: asBody(resp.body) },
    requestSize: 100,
    responseSize: 100,
  };
}

/**
 * An HTTP/2 entry as the http2 dissector is expected to make it: the HTTP shape with version '2';
 * `queryString` is left out on purpose so the enricher's fallback to the path is exercised.
 */
export function http2Entry(method: string, path: string, req: Side = {}, resp: (Side & { status?: number }) | null = {}): PartialEntry {
  return {
    timestamp: 1000,
    elapsedTime: 5,
    protocol: { name: 'http2', version: '2', abbr: 'HTTP2' },
    request: { method, path, url: path, httpVersion: 'HTTP/2', headers: { ':authority': 'api', ...req.headers }, body: asBody(req.body) },
    response: resp && { status: resp.status ?? 200, statusText: '', httpVersion: 'HTTP/2', headers: { 'content-type': 'application/json', ...resp.headers }, body: asBody(resp.body) },
    requestSize: 100,
    responseSize: 100,
  };
}

export const JSON_CT = { 'content-type': 'application/json' };
