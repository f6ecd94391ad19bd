// How a message body is delimited (RFC 7230 §3.3.3), decided from the head alone; responses
// also need their request's method.
import type { Headers } from '../entry/types.js';
import { pushOnce } from './parse.js';

export type Framing =
  | { kind: 'none' }
  | { kind: 'length'; length: number }
  | { kind: 'chunked' }
  /** Ends when the sender closes (responses without a length, or an unknown transfer coding). */
  | { kind: 'close' };

/** What a response head means for the connection beyond its own body. */
export type ResponseKind = 'final' | 'interim' | 'switch';

const NONE: Framing = { kind: 'none' };

export function headerValue(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : v.join(', ');
}

/** The body length from Content-Length (repeats must agree), -1 when absent, NaN when invalid. */
export function contentLength(headers: Headers): number {
  const v = headers['content-length'];
  if (v === undefined) return -1;
  if (typeof v === 'string' && v.length > 0 && v.length <= 15 && isDigits(v)) return Number(v);
  // Leading zeros are valid digits (and a classic smuggling probe): 0050 is 50.
  return parseLengthList(typeof v === 'string' ? v : v.join(','));
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function parseLengthList(v: string): number {
  let length = NaN;
  for (const part of v.split(',')) {
    const s = part.trim().replace(/^0+(?=\d)/, '');
    if (!/^\d{1,15}$/.test(s)) return NaN;
    const n = Number(s);
    if (!Number.isNaN(length) && n !== length) return NaN;
    length = n;
  }
  return length;
}

function bodyFraming(headers: Headers, anomalies: string[], orElse: Framing): Framing {
  const te = headerValue(headers, 'transfer-encoding');
  const cl = contentLength(headers);
  if (te !== undefined) {
    if (headers['content-length'] !== undefined) pushOnce(anomalies, 'te-and-cl');
    const codings = te.toLowerCase().split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (codings.length > 0 && codings[codings.length - 1] === 'chunked') return { kind: 'chunked' };
    pushOnce(anomalies, 'bad-transfer-encoding');
    // `chunked` not last is invalid (RFC 7230 §3.3.3); peers that accept it read chunks anyway.
    return codings.includes('chunked') ? { kind: 'chunked' } : { kind: 'close' };
  }
  if (Number.isNaN(cl)) {
    pushOnce(anomalies, 'bad-content-length');
    return orElse;
  }
  if (cl === 0) return NONE;
  if (cl > 0) return { kind: 'length', length: cl };
  return orElse;
}

export function requestFraming(headers: Headers, anomalies: string[]): Framing {
  return bodyFraming(headers, anomalies, NONE);
}

export function responseKind(status: number, requestMethod: string | undefined): ResponseKind {
  if (status === 101) return 'switch';
  if (status >= 100 && status < 200) return 'interim';
  if (requestMethod === 'CONNECT' && status >= 200 && status < 300) return 'switch';
  return 'final';
}

export function responseFraming(headers: Headers, status: number, requestMethod: string | undefined, anomalies: string[]): Framing {
  if (requestMethod === 'HEAD' || status < 200 || status === 204 || status === 304) return NONE;
  if (requestMethod === 'CONNECT' && status < 300) return NONE;
  return bodyFraming(headers, anomalies, { kind: 'close' });
}
