// A finished stream → PartialEntry in the HTTP request/response shape (entry/types.ts), then
// offered to the refiners (gRPC) which may rewrite it in place for their content-types.
import type { PartialEntry, SessionContext } from '../engine/types.js';
import { buildBody } from '../entry/body.js';
import type { Body, Headers, HttpRequest, HttpResponse } from '../entry/types.js';
import { setOwn } from '../http1/parse.js';
import { parseQuery, splitTarget } from '../http1/query.js';
import type { HeaderField } from './hpack.js';
import { bodyBytes, pushOnce, type H2Stream, type Half } from './stream.js';

export const HTTP2_PROTOCOL = { name: 'http2', version: '2', abbr: 'HTTP/2' } as const;

/** Refines an HTTP/2 stream into another protocol (gRPC); returns true when it took the entry. */
export interface Http2Refiner {
  name: string;
  refine(stream: H2Stream, entry: PartialEntry, ctx: SessionContext): boolean;
}

export type Http2Request = HttpRequest & { headersUndecodable?: true };
export type Http2Response = HttpResponse & { headersUndecodable?: true };

export function buildEntry(s: H2Stream, ctx: SessionContext, refiners: readonly Http2Refiner[]): PartialEntry | null {
  const req = s.req.seen ? requestObject(s.req, ctx) : null;
  const request: Record<string, unknown> | null = s.upgrade ? s.upgrade.request : (req as unknown as Record<string, unknown> | null);
  const reqTs = s.upgrade ? s.upgrade.timestamp : s.req.firstTs;
  const resp = s.resp.seen ? responseObject(s.resp, ctx) : null;
  const anomalies = [...s.anomalies];
  if ((!request || !resp) && !s.reset) pushOnce(anomalies, 'unpaired');
  const entry: PartialEntry = {
    timestamp: request ? reqTs : s.resp.firstTs,
    elapsedTime: request && resp ? s.resp.lastTs - reqTs : null,
    protocol: { ...HTTP2_PROTOCOL },
    request,
    response: resp as unknown as Record<string, unknown> | null,
    requestSize: s.req.wire,
    responseSize: s.resp.wire,
  };
  if (anomalies.length > 0) entry.anomalies = anomalies;
  for (const r of refiners) {
    try {
      if (r.refine(s, entry, ctx)) break;
    } catch {
      ctx.count(`http2.refiner.${r.name}.error`);
    }
  }
  for (const a of entry.anomalies ?? []) ctx.count(`${entry.protocol.name}.${a}`);
  return entry;
}

export function headerRecord(fields: readonly HeaderField[] | null): Headers {
  const out: Headers = {};
  if (!fields) return out;
  for (const [name, value] of fields) {
    const prev = Object.prototype.hasOwnProperty.call(out, name) ? out[name] : undefined;
    if (prev === undefined) setOwn(out, name, value);
    else if (Array.isArray(prev)) prev.push(value);
    else setOwn(out, name, [prev, value]);
  }
  return out;
}

export function fieldOf(fields: readonly HeaderField[] | null, name: string): string | undefined {
  if (!fields) return undefined;
  for (const [n, v] of fields) if (n === name) return v;
  return undefined;
}

function requestObject(half: Half, ctx: SessionContext): Http2Request {
  const target = fieldOf(half.headers, ':path') ?? '';
  const { path, query } = splitTarget(target);
  const out: Http2Request = {
    method: fieldOf(half.headers, ':method') ?? '',
    path,
    url: target,
    queryString: parseQuery(query),
    httpVersion: 'HTTP/2',
    headers: headerRecord(half.headers),
    body: halfBody(half, ctx),
  };
  if (half.trailers) out.trailers = headerRecord(half.trailers);
  if (half.undecodable) out.headersUndecodable = true;
  return out;
}

function responseObject(half: Half, ctx: SessionContext): Http2Response {
  const status = Number(fieldOf(half.headers, ':status'));
  const out: Http2Response = {
    status: Number.isInteger(status) ? status : 0,
    statusText: '',
    httpVersion: 'HTTP/2',
    headers: headerRecord(half.headers),
    body: halfBody(half, ctx),
  };
  if (half.trailers) out.trailers = headerRecord(half.trailers);
  if (half.interim.length > 0) out.interim = half.interim;
  if (half.undecodable) out.headersUndecodable = true;
  return out;
}

function halfBody(half: Half, ctx: SessionContext): Body | null {
  if (half.size === 0 && half.missing === 0) return null;
  const body = buildBody(
    {
      bytes: bodyBytes(half),
      size: half.size,
      missing: half.missing,
      truncated: !half.ended,
      contentEncoding: fieldOf(half.headers, 'content-encoding'),
    },
    { decompress: ctx.decompress, maxDecodedBodyBytes: ctx.limits.maxDecodedBodyBytes },
  );
  if (body.decodeError !== undefined) ctx.count('http2.decode_error');
  return body;
}
