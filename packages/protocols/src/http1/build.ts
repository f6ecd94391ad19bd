// Exchange → PartialEntry: the public Entry shape for HTTP/1 (DESIGN §3).
import type { PartialEntry, SessionContext } from '../engine/types.js';
import { buildBody } from '../entry/body.js';
import type { Body, HttpRequest, HttpResponse } from '../entry/types.js';
import { headerValue } from './framing.js';
import type { Exchange } from './pair.js';
import { pushOnce } from './parse.js';
import { parseQuery, splitTarget } from './query.js';
import type { Message } from './stream.js';

export function buildEntry(ex: Exchange, unpaired: boolean, ctx: SessionContext): PartialEntry {
  const req = ex.req;
  const resp = ex.respDone || ex.resp ? ex.resp : null;
  const anomalies: string[] = [];
  if (req) {
    if (!ex.reqDone) pushOnce(req.anomalies, 'truncated');
    for (const a of req.anomalies) pushOnce(anomalies, a);
  }
  if (resp) {
    if (!ex.respDone) pushOnce(resp.anomalies, 'truncated');
    for (const a of resp.anomalies) pushOnce(anomalies, a);
  }
  if (unpaired || !req || !resp) pushOnce(anomalies, 'unpaired');
  for (const a of anomalies) ctx.count(`http1.${a}`);
  const seen = req ? req.head.version : resp ? resp.head.version : '1.1';
  // A malformed version (`HTTP/1.`) is still HTTP/1.1 for the protocol column.
  const version = seen === '1.0' || seen === '0.9' ? seen : '1.1';
  const entry: PartialEntry = {
    timestamp: req ? req.firstTs : resp!.firstTs,
    elapsedTime: req && resp ? resp.lastTs - req.firstTs : null,
    protocol: { name: 'http', version, abbr: 'HTTP' },
    request: req ? (requestObject(req, ctx) as unknown as Record<string, unknown>) : null,
    response: resp ? (responseObject(resp, ex.interim, ctx) as unknown as Record<string, unknown>) : null,
    requestSize: req ? req.wireSize : 0,
    responseSize: resp ? resp.wireSize + ex.interimSize : 0,
  };
  if (anomalies.length > 0) entry.anomalies = anomalies;
  return entry;
}

function requestObject(msg: Message, ctx: SessionContext): HttpRequest {
  const head = msg.head;
  if (head.kind !== 'request') throw new Error('http1: request expected');
  const { path, query } = splitTarget(head.target);
  const out: HttpRequest = {
    method: head.method,
    path,
    url: head.target,
    queryString: parseQuery(query),
    httpVersion: `HTTP/${head.version}`,
    headers: head.headers,
    body: messageBody(msg, ctx),
  };
  if (msg.body?.trailers) out.trailers = msg.body.trailers;
  return out;
}

function responseObject(msg: Message, interim: number[], ctx: SessionContext): HttpResponse {
  const head = msg.head;
  if (head.kind !== 'response') throw new Error('http1: response expected');
  const out: HttpResponse = {
    status: head.status,
    statusText: head.statusText,
    httpVersion: `HTTP/${head.version}`,
    headers: head.headers,
    body: messageBody(msg, ctx),
  };
  if (msg.body?.trailers) out.trailers = msg.body.trailers;
  if (interim.length > 0) out.interim = interim;
  return out;
}

function messageBody(msg: Message, ctx: SessionContext): Body | null {
  const r = msg.body;
  if (!r || (r.size === 0 && r.missing === 0)) return null;
  const body = buildBody(
    { bytes: r.bytes(), size: r.size, missing: r.missing, truncated: r.cutShort, contentEncoding: headerValue(msg.head.headers, 'content-encoding') },
    { decompress: ctx.decompress, maxDecodedBodyBytes: ctx.limits.maxDecodedBodyBytes },
  );
  if (body.decodeError !== undefined) ctx.count('http1.decode_error');
  return body;
}
